"""Check: assets still held by units of an edition that is not in force (a draft or an
archived structure). Deleting such units is refused, so the assets cannot disappear; this
check says where they wait to be moved by alih status penggunaan."""

from __future__ import annotations

from core.checks.model import EditionData, Finding
from core.i18n import N_

RULE = "assets_outside"
TITLE = N_("Aset di luar edisi yang berlaku")
BASIS = N_("Permendagri 19/2016 (alih status penggunaan barang milik daerah)")


def run(data: EditionData) -> list[Finding]:
    status = data.store.scalar("SELECT status FROM editions WHERE id = ?", (data.edition_id,))
    if status != "in_force":
        return []
    findings = []
    for edition_id, name, edition_status, count, pds in data.store.conn.execute(
        "SELECT e.id, e.name, e.status, count(*), count(DISTINCT u.id) FROM assets a JOIN units u ON u.id = a.unit_id"
        " JOIN editions e ON e.id = u.edition_id WHERE e.region_id = ? AND e.id <> ? GROUP BY e.id ORDER BY e.id",
        (data.region_id, data.edition_id),
    ):
        findings.append(
            Finding(
                RULE,
                "error",
                (),
                N_("{count} aset masih tercatat pada {units} unit edisi '{edition}' ({status}), bukan pada edisi yang berlaku."),
                {"count": count, "units": pds, "edition": name, "status": edition_status},
                N_("Pindahkan aset itu ke unit edisi yang berlaku (alih status penggunaan, dengan BAST)."),
                BASIS,
                detail=f"edition:{edition_id}",
            )
        )
    return findings
