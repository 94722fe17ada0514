"""The kind a new unit starts with comes from unit_kinds.csv, not from the window."""

from __future__ import annotations

from core.reference import load_reference
from core.units import default_child_kind

# The defaults the window has always offered (they were a table in ui/main_window.py).
USUAL = {
    "sekretariat_daerah": "asisten",
    "asisten": "biro",
    "biro": "bagian",
    "bagian": "subbagian",
    "sekretariat_dprd": "bagian",
    "inspektorat": "irban",
    "dinas": "bidang",
    "badan": "bidang",
    "satpol_pp": "bidang",
    "sekretariat": "subbagian",
    "bidang": "seksi",
    "kecamatan": "seksi",
    "rsud": "bidang",
    "uptd": "subbagian",
}


def test_a_new_sub_unit_gets_the_usual_kind_under_each_parent() -> None:
    for parent, child in USUAL.items():
        assert default_child_kind(parent) == child, parent


def test_a_new_perangkat_daerah_at_the_top_of_an_edition_is_a_dinas() -> None:
    assert default_child_kind(None) == "dinas"
    assert default_child_kind(None, otherwise="badan") == "dinas"


def test_without_a_usual_kind_the_fallback_is_taken() -> None:
    for parent in ("seksi", "subbagian", "subbidang", "kelurahan", "kelompok_jf", "lainnya", "no-such-kind"):
        assert default_child_kind(parent) == "lainnya"
        assert default_child_kind(parent, otherwise="seksi") == "seksi"  # a sibling keeps its own kind


def test_every_usual_kind_is_a_known_kind_and_one_kind_opens_an_edition() -> None:
    kinds = load_reference().unit_kinds
    assert all(k.child_kind in kinds for k in kinds.values() if k.child_kind)
    assert [k.kind for k in kinds.values() if k.top_default] == ["dinas"]
    assert {k.kind: k.child_kind for k in kinds.values() if k.child_kind} == USUAL


def test_the_usual_kind_is_one_the_structure_rules_allow_there() -> None:
    """A new unit never starts out as a finding of the placement check."""
    from core.checks.rules import load_structure_rules

    placement = load_structure_rules().placement
    for parent, child in [(None, default_child_kind(None)), *USUAL.items()]:
        rule = placement.get(child)
        assert rule is None or (parent or "(top)") in rule.parents, (parent, child)
