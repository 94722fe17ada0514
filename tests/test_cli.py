"""The command line, run as a user runs it: a separate process, its output and exit status."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", *args], capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_version_and_help() -> None:
    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith("SOTK Planner 0.")
    shown = run("--help")
    assert shown.returncode == 0
    for command in ("demo", "info"):
        assert command in shown.stdout
    # argparse's own English never shows through, on the program's help or a command's
    for text in (shown.stdout, run("check", "--help").stdout, run("import", "--help").stdout):
        for english in ("show program's version", "show this help", "usage:", "options:", "positional arguments"):
            assert english not in text


def test_info_on_the_sample_as_json(sample_file: Path) -> None:
    result = run("info", str(sample_file), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["sample"] is True
    from core.schema import SCHEMA_VERSION

    assert data["schema_version"] == SCHEMA_VERSION
    [region] = data["regions"]
    assert region["name"] == "Provinsi Kalimantan Barat" and region["kind"] == "provinsi"
    edition, draft = region["editions"]  # the edition in force and the sample's restructuring draft
    assert set(edition) == {
        "id",
        "name",
        "status",
        "legal_basis",
        "legal_number",
        "legal_date",
        "units",
        "positions",
        "staff",
        "assets",
        "restructuring",
    }
    assert edition["status"] == "in_force" and edition["restructuring"] is None
    assert (draft["status"], draft["restructuring"]["status"]) == ("draft", "draft")
    assert draft["restructuring"]["from_edition_id"] == edition["id"]
    assert edition["units"] + draft["units"] == data["totals"]["units"] and edition["units"] > 300
    assert data["totals"]["staff"] > 1000 and data["totals"]["assets"] > 5000


def test_the_readme_shows_what_info_prints_for_the_sample(sample_file: Path) -> None:
    """Issue 17: the README's `info --json` example is the sample's real output (the file name aside)."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split("### `info --json`", 1)[1].split("\n\n    {", 1)[1].split("\n\n", 1)[0]
    shown = json.loads("{" + "\n".join(line.removeprefix("    ") for line in block.splitlines()))
    printed = json.loads(run("info", str(sample_file), "--json").stdout)
    assert {**printed, "file": shown["file"]} == shown


def test_info_as_text(sample_file: Path) -> None:
    result = run("info", str(sample_file))
    assert result.returncode == 0
    assert "Provinsi Kalimantan Barat" in result.stdout
    assert "DATA CONTOH" in result.stdout
    assert "berlaku" in result.stdout


def test_info_on_a_bad_file_says_so_with_status_2(tmp_path: Path) -> None:
    bad = tmp_path / "laporan.sotk"
    bad.write_text("hello", encoding="utf-8")
    result = run("info", str(bad))
    assert result.returncode == 2
    assert "laporan.sotk" in result.stderr and "bukan" in result.stderr
    assert result.stdout == ""
    missing = run("info", str(tmp_path / "hilang.sotk"))
    assert missing.returncode == 2 and "hilang.sotk" in missing.stderr


def test_info_does_not_touch_the_file(sample_file: Path) -> None:
    before = sample_file.read_bytes()
    run("info", str(sample_file), "--json")
    assert sample_file.read_bytes() == before


def test_demo_refuses_to_overwrite_and_checks_arguments(tmp_path: Path) -> None:
    target = tmp_path / "ada.sotk"
    target.write_text("milik orang lain", encoding="utf-8")
    result = run("demo", str(target))
    assert result.returncode == 2 and "--force" in result.stderr
    assert target.read_text(encoding="utf-8") == "milik orang lain"
    assert run("demo", str(tmp_path / "x.sotk"), "--scale", "0").returncode == 2
    assert run("demo", str(tmp_path / "x.sotk"), "--seed", "abc").returncode == 2
    assert run("nosuchcommand.sotk", "--what").returncode == 2


def test_demo_then_info(tmp_path: Path) -> None:
    target = tmp_path / "x.sotk"
    made = run("demo", str(target), "--seed", "7")
    assert made.returncode == 0, made.stderr
    assert "unit" in made.stdout
    info = json.loads(run("info", str(target), "--json").stdout)
    assert info["totals"]["regions"] == 1


