"""Excel import through the window, as a clerk goes through it: Berkas → Impor dari Excel
(the file and the perangkat daerah, the sheet with its header rows and mapping, the dry run,
Impor), the mapping remembered for the next file of the same shape, rejected rows with
their reasons, undo and Cancel, a file that is no spreadsheet, a read-only file, and the
lists' context menus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu, QMessageBox, QProgressDialog, QPushButton

from core import positions, regions, units
from core.staff import StaffFilter, create_staff, staff_ids, staff_rows
from core.store import create_store, open_store
from tests.core import office_sheets as sheets
from ui.dialogs.excel_import.dialog import ImportDialog
from ui.main_window import MainWindow


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """Provinsi Uji: Dinas A (Sekretariat › Subbagian Keuangan, Bidang Sosial) with a
    Sekretaris position, Dinas B, and one person already in the file."""
    path = tmp_path / "kantor.sotk"
    store = create_store(path)
    region = regions.create_region(store, "Provinsi Uji", "provinsi")
    edition = regions.create_edition(store, region.id, "Perda 1/2024", "in_force")
    a = units.create_unit(store, edition.id, None, "Dinas A", "dinas").unit_id
    sek = units.create_unit(store, edition.id, a, "Sekretariat", "sekretariat").unit_id
    units.create_unit(store, edition.id, sek, "Subbagian Keuangan", "subbagian")
    units.create_unit(store, edition.id, a, "Bidang Sosial", "bidang")
    units.create_unit(store, edition.id, None, "Dinas B", "dinas")
    positions.create_position(store, sek, "Sekretaris", "administrator")
    create_staff(store, region.id, "198001012005011001", "Orang Lama", unit_id=a)
    store.close()
    return path


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The message boxes shown (they would block the test)."""
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: messages.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: messages.append(text))
    return messages


def people(path: Path) -> dict[str, tuple[str, str | None, str | None]]:
    with open_store(path, read_only=True) as store:
        return {r.nip: (r.name, r.golongan, r.unit) for r in staff_rows(store, staff_ids(store, StaffFilter()))}


def open_dialog(qtbot, window: MainWindow, path: Path, unit_name: str = "Dinas A") -> ImportDialog:  # type: ignore[no-untyped-def]
    window.open_path(path)
    with open_store(path, read_only=True) as store:
        unit_id = store.scalar("SELECT id FROM units WHERE name = ?", (unit_name,))
    window.select("unit", int(unit_id))
    window.excel_import.action.trigger()
    dialog = window.excel_import.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def read_sheet(qtbot, dialog: ImportDialog, sheet: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.path.setText(str(sheet))
    dialog.next.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=20_000)


