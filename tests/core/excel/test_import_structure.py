"""Importing a structure sheet as a bureau meets it: the Kalimantan Barat list as a province
table with outline numbering into a new region, a regency's table by indentation, a list
with a parent column and functions one per line or one row each, the export of a file
brought back into an empty one, the rows that are refused and why, the dry run that writes
nothing, and the import as one undo step."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core import journal, regions, units
from core.edition_content import functions_by_unit, urusan_by_unit
from core.excel.export import export
from core.excel.headers import guess_layout
from core.excel.import_structure import plan_structure, write_structure_plan
from core.excel.importers import IMPORTERS, Target
from core.excel.read import open_workbook
from core.excel.structure_values import kind_from_words
from core.reference import load_reference
from core.store import create_store, open_store
from core.units import units_in_order
from tests.core.excel import structure_sheets as sheets
from ui.cli import main


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def tree(path: Path, edition_id: int | None = None) -> list[tuple[str, str, list[str], list[str]]]:
    """Every unit of an edition (the only one when None) as (path, kind, urusan, functions)."""
    with open_store(path, read_only=True) as store:
        if edition_id is None:
            (edition,) = regions.list_editions(store)
            edition_id = edition.id
        functions = functions_by_unit(store, [edition_id])
        urusan = urusan_by_unit(store, [edition_id])
        result, trail = [], []
        for unit in units_in_order(store, edition_id):
            del trail[unit.depth :]
            trail.append(unit.name)
            result.append((" › ".join(trail), unit.kind, urusan.get(unit.id, []), [t for t, _ in functions.get(unit.id, [])]))
        return result


@pytest.fixture
def empty(tmp_path: Path) -> Path:
    path = tmp_path / "kosong.sotk"
    create_store(path).close()
    return path


NEW_KALBAR = ["--new-edition", "Perda 5/2021", "--new-region", "Provinsi Kalimantan Barat", "--kind", "provinsi", "--code", "61"]


# -- the sheets offices keep ------------------------------------------------------------------


def test_the_kalimantan_barat_list_builds_a_new_region_with_every_unit_in_its_place(tmp_path, empty, capsys) -> None:
    sheet = sheets.kalbar_province(tmp_path / "sotk_kalbar.xlsx")
    code, out, _ = run(["import", "structure", str(empty), str(sheet), *NEW_KALBAR, "--dry-run", "--json"], capsys)
    report = json.loads(out)
    assert code == 0
    assert report["header_rows"] == [5, 6] and report["first_data_row"] == 8  # title rows and the (1) (2) … row skipped
    assert report["mapping"]["urusan"]["header"] == "URUSAN PEMERINTAHAN KODE"
    assert report["scope"]["place"] == "dotted"
    assert report["summary"]["added"] == 49 and report["summary"]["rejected_rows"] == 0
    with open_store(empty, read_only=True) as store:
        assert regions.list_regions(store) == []  # the dry run made no region

    code, out, _ = run(["import", "structure", str(empty), str(sheet), *NEW_KALBAR], capsys)
    assert code == 0 and "49 ditambah" in out
    with open_store(empty, read_only=True) as store:
        (region,) = regions.list_regions(store)
        assert (region.name, region.kind, region.code) == ("Provinsi Kalimantan Barat", "provinsi", "61")
        (edition,) = regions.list_editions(store)
        assert (edition.name, edition.status) == ("Perda 5/2021", "in_force")
    imported = {p.rsplit(" › ", 1)[-1]: (p, kind, codes) for p, kind, codes, _ in tree(empty)}
    for row in sheets.kalbar_rows():
        path, kind, codes = imported[row["name"]]
        assert kind == row["kind"]
        assert codes == row["urusan_codes"].split(";")
        assert path.endswith(f"{row['parent']} › {row['name']}" if row["parent"] else row["name"])
    with open_store(empty, read_only=True) as store:
        tipologi = dict(store.conn.execute("SELECT name, typology FROM units").fetchall())
    assert tipologi["Dinas Pendidikan dan Kebudayaan"] == "A"


@pytest.mark.parametrize("by_column", [False, True], ids=["leading spaces", "one column per level"])
def test_a_regency_table_by_indentation_takes_kinds_from_the_names(tmp_path, empty, capsys, by_column) -> None:
    sheet = sheets.regency_indented(tmp_path / "sanggau.xlsx", by_column=by_column)
    args = ["--new-edition", "Perbup 2023", "--new-region", "Kabupaten Sanggau", "--kind", "kabupaten", "--code", "61.03"]
    code, out, _ = run(["import", "structure", str(empty), str(sheet), *args, "--json"], capsys)
    assert code == 0, out
    assert json.loads(out)["scope"]["place"] == "indent"
    got = [(p, kind) for p, kind, _, _ in tree(empty)]
    assert got == [
        ("Dinas Pendidikan dan Kebudayaan", "dinas"),
        ("Dinas Pendidikan dan Kebudayaan › Sekretariat", "sekretariat"),
        ("Dinas Pendidikan dan Kebudayaan › Sekretariat › Sub Bagian Umum dan Kepegawaian", "subbagian"),
        ("Dinas Pendidikan dan Kebudayaan › Sekretariat › Subbag. Keuangan", "subbagian"),
        ("Dinas Pendidikan dan Kebudayaan › Bidang Pembinaan SD", "bidang"),
        ("Dinas Pendidikan dan Kebudayaan › Bidang Pembinaan SD › Kelompok Jabatan Fungsional", "kelompok_jf"),
        ("Dinas Pendidikan dan Kebudayaan › UPT Pendidikan Kecamatan Kapuas", "uptd"),
        ("Kecamatan Kapuas", "kecamatan"),
        ("Kecamatan Kapuas › Sekretariat", "sekretariat"),
        ("Kecamatan Kapuas › Seksi Pemerintahan", "seksi"),
        ("Kecamatan Kapuas › Seksi Ketenteraman dan Ketertiban Umum", "seksi"),
        ("Kecamatan Kapuas › Kelurahan Beringin", "kelurahan"),
    ]
    with open_store(empty, read_only=True) as store:
        eselon = dict(store.conn.execute("SELECT name, eselon FROM units WHERE name LIKE 'Subbag%'").fetchall())
    assert eselon == {"Subbag. Keuangan": "IVa"}  # written 'IV.a'


def test_a_parent_column_with_functions_one_per_line_or_one_row_each(tmp_path, empty, capsys) -> None:
    sheet = sheets.with_parents(
        tmp_path / "unit.xlsx",
        [
            [
                "Dinas Sosial",
                None,
                "Dinas",
                "1.06",
                "1. perumusan kebijakan bidang sosial\n2. pelaksanaan kebijakan bidang sosial",
            ],
            ["Sekretariat", "Dinas Sosial", "Sekretariat", None, "a. pengelolaan administrasi umum"],
            [None, None, None, None, "b. pengelolaan keuangan"],  # the next function of the unit above
            ["Bidang Rehabilitasi Sosial", "Dinas Sosial", "Bidang", None, "- rehabilitasi sosial"],
            ["Bidang Rehabilitasi Sosial", "Dinas Sosial", None, None, "- perlindungan sosial"],  # one row each
            ["Dinas Kesehatan", None, "Dinas", "1.02", None],
            ["Sekretariat", "Dinas Kesehatan", "Sekretariat", None, None],  # a second Sekretariat, under its own PD
            ["Subbagian Umum", "Sekretariat", "Sub Bagian", None, None],  # the nearest Sekretariat above
        ],
    )
    code, out, _ = run(
        ["import", "structure", str(empty), str(sheet), "--new-edition", "Uji", "--new-region", "Kota Uji", "--kind", "kota"],
        capsys,
    )
    assert code == 0, out
    assert tree(empty) == [
        ("Dinas Sosial", "dinas", ["1.06"], ["perumusan kebijakan bidang sosial", "pelaksanaan kebijakan bidang sosial"]),
        ("Dinas Sosial › Sekretariat", "sekretariat", [], ["pengelolaan administrasi umum", "pengelolaan keuangan"]),
        ("Dinas Sosial › Bidang Rehabilitasi Sosial", "bidang", [], ["rehabilitasi sosial", "perlindungan sosial"]),
        ("Dinas Kesehatan", "dinas", ["1.02"], []),
        ("Dinas Kesehatan › Sekretariat", "sekretariat", [], []),
        ("Dinas Kesehatan › Sekretariat › Subbagian Umum", "subbagian", [], []),
    ]


def test_outline_numbers_by_level_style_roman_letter_digit(tmp_path, empty, capsys) -> None:
    sheet = sheets.with_parents(
        tmp_path / "gaya.xlsx",
        [["I.", "Badan Kepegawaian Daerah"], ["A.", "Sekretariat"], ["1.", "Subbagian Umum"], ["2.", "Subbagian Keuangan"],
         ["B.", "Bidang Mutasi"], ["II.", "Inspektorat"], ["A.", "Inspektur Pembantu Wilayah I"]],
        headers=["No", "Nama Unit"],
    )  # fmt: skip
    code, out, _ = run(
        [
            "import",
            "structure",
            str(empty),
            str(sheet),
            "--new-edition",
            "Uji",
            "--new-region",
            "Kota Uji",
            "--kind",
            "kota",
            "--json",
        ],
        capsys,
    )
    assert code == 0, out
    assert [(p, k) for p, k, _, _ in tree(empty)] == [
        ("Badan Kepegawaian Daerah", "badan"),
        ("Badan Kepegawaian Daerah › Sekretariat", "sekretariat"),
        ("Badan Kepegawaian Daerah › Sekretariat › Subbagian Umum", "subbagian"),
        ("Badan Kepegawaian Daerah › Sekretariat › Subbagian Keuangan", "subbagian"),
        ("Badan Kepegawaian Daerah › Bidang Mutasi", "bidang"),
        ("Inspektorat", "inspektorat"),
        ("Inspektorat › Inspektur Pembantu Wilayah I", "irban"),
    ]


def test_every_kind_the_file_knows_is_understood_in_words() -> None:
    for kind in load_reference().unit_kinds.values():
        assert kind_from_words(kind.label_id) == kind.kind
        assert kind_from_words(kind.label_id.upper()) == kind.kind
    written = {"Sub Bag.": "subbagian", "Sub Bidang": "subbidang", "UPT": "uptd", "Kelompok JF": "kelompok_jf",
               "Setwan": "sekretariat_dprd", "Seksi": "seksi", "Bagian": "bagian", "Badan Daerah": "badan"}  # fmt: skip
    assert {w: kind_from_words(w) for w in written} == written


# -- round trip ------------------------------------------------------------------------------


def test_an_exported_structure_imports_into_an_empty_file_with_the_same_units(tmp_path, empty, capsys) -> None:
    source = tmp_path / "asal.sotk"
    store = create_store(source)
    region = regions.create_region(store, "Provinsi Uji", "provinsi", edition_name="Perda 1/2024")
    (edition,) = regions.list_editions(store, region.id)
    from core.unit_content import Function, set_functions, set_urusan

    every_kind = list(load_reference().unit_kinds)
    top = units.create_unit(store, edition.id, None, "Dinas A", "dinas", typology="B", eselon="IIa", code="1.01.0").unit_id
    set_urusan(store, top, ["1.01", "2.22"])
    set_functions(store, top, [Function(None, "perumusan kebijakan"), Function(None, "pelaksanaan kebijakan")])
    for kind in every_kind:
        child = units.create_unit(store, edition.id, top, f"Unit {kind}", kind, head_title=f"Kepala {kind}").unit_id
        units.create_unit(store, edition.id, child, "Seksi Sama", "seksi")  # the same name under every unit
    store.close()
    out_file = tmp_path / "struktur.xlsx"
    with open_store(source, read_only=True) as store:
        export(store, "structure", out_file)
    code, out, _ = run(
        [
            "import",
            "structure",
            str(empty),
            str(out_file),
            "--new-edition",
            "Salinan",
            "--new-region",
            "Provinsi Uji",
            "--kind",
            "provinsi",
        ],
        capsys,
    )
    assert code == 0, out
    assert tree(empty) == tree(source)
    with open_store(empty, read_only=True) as store:
        got = store.conn.execute("SELECT name, kind, typology, eselon, code, head_title FROM units ORDER BY name").fetchall()
    with open_store(source, read_only=True) as store:
        assert (
            got == store.conn.execute("SELECT name, kind, typology, eselon, code, head_title FROM units ORDER BY name").fetchall()
        )
    # the same sheet again changes nothing
    code, out, _ = run(["import", "structure", str(empty), str(out_file), "--edition", "1", "--json"], capsys)
    assert json.loads(out)["summary"] == {"rows": 2 * len(every_kind) + 1, "added": 0, "updated": 0,
                                          "unchanged": 2 * len(every_kind) + 1, "rejected_rows": 0, "problems": 0}  # fmt: skip


def test_a_sheet_updates_an_edition_matched_by_path(tmp_path, empty, capsys) -> None:
    first = sheets.with_parents(
        tmp_path / "a.xlsx",
        [["Dinas Sosial", None, "Dinas", "1.06", None], ["Bidang Rehabilitasi", "Dinas Sosial", "Bidang", None, "rehabilitasi"]],
    )
    run(
        ["import", "structure", str(empty), str(first), "--new-edition", "Uji", "--new-region", "Kota Uji", "--kind", "kota"],
        capsys,
    )
    second = sheets.with_parents(
        tmp_path / "b.xlsx",
        [["DINAS SOSIAL", None, "Dinas", "1.06;2.08", None], ["Bidang Rehabilitasi", "Dinas Sosial", "Bidang", None, "rehabilitasi\nperlindungan"],
         ["Bidang Baru", "Dinas Sosial", "Bidang", None, None]],
    )  # fmt: skip
    code, out, _ = run(["import", "structure", str(empty), str(second), "--edition", "1", "--json"], capsys)
    report = json.loads(out)
    assert code == 0
    assert [(u["row"], u["changes"]) for u in report["updated"]] == [
        (2, {"urusan": [["1.06"], ["1.06", "2.08"]]}),
        (3, {"functions": [["rehabilitasi"], ["rehabilitasi", "perlindungan"]]}),
    ]
    assert [a["values"]["path"] for a in report["added"]] == ["DINAS SOSIAL › Bidang Baru"]
    assert tree(empty) == [
        ("Dinas Sosial", "dinas", ["1.06", "2.08"], []),  # the name as stored, not as the sheet shouts it
        ("Dinas Sosial › Bidang Rehabilitasi", "bidang", [], ["rehabilitasi", "perlindungan"]),
        ("Dinas Sosial › Bidang Baru", "bidang", [], []),
    ]


# -- rejected rows ----------------------------------------------------------------------------


def test_rows_are_rejected_with_their_reasons_and_nothing_is_written(tmp_path, empty, capsys) -> None:
    sheet = sheets.with_parents(
        tmp_path / "salah.xlsx",
        [
            ["Dinas Sosial", None, "Dinas", "1.06", None],
            ["Direktorat Sosial", "Dinas Sosial", "Direktorat", None, None],  # 3: unknown kind
            ["Bidang Rehabilitasi", "Dinas Sosal", "Bidang", None, None],  # 4: parent not found
            ["Bidang Linjamsos", "Dinas Sosial", "Bidang", "9.99", None],  # 5: unknown urusan
            ["Seksi Anak", "Bidang Rehabilitasi", "Seksi", None, None],  # 6: its parent was rejected
            ["Bidang Pemberdayaan", "Dinas Sosial", "Bidang", None, None],
            ["Dinas Sosial", None, "Dinas", None, None],  # 8: the same path again
        ],
    )
    code, out, _ = run(
        [
            "import",
            "structure",
            str(empty),
            str(sheet),
            "--new-edition",
            "Uji",
            "--new-region",
            "Kota Uji",
            "--kind",
            "kota",
            "--json",
        ],
        capsys,
    )
    report = json.loads(out)
    assert code == 1 and report["written"] is False
    reasons = {(r["row"], r["column"], r["value"]): r["reason"] for r in report["rejected"]}
    assert reasons[(3, "C", "Direktorat")].startswith("Jenis unit 'Direktorat' tidak dikenal")
    assert reasons[(4, "B", "Dinas Sosal")] == (
        "Induk 'Dinas Sosal' tidak ditemukan di lembar ini maupun di edisi tujuan. Yang paling mirip: Dinas Sosial."
    )
    assert reasons[(5, "D", "9.99")] == "Kode urusan '9.99' tidak ada dalam daftar urusan resmi."
    assert "ditolak, jadi unit ini juga tidak dapat diimpor" in reasons[(6, "B", "Bidang Rehabilitasi")]
    assert reasons[(8, "A", "Dinas Sosial")].startswith("Unit 'Dinas Sosial' sudah ada di baris 2")
    assert report["summary"]["added"] == 2 and report["summary"]["rejected_rows"] == 5
    with open_store(empty, read_only=True) as store:
        assert regions.list_regions(store) == []

    code, out, _ = run(
        [
            "import",
            "structure",
            str(empty),
            str(sheet),
            "--new-edition",
            "Uji",
            "--new-region",
            "Kota Uji",
            "--kind",
            "kota",
            "--accept-valid",
        ],
        capsys,
    )
    assert code == 1
    assert [p for p, _, _, _ in tree(empty)] == ["Dinas Sosial", "Dinas Sosial › Bidang Pemberdayaan"]


def test_a_child_numbered_above_its_parent_is_rejected(tmp_path, empty, capsys) -> None:
    sheet = sheets.kalbar_province(
        tmp_path / "urut.xlsx",
        extra=[["50.1", "Bidang Tanpa Induk", "Bidang"], ["50", "Badan Baru", "Badan"], ["51.2.1", "Seksi Yatim", "Seksi"]],
    )
    code, out, _ = run(["import", "structure", str(empty), str(sheet), *NEW_KALBAR, "--json"], capsys)
    report = json.loads(out)
    assert code == 1
    assert [(r["row"], r["column"], r["value"], r["reason"]) for r in report["rejected"]] == [
        (57, "A", "50.1", "Induk unit ini (50) baru muncul di baris 58, di bawahnya: urutkan induk di atas unit-unitnya."),
        (59, "A", "51.2.1", "Nomor 51.2.1 tidak punya induk: tidak ada baris bernomor 51.2."),
    ]
    assert report["summary"]["added"] == 50  # Badan Baru itself is fine


def test_a_target_is_asked_for(tmp_path, empty, capsys) -> None:
    sheet = sheets.with_parents(tmp_path / "a.xlsx", [["Dinas Sosial", None, "Dinas", None, None]])
    code, _, err = run(["import", "structure", str(empty), str(sheet)], capsys)
    assert code == 2 and "--edition ID" in err


# -- the write path ---------------------------------------------------------------------------


def test_an_import_into_a_new_region_is_one_undo_step(tmp_path, empty) -> None:
    sheet = sheets.kalbar_province(tmp_path / "sotk.xlsx")
    target = Target(new_edition="Perda 5/2021", new_region=("Provinsi Kalimantan Barat", "provinsi", "61"))
    store = open_store(empty)
    try:
        with open_workbook(sheet) as book:
            layout = guess_layout(book, "structure")
            with store.write(undo="Impor sotk.xlsx") as tx:
                plan = IMPORTERS["structure"].plan(tx, book, layout, target)
                written = IMPORTERS["structure"].write(tx, plan)
                step = tx.step
        assert written["added"] == 49 and step is not None
        assert store.scalar("SELECT count(*) FROM units") == 49
        assert store.scalar("SELECT count(*) FROM unit_urusan") == sum(
            len(r["urusan_codes"].split(";")) for r in sheets.kalbar_rows()
        )
        journal.reverse(store, step, "undo", "Impor sotk.xlsx")
        assert store.scalar("SELECT count(*) FROM units") == 0
        assert store.scalar("SELECT count(*) FROM regions") == 0
    finally:
        store.close()


def test_the_dry_run_shows_its_first_rows_early_and_writes_nothing(tmp_path, empty) -> None:
    rows = [[f"Dinas {n}", None, "Dinas", None, "a"] for n in range(450)]
    rows.insert(200, [None, None, None, None, "b"])  # the 200th unit's next function, after the first screen
    sheet = sheets.with_parents(tmp_path / "banyak.xlsx", rows)
    early = []
    with open_store(empty, read_only=True) as store, open_workbook(sheet) as book:
        layout = guess_layout(book, "structure")
        plan = plan_structure(
            store, book, layout, target=Target(new_edition="X", new_region=("Kota X", "kota", None)), first=early.append
        )
        assert store.scalar("SELECT count(*) FROM units") == 0
    assert len(early) == 1 and len(early[0].added) == 199  # the 200th may have more functions below
    assert len(plan.added) == 450 and not plan.rejected
    assert plan.added[199].values["functions"] == ["a", "b"]


def test_a_plan_with_rejected_rows_is_refused_whole(tmp_path, empty) -> None:
    from core.errors import RefusedError

    sheet = sheets.with_parents(
        tmp_path / "a.xlsx", [["Dinas Sosial", None, "Dinas", None, None], ["X", "Tidak Ada", "Bidang", None, None]]
    )
    store = open_store(empty)
    try:
        with open_workbook(sheet) as book:
            layout = guess_layout(book, "structure")
            with pytest.raises(RefusedError), store.write(undo="Impor") as tx:
                plan = plan_structure(tx, book, layout, target=Target(new_edition="X", new_region=("Kota X", "kota", None)))
                write_structure_plan(tx, plan)
        assert store.scalar("SELECT count(*) FROM regions") == 0
    finally:
        store.close()


def test_the_template_filled_as_a_clerk_would_imports(tmp_path, empty, capsys) -> None:
    from openpyxl import load_workbook

    from core.excel.template import write_template

    template = tmp_path / "templat.xlsx"
    write_template("structure", template)
    book = load_workbook(template)
    sheet = book["Struktur"]
    headers = [cell.value for cell in sheet[1]]
    rows = [
        {"No.": "1", "Nama unit": "Dinas Pendidikan", "Jenis": "Dinas", "Tipologi": "A", "Urusan": "1.01", "Eselon": "IIa"},
        {
            "No.": "1.1",
            "Nama unit": "Sekretariat",
            "Jenis": "Sekretariat",
            "Fungsi": "pengelolaan administrasi\npengelolaan keuangan",
        },
        {"No.": "1.1.1", "Nama unit": "Subbagian Umum", "Jenis": "Subbagian", "Jabatan kepala": "Kepala Subbagian Umum"},
        {"No.": "1.2", "Nama unit": "Bidang Pendidikan Dasar", "Jenis": "Bidang"},
    ]
    for number, values in enumerate(rows, start=2):  # the example row is typed over
        for column, header in enumerate(headers, start=1):
            sheet.cell(number, column).value = values.get(header)  # a blank cell clears the example's
    book.save(template)
    code, out, _ = run(
        ["import", "structure", str(empty), str(template), "--new-edition", "Uji", "--new-region", "Kota Uji", "--kind", "kota"],
        capsys,
    )
    assert code == 0, out
    assert tree(empty) == [
        ("Dinas Pendidikan", "dinas", ["1.01"], []),
        ("Dinas Pendidikan › Sekretariat", "sekretariat", [], ["pengelolaan administrasi", "pengelolaan keuangan"]),
        ("Dinas Pendidikan › Sekretariat › Subbagian Umum", "subbagian", [], []),
        ("Dinas Pendidikan › Bidang Pendidikan Dasar", "bidang", [], []),
    ]


def test_a_parent_named_twice_in_the_edition_is_asked_for_by_its_path(tmp_path, empty, capsys) -> None:
    first = sheets.with_parents(
        tmp_path / "a.xlsx",
        [["Dinas A", None, "Dinas", None, None], ["Sekretariat", "Dinas A", "Sekretariat", None, None],
         ["Dinas B", None, "Dinas", None, None], ["Sekretariat", "Dinas B", "Sekretariat", None, None]],
    )  # fmt: skip
    run(
        ["import", "structure", str(empty), str(first), "--new-edition", "Uji", "--new-region", "Kota Uji", "--kind", "kota"],
        capsys,
    )
    more = sheets.with_parents(
        tmp_path / "b.xlsx",
        [
            ["Subbagian Umum", "Sekretariat", "Subbagian", None, None],
            ["Subbagian Keuangan", "Dinas B › Sekretariat", "Subbagian", None, None],
        ],
    )
    code, out, _ = run(["import", "structure", str(empty), str(more), "--edition", "1", "--json"], capsys)
    report = json.loads(out)
    assert code == 1
    assert [(r["row"], r["reason"]) for r in report["rejected"]] == [
        (2, "Induk 'Sekretariat' cocok dengan lebih dari satu unit di edisi tujuan: Dinas A › Sekretariat; Dinas B › Sekretariat."
            " Tulis jalurnya, misalnya Dinas A › Sekretariat."),
    ]  # fmt: skip
    assert [a["values"]["path"] for a in report["added"]] == ["Dinas B › Sekretariat › Subbagian Keuangan"]
