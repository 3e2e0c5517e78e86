"""Whole-group vector and set readers (row-oriented, NULLs in place) and writers (spec §4.11, §4.13, §5.4)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import open_schema

from quiverdb import QuiverError
from quiverdb._c_api import ffi
from quiverdb.database import _marshal_group_columns


@pytest.fixture
def groups_db():
    db = open_schema("valid/read_groups.sql")
    yield db
    db.close()


def test_read_vector_group_keeps_null_cells_in_place(groups_db):
    assert groups_db.read_vector_group_by_id("Plant", "costs", 4) == [
        {"vector_index": 0, "cost": 4.1, "level": 41, "note": "a"},
        {"vector_index": 1, "cost": None, "level": 2, "note": None},   # REAL 2.5 truncated
        {"vector_index": 2, "cost": 4.3, "level": 43, "note": "c"},
    ]
    assert groups_db.read_vector_group_by_id("Plant", "costs", 2) == [
        {"vector_index": 0, "cost": None, "level": None, "note": None}]
    assert groups_db.read_vector_group_by_id("Plant", "costs", 3) == []
    assert groups_db.read_vector_group_by_id("Plant", "costs", 99) == []


def test_vector_index_is_a_zero_based_position(groups_db):
    groups_db.query_integer("UPDATE Plant_vector_outputs SET vector_index = vector_index * 10")
    rows = groups_db.read_vector_group_by_id("Plant", "outputs", 1)
    assert rows == [{"vector_index": 0, "output": 100}, {"vector_index": 1, "output": 200},
                    {"vector_index": 2, "output": 300}]
    assert list(rows[0]) == ["vector_index", "output"]


def test_read_set_group_in_insertion_order(groups_db):
    assert groups_db.read_set_group_by_id("Plant", "tags", 1) == [{"tag": "zeta"}, {"tag": "alpha"},
                                                                  {"tag": "mid"}]
    assert groups_db.read_set_group_by_id("Plant", "tags", 3) == []


@pytest.mark.parametrize("call, message", [
    (lambda db: db.read_vector_group_by_id("Plant", "nope", 1), "Vector group not found: 'nope' in collection 'Plant'"),
    (lambda db: db.read_vector_group_by_id("Nope", "costs", 1), "Cannot get_vector_metadata: collection not found: Nope"),
    (lambda db: db.read_set_group_by_id("Plant", "nope", 1), "Set group not found: 'nope' in collection 'Plant'"),
    (lambda db: db.read_set_group_by_id("Nope", "tags", 1), "Cannot get_set_metadata: collection not found: Nope"),
])
def test_reader_errors(groups_db, call, message):
    with pytest.raises(QuiverError) as excinfo:
        call(groups_db)
    assert str(excinfo.value) == message


def test_update_vector_group_round_trip(units):
    units.update_vector_group("Unit", "heat_curve", 1, {
        "segment_output": [1.0, None, 3],             # int among floats: FLOAT column, 3 -> 3.0
        "segment_heat_rate": (9.0, 8.0, 7.5),         # any sized iterable works
        "fuel_segment": ["Gas", "Coal", None],        # labels resolved by the C library
    })
    rows = units.read_vector_group_by_id("Unit", "heat_curve", 1)
    assert rows == [
        {"vector_index": 0, "segment_output": 1.0, "segment_heat_rate": 9.0, "fuel_segment": 1},
        {"vector_index": 1, "segment_output": None, "segment_heat_rate": 8.0, "fuel_segment": 2},
        {"vector_index": 2, "segment_output": 3.0, "segment_heat_rate": 7.5, "fuel_segment": None},
    ]
    assert units.read_vectors_by_id("Unit", 1) == {"segment_output": [1.0, 3.0],
                                                   "segment_heat_rate": [9.0, 8.0, 7.5],
                                                   "fuel_segment": [1, 2]}
    units.update_vector_group("Unit", "heat_curve", 1, {})
    assert units.read_vector_group_by_id("Unit", "heat_curve", 1) == []


def test_float_values_are_never_truncated(units):
    units.update_vector_group("Unit", "heat_curve", 1, {"segment_output": [1, 2.7]})
    assert units.read_vector_floats_by_id("Unit", "segment_output", 1) == [1.0, 2.7]
    with pytest.raises(QuiverError) as excinfo:
        units.update_vector_group("Unit", "heat_curve", 1, {"fuel_segment": [1, 2.5]})
    assert str(excinfo.value) == ("Cannot update_vector_group: type mismatch for array 'fuel_segment' index 0: "
                                  "expected INTEGER, got REAL")


def test_update_set_group(units):
    units.update_set_group("Unit", "owners", 2, {"owner": ["A", "B"], "share": [0.5, True]})
    assert units.read_set_group_by_id("Unit", "owners", 2) == [{"owner": "A", "share": 0.5},
                                                               {"owner": "B", "share": 1.0}]
    assert sorted(units.read_sets_by_id("Unit", 2)["owner"]) == ["A", "B"]
    units.update_set_group("Unit", "owners", 2, {})
    assert units.read_set_group_by_id("Unit", "owners", 2) == []


@pytest.mark.parametrize("data, error, message", [
    ({"segment_output": [1.0], "segment_heat_rate": [1.0, 2.0]}, ValueError,
     "All column lists must have the same length, got 2 for 'segment_heat_rate'"),
    ({"segment_output": [object()], "segment_heat_rate": [1.0, 2.0]}, ValueError,
     "All column lists must have the same length, got 2 for 'segment_heat_rate'"),
    ({"segment_output": [None, dt.date(2024, 1, 1)]}, TypeError,
     "Unsupported value type for column 'segment_output': date"),
    ({"segment_output": [[1.0]]}, TypeError, "Unsupported value type for column 'segment_output': list"),
    ({"segment_output": [1, "a"]}, TypeError, "Mixed value types for column 'segment_output': int and str"),
    ({"segment_output": [None, "a", dt.datetime(2024, 1, 1)]}, TypeError,
     "Mixed value types for column 'segment_output': str and datetime"),
    ({"segment_output": [2.5, dt.date(2024, 1, 1)]}, TypeError,
     "Mixed value types for column 'segment_output': float and date"),
])
def test_binding_errors_write_nothing(units, data, error, message):
    units.update_vector_group("Unit", "heat_curve", 1, {"segment_output": [5.0]})
    with pytest.raises(error) as excinfo:
        units.update_vector_group("Unit", "heat_curve", 1, data)
    assert str(excinfo.value) == message
    assert units.read_vector_floats_by_id("Unit", "segment_output", 1) == [5.0]


@pytest.mark.parametrize("call, message", [
    (lambda db: db.update_vector_group("Unit", "nope", 1, {"x": [1]}), "Vector group not found: 'nope' in collection 'Unit'"),
    (lambda db: db.update_set_group("Unit", "nope", 1, {}), "Set group not found: 'nope' in collection 'Unit'"),
    (lambda db: db.update_vector_group("Unit", "heat_curve", 1, {"nope": [1.0]}),
     "Cannot update_vector_group: column 'nope' not found in group 'heat_curve' for collection 'Unit'"),
    (lambda db: db.update_vector_group("Unit", "heat_curve", 1, {"vector_index": [1]}),
     "Cannot update_vector_group: column 'vector_index' is managed by the group table, not a value column"),
    (lambda db: db.update_set_group("Unit", "owners", 1, {"id": [1]}),
     "Cannot update_set_group: column 'id' is managed by the group table, not a value column"),
    (lambda db: db.update_vector_group("Unit", "heat_curve", 1, {"segment_output": []}),
     "Cannot update_vector_group: columns [segment_output] contain no rows; pass no columns to clear the group"),
    (lambda db: db.update_vector_group("Unit", "heat_curve", 99, {}), "Element not found: 99 in collection 'Unit'"),
    (lambda db: db.update_set_group("Unit", "owners", 1, {"owner": ["A"], "share": ["x"]}),
     "Cannot update_set_group: type mismatch for array 'share' index 0: expected REAL, got TEXT"),
    (lambda db: db.update_vector_group("Unit", "heat_curve", 1, {"fuel_segment": ["Oil"]}),
     "Failed to resolve label 'Oil' to ID in table 'Fuel'"),
])
def test_c_errors(units, call, message):
    with pytest.raises(QuiverError) as excinfo:
        call(units)
    assert str(excinfo.value) == message


def _texts(array, rows):
    return [None if p == ffi.NULL else ffi.string(p).decode() for p in ffi.cast("char**", array)[0:rows]]


def test_marshal_group_columns():
    utc3 = dt.timezone(dt.timedelta(hours=3))
    keepalive, names, types, data, masks, columns, rows = _marshal_group_columns({
        "when": [dt.datetime(2024, 1, 1, 10, 0, tzinfo=utc3), None, dt.datetime(2024, 1, 2, 5, 6, 7, 890)],
        "count": [True, None, 3],
        "empty": [None, None, None],
        "text": ["a", "b", None],
    })
    assert (columns, rows) == (4, 3)
    assert [ffi.string(names[i]).decode() for i in range(4)] == ["when", "count", "empty", "text"]
    assert list(types[0:4]) == [2, 0, 1, 2]
    assert [list(masks[i][0:3]) for i in range(4)] == [[1, 0, 1], [1, 0, 1], [0, 0, 0], [1, 1, 0]]
    assert _texts(data[0], 3) == ["2024-01-01T07:00:00", None, "2024-01-02T05:06:07"]
    assert list(ffi.cast("int64_t*", data[1])[0:3]) == [1, 0, 3]
    assert list(ffi.cast("double*", data[2])[0:3]) == [0.0, 0.0, 0.0]
    assert _texts(data[3], 3) == ["a", "b", None]


def test_marshal_group_columns_without_rows():
    keepalive, names, types, data, masks, columns, rows = _marshal_group_columns({"a": [], "b": ()})
    assert (columns, rows) == (2, 0)
    assert list(types[0:2]) == [1, 1]
