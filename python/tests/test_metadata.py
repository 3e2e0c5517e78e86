"""Metadata getters and lists, and the frozen dataclasses they return (spec §3.5, §4.9)."""

from __future__ import annotations

import dataclasses

import pytest

from quiverdb import DataType, GroupMetadata, QuiverError, ScalarMetadata


def scalar(name, data_type, not_null=False, primary_key=False, default=None, fk=None):
    return ScalarMetadata(name, data_type, not_null, primary_key, default, fk is not None,
                          fk[0] if fk else None, fk[1] if fk else None)


def test_scalar_metadata(full_db):
    assert full_db.get_scalar_metadata("Unit", "id") == scalar("id", DataType.INTEGER, True, True)
    assert full_db.get_scalar_metadata("Unit", "unit_count") == scalar("unit_count", DataType.INTEGER, True,
                                                                       default="1")
    assert full_db.get_scalar_metadata("Unit", "technology") == scalar("technology", DataType.STRING,
                                                                       default="'thermal'")
    assert full_db.get_scalar_metadata("Unit", "date_commissioning") == scalar("date_commissioning",
                                                                               DataType.DATE_TIME)
    assert full_db.get_scalar_metadata("Unit", "zone_id") == scalar("zone_id", DataType.INTEGER,
                                                                    fk=("Zone", "id"))
    assert full_db.get_scalar_metadata("Configuration", "discount_rate") == scalar(
        "discount_rate", DataType.FLOAT, default="0.075")


def test_scalar_metadata_types_and_repr(full_db):
    meta = full_db.get_scalar_metadata("Unit", "unit_count")
    assert type(meta.data_type) is DataType
    assert type(meta.not_null) is bool and type(meta.is_foreign_key) is bool
    assert repr(meta) == ("ScalarMetadata(name='unit_count', data_type=<DataType.INTEGER: 0>, not_null=True, "
                          "primary_key=False, default_value='1', is_foreign_key=False, "
                          "references_collection=None, references_column=None)")
    with pytest.raises(dataclasses.FrozenInstanceError):
        meta.name = "x"  # type: ignore[misc]


def test_group_metadata(full_db):
    vector = full_db.get_vector_metadata("Unit", "heat_curve")
    assert vector == GroupMetadata("heat_curve", "", [
        scalar("segment_output", DataType.FLOAT), scalar("segment_heat_rate", DataType.FLOAT),
        scalar("fuel_segment", DataType.INTEGER, fk=("Fuel", "id"))])
    assert full_db.get_set_metadata("Unit", "owners") == GroupMetadata("owners", "", [
        scalar("owner", DataType.STRING, True), scalar("share", DataType.FLOAT, True)])
    assert full_db.get_time_series_metadata("Unit", "availability") == GroupMetadata("availability", "date_time", [
        scalar("block", DataType.INTEGER, True, True), scalar("availability", DataType.FLOAT)])
    generation = full_db.get_time_series_metadata("Unit", "generation")
    assert generation.dimension_column == "date_time"
    assert [c.name for c in generation.value_columns] == ["generation", "status"]


def test_lists(full_db):
    assert [m.name for m in full_db.list_scalar_attributes("Unit")] == [
        "id", "label", "capacity", "min_output", "unit_count", "technology", "date_commissioning",
        "zone_id", "unit_backup", "fuel_id"]
    assert full_db.list_vector_groups("Unit") == [full_db.get_vector_metadata("Unit", "heat_curve")]
    assert full_db.list_set_groups("Unit") == [full_db.get_set_metadata("Unit", "owners")]
    assert [g.group_name for g in full_db.list_time_series_groups("Unit")] == ["availability", "fuel_mix",
                                                                               "generation"]
    assert full_db.list_vector_groups("Zone") == []
    assert full_db.list_set_groups("Nope") == []
    assert [g.group_name for g in full_db.list_time_series_groups("Zone")] == ["demand"]


@pytest.mark.parametrize("call, message", [
    (lambda db: db.get_scalar_metadata("Unit", "nope"), "Scalar attribute not found: 'nope' in collection 'Unit'"),
    (lambda db: db.get_scalar_metadata("Nope", "id"), "Cannot get_scalar_metadata: collection not found: Nope"),
    (lambda db: db.get_vector_metadata("Unit", "nope"), "Vector group not found: 'nope' in collection 'Unit'"),
    (lambda db: db.get_set_metadata("Nope", "x"), "Cannot get_set_metadata: collection not found: Nope"),
    (lambda db: db.get_time_series_metadata("Unit", "nope"),
     "Time series group not found: 'nope' in collection 'Unit'"),
    (lambda db: db.list_scalar_attributes("Nope"), "Cannot list_scalar_attributes: collection not found: Nope"),
])
def test_errors(full_db, call, message):
    with pytest.raises(QuiverError) as excinfo:
        call(full_db)
    assert str(excinfo.value) == message
