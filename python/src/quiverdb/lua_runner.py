"""``LuaRunner``: the public name of the Lua scripting runner, whose implementation comes in a later release.

The name is part of the package's public API (``quiverdb.__all__``), so it exists and imports
without loading anything; constructing one raises ``NotImplementedError`` because this build's
C library and declarations do not include the Lua runner.
"""

from __future__ import annotations

from .database import Database


class LuaRunner:
    """Runs Lua scripts against a ``Database`` (not available in this release)."""

    def __init__(self, db: Database) -> None:
        raise NotImplementedError("LuaRunner is not available in this release of quiverdb")
