"""Make the guide's screenshots from the program itself, so they stay true: build the sample,
open the real main window offscreen at 1366×768 (a common office laptop), visit each screen
and save it into resources/panduan/img/ (or img/en/ with --lang en) as a small palette PNG.

    .venv/bin/python tools/make_guide_screenshots.py [--lang id|en] [--out FOLDER]

Run it after a change to a screen the guide shows, look at the pictures, and commit them.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QImage, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

SIZE = (1366, 768)
WIDTH = 1100  # pixels of the saved picture: readable in the guide window and on A4
COLOURS = 128


def wait(app: QApplication, until: Callable[[], bool] = lambda: False, seconds: float = 0.3) -> None:
    """Let the window work (timers, background checks) until ``until`` holds or time is up."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if until():
            break
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def save(picture: QPixmap, path: Path) -> int:
    """Scale to :data:`WIDTH` and keep a palette of :data:`COLOURS`: a screen of flat colours
    stays sharp and the file small."""
    image = picture.toImage()
    if image.width() > WIDTH:
        image = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    palette = image.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
    if palette.colorCount() > COLOURS:
        palette = image.convertToFormat(
            QImage.Format.Format_Indexed8,
            Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither,
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    if not palette.save(str(path), "PNG", 9):
        raise SystemExit(f"cannot write {path}")
    return path.stat().st_size


def staff_sheet(window: Any, work: Path) -> Path:
    """The chosen perangkat daerah's staff as the program exports them, with one name changed
    and one row whose NIP a spreadsheet turned into a number: what a dry run shows."""
    from openpyxl import load_workbook

    from core.excel.export import export

    path = work / "pegawai.xlsx"
    chosen = window.selected()
    export(window.doc.store, "staff", path, unit_id=chosen[1])
    book = load_workbook(path)
    sheet = book.worksheets[0]
    first = next(r for r in range(1, 20) if sheet.cell(r, 1).value == "NIP") + 1  # under the title rows
    sheet.cell(first, 2).value = f"{sheet.cell(first, 2).value} Saputra"
    row = [sheet.cell(first, c).value for c in range(1, sheet.max_column + 1)]
    row[0], row[1] = 1.99003e17, "Rina Wulandari"
    sheet.append(row)
    book.save(path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("id", "en"), default="id")
    parser.add_argument("--out", type=Path, help="folder (default resources/panduan/img, or img/en for English)")
    args = parser.parse_args(argv)
    out: Path = args.out or (ROOT / "resources" / "panduan" / "img" / ("en" if args.lang == "en" else ""))
    work = Path(tempfile.mkdtemp(prefix="sotk-guide-"))
    os.environ["SOTK_DATA_DIR"] = str(work / "data")

    from core.demo import build_demo

    sample = work / "contoh.sotk"
    build_demo(sample)

    QCoreApplication.setOrganizationName("SOTK Planner Guide")
    QCoreApplication.setApplicationName("SOTK Planner Guide")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
    app = QApplication([sys.argv[0]])
    from ui.i18n import install_translators
    from ui.main_window import MainWindow
    from ui.settings import Settings

    install_translators(args.lang)
    window = MainWindow(Settings())
    window.resize(*SIZE)
    window.show()
    wait(app)
    if not window.open_path(sample):
        raise SystemExit("the sample did not open")
    runner = window.checks.runner
    wait(app, lambda: window.checks_panel.report is not None and not runner.running, 60)
    sizes: dict[str, int] = {}

    def shot(name: str, widget: QWidget | None = None, settle: float = 0.6) -> None:
        wait(app, seconds=settle)
        sizes[name] = save((widget or window).grab(), out / f"{name}.png")

    def unit(name: str, tab: int = 0) -> None:
        store = window.doc.store  # type: ignore[union-attr]
        window.select("unit", store.scalar("SELECT id FROM units WHERE edition_id = 1 AND name = ? ORDER BY id", (name,)))
        window.editor.unit_tabs.setCurrentIndex(tab)
        window.tree.setFocus()

    def dock(name: str) -> None:
        action = next(a for a in window.findChildren(type(window.act_expand)) if a.objectName() == f"actShow-{name}")
        action.trigger()

    unit("Dinas Pendidikan dan Kebudayaan")
    window.checks_dock.raise_()
    shot("utama")
    unit("Bidang Pembinaan Sekolah Menengah Atas", 0)
    shot("struktur")
    unit("Bidang Pembinaan Sekolah Menengah Atas", 1)
    shot("pegawai", settle=1.5)
    unit("Dinas Pendidikan dan Kebudayaan", 2)
    shot("aset", settle=1.5)
    unit("Dinas Pendidikan dan Kebudayaan", 3)
    shot("bagan", settle=2.0)
    unit("Dinas Pendidikan dan Kebudayaan", 0)
    dock("checksDock")
    shot("pemeriksaan", settle=1.0)
    dock("staffDock")
    shot("sembilan-kotak", settle=2.0)
    dock("assetsDock")
    shot("aset-wilayah", settle=2.0)
    dock("auditDock")
    shot("riwayat", settle=1.5)
    dock("synergyDock")
    shot("sinergi", settle=2.0)
    dock("cascadeDock")
    shot("pohon-kinerja", settle=2.0)
    dock("checksDock")

    from ui.dialogs.report_dialog import ReportDialog

    scope = window.reports.scope()
    report = ReportDialog(window, scope, work, "org-chart")
    report.show()
    shot("laporan", report)
    report.close()

    restructure = window.restructure.open()
    if restructure is not None:
        restructure.resize(1200, 700)
        restructure.tabs.setCurrentIndex(1)
        shot("restrukturisasi", restructure, settle=3.0)
        restructure.tabs.setCurrentIndex(2)
        shot("dampak", restructure, settle=3.0)
        restructure.close()

    unit("Dinas Pendidikan dan Kebudayaan", 0)
    sheet = staff_sheet(window, work)
    window.excel_import.open_dialog("staff")
    importing = window.excel_import.dialog
    if importing is not None:
        importing.resize(1100, 700)
        importing.path.setText(str(sheet))
        importing.next.click()
        wait(app, lambda: importing.pages.currentIndex() == 1, 20)
        shot("impor", importing, settle=1.0)
        importing.next.click()
        wait(app, lambda: importing.run.isVisible() and importing.run.isEnabled(), 60)
        importing.resize(1100, 420)  # a few rows: the rest of the list would be empty
        shot("impor-uji", importing, settle=1.0)
        importing.close()

    guide = window.guide.open("mulai")
    guide.resize(1100, 700)
    shot("panduan", guide)
    guide.close()

    window.close_file()
    for name, size in sizes.items():
        print(f"{out / name}.png  {size // 1024} KB")
    print(f"{len(sizes)} pictures, {sum(sizes.values()) // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
