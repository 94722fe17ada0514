"""Damaged and foreign files meet every command the same way: exit status 2 and a message
that names the file and the problem, never a traceback, never output as if all were well,
never a new backup beside the file from a failed attempt."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from core.errors import DamagedFile, FileProblem
from core.store import open_store
from tests.damage import CASES, SAYS, damaged_copy, without_permission
from ui.cli import main

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = {
    "info": ["info"],
    "check": ["check"],
    "staff": ["staff"],
    "jpm": ["jpm"],
    "assets": ["assets"],
    "assets-summary": ["assets-summary"],
    "report-structure": ["report", "structure"],
    "report-competency": ["report", "competency"],
}


def run_in_process(capsys: pytest.CaptureFixture[str], command: list[str], file: Path, tmp_path: Path) -> tuple[int, str, str]:
    extra = ["-o", str(tmp_path / "laporan.pdf")] if command[0] == "report" else []
    status = main([*command, str(file), *extra])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize("case", list(CASES))
def test_every_command_names_the_file_and_the_problem(
    case: str, sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "kantor"
    folder.mkdir()
    bad = damaged_copy(sample_file, folder, case)
    before = sorted(os.listdir(folder))
    for name, command in COMMANDS.items():
        status, out, err = run_in_process(capsys, command, bad, tmp_path)
        assert status == 2, (name, out[:200], err)
        assert str(bad) in err and SAYS[case] in err, (name, err)
        assert "Traceback" not in err and out == "", name
        assert sorted(os.listdir(folder)) == before, name  # no backup, no journal, no lock left
        assert not list(tmp_path.glob("laporan.pdf*")), name  # no report, no .part


@pytest.mark.parametrize("case", ["flipped-mid-file", "user-version-0", "assets-dropped"])
def test_a_real_process_exits_2_without_a_traceback(case: str, sample_file: Path, tmp_path: Path) -> None:
    bad = damaged_copy(sample_file, tmp_path, case)
    for command in (["check"], ["info"], ["report", "structure"]):
        extra = ["-o", str(tmp_path / "x.pdf")] if command[0] == "report" else []
        result = subprocess.run(
            [sys.executable, "main.py", *command, str(bad), *extra], capture_output=True, text=True, cwd=ROOT, timeout=120
        )
        assert result.returncode == 2, (command, result.stderr)
        assert result.stderr.startswith("Galat: Berkas " + str(bad)) and "Traceback" not in result.stderr


@pytest.mark.parametrize("case", list(CASES))
def test_opening_for_work_refuses_without_touching_the_file(case: str, sample_file: Path, tmp_path: Path) -> None:
    bad = damaged_copy(sample_file, tmp_path, case)
    listing = sorted(os.listdir(tmp_path))
    content = bad.read_bytes() if bad.is_file() else None
    for _ in range(2):  # a second try leaves no second backup either
        with pytest.raises(FileProblem) as caught:
            open_store(bad, pages=True).close()
        assert str(bad) in caught.value.message and SAYS[case] in caught.value.message
    assert sorted(os.listdir(tmp_path)) == listing
    assert (bad.read_bytes() if bad.is_file() else None) == content


def test_the_message_points_to_the_last_sound_backup(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = damaged_copy(sample_file, tmp_path, "flipped-mid-file")
    good = tmp_path / "flipped-mid-file.cadangan-v2-20250101-080000.sotk"
    shutil.copy(sample_file, good)
    newer_but_broken = tmp_path / "flipped-mid-file.cadangan-v3-20250301-080000.sotk"
    newer_but_broken.write_bytes(b"not a database at all" * 10)
    os.utime(good, (1_700_000_000, 1_700_000_000))
    status, _out, err = run_in_process(capsys, ["info"], bad, tmp_path)
    assert status == 2
    assert f"Cadangan terakhir yang masih utuh: {good}" in err
    with pytest.raises(DamagedFile) as caught:
        open_store(bad, pages=True)
    assert caught.value.params["backup"] == str(good)


def test_without_a_backup_nothing_is_promised(sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = damaged_copy(sample_file, tmp_path, "units-dropped")
    _status, _out, err = run_in_process(capsys, ["info"], bad, tmp_path)
    assert "Cadangan terakhir" not in err


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any file whatever its permissions")
def test_a_file_without_permission_is_named_with_the_reason(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = without_permission(sample_file, tmp_path)
    try:
        status, _out, err = run_in_process(capsys, ["info"], bad, tmp_path)
        assert status == 2 and str(bad) in err and "tidak ada izin" in err
    finally:
        os.chmod(bad, 0o644)


@pytest.mark.parametrize("case", ["random-bytes", "other-program", "flipped-mid-file", "user-version-999", "directory"])
def test_demo_force_never_replaces_what_is_not_a_sound_sotk_file(
    case: str, sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = damaged_copy(sample_file, tmp_path, case)
    content = bad.read_bytes() if bad.is_file() else None
    status = main(["demo", str(bad), "--force"])
    err = capsys.readouterr().err
    assert status == 2 and str(bad) in err and "Traceback" not in err
    assert (bad.read_bytes() if bad.is_file() else None) == content


def test_demo_force_replaces_a_sound_sotk_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from core.store import create_store

    target = tmp_path / "lama.sotk"
    create_store(target).close()
    assert main(["demo", str(target), "--force"]) == 0
    with open_store(target, read_only=True) as store:
        assert store.is_sample
