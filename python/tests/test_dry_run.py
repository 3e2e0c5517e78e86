"""Dry runs and the dry_run() context manager (spec §4.4)."""

from __future__ import annotations

import pytest

from quiverdb import QuiverError


def labels(db):
    return db.read_scalar_strings("Zone", "label")


def test_begin_end(full_db):
    full_db.create_element("Zone", label="Kept")
    full_db.begin_dry_run()
    assert full_db.in_dry_run() is True
    assert full_db.in_transaction() is True
    full_db.create_element("Zone", label="Preview")
    full_db.begin_transaction()   # absorbed
    full_db.commit()              # absorbed
    assert labels(full_db) == ["Kept", "Preview"]
    full_db.end_dry_run()
    assert full_db.in_dry_run() is False
    assert full_db.in_transaction() is False
    assert labels(full_db) == ["Kept"]


@pytest.mark.parametrize("call, message", [
    (lambda db: db.end_dry_run(), "Cannot end_dry_run: no active dry run"),
    (lambda db: (db.begin_dry_run(), db.begin_dry_run()), "Cannot begin_dry_run: dry run already active"),
    (lambda db: (db.begin_transaction(), db.begin_dry_run()), "Cannot begin_dry_run: transaction already active"),
])
def test_errors(full_db, call, message):
    with pytest.raises(QuiverError) as excinfo:
        call(full_db)
    assert str(excinfo.value) == message


def test_context_manager_discards_writes(full_db):
    with full_db.dry_run() as d:
        assert d is full_db
        full_db.create_element("Zone", label="Preview")
        with full_db.transaction():   # code written with transactions runs unchanged
            full_db.create_element("Zone", label="Nested")
        assert labels(full_db)[-1] == "Nested"
    assert not full_db.in_dry_run()
    assert labels(full_db) == []


def test_context_manager_on_exception(full_db):
    error = RuntimeError("stop")
    with pytest.raises(RuntimeError) as excinfo:
        with full_db.dry_run():
            full_db.create_element("Zone", label="Preview")
            raise error
    assert excinfo.value is error
    assert not full_db.in_dry_run()
    assert labels(full_db) == []


def test_end_failure_on_normal_exit_propagates(full_db):
    with pytest.raises(QuiverError, match="^Cannot end_dry_run: no active dry run$"):
        with full_db.dry_run():
            full_db.end_dry_run()


def test_end_failure_after_exception_is_swallowed(full_db):
    with pytest.raises(KeyError):
        with full_db.dry_run():
            full_db.end_dry_run()
            raise KeyError("k")


def test_begin_failure_propagates(full_db):
    full_db.begin_transaction()
    with pytest.raises(QuiverError, match="^Cannot begin_dry_run: transaction already active$"):
        with full_db.dry_run():
            pytest.fail("the block must not run")
    assert full_db.in_transaction() and not full_db.in_dry_run()
    full_db.rollback()
