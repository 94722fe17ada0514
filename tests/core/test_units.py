"""Units: create, edit, move, reorder, delete (and undo through the journal), copy an edition."""

from __future__ import annotations

import pytest

from core import journal, regions, unit_content, units
from core.errors import RefusedError, ValidationError
from core.regions import Edition
from core.store import Store
from core.unit_content import Function


def names(store: Store, edition_id: int, parent_id: int | None) -> list[str]:
    return [row.name for row in units.children(store, edition_id, parent_id)]


def dump(store: Store, edition_id: int) -> list[tuple]:
    """Everything a user sees of an edition's tree, in order, by id."""
    rows = store.conn.execute(
        "SELECT u.id, u.parent_id, u.sort_order, u.name, u.kind, u.eselon,"
        " (SELECT group_concat(text, '|') FROM (SELECT text FROM unit_functions f WHERE f.unit_id = u.id ORDER BY sort_order)),"
        " (SELECT group_concat(urusan_code) FROM unit_urusan WHERE unit_id = u.id)"
        " FROM units u WHERE edition_id = ? ORDER BY u.id",
        (edition_id,),
    ).fetchall()
    return [tuple(r) for r in rows]


def test_children_come_in_their_order_with_counts(store: Store, edition: Edition, tree: dict[str, int]) -> None:
    top = units.children(store, edition.id, None)
    assert [(r.name, r.child_count) for r in top] == [("Dinas A", 3), ("Dinas B", 0)]
    assert names(store, edition.id, tree["a"]) == ["Sekretariat", "Bidang X", "Bidang Y"]


