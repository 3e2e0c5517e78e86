"""Date-time parsing and formatting (spec §2.6).

The module under test is loaded from its file, not through the package, so these tests also
run on an interpreter without cffi (e.g. a bare Python 3.9): the parser must give the same
results on every supported version.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import date, datetime, timedelta, timezone
from types import SimpleNamespace

import pytest
from conftest import BINDING_ROOT

_spec = importlib.util.spec_from_file_location("quiverdb_datetime_standalone",
                                               BINDING_ROOT / "src" / "quiverdb" / "_datetime.py")
assert _spec is not None and _spec.loader is not None
_datetime = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_datetime)
parse = _datetime.parse_datetime
fmt = _datetime.format_datetime

UTC = timezone.utc


PARSED = [
    ("2024-01-15T10:30:00", datetime(2024, 1, 15, 10, 30, tzinfo=UTC)),
    ("2024-01-15 10:30:00", datetime(2024, 1, 15, 10, 30, tzinfo=UTC)),
    ("2024-01-15", datetime(2024, 1, 15, tzinfo=UTC)),
    ("2024-01-15T10:30:00+02:00", datetime(2024, 1, 15, 8, 30, tzinfo=UTC)),
    ("2024-01-15T01:30:00+02:00", datetime(2024, 1, 14, 23, 30, tzinfo=UTC)),
    ("2024-01-15T10:30:00-03:30", datetime(2024, 1, 15, 14, 0, tzinfo=UTC)),
    ("2024-01-15T10:30:00Z", datetime(2024, 1, 15, 10, 30, tzinfo=UTC)),
    ("2024-01-15T10Z", datetime(2024, 1, 15, 10, tzinfo=UTC)),
    ("2024-01-15T10", datetime(2024, 1, 15, 10, tzinfo=UTC)),
    ("2024-01-15T10:30", datetime(2024, 1, 15, 10, 30, tzinfo=UTC)),
    ("2024-01-15T10:30Z", datetime(2024, 1, 15, 10, 30, tzinfo=UTC)),
    ("2024-01-15T10:30:00.1", datetime(2024, 1, 15, 10, 30, 0, 100000, tzinfo=UTC)),
    ("2024-01-15T10:30:00.12", datetime(2024, 1, 15, 10, 30, 0, 120000, tzinfo=UTC)),
    ("2024-01-15T10:30:00.123", datetime(2024, 1, 15, 10, 30, 0, 123000, tzinfo=UTC)),
    ("2024-01-15T10:30:00.1234567", datetime(2024, 1, 15, 10, 30, 0, 123456, tzinfo=UTC)),
    ("2024-01-15T10:30:00.123456789Z", datetime(2024, 1, 15, 10, 30, 0, 123456, tzinfo=UTC)),
    ("2024-01-15 10:30:00.5+01:00", datetime(2024, 1, 15, 9, 30, 0, 500000, tzinfo=UTC)),
    ("2024-01-15T10:30:00+02:00:30", datetime(2024, 1, 15, 8, 29, 30, tzinfo=UTC)),
    ("2024-01-15T10:30:00+00:00:30.5", datetime(2024, 1, 15, 10, 29, 29, 500000, tzinfo=UTC)),
    ("2024-01-15T10:30:00-00:00", datetime(2024, 1, 15, 10, 30, tzinfo=UTC)),
    # A date followed by an offset is in the grammar of §2.6; 3.11 reads the sign as the
    # date-time separator and the rest as a time, so that is the result on every version.
    ("2024-01-15+02:00", datetime(2024, 1, 15, 2, 0, tzinfo=UTC)),
    ("2024-01-15-03:30", datetime(2024, 1, 15, 3, 30, tzinfo=UTC)),
    ("2024-01-15+02:00:30.5", datetime(2024, 1, 15, 2, 0, 30, 500000, tzinfo=UTC)),
]


def _check_parsed(value, expected):
    assert value == expected
    assert value.tzinfo is UTC
    assert (value.year, value.month, value.day, value.hour, value.minute, value.second,
            value.microsecond) == (expected.year, expected.month, expected.day, expected.hour,
                                   expected.minute, expected.second, expected.microsecond)


@pytest.mark.parametrize("text, expected", PARSED)
def test_parse(text, expected):
    _check_parsed(parse(text), expected)


class _OldFromIsoFormat(datetime):
    """Stands in for a 3.9 datetime whose fromisoformat knows none of the forms."""

    @classmethod
    def fromisoformat(cls, text):
        raise ValueError(f"Invalid isoformat string: {text!r}")


@pytest.mark.parametrize("text, expected", PARSED)
def test_parse_through_the_fallback_alone(monkeypatch, text, expected):
    # What 3.9/3.10 return when their fromisoformat gives up: the fallback must produce the
    # result 3.11 gives, on any interpreter this test runs on.
    monkeypatch.setattr(_datetime, "datetime", _OldFromIsoFormat)
    monkeypatch.setattr(_datetime, "sys", SimpleNamespace(version_info=(3, 9, 0)))
    _check_parsed(parse(text), expected)


def _grammar():
    """Strings of the extended form §2.6 requires the fallback to accept."""
    times = ["", "T10", " 10", "T10:30", "T10:30:45"] + [f"T10:30:45.{'123456789'[:n]}" for n in range(1, 10)]
    offsets = ["", "Z", "+02:00", "-03:30", "-00:00", "+02:00:30", "+02:00:30.5", "+05:00:00.000001"]
    return [f"2024-02-29{t}{o}" for t in times for o in offsets]


@pytest.mark.skipif(sys.version_info < (3, 11), reason="compares with the 3.11 fromisoformat")
@pytest.mark.parametrize("text", _grammar())
def test_fallback_agrees_with_python_311(text):
    try:
        expected = datetime.fromisoformat(text)
    except ValueError:
        with pytest.raises(ValueError):
            _datetime._parse_extended(text)
        return
    value = _datetime._parse_extended(text)
    assert (value, value.utcoffset()) == (expected, expected.utcoffset())


@pytest.mark.parametrize("text", ["not-a-date", "", "2024-1-15", "2024-01-15T", "2024-01-15T24:00:00",
                                  "2024-01-15T10:30:60", "2024-02-30", "2024-01-15Z",
                                  "2024-01-15T10:30:00.", "2024-01-15T10:30:00+24:00",
                                  "2024-01-15 10:30:00z", "2024-01-15T10:30:00 junk"])
def test_parse_rejects(monkeypatch, text):
    with pytest.raises(ValueError):
        parse(text)
    monkeypatch.setattr(_datetime, "datetime", _OldFromIsoFormat)
    monkeypatch.setattr(_datetime, "sys", SimpleNamespace(version_info=(3, 9, 0)))
    with pytest.raises(ValueError):
        parse(text)


def test_parse_none():
    assert parse(None) is None


@pytest.mark.skipif(sys.version_info >= (3, 11), reason="the fallback only runs before 3.11")
def test_fallback_matches_python_311_results():
    assert _datetime._parse_extended("2024-01-15T10:30:00.5Z") == datetime(2024, 1, 15, 10, 30, 0, 500000,
                                                                         tzinfo=UTC)


def test_extended_parser_directly():
    # Exercised on every interpreter so the fallback is covered even where 3.11+ never needs it.
    extended = _datetime._parse_extended
    assert extended("2024-01-15") == datetime(2024, 1, 15)
    assert extended("2024-01-15T10:30:00.1234567+01:00") == datetime(
        2024, 1, 15, 10, 30, 0, 123456, tzinfo=timezone(timedelta(hours=1)))
    for text in ("2024-01-15Z", "2024-01-15T10:30:00.1234567890", "x"):
        with pytest.raises(ValueError):
            extended(text)


def test_format():
    plus3 = timezone(timedelta(hours=3))
    assert fmt(datetime(2024, 1, 15, 10, 0, tzinfo=plus3)) == "2024-01-15T07:00:00"
    assert fmt(datetime(2024, 1, 15, 10, 0, 5, 999999)) == "2024-01-15T10:00:05"
    assert fmt(datetime(2024, 1, 15, 1, 0, tzinfo=plus3)) == "2024-01-14T22:00:00"
    assert fmt(date(2024, 1, 15)) == "2024-01-15T00:00:00"


def test_round_trip():
    value = datetime(2024, 6, 30, 23, 59, 59, tzinfo=UTC)
    assert parse(fmt(value)) == value
