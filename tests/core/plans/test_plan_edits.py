"""Changing and removing plans as the window does: refused or normalised with a message that
names the row, nothing half-written, a branch removed whole only when asked."""

from __future__ import annotations

import pytest

from core.errors import RefusedError, ValidationError
from core.plans import cascade, nomenclature_source, renstra, rpjmd
from core.store import Store
from tests.core.plans.fake_nomenclature import CsvNomenclature
from tests.core.plans.helpers import make_plan, region_of


def _count(store: Store, table: str) -> int:
    return int(store.scalar(f"SELECT count(*) FROM {table}"))


def test_a_goal_is_reworded_and_a_branch_goes_only_when_asked(store: Store, edition, tree) -> None:  # type: ignore[no-untyped-def]
    plan = make_plan(store, region_of(store, edition.id))
    rpjmd.add_indicator(store, "goal", plan.sasaran, "Prevalensi stunting", "persen", targets={2025: "20", 2029: "14"})
    changed = rpjmd.update_goal(store, plan.sasaran, text="  Turunnya prevalensi stunting ", code="S1")
    assert (changed.text, changed.code) == ("Turunnya prevalensi stunting", "S1")
    with pytest.raises(ValidationError):
        rpjmd.update_goal(store, plan.sasaran, text="   ")
    assert rpjmd.goals_below(store, plan.misi) == 2
    with pytest.raises(RefusedError) as refused:
        rpjmd.delete_goal(store, plan.misi)
    assert refused.value.params["count"] == 2 and "Meningkatkan kualitas" in refused.value.params["text"]
    assert _count(store, "plan_goals") == 3  # nothing went
    assert rpjmd.delete_goal(store, plan.misi, with_children=True) == 3
    assert _count(store, "plan_goals") == _count(store, "plan_indicators") == _count(store, "plan_targets") == 0


def test_a_target_that_is_not_a_number_is_refused_naming_the_year(store: Store, edition, tree) -> None:  # type: ignore[no-untyped-def]
    plan = make_plan(store, region_of(store, edition.id))
    indicator = rpjmd.add_indicator(store, "goal", plan.sasaran, "Kinerja", numeric=False, targets={2025: "meningkat"})
    with pytest.raises(ValidationError) as refused:
        rpjmd.update_indicator(store, indicator.id, "Kinerja", numeric=True)
    assert refused.value.params == {"year": 2025, "value": "meningkat"}
    with pytest.raises(ValidationError) as refused:
        rpjmd.update_indicator(store, indicator.id, "Kinerja", numeric=False, targets={2026: "baik", 2031: "x"})
    assert refused.value.params["year"] == 2031  # outside the plan's period
    assert rpjmd.get_indicator(store, indicator.id).targets == {2025: "meningkat"}  # nothing half-written
    kept = rpjmd.update_indicator(store, indicator.id, "Indeks kinerja", "indeks", True, {2025: "72,5", 2029: 80})
    assert (kept.name, kept.measure, kept.numeric, kept.targets) == ("Indeks kinerja", "indeks", True, {2025: "72,5", 2029: "80"})


def test_an_item_typed_by_code_is_named_from_the_nomenclature(store: Store, edition, tree) -> None:  # type: ignore[no-untyped-def]
    plan = make_plan(store, region_of(store, edition.id))
    plan_of_a = renstra.create_renstra(store, plan.rpjmd_id, tree["a"])
    with nomenclature_source.use(CsvNomenclature()):
        program = renstra.add_coded_item(store, plan_of_a.id, "program", " 1.02.02 ", "", sasaran=[plan.sasaran])
        assert program.name == "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT"
        kegiatan = renstra.add_coded_item(store, plan_of_a.id, "kegiatan", "1.02.02.01.01", None, parent_id=program.id)
        assert kegiatan.code == "1.02.02.1.01"  # the padded style kept in one written form
        with pytest.raises(ValidationError) as refused:
            renstra.add_coded_item(store, plan_of_a.id, "sub_kegiatan", "1.02.02.1.01.0099", "", parent_id=kegiatan.id)
        assert refused.value.params["code"] == "1.02.02.1.01.0099"
        assert "1.02.02.1.01.0009 Rehabilitasi dan Pemeliharaan Rumah Sakit" in refused.value.params["nearest"]
        with pytest.raises(ValidationError) as refused:
            renstra.add_coded_item(store, plan_of_a.id, "sub_kegiatan", "1.02.02.2.01.0009", "", parent_id=kegiatan.id)
        assert (refused.value.params["found"], refused.value.params["digit"]) == ("kabupaten/kota", "1")
        own = renstra.add_coded_item(store, plan_of_a.id, "sub_kegiatan", "1.02.02.1.01.0009", "Nama kami", parent_id=kegiatan.id)
        assert own.name == "Nama kami"  # a name typed is kept
    assert _count(store, "renstra_items") == 3


