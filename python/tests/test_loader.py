"""The native library loader (spec §9): strategies, the recorded source, errors and the diagnostic."""

from __future__ import annotations

import ctypes
import importlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BINDING_ROOT

import quiverdb._c_api
import quiverdb._loader
from quiverdb._c_api import ffi

HINT = ("Set QUIVERDB_LIBRARY_PATH to the library file or its directory, install the Quiver runtime "
        "libraries (after 'make install', run 'ldconfig' as root so the dynamic loader finds them), "
        "or install a quiverdb wheel that bundles them.")


# Read at import, before any fixture changes the environment.
_LIBRARY_UNDER_TEST = os.environ.get("QUIVERDB_LIBRARY_PATH", "").strip()


@pytest.fixture
def built_library() -> Path:
    """The libquiver_c the suite runs against (make check points QUIVERDB_LIBRARY_PATH at it)."""
    if not _LIBRARY_UNDER_TEST:
        pytest.skip("QUIVERDB_LIBRARY_PATH is not set (testing an installed package)")
    path = Path(_LIBRARY_UNDER_TEST)
    return path / "libquiver_c.so.0" if path.is_dir() else path


@pytest.fixture
def loader(monkeypatch):
    """A freshly reloaded _loader (module state reset), reloaded again afterwards."""
    monkeypatch.delenv("QUIVERDB_LIBRARY_PATH", raising=False)
    yield importlib.reload(quiverdb._loader)
    monkeypatch.undo()
    importlib.reload(quiverdb._loader)


def run_python(code_or_args, env_changes, cwd=None):
    env = dict(os.environ)
    for key, value in env_changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    args = code_or_args if isinstance(code_or_args, list) else ["-c", code_or_args]
    return subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, cwd=cwd)


def test_names():
    assert quiverdb._loader._SOVERSION == "0"
    assert quiverdb._loader._C_API_NAMES == ["libquiver_c.so.0", "libquiver_c.so"]
    assert quiverdb._loader._CORE_NAMES == ["libquiver.so.0", "libquiver.so"]
    assert quiverdb._loader._LIBS_DIR == quiverdb._loader._PACKAGE_DIR / "_libs"
    assert quiverdb._loader._ENV_VAR == "QUIVERDB_LIBRARY_PATH"


def test_env_file(loader, monkeypatch, built_library):
    monkeypatch.setenv("QUIVERDB_LIBRARY_PATH", f" {built_library} ")
    lib = loader.load_library(ffi)
    assert ffi.string(lib.quiver_version()) == b"0.10.0"
    assert loader._load_source == "env"
    assert loader._loaded_library == str(built_library)


def test_env_directory(loader, monkeypatch, built_library):
    monkeypatch.setenv("QUIVERDB_LIBRARY_PATH", str(built_library.parent))
    loader.load_library(ffi)
    assert loader._load_source == "env"
    assert loader._loaded_library == str(built_library.parent / "libquiver_c.so.0")


def test_env_missing_path_is_authoritative(loader, monkeypatch, tmp_path):
    missing = tmp_path / "nowhere"
    monkeypatch.setenv("QUIVERDB_LIBRARY_PATH", str(missing))
    with pytest.raises(RuntimeError) as excinfo:
        loader.load_library(ffi)
    assert str(excinfo.value) == (
        "Cannot load native library libquiver_c.so.0. Searched:\n"
        f"  - QUIVERDB_LIBRARY_PATH: {missing} (does not exist)\n" + HINT)
    assert excinfo.value.__suppress_context__
    assert loader._load_source == "" and loader._loaded_library == ""


def test_env_directory_without_library(loader, monkeypatch, tmp_path):
    monkeypatch.setenv("QUIVERDB_LIBRARY_PATH", str(tmp_path))
    with pytest.raises(RuntimeError) as excinfo:
        loader.load_library(ffi)
    assert str(excinfo.value).splitlines()[1] == (
        f"  - QUIVERDB_LIBRARY_PATH: {tmp_path} (no libquiver_c.so.0 or libquiver_c.so in directory)")


