"""Run the NSIS installer's logic under 64-bit Wine on Linux: what can be shown without Windows.

python3 installer/try_under_wine.py        (needs wine, makensis and an X display, e.g. Xvfb)

The script is compiled for amd64 (Wine without 32-bit support runs only that; the real build
uses the default x86-unicode) with a stand-in payload: Wine's own notepad.exe as the window's
program, so that a "running copy" can be started. In a fresh Wine prefix it installs silently
(/S) and checks the files, shortcuts and registry; installs over an older copy; over a running
copy; into a folder nobody may write; a second copy elsewhere that takes the association over;
and uninstalls both. What only Windows shows: the pages and the dialogs themselves, Explorer
opening a .sotk with a double-click, SmartScreen, and the real program starting.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINE_EXES = Path("/usr/lib/x86_64-linux-gnu/wine/x86_64-windows")
PROGID = "SOTKPlanner.Document"


class Wine:
    def __init__(self, prefix: Path) -> None:
        self.prefix = prefix
        # No menu entries or .desktop files in the Linux user's own folders.
        self.env = dict(os.environ, WINEPREFIX=str(prefix), WINEDEBUG="-all", WINEDLLOVERRIDES="winemenubuilder.exe=d")
        self.home = prefix / "drive_c" / "users" / os.environ.get("USER", "root")

    def run(self, *args: str, settle: bool = True) -> int:
        """Run a Windows program to its end; ``settle`` waits for every Wine process (an
        uninstaller goes on from a copy of itself), which must be False while another runs."""
        status = subprocess.run(["wine", *args], env=self.env, capture_output=True).returncode
        if settle:
            subprocess.run(["wineserver", "-w"], env=self.env)
        return status

    def start(self, *args: str) -> subprocess.Popen[bytes]:
        return subprocess.Popen(["wine", *args], env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def registry(self, key: str, name: str = "@") -> str | None:
        """A value under HKEY_CURRENT_USER, read from Wine's user.reg."""
        subprocess.run(["wineserver", "-w"], env=self.env)
        wanted = "[" + key.replace("\\", "\\\\") + "]"
        inside = False
        for line in (self.prefix / "user.reg").read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("["):
                inside = line.split("]")[0] + "]" == wanted
            elif inside and line.startswith("@=" if name == "@" else f'"{name}"='):
                quoted = line.split("=", 1)[1]
                if not quoted.startswith('"'):
                    return quoted  # dword:..., hex:...
                return quoted[1:-1].replace("\\\\", "\0").replace('\\"', '"').replace("\0", "\\")
        return None


def compile_installer(work: Path) -> Path:
    payload = work / "payload" / "sotk-planner"
    (payload / "_internal" / "resources").mkdir(parents=True)
    shutil.copy(WINE_EXES / "notepad.exe", payload / "sotk-planner.exe")
    shutil.copy(WINE_EXES / "hostname.exe", payload / "sotk-planner-cli.exe")
    (payload / "_internal" / "resources" / "urusan.csv").write_text("kode,nama\n", encoding="utf-8")
    out = work / "sotk-planner-0.1.0-setup.exe"
    options = ["-V1", "-DTARGET=amd64-unicode", "-DVERSION=0.1.0", f"-DSOURCE_DIR={payload}", f"-DOUTFILE={out}"]
    subprocess.run(["makensis", *options, str(ROOT / "installer" / "sotk-planner.nsi")], check=True)
    return out


