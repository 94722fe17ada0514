"""Smoke test of the frozen program: run what an office does with it, from the built folder.

python installer/frozen_smoke.py dist/sotk-planner

Each step runs the frozen program as a user would and checks what they would see, so a
module, library or resource missing from the bundle is found at build time, not in an office:
its version, a sample file (reference tables, the sample's texts), the checks on it (rule
files, the stemmer's dictionary: the sample's near-duplicate function statement is found),
a PDF report (the fonts), an Excel export read back by the importer (XlsxWriter, calamine,
defusedxml), the import template with its unknown unit answered by the nearest names
(rapidfuzz), the window offscreen, and a bad file refused with a message that
also lands in the log.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STEP_TIMEOUT_S = 300


def frozen_program(folder: Path) -> Path:
    """The program with a console in the built folder (on Windows the window's .exe has none)."""
    if sys.platform == "win32":
        return folder / f"{folder.name}-cli.exe"
    return folder / folder.name


def isolated_environment(home: Path) -> dict[str, str]:
    """Offscreen, with its own data folder and settings: the builder's own are not touched."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SOTK_DATA_DIR=str(home / "data"))
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["APPDATA"] = str(home / "config")
    env["LOCALAPPDATA"] = str(home / "local")
    return env


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


@dataclass
class Step:
    name: str
    args: list[str] | Callable[[], list[str]]  # a callable when it needs what an earlier step found
    check: Callable[[Run], str | None]  # what went wrong, or None
    expected_status: int = 0


def _expect(condition: bool, problem: str) -> str | None:
    return None if condition else problem


def steps(work: Path, version: str) -> list[Step]:
    sample = work / "contoh.sotk"
    pdf = work / "bagan.pdf"
    sheet = work / "pegawai.xlsx"
    template = work / "templat-pegawai.xlsx"
    bad = work / "bukan-sotk.sotk"
    bad.write_text("bukan basis data\n", encoding="utf-8")

    def version_shown(run: Run) -> str | None:
        return _expect(run.stdout.strip() == f"SOTK Planner {version}", f"said {run.stdout.strip()!r}, not version {version}")

    def sample_built(run: Run) -> str | None:
        return _expect(sample.is_file() and sample.stat().st_size > 100_000, f"{sample} was not written")

    def sample_described(run: Run) -> str | None:
        totals = json.loads(run.stdout)["totals"]
        return _expect(totals["units"] > 100 and totals["staff"] > 1000, f"the sample holds only {totals}")

    def checks_found_the_planted_defects(run: Run) -> str | None:
        rules = {finding["rule"] for finding in json.loads(run.stdout)}
        missing = {"urusan_twice", "combining", "function_overlap"} - rules
        return _expect(not missing, f"the sample's planted defects were not found: {sorted(missing)}")

    def pdf_written_with_our_font(run: Run) -> str | None:
        data = pdf.read_bytes() if pdf.is_file() else b""
        return _expect(data.startswith(b"%PDF") and b"DejaVuSansCondensed" in data, f"{pdf} is no PDF with the shipped font")

    found: dict[str, int] = {}

    def staff_listed(run: Run) -> str | None:
        people = json.loads(run.stdout)
        units = Counter(person["unit_id"] for person in people if person["unit_id"] is not None)
        if units:
            found["unit"], found["people"] = units.most_common(1)[0]
        return _expect(len(people) > 1000 and bool(units), f"only {len(people)} people listed, {len(units)} units")

    def export_read_back(run: Run) -> str | None:
        summary = json.loads(run.stdout)["summary"]
        return _expect(
            summary["rows"] >= found["people"] and summary["unchanged"] == summary["rows"] and summary["rejected_rows"] == 0,
            f"the staff of unit {found['unit']} and below ({found['people']} in it) did not read back unchanged: {summary}",
        )

    def nearest_units_offered(run: Run) -> str | None:
        rejected = json.loads(run.stdout)["rejected"]
        offered = [row for row in rejected if row["header"] == "Unit" and "mirip" in row["reason"]]
        return _expect(bool(offered), f"the template's example unit was not answered with the nearest names: {rejected}")

    def window_painted(run: Run) -> str | None:
        line = json.loads(run.stdout.strip().splitlines()[-1])
        return _expect(line["tree_ms"] > 0 and line["window_width"] > 0, f"odd smoke-test line {line}")

    def refused_and_logged(run: Run) -> str | None:
        log = work / "home" / "data" / "sotk-planner.log"
        logged = log.is_file() and "bukan berkas SOTK Planner" in log.read_text(encoding="utf-8")
        said = "bukan berkas SOTK Planner" in run.stderr
        return _expect(said and logged, f"the refusal was not said (stderr: {said}) or not logged in {log} ({logged})")

    return [
        Step("--version", ["--version"], version_shown),
        Step("demo", ["demo", str(sample), "--force"], sample_built),
        Step("info", ["info", str(sample), "--json"], sample_described),
        Step("check", ["check", str(sample), "--json"], checks_found_the_planted_defects),
        Step("report", ["report", "org-chart", str(sample), "-o", str(pdf)], pdf_written_with_our_font),
        Step("staff", ["staff", str(sample), "--json"], staff_listed),
        Step(
            "export",
            lambda: ["export", "staff", str(sample), str(sheet), "--unit", str(found["unit"])],
            lambda run: _expect(sheet.is_file(), f"{sheet} missing"),
        ),
        Step(
            "import --dry-run",
            lambda: ["import", "staff", str(sample), str(sheet), "--into", str(found["unit"]), "--dry-run", "--json"],
            export_read_back,
        ),
        Step("template", ["template", "staff", str(template)], lambda run: _expect(template.is_file(), f"{template} missing")),
        # Its example row names a unit the sample does not have: refused (status 1), with the
        # nearest names (rapidfuzz).
        Step(
            "import the template",
            ["import", "staff", str(sample), str(template), "--dry-run", "--json"],
            nearest_units_offered,
            expected_status=1,
        ),
        Step("--smoke-test", [str(sample), "--smoke-test"], window_painted),
        Step("--smoke-test on a bad file", [str(bad), "--smoke-test"], refused_and_logged, expected_status=1),
    ]


def run_smoke_test(folder: Path, version: str, say: Callable[[str], None] = print) -> list[str]:
    """Run every step; returns the failures (empty when the frozen program works)."""
    program = frozen_program(folder)
    if not program.is_file():
        return [f"{program} does not exist"]
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="sotk-frozen-") as name:
        work = Path(name)
        env = isolated_environment(work / "home")
        for step in steps(work, version):
            started = time.perf_counter()
            try:
                args = step.args() if callable(step.args) else step.args
                done = subprocess.run(
                    [str(program), *args], capture_output=True, text=True, encoding="utf-8", env=env, timeout=STEP_TIMEOUT_S
                )
                run = Run(done.returncode, done.stdout, done.stderr)
                if run.returncode != step.expected_status:
                    problem: str | None = (
                        f"exit status {run.returncode}, not {step.expected_status}: {run.stderr.strip()[-2000:]}"
                    )
                else:
                    problem = step.check(run)
            except subprocess.TimeoutExpired:
                problem = f"no answer within {STEP_TIMEOUT_S} s"
            except (ValueError, KeyError, IndexError, TypeError) as exc:  # output that is not the JSON the README describes
                problem = f"unexpected output ({exc!r})"
            seconds = time.perf_counter() - started
            say(
                f"  {'ok  ' if problem is None else 'FAIL'} {step.name} ({seconds:.1f} s){'' if problem is None else ': ' + problem}"
            )
            if problem is not None:
                failures.append(f"{step.name}: {problem}")
    return failures


def project_version() -> str:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else ROOT / "dist" / "sotk-planner").resolve()
    print(f"smoke test of {frozen_program(folder)}")
    failures = run_smoke_test(folder, project_version())
    print("smoke test passed" if not failures else f"smoke test FAILED ({len(failures)} of its steps)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