def dry_run(qtbot, dialog: ImportDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.next.click()
    qtbot.waitUntil(lambda: dialog.complete, timeout=30_000)


def column_fields(dialog: ImportDialog) -> dict[str, str]:
    """Sheet column letter → the field its combo names."""
    return {
        dialog.mapping.index(row, 0).data(): dialog.field_combo(row).currentData() for row in range(dialog.mapping.rowCount())
    }


def test_a_duk_with_title_rows_and_a_merged_header_goes_in_through_the_dialog_and_undo_takes_it_back(
    qtbot, window: MainWindow, office: Path, tmp_path: Path, told: list[str]
) -> None:  # type: ignore[no-untyped-def]
    before = people(office)
    dialog = open_dialog(qtbot, window, office)
    assert dialog.kind.currentData() == "staff"
    assert dialog.pd.currentText().startswith("Dinas A")  # the PD chosen in the tree
    read_sheet(qtbot, dialog, sheets.duk(tmp_path / "duk.xlsx"))

    assert dialog.sheet.currentText() == "DUK 2024"
    assert (dialog.header_first.value(), dialog.header_last.value(), dialog.data_first.value()) == (6, 7, 9)
    assert [dialog.preview.role_of_row(r) for r in (0, 5, 6, 7, 8)] == ["title", "header", "header", "", "data"]
    fields = column_fields(dialog)
    assert fields["B"] == "name" and fields["C"] == "golongan" and fields["E"] == "position" and fields["G"] == "unit"
    assert dialog.mapping.index(2, 1).data() == "PANGKAT GOL/RUANG"
    assert "BUDI SANTOSO" in dialog.mapping.index(1, 2).data()  # sample values
    assert dialog.field_combo(1).currentText().endswith("*")  # the name is required

    dry_run(qtbot, dialog)
    assert "4 ditambah" in dialog.summary.text() and "0 ditolak" in dialog.summary.text()
    added = dialog.results["added"]
    assert added.rowCount() == 4
    shown = [[added.index(row, column).data() for column in range(added.columnCount())] for row in range(4)]
    assert any("19720315 199803 1 002" in row and "Dinas A › Sekretariat" in row and "Sekretaris" in row for row in shown)
    assert dialog.run.isEnabled()
    dialog.run.click()
    qtbot.waitUntil(lambda: window.doc is not None and not window.doc.busy and bool(told), timeout=30_000)

    after = people(office)
    assert set(after) - set(before) == {"197203151998031002", "198511202010012003", "199001012015031004", "196808171994031001"}
    assert after["197203151998031002"] == ("Drs. BUDI SANTOSO, M.Si", "IV/b", "Sekretariat")
    assert "4 ditambah" in told[-1]
    assert window.act_undo.text() == "&Urungkan Impor duk.xlsx"  # one step for the whole import
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: not window.doc.busy, timeout=30_000)  # type: ignore[union-attr]
    assert people(office) == before


def test_a_mapping_fixed_once_is_offered_again_for_the_next_file_of_that_shape(
    qtbot, window: MainWindow, office: Path, tmp_path: Path, told: list[str]
) -> None:  # type: ignore[no-untyped-def]
    headers = ["NO. INDUK", "NAMA", "GOL", "UNIT KERJA"]  # "NO. INDUK" names no field the program knows
    first = sheets.staff_list(tmp_path / "januari.xlsx", [["19900101 201503 1 004", "Agus", "III/b", "Bidang Sosial"]], headers)
    dialog = open_dialog(qtbot, window, office)
    read_sheet(qtbot, dialog, first)
    assert column_fields(dialog)["A"] == ""
    combo = dialog.field_combo(0)
    combo.setCurrentIndex(combo.findData("nip"))
    assert column_fields(dialog)["A"] == "nip"
    dry_run(qtbot, dialog)
    assert "1 ditambah" in dialog.summary.text()
    dialog.reject()
    qtbot.waitUntil(lambda: window.excel_import.dialog is None)

    second = sheets.staff_list(tmp_path / "februari.xlsx", [["19910303 201503 1 001", "Hadi", "III/a", "Bidang Sosial"]], headers)
    dialog = open_dialog(qtbot, window, office)
    read_sheet(qtbot, dialog, second)
    assert column_fields(dialog)["A"] == "nip"
    assert dialog.mapping_note.isVisible() and "diingat" in dialog.mapping_note.text()
    dry_run(qtbot, dialog)
    assert "1 ditambah" in dialog.summary.text()
    dialog.reject()


