"""``main.py restructure``, run as a user runs it: a separate process, its output and exit status."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", "restructure", *args], capture_output=True, text=True, cwd=ROOT, timeout=300
    )


def _draft_id(path: Path) -> int:
    info = json.loads(subprocess.run([sys.executable, "main.py", "info", str(path), "--json"], capture_output=True,
                                     text=True, cwd=ROOT, check=True).stdout)  # fmt: skip
    return next(e["id"] for e in info["regions"][0]["editions"] if e["status"] == "draft")


def test_the_sample_draft_through_review_approval_impact_and_apply(sample_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "contoh.sotk"
    shutil.copy(sample_file, path)
    draft = str(_draft_id(path))
    refused = run("apply", str(path), "--draft", draft)
    assert refused.returncode == 1 and "disetujui" in refused.stderr
    assert run("status", str(path), "--draft", draft, "--to", "in_review").returncode == 0
    approved = run("status", str(path), "--draft", draft, "--to", "approved")
    assert approved.returncode == 0 and "disetujui" in approved.stdout
    impact = run("impact", str(path), "--draft", draft, "--json")
    assert impact.returncode == 0, impact.stderr
    data = json.loads(impact.stdout)
    assert data["ready"] and data["totals"]["bench"] == 2
    applied = run("apply", str(path), "--draft", draft, "--stamp", data["stamp"], "--bast", "BAST/2026", "--json")
    assert applied.returncode == 0, applied.stderr
    result = json.loads(applied.stdout)
    assert result["left_in_archive"] == {"staff": 0, "positions": 0, "assets": 0}
    assert result["transfers"] > 0 and all(b["reference"].startswith("BAST/2026/") for b in result["bast"])
    assert result["staff_moved"] + result["bench"] == data["totals"]["people"]
    assert len(result["bench_people"]) == result["bench"] == 2 and all(p["nip"] for p in result["bench_people"])


def test_a_new_draft_with_a_mapping_sheet_naming_a_missing_unit_changes_nothing(sample_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "contoh.sotk"
    shutil.copy(sample_file, path)
    made = run("draft", str(path), "--region", "1", "--name", "Skenario B", "--effective", "2027-01-01", "--json")
    assert made.returncode == 0, made.stderr
    draft = str(json.loads(made.stdout)["edition_id"])
    run("status", str(path), "--draft", draft, "--to", "in_review")
    run("status", str(path), "--draft", draft, "--to", "approved")
    sheet = tmp_path / "peta.csv"
    sheet.write_text("Unit lama,Tindakan,Unit baru\nDinas Sosial,tetap,Dinas Sosial\nDinas Hantu,bubar,\n", encoding="utf-8")
    before = path.read_bytes()
    result = run("apply", str(path), "--draft", draft, "--mapping", str(sheet))
    assert result.returncode == 1 and "Baris 3" in result.stderr and "Dinas Hantu" in result.stderr
    assert path.read_bytes() == before
    undecided = run("apply", str(path), "--draft", draft)
    assert undecided.returncode == 1 and "belum diberi keputusan" in undecided.stderr


def test_a_file_that_cannot_be_read_exits_with_2(tmp_path: Path) -> None:
    bad = tmp_path / "bukan.sotk"
    bad.write_text("bukan basis data", encoding="utf-8")
    result = run("impact", str(bad), "--draft", "2")
    assert result.returncode == 2 and "bukan.sotk" in result.stderr
