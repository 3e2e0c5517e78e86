"""No native memory is kept: 100,000 calls that each receive C allocations leave RSS flat."""

from __future__ import annotations

import os

import pytest

from quiverdb.element import Element

pytestmark = pytest.mark.memory

_SANITIZED = "asan" in os.environ.get("LD_PRELOAD", "")


def rss_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="needs Linux /proc")
@pytest.mark.skipif(_SANITIZED, reason="AddressSanitizer quarantines freed memory, so RSS grows anyway")
def test_rss_stays_flat_over_100000_calls(units):
    units.update_vector_group("Unit", "heat_curve", 1, {"segment_output": [1.0, 2.0, 3.0]})
    units.update_time_series_group("Unit", "generation", 1, {"date_time": ["2024-01-01T00:00:00"],
                                                              "status": ["ok"]})
    element = Element().set("label", "x").set("values", [1, 2, 3])
    calls = [
        lambda: units.read_scalar_strings("Unit", "label"),
        lambda: units.read_scalar_integers("Unit", "unit_count"),
        lambda: units.query_string("SELECT label FROM Unit WHERE id = ?", parameters=[1]),
        lambda: units.read_vector_floats("Unit", "segment_output"),
        lambda: units.get_scalar_metadata("Unit", "technology"),
        lambda: units.read_time_series_group("Unit", "generation", 1),
        lambda: units.read_set_strings_by_id("Unit", "owner", 1),
        lambda: repr(element),
    ]

    def loop(n: int) -> None:
        for i in range(n):
            calls[i % len(calls)]()

    loop(10_000)  # warm-up: caches, interned strings, allocator arenas
    before = rss_bytes()
    loop(100_000)
    growth = rss_bytes() - before
    element.destroy()
    assert growth < 2 * 1024 * 1024, f"RSS grew by {growth} bytes over 100,000 calls"
