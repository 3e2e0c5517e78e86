"""Time-series files: the per-collection table of file paths (spec §4.12)."""

from __future__ import annotations

import pytest

import quiverdb.database
from quiverdb import QuiverError


def test_has_and_list(full_db):
    assert full_db.has_time_series_files("Unit") is True
    assert full_db.has_time_series_files("Zone") is False
    assert full_db.list_time_series_files_columns("Unit") == ["generation_file", "availability_file"]


def test_read_and_update(full_db):
    files = full_db.read_time_series_files("Unit")
    assert files == {"availability_file": None, "generation_file": None}
    assert list(files) == ["availability_file", "generation_file"]
    full_db.update_time_series_files("Unit", {"generation_file": "gen.csv", "availability_file": None})
    assert full_db.read_time_series_files("Unit") == {"availability_file": None, "generation_file": "gen.csv"}
    full_db.update_time_series_files("Unit", {"availability_file": "avail.csv"})  # a rewrite, not a merge
    assert full_db.read_time_series_files("Unit") == {"availability_file": "avail.csv", "generation_file": None}


def test_empty_update_does_not_call_c(full_db, monkeypatch):
    full_db.update_time_series_files("Unit", {"generation_file": "gen.csv"})
    monkeypatch.setattr(quiverdb.database, "get_lib", lambda: pytest.fail("C must not be called"))
    full_db.update_time_series_files("Unit", {})
    monkeypatch.undo()
    assert full_db.read_time_series_files("Unit")["generation_file"] == "gen.csv"


@pytest.mark.parametrize("call, message", [
    (lambda db: db.update_time_series_files("Unit", {"nope": "x"}),
     "Cannot update_time_series_files: column 'nope' not found in table 'Unit_time_series_files'"),
    (lambda db: db.read_time_series_files("Zone"), "Time series files table not found for collection 'Zone'"),
    (lambda db: db.list_time_series_files_columns("Zone"),
     "Time series files table not found: Zone_time_series_files"),
    (lambda db: db.has_time_series_files("Nope"), "Cannot has_time_series_files: collection not found: Nope"),
])
def test_errors(full_db, call, message):
    with pytest.raises(QuiverError) as excinfo:
        call(full_db)
    assert str(excinfo.value) == message
