"""update_element: only the given attributes change; lists replace group rows."""

from __future__ import annotations

import pytest

from quiverdb import QuiverError


def test_update_scalars(units):
    units.update_element("Unit", 1, capacity=120, technology=None, zone_id="South", unit_count=False)
    assert units.read_scalar_floats("Unit", "capacity") == [120.0, 50.0]
    assert units.read_scalar_strings("Unit", "technology") == [None, "thermal"]
    assert units.read_scalar_integers("Unit", "zone_id") == [2, None]
    assert units.read_scalar_integers("Unit", "unit_count") == [0, 1]
    assert units.read_scalar_float_by_id("Unit", "min_output", 1) == 10.5  # untouched


def test_update_lists_replace_and_clear(units):
    units.update_element("Unit", 1, segment_output=[1.0, 2.0, 3.0], segment_heat_rate=[7.0, 8.0, 9.0])
    units.update_element("Unit", 1, segment_output=[5.0], segment_heat_rate=[6.0])
    assert units.read_vector_floats_by_id("Unit", "segment_output", 1) == [5.0]
    units.update_element("Unit", 1, segment_output=[])
    assert units.read_vector_floats_by_id("Unit", "segment_output", 1) == []
    assert units.read_vector_floats_by_id("Unit", "segment_heat_rate", 1) == []


def test_update_set(units):
    units.update_element("Unit", 2, owner=["X", "Y"], share=[0.5, 0.5])
    assert sorted(units.read_set_strings_by_id("Unit", "owner", 2)) == ["X", "Y"]


def test_missing_element(units):
    with pytest.raises(QuiverError) as excinfo:
        units.update_element("Unit", 99, capacity=1.0)
    assert str(excinfo.value) == "Element not found: 99 in collection 'Unit'"


def test_no_attributes(units):
    with pytest.raises(QuiverError) as excinfo:
        units.update_element("Unit", 1)
    assert str(excinfo.value) == "Cannot update_element: element must have at least one attribute to update"


def test_type_mismatch(units):
    with pytest.raises(QuiverError) as excinfo:
        units.update_element("Unit", 1, unit_count=1.5)
    assert str(excinfo.value) == ("Cannot update_element: type mismatch for column 'unit_count': "
                                  "expected INTEGER, got REAL")
    assert units.read_scalar_integer_by_id("Unit", "unit_count", 1) == 2


def test_binding_type_error_writes_nothing(units):
    with pytest.raises(TypeError) as excinfo:
        units.update_element("Unit", 1, capacity=1.0, technology={"a": 1})
    assert str(excinfo.value) == "Unsupported type dict for Element.set('technology')"
    assert units.read_scalar_float_by_id("Unit", "capacity", 1) == 100.0


def test_id_cannot_be_an_attribute_keyword(units):
    with pytest.raises(TypeError, match="multiple values for argument 'id'"):
        units.update_element("Unit", 1, id=5)  # type: ignore[misc]
