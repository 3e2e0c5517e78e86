"""``Database``: the Pythonic handle over libquiver_c, and the marshalling helpers it uses.

Every method checks the handle is open before marshalling anything, converts C results into
Python objects, and frees what the C library handed over in a ``finally`` block right away.
"""

from __future__ import annotations

import warnings
from contextlib import contextmanager
from datetime import datetime
from typing import Any, Callable, Dict, Iterator, List, Optional, Sequence, Tuple

from ._c_api import ffi, get_lib
from ._datetime import format_datetime, parse_datetime
from ._helpers import check, decode_string, decode_string_or_none
from .database_csv_export import DatabaseCSVExport
from .database_csv_import import DatabaseCSVImport
from .element import Element
from .exceptions import QuiverError
from .metadata import DataType, GroupMetadata, ScalarMetadata

_parse_datetime = parse_datetime

_INTEGER = int(DataType.INTEGER)
_FLOAT = int(DataType.FLOAT)
_STRING = int(DataType.STRING)
_DATE_TIME = int(DataType.DATE_TIME)
_NULL = int(DataType.NULL)


def _marshal_params(parameters: Sequence[object]) -> Tuple[List[Any], Any, Any]:
    """Query parameters as parallel ``int[]`` type codes and ``void*[]`` values (spec §5.2)."""
    count = len(parameters)
    keepalive: List[Any] = []
    c_types = ffi.new("int[]", count)
    c_values = ffi.new("void*[]", count)
    for i, value in enumerate(parameters):
        if value is None:
            c_types[i] = _NULL
            c_values[i] = ffi.NULL
            continue
        if isinstance(value, int):
            c_types[i] = _INTEGER
            buffer = ffi.new("int64_t*", value)
        elif isinstance(value, float):
            c_types[i] = _FLOAT
            buffer = ffi.new("double*", value)
        elif isinstance(value, str):
            c_types[i] = _STRING
            buffer = ffi.new("char[]", value.encode("utf-8"))
        else:
            raise TypeError(
                f"Unsupported parameter type: {type(value).__name__}. Expected int, float, str, or None."
            )
        keepalive.append(buffer)
        c_values[i] = buffer
    return keepalive, c_types, c_values


def _column_kind(name: str, values: Sequence[object]) -> Tuple[int, bool]:
    """Decides a group column's C type from all its non-``None`` values.

    Returns ``(type code, is_datetime)``. Only ints/bools give INTEGER; any float among numbers
    gives FLOAT; only str, or only datetime, give STRING. Nothing is truncated silently.
    """
    first: Any = None
    kind: Optional[str] = None
    for value in values:
        if value is None:
            continue
        if kind is None:
            first = value
            if isinstance(value, datetime):
                kind = "datetime"
            elif isinstance(value, str):
                kind = "str"
            elif isinstance(value, int):
                kind = "int"
            elif isinstance(value, float):
                kind = "float"
            else:
                raise TypeError(f"Unsupported value type for column '{name}': {type(value).__name__}")
            continue
        if kind in ("int", "float") and isinstance(value, (int, float)):
            if isinstance(value, float):
                kind = "float"
            continue
        if kind == "str" and isinstance(value, str):
            continue
        if kind == "datetime" and isinstance(value, datetime):
            continue
        raise TypeError(
            f"Mixed value types for column '{name}': {type(first).__name__} and {type(value).__name__}"
        )
    if kind == "int":
        return _INTEGER, False
    if kind in ("str", "datetime"):
        return _STRING, kind == "datetime"
    return _FLOAT, False  # a float column, or one with no value at all (every cell masked)


def _marshal_group_columns(data: Dict[str, Sequence[object]]) -> Tuple[List[Any], Any, Any, Any, Any, int, int]:
    """Columnar block for the group writers (spec §5.4).

    Returns ``(keepalive, names, types, data, masks, column_count, row_count)``.
    """
    columns = list(data.items())
    row_count = len(columns[0][1])
    for name, values in columns:
        if len(values) != row_count:
            raise ValueError(f"All column lists must have the same length, got {len(values)} for '{name}'")
    column_count = len(columns)
    keepalive: List[Any] = []
    c_names = ffi.new("char*[]", column_count)
    c_types = ffi.new("int[]", column_count)
    c_data = ffi.new("void*[]", column_count)
    c_masks = ffi.new("uint8_t*[]", column_count)
    for c, (name, values) in enumerate(columns):
        c_name = ffi.new("char[]", name.encode("utf-8"))
        type_code, is_datetime = _column_kind(name, values)
        mask = ffi.new("uint8_t[]", [0 if v is None else 1 for v in values])
        if type_code == _INTEGER:
            array = ffi.new("int64_t[]", [0 if v is None else int(v) for v in values])  # type: ignore[call-overload]
        elif type_code == _FLOAT:
            array = ffi.new("double[]", [0.0 if v is None else float(v) for v in values])  # type: ignore[arg-type]
        else:
            texts = [ffi.NULL if v is None else
                     ffi.new("char[]", (format_datetime(v) if is_datetime else v).encode("utf-8"))  # type: ignore[union-attr]
                     for v in values]
            keepalive.append(texts)
            array = ffi.new("char*[]", texts)
        keepalive += [c_name, mask, array]
        c_names[c] = c_name
        c_types[c] = type_code
        c_data[c] = array
        c_masks[c] = mask
    return keepalive, c_names, c_types, c_data, c_masks, column_count, row_count


