"""ISO-8601 date-time parsing and formatting (spec §2.6), free of cffi so any interpreter can test it.

Parsing gives the same result on every supported Python: ``datetime.fromisoformat`` learnt ``Z``,
fractions of any length and hour-only offsets in 3.11, so older interpreters fall back to a
parser of the extended form that reproduces 3.11's result.
"""

from __future__ import annotations

import re
import sys
from datetime import datetime, timedelta, timezone
from typing import Any, Optional

# Like fromisoformat, any of the separators reads the rest as a time: so a date followed by
# an offset ("2024-01-15+02:00") is that time of day, which is what 3.11 returns.
_FALLBACK = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T +-](\d{2})(?::(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?"
    r"(Z|[+-]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)?)?",
    re.ASCII,
)


def _microseconds(digits: Optional[str]) -> int:
    return int((digits or "").ljust(6, "0")[:6])


def _offset(text: str) -> timezone:
    if text == "Z":
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    hours, minutes, *rest = text[1:].split(":")
    seconds, _, fraction = (rest[0] if rest else "0").partition(".")
    delta = timedelta(hours=int(hours), minutes=int(minutes), seconds=int(seconds),
                      microseconds=_microseconds(fraction))
    return timezone(sign * delta)  # raises ValueError beyond +-24h, as fromisoformat does


def _parse_extended(text: str) -> datetime:
    match = _FALLBACK.fullmatch(text)
    if match is None:
        raise ValueError(f"Invalid isoformat string: {text!r}")
    year, month, day, hour, minute, second, fraction, offset = match.groups()
    tz = _offset(offset) if offset else None
    return datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0),
                    int(second or 0), _microseconds(fraction), tzinfo=tz)


def parse_datetime(text: Optional[str]) -> Optional[datetime]:
    """Parses stored ISO text into an aware UTC ``datetime``; ``None`` stays ``None``.

    Text without an offset is taken as UTC; text with one is converted to UTC.
    Unparseable text raises ``ValueError``.
    """
    if text is None:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        if sys.version_info >= (3, 11):
            raise
        value = _parse_extended(text)
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def format_datetime(value: Any) -> str:
    """Formats a date-time as ``YYYY-MM-DDTHH:MM:SS``: aware values in UTC, naive ones as they are."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        value = value.astimezone(timezone.utc)
    return value.strftime("%Y-%m-%dT%H:%M:%S")
