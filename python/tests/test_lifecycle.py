"""Database construction, closing, context management, repr and the closed-handle checks."""

from __future__ import annotations

import gc
import inspect
import pathlib
import warnings

import pytest
from conftest import SCHEMAS, open_schema, schema_path

import quiverdb
from quiverdb import Database, LogLevel, QuiverError


def test_from_schema_in_memory():
    db = Database.from_schema(":memory:", schema_path("valid/full.sql"), console_level=LogLevel.OFF)
    try:
        assert db.path() == ":memory:"
        assert db.current_version() == 3  # full.sql sets PRAGMA user_version = 3
        assert db.is_healthy() is True
        assert repr(db) == "Database(path=':memory:')"
    finally:
        db.close()


def test_from_schema_file_then_open(tmp_path):
    path = str(tmp_path / "plants.db")
    with open_schema("valid/basic.sql", path) as db:
        assert db.path() == path
        assert db.current_version() == 0
        db.create_element("Sensor", label="S1")
    with Database.open(path, console_level=LogLevel.OFF) as db:
        assert repr(db) == f"Database(path={path!r})"
        assert db.read_scalar_strings("Sensor", "label") == ["S1"]


def test_open_read_only_refuses_writes(tmp_path):
    path = str(tmp_path / "ro.db")
    open_schema("valid/basic.sql", path).close()
    with Database.open(path, read_only=True, console_level=LogLevel.OFF) as db:
        with pytest.raises(QuiverError) as excinfo:
            db.create_element("Sensor", label="S1")
        assert str(excinfo.value) == "Failed to execute statement: attempt to write a readonly database"
        assert db.number_of_elements("Sensor") == 0


def test_from_schema_read_only_is_refused():
    with pytest.raises(QuiverError) as excinfo:
        Database.from_schema(":memory:", schema_path("valid/basic.sql"), read_only=True)
    assert str(excinfo.value) == "Cannot from_schema: read_only mode (use Database constructor to open existing)"


def test_from_schema_missing_file(tmp_path):
    missing = str(tmp_path / "missing.sql")
    with pytest.raises(QuiverError) as excinfo:
        Database.from_schema(":memory:", missing, console_level=LogLevel.OFF)
    assert str(excinfo.value) == f"Schema file not found: {missing}"


def test_from_schema_invalid_schemas_report_the_c_message():
    lines = (SCHEMAS / "invalid" / "expected.tsv").read_text(encoding="utf-8").splitlines()
    checked = 0
    for line in lines:
        name, _, message = line.partition("\t")
        if not name.endswith(".sql"):
            continue
        with pytest.raises(QuiverError) as excinfo:
            Database.from_schema(":memory:", schema_path(f"invalid/{name}"), console_level=LogLevel.OFF)
        assert str(excinfo.value) == message, name
        checked += 1
    assert checked > 50


def test_from_migrations(tmp_path):
    path = str(tmp_path / "migrated.db")
    db = Database.from_migrations(path, str(SCHEMAS / "migrations" / "valid"), console_level=LogLevel.OFF)
    with db:
        assert db.current_version() == 3
        assert db.path() == path
        assert db.number_of_elements("Gauge") == 0


def test_from_migrations_failure_message(tmp_path):
    with pytest.raises(QuiverError) as excinfo:
        Database.from_migrations(str(tmp_path / "m.db"), str(SCHEMAS / "migrations" / "missing_up"),
                                 console_level=LogLevel.OFF)
    assert str(excinfo.value) == "Cannot migrate_up: migration 2 has no up.sql file"


def test_from_migrations_missing_directory(tmp_path):
    missing = str(tmp_path / "nowhere")
    with pytest.raises(QuiverError) as excinfo:
        Database.from_migrations(":memory:", missing)
    assert str(excinfo.value) == f"Migrations path not found: {missing}"


def test_paths_must_be_str():
    with pytest.raises(AttributeError, match="'PosixPath' object has no attribute 'encode'"):
        Database.from_schema(":memory:", SCHEMAS / "valid" / "basic.sql")  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        Database.open(pathlib.Path(":memory:"))  # type: ignore[arg-type]


def test_console_level_accepts_plain_int_and_none():
    for level in (None, 4, LogLevel.ERROR):
        db = Database.from_schema(":memory:", schema_path("valid/basic.sql"), console_level=level)
        db.close()


def test_make_options():
    options = Database._make_options(True, LogLevel.WARN)
    assert options.read_only == 1
    assert options.console_level == 2
    options = Database._make_options("", None)
    assert options.read_only == 0
    assert options.console_level == int(LogLevel.INFO)


def test_close_is_idempotent_and_repr():
    db = open_schema("valid/basic.sql")
    db.close()
    assert db._closed is True
    assert db._ptr == quiverdb._c_api.ffi.NULL
    db.close()
    assert repr(db) == "Database(closed)"


def test_context_manager_closes_and_propagates():
    with pytest.raises(ValueError, match="boom"):
        with open_schema("valid/basic.sql") as db:
            assert db.__enter__() is db
            raise ValueError("boom")
    assert db._closed
    assert db.__exit__(None, None, None) is None


