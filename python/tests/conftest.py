"""Shared set-up of the quiverdb tests: package and library under test, schemas, fixtures.

quiverdb is imported lazily here, so that test_datetime.py also runs on an interpreter
without cffi.

At import time (before any test loads the library, which happens lazily) this selects the
source tree's package and the freshly built libquiver_c, unless QUIVERDB_TEST_INSTALLED=1
asks for the installed package or QUIVERDB_LIBRARY_PATH is already set (make check sets it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

import pytest

if TYPE_CHECKING:
    from quiverdb import Database

# Keep the source tree clean however the suite is started (make check also sets
# PYTHONDONTWRITEBYTECODE and disables the cache provider).
sys.dont_write_bytecode = True

TESTS_DIR = Path(__file__).resolve().parent
BINDING_ROOT = TESTS_DIR.parent
REPO_ROOT = BINDING_ROOT.parent
SOVERSION = "0"


def _find_built_library() -> Path:
    build_dir = os.environ.get("QUIVERDB_BUILD_DIR", "").strip()
    directories = ([Path(build_dir) / "lib" / ".libs", Path(build_dir)] if build_dir
                   else [REPO_ROOT / "lib" / ".libs"])
    for directory in directories:
        for name in (f"libquiver_c.so.{SOVERSION}", "libquiver_c.so"):
            if (directory / name).is_file():
                return directory / name
    return Path()


if os.environ.get("QUIVERDB_TEST_INSTALLED") != "1":
    sys.path.insert(0, str(BINDING_ROOT / "src"))
    if not os.environ.get("QUIVERDB_LIBRARY_PATH", "").strip():
        _built = _find_built_library()
        if _built != Path():
            os.environ["QUIVERDB_LIBRARY_PATH"] = str(_built)

SCHEMAS = Path(os.environ.get("QUIVER_TEST_SCHEMAS", str(REPO_ROOT / "tests" / "schemas")))
TEST_DATA = Path(os.environ.get("QUIVER_TEST_DATA", str(REPO_ROOT / "tests" / "data")))

def schema_path(relative: str) -> str:
    """Absolute path, as ``str``, of a schema under tests/schemas."""
    return str(SCHEMAS / relative)


def open_schema(relative: str, db_path: str = ":memory:") -> Database:
    """A quiet database created from a test schema."""
    from quiverdb import Database, LogLevel

    return Database.from_schema(db_path, schema_path(relative), console_level=LogLevel.OFF)


@pytest.fixture
def full_db() -> Iterator[Database]:
    """In-memory database of valid/full.sql (Unit, Zone, Fuel with every kind of group)."""
    db = open_schema("valid/full.sql")
    yield db
    db.close()


@pytest.fixture
def basic_db() -> Iterator[Database]:
    """In-memory database of valid/basic.sql (Sensor with scalars of every type)."""
    db = open_schema("valid/basic.sql")
    yield db
    db.close()


@pytest.fixture
def collections_db() -> Iterator[Database]:
    """In-memory database of valid/collections.sql (City, River, Company, Country)."""
    db = open_schema("valid/collections.sql")
    yield db
    db.close()


@pytest.fixture
def relations_db() -> Iterator[Database]:
    """In-memory database of valid/relations.sql (Area, Substation, Feeder)."""
    db = open_schema("valid/relations.sql")
    yield db
    db.close()


@pytest.fixture
def units(full_db: Database) -> Database:
    """full_db with zones, fuels and two units.

    Zone North (1), South (2); Fuel Gas (1), Coal (2);
    Unit U1 (1): capacity 100.0, min_output 10.5, unit_count 2, technology 'ccgt',
                 date_commissioning 2024-01-15T10:30:00, zone North, fuel Gas;
    Unit U2 (2): capacity 50.0, everything else default or NULL, fuel Coal.
    """
    full_db.create_element("Zone", label="North", peak_load=1500.0)
    full_db.create_element("Zone", label="South")
    full_db.create_element("Fuel", label="Gas", price=3.5)
    full_db.create_element("Fuel", label="Coal", price=2.0, emission_factor=0.9)
    full_db.create_element("Unit", label="U1", capacity=100.0, min_output=10.5, unit_count=2,
                           technology="ccgt", date_commissioning="2024-01-15T10:30:00",
                           zone_id="North", fuel_id="Gas")
    full_db.create_element("Unit", label="U2", capacity=50, fuel_id=2)
    return full_db
