"""The public surface: names, signatures, typing, enums, versions (spec §1, §3, §4, §8, §10.1)."""

from __future__ import annotations

import inspect
import re
import typing

import pytest
from conftest import BINDING_ROOT

import quiverdb
from quiverdb import (CSVOptions, DataType, Database, GroupMetadata, LogLevel, LuaRunner, QuiverError,
                      ScalarMetadata)
from quiverdb._c_api import get_lib
from quiverdb._declarations import VERSION

PACKAGE_DIR = BINDING_ROOT / "src" / "quiverdb"

C_COL_ATTR = "collection, attribute"
C_COL_ATTR_ID = "collection, attribute, id"
C_GROUP_ID = "collection, group, id"
QUERY = "sql, *, parameters=None"
SIGNATURES = {
    "from_schema": "(db_path, schema_path, *, read_only=False, console_level=None)",
    "from_migrations": "(db_path, migrations_path, *, read_only=False, console_level=None)",
    "open": "(db_path, *, read_only=False, console_level=None)",
    "__init__": "(self, ptr)",
    "close": "(self)", "__enter__": "(self)", "__exit__": "(self, *args)", "__del__": "(self)",
    "__repr__": "(self)", "path": "(self)", "current_version": "(self)", "is_healthy": "(self)",
    "describe": "(self)", "describe_collection": "(self, collection)",
    "summarize_collection": "(self, collection)",
    "create_element": "(self, collection, **kwargs)",
    "update_element": "(self, collection, id, **kwargs)",
    "delete_element": "(self, collection, id)",
    "begin_transaction": "(self)", "commit": "(self)", "rollback": "(self)", "in_transaction": "(self)",
    "transaction": "(self)", "begin_dry_run": "(self)", "end_dry_run": "(self)", "in_dry_run": "(self)",
    "dry_run": "(self)",
    "query_string": f"(self, {QUERY})", "query_integer": f"(self, {QUERY})",
    "query_float": f"(self, {QUERY})", "query_date_time": f"(self, {QUERY})",
    "read_scalar_date_time_by_id": f"(self, {C_COL_ATTR_ID})",
    "read_vector_date_time_by_id": f"(self, {C_COL_ATTR_ID})",
    "read_set_date_time_by_id": f"(self, {C_COL_ATTR_ID})",
    "read_element_ids": "(self, collection)", "number_of_elements": "(self, collection)",
    "get_scalar_metadata": f"(self, {C_COL_ATTR})",
    "get_vector_metadata": "(self, collection, group_name)",
    "get_set_metadata": "(self, collection, group_name)",
    "get_time_series_metadata": "(self, collection, group_name)",
    "list_scalar_attributes": "(self, collection)", "list_vector_groups": "(self, collection)",
    "list_set_groups": "(self, collection)", "list_time_series_groups": "(self, collection)",
    "read_time_series_group": f"(self, {C_GROUP_ID})",
    "read_time_series_row": "(self, collection, group, attribute, date_time)",
    "update_time_series_group": f"(self, {C_GROUP_ID}, data)",
    "update_vector_group": f"(self, {C_GROUP_ID}, data)",
    "update_set_group": f"(self, {C_GROUP_ID}, data)",
    "upsert_time_series_row": f"(self, {C_GROUP_ID}, **kwargs)",
    "has_time_series_files": "(self, collection)", "list_time_series_files_columns": "(self, collection)",
    "read_time_series_files": "(self, collection)", "update_time_series_files": "(self, collection, data)",
    "read_scalars_by_id": "(self, collection, id)", "read_vectors_by_id": "(self, collection, id)",
    "read_sets_by_id": "(self, collection, id)", "read_element_by_id": "(self, collection, id)",
    "read_vector_group_by_id": f"(self, {C_GROUP_ID})", "read_set_group_by_id": f"(self, {C_GROUP_ID})",
    "export_csv": "(self, collection, group, path, *, options=None)",
    "import_csv": "(self, collection, group, path, *, options=None)",
}
for kind in ("vector", "set"):
    for suffix in ("integers", "floats", "strings"):
        SIGNATURES[f"read_{kind}_{suffix}"] = f"(self, {C_COL_ATTR})"
        SIGNATURES[f"read_{kind}_{suffix}_by_id"] = f"(self, {C_COL_ATTR_ID})"
