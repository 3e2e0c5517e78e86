"""create_element: keyword marshalling (spec §4.3, §5.1) and the C library's errors."""

from __future__ import annotations

import datetime as dt

import pytest

from quiverdb import QuiverError


def test_create_returns_ids_and_stores_scalars(full_db):
    assert full_db.create_element("Zone", label="North", peak_load=1500.5) == 1
    assert full_db.create_element("Zone", label="South") == 2
    uid = full_db.create_element("Unit", label="U1", capacity=12.5, unit_count=3, technology="hydro",
                                 date_commissioning="2024-01-15T10:30:00", zone_id="South")
    assert uid == 1
    assert full_db.read_scalars_by_id("Unit", uid) == {
        "id": 1, "label": "U1", "capacity": 12.5, "min_output": None, "unit_count": 3,
        "technology": "hydro",
        "date_commissioning": dt.datetime(2024, 1, 15, 10, 30, tzinfo=dt.timezone.utc),
        "zone_id": 2, "unit_backup": None, "fuel_id": None,
    }


def test_defaults_none_and_bool(full_db):
    uid = full_db.create_element("Unit", label="U", min_output=None, unit_count=True)
    assert full_db.read_scalar_float_by_id("Unit", "capacity", uid) == 0.0  # DEFAULT 0
    assert full_db.read_scalar_string_by_id("Unit", "technology", uid) == "thermal"
    assert full_db.read_scalar_float_by_id("Unit", "min_output", uid) is None
    assert full_db.read_scalar_integer_by_id("Unit", "unit_count", uid) == 1


def test_int_accepted_for_real_column(full_db):
    uid = full_db.create_element("Unit", label="U", capacity=7)
    assert full_db.read_scalar_float_by_id("Unit", "capacity", uid) == 7.0


def test_dict_unpacking_and_arrays(full_db):
    full_db.create_element("Fuel", label="Gas")
    full_db.create_element("Fuel", label="Coal")
    attrs = {"label": "U1", "segment_output": [10.0, 20.0], "segment_heat_rate": [9.0, 8.5],
             "fuel_segment": ["Coal", "Gas"], "owner": ["ACME", "Beta"], "share": [0.75, 0.25]}
    uid = full_db.create_element("Unit", **attrs)
    assert full_db.read_vector_floats_by_id("Unit", "segment_output", uid) == [10.0, 20.0]
    assert full_db.read_vector_integers_by_id("Unit", "fuel_segment", uid) == [2, 1]
    assert full_db.read_vector_floats_by_id("Unit", "segment_heat_rate", uid) == [9.0, 8.5]
    assert sorted(full_db.read_set_strings_by_id("Unit", "owner", uid)) == ["ACME", "Beta"]


def test_empty_array_is_skipped_on_create(full_db):
    uid = full_db.create_element("Unit", label="U", segment_output=[])
    assert full_db.read_vector_floats_by_id("Unit", "segment_output", uid) == []


@pytest.mark.parametrize("kwargs, message", [
    ({"segment_output": [1.0]}, "Cannot create_element: element must have at least one scalar attribute"),
    ({"label": "U", "nope": 1}, "Column 'nope' not found in table 'Unit'"),
    ({"label": "U", "unit_count": 2.0},
     "Cannot create_element: type mismatch for column 'unit_count': expected INTEGER, got REAL"),
    ({"label": "U", "technology": 5},
     "Cannot create_element: type mismatch for column 'technology': expected TEXT, got INTEGER"),
    ({"label": "U", "unit_count": "many"},
     "Cannot resolve attribute: 'unit_count' is INTEGER but received string 'many' (not a foreign key)"),
    ({"label": "U", "zone_id": "Atlantis"}, "Failed to resolve label 'Atlantis' to ID in table 'Zone'"),
    ({"label": "U", "zone_id": 99}, "Failed to execute statement: FOREIGN KEY constraint failed"),
    ({"label": None}, "Failed to execute statement: NOT NULL constraint failed: Unit.label"),
    ({"label": "U", "nope": [1]},
     "Cannot create_element: array 'nope' does not match any vector, set, or time series table "
     "in collection 'Unit'"),
    ({"label": "U", "segment_output": [1.0, 2.0], "segment_heat_rate": [1.0]},
     "Cannot create_element: vector columns in table 'Unit_vector_heat_curve' must have the same length"),
    ({"label": "U", "segment_output": ["a"]},
     "Cannot create_element: type mismatch for array 'segment_output' index 0: expected REAL, got TEXT"),
])
def test_c_errors(full_db, kwargs, message):
    with pytest.raises(QuiverError) as excinfo:
        full_db.create_element("Unit", **kwargs)
    assert str(excinfo.value) == message
    assert full_db.number_of_elements("Unit") == 0


def test_unknown_collection(full_db):
    with pytest.raises(QuiverError) as excinfo:
        full_db.create_element("Nope", label="x")
    assert str(excinfo.value) == "Cannot create_element: collection not found: Nope"


def test_duplicate_label(full_db):
    full_db.create_element("Zone", label="North")
    with pytest.raises(QuiverError) as excinfo:
        full_db.create_element("Zone", label="North")
    assert str(excinfo.value) == "Failed to execute statement: UNIQUE constraint failed: Zone.label"


@pytest.mark.parametrize("value, message", [
    (dt.datetime(2024, 1, 15), "Unsupported type datetime for Element.set('date_commissioning')"),
    (dt.date(2024, 1, 15), "Unsupported type date for Element.set('date_commissioning')"),
    (("a",), "Unsupported type tuple for Element.set('date_commissioning')"),
])
def test_type_errors_raise_before_writing(full_db, value, message):
    with pytest.raises(TypeError) as excinfo:
        full_db.create_element("Unit", label="U", date_commissioning=value)
    assert str(excinfo.value) == message
    assert full_db.number_of_elements("Unit") == 0


def test_array_type_error(full_db):
    with pytest.raises(TypeError) as excinfo:
        full_db.create_element("Unit", label="U", segment_output=[None, 1.0])
    assert str(excinfo.value) == "Unsupported array element type NoneType for Element.set('segment_output')"
    assert full_db.number_of_elements("Unit") == 0


def test_conversion_errors_propagate(full_db):
    with pytest.raises(OverflowError):
        full_db.create_element("Unit", label="U", unit_count=2**64)
    with pytest.raises(TypeError):
        full_db.create_element("Unit", label="U", segment_output=[1, 2.5])
    assert full_db.number_of_elements("Unit") == 0


def test_collection_cannot_be_an_attribute_keyword(full_db):
    with pytest.raises(TypeError, match="multiple values for argument 'collection'"):
        full_db.create_element("Unit", collection="x")  # type: ignore[misc]
