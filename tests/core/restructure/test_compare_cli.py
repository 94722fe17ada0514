"""The command line of the comparison and the proposal: 'main.py diff' run as a user runs
it (its own process), and cmd_propose called directly as the 'restructure' command does."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from core import regions
from core.store import create_store
from tests.data.restructuring import build
from ui.cli_compare import cmd_propose

ROOT = Path(__file__).resolve().parents[3]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", *args], capture_output=True, text=True, cwd=ROOT, timeout=300)


@pytest.fixture
def restructured(tmp_path: Path) -> tuple[Path, int, int, int]:
    """A file with the Tulang Bawang restructuring, and an edition of another region."""
    path = tmp_path / "tuba.sotk"
    store = create_store(path)
    built = build(store, "tulang_bawang_2025", "kabupaten")
    other = regions.create_region(store, "Kabupaten Lain", "kabupaten")
    elsewhere = regions.create_edition(store, other.id, "Perda lain", "in_force")
    store.close()
    return path, built.old_edition, built.new_edition, elsewhere.id


def test_diff_as_json_and_as_text(restructured: tuple[Path, int, int, int]) -> None:
    path, old, new, _other = restructured
    result = run("diff", str(path), str(old), str(new), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["edition_a"]["id"], data["edition_b"]["id"]) == (old, new)
    merged = {r["to"]["path"]: sorted(s["path"] for s in r["from"]) for r in data["merged"]}
    assert merged["Badan Perencanaan Pembangunan Riset dan Inovasi"] == [
        "Badan Penelitian dan Pengembangan",
        "Badan Perencanaan Pembangunan Daerah",
    ]
    assert data["counts"]["units_by_kind"]["dinas"] == {"before": 10, "after": 7}  # old.csv: 10 dinas, new.csv: 7
    text = run("diff", str(path), str(old), str(new))
    assert text.returncode == 0, text.stderr
    assert "Digabung: 5" in text.stdout  # four pairs, and the youth dinas joining the tourism part
    assert "Dinas Pertanian → Dinas Ketahanan Pangan, Tanaman Pangan, Hortikultura dan Perkebunan" in text.stdout


def test_diff_refuses_a_missing_file_and_editions_of_two_regions(
    tmp_path: Path, restructured: tuple[Path, int, int, int]
) -> None:
    path, old, _new, other = restructured
    missing = run("diff", str(tmp_path / "tidak-ada.sotk"), "1", "2")
    assert missing.returncode == 2 and "Galat" in missing.stderr
    apart = run("diff", str(path), str(old), str(other))
    assert apart.returncode == 2 and "wilayah yang berbeda" in apart.stderr


def test_propose_called_directly(restructured: tuple[Path, int, int, int], capsys: pytest.CaptureFixture[str]) -> None:
    path, old, new, _other = restructured
    assert cmd_propose([str(path), "--from", str(old), "--to", str(new), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    by_source = {row["from"]: row for row in rows if row["from"]}
    assert by_source["Dinas Pertanian"]["action"] == "split"
    assert sorted(by_source["Dinas Pertanian"]["to"]) == [
        "Dinas Ketahanan Pangan, Tanaman Pangan, Hortikultura dan Perkebunan",
        "Dinas Peternakan Kesehatan Hewan",
    ]
    assert by_source["Dinas Koperasi dan UKM"]["to_unit_ids"] == by_source["Dinas Perdagangan"]["to_unit_ids"]
    assert cmd_propose([str(path), "--from", str(old), "--to", str(new)]) == 0
    text = capsys.readouterr().out
    assert "dipecah" in text and "Dinas Pertanian" in text


def test_propose_refuses_with_status_2(
    tmp_path: Path, restructured: tuple[Path, int, int, int], capsys: pytest.CaptureFixture[str]
) -> None:
    path, old, _new, other = restructured
    garbage = tmp_path / "rusak.sotk"
    garbage.write_bytes(b"bukan berkas SQLite" * 100)
    assert cmd_propose([str(garbage), "--from", "1", "--to", "2"]) == 2
    assert cmd_propose([str(path), "--from", str(old), "--to", str(other)]) == 2
    assert "wilayah yang berbeda" in capsys.readouterr().err
    assert cmd_propose([str(path), "--from", str(old)]) == 2  # --to missing
