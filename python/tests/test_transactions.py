"""Explicit transactions and the transaction() context manager (spec §4.4)."""

from __future__ import annotations

import pytest

from quiverdb import QuiverError


def labels(db):
    return db.read_scalar_strings("Zone", "label")


def test_begin_commit_rollback(full_db):
    assert full_db.in_transaction() is False
    full_db.begin_transaction()
    assert full_db.in_transaction() is True
    full_db.create_element("Zone", label="A")
    full_db.commit()
    assert full_db.in_transaction() is False
    full_db.begin_transaction()
    full_db.create_element("Zone", label="B")
    full_db.rollback()
    assert labels(full_db) == ["A"]


@pytest.mark.parametrize("call, message", [
    (lambda db: (db.begin_transaction(), db.begin_transaction()),
     "Cannot begin_transaction: transaction already active"),
    (lambda db: db.commit(), "Cannot commit: no active transaction"),
    (lambda db: db.rollback(), "Cannot rollback: no active transaction"),
])
def test_errors(full_db, call, message):
    with pytest.raises(QuiverError) as excinfo:
        call(full_db)
    assert str(excinfo.value) == message


def test_context_manager_commits(full_db):
    with full_db.transaction() as t:
        assert t is full_db
        assert full_db.in_transaction()
        t.create_element("Zone", label="A")
        t.update_element("Zone", 1, peak_load=2.0)
    assert not full_db.in_transaction()
    assert labels(full_db) == ["A"]
    assert full_db.read_scalar_floats("Zone", "peak_load") == [2.0]


def test_context_manager_rolls_back_and_reraises_the_same_exception(full_db):
    error = ValueError("inside")
    with pytest.raises(ValueError) as excinfo:
        with full_db.transaction():
            full_db.create_element("Zone", label="A")
            raise error
    assert excinfo.value is error
    assert not full_db.in_transaction()
    assert labels(full_db) == []


def test_context_manager_rolls_back_on_base_exception(full_db):
    with pytest.raises(KeyboardInterrupt):
        with full_db.transaction():
            full_db.create_element("Zone", label="A")
            raise KeyboardInterrupt
    assert labels(full_db) == []


def test_begin_failure_propagates_and_leaves_the_outer_transaction(full_db):
    full_db.begin_transaction()
    full_db.create_element("Zone", label="A")
    with pytest.raises(QuiverError, match="^Cannot begin_transaction: transaction already active$"):
        with full_db.transaction():
            pytest.fail("the block must not run")
    assert full_db.in_transaction()
    full_db.commit()
    assert labels(full_db) == ["A"]


def test_commit_failure_is_handled_like_a_block_exception(full_db):
    with pytest.raises(QuiverError) as excinfo:
        with full_db.transaction():
            full_db.create_element("Zone", label="A")
            full_db.commit()  # the manager's own commit then fails; its rollback fails too (swallowed)
    assert str(excinfo.value) == "Cannot commit: no active transaction"
    assert labels(full_db) == ["A"]


def test_rollback_failure_is_swallowed(full_db):
    with pytest.raises(ZeroDivisionError):
        with full_db.transaction():
            full_db.rollback()
            1 / 0  # noqa: B018


def test_c_error_inside_block_rolls_back(full_db):
    with pytest.raises(QuiverError) as excinfo:
        with full_db.transaction():
            full_db.create_element("Zone", label="A")
            full_db.create_element("Zone", label="A")
    assert str(excinfo.value) == "Failed to execute statement: UNIQUE constraint failed: Zone.label"
    assert labels(full_db) == []
