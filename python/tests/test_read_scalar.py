"""Scalar readers, element ids and counts over valid/read_scalars.sql (rowid order 2, 5, 9, 12)."""

from __future__ import annotations

import datetime as dt
from typing import Iterator

import pytest
from conftest import open_schema

from quiverdb import Database, QuiverError

BIG = 2**63 - 1


@pytest.fixture
def db() -> Iterator[Database]:
    db = open_schema("valid/read_scalars.sql")
    yield db
    db.close()


def test_element_ids_and_counts(db):
    assert db.read_element_ids("Item") == [2, 5, 9, 12]
    assert db.read_element_ids("Empty") == []
    assert db.number_of_elements("Item") == 4
    assert db.number_of_elements("Empty") == 0
    assert db.number_of_elements("Item_vector_sizes") == 3


def test_bulk_readers_keep_nulls_in_place(db):
    assert db.read_scalar_integers("Item", "quantity") == [-2, 50, BIG, None]
    assert db.read_scalar_floats("Item", "weight") == [2.25, 5.5, -0.5, None]
    assert db.read_scalar_strings("Item", "name") == ["", "five", "  nine ", None]
    assert db.read_scalar_strings("Item", "note") == [None, None, None, None]
    assert db.read_scalar_strings("Item", "label") == ["Item 2", "Item 5", "Item 9", "Item 12"]


def test_bulk_readers_follow_storage_classes(db):
    assert db.read_scalar_floats("Item", "quantity") == [-2.0, 50.0, float(BIG), None]
    assert db.read_scalar_integers("Item", "weight") == [None, None, None, None]
    assert db.read_scalar_integers("Mixed", "amount") == [7, None, None, None]
    assert db.read_scalar_floats("Mixed", "amount") == [7.0, 2.5, None, None]
    assert db.read_scalar_strings("Mixed", "amount") == [None, None, "abc", None]
    assert db.read_scalar_floats("Mixed", "ratio") == [3.0, None, None, 1048576.5]


def test_bulk_readers_on_empty_collection(db):
    assert db.read_scalar_integers("Empty", "quantity") == []
    assert db.read_scalar_floats("Empty", "quantity") == []
    assert db.read_scalar_strings("Empty", "label") == []


def test_value_types(db):
    values = db.read_scalar_integers("Item", "quantity")
    assert [type(v) for v in values] == [int, int, int, type(None)]
    assert all(type(v) is float for v in db.read_scalar_floats("Item", "weight")[:3])


def test_by_id(db):
    assert db.read_scalar_integer_by_id("Item", "quantity", 9) == BIG
    assert db.read_scalar_integer_by_id("Item", "quantity", 12) is None
    assert db.read_scalar_integer_by_id("Item", "quantity", 3) is None  # no such element
    assert db.read_scalar_float_by_id("Item", "weight", 2) == 2.25
    assert db.read_scalar_float_by_id("Item", "quantity", 5) == 50.0
    assert db.read_scalar_float_by_id("Item", "weight", 12) is None
    assert db.read_scalar_string_by_id("Item", "name", 2) == ""
    assert db.read_scalar_string_by_id("Item", "name", 9) == "  nine "
    assert db.read_scalar_string_by_id("Item", "name", 12) is None
    assert db.read_scalar_string_by_id("Item", "name", 100) is None


def test_date_time_by_id(db):
    utc = dt.timezone.utc
    assert db.read_scalar_date_time_by_id("Item", "date_made", 2) == dt.datetime(2024, 2, 2, 10, 30, tzinfo=utc)
    assert db.read_scalar_date_time_by_id("Item", "date_made", 5) == dt.datetime(2024, 5, 5, tzinfo=utc)
    assert db.read_scalar_date_time_by_id("Item", "date_made", 12) is None
    assert db.read_scalar_date_time_by_id("Item", "date_made", 100) is None
    with pytest.raises(ValueError):
        db.read_scalar_date_time_by_id("Item", "name", 5)  # 'five'


@pytest.mark.parametrize("call, message", [
    (lambda db: db.read_scalar_integers("Item", "nope"),
     "Cannot read_scalar_integers: column 'nope' not found in table 'Item'"),
    (lambda db: db.read_scalar_floats("Nope", "x"), "Cannot read_scalar_floats: collection not found: Nope"),
    (lambda db: db.read_scalar_strings("Item", "nope"),
     "Cannot read_scalar_strings: column 'nope' not found in table 'Item'"),
    (lambda db: db.read_scalar_integer_by_id("Item", "nope", 2),
     "Cannot read_scalar_integer_by_id: column 'nope' not found in table 'Item'"),
    (lambda db: db.read_scalar_float_by_id("Nope", "x", 2),
     "Cannot read_scalar_float_by_id: collection not found: Nope"),
    (lambda db: db.read_scalar_string_by_id("Item", "nope", 2),
     "Cannot read_scalar_string_by_id: column 'nope' not found in table 'Item'"),
    (lambda db: db.read_element_ids("Nope"), "Cannot read_element_ids: collection not found: Nope"),
    (lambda db: db.number_of_elements("Nope"), "Cannot number_of_elements: collection not found: Nope"),
])
def test_errors(db, call, message):
    with pytest.raises(QuiverError) as excinfo:
        call(db)
    assert str(excinfo.value) == message
