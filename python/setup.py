"""Build hooks of the quiverdb wheel (metadata lives in pyproject.toml).

- Bundling: when QUIVERDB_BUNDLE_DIR names a directory, the native libraries in it are copied
  into the wheel's quiverdb/_libs/ as regular files (symlinks dereferenced: wheels cannot hold
  symlinks), where the loader finds them first. The directory must hold the installed variant
  of the libraries (RUNPATH $ORIGIN), which the C build produces.
- Tagging: a wheel with bundled libraries is platform-specific but has no CPython extension, so
  it is tagged py3-none-<platform>, where the manylinux level is the highest GLIBC_2.X symbol
  version the bundled files need (read from the files, never assumed; at least 2.17). Without
  bundled libraries the wheel is pure (py3-none-any). `make wheel` (python/tools/build_wheel.sh)
  prepares the directory and builds the wheel.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import List, Tuple

from setuptools import Distribution, setup
from setuptools.command.build_py import build_py

try:
    from setuptools.command.bdist_wheel import bdist_wheel
except ImportError:  # setuptools < 70 keeps it in the wheel package
    from wheel.bdist_wheel import bdist_wheel  # type: ignore[no-redef]

SOVERSION = "0"
MANYLINUX_FLOOR = 17


def bundled_names() -> List[str]:
    if sys.platform == "win32":
        return ["libquiver_c.dll", "libquiver.dll", "sqlite3.dll"]
    if sys.platform == "darwin":
        return [f"libquiver_c.{SOVERSION}.dylib", f"libquiver.{SOVERSION}.dylib", "libsqlite3.0.dylib"]
    return [f"libquiver_c.so.{SOVERSION}", f"libquiver.so.{SOVERSION}", "libsqlite3.so.0"]


def bundle_dir() -> Path:
    value = os.environ.get("QUIVERDB_BUNDLE_DIR", "").strip()
    return Path(value) if value else Path()


def glibc_minor(path: Path) -> int:
    """The highest X of the GLIBC_2.X symbol versions ``path`` needs."""
    for command in (["objdump", "-T", str(path)], ["readelf", "-V", "--wide", str(path)]):
        try:
            output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        except (OSError, subprocess.CalledProcessError):
            continue
        return max((int(m) for m in re.findall(r"GLIBC_2\.(\d+)", output)), default=0)
    raise SystemExit(f"quiverdb: cannot read the symbol versions of {path}: need objdump or readelf")


class BuildPyWithLibraries(build_py):
    """Copies the libraries named by QUIVERDB_BUNDLE_DIR into quiverdb/_libs/."""

    def run(self) -> None:
        super().run()
        source = bundle_dir()
        if source == Path():
            return
        missing = [name for name in bundled_names() if not (source / name).is_file()]
        if missing:
            raise SystemExit(f"quiverdb: QUIVERDB_BUNDLE_DIR={source} lacks {', '.join(missing)}")
        target = Path(self.build_lib) / "quiverdb" / "_libs"
        target.mkdir(parents=True, exist_ok=True)
        for name in bundled_names():
            shutil.copyfile(source / name, target / name)  # follows symlinks: a regular file


class BundlingDistribution(Distribution):
    """Counts as binary when bundling, so the package lands at the wheel root (platlib), not in .data/."""

    def has_ext_modules(self) -> bool:
        return bundle_dir() != Path()


class BdistWheelTagged(bdist_wheel):
    """py3-none-<platform> when libraries are bundled, py3-none-any otherwise."""

    def get_tag(self) -> Tuple[str, str, str]:
        if bundle_dir() == Path():
            return super().get_tag()
        if sys.platform.startswith("linux"):
            # pip recognises no manylinux_2_X tag below 2_17 (manylinux2014), so a wheel whose
            # files need an older glibc is tagged with that oldest recognised level.
            level = max([MANYLINUX_FLOOR] + [glibc_minor(bundle_dir() / name) for name in bundled_names()])
            return "py3", "none", f"manylinux_2_{level}_{platform.machine()}"
        _, _, platform_tag = super().get_tag()
        return "py3", "none", platform_tag


setup(distclass=BundlingDistribution,
      cmdclass={"build_py": BuildPyWithLibraries, "bdist_wheel": BdistWheelTagged})
