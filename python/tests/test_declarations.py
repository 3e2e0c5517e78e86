"""The generated cdef is in sync with the C headers and covers every declared function."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys

from conftest import BINDING_ROOT, REPO_ROOT

from quiverdb._c_api import ffi, get_lib
from quiverdb._declarations import CDEF

GENERATOR = BINDING_ROOT / "tools" / "gen_cdef.py"
HEADERS = REPO_ROOT / "include" / "quiver" / "c"


def test_generated_module_is_in_sync_with_the_headers():
    result = subprocess.run([sys.executable, str(GENERATOR), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_generator_output_equals_the_committed_file():
    spec = importlib.util.spec_from_file_location("gen_cdef", GENERATOR)
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    committed = (BINDING_ROOT / "src" / "quiverdb" / "_declarations.py").read_text(encoding="utf-8")
    assert generator.generate() == committed


def test_every_header_function_is_declared():
    declared = set(re.findall(r"\b(quiver_\w+)\(", CDEF))
    in_headers = set()
    for header in HEADERS.glob("*.h"):
        in_headers |= set(re.findall(r"QUIVER_C_API\s+[^;]*?\b(quiver_\w+)\(", header.read_text(encoding="utf-8")))
    assert declared == in_headers
    assert len(declared) == 102
    assert "lua" not in CDEF


def test_enum_values_are_explicit_and_reachable():
    for line in CDEF.splitlines():
        if re.match(r"\s+QUIVER_\w+", line):
            assert re.fullmatch(r"\s+QUIVER_\w+ = \d+,", line), line
    lib = get_lib()
    assert (lib.QUIVER_OK, lib.QUIVER_ERROR) == (0, 1)
    assert lib.QUIVER_DATA_TYPE_NULL == 4 and lib.QUIVER_LOG_OFF == 4


def test_struct_layouts():
    assert [name for name, _ in ffi.typeof("quiver_scalar_metadata_t").fields] == [
        "name", "data_type", "not_null", "primary_key", "default_value", "is_foreign_key",
        "references_collection", "references_column"]
    assert [name for name, _ in ffi.typeof("quiver_group_metadata_t").fields] == [
        "group_name", "dimension_column", "value_columns", "value_column_count"]
    assert [name for name, _ in ffi.typeof("quiver_csv_options_t").fields] == [
        "date_time_format", "enum_attribute_names", "enum_locale_names", "enum_entry_counts",
        "enum_labels", "enum_values", "enum_group_count"]
    assert [name for name, _ in ffi.typeof("quiver_database_options_t").fields] == ["read_only", "console_level"]
    options = get_lib().quiver_database_options_default()
    assert (options.read_only, options.console_level) == (0, 1)
