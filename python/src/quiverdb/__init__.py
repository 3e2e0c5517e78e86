"""quiverdb: Python bindings for Quiver, a schema-first SQLite wrapper (over libquiver_c, cffi ABI mode).

Importing the package does not load the native library; the first call that needs it does.
"""

from __future__ import annotations

from . import _c_api
from .database import Database
from .exceptions import QuiverError
from .lua_runner import LuaRunner
from .metadata import CSVOptions, DataType, GroupMetadata, LogLevel, ScalarMetadata

__all__ = [
    "CSVOptions",
    "DataType",
    "Database",
    "GroupMetadata",
    "LogLevel",
    "LuaRunner",
    "QuiverError",
    "ScalarMetadata",
    "version",
]


def version() -> str:
    """The C library's version string, e.g. ``'0.10.0'``."""
    return _c_api.ffi.string(_c_api.get_lib().quiver_version()).decode("utf-8")
