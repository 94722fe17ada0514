#!/usr/bin/env python3
"""Build SOTK Planner for the platform this runs on, then smoke-test the frozen program.

python3 installer/build.py        (on Windows: py installer\\build.py)

Windows: dist/sotk-planner/ and the installer dist/sotk-planner-VERSION-setup.exe (needs NSIS 3,
https://nsis.sourceforge.io, once on the build PC). Linux: dist/sotk-planner/ and
dist/sotk-planner-VERSION-linux-x86_64.tar.gz; where makensis is installed the NSIS script is
compiled too, against the Linux folder, which proves the script valid (that installer carries
Linux files: it is build/nsis-check/, not for use). Then the frozen program runs its smoke test
(installer/frozen_smoke.py) and the build fails (status 1) when any step fails.

Like run.py, it sets up .venv on first use, here with the build tools (pyproject.toml's
optional "build" group: PyInstaller), which the installed program never needs.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from installer.frozen_smoke import run_smoke_test  # noqa: E402
from installer.system_libraries import WAYLAND_LIBRARIES, missing_libraries  # noqa: E402
from tools.bootstrap import ensure_environment  # noqa: E402

WINDOWS = sys.platform == "win32"
SPEC = ROOT / "installer" / "sotk-planner.spec"
NSIS_SCRIPT = ROOT / "installer" / "sotk-planner.nsi"
DIST = ROOT / "dist"
WORK = ROOT / "build"


def project() -> tuple[str, str]:
    """Name and version from pyproject.toml, checked against the version the program says."""
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    said = re.search(r'^__version__ = "([^"]+)"', (ROOT / "core" / "__init__.py").read_text(encoding="utf-8"), re.MULTILINE)
    if said is None or said.group(1) != meta["version"]:
        sys.exit(f"pyproject.toml says version {meta['version']}, core/__init__.py {said and said.group(1)}: make them agree")
    return meta["name"], meta["version"]


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def freeze(python: Path) -> None:
    subprocess.run(
        [
            str(python),
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            *("--distpath", str(DIST)),
            *("--workpath", str(WORK / "pyinstaller")),
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
    )


def archive(folder: Path, version: str) -> Path:
    """The Linux folder as one .tar.gz (unpacked, it starts with one command)."""
    target = DIST / f"{folder.name}-{version}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=folder.name)
    return target


def find_makensis() -> str | None:
    found = shutil.which("makensis")
    if found is None and WINDOWS:
        for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
            candidate = Path(base or "") / "NSIS" / "makensis.exe"
            if base and candidate.is_file():
                return str(candidate)
    return found


def start_makensis(makensis: str, folder: Path, version: str, out: Path) -> subprocess.Popen[bytes]:
    """Compile the NSIS script (in the background: LZMA over the folder takes minutes)."""
    numbers = [*version.split("."), "0", "0", "0"][:4]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    log = (WORK / "makensis.log").open("w", encoding="utf-8")
    options = ["-V2", f"-DVERSION={version}", f"-DVERSION4={'.'.join(numbers)}", f"-DSOURCE_DIR={folder}", f"-DOUTFILE={out}"]
    return subprocess.Popen([makensis, *options, str(NSIS_SCRIPT)], stdout=log, stderr=subprocess.STDOUT)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Build SOTK Planner for this platform and smoke-test the result.")
    parser.add_argument("--no-installer", action="store_true", help="skip the NSIS installer (or its check on Linux)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    name, version = project()
    python = ensure_environment(("build",))
    print(f"building {name} {version} for {sys.platform} with {python}", flush=True)
    freeze(python)
    folder = DIST / name
    print(f"folder: {folder} ({megabytes(folder_size(folder))})", flush=True)
    failures: list[str] = []

    if not WINDOWS:
        system, faults = missing_libraries(folder)
        for library, package in system:
            use = "a Wayland session uses it" if library in WAYLAND_LIBRARIES else "the window needs it, see the README"
            print(f"note: this machine lacks {library} (Debian/Ubuntu package {package}); {use}")
        failures += faults
        tarball = archive(folder, version)
        print(f"archive: {tarball} ({megabytes(tarball.stat().st_size)})", flush=True)

    makensis = None if args.no_installer else find_makensis()
    installer = (
        DIST / f"{name}-{version}-setup.exe" if WINDOWS else WORK / "nsis-check" / f"{name}-{version}-setup-linux-payload.exe"
    )
    compiling = start_makensis(makensis, folder, version, installer) if makensis else None
    if makensis is None and not args.no_installer:
        message = "makensis (NSIS 3) was not found"
        if WINDOWS:
            failures.append(f"{message}: install NSIS from https://nsis.sourceforge.io and build again")
        else:
            print(f"note: {message} (Debian/Ubuntu: apt-get install nsis); the NSIS script was not compiled")

    print("smoke test of the frozen program:", flush=True)
    failures += run_smoke_test(folder, version)

    if compiling is not None:
        if compiling.wait() != 0:
            failures.append(f"makensis failed on {NSIS_SCRIPT.name}: see {WORK / 'makensis.log'}")
            print((WORK / "makensis.log").read_text(encoding="utf-8", errors="replace")[-3000:])
        else:
            what = "installer" if WINDOWS else "NSIS script compiled (a check: this installer carries the Linux folder)"
            print(f"{what}: {installer} ({megabytes(installer.stat().st_size)})")

    minutes = (time.perf_counter() - started) / 60
    if failures:
        print(f"BUILD FAILED after {minutes:.1f} min:\n  " + "\n  ".join(failures))
        return 1
    print(f"build done in {minutes:.1f} min")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
