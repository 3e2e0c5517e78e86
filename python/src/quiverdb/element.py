"""``Element``: the attribute builder behind ``create_element`` and ``update_element`` (internal)."""

from __future__ import annotations

from typing import Any, List

from ._c_api import ffi, get_lib
from ._helpers import check, decode_string
from .exceptions import QuiverError


class Element:
    """Wraps a ``quiver_element_t*``: a bag of named scalars and arrays for one write."""

    def __init__(self) -> None:
        # Set before the C call so that __del__ is safe if creation fails.
        self._ptr: Any = ffi.NULL
        self._destroyed = True
        lib = get_lib()
        out = ffi.new("quiver_element_t**")
        check(lib.quiver_element_create(out))
        self._ptr = out[0]
        self._destroyed = False

    def _ensure_alive(self) -> None:
        if self._destroyed:
            raise QuiverError("Element has been destroyed")

    def set(self, name: str, value: object) -> Element:
        """Sets attribute ``name``; ``None`` is SQL NULL and a list sets an array. Returns ``self``."""
        self._ensure_alive()
        lib = get_lib()
        c_name = name.encode("utf-8")
        # bool before int: bool is an int subclass but is stored as 1/0 explicitly.
        if value is None:
            check(lib.quiver_element_set_null(self._ptr, c_name))
        elif isinstance(value, bool):
            check(lib.quiver_element_set_integer(self._ptr, c_name, int(value)))
        elif isinstance(value, int):
            check(lib.quiver_element_set_integer(self._ptr, c_name, value))
        elif isinstance(value, float):
            check(lib.quiver_element_set_float(self._ptr, c_name, value))
        elif isinstance(value, str):
            check(lib.quiver_element_set_string(self._ptr, c_name, value.encode("utf-8")))
        elif isinstance(value, list):
            self._set_array(lib, name, c_name, value)
        else:
            raise TypeError(f"Unsupported type {type(value).__name__} for Element.set('{name}')")
        return self

    def _set_array(self, lib: Any, name: str, c_name: bytes, values: List[Any]) -> None:
        # The first item decides the array type, as in the quiverdb 0.10 API; cffi rejects
        # items that do not convert to it.
        if not values:
            check(lib.quiver_element_set_array_integer(self._ptr, c_name, ffi.NULL, 0, ffi.NULL))
            return
        first = values[0]
        count = len(values)
        if isinstance(first, bool):
            array = ffi.new("int64_t[]", [int(v) for v in values])
            check(lib.quiver_element_set_array_integer(self._ptr, c_name, array, count, ffi.NULL))
        elif isinstance(first, int):
            array = ffi.new("int64_t[]", values)
            check(lib.quiver_element_set_array_integer(self._ptr, c_name, array, count, ffi.NULL))
        elif isinstance(first, float):
            array = ffi.new("double[]", values)
            check(lib.quiver_element_set_array_float(self._ptr, c_name, array, count, ffi.NULL))
        elif isinstance(first, str):
            buffers = [ffi.new("char[]", v.encode("utf-8")) for v in values]
            array = ffi.new("char*[]", buffers)
            check(lib.quiver_element_set_array_string(self._ptr, c_name, array, count, ffi.NULL))
        else:
            raise TypeError(f"Unsupported array element type {type(first).__name__} for Element.set('{name}')")

    def clear(self) -> None:
        """Removes every attribute."""
        self._ensure_alive()
        check(get_lib().quiver_element_clear(self._ptr))

    def destroy(self) -> None:
        """Releases the C element; idempotent."""
        if self._destroyed:
            return
        get_lib().quiver_element_destroy(self._ptr)
        self._ptr = ffi.NULL
        self._destroyed = True

    def __repr__(self) -> str:
        if self._destroyed:
            return "Element(destroyed)"
        lib = get_lib()
        out = ffi.new("char**")
        check(lib.quiver_element_to_string(self._ptr, out))
        try:
            return decode_string(out[0])
        finally:
            lib.quiver_database_free_string(out[0])

    def __del__(self) -> None:
        if not getattr(self, "_destroyed", True):
            self.destroy()
