"""A summary of a data file: regions, their editions and what each holds (``main.py info``)."""

from __future__ import annotations

from typing import Any

from core.schema import SCHEMA_VERSION
from core.store import Store


def file_summary(store: Store) -> dict[str, Any]:
    """Regions with their editions and counts, in a stable shape (documented in README)."""
    per_edition = {
        row["edition_id"]: row
        for row in store.rows(
            "SELECT e.id AS edition_id,"
            " (SELECT count(*) FROM units u WHERE u.edition_id = e.id) AS units,"
            " (SELECT count(*) FROM positions p JOIN units u ON u.id = p.unit_id WHERE u.edition_id = e.id) AS positions,"
            " (SELECT count(*) FROM staff s JOIN units u ON u.id = s.unit_id WHERE u.edition_id = e.id) AS staff,"
            " (SELECT count(*) FROM assets a JOIN units u ON u.id = a.unit_id WHERE u.edition_id = e.id) AS assets"
            " FROM editions e"
        )
    }
    staff_per_region = {
        r["region_id"]: r["n"] for r in store.rows("SELECT region_id, count(*) AS n FROM staff GROUP BY region_id")
    }
    drafts = {
        row["edition_id"]: row
        for row in store.rows(
            "SELECT to_edition_id AS edition_id, id, status, from_edition_id, planned_legal_basis, effective_date"
            " FROM restructurings"
        )
    }
    regions: list[dict[str, Any]] = []
    for region in store.rows("SELECT id, name, kind, code FROM regions ORDER BY id"):
        editions = []
        for edition in store.rows(
            "SELECT id, name, status, legal_basis, legal_number, legal_date FROM editions WHERE region_id = ? ORDER BY id",
            (region["id"],),
        ):
            counts = per_edition[edition["id"]]
            draft = drafts.get(edition["id"])
            restructuring = None if draft is None else {k: v for k, v in draft.items() if k != "edition_id"}
            editions.append(
                {**edition, **{k: counts[k] for k in ("units", "positions", "staff", "assets")}, "restructuring": restructuring}
            )
        regions.append({**region, "staff": staff_per_region.get(region["id"], 0), "editions": editions})
    totals = store.one(
        "SELECT (SELECT count(*) FROM regions) AS regions, (SELECT count(*) FROM editions) AS editions,"
        " (SELECT count(*) FROM units) AS units, (SELECT count(*) FROM positions) AS positions,"
        " (SELECT count(*) FROM staff) AS staff, (SELECT count(*) FROM assets) AS assets"
    )
    return {
        "file": str(store.path),
        "schema_version": SCHEMA_VERSION,
        "sample": store.is_sample,
        "regions": regions,
        "totals": totals,
    }
