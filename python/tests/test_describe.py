"""describe, describe_collection and summarize_collection return the C library's report text."""

from __future__ import annotations

import pytest
from conftest import TEST_DATA

from quiverdb import QuiverError


def expected(name: str) -> str:
    return (TEST_DATA / "describe" / name).read_text(encoding="utf-8")


def test_reports_of_an_empty_database(full_db):
    assert full_db.describe() == expected("full.describe.txt")
    assert full_db.describe_collection("Unit") == expected("full.Unit.collection.txt")
    assert full_db.summarize_collection("Unit") == expected("full.Unit.summary.txt")


def test_counts_follow_the_data(units):
    assert units.describe_collection("Unit").startswith("Collection: Unit (2 elements)\n")
    units.delete_element("Unit", 2)
    assert units.describe_collection("Unit").startswith("Collection: Unit (1 element)\n")


@pytest.mark.parametrize("call, message", [
    (lambda db: db.describe_collection("Nope"), "Cannot describe_collection: collection not found: Nope"),
    (lambda db: db.summarize_collection("Nope"), "Cannot summarize_collection: collection not found: Nope"),
])
def test_errors(full_db, call, message):
    with pytest.raises(QuiverError) as excinfo:
        call(full_db)
    assert str(excinfo.value) == message
