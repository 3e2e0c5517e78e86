"""Set readers over valid/read_groups.sql (set order is the library's; callers sort)."""

from __future__ import annotations

import datetime as dt
from typing import Iterator

import pytest
from conftest import open_schema

from quiverdb import Database, QuiverError


@pytest.fixture
def db() -> Iterator[Database]:
    db = open_schema("valid/read_groups.sql")
    yield db
    db.close()


def test_bulk_readers(db):
    assert [sorted(s) for s in db.read_set_strings("Plant", "tag")] == [["alpha", "mid", "zeta"], ["solo"]]
    assert [sorted(s) for s in db.read_set_floats("Plant", "share")] == [[0.25, 0.75]]
    assert [sorted(s) for s in db.read_set_integers("Plant", "code")] == [[10, 30]]
    assert db.read_set_strings("Site", "kind") == []
    assert isinstance(db.read_set_strings("Plant", "tag")[0], list)


def test_by_id_drops_nulls_and_other_types(db):
    assert sorted(db.read_set_integers_by_id("Plant", "code", 2)) == [10, 30]
    assert sorted(db.read_set_floats_by_id("Plant", "code", 2)) == [2.5, 10.0, 30.0]
    assert db.read_set_strings_by_id("Plant", "code", 2) == ["x"]
    assert sorted(db.read_set_floats_by_id("Plant", "share", 4)) == [0.25, 0.75]
    assert sorted(db.read_set_strings_by_id("Plant", "tag", 1)) == ["alpha", "mid", "zeta"]
    assert db.read_set_strings_by_id("Plant", "tag", 3) == []


def test_date_time_by_id(db):
    db.update_set_group("Plant", "tags", 3, {"tag": ["2024-03-01T12:00:00Z"]})
    assert db.read_set_date_time_by_id("Plant", "tag", 3) == [dt.datetime(2024, 3, 1, 12, tzinfo=dt.timezone.utc)]
    assert db.read_set_date_time_by_id("Plant", "tag", 2) == []


@pytest.mark.parametrize("call, message", [
    (lambda db: db.read_set_strings("Plant", "nope"), "Set attribute 'nope' not found for collection 'Plant'"),
    (lambda db: db.read_set_integers("Nope", "code"), "Cannot read_set_integers: collection not found: Nope"),
    (lambda db: db.read_set_floats_by_id("Plant", "nope", 1), "Set attribute 'nope' not found for collection 'Plant'"),
    (lambda db: db.read_set_strings("Plant", "tags"),
     "Cannot read_set_strings: column 'tags' not found in table 'Plant_set_tags'"),
])
def test_errors(db, call, message):
    with pytest.raises(QuiverError) as excinfo:
        call(db)
    assert str(excinfo.value) == message