def _parse_scalar_metadata(metadata: Any) -> ScalarMetadata:
    return ScalarMetadata(
        name=decode_string(metadata.name),
        data_type=DataType(int(metadata.data_type)),
        not_null=bool(metadata.not_null),
        primary_key=bool(metadata.primary_key),
        default_value=decode_string_or_none(metadata.default_value),
        is_foreign_key=bool(metadata.is_foreign_key),
        references_collection=decode_string_or_none(metadata.references_collection),
        references_column=decode_string_or_none(metadata.references_column),
    )


def _parse_group_metadata(metadata: Any) -> GroupMetadata:
    return GroupMetadata(
        group_name=decode_string(metadata.group_name),
        dimension_column=decode_string_or_none(metadata.dimension_column) or "",
        value_columns=[_parse_scalar_metadata(metadata.value_columns[i])
                       for i in range(metadata.value_column_count)],
    )


def _strings(array: Any, count: int) -> List[Optional[str]]:
    """Decodes ``count`` entries of a ``char**``; NULL entries become ``None``."""
    return [None if p == ffi.NULL else ffi.string(p).decode("utf-8") for p in ffi.unpack(array, count)]


def _apply_mask(values: List[Any], mask: Any, count: int) -> List[Any]:
    if mask == ffi.NULL:
        return values
    present = ffi.unpack(ffi.cast("char*", mask), count)
    return [value if flag else None for value, flag in zip(values, present)]


# C element type of the arrays the readers return, by the type code they report.
_C_TYPES = {_INTEGER: "int64_t", _FLOAT: "double", _STRING: "char*", _DATE_TIME: "char*"}


def _unpack(c_type: str, array: Any, count: int) -> List[Any]:
    """Copies ``count`` items of a C array of ``c_type`` (int64_t, double or char*) into a list."""
    if c_type == "char*":
        return _strings(ffi.cast("char**", array), count)
    return ffi.unpack(ffi.cast(f"{c_type}*", array), count)


def _free_array(lib: Any, c_type: str, array: Any, count: int) -> None:
    """Releases a C array of ``c_type`` with the free function the C API pairs with it."""
    if c_type == "int64_t":
        lib.quiver_database_free_integer_array(ffi.cast("int64_t*", array))
    elif c_type == "double":
        lib.quiver_database_free_float_array(ffi.cast("double*", array))
    else:
        lib.quiver_database_free_string_array(ffi.cast("char**", array), count)


def _take_array(lib: Any, c_type: str, array: Any, count: int) -> List[Any]:
    """Copies a C array of ``c_type`` that a reader returned into a list, then frees it."""
    try:
        if count == 0 or array == ffi.NULL:
            return []
        return _unpack(c_type, array, count)
    finally:
        _free_array(lib, c_type, array, count)


def _block_column(type_code: int, data: Any, mask: Any, rows: int) -> List[Any]:
    """One column of a native group block as Python values, SQL NULL cells as ``None``."""
    if type_code not in _C_TYPES:
        raise QuiverError(f"Unknown column type {type_code} returned by the C library")
    return _apply_mask(_unpack(_C_TYPES[type_code], data, rows), mask, rows)


def _text(value: str) -> bytes:
    return value.encode("utf-8")


