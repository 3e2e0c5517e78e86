"""Time-series groups: columnar reads and writes, upserts and the as-of row reader (spec §4.10)."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from quiverdb import QuiverError

UTC = dt.timezone.utc


def day(d: int, h: int = 0) -> dt.datetime:
    return dt.datetime(2024, 1, d, h, tzinfo=UTC)


@pytest.fixture
def generation(units):
    units.update_time_series_group("Unit", "generation", 1, {
        "date_time": [dt.datetime(2024, 1, 1), dt.datetime(2024, 1, 2)],
        "generation": [20.5, None],
        "status": ["ok", "down"],
    })
    return units


def test_read_group_is_column_oriented(generation):
    data = generation.read_time_series_group("Unit", "generation", 1)
    assert data == {"date_time": [day(1), day(2)], "generation": [20.5, None], "status": ["ok", "down"]}
    assert list(data) == ["date_time", "generation", "status"]
    assert generation.read_time_series_group("Unit", "generation", 2) == {}
    assert generation.read_time_series_group("Unit", "generation", 99) == {}


def test_read_result_can_be_written_back(generation):
    data = generation.read_time_series_group("Unit", "generation", 1)
    generation.update_time_series_group("Unit", "generation", 2, data)
    assert generation.read_time_series_group("Unit", "generation", 2) == data
    assert generation.query_string("SELECT date_time FROM Unit_time_series_generation WHERE id = 2 "
                                   "ORDER BY date_time") == "2024-01-01T00:00:00"


def test_aware_datetimes_are_written_in_utc_and_strings_pass_through(units):
    plus3 = dt.timezone(dt.timedelta(hours=3))
    units.update_time_series_group("Unit", "generation", 1, {
        "generation": [1.0, 2.0],
        "date_time": [dt.datetime(2024, 1, 1, 10, tzinfo=plus3), dt.datetime(2024, 1, 1, 8, 30, 15, 999)],
    })
    assert units.query_string("SELECT group_concat(date_time, '|') FROM "
                              "(SELECT date_time FROM Unit_time_series_generation ORDER BY date_time)") == \
        "2024-01-01T07:00:00|2024-01-01T08:30:15"
    units.update_time_series_group("Unit", "generation", 1, {"date_time": ["2024-02-01 12:00"], "status": ["x"]})
    assert units.read_time_series_group("Unit", "generation", 1) == {
        "date_time": [dt.datetime(2024, 2, 1, 12, tzinfo=UTC)], "generation": [None], "status": ["x"]}


def test_clear(generation):
    generation.update_time_series_group("Unit", "generation", 1, {})
    assert generation.read_time_series_group("Unit", "generation", 1) == {}


def test_multi_dimension_group(units):
    units.update_time_series_group("Unit", "availability", 1, {
        "date_time": ["2024-01-01T00:00:00", "2024-01-01T00:00:00", "2024-01-02T00:00:00"],
        "block": [2, 1, 1],
        "availability": [0.5, None, 1],
    })
    assert units.read_time_series_group("Unit", "availability", 1) == {
        "date_time": [day(1), day(1), day(2)], "block": [1, 2, 1], "availability": [None, 0.5, 1.0]}


@pytest.mark.parametrize("data, message", [
    ({"date_time": ["2024-01-01"], "nope": [1]},
     "Cannot update_time_series_group: column 'nope' not found in group 'generation' for collection 'Unit'"),
    ({"date_time": ["2024-01-01"], "status": [5]},
     "Cannot update_time_series_group: column 'status' has type TEXT but received INTEGER"),
    ({"generation": [1.0]}, "Cannot update_time_series_group: row missing required 'date_time' column"),
    ({"date_time": [], "generation": []},
     "Cannot update_time_series_group: columns [date_time, generation] contain no rows; "
     "pass no columns to clear the group"),
    ({"date_time": [None], "generation": [1.0]},
     "Failed to execute statement: NOT NULL constraint failed: Unit_time_series_generation.date_time"),
])
def test_update_errors_from_c(generation, data, message):
    with pytest.raises(QuiverError) as excinfo:
        generation.update_time_series_group("Unit", "generation", 1, data)
    assert str(excinfo.value) == message
    assert generation.read_time_series_group("Unit", "generation", 1)["status"] == ["ok", "down"]


def test_unknown_group(units):
    with pytest.raises(QuiverError) as excinfo:
        units.update_time_series_group("Unit", "nope", 1, {"date_time": ["2024-01-01"]})
    assert str(excinfo.value) == "Time series group 'nope' not found for collection 'Unit'"
    with pytest.raises(QuiverError) as excinfo:
        units.read_time_series_group("Unit", "nope", 1)
    assert str(excinfo.value) == "Time series group not found: 'nope' in collection 'Unit'"


@pytest.mark.parametrize("data, error, message", [
    ({"date_time": ["2024-01-01", "2024-01-02"], "generation": [1.0]}, ValueError,
     "All column lists must have the same length, got 1 for 'generation'"),
    ({"date_time": [dt.date(2024, 1, 1)]}, TypeError, "Unsupported value type for column 'date_time': date"),
    ({"date_time": [dt.datetime(2024, 1, 1), "2024-01-02"]}, TypeError,
     "Mixed value types for column 'date_time': datetime and str"),
])
def test_update_errors_from_the_binding(generation, data, error, message):
    with pytest.raises(error) as excinfo:
        generation.update_time_series_group("Unit", "generation", 1, data)
    assert str(excinfo.value) == message


def test_upsert_row(generation):
    generation.upsert_time_series_row("Unit", "generation", 1, date_time="2024-01-03T00:00:00",
                                      generation=18, status="ok")
    generation.upsert_time_series_row("Unit", "generation", 1, **{"date_time": "2024-01-01T00:00:00",
                                                                  "generation": 1.5})
    assert generation.read_time_series_group("Unit", "generation", 1) == {
        "date_time": [day(1), day(2), day(3)], "generation": [1.5, None, 18.0], "status": [None, "down", "ok"]}
    generation.upsert_time_series_row("Unit", "availability", 1, date_time="2024-01-01T00:00:00",
                                      block=True, availability=0.25)
    assert generation.read_time_series_group("Unit", "availability", 1)["block"] == [1]


@pytest.mark.parametrize("value", [None, dt.datetime(2024, 1, 1), [1.0], b"x"])
def test_upsert_rejects_unsupported_values(generation, value):
    with pytest.raises(TypeError) as excinfo:
        generation.upsert_time_series_row("Unit", "generation", 1, date_time="2024-01-05", generation=value)
    assert str(excinfo.value) == (f"Column 'generation' value has unsupported type {type(value).__name__}; "
                                  "expected int, float, or str")


def test_upsert_errors_from_c(generation):
    with pytest.raises(QuiverError) as excinfo:
        generation.upsert_time_series_row("Unit", "generation", 1, generation=1.0)
    assert str(excinfo.value) == "Cannot upsert_time_series_row: row missing required 'date_time' column"
    with pytest.raises(QuiverError) as excinfo:
        generation.upsert_time_series_row("Unit", "generation", 1)
    assert str(excinfo.value) == "Cannot upsert_time_series_row: row missing required 'date_time' column"
    with pytest.raises(QuiverError) as excinfo:
        generation.upsert_time_series_row("Unit", "generation", 1, date_time="2024-01-05", status=1)
    assert str(excinfo.value) == "Cannot upsert_time_series_row: column 'status' has type TEXT but received INTEGER"


def test_read_row(generation):
    generation.update_time_series_group("Unit", "availability", 2, {
        "date_time": ["2024-01-01T00:00:00"], "block": [7], "availability": [0.5]})
    values = generation.read_time_series_row("Unit", "generation", "generation", dt.datetime(2024, 1, 15))
    assert values[0] == 20.5 and math.isnan(values[1])
    assert generation.read_time_series_row("Unit", "generation", "status", dt.date(2024, 1, 1)) == ["ok", None]
    assert generation.read_time_series_row("Unit", "generation", "status", "2024-01-02T00:00:00") == ["down", None]
    assert generation.read_time_series_row("Unit", "availability", "block", day(5)) == [0, 7]
    plus1 = dt.timezone(dt.timedelta(hours=1))
    # 00:30 at +01:00 is 23:30 on Jan 1 in UTC: before the Jan 2 row.
    assert generation.read_time_series_row("Unit", "generation", "status",
                                           dt.datetime(2024, 1, 2, 0, 30, tzinfo=plus1)) == ["ok", None]


def test_read_row_empty_collection(full_db):
    assert full_db.read_time_series_row("Unit", "generation", "generation", day(1)) == []


def test_read_row_unknown_attribute(generation):
    with pytest.raises(QuiverError) as excinfo:
        generation.read_time_series_row("Unit", "generation", "date_time", day(1))
    assert str(excinfo.value) == "Time series attribute not found: 'date_time' in group 'generation' of collection 'Unit'"
