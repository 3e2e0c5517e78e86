"""query_* with and without parameters (spec §4.5, §5.2)."""

from __future__ import annotations

import datetime as dt

import pytest

from quiverdb import DataType, QuiverError
from quiverdb._c_api import ffi
from quiverdb.database import _marshal_params


def test_typed_results(units):
    assert units.query_integer("SELECT COUNT(*) FROM Unit") == 2
    assert units.query_float("SELECT COUNT(*) FROM Unit") == 2.0
    assert units.query_integer("SELECT 3.5") is None
    assert units.query_string("SELECT 42") is None
    assert units.query_string("SELECT label FROM Unit ORDER BY id") == "U1"
    assert units.query_string("SELECT 'é ü'") == "é ü"
    assert units.query_string("SELECT ''") == ""
    assert units.query_string("SELECT label FROM Unit WHERE id = 99") is None
    assert units.query_float("SELECT min_output FROM Unit WHERE id = 2") is None
    assert type(units.query_integer("SELECT 1")) is int
    assert type(units.query_float("SELECT 1.5")) is float


def test_parameters(units):
    assert units.query_string("SELECT label FROM Unit WHERE capacity = ?", parameters=[50.0]) == "U2"
    assert units.query_integer("SELECT id FROM Unit WHERE label = ?", parameters=("U2",)) == 2
    assert units.query_integer("SELECT COUNT(*) FROM Unit WHERE ? IS NULL", parameters=[None]) == 2
    assert units.query_integer("SELECT ? + ?", parameters=[True, 2**63 - 2]) == 2**63 - 1
    assert units.query_float("SELECT ? * 2", parameters=[1.25]) == 2.5
    assert units.query_integer("SELECT COUNT(*) FROM Unit", parameters=[]) == 2


def test_date_time(units):
    assert units.query_date_time("SELECT date_commissioning FROM Unit WHERE id = ?", parameters=[1]) == \
        dt.datetime(2024, 1, 15, 10, 30, tzinfo=dt.timezone.utc)
    assert units.query_date_time("SELECT date_commissioning FROM Unit WHERE id = 2") is None
    assert units.query_date_time("SELECT '2024-01-15T10:30:00+02:00'") == \
        dt.datetime(2024, 1, 15, 8, 30, tzinfo=dt.timezone.utc)
    with pytest.raises(ValueError):
        units.query_date_time("SELECT 'not-a-date'")


def test_parameter_count_mismatch(units):
    with pytest.raises(QuiverError) as excinfo:
        units.query_integer("SELECT COUNT(*) FROM Unit WHERE id = ?")
    assert str(excinfo.value) == "Failed to execute statement: expected 1 bound parameter(s) but got 0"


@pytest.mark.parametrize("value, name", [({"bad": 1}, "dict"), (dt.datetime(2024, 1, 1), "datetime"),
                                         ([1], "list"), (b"x", "bytes")])
def test_unsupported_parameter(units, value, name):
    for query in (units.query_string, units.query_integer, units.query_float, units.query_date_time):
        with pytest.raises(TypeError) as excinfo:
            query("SELECT ?", parameters=[1, value])
        assert str(excinfo.value) == f"Unsupported parameter type: {name}. Expected int, float, str, or None."


def test_out_of_range_parameter(units):
    with pytest.raises(OverflowError):
        units.query_integer("SELECT ?", parameters=[2**63])


def test_marshal_params():
    keepalive, types, values = _marshal_params([None, 7, True, 2.5, "ab"])
    assert list(types[0:5]) == [DataType.NULL, DataType.INTEGER, DataType.INTEGER, DataType.FLOAT, DataType.STRING]
    assert values[0] == ffi.NULL
    assert ffi.cast("int64_t*", values[1])[0] == 7
    assert ffi.cast("int64_t*", values[2])[0] == 1
    assert ffi.cast("double*", values[3])[0] == 2.5
    assert ffi.string(ffi.cast("char*", values[4])) == b"ab"
    assert len(keepalive) == 4
