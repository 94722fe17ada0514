"""The checks: what they find on the sample, on the real Kalimantan Barat list, and on
small structures built to break one rule each."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest

from core import journal, regions, unit_content, units
from core.checks import CHECKS, acceptance, function_overlap, run_checks
from core.checks.model import EditionData, Finding
from core.checks.rules import load_structure_rules, settings
from core.checks.similarity import StatementIndex, all_pairs, similar_pairs
from core.checks.text import analysed as terms_of
from core.checks.text import terms
from core.regions import Edition
from core.resources import resource_path
from core.store import Store, open_store
from core.unit_content import Function


def by_rule(findings: list[Finding], rule: str) -> list[Finding]:
    return [f for f in findings if f.rule == rule]


def names(store: Store, finding: Finding) -> set[str]:
    return {units.get_unit(store, u).name for u in finding.units}


def add(
    store: Store, edition: Edition, parent: int | None, name: str, kind: str, *functions: str, urusan: tuple[str, ...] = ()
) -> int:
    unit_id = units.create_unit(store, edition.id, parent, name, kind).unit_id
    if functions:
        unit_content.set_functions(store, unit_id, [Function(None, text) for text in functions])
    if urusan:
        unit_content.set_urusan(store, unit_id, list(urusan))
    return unit_id


# -- the sample ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_report(sample_file: Path):  # type: ignore[no-untyped-def]
    with open_store(sample_file, read_only=True) as store:
        report = run_checks(store, 1)
        unit_names = {row["id"]: row["name"] for row in store.rows("SELECT id, name FROM units")}
        kinds = {row["id"]: row["kind"] for row in store.rows("SELECT id, kind FROM units")}
    return report, unit_names, kinds


def test_sample_planted_urusan_claims_are_errors(sample_report) -> None:  # type: ignore[no-untyped-def]
    report, unit_names, _ = sample_report
    claims = {(f.params["code"], f.severity) for f in by_rule(report.findings, "urusan_twice")}
    assert ("2.17", "error") in claims and ("2.20", "error") in claims
    combining = by_rule(report.findings, "combining")
    assert [unit_names[f.units[0]] for f in combining] == ["Dinas Perindustrian, Perdagangan, Energi dan Sumber Daya Mineral"]


def test_sample_planted_near_duplicates_are_found(sample_report) -> None:  # type: ignore[no-untyped-def]
    report, unit_names, _ = sample_report
    pairs = [{unit_names[u] for u in f.units} for f in by_rule(report.findings, "function_overlap")]
    assert {"Bidang Statistik", "Bidang Data dan Statistik"} in pairs
    assert any(
        "Bidang Pembinaan Usaha dan Koperasi" in pair
        and pair & {"Bidang Kelembagaan dan Pengawasan Koperasi", "Bidang Usaha Kecil dan Menengah"}
        for pair in pairs
    )


def test_sample_reports_no_generic_support_tasks(sample_report) -> None:  # type: ignore[no-untyped-def]
    report, _, kinds = sample_report
    for finding in by_rule(report.findings, "function_overlap"):
        assert not {kinds[u] for u in finding.units} & {"sekretariat", "subbagian"}
        for statement in finding.data["statements"]:
            text = statement["text"]
            assert "rencana kerja" not in text and "fungsi lain yang diberikan" not in text


def test_sample_deliberate_splits_are_not_errors(sample_report) -> None:  # type: ignore[no-untyped-def]
    report, _, _ = sample_report
    for finding in by_rule(report.findings, "urusan_twice"):
        assert finding.params["code"] not in ("3.27", "1.05", "5.02")


# The sample's planted defects (core/demo/__init__.py, core/demo/plans.py): every error the
# province's checks raise, by rule and what it names; nothing else is an error.
PLANTED_ERRORS = {
    ("combining", "Dinas Perindustrian, Perdagangan, Energi dan Sumber Daya Mineral"),
    ("urusan_twice", "2.17"),
    ("urusan_twice", "2.20"),
    ("function_overlap", "Bidang Data dan Statistik"),
    ("function_overlap", "Bidang Pembinaan Usaha dan Koperasi"),
    ("plan_outside_urusan", "3.26.02"),
    ("plan_outside_urusan", "1.02.02"),
    ("sub_kegiatan_twice", "1.02.02.1.01.0027"),
}


def _what_it_names(finding: Finding, unit_names: dict[int, str]) -> str:
    if finding.rule == "combining":
        return str(finding.params["pd"])
    if finding.rule == "function_overlap":  # the planted unit is the one in the second PD
        planted = {"Bidang Data dan Statistik", "Bidang Pembinaan Usaha dan Koperasi"}
        return next(iter({unit_names[u] for u in finding.units} & planted), "?")
    return finding.detail or str(finding.params.get("code"))


def test_sample_errors_are_exactly_the_planted_defects(sample_report) -> None:  # type: ignore[no-untyped-def]
    report, unit_names, _ = sample_report
    errors = [f for f in report.findings if f.severity == "error"]
    assert {(f.rule, _what_it_names(f, unit_names)) for f in errors} == PLANTED_ERRORS
    # the planted cooperative statement overlaps three bidang of the Dinas Koperasi, one finding each
    assert len(errors) == 10


def test_sample_warnings_are_few_and_notes_one_per_pd(sample_report) -> None:  # type: ignore[no-untyped-def]
    report, unit_names, _ = sample_report
    warnings = [f for f in report.findings if f.severity == "warning"]
    assert len(warnings) < 20
    # the planted plan gaps are warnings: sasaran S8 without a program, Inflasi carried alone
    assert {f.rule for f in warnings} >= {"plan_alignment", "ego_sektoral"}
    staffing_notes = [f for f in report.findings if f.rule == "staffing" and f.severity == "note"]
    pds = [f.units[0] for f in staffing_notes]
    assert len(pds) == len(set(pds)) and all(unit_names[pd] for pd in pds)
    assert not [f for f in report.findings if f.rule == "staffing" and f.detail in ("vacant", "over")]


def test_sample_overlap_message_reads_in_one_pass(sample_report) -> None:  # type: ignore[no-untyped-def]
    report, unit_names, _ = sample_report
    overlaps = by_rule(report.findings, "function_overlap")
    statistics = next(
        f for f in overlaps if {unit_names[u] for u in f.units} == {"Bidang Statistik", "Bidang Data dan Statistik"}
    )
    assert statistics.severity == "error"
    assert statistics.message.startswith(
        "Bidang Statistik (Dinas Komunikasi dan Informatika) dan Bidang Data dan Statistik (Badan Penelitian dan Pengembangan)"
    )
    assert "urusan 2.20" in statistics.message and "(kemiripan 83%)" in statistics.message
    first, second = (s["text"] for s in statistics.data["statements"])
    assert f"“{first}”" in statistics.message and f"“{second}”" in statistics.message
    assert "satu perangkat daerah pelaksananya" in statistics.advice_text
    biro = next(
        f
        for f in overlaps
        if {unit_names[u] for u in f.units} == {"Biro Perekonomian", "Bidang Perekonomian dan Sumber Daya Alam"}
    )
    assert biro.severity == "warning"
    assert biro.message.startswith(
        "Rumusan fungsi Biro Perekonomian (Sekretariat Daerah) dan Bidang Perekonomian dan Sumber Daya Alam (Badan"
    )
    assert "mengoordinasikan" in biro.advice_text
    for finding in overlaps:
        assert "nomor" not in finding.message and "›" not in finding.message
        assert all(len(s) <= function_overlap.TRIM + 1 for s in (finding.params["text_a"], finding.params["text_b"]))


def _reference_pairs(data: EditionData) -> list[tuple[int, int, float]]:
    """The overlap pairs found the straightforward way, from the rule table alone: every
    statement analysed on its own with a document of its own, template wording counted
    over every unit holding it, every pair scored."""
    config = settings("function_overlap")

    def support(unit_id: int) -> bool:
        unit, pd = data.units[unit_id], data.units[data.pd_of[unit_id]]
        named = unit.kind in config["support_name_kinds"] and any(w in unit.name.casefold() for w in config["support_name_words"])
        return unit.kind in config["support_kinds"] or pd.kind in config["support_pd_kinds"] or named

    comparable = [s for s in data.statements if s.unit_id in data.pd_of and not support(s.unit_id)]
    owners: dict[tuple[str, ...], set[int]] = {}
    analysed = {}
    for statement in comparable:
        surface, positioned = terms_of(statement.text)
        grams = (
            tuple(zip(surface, surface[1:], surface[2:], strict=False)) if len(surface) >= 3 else ((surface,) if surface else ())
        )
        analysed[statement.id] = (surface, positioned, grams)
        for gram in grams:
            owners.setdefault(gram, set()).add(statement.unit_id)
    template = {gram for gram, holders in owners.items() if len(holders) >= config["template_unit_count"]}
    documents, contents, pds = [], [], []
    for statement in comparable:
        surface, positioned, grams = analysed[statement.id]
        covered = [False] * len(surface)
        for i, gram in enumerate(grams):
            if gram in template:
                covered[i : i + len(gram)] = [True] * len(gram)
        content = {root for position, root in positioned if not covered[position]}
        if len(content) < config["min_words"]:
            continue
        documents.append([(root, config["template_weight"] if covered[position] else 1.0) for position, root in positioned])
        contents.append(content)
        pds.append(data.pd_of[statement.unit_id])
    scored = all_pairs(StatementIndex(documents), config["warning_from"], pds)
    return [
        (a, b, score)
        for a, b, score in scored
        if score >= config["single_term_from"] or len(contents[a] & contents[b]) >= config["min_shared_terms"]
    ]


@pytest.fixture(scope="module")
def scale_two(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from core.demo import build_demo

    path = tmp_path_factory.mktemp("scale2") / "scale2.sotk"
    build_demo(path, seed=1, scale=2)
    return path


@pytest.mark.parametrize("which", ["sample", "scale 2"])
def test_overlap_search_finds_what_the_straightforward_search_finds(which: str, sample_file: Path, request) -> None:  # type: ignore[no-untyped-def]
    path = sample_file if which == "sample" else request.getfixturevalue("scale_two")
    pairs = 0
    with open_store(path, read_only=True) as store:
        for edition in regions.list_editions(store):
            data = EditionData(store, edition.id)
            found = function_overlap.overlap_index(data).pairs
            expected = _reference_pairs(data)
            assert [(a, b) for a, b, _ in found] == [(a, b) for a, b, _ in expected]
            assert [round(s, 12) for _, _, s in found] == [round(s, 12) for _, _, s in expected]
            pairs += len(found)
    assert pairs > 10  # the comparison is not vacuous


# -- the real list as it is ------------------------------------------------------------------


def load_kalbar(store: Store) -> int:
    """sotk_kalbar.csv loaded as it is: PD, asisten and biro with their urusan, nothing more."""
    region = regions.create_region(store, "Provinsi Kalimantan Barat", "provinsi", edition_name="Perda 5/2021")
    edition_id = regions.list_editions(store, region.id)[0].id
    ids: dict[str, int] = {}
    with resource_path("reference", "sotk_kalbar.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            parent = ids.get(row["parent"]) if row["parent"] else None
            unit_id = units.create_unit(
                store, edition_id, parent, row["name"], row["kind"], typology=row["typology"] or None
            ).unit_id
            ids[row["name"]] = unit_id
            unit_content.set_urusan(store, unit_id, [c for c in row["urusan_codes"].split(";") if c])
    return edition_id


def test_kalimantan_barat_list_splits_are_warnings_not_errors(store: Store) -> None:
    report = run_checks(store, load_kalbar(store))
    claims = by_rule(report.findings, "urusan_twice")
    assert {f.params["code"] for f in claims} == {"3.27", "1.05", "5.02"}
    assert {f.severity for f in claims} == {"warning"}
    assert by_rule(report.findings, "coverage") == []
    assert by_rule(report.findings, "combining") == []
    assert not [f for f in report.findings if f.severity == "error"]


# -- rule by rule on small structures --------------------------------------------------------


def test_shared_program_is_an_error_and_split_programs_are_fine(store: Store, edition: Edition) -> None:
    a = add(store, edition, None, "Dinas Tanaman Pangan", "dinas", "penyediaan benih padi", urusan=("3.27",))
    b = add(store, edition, None, "Dinas Peternakan", "dinas", "pengendalian penyakit hewan ternak", urusan=("3.27",))
    unit_content.set_programs(store, a, ["3.27.02", "3.27.01"])
    unit_content.set_programs(store, b, ["3.27.04", "3.27.01"])  # program 01 never counts
    assert by_rule(run_checks(store, edition.id).findings, "urusan_twice") == []
    unit_content.set_programs(store, b, ["3.27.04", "3.27.02"])
    [finding] = by_rule(run_checks(store, edition.id).findings, "urusan_twice")
    assert finding.severity == "error" and finding.data["programs"] == ["3.27.02"]


def test_unnamed_programs_with_overlapping_functions_is_an_error(store: Store, edition: Edition) -> None:
    add(store, edition, None, "Dinas Koperasi", "dinas", "pembinaan dan pengawasan koperasi simpan pinjam", urusan=("2.17",))
    add(
        store,
        edition,
        None,
        "Dinas Perdagangan",
        "dinas",
        "pengawasan serta pembinaan terhadap koperasi simpan pinjam",
        urusan=("2.17", "3.30"),
    )
    [finding] = by_rule(run_checks(store, edition.id).findings, "urusan_twice")
    assert finding.severity == "error"
    assert "tumpang tindih" in finding.message


def test_coverage_gap_is_an_error_and_relevant_pilihan_a_warning(store: Store, edition: Edition) -> None:
    add(store, edition, None, "Dinas Pendidikan", "dinas", "pembinaan sekolah", urusan=("1.01",))
    regions.set_relevant_urusan(store, edition.region_id, ["3.26"])
    findings = by_rule(run_checks(store, edition.id).findings, "coverage")
    errors = {f.params["code"] for f in findings if f.severity == "error"}
    assert "1.02" in errors and "1.01" not in errors and len(errors) == 23
    assert [(f.params["code"], f.severity) for f in findings if f.severity == "warning"] == [("3.26", "warning")]


def test_combining_more_than_three_or_across_families(store: Store, edition: Edition) -> None:
    add(store, edition, None, "Dinas Campuran", "dinas", "pembinaan", urusan=("1.01", "1.02"))
    add(store, edition, None, "Dinas Besar", "dinas", "pembinaan", urusan=("2.16", "2.20", "2.21", "2.23"))
    findings = by_rule(run_checks(store, edition.id).findings, "combining")
    found = {(f.params["pd"], f.detail) for f in findings}
    assert ("Dinas Campuran", "rumpun") in found
    assert ("Dinas Besar", "count") in found and ("Dinas Besar", "rumpun") in found


def test_structure_limits_placement_and_mandatory_sections(store: Store, edition: Edition) -> None:
    dinas = add(store, edition, None, "Dinas Uji", "dinas", "pembinaan", urusan=("1.01",))
    units.update_unit(store, dinas, typology="B")
    for number in range(4):
        add(store, edition, dinas, f"Bidang {number}", "bidang", f"pembinaan {number}")
    seksi = add(store, edition, dinas, "Seksi Salah Tempat", "seksi", "pelayanan")
    add(store, edition, seksi, "Bidang Di Bawah Seksi", "bidang", "pengawasan")
    kecamatan = add(store, edition, None, "Kecamatan Uji", "kecamatan", "koordinasi", urusan=("7.01",))
    add(store, edition, kecamatan, "Seksi Pemerintahan", "seksi", "pemerintahan")
    findings = by_rule(run_checks(store, edition.id).findings, "structure")
    messages = " | ".join(f.message for f in findings)
    assert any(f.detail == "limit:bidang" and f.severity == "warning" and "belum diverifikasi" in f.message for f in findings)
    assert "Seksi Salah Tempat berada langsung di bawah Dinas Uji" in messages
    assert "Bidang Di Bawah Seksi berada langsung di bawah" in messages
    assert any(f.detail == "mandatory:Ketenteraman dan Ketertiban Umum" and f.severity == "error" for f in findings)
    assert not any(f.detail == "mandatory:Pemerintahan" for f in findings)


def test_hygiene(store: Store, edition: Edition) -> None:
    assert [f.detail for f in run_checks(store, edition.id).findings] == ["empty"]
    dinas = add(store, edition, None, "Dinas Tanpa Urusan", "dinas")
    add(store, edition, dinas, "Bidang Kembar", "bidang", "satu")
    add(store, edition, dinas, "bidang kembar ", "bidang", "dua")
    units.update_unit(store, dinas, eselon="IVa")
    details = {(f.detail, tuple(sorted(names(store, f)))) for f in by_rule(run_checks(store, edition.id).findings, "hygiene")}
    assert ("no_functions", ("Dinas Tanpa Urusan",)) in details
    assert ("no_urusan", ("Dinas Tanpa Urusan",)) in details
    assert ("eselon", ("Dinas Tanpa Urusan",)) in details
    assert ("duplicate_name", ("Bidang Kembar", "bidang kembar")) in details


def test_odd_statements_never_crash_a_check(store: Store, edition: Edition) -> None:
    a = add(store, edition, None, 'Dinas <Satu> & "Dua"', "dinas", "—", "🌿🌿", "ٱلْعَرَبِيَّة", "x " * 1000, "dan yang di", urusan=())
    add(store, edition, a, "Bidang Ma'ruf", "bidang", "pembinaan koperasi ‘khusus’ — 2024/25", "B3 B3 B3")
    add(store, edition, None, "Dinas Lain", "dinas", "pembinaan koperasi ‘khusus’ — 2024/25")
    report = run_checks(store, edition.id)
    assert report.problems == []
    assert by_rule(report.findings, "function_overlap")


def test_a_two_word_statement_found_in_many_units_is_template_wording_not_a_crash(store: Store, edition: Edition) -> None:
    for number in range(6):
        add(store, edition, None, f"Dinas {number}", "dinas", "Pelayanan administrasi", f"pengelolaan irigasi tersier {number}")
    report = run_checks(store, edition.id)
    assert report.problems == []
    overlaps = by_rule(report.findings, "function_overlap")
    # Six dinas sharing a two-word statement is template wording, not an overlap of six pairs.
    assert all("Pelayanan administrasi" not in str(f.data["statements"]) for f in overlaps)


# -- rule tables -----------------------------------------------------------------------------


def test_a_rule_table_with_a_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "structure.toml"
    bad.write_text('[[limit]]\nparent = ["dinas"]\nchild = "bidang"\nmax = = 4\n', encoding="utf-8")
    rules = load_structure_rules(bad)
    [problem] = rules.problems
    assert str(bad) in problem.message and "line 4" in problem.message
    assert rules.limits == []


def test_an_unknown_kind_names_the_row_and_the_rest_still_apply(tmp_path: Path) -> None:
    table = tmp_path / "structure.toml"
    table.write_text(
        '[[limit]]\nparent = ["dinas"]\nchild = "bidang"\nmax = 1\nbasis = "uji"\nverified = true\n\n'
        '[[limit]]\nparent = ["kementerian"]\nchild = "bidang"\nmax = 1\n',
        encoding="utf-8",
    )
    rules = load_structure_rules(table)
    [problem] = rules.problems
    assert "baris 8" in problem.message and "kementerian" in problem.message
    assert len(rules.limits) == 1


def test_a_broken_rule_table_leaves_the_other_checks_running(
    store: Store, edition: Edition, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(store, edition, None, "Dinas Campuran", "dinas", "pembinaan", urusan=("1.01", "1.02"))
    broken = tmp_path / "rules"
    broken.mkdir()
    (broken / "structure.toml").write_text("[[limit]\n", encoding="utf-8")
    real = resource_path

    def patched(*parts: str) -> Path:
        return broken / parts[1] if parts[:2] == ("rules", "structure.toml") else real(*parts)

    monkeypatch.setattr("core.checks.rules.resource_path", patched)
    report = run_checks(store, edition.id)
    assert any("structure.toml" in p.message for p in report.problems)
    assert by_rule(report.findings, "combining")


def test_a_failing_check_is_reported_and_the_others_run(store: Store, edition: Edition, monkeypatch: pytest.MonkeyPatch) -> None:
    add(store, edition, None, "Dinas Campuran", "dinas", "pembinaan", urusan=("1.01", "1.02"))

    def explode(data: EditionData) -> list[Finding]:
        raise RuntimeError("kaboom")

    monkeypatch.setattr(function_overlap, "run", explode)
    report = run_checks(store, edition.id)
    assert [p.params["title"] for p in report.problems] == [function_overlap.TITLE]
    assert by_rule(report.findings, "combining")


def test_registry_lists_each_check_once() -> None:
    rules = [module.RULE for module in CHECKS]
    assert len(rules) == len(set(rules)) == 13
    assert all(callable(module.run) and module.TITLE for module in CHECKS)


# -- acceptance ---------------------------------------------------------------------------------


def test_accepted_findings_stay_accepted_in_later_runs_and_files(store: Store, edition: Edition) -> None:
    add(store, edition, None, "Dinas Campuran", "dinas", "pembinaan", urusan=("1.01", "1.02"))
    [finding] = by_rule(run_checks(store, edition.id).findings, "combining")
    acceptance.accept(store, edition.id, finding.key, finding.rule, "disetujui rapat 3 Maret")
    again = run_checks(store, edition.id)
    [accepted] = again.accepted
    assert accepted.key == finding.key and accepted.accepted is not None and accepted.accepted.reason == "disetujui rapat 3 Maret"
    assert finding.key not in {f.key for f in again.open}
    path = store.path
    store.close()
    with open_store(path, read_only=True) as reopened:
        assert [f.key for f in run_checks(reopened, edition.id).accepted] == [finding.key]


def test_unaccept_and_restore(store: Store, edition: Edition) -> None:
    acceptance.accept(store, edition.id, "k", "combining", "alasan")
    kept = acceptance.accepted(store, edition.id)["k"]
    with store.write(undo="batal") as tx:
        removed = acceptance.unaccept(tx, edition.id, "k")
    assert removed == kept and acceptance.accepted(store, edition.id) == {}
    assert tx.step is not None
    journal.reverse(store, tx.step, "undo", "batal")
    assert acceptance.accepted(store, edition.id)["k"] == kept


# -- similarity search --------------------------------------------------------------------------


def test_indexed_search_finds_exactly_the_pairs_all_pairs_finds_on_the_sample(sample_file: Path) -> None:
    with open_store(sample_file, read_only=True) as store:
        overlap = function_overlap.build_index(EditionData(store, 1))
    for threshold in (0.3, 0.45, 0.6, 0.8):
        indexed = similar_pairs(overlap.index, threshold, overlap.pds)
        baseline = all_pairs(overlap.index, threshold, overlap.pds)
        assert [(a, b) for a, b, _ in indexed] == [(a, b) for a, b, _ in baseline]
        assert indexed  # the comparison is not vacuous


def test_indexed_search_equals_all_pairs_on_random_documents() -> None:
    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(60)]
    documents = [[(rng.choice(vocabulary), rng.choice((1.0, 1.0, 0.2))) for _ in range(rng.randint(1, 8))] for _ in range(300)]
    index = StatementIndex(documents)
    for threshold in (0.2, 0.5, 0.7, 0.9):
        assert similar_pairs(index, threshold) == all_pairs(index, threshold)


def test_normalisation_stems_and_drops_stop_words() -> None:
    assert terms("Pelaksanaan Pembinaan dan Pengawasan Koperasi") == ["bina", "awas", "koperasi"]
    assert terms("membina, mengawasi: koperasi!") == ["bina", "awas", "koperasi"]
    assert terms("") == []


def test_overlap_severity_follows_the_urusan_and_names_the_pd_short(store: Store, edition: Edition) -> None:
    statement = "pembinaan dan pengawasan koperasi simpan pinjam di kabupaten"
    other_words = "pengawasan serta pembinaan koperasi simpan pinjam di kabupaten"
    koperasi = add(store, edition, None, "Dinas Koperasi", "dinas", urusan=("2.17",))
    units.update_unit(store, koperasi, short_name="Diskop")
    add(store, edition, koperasi, "Bidang Koperasi", "bidang", statement)
    dagang = add(store, edition, None, "Dinas Perdagangan", "dinas", urusan=("3.30",))
    bidang = add(store, edition, dagang, "Bidang Usaha", "bidang", other_words)
    [finding] = by_rule(run_checks(store, edition.id).findings, "function_overlap")
    assert finding.severity == "warning"  # 2.17 and 3.30: parallel wording, not one urusan twice
    assert finding.message.startswith("Rumusan fungsi Bidang Koperasi (Diskop) dan Bidang Usaha (Dinas Perdagangan) sejajar")
    unit_content.set_urusan(store, bidang, ["2.17"])  # the bidang claims the cooperative urusan too
    [finding] = by_rule(run_checks(store, edition.id).findings, "function_overlap")
    assert finding.severity == "error" and "urusan 2.17" in finding.message
    assert f"“{statement}”" in finding.message and f"“{other_words}”" in finding.message


def test_shipped_stems_are_sastrawis_and_cover_the_sample(sample_file: Path) -> None:
    """resources/rules/stems_id.tsv spares loading the stemmer on every start: it must say
    what Sastrawi says, and hold every word of the sample (else: tools/update_stems.py)."""
    from core.checks import text

    table = text.known_stems()
    assert len(table) > 1000
    assert {word: root for word, root in table.items() if text.sastrawi_stem(word) != root} == {}
    with open_store(sample_file, read_only=True) as store:
        statements = [row[0] for row in store.conn.execute("SELECT DISTINCT text FROM unit_functions")]
    stops = text.stop_words()
    missing = {w for s in statements for w, _, _ in text.words(s) if w.isalpha() and w not in stops and w not in table}
    assert missing == set(), "run tools/update_stems.py"