def test_check_as_json_lists_findings_with_rule_severity_units_message(sample_file: Path) -> None:
    result = run("check", str(sample_file), "--json")
    assert result.returncode == 0, result.stderr
    findings = json.loads(result.stdout)
    assert isinstance(findings, list) and findings
    for finding in findings:
        assert {"rule", "severity", "units", "message", "edition_id", "key", "accepted"} <= set(finding)
        assert finding["severity"] in ("error", "warning", "note")
        assert all({"id", "path"} == set(unit) for unit in finding["units"])
    claims = [f for f in findings if f["rule"] == "urusan_twice" and f["severity"] == "error"]
    assert {tuple(sorted(u["path"] for u in f["units"])) for f in claims} == {
        ("Dinas Koperasi, Usaha Kecil dan Menengah", "Dinas Perindustrian, Perdagangan, Energi dan Sumber Daya Mineral"),
        ("Badan Penelitian dan Pengembangan", "Dinas Komunikasi dan Informatika"),
    }


def test_check_fail_on_sets_the_exit_status(sample_file: Path, tmp_path: Path) -> None:
    assert run("check", str(sample_file), "--fail-on", "error").returncode == 1
    assert run("check", str(sample_file), "--fail-on", "warning").returncode == 1
    assert run("check", str(sample_file)).returncode == 0
    from core import regions, units
    from core.store import create_store

    clean = tmp_path / "bersih.sotk"
    with create_store(clean) as store:
        region = regions.create_region(store, "Kota Kecil", "kota", edition_name="Perwali 1/2025")
        edition = regions.list_editions(store, region.id)[0]
        units.create_unit(store, edition.id, None, "Dinas X", "dinas")
    assert run("check", str(clean), "--fail-on", "error").returncode == 1  # mandatory urusan uncovered
    text = run("check", str(clean))
    assert "GALAT" in text.stdout and "Urusan wajib 1.01 Pendidikan" in text.stdout


def test_check_on_an_unknown_edition_or_bad_file_is_status_2(sample_file: Path, tmp_path: Path) -> None:
    unknown = run("check", str(sample_file), "--edition", "999")
    assert unknown.returncode == 2 and "999" in unknown.stderr
    bad = tmp_path / "bukan.sotk"
    bad.write_text("x", encoding="utf-8")
    assert run("check", str(bad)).returncode == 2


@pytest.fixture
def office_file(tmp_path: Path) -> Path:
    """Dinas A (with Bidang X) holds a building and two laptops; Dinas B a car; one person in Bidang X."""
    from core import assets, positions, regions, staff, units
    from core.store import create_store

    path = tmp_path / "kantor.sotk"
    with create_store(path) as store:
        region = regions.create_region(store, "Kota Kecil", "kota", edition_name="Perwali 1/2025")
        edition = regions.list_editions(store, region.id)[0]
        a = units.create_unit(store, edition.id, None, "Dinas A", "dinas").unit_id
        x = units.create_unit(store, edition.id, a, "Bidang X", "bidang").unit_id
        b = units.create_unit(store, edition.id, None, "Dinas B", "dinas").unit_id
        assets.create_asset(store, a, "C", "1.3.3.01.01.01.001", "Gedung Kantor", year=2001, value="Rp 1.500.000.000")
        for value in ("Rp 12.500.000,50", "Rp 9.999.999,99"):
            assets.create_asset(store, x, "B", "1.3.2.10.02.03.002", "Laptop", year=2022, value=value)
        assets.create_asset(store, b, "B", "1.3.2.02.01.01.001", "Sedan", year=2016, value="Rp 350.000.000")
        analis = positions.create_position(store, x, "Analis Kebijakan Ahli Muda", "fungsional", level="ahli_muda")
        positions.set_standard(store, analis.id, {"M.01": 3, "M.02": 3})
        person = staff.create_staff(store, region.id, "198001012005011001", "Budi Santoso", "PNS", position_id=analis.id)
        staff.set_assessments(store, person.id, [staff.Assessment(None, "M.01", 3, "2025-01-10", "UPT")])
    return path


