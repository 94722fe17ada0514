"""The installer's parts that can be checked without building: the icon, the NSIS script, the
README's list of system libraries. (The build itself and the smoke test of the frozen program
run in installer/build.py, which CI runs after the tests.)"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from installer.system_libraries import apt_command

ROOT = Path(__file__).resolve().parents[1]
ICO = ROOT / "resources" / "icons" / "sotk-planner.ico"


def test_the_window_shows_the_program_icon_in_every_size_windows_asks_for() -> None:
    code = (
        "import json\n"
        "from ui.app import make_application\n"
        "icon = make_application().windowIcon()\n"
        "small = icon.pixmap(16, 16).toImage()\n"
        "print(json.dumps({'sizes': sorted({s.width() for s in icon.availableSizes()}),\n"
        "    'corner_alpha': small.pixelColor(0, 0).alpha(), 'middle_alpha': small.pixelColor(8, 8).alpha()}))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, check=True)
    shown = json.loads(result.stdout)
    assert {16, 24, 32, 48, 256} <= set(shown["sizes"])
    assert shown["corner_alpha"] < 64 and shown["middle_alpha"] == 255  # a rounded square, not a blank or a box


def test_the_ico_file_is_laid_out_as_windows_reads_it() -> None:
    data = ICO.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1) and count >= 6
    sizes = []
    for index in range(count):
        width, height, _colours, _zero, _planes, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        side = width or 256
        sizes.append(side)
        assert width == height and bits == 32 and offset + length <= len(data)
        entry = data[offset : offset + length]
        if entry.startswith(b"\x89PNG"):
            assert side >= 128  # Windows expects PNG only in the big entries
        else:  # a DIB: its header says twice the height (image plus mask), 32 bits
            header_size, dib_width, dib_height, _planes, dib_bits = struct.unpack_from("<IiiHH", entry, 0)
            assert (header_size, dib_width, dib_height, dib_bits) == (40, side, 2 * side, 32)
            mask_row = ((side + 31) // 32) * 4
            assert length == 40 + side * side * 4 + mask_row * side
    assert {16, 32, 48, 256} <= set(sizes)


def test_the_readme_installs_every_system_library_qt_loads_for_the_window() -> None:
    assert apt_command() in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis (NSIS) is not installed")
def test_the_nsis_script_compiles_into_an_installer(tmp_path: Path) -> None:
    """Against a stand-in folder (the real one needs the Windows build): the script, its
    languages, pages, registry and uninstaller compile; only Windows can run them."""
    payload = tmp_path / "sotk-planner"
    (payload / "_internal").mkdir(parents=True)
    for name in ("sotk-planner.exe", "sotk-planner-cli.exe", "_internal/python311.dll"):
        (payload / name).write_bytes(b"MZ stand-in")
    out = tmp_path / "sotk-planner-9.8.7-setup.exe"
    options = ["-V1", "-DVERSION=9.8.7", f"-DSOURCE_DIR={payload}", f"-DOUTFILE={out}"]
    result = subprocess.run(["makensis", *options, str(ROOT / "installer" / "sotk-planner.nsi")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    installer = out.read_bytes()
    assert installer[:2] == b"MZ" and "9.8.7".encode("utf-16-le") in installer  # Windows shows it under Properties
    missing_version = subprocess.run(["makensis", "-V1", f"-DSOURCE_DIR={payload}", str(ROOT / "installer" / "sotk-planner.nsi")])
    assert missing_version.returncode != 0  # built only through build.py, which passes the version
