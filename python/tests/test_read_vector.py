"""Vector readers over valid/read_groups.sql, and the bulk-read conversion path."""

from __future__ import annotations

import datetime as dt
import time
from typing import Iterator

import pytest
from conftest import open_schema

import quiverdb.database
from quiverdb import Database, QuiverError


@pytest.fixture
def db() -> Iterator[Database]:
    db = open_schema("valid/read_groups.sql")
    yield db
    db.close()


def test_bulk_readers_skip_elements_without_rows(db):
    # Plants 1, 2, 4, 5 have cost rows (Plant 2's only row is all NULL); Plant 3 has none.
    assert db.read_vector_floats("Plant", "cost") == [[1.0, 1.5], [], [4.1, 4.3], [5.0]]
    assert db.read_vector_integers("Plant", "level") == [[12], [], [41, 43], [5]]
    assert db.read_vector_strings("Plant", "note") == [["only", ""], [], ["a", "c"], [" five "]]
    assert db.read_vector_floats("Plant", "level") == [[12.0], [], [41.0, 2.5, 43.0], [5.0]]
    assert db.read_vector_integers("Plant", "output") == [[100, 200, 300]]
    assert db.read_vector_floats("Site", "level") == []


def test_by_id(db):
    assert db.read_vector_floats_by_id("Plant", "cost", 4) == [4.1, 4.3]
    assert db.read_vector_integers_by_id("Plant", "output", 1) == [100, 200, 300]
    assert db.read_vector_integers_by_id("Plant", "stock", 5) == [7]
    assert db.read_vector_strings_by_id("Plant", "note", 1) == ["only", ""]
    assert db.read_vector_floats_by_id("Plant", "cost", 2) == []
    assert db.read_vector_floats_by_id("Plant", "cost", 3) == []
    assert db.read_vector_integers_by_id("Plant", "output", 99) == []


def test_date_time_by_id(db):
    db.update_vector_group("Plant", "costs", 3, {"note": ["2024-01-01", "2024-01-02T03:04:05+01:00"]})
    utc = dt.timezone.utc
    assert db.read_vector_date_time_by_id("Plant", "note", 3) == [
        dt.datetime(2024, 1, 1, tzinfo=utc), dt.datetime(2024, 1, 2, 2, 4, 5, tzinfo=utc)]
    assert db.read_vector_date_time_by_id("Plant", "note", 2) == []
    with pytest.raises(ValueError):
        db.read_vector_date_time_by_id("Plant", "note", 4)  # 'a', 'c'


@pytest.mark.parametrize("call, message", [
    (lambda db: db.read_vector_integers("Plant", "nope"), "Vector attribute 'nope' not found for collection 'Plant'"),
    (lambda db: db.read_vector_floats("Nope", "cost"), "Cannot read_vector_floats: collection not found: Nope"),
    (lambda db: db.read_vector_strings("Plant", "outputs"),
     "Cannot read_vector_strings: column 'outputs' not found in table 'Plant_vector_outputs'"),
    (lambda db: db.read_vector_integers_by_id("Plant", "nope", 1),
     "Vector attribute 'nope' not found for collection 'Plant'"),
    (lambda db: db.read_vector_strings_by_id("Nope", "note", 1),
     "Cannot read_vector_strings_by_id: collection not found: Nope"),
])
def test_errors(db, call, message):
    with pytest.raises(QuiverError) as excinfo:
        call(db)
    assert str(excinfo.value) == message


class _CountingLib:
    """Stands in for the library object and records which C functions are looked up."""

    def __init__(self, lib: object) -> None:
        self.lib = lib
        self.calls: list = []

    def __getattr__(self, name: str) -> object:
        self.calls.append(name)
        return getattr(self.lib, name)


def test_million_floats_are_one_c_call_and_one_conversion(db, monkeypatch):
    db.query_integer("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) "
                     "INSERT INTO Site_vector_levels (id, vector_index, level) SELECT 1, i, i * 0.5 FROM n")
    counting = _CountingLib(quiverdb.database.get_lib())
    monkeypatch.setattr(quiverdb.database, "get_lib", lambda: counting)
    start = time.perf_counter()
    values = db.read_vector_floats_by_id("Site", "level", 1)
    elapsed = time.perf_counter() - start
    assert counting.calls == ["quiver_database_read_vector_floats_by_id", "quiver_database_free_float_array"]
    assert len(values) == 1_000_000
    assert values[0] == 0.5 and values[-1] == 500000.0
    assert type(values) is list and type(values[1]) is float
    assert elapsed < 10.0