def test_assets_of_a_unit_as_json_keep_exact_rupiah(office_file: Path) -> None:
    listed = run("assets", str(office_file), "--unit", "1", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert sorted(r["name"] for r in rows) == ["Gedung Kantor", "Laptop", "Laptop"]  # Dinas A with Bidang X
    assert sum(r["value_sen"] for r in rows) == 152_250_000_049  # 1,500,000,000 + 12,500,000.50 + 9,999,999.99
    laptop = next(r for r in rows if r["value_sen"] == 1_250_000_050)
    assert laptop["value"] == "Rp 12.500.000,50" and laptop["unit"] == "Bidang X" and laptop["kib"] == "B"
    only_b = json.loads(run("assets", str(office_file), "--kib", "B", "--json").stdout)
    assert sorted(r["name"] for r in only_b) == ["Laptop", "Laptop", "Sedan"]
    text = run("assets", str(office_file))
    assert "4 aset, Rp 1.872.500.000,49" in text.stdout


def test_assets_summary_per_perangkat_daerah_and_kib(office_file: Path) -> None:
    result = run("assets-summary", str(office_file), "--json")
    assert result.returncode == 0, result.stderr
    rows = {(r["pd"], r["kib"]): (r["count"], r["value_sen"]) for r in json.loads(result.stdout)}
    assert rows == {
        ("Dinas A", "B"): (2, 2_250_000_049),
        ("Dinas A", "C"): (1, 150_000_000_000),
        ("Dinas B", "B"): (1, 35_000_000_000),
    }
    assert {r["region"] for r in json.loads(result.stdout)} == {"Kota Kecil"}
    text = run("assets-summary", str(office_file)).stdout
    assert text.startswith("== Kota Kecil ==\nDinas A\n")  # which region's Dinas A: files hold many regions
    assert "Jumlah: 4 aset, Rp 1.872.500.000,49" in text


def test_staff_and_jpm_as_json(office_file: Path) -> None:
    [person] = json.loads(run("staff", str(office_file), "--json").stdout)
    assert (person["nip"], person["unit"], person["position"]) == ("198001012005011001", "Bidang X", "Analis Kebijakan Ahli Muda")
    assert person["gender"] == "L" and person["status"] == "PNS"
    jpm = json.loads(run("jpm", str(office_file), "--json").stdout)
    [row] = jpm["people"]
    assert row["jpm"] == 50.0 and row["complete"] is False  # 3 of 3 + 3 required, M.02 never assessed


def test_people_and_assets_on_an_unknown_unit_are_status_2(office_file: Path) -> None:
    for command in ("staff", "jpm", "assets"):
        result = run(command, str(office_file), "--unit", "99")
        assert result.returncode == 2 and "99" in result.stderr, command
    assert run("assets", str(office_file), "--kib", "Z").returncode == 2


def test_report_writes_a_pdf_and_says_where(sample_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "bagan.pdf"
    result = run("report", "org-chart", str(sample_file), "-o", str(out), "--paper", "A3", "--lampiran")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF") and f"Ditulis {out} (1 halaman)" in result.stdout
    listing = run("report", "structure", str(sample_file), "-o", str(tmp_path / "daftar.pdf"), "--unit", "1", "--landscape")
    assert listing.returncode == 0, listing.stderr
    assert run("report", "nonsense", str(sample_file), "-o", str(out)).returncode == 2
    missing = run("report", "structure", str(sample_file), "-o", str(tmp_path / "no" / "x.pdf"))
    assert missing.returncode == 2 and "tidak dapat ditulis" in missing.stderr


def test_a_report_aimed_at_the_data_file_is_refused_and_the_file_kept(sample_file: Path, tmp_path: Path) -> None:
    import shutil

    data = tmp_path / "wilayah.sotk"
    shutil.copy(sample_file, data)
    before = data.read_bytes()
    result = run("report", "findings", str(data), "-o", str(data))
    assert result.returncode == 2 and ".pdf" in result.stderr
    assert data.read_bytes() == before


def test_demo_force_never_replaces_a_file_another_program_has_open(tmp_path: Path) -> None:
    import os
    import socket

    from core.lockfile import lock_path_for

    target = tmp_path / "dipakai.sotk"
    assert run("demo", str(target)).returncode == 0
    before = target.read_bytes()
    owner = {"user": "siti", "host": socket.gethostname(), "pid": os.getppid(), "since": "2026-11-23T08:15:00+07:00"}
    lock_path_for(target).write_text(json.dumps(owner), encoding="utf-8")  # open in a program that still runs
    result = run("demo", str(target), "--force")
    assert result.returncode == 2 and "siti" in result.stderr
    assert target.read_bytes() == before
    folder = run("demo", str(tmp_path), "--force")
    assert folder.returncode == 2 and "folder" in folder.stderr and "Traceback" not in folder.stderr


def test_a_file_of_an_older_version_is_read_without_being_changed(tmp_path: Path) -> None:
    import shutil

    old = tmp_path / "lama.sotk"
    shutil.copy(Path(__file__).parent / "data" / "schema_v1.sotk", old)
    before = old.read_bytes()
    result = run("info", str(old), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["file"].endswith("lama.sotk")
    assert run("check", str(old), "--json").returncode == 0
    assert old.read_bytes() == before  # updating it is the window's job, with a backup first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lama.sotk"]  # no backup or copy left beside it


def test_a_mistyped_command_is_named_and_repeated_editions_are_checked_once(sample_file: Path) -> None:
    result = run("chek", str(sample_file))
    assert result.returncode == 2 and "'chek' tidak dikenal" in result.stderr and "'check'" in result.stderr
    missing = run("check")
    assert missing.returncode == 2 and "wajib diisi" in missing.stderr  # argparse speaks Indonesian too
    once = json.loads(run("check", str(sample_file), "--edition", "1", "--json").stdout)
    twice = json.loads(run("check", str(sample_file), "--edition", "1", "--edition", "1", "--json").stdout)
    assert len(twice) == len(once)


def test_system_refusals_are_said_in_indonesian(sample_file: Path, tmp_path: Path) -> None:
    result = run("report", "findings", str(sample_file), "-o", str(tmp_path / "tidak-ada" / "x.pdf"))
    assert result.returncode == 2
    assert "berkas atau folder tidak ada" in result.stderr and "No such file" not in result.stderr


def _smoke(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    import os

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "HOME": str(tmp_path),
        "SOTK_DATA_DIR": str(tmp_path / "data"),
    }
    return subprocess.run(
        [sys.executable, "main.py", *args, "--smoke-test"], capture_output=True, text=True, cwd=ROOT, env=env, timeout=300
    )


def test_smoke_test_opens_the_window_on_a_file_and_says_when(sample_file: Path, tmp_path: Path) -> None:
    result = _smoke(tmp_path, str(sample_file))
    assert result.returncode == 0, result.stderr
    [line] = result.stdout.strip().splitlines()
    shown = json.loads(line)
    assert set(shown) == {"shown_ms", "tree_ms", "window_width", "window_height"}
    assert 0 < shown["shown_ms"] <= shown["tree_ms"] < 120_000
    assert shown["window_width"] >= 640 and shown["window_height"] >= 400
    # The user's own settings are left alone: the file tried is not their last or a recent file.
    assert not any(sample_file.name in p.read_text(errors="replace") for p in (tmp_path / "config").rglob("*.ini"))


def test_smoke_test_without_a_file_opens_the_sample(tmp_path: Path) -> None:
    result = _smoke(tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["tree_ms"] > 0
    assert list((tmp_path / "data").rglob("*.sotk")), "the sample was built where a normal start builds it"


def test_smoke_test_fails_with_the_reason(tmp_path: Path) -> None:
    missing = tmp_path / "tidak-ada.sotk"
    result = _smoke(tmp_path, str(missing))
    assert result.returncode != 0
    assert result.stdout == ""
    assert str(missing) in result.stderr
    not_sotk = tmp_path / "catatan.sotk"
    not_sotk.write_text("bukan basis data")
    result = _smoke(tmp_path, str(not_sotk))
    assert result.returncode != 0 and "catatan.sotk" in result.stderr


def test_audit_lists_changes_newest_first_and_never_touches_the_file(tmp_path: Path) -> None:
    import hashlib

    from core import regions, units
    from core.store import create_store

    path = tmp_path / "riwayat.sotk"
    store = create_store(path)
    region = regions.create_region(store, "Kota Pontianak", "kota", edition_name="Perwa 12/2024")
    edition = regions.list_editions(store, region.id)[0]
    dinas = units.create_unit(store, edition.id, None, "Dinas Pendidikan", "dinas").unit_id
    bidang = units.create_unit(store, edition.id, dinas, "Bidang SMA", "bidang").unit_id
    other = units.create_unit(store, edition.id, None, "Dinas Kesehatan", "dinas").unit_id
    units.update_unit(store, bidang, name="Bidang SMA/SMK")
    units.update_unit(store, other, name="Dinas Kesehatan Baru")
    store.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    result = run("audit", str(path), "--unit", str(dinas), "--json")
    assert result.returncode == 0, result.stderr
    entries = json.loads(result.stdout)
    assert result.stdout == json.dumps(entries, ensure_ascii=False, indent=2) + "\n"  # the shape README shows
    assert [(e["action"], e["entity_id"]) for e in entries] == [("update", bidang), ("create", bidang), ("create", dinas)]
    assert entries[0]["before"] == {"name": "Bidang SMA"} and entries[0]["after"] == {"name": "Bidang SMA/SMK"}
    assert entries[0]["name"] == "Bidang SMA/SMK" and entries[0]["os_user"]

    text = run("audit", str(path))
    assert text.returncode == 0
    assert "Nama: Dinas Kesehatan → Dinas Kesehatan Baru" in text.stdout
    assert text.stdout.index("Dinas Kesehatan Baru") < text.stdout.index("Bidang SMA/SMK")  # newest first
    assert json.loads(run("audit", str(path), "--since", "2999-01-01", "--json").stdout) == []
    bad = run("audit", str(path), "--since", "kemarin")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr
    assert run("audit", str(path), "--unit", "999").returncode == 2
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_an_exported_sheet_imports_back_unchanged_even_where_unit_names_repeat(sample_file: Path, tmp_path: Path) -> None:
    """Export → import of the same perangkat daerah: every row found, nothing to change, nothing
    rejected; a unit name that repeats inside it (a Bidang Keperawatan in each hospital of the
    Dinas Kesehatan) is written with as much of its path as tells it apart."""
    import sqlite3

    with sqlite3.connect(sample_file) as conn:
        dinkes = conn.execute("SELECT id FROM units WHERE parent_id IS NULL AND name = 'Dinas Kesehatan'").fetchone()[0]
    sheet = tmp_path / "pegawai.xlsx"
    assert run("export", "staff", str(sample_file), str(sheet), "--unit", str(dinkes)).returncode == 0
    result = run("import", "staff", str(sample_file), str(sheet), "--into", str(dinkes), "--dry-run", "--json")
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr
    summary = json.loads(result.stdout)["summary"]
    assert summary["rows"] > 100
    assert (summary["unchanged"], summary["added"], summary["updated"], summary["rejected_rows"]) == (summary["rows"], 0, 0, 0)


def test_restructure_propose_is_reached_through_the_restructure_command(sample_file: Path) -> None:
    """`restructure propose` (routed to the comparison's command) proposes the sample draft's mapping:
    the Balitbang the draft dissolves is proposed as dissolved, the Sekretariat Daerah as kept."""
    result = run("restructure", "propose", str(sample_file), "--from", "1", "--to", "2", "--json")
    assert result.returncode == 0, result.stderr
    actions = {entry["from"]: entry["action"] for entry in json.loads(result.stdout)}
    assert actions["Sekretariat Daerah"] == "kept"
    assert actions["Badan Penelitian dan Pengembangan"] == "dissolved"