def test_unclosed_database_warns_and_closes():
    db = open_schema("valid/basic.sql")
    with pytest.warns(ResourceWarning, match="^Database was not closed explicitly$"):
        db.__del__()
    assert db._closed
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        del db
        gc.collect()


# Every public method with arguments that would otherwise fail marshalling: the closed check
# must come first, before any argument is looked at.
_BAD = object()
_CALLS = {
    "path": (), "current_version": (), "is_healthy": (), "describe": (),
    "describe_collection": (_BAD,), "summarize_collection": (_BAD,),
    "create_element": (_BAD,), "update_element": (_BAD, _BAD), "delete_element": (_BAD, _BAD),
    "begin_transaction": (), "commit": (), "rollback": (), "in_transaction": (),
    "begin_dry_run": (), "end_dry_run": (), "in_dry_run": (),
    "query_string": (_BAD,), "query_integer": (_BAD,), "query_float": (_BAD,), "query_date_time": (_BAD,),
    "read_scalar_date_time_by_id": (_BAD, _BAD, _BAD), "read_vector_date_time_by_id": (_BAD, _BAD, _BAD),
    "read_set_date_time_by_id": (_BAD, _BAD, _BAD),
    "read_scalar_integers": (_BAD, _BAD), "read_scalar_floats": (_BAD, _BAD),
    "read_scalar_strings": (_BAD, _BAD), "read_scalar_integer_by_id": (_BAD, _BAD, _BAD),
    "read_scalar_float_by_id": (_BAD, _BAD, _BAD), "read_scalar_string_by_id": (_BAD, _BAD, _BAD),
    "read_element_ids": (_BAD,), "number_of_elements": (_BAD,),
    "read_vector_integers": (_BAD, _BAD), "read_vector_floats": (_BAD, _BAD),
    "read_vector_strings": (_BAD, _BAD), "read_vector_integers_by_id": (_BAD, _BAD, _BAD),
    "read_vector_floats_by_id": (_BAD, _BAD, _BAD), "read_vector_strings_by_id": (_BAD, _BAD, _BAD),
    "read_set_integers": (_BAD, _BAD), "read_set_floats": (_BAD, _BAD), "read_set_strings": (_BAD, _BAD),
    "read_set_integers_by_id": (_BAD, _BAD, _BAD), "read_set_floats_by_id": (_BAD, _BAD, _BAD),
    "read_set_strings_by_id": (_BAD, _BAD, _BAD),
    "get_scalar_metadata": (_BAD, _BAD), "get_vector_metadata": (_BAD, _BAD),
    "get_set_metadata": (_BAD, _BAD), "get_time_series_metadata": (_BAD, _BAD),
    "list_scalar_attributes": (_BAD,), "list_vector_groups": (_BAD,), "list_set_groups": (_BAD,),
    "list_time_series_groups": (_BAD,),
    "read_time_series_group": (_BAD, _BAD, _BAD), "read_time_series_row": (_BAD, _BAD, _BAD, _BAD),
    "update_time_series_group": (_BAD, _BAD, _BAD, {"x": [1], "y": [1, 2]}),
    "update_vector_group": (_BAD, _BAD, _BAD, {"x": [_BAD]}),
    "update_set_group": (_BAD, _BAD, _BAD, {"x": [_BAD]}),
    "upsert_time_series_row": (_BAD, _BAD, _BAD),
    "has_time_series_files": (_BAD,), "list_time_series_files_columns": (_BAD,),
    "read_time_series_files": (_BAD,), "update_time_series_files": (_BAD, {"x": _BAD}),
    "read_scalars_by_id": (_BAD, _BAD), "read_vectors_by_id": (_BAD, _BAD), "read_sets_by_id": (_BAD, _BAD),
    "read_element_by_id": (_BAD, _BAD),
    "read_vector_group_by_id": (_BAD, _BAD, _BAD), "read_set_group_by_id": (_BAD, _BAD, _BAD),
    "export_csv": (_BAD, _BAD, _BAD), "import_csv": (_BAD, _BAD, _BAD),
}


def test_closed_check_covers_every_public_method():
    public = {name for name, _ in inspect.getmembers(Database, callable) if not name.startswith("_")}
    exempt = {"close", "from_schema", "from_migrations", "open", "transaction", "dry_run"}
    assert public - exempt == set(_CALLS)


@pytest.mark.parametrize("name", sorted(_CALLS))
def test_closed_database_raises_before_marshalling(name):
    db = open_schema("valid/basic.sql")
    db.close()
    kwargs = {"bad": _BAD} if name in ("create_element", "update_element", "upsert_time_series_row") else {}
    with pytest.raises(QuiverError) as excinfo:
        getattr(db, name)(*_CALLS[name], **kwargs)
    assert str(excinfo.value) == "Database has been closed"


@pytest.mark.parametrize("name", ["transaction", "dry_run"])
def test_closed_database_context_managers_raise_on_entry(name):
    db = open_schema("valid/basic.sql")
    db.close()
    manager = getattr(db, name)()  # creating the manager does not check yet
    with pytest.raises(QuiverError, match="^Database has been closed$"):
        with manager:
            pass
