"""Finds and loads libquiver_c (spec §9); ``python -m quiverdb._loader`` prints a diagnostic.

Order: the ``QUIVERDB_LIBRARY_PATH`` override, the copies bundled in ``quiverdb/_libs/``, then
the system library by versioned SONAME, ``ctypes.util.find_library`` and the unversioned name.
The override and a present bundle are authoritative: when they fail nothing else is tried,
because loading some other copy would hide a broken configuration or install. A bundle must be
complete (libquiver_c, libquiver and libsqlite3): with one file gone the dynamic linker would
quietly take that library from the system instead. A loaded library whose major.minor version
differs from the headers the declarations were generated from is refused, since ABI mode cannot
detect layout changes.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from pathlib import Path
from typing import Any, List, Optional, Set, Tuple

from ._declarations import VERSION

_SOVERSION = "0"


def _platform_names() -> Tuple[List[str], List[str]]:
    if sys.platform == "win32":
        return ["libquiver_c.dll"], ["libquiver.dll"]
    if sys.platform == "darwin":
        return ([f"libquiver_c.{_SOVERSION}.dylib", "libquiver_c.dylib"],
                [f"libquiver.{_SOVERSION}.dylib", "libquiver.dylib"])
    return ([f"libquiver_c.so.{_SOVERSION}", "libquiver_c.so"],
            [f"libquiver.so.{_SOVERSION}", "libquiver.so"])


def _bundled_names() -> List[str]:
    """The files a bundling wheel carries in ``_libs/`` (setup.py's ``bundled_names()``)."""
    if sys.platform == "win32":
        return ["libquiver_c.dll", "libquiver.dll", "sqlite3.dll"]
    if sys.platform == "darwin":
        return [f"libquiver_c.{_SOVERSION}.dylib", f"libquiver.{_SOVERSION}.dylib", "libsqlite3.0.dylib"]
    return [f"libquiver_c.so.{_SOVERSION}", f"libquiver.so.{_SOVERSION}", "libsqlite3.so.0"]


_C_API_NAMES, _CORE_NAMES = _platform_names()
_BUNDLED_NAMES = _bundled_names()
_PACKAGE_DIR = Path(__file__).resolve().parent
_LIBS_DIR = _PACKAGE_DIR / "_libs"
_ENV_VAR = "QUIVERDB_LIBRARY_PATH"
_HINT = ("Set QUIVERDB_LIBRARY_PATH to the library file or its directory, install the Quiver "
         "runtime libraries (after 'make install', run 'ldconfig' as root so the dynamic loader "
         "finds them), or install a quiverdb wheel that bundles them.")

_load_source = ""
_loaded_library = ""
_dll_dir_handle: Any = None
# The pre-loaded core library; dropping the handle could unload it.
_core_handle: Any = None


class _LoadError(Exception):
    """One place failed in a way that ends the search (override or bundle)."""

    def __init__(self, library: str) -> None:
        super().__init__(library)
        self.library = library


def _error(library: str, attempts: List[str]) -> RuntimeError:
    lines = [f"Cannot load native library {library}. Searched:"]
    lines += [f"  - {attempt}" for attempt in attempts]
    lines.append(_HINT)
    return RuntimeError("\n".join(lines))


def _first_existing(directory: Path, names: List[str]) -> Optional[Path]:
    for name in names:
        candidate = directory / name
        if candidate.is_file():
            return candidate
    return None


def _add_dll_directory(directory: Path) -> None:
    global _dll_dir_handle
    if sys.platform == "win32":
        _dll_dir_handle = os.add_dll_directory(str(directory))  # type: ignore[attr-defined]


def _open_from_directory(ffi: Any, strategy: str, directory: Path, library: Path,
                         attempts: List[str]) -> Any:
    """Pre-loads the core found next to ``library``, then opens ``library``; both by absolute path."""
    global _core_handle
    _add_dll_directory(directory)
    core = _first_existing(directory, _CORE_NAMES)
    if core is not None:
        try:
            _core_handle = ffi.dlopen(str(core))
        except OSError as exc:
            attempts.append(f"{strategy}: {core} (dlopen failed: {exc})")
            raise _LoadError(core.name) from None
    try:
        return ffi.dlopen(str(library))
    except OSError as exc:
        attempts.append(f"{strategy}: {library} (dlopen failed: {exc})")
        raise _LoadError(library.name) from None


def _from_env(ffi: Any, attempts: List[str]) -> Any:
    value = os.environ.get(_ENV_VAR, "").strip()
    if not value:
        attempts.append(f"{_ENV_VAR}: (not set)")
        return None
    path = Path(os.path.abspath(value))
    if path.is_file():
        library = path
    elif path.is_dir():
        found = _first_existing(path, _C_API_NAMES)
        if found is None:
            attempts.append(f"{_ENV_VAR}: {path} (no {' or '.join(_C_API_NAMES)} in directory)")
            raise _LoadError(_C_API_NAMES[0])
        library = found
    else:
        attempts.append(f"{_ENV_VAR}: {path} (does not exist)")
        raise _LoadError(_C_API_NAMES[0])
    return _open_from_directory(ffi, _ENV_VAR, library.parent, library, attempts), library


def _from_bundle(ffi: Any, attempts: List[str]) -> Any:
    if not _LIBS_DIR.is_dir():
        attempts.append(f"bundled: {_LIBS_DIR} (not found)")
        return None
    missing = [name for name in _BUNDLED_NAMES if not (_LIBS_DIR / name).is_file()]
    if missing:
        attempts.extend(f"bundled: {_LIBS_DIR / name} (missing from the bundle)" for name in missing)
        raise _LoadError(missing[0])
    library = _LIBS_DIR / _C_API_NAMES[0]
    return _open_from_directory(ffi, "bundled", _LIBS_DIR, library, attempts), library


def _from_system(ffi: Any, attempts: List[str]) -> Any:
    global _core_handle
    if sys.platform == "win32":
        try:
            _core_handle = ffi.dlopen(_CORE_NAMES[0])
        except OSError:
            pass  # best effort: the C API library's own load reports what is missing
    tried: Set[str] = set()

    def attempt(name: str, place: str) -> Any:
        if name in tried:
            return None
        tried.add(name)
        try:
            return ffi.dlopen(name), name
        except OSError as exc:
            attempts.append(f"system: {place} (dlopen failed: {exc})")
            return None

    result = attempt(_C_API_NAMES[0], _C_API_NAMES[0])
    if result is None:
        found = ctypes.util.find_library("quiver_c")
        if found is None:
            attempts.append("system: ctypes.util.find_library('quiver_c') (no match)")
        else:
            result = attempt(found, f"{found} (from ctypes.util.find_library('quiver_c'))")
    for name in _C_API_NAMES[1:]:
        if result is None:
            result = attempt(name, name)
    return result


def _major_minor(version: str) -> Tuple[str, ...]:
    return tuple(version.split(".")[:2])


def _check_version(ffi: Any, lib: Any, where: str) -> None:
    try:
        found = ffi.string(lib.quiver_version()).decode("utf-8")
    except AttributeError:
        raise RuntimeError(f"Native library {where} is not libquiver_c: it has no quiver_version") from None
    if _major_minor(found) != _major_minor(VERSION):
        raise RuntimeError(
            f"Native library {where} is libquiver_c {found}, but this quiverdb was generated from "
            f"the {VERSION} C API headers; the major.minor versions must be equal. "
            f"Install a matching quiverdb or Quiver runtime, or set {_ENV_VAR}."
        )


def load_library(ffi: Any) -> Any:
    """Loads libquiver_c for ``ffi``, records how (``_load_source``, ``_loaded_library``) and returns it."""
    global _load_source, _loaded_library
    attempts: List[str] = []
    for source, strategy in (("env", _from_env), ("bundled", _from_bundle), ("system", _from_system)):
        try:
            result = strategy(ffi, attempts)
        except _LoadError as failure:
            raise _error(failure.library, attempts) from None
        if result is not None:
            lib, library = result
            _check_version(ffi, lib, str(library))
            _load_source = source
            _loaded_library = str(library)
            return lib
    raise _error(_C_API_NAMES[0], attempts) from None


def _main() -> int:
    from quiverdb._c_api import ffi

    env = os.environ.get(_ENV_VAR, "").strip() or "(not set)"
    context = [
        f"  _libs dir: {_LIBS_DIR}",
        f"  _libs exists: {_LIBS_DIR.is_dir()}",
        f"  {_ENV_VAR}: {env}",
    ]
    try:
        lib = load_library(ffi)
    except RuntimeError as exc:
        print(f"FAIL: {exc}")
        print("\n".join(context))
        return 1
    print(f"OK: loaded via '{_load_source}'")
    print(f"  library: {_loaded_library}")
    print(f"  version: {ffi.string(lib.quiver_version()).decode('utf-8')}")
    print("\n".join(context))
    return 0


if __name__ == "__main__":
    sys.exit(_main())