def test_the_dry_run_lists_rejected_rows_with_their_reasons_and_imports_only_when_told(
    qtbot, window: MainWindow, office: Path, tmp_path: Path, told: list[str]
) -> None:  # type: ignore[no-untyped-def]
    bad = [
        ("ANI", "III/a", "", "", "", "Bidang Sosial", ""),
        ("GITA\nNIP. 19900202 201503 2 001", "III/a", "31-04-2015", "", "", "Bidang Sosail", "2 Februari 1990"),
    ]
    sheet = sheets.duk(tmp_path / "duk.xlsx", sheets.DUK_PEOPLE[:1] + bad)
    dialog = open_dialog(qtbot, window, office)
    read_sheet(qtbot, dialog, sheet)
    dry_run(qtbot, dialog)
    rejected = dialog.results["rejected"]
    rows = [[rejected.index(row, column).data() for column in range(6)] for row in range(rejected.rowCount())]
    assert {row[1] for row in rows} == {"10", "11"}
    assert all(row[0] == "DUK 2024" for row in rows)
    assert any(row[1] == "10" and "NIP tidak boleh kosong" in row[5] for row in rows)
    assert any(row[1] == "11" and row[2] == "D" and "31 April 2015 tidak ada" in row[5] for row in rows)
    assert any(row[2] == "G" and row[4] == "Bidang Sosail" and "Bidang Sosial" in row[5] for row in rows)
    assert dialog.tabs.currentIndex() == 2 and dialog.tabs.tabText(2) == "Ditolak (2 baris)"

    assert not dialog.run.isEnabled() and "2 baris ditolak" in dialog.run.toolTip()
    dialog.accept_valid.setChecked(True)
    assert dialog.run.isEnabled()
    dialog.run.click()
    qtbot.waitUntil(lambda: window.doc is not None and not window.doc.busy and bool(told), timeout=30_000)
    assert set(people(office)) == {"198001012005011001", "197203151998031002"}
    assert "2 baris yang ditolak dilewati" in told[-1]


def test_cancel_during_the_import_leaves_the_file_as_it_was(
    qtbot, window: MainWindow, office: Path, tmp_path: Path, told: list[str]
) -> None:  # type: ignore[no-untyped-def]
    before = people(office)
    dialog = open_dialog(qtbot, window, office)
    read_sheet(qtbot, dialog, sheets.duk(tmp_path / "duk.xlsx"))
    dry_run(qtbot, dialog)
    dialog.run.click()
    assert window.doc is not None and window.doc.busy
    [progress] = [d for d in window.findChildren(QProgressDialog) if d.parent() is window]
    progress.findChild(QPushButton).click()  # the user presses Batal
    qtbot.waitUntil(lambda: not window.doc.busy, timeout=30_000)  # type: ignore[union-attr]
    assert people(office) == before
    assert "Dibatalkan" in window.statusBar().currentMessage()
    assert not window.act_undo.isEnabled()


