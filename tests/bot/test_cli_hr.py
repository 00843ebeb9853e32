"""`pandu units`, `pandu export` and `pandu summary` as an operator runs them (subprocesses on
a seeded data dir; no index or model is needed)."""

import csv

import openpyxl

from storage.db import create_tables, make_engine, session_scope
from tests.bot.test_cli import run
from tests.storage import hr_seed


def seeded(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    engine = make_engine(f"sqlite:///{data / 'pandu.db'}")
    create_tables(engine)
    with session_scope(engine) as session:
        hr_seed.seed(session)
    return data


def test_export_to_xlsx_and_csv_for_one_unit(tmp_path):
    data = seeded(tmp_path)
    out, folder = tmp_path / "hr.xlsx", tmp_path / "csv"
    done = run(
        [
            "export",
            "--from",
            "2026-10-01",
            "--to",
            "29/11/2026",
            "--unit",
            "bkpsdm",
            "--out",
            str(out),
            "--csv",
            str(folder),
        ],
        data,
    )
    assert done.returncode == 0, done.stderr
    staff = list(openpyxl.load_workbook(out)["Pegawai"].iter_rows(min_row=2, values_only=True))
    assert sorted(r[0] for r in staff) == ["Hadi", "Indah", "Joko", "Kiki"]
    with (folder / "pegawai.csv").open(encoding="utf-8-sig") as handle:
        assert sorted(r["Nama"] for r in csv.DictReader(handle)) == [
            "Hadi",
            "Indah",
            "Joko",
            "Kiki",
        ]
    assert len(list(folder.glob("*.csv"))) == 5


def test_summary_prints_plain_text_and_bad_input_is_a_clear_error(tmp_path):
    data = seeded(tmp_path)
    done = run(
        ["summary", "--from", "2026-10-01", "--to", "2026-11-29", "--unit", "Diskominfo"], data
    )
    assert done.returncode == 0, done.stderr
    assert "Ringkasan Dinas Komunikasi dan Informatika" in done.stdout and "<b>" not in done.stdout
    assert "Pegawai terdaftar: 6" in done.stdout
    bad = run(["summary", "--from", "kemarin", "--to", "2026-11-29"], data)
    assert bad.returncode == 2 and "Tanggal tidak dikenali" in bad.stderr
    unknown = run(
        [
            "export",
            "--from",
            "2026-10-01",
            "--to",
            "2026-11-29",
            "--unit",
            "Dinas Pariwisata",
            "--out",
            str(tmp_path / "x.xlsx"),
        ],
        data,
    )
    assert unknown.returncode == 2 and "tidak ada di daftar unit" in unknown.stderr


def test_loading_a_unit_list_maps_typed_units(tmp_path):
    data = tmp_path / "data"
    listing = tmp_path / "unit.yaml"
    listing.write_text("units:\n  - {name: Dinas Pendidikan, aliases: [Disdik]}\n")
    done = run(["units", str(listing)], data)
    assert done.returncode == 0 and "1 unit dimuat; 0 profil" in done.stdout
    broken = tmp_path / "broken.yaml"
    broken.write_text("units: [\n")
    failed = run(["units", str(broken)], data)
    assert failed.returncode == 2 and "tidak bisa dibaca" in failed.stderr