def test_env_unloadable_file_names_it(loader, monkeypatch, tmp_path):
    bogus = tmp_path / "libquiver_c.so.0"
    bogus.write_text("not an ELF file")
    monkeypatch.setenv("QUIVERDB_LIBRARY_PATH", str(bogus))
    with pytest.raises(RuntimeError) as excinfo:
        loader.load_library(ffi)
    lines = str(excinfo.value).splitlines()
    assert lines[0] == "Cannot load native library libquiver_c.so.0. Searched:"
    assert lines[1].startswith(f"  - QUIVERDB_LIBRARY_PATH: {bogus} (dlopen failed: ")
    assert len(lines) == 3 and lines[2] == HINT


def test_env_unloadable_core_names_the_core(loader, monkeypatch, tmp_path, built_library):
    shutil.copy(built_library, tmp_path / "libquiver_c.so.0")
    (tmp_path / "libquiver.so.0").write_text("broken")
    monkeypatch.setenv("QUIVERDB_LIBRARY_PATH", str(tmp_path))
    with pytest.raises(RuntimeError) as excinfo:
        loader.load_library(ffi)
    lines = str(excinfo.value).splitlines()
    assert lines[0] == "Cannot load native library libquiver.so.0. Searched:"
    assert lines[1].startswith(f"  - QUIVERDB_LIBRARY_PATH: {tmp_path / 'libquiver.so.0'} (dlopen failed: ")


def test_version_mismatch_is_refused(loader, monkeypatch, built_library):
    monkeypatch.setenv("QUIVERDB_LIBRARY_PATH", str(built_library))
    monkeypatch.setattr(loader, "VERSION", "0.9.4")
    with pytest.raises(RuntimeError) as excinfo:
        loader.load_library(ffi)
    assert str(excinfo.value).startswith(f"Native library {built_library} is libquiver_c 0.10.0, but this "
                                         "quiverdb was generated from the 0.9.4 C API headers; the major.minor "
                                         "versions must be equal.")
    assert loader._load_source == ""
    monkeypatch.setattr(loader, "VERSION", "0.10.9")  # only major.minor must agree
    loader.load_library(ffi)
    assert loader._load_source == "env"


def test_get_lib_caches_only_success(monkeypatch, tmp_path):
    monkeypatch.setattr(quiverdb._c_api, "_lib", None)
    monkeypatch.setenv("QUIVERDB_LIBRARY_PATH", str(tmp_path / "nowhere"))
    with pytest.raises(RuntimeError, match="^Cannot load native library"):
        quiverdb._c_api.get_lib()
    assert quiverdb._c_api._lib is None


def test_importing_the_package_does_not_load_the_library(built_library):
    code = ("import sys, quiverdb, quiverdb.database, quiverdb.element, quiverdb.lua_runner, "
            "quiverdb.database_options, quiverdb.metadata\n"
            "assert quiverdb._c_api._lib is None\n"
            "assert 'quiverdb._loader' not in sys.modules\n"
            "maps = open('/proc/self/maps').read()\n"
            "assert 'libquiver' not in maps, maps\n"
            "print('not loaded')")
    result = run_python(code, {"PYTHONPATH": str(BINDING_ROOT / "src")})
    assert result.returncode == 0, result.stderr
    assert result.stdout == "not loaded\n"


def test_diagnostic_ok(built_library):
    result = run_python(["-m", "quiverdb._loader"], {"PYTHONPATH": str(BINDING_ROOT / "src"),
                                                      "QUIVERDB_LIBRARY_PATH": str(built_library)})
    assert result.returncode == 0, result.stdout + result.stderr
    libs = BINDING_ROOT / "src" / "quiverdb" / "_libs"
    assert result.stdout == (
        "OK: loaded via 'env'\n"
        f"  library: {built_library}\n"
        "  version: 0.10.0\n"
        f"  _libs dir: {libs}\n"
        f"  _libs exists: {libs.is_dir()}\n"
        f"  QUIVERDB_LIBRARY_PATH: {built_library}\n")


