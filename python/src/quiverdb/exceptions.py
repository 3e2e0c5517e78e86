"""The exception raised for every failure the C library reports."""

from __future__ import annotations


class QuiverError(Exception):
    """A Quiver operation failed; ``str(err)`` is the C library's message, unmodified."""
