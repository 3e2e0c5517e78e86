"""Composite readers: read_scalars/vectors/sets/element_by_id (spec §4.13)."""

from __future__ import annotations

import datetime as dt
from typing import Iterator

import pytest
from conftest import open_schema

from quiverdb import Database, QuiverError


@pytest.fixture
def edge_db() -> Iterator[Database]:
    db = open_schema("valid/edge_cases.sql")
    yield db
    db.close()


def test_element_of_units(units):
    units.update_vector_group("Unit", "heat_curve", 1, {"segment_output": [1.0], "fuel_segment": [2]})
    units.update_set_group("Unit", "owners", 1, {"owner": ["A"], "share": [1.0]})
    assert units.read_element_by_id("Unit", 1) == {
        "id": 1, "label": "U1", "capacity": 100.0, "min_output": 10.5, "unit_count": 2, "technology": "ccgt",
        "date_commissioning": dt.datetime(2024, 1, 15, 10, 30, tzinfo=dt.timezone.utc),
        "zone_id": 1, "unit_backup": None, "fuel_id": 1,
        "segment_output": [1.0], "segment_heat_rate": [], "fuel_segment": [2],
        "owner": ["A"], "share": [1.0],
    }


def test_missing_id(units):
    assert set(units.read_scalars_by_id("Unit", 99).values()) == {None}
    assert units.read_vectors_by_id("Unit", 99) == {"segment_output": [], "segment_heat_rate": [],
                                                     "fuel_segment": []}
    assert units.read_sets_by_id("Zone", 1) == {}


def test_later_kinds_win_name_clashes(edge_db):
    edge_db.create_element("Configuration", label="c", scale=2.0)
    edge_db.update_vector_group("Configuration", "scale", 1, {"scale": [0.5, 0.25]})
    assert edge_db.read_scalars_by_id("Configuration", 1)["scale"] == 2.0
    assert edge_db.read_element_by_id("Configuration", 1)["scale"] == [0.5, 0.25]   # vector over scalar

    for label in ("S1", "S2", "S3"):
        edge_db.create_element("Station", label=label)
    edge_db.update_vector_group("Station", "links", 1, {"station_link": [2], "link_weight": [1.5]})
    edge_db.update_set_group("Station", "neighbors", 1, {"station_link": [3], "neighbor_kind": ["n"]})
    assert edge_db.read_vectors_by_id("Station", 1) == {"station_link": [2], "link_weight": [1.5]}
    assert edge_db.read_sets_by_id("Station", 1) == {"station_link": [3], "station_watcher": [],
                                                     "neighbor_kind": ["n"]}
    assert edge_db.read_element_by_id("Station", 1)["station_link"] == [3]            # set over vector


def test_date_time_columns_are_parsed(edge_db):
    edge_db.create_element("Station", label="S", date_reading="2024-05-01T06:00:00+02:00", code="2024-05-01")
    scalars = edge_db.read_scalars_by_id("Station", 1)
    assert scalars["date_reading"] == dt.datetime(2024, 5, 1, 4, tzinfo=dt.timezone.utc)
    assert scalars["code"] == "2024-05-01"          # TEXT, not DATE_TIME: left as text


def test_unknown_collection(units):
    with pytest.raises(QuiverError) as excinfo:
        units.read_element_by_id("Nope", 1)
    assert str(excinfo.value) == "Cannot list_scalar_attributes: collection not found: Nope"