def test_items_change_and_go_with_their_branch_only_when_asked(store: Store, edition, tree) -> None:  # type: ignore[no-untyped-def]
    plan = make_plan(store, region_of(store, edition.id))
    plan_of_a = renstra.create_renstra(store, plan.rpjmd_id, tree["a"])
    program = renstra.add_item(store, plan_of_a.id, "program", "1.02.02", "Program Kesehatan", sasaran=[plan.sasaran])
    kegiatan = renstra.add_item(store, plan_of_a.id, "kegiatan", "1.02.02.1.01", "Kegiatan", parent_id=program.id)
    changed = renstra.update_item(store, kegiatan.id, name="Kegiatan baru", pagu="Rp 1.500.000,00", unit_id=tree["x"])
    assert (changed.name, changed.pagu_sen, changed.unit_id) == ("Kegiatan baru", 150_000_000, tree["x"])
    with pytest.raises(ValidationError):
        renstra.update_item(store, kegiatan.id, unit_id=tree["b"])  # Dinas B is not inside Dinas A
    with pytest.raises(RefusedError):
        renstra.delete_item(store, program.id)
    assert renstra.delete_item(store, program.id, with_children=True) == 2
    assert _count(store, "renstra_items") == _count(store, "renstra_item_goals") == 0


def test_the_groups_beside_the_misi_and_the_alignment_of_each_pd(store: Store, edition, tree) -> None:  # type: ignore[no-untyped-def]
    plan = make_plan(store, region_of(store, edition.id))
    plan_of_a = renstra.create_renstra(store, plan.rpjmd_id, tree["a"])
    renstra.create_renstra(store, plan.rpjmd_id, tree["b"])
    aligned = renstra.add_item(store, plan_of_a.id, "program", "1.02.02", "Selaras", pagu="300", sasaran=[plan.sasaran])
    renstra.add_item(store, plan_of_a.id, "program", "1.02.03", "Tidak selaras", pagu="100")
    renstra.add_item(store, plan_of_a.id, "program", "1.02.01", "Penunjang", pagu="900")
    issue = rpjmd.add_strategic_issue(store, plan.rpjmd_id, "Stunting")
    kinds = {node.kind: node.pagu_sen for node in cascade.groups(store, plan.rpjmd_id)}
    assert kinds == {"priorities": 0, "issues": 1, "unaligned": 1, "support": 1}
    assert [n.code for n in cascade.children(store, "unaligned", plan.rpjmd_id)] == ["1.02.03"]
    assert [n.code for n in cascade.children(store, "support", plan.rpjmd_id)] == ["1.02.01"]
    renstra.link_issue(store, aligned.id, issue.id)
    assert [n.id for n in cascade.children(store, "issue", issue.id)] == [aligned.id]
    renstra.unlink_issue(store, aligned.id, issue.id)
    assert cascade.children(store, "issue", issue.id) == []
    by_pd = {row.pd_name: row for row in cascade.alignment(store, plan.rpjmd_id)}
    a = by_pd["Dinas A"]
    assert (a.programs, a.aligned, a.pagu_share) == (2, 1, 0.75)  # the support program left out
    assert (by_pd["Dinas B"].programs, by_pd["Dinas B"].pagu_share) == (0, None)
    rpjmd.add_indicator(store, "item", aligned.id, "Cakupan", "persen", targets={2025: "50", 2029: "90"})
    shown = cascade.child_indicators(store, "goal", plan.sasaran)
    assert shown == {("item", aligned.id): [("Cakupan", "persen", {2025: "50", 2029: "90"})]}
