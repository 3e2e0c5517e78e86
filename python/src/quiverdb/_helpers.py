"""Status checking and string decoding shared by every module that calls the C API."""

from __future__ import annotations

from typing import Any, Optional

from ._c_api import ffi, get_lib
from .exceptions import QuiverError


def check(err: int) -> None:
    """Raises ``QuiverError`` with the calling thread's last C error when ``err`` is not QUIVER_OK."""
    if err != 0:
        message = get_lib().quiver_get_last_error()
        text = ffi.string(message).decode("utf-8") if message != ffi.NULL else ""
        raise QuiverError(text or "Unknown error")


def decode_string(ptr: Any) -> str:
    """Decodes a non-NULL ``char*`` as strict UTF-8."""
    return ffi.string(ptr).decode("utf-8")


def decode_string_or_none(ptr: Any) -> Optional[str]:
    """Like ``decode_string``, with NULL giving ``None``."""
    if ptr == ffi.NULL:
        return None
    return ffi.string(ptr).decode("utf-8")
