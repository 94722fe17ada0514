"""The mapping: decisions per old unit, what is still undecided, what is new, and refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from core import regions, units
from core.restructure.mapping import Decision, MappingRefused, accept_proposals, load_mapping, load_sheet, set_decisions
from tests.core.restructure.conftest import World


def test_until_decided_the_perangkat_daerah_are_listed(drafted: World) -> None:
    assert drafted.draft is not None
    mapping = load_mapping(drafted.store, drafted.draft.edition_id)
    assert mapping.undecided == [drafted.old["A"], drafted.old["B"], drafted.old["C"]]


def test_once_decided_nothing_waits_units_below_follow_and_units_without_source_are_new(decided: World) -> None:
    assert decided.draft is not None
    mapping = load_mapping(decided.store, decided.draft.edition_id)
    assert mapping.undecided == []
    assert [mapping.new[u].name for u in mapping.new_units] == ["Dinas D"]
    # Below a decided unit each old unit follows: to its copy wherever it went, or to the same name.
    assert mapping.resolved[decided.old["Z"]].targets == (decided.new["Z"],)
    assert mapping.resolved[decided.old["X"]].targets == (decided.copy("X"),)
    assert mapping.resolved[decided.old["R"]].action == "dissolved"


def test_proposals_are_accepted_with_their_reason(drafted: World) -> None:
    class Proposal:  # the shape core.restructure.propose gives
        def __init__(self, unit: int, action: str, targets: tuple[int, ...]) -> None:
            self.from_unit_id, self.action, self.to_unit_ids = unit, action, targets
            self.confidence, self.reason = 0.9, "nama dan tempat sama"

    assert drafted.draft is not None
    stored = accept_proposals(drafted.store, drafted.draft.edition_id, [Proposal(drafted.old["A"], "kept", (drafted.new["A"],))])
    assert stored == 1
    note = drafted.store.scalar("SELECT notes FROM unit_mappings WHERE from_unit_id = ?", (drafted.old["A"],))
    assert note == "nama dan tempat sama"


def test_targets_of_another_region_or_edition_missing_units_and_bad_counts_are_refused(drafted: World) -> None:
    assert drafted.draft is not None
    other = regions.create_region(drafted.store, "Kota Lain", "kota", edition_name="Perda Kota")
    other_edition = regions.edition_in_force(drafted.store, other.id)
    assert other_edition is not None
    elsewhere = units.create_unit(drafted.store, other_edition.id, None, "Dinas Kota", "dinas").unit_id
    cases = [
        Decision(drafted.old["A"], "kept", (elsewhere,)),  # another region
        Decision(drafted.old["A"], "kept", (drafted.old["B"],)),  # the edition in force, not the draft
        Decision(drafted.old["A"], "kept", (999_999,)),  # no such unit
        Decision(888_888, "kept", (drafted.new["A"],)),
        Decision(drafted.old["Y"], "split", (drafted.new["Y1"],)),  # a split needs two targets
        Decision(drafted.old["B"], "merged", ()),
    ]
    for decision in cases:
        with pytest.raises(MappingRefused) as refused:
            set_decisions(drafted.store, drafted.draft.edition_id, [decision])
        assert refused.value.problems, decision
    assert drafted.store.scalar("SELECT count(*) FROM unit_mappings") == 0


def test_a_cycle_of_moves_is_refused(drafted: World) -> None:
    assert drafted.draft is not None
    with pytest.raises(MappingRefused) as refused:
        set_decisions(
            drafted.store,
            drafted.draft.edition_id,
            [
                Decision(drafted.old["X"], "moved", (drafted.copy("sek"),)),
                Decision(drafted.old["sek"], "moved", (drafted.copy("X"),)),
            ],
        )
    assert "berputar" in refused.value.problems[0].message
    with pytest.raises(MappingRefused):  # a unit moved below its own copy
        set_decisions(drafted.store, drafted.draft.edition_id, [Decision(drafted.old["A"], "moved", (drafted.copy("X"),))])
    assert drafted.store.scalar("SELECT count(*) FROM unit_mappings") == 0


def test_a_mapping_sheet_names_units_by_name_path_or_id(drafted: World, tmp_path: Path) -> None:
    assert drafted.draft is not None
    sheet = tmp_path / "pemetaan.csv"
    sheet.write_text(
        "Unit lama;Tindakan;Unit baru\n"
        "Dinas A;ganti nama;Dinas A dan B\n"
        f"{drafted.old['B']};gabung;Dinas A dan B\n"
        "Badan C;bubar;\n"
        "Dinas A › Bidang Y;pecah;Bidang Y1; Bidang Y2\n",
        encoding="utf-8",
    )
    assert load_sheet(drafted.store, drafted.draft.edition_id, sheet) == 4
    mapping = load_mapping(drafted.store, drafted.draft.edition_id)
    assert mapping.undecided == []
    assert mapping.resolved[drafted.old["Y"]].targets == (drafted.new["Y1"], drafted.new["Y2"])


def test_a_sheet_naming_units_that_do_not_exist_is_refused_by_row_and_column(drafted: World, tmp_path: Path) -> None:
    assert drafted.draft is not None
    sheet = tmp_path / "salah.csv"
    sheet.write_text(
        "Unit lama,Tindakan,Unit baru\nDinas A,tetap,Dinas A dan B\nDinas Hantu,bubar,\nDinas B,gabung,Dinas Entah\n",
        encoding="utf-8",
    )
    with pytest.raises(MappingRefused) as refused:
        load_sheet(drafted.store, drafted.draft.edition_id, sheet)
    messages = [p.message for p in refused.value.problems]
    assert messages[0].startswith("Baris 3, kolom A") and "Dinas Hantu" in messages[0]
    assert messages[1].startswith("Baris 4, kolom C") and "Dinas Entah" in messages[1]
    assert drafted.store.scalar("SELECT count(*) FROM unit_mappings") == 0
