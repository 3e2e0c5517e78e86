"""Mixin of ``Database`` with ``import_csv``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from ._c_api import get_lib
from ._helpers import check
from .database_options import _marshal_csv_options
from .metadata import CSVOptions


class DatabaseCSVImport:
    """CSV import, inherited by ``Database``."""

    if TYPE_CHECKING:
        _ptr: Any

        def _ensure_open(self) -> None: ...

    def import_csv(self, collection: str, group: str, path: str, *,
                   options: Optional[CSVOptions] = None) -> None:
        """Replaces the scalars of ``collection`` (``group == ""``) or one of its groups with a CSV file."""
        self._ensure_open()
        # keepalive holds the buffers c_opts points to until the call has returned.
        keepalive, c_opts = _marshal_csv_options(options if options is not None else CSVOptions())
        check(get_lib().quiver_database_import_csv(self._ptr, collection.encode("utf-8"),
                                                   group.encode("utf-8"), path.encode("utf-8"), c_opts))
