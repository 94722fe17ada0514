"""The crash harness, a few trials per operation (tools/crash_harness.py runs it by hand
with 100): a program killed in the middle of a bulk write leaves a file that passes
integrity_check, holds the state before or after (never between), and opens writable in
the next program without any manual step."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tools.crash_harness import OPERATIONS, run_trials

TRIALS = 4


@pytest.mark.parametrize("operation", list(OPERATIONS))
def test_a_killed_write_leaves_a_consistent_file_that_opens_at_once(operation: str, sample_file: Path, tmp_path: Path) -> None:
    shutil.copy(sample_file, tmp_path / "contoh-1.sotk")  # the harness's starting file, already built
    tally = run_trials(operation, TRIALS, tmp_path, seed=7, say=lambda _text: None)
    assert tally.failures == []
    assert tally.consistent == tally.openable == tally.trials == TRIALS, tally.line()