for suffix in ("integers", "floats", "strings"):
    SIGNATURES[f"read_scalar_{suffix}"] = f"(self, {C_COL_ATTR})"
for suffix in ("integer", "float", "string"):
    SIGNATURES[f"read_scalar_{suffix}_by_id"] = f"(self, {C_COL_ATTR_ID})"

def bare(function) -> str:
    """The signature without annotations."""
    signature = inspect.signature(function)
    parameters = [p.replace(annotation=inspect.Parameter.empty) for p in signature.parameters.values()]
    return str(signature.replace(parameters=parameters, return_annotation=inspect.Signature.empty))


def test_all():
    assert quiverdb.__all__ == ["CSVOptions", "DataType", "Database", "GroupMetadata", "LogLevel", "LuaRunner",
                                "QuiverError", "ScalarMetadata", "version"]


def test_public_methods_and_signatures():
    public = {name for name, _ in inspect.getmembers(Database, callable) if not name.startswith("_")}
    assert len(public) == 75
    assert public == {name for name in SIGNATURES if not name.startswith("_")}
    for name, expected in SIGNATURES.items():
        assert bare(getattr(Database, name)) == expected, name
    for name in ("from_schema", "from_migrations", "open", "_make_options"):
        assert isinstance(inspect.getattr_static(Database, name), staticmethod), name


def test_type_hints_evaluate():
    for name in SIGNATURES:
        typing.get_type_hints(getattr(Database, name))
    for cls in (ScalarMetadata, GroupMetadata, CSVOptions):
        typing.get_type_hints(cls)
    assert typing.get_type_hints(LuaRunner.__init__)["db"] is Database
    assert typing.get_type_hints(Database.query_integer)["return"] == typing.Optional[int]
    assert typing.get_type_hints(ScalarMetadata)["default_value"] == typing.Optional[str]


def test_query_parameters_annotation():
    # §4.5 spells it `parameters: list | None`; §8 requires the Optional form.
    for name in ("query_string", "query_integer", "query_float", "query_date_time"):
        assert typing.get_type_hints(getattr(Database, name))["parameters"] == typing.Optional[list], name


def test_py_typed_and_future_annotations():
    assert (PACKAGE_DIR / "py.typed").read_bytes() == b""
    for module in PACKAGE_DIR.glob("*.py"):
        text = module.read_text(encoding="utf-8")
        assert "from __future__ import annotations" in text, module.name
        assert not re.search(r"^\s*match\s.*:$", text, re.M), module.name
        assert "datetime.UTC" not in text and "strict=" not in text, module.name


def test_version():
    assert quiverdb.version() == VERSION == "0.10.0"


def test_pyproject_version_matches_the_c_library():
    text = (BINDING_ROOT / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^version = "([^"]+)"', text, re.M)
    assert match is not None
    assert match.group(1) == quiverdb.version()


def test_enums_match_the_c_constants():
    lib = get_lib()
    assert [(m.name, m.value) for m in DataType] == [("INTEGER", 0), ("FLOAT", 1), ("STRING", 2),
                                                      ("DATE_TIME", 3), ("NULL", 4)]
    for member in DataType:
        assert member == getattr(lib, f"QUIVER_DATA_TYPE_{member.name}")
    assert [(m.name, m.value) for m in LogLevel] == [("DEBUG", 0), ("INFO", 1), ("WARN", 2), ("ERROR", 3),
                                                      ("OFF", 4)]
    for member in LogLevel:
        assert member == getattr(lib, f"QUIVER_LOG_{member.name}")


def test_quiver_error():
    error = QuiverError("message")
    assert str(error) == "message"
    assert isinstance(error, Exception)
    assert set(vars(QuiverError)) <= {"__module__", "__doc__", "__qualname__", "__weakref__", "__dict__"}


def test_unknown_error_when_the_message_is_empty():
    from quiverdb._helpers import check

    get_lib().quiver_clear_last_error()
    with pytest.raises(QuiverError, match="^Unknown error$"):
        check(1)
    check(0)


def test_lua_runner_is_importable_but_not_available(full_db):
    assert bare(LuaRunner.__init__) == "(self, db)"
    with pytest.raises(NotImplementedError):
        LuaRunner(full_db)