def test_a_file_that_is_no_spreadsheet_shows_the_reason_and_changes_nothing(
    qtbot, window: MainWindow, office: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    before = office.read_bytes()
    dialog = open_dialog(qtbot, window, office)
    dialog.path.setText(str(sheets.text_as_xlsx(tmp_path / "pegawai.xlsx")))
    dialog.next.click()
    qtbot.waitUntil(lambda: dialog.file_problem.isVisible(), timeout=20_000)
    assert "berisi teks biasa, bukan lembar kerja Excel" in dialog.file_problem.text()
    assert dialog.pages.currentIndex() == 0
    dialog.reject()
    window.close_file()
    assert office.read_bytes() == before


def test_a_read_only_file_offers_no_import_and_says_why(qtbot, window: MainWindow, office: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(office, read_only=True)
    action = window.excel_import.action
    assert not action.isEnabled()
    assert "hanya" in action.toolTip().lower() or "read" in action.toolTip().lower()


def test_the_staff_list_context_menu_presets_the_kind_and_the_pd(
    qtbot, window: MainWindow, office: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    class Picking(QMenu):
        def exec(self, *args: Any) -> None:  # type: ignore[override]
            [action] = [a for a in self.actions() if a.objectName() == "actImportList"]
            action.trigger()

    monkeypatch.setattr("ui.controllers.excel.QMenu", Picking)
    window.open_path(office)
    with open_store(office, read_only=True) as store:
        unit_id = store.scalar("SELECT id FROM units WHERE name = 'Dinas B'")
    window.select("unit", int(unit_id))
    page = window.editor.assets_page
    page.view.customContextMenuRequested.emit(QPoint(5, 5))
    dialog = window.excel_import.dialog
    assert dialog is not None
    assert dialog.kind.currentData() == "assets" and dialog.pd.currentText().startswith("Dinas B")
    dialog.reject()


def test_a_second_sheet_lists_what_changes_old_and_new(
    qtbot, window: MainWindow, office: Path, tmp_path: Path, told: list[str]
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, window, office)
    read_sheet(qtbot, dialog, sheets.duk(tmp_path / "duk.xlsx"))
    dry_run(qtbot, dialog)
    dialog.run.click()
    qtbot.waitUntil(lambda: window.doc is not None and not window.doc.busy and bool(told), timeout=30_000)
    promoted = [(*sheets.DUK_PEOPLE[1][:1], "III/d", *sheets.DUK_PEOPLE[1][2:]), *sheets.DUK_PEOPLE[2:]]
    dialog = open_dialog(qtbot, window, office)
    read_sheet(qtbot, dialog, sheets.duk(tmp_path / "duk-2025.xlsx", promoted))
    dry_run(qtbot, dialog)
    assert "1 diubah, 2 tanpa perubahan" in dialog.summary.text()
    updated = dialog.results["updated"]
    assert updated.rowCount() == 1
    assert updated.index(0, 0).data() == "9" and "III/c → III/d" in updated.index(0, 1).data()
    dialog.reject()


def test_a_kind_whose_rows_build_an_edition_asks_for_an_edition_or_a_new_one(
    qtbot, window: MainWindow, office: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from core.excel.importers import IMPORTERS, Importer

    monkeypatch.setitem(IMPORTERS, "structure", Importer("structure", "Struktur", "core.excel.import_staff", "", "", "edition"))
    dialog = open_dialog(qtbot, window, office)
    assert dialog.pd.isVisible() and not dialog.edition.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("structure"))  # offered with no change to the dialog
    assert dialog.edition.isVisible() and not dialog.pd.isVisible()
    assert dialog.edition.currentText() == "Provinsi Uji — Perda 1/2024 (berlaku)"  # the edition of the unit chosen
    assert dialog.target().edition is not None and dialog.target().into is None
    dialog.edition.setCurrentIndex(dialog.edition.findText("Edisi baru di Provinsi Uji"))
    assert dialog.new_edition.isVisible()
    dialog.new_edition.setText("Rancangan Perda 2027")
    assert dialog.target().new_edition == "Rancangan Perda 2027" and dialog.target().region is not None
    dialog.reject()


def test_the_result_and_sheet_models_behave_as_qt_models(qtbot, qtmodeltester, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from core.excel.report import Added, Note, Rejected
    from core.validation import Problem
    from ui.dialogs.excel_import.sheet_layout import layout_at, read_top
    from ui.models.import_results import AddedRows, NoteRows, RejectedRows
    from ui.models.import_sheet import MappingRows, SheetPreview

    added = AddedRows(["nip", "name", "unit_id"])
    added.show_items(
        [Added(n, {"nip": "198001012005011001", "name": f"Orang {n}", "unit_id": 1}) for n in range(2500)],
        {"unit_id": {1: "Dinas A"}},
    )
    assert added.rowCount() == 1000 and added.canFetchMore()
    assert added.index(0, 1).data() == "19800101 200501 1 001" and added.index(0, 3).data() == "Dinas A"
    qtmodeltester.check(added)
    rejected = RejectedRows()
    rejected.show_items([Rejected("S", 3, "B", "NIP", "x", Problem("nip", "NIP '{value}' salah", {"value": "x"}))], {})
    qtmodeltester.check(rejected)
    notes = NoteRows()
    notes.show_items([Note(4, "E", "Staf", Problem("position", "Jabatan {value}", {"value": "Staf"}))], {})
    qtmodeltester.check(notes)
    top = read_top(sheets.duk(tmp_path / "duk.xlsx"), "staff")
    layout = layout_at(top, "staff", 5, 6)
    preview, mapping = SheetPreview(), MappingRows()
    preview.show_sheet(top, layout)
    mapping.show_layout(top, layout)
    qtmodeltester.check(preview)
    qtmodeltester.check(mapping)