def test_create_at_a_position_shifts_the_siblings(store: Store, edition: Edition, tree: dict[str, int]) -> None:
    units.create_unit(store, edition.id, tree["a"], "Bidang W", "bidang", position=1)
    assert names(store, edition.id, tree["a"]) == ["Sekretariat", "Bidang W", "Bidang X", "Bidang Y"]


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_blank_names_are_refused(store: Store, edition: Edition, name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        units.create_unit(store, edition.id, None, name, "dinas")
    assert caught.value.field == "name"
    assert "Nama" in caught.value.message
    assert store.scalar("SELECT count(*) FROM units") == 0


def test_renaming_to_blank_is_refused_and_nothing_changes(store: Store, edition: Edition, tree: dict[str, int]) -> None:
    with pytest.raises(ValidationError):
        units.update_unit(store, tree["x"], name="  ")
    assert units.get_unit(store, tree["x"]).name == "Bidang X"


def test_unknown_kind_eselon_or_typology_are_refused(store: Store, edition: Edition, tree: dict[str, int]) -> None:
    for field, value in (("kind", "kementerian"), ("eselon", "IIc"), ("typology", "D")):
        with pytest.raises(ValidationError) as caught:
            units.update_unit(store, tree["x"], **{field: value})
        assert caught.value.field == field
        assert value in caught.value.message


def test_any_unicode_round_trips_exactly(store: Store, edition: Edition, tree: dict[str, int]) -> None:
    name = 'Bidang Ma\'ruf & <Pengawasan> "Khusus" — Zulkarnaén ٱلْعَرَبِيَّة 🌿'
    units.update_unit(store, tree["x"], name=name, head_title="Kepala Bidang Ma'ruf & Co")
    unit_content.set_functions(store, tree["x"], [Function(None, 'pembinaan <koperasi> & "UKM"')])
    assert units.get_unit(store, tree["x"]).name == name
    assert unit_content.functions_of(store, tree["x"])[0].text == 'pembinaan <koperasi> & "UKM"'


def test_duplicate_sibling_names_warn_but_are_allowed(store: Store, edition: Edition, tree: dict[str, int]) -> None:
    change = units.update_unit(store, tree["y"], name="bidang x ")
    assert change.warnings and "bidang x" in change.warnings[0].message
    assert units.get_unit(store, tree["y"]).name == "bidang x"
    other_parent = units.create_unit(store, edition.id, tree["b"], "Bidang X", "bidang")
    assert other_parent.warnings == []


def test_update_returns_the_old_values_for_undo(store: Store, edition: Edition, tree: dict[str, int]) -> None:
    change = units.update_unit(store, tree["x"], name="Bidang Baru", eselon="IIIb")
    assert change.before == {"name": "Bidang X", "eselon": None}
    units.update_unit(store, tree["x"], **change.before)
    assert units.get_unit(store, tree["x"]).name == "Bidang X"


def test_move_to_another_parent_and_back(store: Store, edition: Edition, tree: dict[str, int]) -> None:
    change = units.move_unit(store, tree["x"], tree["b"])
    assert names(store, edition.id, tree["a"]) == ["Sekretariat", "Bidang Y"]
    assert names(store, edition.id, tree["b"]) == ["Bidang X"]
    units.move_unit(store, tree["x"], change.before["parent_id"], change.before["position"])
    assert names(store, edition.id, tree["a"]) == ["Sekretariat", "Bidang X", "Bidang Y"]


def test_reorder_among_siblings(store: Store, edition: Edition, tree: dict[str, int]) -> None:
    units.move_unit(store, tree["y"], tree["a"], 0)
    assert names(store, edition.id, tree["a"]) == ["Bidang Y", "Sekretariat", "Bidang X"]
    units.move_unit(store, tree["y"], tree["a"], 2)
    assert names(store, edition.id, tree["a"]) == ["Sekretariat", "Bidang X", "Bidang Y"]
    orders = [
        r[0] for r in store.conn.execute("SELECT sort_order FROM units WHERE parent_id = ? ORDER BY sort_order", (tree["a"],))
    ]
    assert orders == [0, 1, 2]


def test_a_unit_never_becomes_its_own_descendant(store: Store, edition: Edition, tree: dict[str, int]) -> None:
    seksi = units.create_unit(store, edition.id, tree["x"], "Seksi 1", "seksi").unit_id
    for target in (tree["a"], tree["x"], seksi):
        with pytest.raises(RefusedError):
            units.move_unit(store, tree["a"], target)
    assert units.get_unit(store, tree["a"]).parent_id is None


def test_moving_into_another_edition_is_refused(store: Store, edition: Edition, tree: dict[str, int]) -> None:
    draft = regions.copy_edition(store, edition.id, "Draf")
    other = units.children(store, draft.id, None)[0].id
    with pytest.raises(RefusedError):
        units.move_unit(store, tree["x"], other)


def _add_staff_and_asset(store: Store, unit_id: int) -> None:
    with store.write() as tx:
        tx.execute(
            "INSERT INTO staff (region_id, nip, name, status, unit_id) VALUES (1, '198001012005011001', 'Budi', 'PNS', ?)",
            (unit_id,),
        )
        tx.execute(
            "INSERT INTO assets (unit_id, kib, kode_barang, name) VALUES (?, 'B', '1.3.2.10.01.02.001', 'Laptop')", (unit_id,)
        )
        tx.audit("test", "staff", None)


def test_delete_is_refused_while_staff_or_assets_remain_below(store: Store, edition: Edition, tree: dict[str, int]) -> None:
    seksi = units.create_unit(store, edition.id, tree["x"], "Seksi 1", "seksi").unit_id
    _add_staff_and_asset(store, seksi)
    with pytest.raises(RefusedError) as caught:
        units.delete_unit(store, tree["a"])
    assert "1 pegawai dan 1 aset" in caught.value.message
    assert units.get_unit(store, tree["a"]).name == "Dinas A"
    assert store.scalar("SELECT count(*) FROM units WHERE edition_id = ?", (edition.id,)) == 6


def test_delete_takes_sub_units_and_restore_puts_back_the_same_ids(store: Store, edition: Edition, tree: dict[str, int]) -> None:
    seksi = units.create_unit(store, edition.id, tree["x"], "Seksi 1", "seksi").unit_id
    unit_content.set_functions(store, tree["x"], [Function(None, "satu"), Function(None, "dua")])
    unit_content.set_urusan(store, tree["a"], ["1.01", "2.22"])
    with store.write() as tx:
        tx.execute("INSERT INTO positions (unit_id, title, category, needed) VALUES (?, 'Analis', 'fungsional', 2)", (seksi,))
        tx.audit("test", "position", None)
    draft = regions.copy_edition(store, edition.id, "Draf")  # its units point back with copied_from_id
    before = dump(store, edition.id)
    impact = units.delete_impact(store, tree["a"])
    assert (impact.units, impact.functions, impact.positions) == (5, 2, 1)
    with store.write(undo="hapus") as tx:
        units.delete_unit(tx, tree["a"])
    assert names(store, edition.id, None) == ["Dinas B"]
    assert store.scalar("SELECT count(*) FROM units WHERE copied_from_id IS NOT NULL AND edition_id = ?", (draft.id,)) == 1
    assert tx.step is not None
    journal.reverse(store, tx.step, "undo", "hapus")
    assert dump(store, edition.id) == before
    assert store.scalar("SELECT count(*) FROM positions WHERE unit_id = ?", (seksi,)) == 1
    assert store.scalar("SELECT count(*) FROM units WHERE copied_from_id IS NOT NULL AND edition_id = ?", (draft.id,)) == 6


def test_copy_edition_copies_the_whole_tree(store: Store, edition: Edition, tree: dict[str, int]) -> None:
    unit_content.set_functions(store, tree["x"], [Function(None, "pembinaan", "1.01")])
    unit_content.set_urusan(store, tree["a"], ["1.01"])
    unit_content.set_programs(store, tree["x"], ["1.01.02"])
    draft = regions.copy_edition(store, edition.id, "Draf penataan 2027")
    assert draft.status == "draft" and draft.copied_from_id == edition.id

    def shape(edition_id: int) -> list[tuple]:
        return [(r[1:]) for r in _paths(store, edition_id)]

    assert shape(draft.id) == shape(edition.id)
    copied_x = store.scalar("SELECT id FROM units WHERE edition_id = ? AND copied_from_id = ?", (draft.id, tree["x"]))
    assert unit_content.functions_of(store, copied_x)[0].text == "pembinaan"
    assert unit_content.programs_of(store, copied_x) == ["1.01.02"]


def _paths(store: Store, edition_id: int) -> list[tuple]:
    rows = store.conn.execute(
        "WITH RECURSIVE p(id, path) AS (SELECT id, name FROM units WHERE edition_id = ? AND parent_id IS NULL"
        " UNION ALL SELECT u.id, p.path || '/' || u.name FROM units u JOIN p ON u.parent_id = p.id)"
        " SELECT p.id, p.path, u.sort_order, u.kind FROM p JOIN units u ON u.id = p.id ORDER BY p.path",
        (edition_id,),
    ).fetchall()
    return [tuple(r) for r in rows]


def test_only_one_edition_in_force_per_region(store: Store, edition: Edition) -> None:
    with pytest.raises(RefusedError):
        regions.create_edition(store, edition.region_id, "Lain", "in_force")
    draft = regions.create_edition(store, edition.region_id, "Draf", "draft")
    with pytest.raises(RefusedError):
        regions.update_edition(store, draft.id, status="in_force")


def test_delete_edition_and_restore(store: Store, edition: Edition, tree: dict[str, int]) -> None:
    draft = regions.copy_edition(store, edition.id, "Draf")
    before = dump(store, draft.id)
    with store.write(undo="hapus edisi") as tx:
        regions.delete_edition(tx, draft.id)
    assert [e.name for e in regions.list_editions(store, edition.region_id)] == [edition.name]
    assert tx.step is not None
    journal.reverse(store, tx.step, "undo", "hapus edisi")
    assert dump(store, draft.id) == before
    assert regions.get_edition(store, draft.id).copied_from_id == edition.id


def test_edition_with_staff_cannot_be_deleted(store: Store, edition: Edition, tree: dict[str, int]) -> None:
    _add_staff_and_asset(store, tree["y"])
    with pytest.raises(RefusedError):
        regions.delete_edition(store, edition.id)


def test_functions_keep_their_ids_and_order(store: Store, edition: Edition, tree: dict[str, int]) -> None:
    unit_content.set_functions(store, tree["x"], [Function(None, "satu"), Function(None, "dua"), Function(None, "tiga")])
    saved = unit_content.functions_of(store, tree["x"])
    reordered = [saved[2], saved[0]]
    old = unit_content.set_functions(store, tree["x"], reordered)
    assert [f.text for f in unit_content.functions_of(store, tree["x"])] == ["tiga", "satu"]
    assert [f.id for f in unit_content.functions_of(store, tree["x"])] == [saved[2].id, saved[0].id]
    unit_content.set_functions(store, tree["x"], old)
    assert unit_content.functions_of(store, tree["x"]) == saved


def test_a_blank_function_is_refused_with_its_number(store: Store, edition: Edition, tree: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as caught:
        unit_content.set_functions(store, tree["x"], [Function(None, "satu"), Function(None, "  ")])
    assert "nomor 2" in caught.value.message
    assert unit_content.functions_of(store, tree["x"]) == []


def test_urusan_must_be_official_codes(store: Store, edition: Edition, tree: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as caught:
        unit_content.set_urusan(store, tree["a"], ["1.01", "9.99"])
    assert "9.99" in caught.value.message
    assert unit_content.urusan_of(store, tree["a"]) == []
    unit_content.set_urusan(store, tree["a"], ["2.22", "1.01", "2.22"])
    assert unit_content.urusan_of(store, tree["a"]) == ["2.22", "1.01"]


@pytest.mark.parametrize("code", ["3.27", "3.27.4", "3.27.04.01", "9.99.02", "x.xx.01"])
def test_program_codes_are_checked(store: Store, edition: Edition, tree: dict[str, int], code: str) -> None:
    with pytest.raises(ValidationError):
        unit_content.set_programs(store, tree["x"], [code])


def test_search_finds_units_with_their_ancestors(store: Store, edition: Edition, tree: dict[str, int]) -> None:
    seksi = units.create_unit(store, edition.id, tree["x"], "Seksi Koperasi", "seksi").unit_id
    found = units.search(store, edition.id, "KOPERASI")
    assert found.matches == {seksi}
    assert found.visible == {seksi, tree["x"], tree["a"]}
    assert units.search(store, edition.id, "  ").matches == set()
