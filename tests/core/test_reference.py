"""The shipped reference tables: complete, consistent, each with its legal basis."""

from __future__ import annotations

from core.reference import URUSAN_GROUPS_MANDATORY, load_reference


def test_urusan_list_has_groups_and_rumpun() -> None:
    ref = load_reference()
    mandatory = [u for u in ref.urusan.values() if u.group in URUSAN_GROUPS_MANDATORY]
    assert len(mandatory) == 24  # 1.01-1.06 and 2.07-2.24
    assert {u.code for u in mandatory} >= {"1.01", "1.06", "2.07", "2.24"}
    assert all(u.rumpun in "abcdefg" and u.rumpun for u in mandatory)
    assert ref.urusan["2.16"].rumpun == ref.urusan["2.20"].rumpun == ref.urusan["2.21"].rumpun == "e"
    assert sum(1 for u in ref.urusan.values() if u.group == "pilihan") == 8


def test_ranks_competencies_kib_kinds_and_nine_box() -> None:
    ref = load_reference()
    assert [r.golongan for r in sorted(ref.ranks.values(), key=lambda r: r.order)][:2] == ["I/a", "I/b"]
    assert ref.ranks["IV/e"].pangkat == "Pembina Utama"
    assert sum(1 for c in ref.competencies.values() if c.kind == "manajerial") == 8
    assert ref.competencies["SK.01"].name == "Perekat Bangsa"
    assert sorted(ref.kib) == ["A", "B", "C", "D", "E", "F"]
    assert ref.unit_kinds["dinas"].is_pd and not ref.unit_kinds["bidang"].is_pd
    assert not ref.unit_kinds["kelompok_jf"].structural
    assert ref.unit_kinds["subbagian"].eselon_fits("IVa") and not ref.unit_kinds["subbagian"].eselon_fits("IIa")
    assert {b.box for b in ref.nine_box.values()} == set(range(1, 10))
    assert ref.nine_box[9].kinerja == "di_atas_ekspektasi" and ref.nine_box[9].potensi == "tinggi"


def test_every_table_names_its_legal_basis() -> None:
    basis = load_reference().basis
    for name in ("urusan.csv", "golongan.csv", "kompetensi.csv", "kib.csv", "nine_box.csv", "unit_kinds.csv", "sotk_kalbar.csv"):
        assert basis.get(name), name
    assert "Permendagri 90/2019" in basis["urusan.csv"]
