"""delete_element and the cascades SQLite performs."""

from __future__ import annotations

import pytest

from quiverdb import QuiverError


def test_delete_and_cascades(units):
    units.update_element("Unit", 1, segment_output=[1.0], owner=["A"], share=[1.0])
    units.delete_element("Unit", 1)
    assert units.read_element_ids("Unit") == [2]
    assert units.number_of_elements("Unit") == 1
    assert units.read_vector_floats("Unit", "segment_output") == []
    assert units.read_set_strings("Unit", "owner") == []


def test_set_null_and_cascade_relations(units):
    units.update_element("Unit", 2, zone_id="North")
    units.delete_element("Zone", 1)           # ON DELETE SET NULL
    assert units.read_scalar_integers("Unit", "zone_id") == [None, None]
    units.delete_element("Fuel", 2)           # Unit.fuel_id is ON DELETE CASCADE: U2 goes
    assert units.read_scalar_strings("Unit", "label") == ["U1"]


def test_missing_element(units):
    with pytest.raises(QuiverError) as excinfo:
        units.delete_element("Unit", 99)
    assert str(excinfo.value) == "Element not found: 99 in collection 'Unit'"


def test_unknown_collection(units):
    with pytest.raises(QuiverError) as excinfo:
        units.delete_element("Nope", 1)
    assert str(excinfo.value) == "Cannot delete_element: collection not found: Nope"
