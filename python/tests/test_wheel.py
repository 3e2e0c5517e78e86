"""Packaging (spec §10.1-10.3): pure and bundling wheels build offline with setuptools, and a
bundling wheel installs and loads its own libraries."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import BINDING_ROOT

_LIBRARY_UNDER_TEST = os.environ.get("QUIVERDB_LIBRARY_PATH", "").strip()
PACKAGE_FILES = {"__init__.py", "_c_api.py", "_datetime.py", "_declarations.py", "_helpers.py", "_loader.py",
                 "database.py", "database_csv_export.py", "database_csv_import.py", "database_options.py",
                 "element.py", "exceptions.py", "lua_runner.py", "metadata.py", "py.typed"}


def _can_build() -> bool:
    probe = subprocess.run([sys.executable, "-c", "import setuptools, wheel, pip"], capture_output=True)
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(not _can_build(), reason="pip, setuptools and wheel are needed to build wheels")


def build_wheel(tmp_path: Path, bundle: Path = Path()) -> Path:
    source = tmp_path / "source"
    shutil.copytree(BINDING_ROOT, source, ignore=shutil.ignore_patterns("__pycache__", "build", "*.egg-info"))
    env = dict(os.environ, PIP_NO_CACHE_DIR="1", PIP_DISABLE_PIP_VERSION_CHECK="1")
    env.pop("QUIVERDB_BUNDLE_DIR", None)
    if bundle != Path():
        env["QUIVERDB_BUNDLE_DIR"] = str(bundle)
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-build-isolation", "--no-deps",
                             "--no-index", "-w", str(tmp_path / "dist"), str(source)],
                            capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    return wheel


def test_pure_wheel(tmp_path):
    wheel = build_wheel(tmp_path)
    assert wheel.name == "quiverdb-0.10.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = archive.read("quiverdb-0.10.0.dist-info/METADATA").decode()
    assert {n[len("quiverdb/"):] for n in names if n.startswith("quiverdb/")} == PACKAGE_FILES
    assert all(n.startswith(("quiverdb/", "quiverdb-0.10.0.dist-info/")) for n in names)
    assert re.search(r"^Requires-Dist: cffi ?\(?>=1\.15\)?$", metadata, re.M)
    assert "Requires-Python: >=3.9" in metadata


@pytest.mark.skipif(not _LIBRARY_UNDER_TEST, reason="needs the freshly built library")
def test_bundling_wheel(tmp_path):
    library = Path(_LIBRARY_UNDER_TEST)
    library = library / "libquiver_c.so.0" if library.is_dir() else library
    sqlite = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True).stdout
    sqlite_paths = [line.split(" => ")[1] for line in sqlite.splitlines()
                    if "libsqlite3.so.0 " in line and "x86-64" in line]
    if not sqlite_paths:
        pytest.skip("no system libsqlite3.so.0 to bundle")
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    for target in (library, library.parent / "libquiver.so.0", Path(sqlite_paths[0])):
        (bundle / target.name).symlink_to(target)
    wheel = build_wheel(tmp_path, bundle)
    assert wheel.name.startswith("quiverdb-0.10.0-py3-none-manylinux_2_")
    with zipfile.ZipFile(wheel) as archive:
        infos = {info.filename: info for info in archive.infolist()}
        assert "Root-Is-Purelib: false" in archive.read("quiverdb-0.10.0.dist-info/WHEEL").decode()
    libs = {"quiverdb/_libs/libquiver_c.so.0", "quiverdb/_libs/libquiver.so.0", "quiverdb/_libs/libsqlite3.so.0"}
    assert libs <= set(infos)
    for name in libs:  # regular files with the real contents, not symlinks
        assert (infos[name].external_attr >> 28) != 0o12
        assert infos[name].file_size == (bundle / name.rsplit("/", 1)[1]).resolve().stat().st_size
    assert not [n for n in infos if n.startswith("quiverdb-0.10.0.data/")]

    target = tmp_path / "site"
    result = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--target",
                             str(target), str(wheel)], capture_output=True, text=True,
                            env=dict(os.environ, PIP_NO_CACHE_DIR="1", PIP_DISABLE_PIP_VERSION_CHECK="1"))
    assert result.returncode == 0, result.stderr
    env = dict(os.environ, PYTHONPATH=str(target))
    env.pop("QUIVERDB_LIBRARY_PATH", None)
    env.pop("LD_LIBRARY_PATH", None)
    result = subprocess.run([sys.executable, "-m", "quiverdb._loader"], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[:3] == ["OK: loaded via 'bundled'",
                                              f"  library: {target / 'quiverdb' / '_libs' / 'libquiver_c.so.0'}",
                                              "  version: 0.10.0"]
