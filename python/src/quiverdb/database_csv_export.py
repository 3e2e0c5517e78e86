"""Mixin of ``Database`` with ``export_csv``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from ._c_api import get_lib
from .database_options import _call_csv
from .metadata import CSVOptions


class DatabaseCSVExport:
    """CSV export, inherited by ``Database``."""

    if TYPE_CHECKING:
        _ptr: Any

        def _ensure_open(self) -> None: ...

    def export_csv(self, collection: str, group: str, path: str, *,
                   options: Optional[CSVOptions] = None) -> None:
        """Writes the scalars of ``collection`` (``group == ""``) or one of its groups to a CSV file."""
        self._ensure_open()
        _call_csv(get_lib().quiver_database_export_csv, self._ptr, collection, group, path, options)
