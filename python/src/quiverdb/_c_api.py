"""The cffi (ABI mode) interface to libquiver_c: ``ffi`` with every C declaration, and ``get_lib()``.

Importing this module parses the declarations but does not load the library; the first
``get_lib()`` call does, through ``_loader``.
"""

from __future__ import annotations

from typing import Any

import cffi

from ._declarations import CDEF

ffi = cffi.FFI()
ffi.cdef(CDEF)

_lib: Any = None


def get_lib() -> Any:
    """Returns the loaded libquiver_c, loading it on first use (``RuntimeError`` if it cannot be)."""
    global _lib
    if _lib is None:
        from . import _loader

        _lib = _loader.load_library(ffi)
    return _lib