def test_system_by_versioned_soname(built_library):
    result = run_python(["-m", "quiverdb._loader"], {"PYTHONPATH": str(BINDING_ROOT / "src"),
                                                      "QUIVERDB_LIBRARY_PATH": None,
                                                      "LD_LIBRARY_PATH": str(built_library.parent)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[:2] == ["OK: loaded via 'system'", "  library: libquiver_c.so.0"]


def test_failure_lists_every_place(built_library):
    bare_environment = {"PYTHONPATH": str(BINDING_ROOT / "src"), "QUIVERDB_LIBRARY_PATH": None,
                        "LD_LIBRARY_PATH": None}
    probe = run_python("import ctypes.util; print(ctypes.util.find_library('quiver_c'))", bare_environment)
    if probe.stdout.strip() != "None":
        pytest.skip("a system-wide libquiver_c is installed")
    result = run_python(["-m", "quiverdb._loader"], bare_environment)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    libs = BINDING_ROOT / "src" / "quiverdb" / "_libs"
    assert lines[0] == "FAIL: Cannot load native library libquiver_c.so.0. Searched:"
    assert lines[1] == "  - QUIVERDB_LIBRARY_PATH: (not set)"
    assert lines[2] == f"  - bundled: {libs} (not found)"
    assert lines[3].startswith("  - system: libquiver_c.so.0 (dlopen failed: ")
    assert lines[4] == "  - system: ctypes.util.find_library('quiver_c') (no match)"
    assert lines[5].startswith("  - system: libquiver_c.so (dlopen failed: ")
    assert lines[6] == HINT
    assert lines[7:] == [f"  _libs dir: {libs}", f"  _libs exists: {libs.is_dir()}",
                         "  QUIVERDB_LIBRARY_PATH: (not set)"]


def _package_copy(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    shutil.copytree(BINDING_ROOT / "src" / "quiverdb", root / "quiverdb",
                    ignore=shutil.ignore_patterns("__pycache__", "_libs"))
    (root / "quiverdb" / "_libs").mkdir()
    return root


def _system_sqlite() -> Path:
    """The file behind libsqlite3.so.0, as the dynamic loader resolves it."""
    ctypes.CDLL("libsqlite3.so.0")
    with open("/proc/self/maps") as maps:
        for fields in (line.split() for line in maps):
            if len(fields) == 6 and os.path.basename(fields[5]).startswith("libsqlite3.so.0"):
                return Path(fields[5])
    pytest.skip("libsqlite3.so.0 is not mapped from a file")


def _bundle(libs: Path, built_library: Path) -> None:
    """Fills ``libs`` as a bundling wheel does (copies follow symlinks)."""
    shutil.copy(built_library, libs / "libquiver_c.so.0")
    shutil.copy(built_library.parent / "libquiver.so.0", libs / "libquiver.so.0")
    shutil.copy(_system_sqlite(), libs / "libsqlite3.so.0")


def test_bundled_names():
    assert quiverdb._loader._BUNDLED_NAMES == ["libquiver_c.so.0", "libquiver.so.0", "libsqlite3.so.0"]


def test_bundled_libraries(tmp_path, built_library):
    root = _package_copy(tmp_path)
    libs = root / "quiverdb" / "_libs"
    _bundle(libs, built_library)
    result = run_python(["-m", "quiverdb._loader"], {"PYTHONPATH": str(root), "QUIVERDB_LIBRARY_PATH": None,
                                                      "LD_LIBRARY_PATH": None})
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[:2] == ["OK: loaded via 'bundled'", f"  library: {libs / 'libquiver_c.so.0'}"]
    assert "  _libs exists: True" in result.stdout.splitlines()
    code = ("import quiverdb\nfrom quiverdb import _loader\n"
            "print(quiverdb.version(), _loader._load_source)\n"
            "maps = open('/proc/self/maps').read()\n"
            f"assert {str(libs / 'libquiver.so.0')!r} in maps\n")
    result = run_python(code, {"PYTHONPATH": str(root), "QUIVERDB_LIBRARY_PATH": None, "LD_LIBRARY_PATH": None})
    assert result.returncode == 0, result.stderr
    assert result.stdout == "0.10.0 bundled\n"


def test_env_override_wins_over_bundle(tmp_path, built_library):
    root = _package_copy(tmp_path)
    shutil.copy(built_library, root / "quiverdb" / "_libs" / "libquiver_c.so.0")
    result = run_python(["-m", "quiverdb._loader"], {"PYTHONPATH": str(root),
                                                      "QUIVERDB_LIBRARY_PATH": str(built_library)})
    assert result.stdout.splitlines()[0] == "OK: loaded via 'env'"


def test_broken_bundle_does_not_fall_back(tmp_path, built_library):
    root = _package_copy(tmp_path)
    _bundle(root / "quiverdb" / "_libs", built_library)
    broken = root / "quiverdb" / "_libs" / "libquiver_c.so.0"
    broken.write_text("broken")
    result = run_python(["-m", "quiverdb._loader"], {"PYTHONPATH": str(root), "QUIVERDB_LIBRARY_PATH": None,
                                                      "LD_LIBRARY_PATH": str(built_library.parent)})
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "FAIL: Cannot load native library libquiver_c.so.0. Searched:"
    assert lines[1] == "  - QUIVERDB_LIBRARY_PATH: (not set)"
    assert lines[2].startswith(f"  - bundled: {broken} (dlopen failed: ")
    assert lines[3] == HINT


@pytest.mark.parametrize("missing", ["libquiver_c.so.0", "libquiver.so.0", "libsqlite3.so.0"])
def test_incomplete_bundle_names_the_missing_library(tmp_path, built_library, missing):
    # The library is in reach on LD_LIBRARY_PATH (as a system copy would be): no fallback to it.
    root = _package_copy(tmp_path)
    libs = root / "quiverdb" / "_libs"
    _bundle(libs, built_library)
    (libs / missing).unlink()
    result = run_python(["-m", "quiverdb._loader"], {"PYTHONPATH": str(root), "QUIVERDB_LIBRARY_PATH": None,
                                                      "LD_LIBRARY_PATH": str(built_library.parent)})
    assert result.returncode == 1
    assert result.stdout.splitlines()[:4] == [
        f"FAIL: Cannot load native library {missing}. Searched:",
        "  - QUIVERDB_LIBRARY_PATH: (not set)",
        f"  - bundled: {libs / missing} (missing from the bundle)",
        HINT,
    ]


def test_empty_bundle_directory_is_a_broken_bundle(tmp_path, built_library):
    root = _package_copy(tmp_path)
    libs = root / "quiverdb" / "_libs"
    result = run_python(["-m", "quiverdb._loader"], {"PYTHONPATH": str(root), "QUIVERDB_LIBRARY_PATH": None,
                                                      "LD_LIBRARY_PATH": str(built_library.parent)})
    assert result.returncode == 1
    assert result.stdout.splitlines()[:6] == [
        "FAIL: Cannot load native library libquiver_c.so.0. Searched:",
        "  - QUIVERDB_LIBRARY_PATH: (not set)",
        f"  - bundled: {libs / 'libquiver_c.so.0'} (missing from the bundle)",
        f"  - bundled: {libs / 'libquiver.so.0'} (missing from the bundle)",
        f"  - bundled: {libs / 'libsqlite3.so.0'} (missing from the bundle)",
        HINT,
    ]