class Database(DatabaseCSVExport, DatabaseCSVImport):
    """A Quiver database. Obtain one with ``from_schema``, ``from_migrations`` or ``open``."""

    def __init__(self, ptr: Any) -> None:
        self._ptr = ptr
        self._closed = False

    # ----------------------------------------------------------------- lifecycle

    @staticmethod
    def _make_options(read_only: bool, console_level: Optional[int]) -> Any:
        lib = get_lib()
        options = ffi.new("quiver_database_options_t*", lib.quiver_database_options_default())
        options.read_only = 1 if read_only else 0
        if console_level is not None:
            options.console_level = console_level
        return options

    @staticmethod
    def _open_with(function: Callable[..., int], paths: Tuple[str, ...], read_only: bool,
                   console_level: Optional[int]) -> Database:
        options = Database._make_options(read_only, console_level)
        out = ffi.new("quiver_database_t**")
        check(function(*[_text(path) for path in paths], options, out))
        return Database(out[0])

    @staticmethod
    def from_schema(db_path: str, schema_path: str, *, read_only: bool = False,
                    console_level: Optional[int] = None) -> Database:
        """Creates the database at ``db_path`` (or ``":memory:"``) from an SQL schema file."""
        return Database._open_with(get_lib().quiver_database_from_schema, (db_path, schema_path),
                                   read_only, console_level)

    @staticmethod
    def from_migrations(db_path: str, migrations_path: str, *, read_only: bool = False,
                        console_level: Optional[int] = None) -> Database:
        """Opens or creates the database at ``db_path`` and applies a migrations directory."""
        return Database._open_with(get_lib().quiver_database_from_migrations, (db_path, migrations_path),
                                   read_only, console_level)

    @staticmethod
    def open(db_path: str, *, read_only: bool = False, console_level: Optional[int] = None) -> Database:
        """Opens an existing database file."""
        return Database._open_with(get_lib().quiver_database_open, (db_path,), read_only, console_level)

    def _ensure_open(self) -> None:
        if self._closed:
            raise QuiverError("Database has been closed")

    def close(self) -> None:
        """Closes the database; idempotent."""
        if self._closed:
            return
        check(get_lib().quiver_database_close(self._ptr))
        self._ptr = ffi.NULL
        self._closed = True

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    def __del__(self) -> None:
        # Safety net only: callers are expected to close (or use ``with``).
        if not getattr(self, "_closed", True):
            warnings.warn("Database was not closed explicitly", ResourceWarning, stacklevel=2)
            self.close()

    def __repr__(self) -> str:
        if self._closed:
            return "Database(closed)"
        return f"Database(path={self.path()!r})"

    def path(self) -> str:
        """The path the database was opened with."""
        self._ensure_open()
        out = ffi.new("const char**")
        check(get_lib().quiver_database_path(self._ptr, out))
        return decode_string(out[0])

    def current_version(self) -> int:
        """The schema version (the migration number; 0 for a schema-file database)."""
        self._ensure_open()
        out = ffi.new("int64_t*")
        check(get_lib().quiver_database_current_version(self._ptr, out))
        return int(out[0])

    def _flag(self, function: Callable[..., int], *args: Any) -> bool:
        """Calls a C predicate whose last out-parameter is an ``int``."""
        out = ffi.new("int*")
        check(function(self._ptr, *args, out))
        return out[0] != 0

    def is_healthy(self) -> bool:
        """Whether the handle holds an open connection."""
        self._ensure_open()
        return self._flag(get_lib().quiver_database_is_healthy)

    # ----------------------------------------------------------------- reports

    def _report(self, function: Callable[..., int], *args: Any) -> str:
        lib = get_lib()
        out = ffi.new("char**")
        check(function(self._ptr, *args, out))
        try:
            return decode_string(out[0])
        finally:
            lib.quiver_database_free_string(out[0])

    def describe(self) -> str:
        """A text report of every collection of the database."""
        self._ensure_open()
        return self._report(get_lib().quiver_database_describe)

    def describe_collection(self, collection: str) -> str:
        """A text report of the structure of ``collection``."""
        self._ensure_open()
        return self._report(get_lib().quiver_database_describe_collection, _text(collection))

    def summarize_collection(self, collection: str) -> str:
        """A text report of the data coverage of ``collection``."""
        self._ensure_open()
        return self._report(get_lib().quiver_database_summarize_collection, _text(collection))

    # ----------------------------------------------------------------- element writes

    def _build_element(self, kwargs: Dict[str, object]) -> Element:
        element = Element()
        try:
            for name, value in kwargs.items():
                element.set(name, value)
        except BaseException:
            element.destroy()
            raise
        return element

    def create_element(self, collection: str, **kwargs: object) -> int:
        """Creates one element from keyword attributes and returns its id."""
        self._ensure_open()
        element = self._build_element(kwargs)
        try:
            out = ffi.new("int64_t*")
            check(get_lib().quiver_database_create_element(self._ptr, _text(collection), element._ptr, out))
            return int(out[0])
        finally:
            element.destroy()

    def update_element(self, collection: str, id: int, **kwargs: object) -> None:
        """Updates the given attributes of element ``id``; a list replaces that column's rows."""
        self._ensure_open()
        element = self._build_element(kwargs)
        try:
            check(get_lib().quiver_database_update_element(self._ptr, _text(collection), id, element._ptr))
        finally:
            element.destroy()

    def delete_element(self, collection: str, id: int) -> None:
        """Deletes element ``id``; its group rows cascade."""
        self._ensure_open()
        check(get_lib().quiver_database_delete_element(self._ptr, _text(collection), id))

    # ----------------------------------------------------------------- transactions and dry runs

    def begin_transaction(self) -> None:
        self._ensure_open()
        check(get_lib().quiver_database_begin_transaction(self._ptr))

    def commit(self) -> None:
        self._ensure_open()
        check(get_lib().quiver_database_commit(self._ptr))

    def rollback(self) -> None:
        self._ensure_open()
        check(get_lib().quiver_database_rollback(self._ptr))

    def in_transaction(self) -> bool:
        self._ensure_open()
        return self._flag(get_lib().quiver_database_in_transaction)

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """Runs the block in a transaction: committed on success, rolled back on any exception."""
        self._ensure_open()
        self.begin_transaction()
        try:
            yield self
            self.commit()
        except BaseException:
            try:
                self.rollback()
            except Exception:
                pass  # the block's exception is the one worth reporting
            raise

    def begin_dry_run(self) -> None:
        self._ensure_open()
        check(get_lib().quiver_database_begin_dry_run(self._ptr))

    def end_dry_run(self) -> None:
        self._ensure_open()
        check(get_lib().quiver_database_end_dry_run(self._ptr))

    def in_dry_run(self) -> bool:
        self._ensure_open()
        return self._flag(get_lib().quiver_database_in_dry_run)

    @contextmanager
    def dry_run(self) -> Iterator[Database]:
        """Runs the block in a dry run: everything written inside is rolled back."""
        self.begin_dry_run()
        try:
            yield self
        except BaseException:
            try:
                self.end_dry_run()
            except Exception:
                pass  # the block's exception is the one worth reporting
            raise
        self.end_dry_run()

    # ----------------------------------------------------------------- queries

    def _query(self, plain: Callable[..., int], with_parameters: Callable[..., int], sql: str,
               parameters: Optional[list], out: Any) -> bool:
        """Runs a typed query into ``out`` (the ``_params`` variant when there are parameters).

        Returns whether a value came back.
        """
        has_value = ffi.new("int*")
        if parameters is None or len(parameters) == 0:
            check(plain(self._ptr, _text(sql), out, has_value))
        else:
            # keepalive holds the parameter buffers until the call has returned.
            keepalive, c_types, c_values = _marshal_params(parameters)
            check(with_parameters(self._ptr, _text(sql), c_types, c_values, len(parameters), out, has_value))
        return has_value[0] != 0

    def query_string(self, sql: str, *, parameters: Optional[list] = None) -> Optional[str]:
        """The first column of the first row as text, or ``None``."""
        self._ensure_open()
        lib = get_lib()
        out = ffi.new("char**")
        has_value = self._query(lib.quiver_database_query_string, lib.quiver_database_query_string_params,
                                sql, parameters, out)
        try:
            return decode_string_or_none(out[0]) if has_value else None
        finally:
            lib.quiver_database_free_string(out[0])

    def query_integer(self, sql: str, *, parameters: Optional[list] = None) -> Optional[int]:
        """The first column of the first row as an integer, or ``None``."""
        self._ensure_open()
        lib = get_lib()
        out = ffi.new("int64_t*")
        has_value = self._query(lib.quiver_database_query_integer, lib.quiver_database_query_integer_params,
                                sql, parameters, out)
        return int(out[0]) if has_value else None

    def query_float(self, sql: str, *, parameters: Optional[list] = None) -> Optional[float]:
        """The first column of the first row as a float, or ``None``."""
        self._ensure_open()
        lib = get_lib()
        out = ffi.new("double*")
        has_value = self._query(lib.quiver_database_query_float, lib.quiver_database_query_float_params,
                                sql, parameters, out)
        return float(out[0]) if has_value else None

    def query_date_time(self, sql: str, *, parameters: Optional[list] = None) -> Optional[datetime]:
        """The first column of the first row parsed as a UTC ``datetime``, or ``None``."""
        return _parse_datetime(self.query_string(sql, parameters=parameters))

    # ----------------------------------------------------------------- scalar reads

    def _read_array(self, function: Callable[..., int], c_type: str, *args: Any) -> List[Any]:
        """Calls a reader whose last out-parameters are (array of ``c_type``, count); copies and frees it."""
        lib = get_lib()
        values = ffi.new(f"{c_type}**")
        count = ffi.new("size_t*")
        check(function(self._ptr, *args, values, count))
        return _take_array(lib, c_type, values[0], count[0])

    def _read_scalar_numbers(self, function: Callable[..., int], c_type: str, collection: str,
                             attribute: str) -> List[Any]:
        lib = get_lib()
        values = ffi.new(f"{c_type}**")
        mask = ffi.new("uint8_t**")
        count = ffi.new("size_t*")
        check(function(self._ptr, _text(collection), _text(attribute), values, mask, count))
        try:
            if count[0] == 0 or values[0] == ffi.NULL:
                return []
            return _apply_mask(ffi.unpack(values[0], count[0]), mask[0], count[0])
        finally:
            _free_array(lib, c_type, values[0], count[0])
            lib.quiver_database_free_mask(mask[0])

    def read_scalar_integers(self, collection: str, attribute: str) -> list[Optional[int]]:
        """One value per element (element order); ``None`` for NULL."""
        self._ensure_open()
        return self._read_scalar_numbers(get_lib().quiver_database_read_scalar_integers, "int64_t",
                                         collection, attribute)

    def read_scalar_floats(self, collection: str, attribute: str) -> list[Optional[float]]:
        """One value per element (element order); ``None`` for NULL."""
        self._ensure_open()
        return self._read_scalar_numbers(get_lib().quiver_database_read_scalar_floats, "double",
                                         collection, attribute)

    def read_scalar_strings(self, collection: str, attribute: str) -> list[Optional[str]]:
        """One value per element (element order); ``None`` for NULL."""
        self._ensure_open()
        return self._read_array(get_lib().quiver_database_read_scalar_strings, "char*",
                                _text(collection), _text(attribute))

    def _read_scalar_number_by_id(self, function: Callable[..., int], c_type: str, collection: str,
                                  attribute: str, id: int) -> Any:
        out = ffi.new(f"{c_type}*")
        has_value = ffi.new("int*")
        check(function(self._ptr, _text(collection), _text(attribute), id, out, has_value))
        return out[0] if has_value[0] else None

    def read_scalar_integer_by_id(self, collection: str, attribute: str, id: int) -> Optional[int]:
        """The value of element ``id``; ``None`` for NULL or a missing element."""
        self._ensure_open()
        return self._read_scalar_number_by_id(get_lib().quiver_database_read_scalar_integer_by_id, "int64_t",
                                              collection, attribute, id)

    def read_scalar_float_by_id(self, collection: str, attribute: str, id: int) -> Optional[float]:
        """The value of element ``id``; ``None`` for NULL or a missing element."""
        self._ensure_open()
        return self._read_scalar_number_by_id(get_lib().quiver_database_read_scalar_float_by_id, "double",
                                              collection, attribute, id)

    def read_scalar_string_by_id(self, collection: str, attribute: str, id: int) -> Optional[str]:
        """The value of element ``id``; ``None`` for NULL or a missing element."""
        self._ensure_open()
        lib = get_lib()
        out = ffi.new("char**")
        has_value = ffi.new("int*")
        check(lib.quiver_database_read_scalar_string_by_id(self._ptr, _text(collection), _text(attribute),
                                                           id, out, has_value))
        try:
            if has_value[0] == 0:
                return None
            return decode_string_or_none(out[0])
        finally:
            lib.quiver_database_free_string(out[0])

    def read_element_ids(self, collection: str) -> list[int]:
        """The ids of all elements, in element order."""
        self._ensure_open()
        return self._read_array(get_lib().quiver_database_read_element_ids, "int64_t", _text(collection))

    def number_of_elements(self, collection: str) -> int:
        """The number of elements of ``collection``."""
        self._ensure_open()
        out = ffi.new("int64_t*")
        check(get_lib().quiver_database_number_of_elements(self._ptr, _text(collection), out))
        return int(out[0])

    # ----------------------------------------------------------------- date-time convenience readers

    def read_scalar_date_time_by_id(self, collection: str, attribute: str, id: int) -> Optional[datetime]:
        """``read_scalar_string_by_id`` parsed as a UTC ``datetime``."""
        return _parse_datetime(self.read_scalar_string_by_id(collection, attribute, id))

    def read_vector_date_time_by_id(self, collection: str, attribute: str, id: int) -> list[datetime]:
        """``read_vector_strings_by_id`` parsed as UTC ``datetime`` values."""
        return [_parse_datetime(v) for v in self.read_vector_strings_by_id(collection, attribute, id)]  # type: ignore[misc]

    def read_set_date_time_by_id(self, collection: str, attribute: str, id: int) -> list[datetime]:
        """``read_set_strings_by_id`` parsed as UTC ``datetime`` values."""
        return [_parse_datetime(v) for v in self.read_set_strings_by_id(collection, attribute, id)]  # type: ignore[misc]

    # ----------------------------------------------------------------- vector and set reads

    def _read_bulk(self, function: Callable[..., int], c_type: str, collection: str,
                   attribute: str) -> List[List[Any]]:
        """A bulk vector/set reader: one list per element that has rows, then the block is freed."""
        lib = get_lib()
        vectors = ffi.new(f"{c_type}***")
        sizes = ffi.new("size_t**")
        count = ffi.new("size_t*")
        check(function(self._ptr, _text(collection), _text(attribute), vectors, sizes, count))
        try:
            if count[0] == 0 or vectors[0] == ffi.NULL:
                return []
            return [_unpack(c_type, p, n) if n and p != ffi.NULL else []
                    for p, n in zip(ffi.unpack(vectors[0], count[0]), ffi.unpack(sizes[0], count[0]))]
        finally:
            if c_type == "int64_t":
                lib.quiver_database_free_integer_vectors(vectors[0], sizes[0], count[0])
            elif c_type == "double":
                lib.quiver_database_free_float_vectors(vectors[0], sizes[0], count[0])
            else:
                lib.quiver_database_free_string_vectors(vectors[0], sizes[0], count[0])

    def read_vector_integers(self, collection: str, attribute: str) -> list[list[int]]:
        """One list per element that has rows in the vector of column ``attribute``."""
        self._ensure_open()
        return self._read_bulk(get_lib().quiver_database_read_vector_integers, "int64_t",
                               collection, attribute)

    def read_vector_floats(self, collection: str, attribute: str) -> list[list[float]]:
        """One list per element that has rows in the vector of column ``attribute``."""
        self._ensure_open()
        return self._read_bulk(get_lib().quiver_database_read_vector_floats, "double",
                               collection, attribute)

    def read_vector_strings(self, collection: str, attribute: str) -> list[list[str]]:
        """One list per element that has rows in the vector of column ``attribute``."""
        self._ensure_open()
        return self._read_bulk(get_lib().quiver_database_read_vector_strings, "char*",
                               collection, attribute)

    def read_set_integers(self, collection: str, attribute: str) -> list[list[int]]:
        """One list per element that has rows in the set of column ``attribute``."""
        self._ensure_open()
        return self._read_bulk(get_lib().quiver_database_read_set_integers, "int64_t",
                               collection, attribute)

    def read_set_floats(self, collection: str, attribute: str) -> list[list[float]]:
        """One list per element that has rows in the set of column ``attribute``."""
        self._ensure_open()
        return self._read_bulk(get_lib().quiver_database_read_set_floats, "double",
                               collection, attribute)

    def read_set_strings(self, collection: str, attribute: str) -> list[list[str]]:
        """One list per element that has rows in the set of column ``attribute``."""
        self._ensure_open()
        return self._read_bulk(get_lib().quiver_database_read_set_strings, "char*",
                               collection, attribute)

    def read_vector_integers_by_id(self, collection: str, attribute: str, id: int) -> list[int]:
        """The vector of element ``id`` in ``vector_index`` order, NULL cells dropped."""
        self._ensure_open()
        return self._read_array(get_lib().quiver_database_read_vector_integers_by_id, "int64_t",
                                _text(collection), _text(attribute), id)

    def read_vector_floats_by_id(self, collection: str, attribute: str, id: int) -> list[float]:
        """The vector of element ``id`` in ``vector_index`` order, NULL cells dropped."""
        self._ensure_open()
        return self._read_array(get_lib().quiver_database_read_vector_floats_by_id, "double",
                                _text(collection), _text(attribute), id)

    def read_vector_strings_by_id(self, collection: str, attribute: str, id: int) -> list[str]:
        """The vector of element ``id`` in ``vector_index`` order, NULL cells dropped."""
        self._ensure_open()
        return self._read_array(get_lib().quiver_database_read_vector_strings_by_id, "char*",
                                _text(collection), _text(attribute), id)

    def read_set_integers_by_id(self, collection: str, attribute: str, id: int) -> list[int]:
        """The set of element ``id`` as a list, NULL cells dropped."""
        self._ensure_open()
        return self._read_array(get_lib().quiver_database_read_set_integers_by_id, "int64_t",
                                _text(collection), _text(attribute), id)

    def read_set_floats_by_id(self, collection: str, attribute: str, id: int) -> list[float]:
        """The set of element ``id`` as a list, NULL cells dropped."""
        self._ensure_open()
        return self._read_array(get_lib().quiver_database_read_set_floats_by_id, "double",
                                _text(collection), _text(attribute), id)

    def read_set_strings_by_id(self, collection: str, attribute: str, id: int) -> list[str]:
        """The set of element ``id`` as a list, NULL cells dropped."""
        self._ensure_open()
        return self._read_array(get_lib().quiver_database_read_set_strings_by_id, "char*",
                                _text(collection), _text(attribute), id)

    # ----------------------------------------------------------------- metadata

    def _get_metadata(self, function: Callable[..., int], c_type: str, parse: Callable[[Any], Any],
                      free: Callable[[Any], int], collection: str, name: str) -> Any:
        """Fills a metadata struct of ``c_type``, converts it and frees its strings."""
        metadata = ffi.new(f"{c_type}*")
        check(function(self._ptr, _text(collection), _text(name), metadata))
        try:
            return parse(metadata)
        finally:
            free(metadata)

    def _list_metadata(self, function: Callable[..., int], c_type: str, parse: Callable[[Any], Any],
                       free: Callable[[Any, int], int], collection: str) -> List[Any]:
        """Reads an array of metadata structs of ``c_type``, converts and frees it."""
        array = ffi.new(f"{c_type}**")
        count = ffi.new("size_t*")
        check(function(self._ptr, _text(collection), array, count))
        if array[0] == ffi.NULL:
            return []  # nothing to free: the metadata free functions reject NULL
        try:
            return [parse(array[0][i]) for i in range(count[0])]
        finally:
            free(array[0], count[0])

    def get_scalar_metadata(self, collection: str, attribute: str) -> ScalarMetadata:
        self._ensure_open()
        lib = get_lib()
        return self._get_metadata(lib.quiver_database_get_scalar_metadata, "quiver_scalar_metadata_t",
                                  _parse_scalar_metadata, lib.quiver_database_free_scalar_metadata,
                                  collection, attribute)

    def _get_group_metadata(self, function: Callable[..., int], collection: str, group_name: str) -> GroupMetadata:
        return self._get_metadata(function, "quiver_group_metadata_t", _parse_group_metadata,
                                  get_lib().quiver_database_free_group_metadata, collection, group_name)

    def get_vector_metadata(self, collection: str, group_name: str) -> GroupMetadata:
        self._ensure_open()
        return self._get_group_metadata(get_lib().quiver_database_get_vector_metadata, collection, group_name)

    def get_set_metadata(self, collection: str, group_name: str) -> GroupMetadata:
        self._ensure_open()
        return self._get_group_metadata(get_lib().quiver_database_get_set_metadata, collection, group_name)

    def get_time_series_metadata(self, collection: str, group_name: str) -> GroupMetadata:
        self._ensure_open()
        return self._get_group_metadata(get_lib().quiver_database_get_time_series_metadata,
                                        collection, group_name)

    def list_scalar_attributes(self, collection: str) -> list[ScalarMetadata]:
        """Every column of the collection table, ``id`` and ``label`` included, in declaration order."""
        self._ensure_open()
        lib = get_lib()
        return self._list_metadata(lib.quiver_database_list_scalar_attributes, "quiver_scalar_metadata_t",
                                   _parse_scalar_metadata, lib.quiver_database_free_scalar_metadata_array,
                                   collection)

    def _list_groups(self, function: Callable[..., int], collection: str) -> List[GroupMetadata]:
        return self._list_metadata(function, "quiver_group_metadata_t", _parse_group_metadata,
                                   get_lib().quiver_database_free_group_metadata_array, collection)

    def list_vector_groups(self, collection: str) -> list[GroupMetadata]:
        self._ensure_open()
        return self._list_groups(get_lib().quiver_database_list_vector_groups, collection)

    def list_set_groups(self, collection: str) -> list[GroupMetadata]:
        self._ensure_open()
        return self._list_groups(get_lib().quiver_database_list_set_groups, collection)

    def list_time_series_groups(self, collection: str) -> list[GroupMetadata]:
        self._ensure_open()
        return self._list_groups(get_lib().quiver_database_list_time_series_groups, collection)

    # ----------------------------------------------------------------- native group blocks

    def _read_block(self, function: Callable[..., int], collection: str, group: str, id: int,
                    convert: Callable[[List[str], List[int], List[Any], List[Any], int], Any]) -> Any:
        """Calls a whole-group reader and hands the block to ``convert`` before freeing it."""
        lib = get_lib()
        names = ffi.new("char***")
        types = ffi.new("int**")
        data = ffi.new("void***")
        masks = ffi.new("uint8_t***")
        column_count = ffi.new("size_t*")
        row_count = ffi.new("size_t*")
        check(function(self._ptr, _text(collection), _text(group), id, names, types, data, masks,
                       column_count, row_count))
        try:
            columns, rows = column_count[0], row_count[0]
            if columns == 0 or rows == 0:
                return None
            column_masks = ffi.unpack(masks[0], columns) if masks[0] != ffi.NULL else [ffi.NULL] * columns
            return convert([decode_string(p) for p in ffi.unpack(names[0], columns)],
                           ffi.unpack(types[0], columns), ffi.unpack(data[0], columns), column_masks, rows)
        finally:
            lib.quiver_database_free_time_series_data(names[0], types[0], data[0], masks[0],
                                                      column_count[0], row_count[0])

    def read_time_series_group(self, collection: str, group: str, id: int) -> dict[str, list]:
        """The element's rows as ``{column: [values...]}``, dimension first and parsed to ``datetime``."""
        self._ensure_open()

        def convert(names: List[str], types: List[int], data: List[Any], masks: List[Any],
                    rows: int) -> Dict[str, list]:
            dimension = self.get_time_series_metadata(collection, group).dimension_column
            result: Dict[str, list] = {}
            for name, type_code, column, mask in zip(names, types, data, masks):
                if name == dimension and type_code in (_STRING, _DATE_TIME):
                    result[name] = [_parse_datetime(v) for v in _strings(ffi.cast("char**", column), rows)]
                else:
                    result[name] = _block_column(type_code, column, mask, rows)
            return result

        result = self._read_block(get_lib().quiver_database_read_time_series_group, collection, group, id,
                                  convert)
        return {} if result is None else result

    def _read_group_rows(self, function: Callable[..., int], collection: str, group: str, id: int,
                         with_index: bool) -> List[Dict[str, Any]]:
        def convert(names: List[str], types: List[int], data: List[Any], masks: List[Any],
                    rows: int) -> List[Dict[str, Any]]:
            columns = []
            for type_code, column, mask in zip(types, data, masks):
                values = _block_column(type_code, column, mask, rows)
                if type_code == _DATE_TIME:
                    values = [_parse_datetime(v) for v in values]
                columns.append(values)
            result = []
            for r in range(rows):
                row: Dict[str, Any] = {"vector_index": r} if with_index else {}
                for name, values in zip(names, columns):
                    row[name] = values[r]
                result.append(row)
            return result

        result = self._read_block(function, collection, group, id, convert)
        return [] if result is None else result

    def read_vector_group_by_id(self, collection: str, group: str, id: int) -> list[dict]:
        """One dict per row in ``vector_index`` order: ``vector_index`` (0-based) then the value columns."""
        self._ensure_open()
        return self._read_group_rows(get_lib().quiver_database_read_vector_group_by_id,
                                     collection, group, id, True)

    def read_set_group_by_id(self, collection: str, group: str, id: int) -> list[dict]:
        """One dict per row of the set group, in insertion order."""
        self._ensure_open()
        return self._read_group_rows(get_lib().quiver_database_read_set_group_by_id,
                                     collection, group, id, False)

    def _write_block(self, function: Callable[..., int], collection: str, group: str, id: int,
                     data: Dict[str, Sequence[object]]) -> None:
        if not data:
            check(function(self._ptr, _text(collection), _text(group), id,
                           ffi.NULL, ffi.NULL, ffi.NULL, ffi.NULL, 0, 0))
            return
        keepalive, names, types, values, masks, column_count, row_count = _marshal_group_columns(data)
        check(function(self._ptr, _text(collection), _text(group), id, names, types, values, masks,
                       column_count, row_count))

    def update_time_series_group(self, collection: str, group: str, id: int, data: dict[str, list]) -> None:
        """Replaces the element's rows in the group with ``{column: [values...]}``; ``{}`` clears."""
        self._ensure_open()
        self._write_block(get_lib().quiver_database_update_time_series_group, collection, group, id, data)

    def update_vector_group(self, collection: str, group: str, id: int, data: dict[str, list]) -> None:
        """Replaces the element's rows in vector group ``group``; ``{}`` clears."""
        self._ensure_open()
        self._write_block(get_lib().quiver_database_update_vector_group, collection, group, id, data)

    def update_set_group(self, collection: str, group: str, id: int, data: dict[str, list]) -> None:
        """Replaces the element's rows in set group ``group``; ``{}`` clears."""
        self._ensure_open()
        self._write_block(get_lib().quiver_database_update_set_group, collection, group, id, data)

    # ----------------------------------------------------------------- time series rows

    def upsert_time_series_row(self, collection: str, group: str, id: int, **kwargs: object) -> None:
        """Inserts one row, or replaces the row with the same dimension key."""
        self._ensure_open()
        count = len(kwargs)
        keepalive: List[Any] = []
        names = ffi.new("char*[]", count)
        types = ffi.new("int[]", count)
        data = ffi.new("void*[]", count)
        for i, (name, value) in enumerate(kwargs.items()):
            if isinstance(value, int):
                types[i] = _INTEGER
                cell = ffi.new("int64_t*", int(value))
            elif isinstance(value, float):
                types[i] = _FLOAT
                cell = ffi.new("double*", value)
            elif isinstance(value, str):
                types[i] = _STRING
                text = ffi.new("char[]", value.encode("utf-8"))
                keepalive.append(text)
                cell = ffi.new("char*[1]", [text])
            else:
                raise TypeError(f"Column '{name}' value has unsupported type {type(value).__name__}; "
                                f"expected int, float, or str")
            c_name = ffi.new("char[]", name.encode("utf-8"))
            keepalive += [c_name, cell]
            names[i] = c_name
            data[i] = cell
        check(get_lib().quiver_database_upsert_time_series_row(self._ptr, _text(collection), _text(group), id,
                                                               names, types, data, count))

    def read_time_series_row(self, collection: str, group: str, attribute: str,
                             date_time: datetime) -> list:
        """Per element, the last non-NULL ``attribute`` value at or before ``date_time``."""
        self._ensure_open()
        lib = get_lib()
        date_text = date_time if isinstance(date_time, str) else format_datetime(date_time)
        data_type = ffi.new("int*")
        values = ffi.new("void**")
        count = ffi.new("size_t*")
        check(lib.quiver_database_read_time_series_row(self._ptr, _text(collection), _text(group),
                                                       _text(attribute), _text(date_text),
                                                       data_type, values, count))
        return _take_array(lib, _C_TYPES.get(data_type[0], "char*"), values[0], count[0])

    # ----------------------------------------------------------------- time-series files

    def has_time_series_files(self, collection: str) -> bool:
        self._ensure_open()
        return self._flag(get_lib().quiver_database_has_time_series_files, _text(collection))

    def list_time_series_files_columns(self, collection: str) -> list[str]:
        """The columns of the collection's time-series files table, in declaration order."""
        self._ensure_open()
        return self._read_array(get_lib().quiver_database_list_time_series_files_columns, "char*",
                                _text(collection))

    def read_time_series_files(self, collection: str) -> dict[str, Optional[str]]:
        """``{column: path or None}`` of the collection's time-series files table."""
        self._ensure_open()
        lib = get_lib()
        columns = ffi.new("char***")
        paths = ffi.new("char***")
        count = ffi.new("size_t*")
        check(lib.quiver_database_read_time_series_files(self._ptr, _text(collection), columns, paths, count))
        if columns[0] == ffi.NULL or paths[0] == ffi.NULL:
            return {}
        try:
            names = _strings(columns[0], count[0])
            return dict(zip(names, _strings(paths[0], count[0])))  # type: ignore[arg-type]
        finally:
            lib.quiver_database_free_time_series_files(columns[0], paths[0], count[0])

    def update_time_series_files(self, collection: str, data: dict[str, Optional[str]]) -> None:
        """Rewrites the file paths; columns not given become NULL, a ``None`` path is NULL."""
        self._ensure_open()
        if not data:
            return
        count = len(data)
        keepalive: List[Any] = []
        columns = ffi.new("char*[]", count)
        paths = ffi.new("char*[]", count)
        for i, (column, path) in enumerate(data.items()):
            c_column = ffi.new("char[]", column.encode("utf-8"))
            keepalive.append(c_column)
            columns[i] = c_column
            if path is not None:
                c_path = ffi.new("char[]", path.encode("utf-8"))
                keepalive.append(c_path)
                paths[i] = c_path
        check(get_lib().quiver_database_update_time_series_files(self._ptr, _text(collection),
                                                                 columns, paths, count))

    # ----------------------------------------------------------------- composite readers

    def _by_id_reader(self, kind: str, data_type: DataType) -> Callable[[str, str, int], Any]:
        """The ``_by_id`` reader of ``kind`` (scalar, vector, set) for a column of ``data_type``."""
        integer, real, date_time, text = {
            "scalar": (self.read_scalar_integer_by_id, self.read_scalar_float_by_id,
                       self.read_scalar_date_time_by_id, self.read_scalar_string_by_id),
            "vector": (self.read_vector_integers_by_id, self.read_vector_floats_by_id,
                       self.read_vector_date_time_by_id, self.read_vector_strings_by_id),
            "set": (self.read_set_integers_by_id, self.read_set_floats_by_id,
                    self.read_set_date_time_by_id, self.read_set_strings_by_id),
        }[kind]
        if data_type == DataType.INTEGER:
            return integer
        if data_type == DataType.FLOAT:
            return real
        if data_type == DataType.DATE_TIME:
            return date_time
        return text

    def read_scalars_by_id(self, collection: str, id: int) -> dict:
        """Every scalar attribute of element ``id`` (``None`` everywhere for a missing id)."""
        self._ensure_open()
        return {m.name: self._by_id_reader("scalar", m.data_type)(collection, m.name, id)
                for m in self.list_scalar_attributes(collection)}

    def read_vectors_by_id(self, collection: str, id: int) -> dict:
        """Every vector value column of element ``id``, keyed by column name."""
        self._ensure_open()
        return {c.name: self._by_id_reader("vector", c.data_type)(collection, c.name, id)
                for g in self.list_vector_groups(collection) for c in g.value_columns}

    def read_sets_by_id(self, collection: str, id: int) -> dict:
        """Every set value column of element ``id``, keyed by column name."""
        self._ensure_open()
        return {c.name: self._by_id_reader("set", c.data_type)(collection, c.name, id)
                for g in self.list_set_groups(collection) for c in g.value_columns}

    def read_element_by_id(self, collection: str, id: int) -> dict:
        """Scalars, then vectors, then sets of element ``id`` in one dict (later kinds win clashes)."""
        result = self.read_scalars_by_id(collection, id)
        result.update(self.read_vectors_by_id(collection, id))
        result.update(self.read_sets_by_id(collection, id))
        return result
