"""The sample's restructuring draft, so a new user can try every step at once: in the
province, two dinas merged into one whose name joins both, one badan dissolved, one
bidang split in two, and a rename; every unit decided, the people and assets of the
dissolved badan and the split bidang placed as proposed (two people left on the bench),
the draft still in status 'draft' to walk through review, approval and apply."""

from __future__ import annotations

import os
from pathlib import Path

from core import units
from core.positions import create_position, set_standard, standard_of
from core.restructure.apply import accept_proposed_placements, place
from core.restructure.drafts import Draft, start_draft
from core.restructure.impact import compute_impact
from core.restructure.mapping import Decision, read_units, set_decisions
from core.store import Tx, open_store
from core.unit_content import Function, functions_of, set_functions

DRAFT_NAME = "Rancangan Perda Perangkat Daerah 2027 (data contoh)"
PLANNED_BASIS = "Rancangan Peraturan Daerah Provinsi Kalimantan Barat tentang Perubahan Kedua atas Perda Nomor 5 Tahun 2021"
EFFECTIVE = "2026-12-01"
MERGED = ("Dinas Tanaman Pangan dan Hortikultura", "Dinas Perkebunan dan Peternakan")
MERGED_NAME = "Dinas Pertanian, Perkebunan dan Peternakan"
DISSOLVED = "Badan Penelitian dan Pengembangan"
RENAMED = ("Dinas Kepemudaan, Olahraga dan Pariwisata", "Dinas Kepemudaan, Olahraga, Pariwisata dan Ekonomi Kreatif")
SPLIT_IN = "Dinas Pendidikan dan Kebudayaan"
SPLIT = "Bidang Kebudayaan"
SPLIT_INTO = ("Bidang Cagar Budaya dan Permuseuman", "Bidang Tradisi dan Nilai Budaya")
ON_BENCH = 2


def add_sample_draft(path: str | os.PathLike[str], created_at: str) -> Draft | None:
    """Add the draft to a freshly built sample file (None if the province lacks a unit it
    needs); its edition is dated ``created_at`` so the same seed gives the same content."""
    with open_store(Path(path)) as store, store.write() as tx:
        draft = _build(tx)
        if draft is not None:
            tx.execute("UPDATE editions SET created_at = ? WHERE id = ?", (created_at, draft.edition_id))
        return draft


def _build(tx: Tx) -> Draft | None:
    region_id = tx.scalar("SELECT id FROM regions WHERE kind = 'provinsi' ORDER BY id LIMIT 1")
    if region_id is None:
        return None
    draft = start_draft(tx, int(region_id), DRAFT_NAME, legal_basis=PLANNED_BASIS, effective_date=EFFECTIVE)
    old = read_units(tx, draft.from_edition_id)
    new = read_units(tx, draft.edition_id)
    old_pd = {row.name: row.id for row in old.values() if row.parent_id is None}
    copy_of = {row.copied_from_id: row.id for row in new.values()}
    needed = (*MERGED, DISSOLVED, RENAMED[0], SPLIT_IN)
    if any(name not in old_pd for name in needed):
        return None
    decisions = [Decision(unit, "kept", (copy_of[unit],)) for unit in old_pd.values() if unit not in {old_pd[n] for n in needed}]

    # Two dinas merged: the first's copy takes the joint name and the second's bidang.
    first, second = copy_of[old_pd[MERGED[0]]], copy_of[old_pd[MERGED[1]]]
    units.update_unit(tx, first, name=MERGED_NAME)
    for child in [row.id for row in new.values() if row.parent_id == second]:
        if new[child].kind == "sekretariat":
            continue  # one sekretariat stays: the merged dinas keeps the first's
        units.move_unit(tx, child, first)
    units.delete_unit(tx, second)
    decisions += [Decision(old_pd[MERGED[0]], "merged", (first,)), Decision(old_pd[MERGED[1]], "merged", (first,))]

    # A badan dissolved; its research bidang's work goes where its functions are alike.
    units.delete_unit(tx, copy_of[old_pd[DISSOLVED]])
    decisions.append(Decision(old_pd[DISSOLVED], "dissolved", ()))

    # A rename under the same urusan.
    renamed = copy_of[old_pd[RENAMED[0]]]
    units.update_unit(tx, renamed, name=RENAMED[1])
    decisions.append(Decision(old_pd[RENAMED[0]], "renamed", (renamed,)))

    # A bidang split in two new ones, each with part of its statements and its posts.
    dinas = copy_of[old_pd[SPLIT_IN]]
    decisions.append(Decision(old_pd[SPLIT_IN], "kept", (dinas,)))
    old_bidang = next(row.id for row in old.values() if row.parent_id == old_pd[SPLIT_IN] and row.name == SPLIT)
    statements = functions_of(tx, old_bidang)
    old_head = tx.scalar("SELECT id FROM positions WHERE unit_id = ? ORDER BY sort_order, id LIMIT 1", (old_bidang,))
    standard = standard_of(tx, old_head) if old_head is not None else {}
    parts = []
    for number, name in enumerate(SPLIT_INTO):
        unit = units.create_unit(tx, draft.edition_id, dinas, name, "bidang").unit_id
        mine = [Function(None, f.text, f.urusan_code) for f in statements[number::2]] or [Function(None, name.lower())]
        set_functions(tx, unit, mine)
        head = create_position(tx, unit, f"Kepala {name}", "administrator", eselon="IIIb", needed=1)
        set_standard(tx, head.id, standard)
        parts.append(unit)
    units.delete_unit(tx, copy_of[old_bidang])
    decisions.append(Decision(old_bidang, "split", tuple(parts)))

    set_decisions(tx, draft.edition_id, decisions)
    impact = compute_impact(tx, draft.edition_id)
    waiting = [p.entity_id for p in impact.staff if p.how == "proposed"]
    accept_proposed_placements(tx, draft.edition_id, impact)
    if waiting:
        place(tx, draft.edition_id, "staff", waiting[:ON_BENCH], None)
    return draft
