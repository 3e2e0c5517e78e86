"""Enums and dataclasses of the public API: data types, log levels, metadata, CSV options."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Optional


class DataType(IntEnum):
    """Column type codes; the values equal ``quiver_data_type_t``."""

    INTEGER = 0
    FLOAT = 1
    STRING = 2
    DATE_TIME = 3
    NULL = 4


class LogLevel(IntEnum):
    """Console log levels; the values equal ``quiver_log_level_t``."""

    DEBUG = 0
    INFO = 1
    WARN = 2
    ERROR = 3
    OFF = 4


@dataclass(frozen=True)
class ScalarMetadata:
    """Description of one column (a scalar attribute, or a value column of a group)."""

    name: str
    data_type: DataType
    not_null: bool
    primary_key: bool
    default_value: Optional[str]
    is_foreign_key: bool
    references_collection: Optional[str]
    references_column: Optional[str]


@dataclass(frozen=True)
class GroupMetadata:
    """Description of a vector, set or time-series group; ``dimension_column`` is '' unless a time series."""

    group_name: str
    dimension_column: str
    value_columns: list[ScalarMetadata]


@dataclass(frozen=True)
class CSVOptions:
    """Options of ``export_csv`` / ``import_csv``.

    ``enum_labels`` maps ``{attribute: {locale: {label: integer_value}}}``.
    """

    date_time_format: str = ""
    enum_labels: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)
