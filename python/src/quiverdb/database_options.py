"""``CSVOptions`` into ``quiver_csv_options_t``, and the CSV call both mixins make (internal)."""

from __future__ import annotations

from typing import Any, Callable, List, Optional, Tuple

from ._c_api import ffi
from ._helpers import check
from .metadata import CSVOptions


def _marshal_csv_options(options: CSVOptions) -> Tuple[List[Any], Any]:
    """Returns ``(keepalive, c_opts)``; the buffers in ``keepalive`` must outlive the C call.

    ``enum_labels`` is flattened in dict order: each (attribute, locale) pair is one group, and
    the (label, value) pairs of all groups are concatenated.
    """
    keepalive: List[Any] = []
    c_opts = ffi.new("quiver_csv_options_t*")
    date_time_format = ffi.new("char[]", options.date_time_format.encode("utf-8"))
    keepalive.append(date_time_format)
    c_opts.date_time_format = date_time_format

    attributes: List[Any] = []
    locales: List[Any] = []
    counts: List[int] = []
    labels: List[Any] = []
    values: List[Any] = []
    for attribute, by_locale in options.enum_labels.items():
        for locale, entries in by_locale.items():
            attributes.append(ffi.new("char[]", attribute.encode("utf-8")))
            locales.append(ffi.new("char[]", locale.encode("utf-8")))
            counts.append(len(entries))
            for label, value in entries.items():
                labels.append(ffi.new("char[]", label.encode("utf-8")))
                values.append(value)
    if attributes:
        arrays = [
            ffi.new("char*[]", attributes),
            ffi.new("char*[]", locales),
            ffi.new("size_t[]", counts),
            ffi.new("char*[]", labels),
            ffi.new("int64_t[]", values),
        ]
        keepalive += attributes + locales + labels + arrays
        (c_opts.enum_attribute_names, c_opts.enum_locale_names, c_opts.enum_entry_counts,
         c_opts.enum_labels, c_opts.enum_values) = arrays
        c_opts.enum_group_count = len(attributes)
    return keepalive, c_opts


def _call_csv(function: Callable[..., int], db: Any, collection: str, group: str, path: str,
              options: Optional[CSVOptions]) -> None:
    """Calls ``quiver_database_export_csv`` or ``_import_csv``; ``options=None`` means ``CSVOptions()``."""
    # keepalive holds the buffers c_opts points to until the call has returned.
    keepalive, c_opts = _marshal_csv_options(options if options is not None else CSVOptions())
    check(function(db, collection.encode("utf-8"), group.encode("utf-8"), path.encode("utf-8"), c_opts))
