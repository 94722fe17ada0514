"""Reading the audit log: keyset pages, filters, what a unit filter can attribute."""

from __future__ import annotations

import json

from core import assets, audit, regions, staff, units
from core.audit import AuditFilter, AuditQuery
from core.store import Store


def test_pages_go_newest_first_without_gaps_or_repeats(store: Store) -> None:
    for number in range(25):
        regions.create_region(store, f"Kota {number}", "kota")
    with AuditQuery(store, AuditFilter()) as query:
        seen, cursor = [], None
        while True:
            page, cursor = query.page(cursor, 7)
            seen.extend(e.id for e in page)
            if cursor is None:
                break
    assert seen == sorted(seen, reverse=True)
    assert seen == [row["id"] for row in store.rows("SELECT id FROM audit_log ORDER BY id DESC")]


def test_a_rare_filter_is_searched_in_bounded_slices(store: Store) -> None:
    for number in range(30):
        regions.create_region(store, f"Kota {number}", "kota")
    with AuditQuery(store, AuditFilter(action="create_file")) as query:
        found, cursor, slices = [], None, 0
        while True:
            page, cursor = query.page(cursor, 200, scan=10)
            found.extend(page)
            slices += 1
            if cursor is None:
                break
    assert [e.action for e in found] == ["create_file"] and slices >= 3


def test_a_unit_filter_takes_sub_units_and_their_records_also_once_deleted_or_moved(store: Store, tree: dict[str, int]) -> None:
    units.update_unit(store, tree["x"], notes="x")
    units.update_unit(store, tree["b"], notes="b")
    region = store.scalar("SELECT region_id FROM editions e JOIN units u ON u.edition_id = e.id WHERE u.id = ?", (tree["a"],))
    person = staff.create_staff(store, region, "198001012005011001", "Siti", unit_id=tree["x"]).id
    moved_out = staff.create_staff(store, region, "198001012005011002", "Budi", unit_id=tree["y"]).id
    staff.move_staff(store, [moved_out], unit_id=tree["b"], position_id=None)
    item = assets.create_asset(store, tree["sek"], "B", "1.3.2.10.01.02.001", "Laptop").id
    assets.delete_assets(store, [item])
    elsewhere = staff.create_staff(store, region, "198001012005011003", "Andi", unit_id=tree["b"]).id

    with AuditQuery(store, AuditFilter(unit_id=tree["a"])) as query:
        entries = list(query.all())
    keys = {(e.entity, e.entity_id, e.action) for e in entries}
    assert ("unit", tree["x"], "update") in keys and ("unit", tree["a"], "create") in keys
    assert ("staff", person, "create") in keys
    assert ("staff", moved_out, "move") in keys  # moved away: its before names Bidang Y
    assert ("asset", item, "delete") in keys  # gone, but its before names the Sekretariat
    assert ("unit", tree["b"], "update") not in keys and ("staff", elsewhere, "create") not in keys
    assert not {e.entity for e in entries} & {"region", "edition", "file"}  # belong to no unit
    deleted = next(e for e in entries if e.entity == "asset" and e.action == "delete")
    assert deleted.name == "Laptop"  # named from its last image


def test_changes_read_as_field_old_new() -> None:
    update = audit.AuditEntry(
        1, "2026-01-01T00:00:00+07:00", "siti", "update", "unit", 1, {"name": "A", "notes": "x"}, {"name": "B"}, "B"
    )
    assert audit.change_lines(update) == ["name: A → B"]
    created = audit.AuditEntry(2, "", "siti", "create", "unit", 1, None, {"name": "A", "code": None, "level": 3}, "A")
    assert audit.change_lines(created) == ["name: A", "level: 3"]
    removed = audit.AuditEntry(3, "", "siti", "delete", "asset", 1, {"name": "Meja"}, None, "Meja")
    assert audit.change_lines(removed) == ["name: Meja → –"]
    listed = audit.AuditEntry(4, "", "siti", "set_urusan", "unit", 1, ["1.01"], ["1.01", "2.16"], None)
    assert audit.change_lines(listed) == ['["1.01"] → ["1.01", "2.16"]']


def test_filters_by_user_action_and_days(store: Store) -> None:
    store.conn.execute(
        "INSERT INTO audit_log (at, os_user, action, entity, entity_id) VALUES "
        "('2026-03-01T23:59:59+07:00', 'siti', 'update', 'unit', 1), ('2026-03-02T00:00:00+07:00', 'budi', 'update', 'unit', 1)"
    )

    def ids(flt: AuditFilter) -> list[str]:
        with AuditQuery(store, flt) as query:
            return [e.os_user for e in query.all()]

    assert ids(AuditFilter(since="2026-03-01", until="2026-03-01")) == ["siti"]
    assert ids(AuditFilter(since="2026-03-02", until="2026-03-02")) == ["budi"]
    assert ids(AuditFilter(user="budi", action="update")) == ["budi"]
    assert "siti" in audit.distinct_values(store, "os_user") and "update" in audit.distinct_values(store, "action")


def test_a_bulk_insert_writes_the_audit_rows_the_per_record_encoding_would(store: Store, tree: dict[str, int]) -> None:
    region_id = int(store.scalar("SELECT region_id FROM editions LIMIT 1"))
    people = [
        {"nip": "199001012015031001", "name": 'Budi "Ucok" Santoso', "status": "PNS", "golongan": "III/a"},
        {"nip": "199202022016042002", "name": "Siti Nurhaliza", "front_title": "Dr.", "back_title": "M.Sc., Ph.D."},
        {"nip": "199303032017052003", "name": "Ané Wijayakusumah", "notes": 'Baris satu\nbaris\tdua \\ "kutip"'},
        {"nip": "199404042018061004", "name": "Putu Eka", "kinerja": 3, "potensi": 1, "status": "PPPK", "golongan": "IX"},
    ]
    with store.write(undo="Impor pegawai") as tx:
        context = staff.StaffContext(tx, region_id)
        records = []
        for person in people:
            given = {field: None for field in staff.STAFF_FIELDS} | {"status": "PNS", "unit_id": tree["x"]} | person
            checked = staff.validate_staff(tx, region_id, given, context=context).raise_first()
            records.append({field: checked.get(field) for field in staff.STAFF_FIELDS})
        ids = staff.insert_staff(tx, region_id, records)
    rows = store.rows("SELECT action, entity, entity_id, before, after FROM audit_log WHERE entity = 'staff' ORDER BY id")
    expected = [("create", "staff", i, None, audit.to_json(r)) for i, r in zip(ids, records, strict=True)]
    assert [(r["action"], r["entity"], r["entity_id"], r["before"], r["after"]) for r in rows] == expected
    assert [json.loads(r["after"]) for r in rows] == records
    assert json.loads(rows[2]["after"])["notes"] == 'Baris satu\nbaris\tdua \\ "kutip"'
    stamps = store.rows("SELECT DISTINCT at, os_user FROM audit_log WHERE entity = 'staff'")
    assert [(s["at"][:10], s["os_user"]) for s in stamps] == [(audit.now_iso()[:10], audit.os_user())]
