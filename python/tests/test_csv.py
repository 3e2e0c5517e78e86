"""CSV export and import through the mixins, and CSVOptions marshalling (spec §3.6, §4.14)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import math

import pytest
from conftest import TEST_DATA, open_schema

from quiverdb import CSVOptions, Database, QuiverError
from quiverdb._c_api import ffi
from quiverdb.database_csv_export import DatabaseCSVExport
from quiverdb.database_csv_import import DatabaseCSVImport
from quiverdb.database_options import _marshal_csv_options

HEADER = "label,capacity,min_output,unit_count,technology,date_commissioning,zone_id,unit_backup,fuel_id"
UNIT_COUNTS = {"unit_count": {"en": {"Single": 1, "Double": 2}}}


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def test_export_scalars(units, tmp_path):
    path = tmp_path / "units.csv"
    units.export_csv("Unit", "", str(path))
    assert read(path) == (f"sep=,\n{HEADER}\n"
                          "U1,100,10.5,2,ccgt,2024-01-15T10:30:00,North,,Gas\n"
                          "U2,50,,1,thermal,,,,Coal\n")


def test_export_with_options(units, tmp_path):
    path = tmp_path / "nested" / "units.csv"
    units.export_csv("Unit", "", str(path),
                     options=CSVOptions(date_time_format="%Y/%m/%d", enum_labels=UNIT_COUNTS))
    assert read(path) == (f"sep=,\n{HEADER}\n"
                          "U1,100,10.5,Double,ccgt,2024/01/15,North,,Gas\n"
                          "U2,50,,Single,thermal,,,,Coal\n")


def test_group_round_trip(units, tmp_path):
    units.update_vector_group("Unit", "heat_curve", 1, {"segment_output": [1.0, 2.5],
                                                        "segment_heat_rate": [9, 8], "fuel_segment": ["Gas", None]})
    path = tmp_path / "curve.csv"
    units.export_csv("Unit", "heat_curve", str(path))
    assert read(path) == ("sep=,\nid,vector_index,segment_output,segment_heat_rate,fuel_segment\n"
                          "U1,1,1,9,Gas\nU1,2,2.5,8,\n")
    before = units.read_vector_group_by_id("Unit", "heat_curve", 1)
    units.update_vector_group("Unit", "heat_curve", 1, {})
    units.import_csv("Unit", "heat_curve", str(path))
    assert units.read_vector_group_by_id("Unit", "heat_curve", 1) == before


def test_time_series_round_trip_with_date_format(units, tmp_path):
    units.update_time_series_group("Unit", "generation", 1, {
        "date_time": ["2024-01-01T00:00:00", "2024-01-02T06:00:00"], "generation": [1.5, None],
        "status": ["ok", "a, b"]})
    options = CSVOptions(date_time_format="%Y/%m/%d %H:%M")
    path = tmp_path / "generation.csv"
    units.export_csv("Unit", "generation", str(path), options=options)
    assert read(path) == ("sep=,\nid,date_time,generation,status\n"
                          'U1,"2024/01/01 00:00",1.5,ok\nU1,"2024/01/02 06:00",,"a, b"\n')
    before = units.read_time_series_group("Unit", "generation", 1)
    units.update_time_series_group("Unit", "generation", 1, {})
    units.import_csv("Unit", "generation", str(path), options=options)
    assert units.read_time_series_group("Unit", "generation", 1) == before


def test_import_scalars_with_options(full_db, tmp_path):
    path = tmp_path / "zones.csv"
    path.write_text("sep=,\nlabel,peak_load\nEast,10\nNorth,1500.5\n", encoding="utf-8")
    full_db.import_csv("Zone", "", str(path))
    assert full_db.read_scalar_strings("Zone", "label") == ["East", "North"]
    assert full_db.read_scalar_floats("Zone", "peak_load") == [10.0, 1500.5]
    path = tmp_path / "units.csv"
    path.write_text(f"sep=,\n{HEADER}\nU9,5,,double,,15/01/2024,East,,\n", encoding="utf-8")
    full_db.import_csv("Unit", "", str(path),
                       options=CSVOptions(date_time_format="%d/%m/%Y", enum_labels=UNIT_COUNTS))
    assert full_db.read_scalar_integers("Unit", "unit_count") == [2]
    assert full_db.read_scalar_strings("Unit", "date_commissioning") == ["2024-01-15T00:00:00"]
    assert full_db.read_scalar_integers("Unit", "zone_id") == [1]


def test_import_refused_in_transactions_and_dry_runs(units, tmp_path):
    path = tmp_path / "units.csv"
    units.export_csv("Unit", "", str(path))
    for begin, end in ((units.begin_transaction, units.rollback), (units.begin_dry_run, units.end_dry_run)):
        begin()
        with pytest.raises(QuiverError) as excinfo:
            units.import_csv("Unit", "", str(path))
        assert str(excinfo.value) == "Cannot import_csv: transaction already active"
        end()


@pytest.mark.parametrize("call, message", [
    (lambda db, d: db.export_csv("Unit", "nope", f"{d}/x.csv"),
     "Cannot export_csv: group not found: 'nope' in collection 'Unit'"),
    (lambda db, d: db.import_csv("Unit", "nope", f"{d}/x.csv"),
     "Cannot import_csv: group not found: 'nope' in collection 'Unit'"),
    (lambda db, d: db.import_csv("Nope", "", f"{d}/x.csv"), "Cannot import_csv: collection not found: Nope"),
    (lambda db, d: db.import_csv("Unit", "", f"{d}/missing.csv"),
     "Cannot import_csv: could not open file: {d}/missing.csv"),
    (lambda db, d: db.export_csv("Unit", "", str(d)), "Failed to export_csv: could not open file: {d}"),
])
def test_errors(units, tmp_path, call, message):
    with pytest.raises(QuiverError) as excinfo:
        call(units, tmp_path)
    assert str(excinfo.value) == message.format(d=tmp_path)


def test_options_are_keyword_only(units, tmp_path):
    with pytest.raises(TypeError):
        units.export_csv("Unit", "", str(tmp_path / "x.csv"), CSVOptions())  # type: ignore[misc]
    for method in (Database.export_csv, Database.import_csv):
        assert inspect.signature(method).parameters["options"].kind is inspect.Parameter.KEYWORD_ONLY


def test_mixins():
    assert Database.__mro__[1:3] == (DatabaseCSVExport, DatabaseCSVImport)
    assert "export_csv" in DatabaseCSVExport.__dict__ and "import_csv" in DatabaseCSVImport.__dict__


def test_csv_options_defaults_and_frozen():
    options = CSVOptions()
    assert options.date_time_format == "" and options.enum_labels == {}
    assert CSVOptions().enum_labels is not options.enum_labels
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.date_time_format = "%Y"  # type: ignore[misc]


def _strings(array, count):
    return [ffi.string(array[i]).decode() for i in range(count)]


def test_marshal_options_flattens_in_dict_order():
    keepalive, c_opts = _marshal_csv_options(CSVOptions(
        date_time_format="%Y", enum_labels={"status": {"en": {"Active": 1, "Inactive": 2}, "pt": {"Ativo": 1}}}))
    assert ffi.string(c_opts.date_time_format) == b"%Y"
    assert c_opts.enum_group_count == 2
    assert _strings(c_opts.enum_attribute_names, 2) == ["status", "status"]
    assert _strings(c_opts.enum_locale_names, 2) == ["en", "pt"]
    assert list(c_opts.enum_entry_counts[0:2]) == [2, 1]
    assert _strings(c_opts.enum_labels, 3) == ["Active", "Inactive", "Ativo"]
    assert list(c_opts.enum_values[0:3]) == [1, 2, 1]
    assert keepalive


def test_marshal_default_options():
    keepalive, c_opts = _marshal_csv_options(CSVOptions())
    assert c_opts != ffi.NULL
    assert ffi.string(c_opts.date_time_format) == b""
    assert c_opts.enum_group_count == 0
    for field in ("enum_attribute_names", "enum_locale_names", "enum_entry_counts", "enum_labels", "enum_values"):
        assert getattr(c_opts, field) == ffi.NULL


def test_marshal_options_errors():
    with pytest.raises(TypeError):
        _marshal_csv_options(CSVOptions(enum_labels={"a": {"en": {"x": "1"}}}))  # type: ignore[dict-item]
    with pytest.raises(AttributeError):
        _marshal_csv_options(CSVOptions(enum_labels={"a": {"en": {1: 1}}}))  # type: ignore[dict-item]


# The worked example of c-api-groups-timeseries-csv.md §7.7 (tests/schemas/valid/csv_plant.sql and
# the expected files under tests/data/csv/), driven through the binding.

def expected_csv(name):
    return read(TEST_DATA / "csv" / name)


def test_worked_example_exports(tmp_path):
    with open_schema("valid/csv_plant.sql") as db:
        for group, name, options in (
            ("", "plant.csv", None),
            ("", "plant_options.csv",
             CSVOptions(date_time_format="%d/%m/%Y", enum_labels={"kind": {"en": {"Thermal": 1, "Hydro": 2}}})),
            ("costs", "costs.csv", None),
            ("tags", "tags.csv", None),
            ("output", "output.csv", None),
            ("output", "output_dates.csv", CSVOptions(date_time_format="%Y/%m/%d %H:%M")),
        ):
            path = tmp_path / name
            db.export_csv("Plant", group, str(path), options=options)
            assert read(path) == expected_csv(name), name


def test_worked_example_readers():
    utc = dt.timezone.utc
    with open_schema("valid/csv_plant.sql") as db:
        data = db.read_time_series_group("Plant", "output", 1)
        assert data == {"date_time": [dt.datetime(2024, 1, 1, tzinfo=utc)] * 2 + [dt.datetime(2024, 2, 1, tzinfo=utc)] * 2,
                        "block": [1, 2, 1, 2], "energy": [10.5, 20.0, None, 40.25]}
        assert db.read_set_group_by_id("Plant", "tags", 1) == [{"tag": "coal"}, {"tag": "peak load"}]
        energy = db.read_time_series_row("Plant", "output", "energy", dt.datetime(2024, 1, 20))
        assert energy[:2] == [20.0, 5.0] and math.isnan(energy[2])
        assert db.read_time_series_row("Plant", "output", "block", dt.datetime(2024, 2, 1)) == [2, 1, 0]


def test_worked_example_import(tmp_path):
    options = CSVOptions(date_time_format="%d/%m/%Y",
                         enum_labels={"kind": {"en": {"Thermal": 1, "Hydro": 2}, "pt": {"Termica": 1, "Hidro": 2}}})
    with open_schema("valid/csv_plant.sql") as db:
        db.import_csv("Plant", "", str(TEST_DATA / "csv" / "plant_import.csv"), options=options)
        assert db.read_element_ids("Plant") == [1, 2, 4]
        assert db.read_scalar_integers("Plant", "backup_id") == [None, 1, 4]
        path = tmp_path / "after.csv"
        db.export_csv("Plant", "", str(path))
        assert read(path) == expected_csv("plant_after_import.csv")
        assert db.read_vector_floats_by_id("Plant", "cost", 2) == [7.0]