def main() -> int:
    if not (shutil.which("wine") and shutil.which("makensis") and os.environ.get("DISPLAY")):
        print("needs wine, makensis and DISPLAY (for example: Xvfb :77 & DISPLAY=:77 python3 installer/try_under_wine.py)")
        return 2
    results: list[tuple[str, bool]] = []

    def check(what: str, ok: bool) -> None:
        results.append((what, ok))
        print(f"  {'ok  ' if ok else 'FAIL'} {what}", flush=True)

    with tempfile.TemporaryDirectory(prefix="sotk-wine-") as name:
        work = Path(name)
        setup = str(compile_installer(work))
        wine = Wine(work / "prefix")
        subprocess.run(["wineboot", "-i"], env=wine.env, capture_output=True)
        folder = wine.home / "AppData" / "Local" / "Programs" / "SOTK Planner"
        settings = wine.home / "AppData" / "Roaming" / "SOTK Planner"
        start_menu = wine.home / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "SOTK Planner.lnk"
        command = rf'"C:\users\{wine.home.name}\AppData\Local\Programs\SOTK Planner\sotk-planner.exe" "%1"'

        print("a first install (silent):")
        check("it succeeds", wine.run(setup, "/S") == 0)
        check("the program is in %LOCALAPPDATA%\\Programs\\SOTK Planner", (folder / "sotk-planner.exe").is_file())
        check(
            "a Start-menu entry and a desktop shortcut",
            start_menu.is_file() and (wine.home / "Desktop" / "SOTK Planner.lnk").is_file(),
        )
        check(".sotk opens with this copy", wine.registry(r"Software\Classes\.sotk") == PROGID)
        check("  its open command", wine.registry(rf"Software\Classes\{PROGID}\shell\open\command") == command)
        uninstall_key = r"Software\Microsoft\Windows\CurrentVersion\Uninstall\SOTK Planner"
        check("Apps & features lists version 0.1.0", wine.registry(uninstall_key, "DisplayVersion") == "0.1.0")

        print("over an older copy:")
        (folder / "_internal" / "old-library.dll").write_text("old", encoding="utf-8")
        (folder / "pekerjaan-saya.sotk").write_text("user's file", encoding="utf-8")
        settings.mkdir(parents=True, exist_ok=True)
        (settings / "SOTK Planner.ini").write_text("[General]\nlanguage=id\n", encoding="utf-8")
        check("it succeeds", wine.run(setup, "/S") == 0)
        check("the old copy's library is gone", not (folder / "_internal" / "old-library.dll").exists())
        check(
            "a user's file in the folder and the settings stay",
            (folder / "pekerjaan-saya.sotk").is_file() and (settings / "SOTK Planner.ini").is_file(),
        )

        print("over a running copy:")
        running = wine.start(str(folder / "sotk-planner.exe"))
        try:
            subprocess.run(["sleep", "5"])
            check("the silent install gives up (the dialog would ask to close it)", wine.run(setup, "/S", settle=False) == 2)
        finally:
            wine.run("taskkill", "/IM", "sotk-planner.exe", "/F", settle=False)
            running.wait(timeout=60)
            subprocess.run(["wineserver", "-w"], env=wine.env)

        print("into a folder nobody may write:")
        locked = work / "locked"
        locked.mkdir()
        if subprocess.run(["chattr", "+i", str(locked)], capture_output=True).returncode == 0:
            try:
                status = wine.run(setup, "/S", "/D=Z:" + str(locked / "sotk").replace("/", "\\"))
                check("refused, nothing written", status == 2 and not any(locked.iterdir()))
            finally:
                subprocess.run(["chattr", "-i", str(locked)])
        else:
            print("  (skipped: chattr +i is not allowed here)")

        print("a second copy in another folder, then the first one uninstalled:")
        other = work / "other"
        other.mkdir()
        other_windows = "Z:" + str(other / "sotk").replace("/", "\\")
        check("the second install succeeds", wine.run(setup, "/S", "/D=" + other_windows) == 0)
        check("uninstalling the first succeeds", wine.run(str(folder / "uninstall.exe"), "/S") == 0)
        subprocess.run(["sleep", "3"])  # the uninstaller copies itself to a temporary folder and goes on from there
        subprocess.run(["wineserver", "-w"], env=wine.env)
        still = wine.registry(rf"Software\Classes\{PROGID}\shell\open\command") or ""
        check(".sotk still opens with the second copy", other_windows + "\\sotk-planner.exe" in still)
        check(
            "the first copy's files are gone; the user's file stays",
            not (folder / "sotk-planner.exe").exists() and (folder / "pekerjaan-saya.sotk").is_file(),
        )

        print("the second copy uninstalled:")
        check("it succeeds", wine.run(str(other / "sotk" / "uninstall.exe"), "/S") == 0)
        subprocess.run(["sleep", "3"])
        subprocess.run(["wineserver", "-w"], env=wine.env)
        check(
            "no association is left",
            wine.registry(r"Software\Classes\.sotk") is None and wine.registry(rf"Software\Classes\{PROGID}") is None,
        )
        check("no Apps & features entry", wine.registry(uninstall_key, "DisplayName") is None)
        check("shortcuts gone", not start_menu.exists() and not (wine.home / "Desktop" / "SOTK Planner.lnk").exists())
        check("the settings stay", (settings / "SOTK Planner.ini").is_file())
    failed = [what for what, ok in results if not ok]
    print(f"{len(results) - len(failed)} of {len(results)} checks held" + (f"; failed: {failed}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
