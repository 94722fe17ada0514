"""Two editions side by side: what the mapping did to their units (added, removed, renamed,
moved, merged, split), the functions and urusan that went to another unit, counts of units
per kind, of perangkat daerah per typology and of structural posts per eselon, and the
checks' findings before and after (what the draft fixes and what it introduces).

Read-only. The mapping is the one given, else (for a draft compared with the edition it was
drafted from) the user's decisions where taken and the proposal for the rest, else the proposal.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, cast

from core.checks import assets_outside, check_titles, run_checks, staffing
from core.checks.model import Finding
from core.i18n import N_
from core.reference import load_reference
from core.regions import edition_blockers
from core.restructure._matching import Matcher
from core.restructure._snapshot import Snapshot
from core.restructure.mapping import stored_decisions
from core.restructure.propose import Proposal, propose_between, read_pair
from core.store import Reader, Store

STRUCTURAL = ("jpt_utama", "jpt_madya", "jpt_pratama", "administrator", "pengawas")
NONE_KEY = "-"
DECIDED = N_("Diputuskan pengguna pada draf ini.")


@dataclass
class Comparison:
    edition_a: dict[str, Any]
    edition_b: dict[str, Any]
    mapping: list[Proposal]
    added: list[dict[str, Any]] = field(default_factory=list)
    removed: list[dict[str, Any]] = field(default_factory=list)
    renamed: list[dict[str, Any]] = field(default_factory=list)
    moved: list[dict[str, Any]] = field(default_factory=list)
    merged: list[dict[str, Any]] = field(default_factory=list)
    split: list[dict[str, Any]] = field(default_factory=list)
    urusan_moved: list[dict[str, Any]] = field(default_factory=list)
    functions_moved: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)
    findings: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """Plain data in a stable shape (the command line's ``diff --json``)."""
        return {
            "edition_a": self.edition_a,
            "edition_b": self.edition_b,
            "summary": {
                name: len(getattr(self, name))
                for name in ("added", "removed", "renamed", "moved", "merged", "split", "urusan_moved", "functions_moved")
            },
            "added": self.added,
            "removed": self.removed,
            "renamed": self.renamed,
            "moved": self.moved,
            "merged": self.merged,
            "split": self.split,
            "urusan_moved": self.urusan_moved,
            "functions_moved": self.functions_moved,
            "counts": self.counts,
            "findings": self.findings,
            "mapping": [
                {
                    "from_unit_id": p.from_unit_id,
                    "action": p.action,
                    "to_unit_ids": list(p.to_unit_ids),
                    "confidence": p.confidence,
                    "reason": p.reason,
                }
                for p in self.mapping
            ],
        }


def compare(reader: Reader, edition_a: int, edition_b: int, mapping: list[Proposal] | None = None) -> Comparison:
    """Compare ``edition_a`` (before) with ``edition_b`` (after), two editions of one region."""
    old, new = read_pair(reader, edition_a, edition_b)
    matcher = Matcher(old, new)
    if mapping is None:
        mapping = _with_decisions(reader, edition_a, edition_b, propose_between(matcher))
    result = Comparison(_edition(old), _edition(new), mapping)
    _unit_changes(result, old, new)
    targets = {p.from_unit_id: p.to_unit_ids for p in mapping if p.from_unit_id is not None}
    result.urusan_moved = _urusan_moved(old, new, targets)
    result.functions_moved = _functions_moved(matcher, targets)
    result.counts = _counts(reader, old, new)
    result.findings = _findings(cast(Store, reader), old, new, targets)
    return result


def _with_decisions(reader: Reader, edition_a: int, edition_b: int, proposals: list[Proposal]) -> list[Proposal]:
    """The proposals, each replaced by the user's decision where ``edition_b`` is a draft of
    ``edition_a`` whose unit has one: a draft compared with its source shows what was decided
    (a merge the user chose over a proposed rename), not what the program would guess."""
    row = reader.conn.execute(
        "SELECT id FROM restructurings WHERE from_edition_id = ? AND to_edition_id = ? ORDER BY id DESC LIMIT 1",
        (edition_a, edition_b),
    ).fetchone()
    decided = stored_decisions(reader, row[0]) if row is not None else {}
    if not decided:
        return proposals
    return [
        Proposal(p.from_unit_id, d.action, d.to_unit_ids, 1.0, DECIDED)
        if p.from_unit_id is not None and (d := decided.get(p.from_unit_id)) is not None
        else p
        for p in proposals
    ]


def _edition(snapshot: Snapshot) -> dict[str, Any]:
    edition = snapshot.edition
    return {"id": edition.id, "name": edition.name, "status": edition.status}


def _ref(snapshot: Snapshot, unit_id: int) -> dict[str, Any]:
    return {"id": unit_id, "path": snapshot.path(unit_id)}


def _unit_changes(result: Comparison, old: Snapshot, new: Snapshot) -> None:
    merged: dict[int, list[int]] = {}
    for p in result.mapping:
        if p.action == "new":
            result.added.extend(_ref(new, t) for t in p.to_unit_ids if t in new.units)
            continue
        if p.from_unit_id not in old.units:
            continue
        source = _ref(old, p.from_unit_id)
        to = [_ref(new, t) for t in p.to_unit_ids if t in new.units]
        if p.action == "dissolved":
            result.removed.append({**source, "successors": to})
        elif p.action == "split":
            result.split.append({"from": source, "to": to})
        elif p.action == "merged" and to:
            merged.setdefault(to[0]["id"], []).append(p.from_unit_id)
        elif p.action == "renamed" and to:
            result.renamed.append({"from": source, "to": to[0]})
        elif p.action == "moved" and to:
            result.moved.append({"from": source, "to": to[0]})
    for target, sources in merged.items():
        result.merged.append({"to": _ref(new, target), "from": [_ref(old, s) for s in sources]})


def _pd_targets(new: Snapshot, unit_ids: tuple[int, ...]) -> set[int]:
    return {new.pd_of[t] for t in unit_ids if t in new.pd_of}


def _urusan_moved(old: Snapshot, new: Snapshot, targets: dict[int, tuple[int, ...]]) -> list[dict[str, Any]]:
    """Urusan whose perangkat daerah after is not where the mapping sends those before."""
    before: dict[str, list[int]] = {}
    after: dict[str, list[int]] = {}
    for snapshot, found in ((old, before), (new, after)):
        for pd in snapshot.children.get(None, []):
            for code in snapshot.carried(pd):
                found.setdefault(code, []).append(pd)
    names = load_reference().urusan
    moved = []
    for code in sorted(set(before) | set(after)):
        expected = {pd for unit_id in before.get(code, []) for pd in _pd_targets(new, targets.get(unit_id, ()))}
        if expected == set(after.get(code, [])) and bool(before.get(code)) == bool(after.get(code)):
            continue  # carried where the mapping sends its carriers (a lost or new urusan is listed)
        moved.append(
            {
                "code": code,
                "name": names[code].name if code in names else "",
                "before": [_ref(old, u) for u in before.get(code, [])],
                "after": [_ref(new, u) for u in after.get(code, [])],
            }
        )
    return moved


def _functions_moved(matcher: Matcher, targets: dict[int, tuple[int, ...]]) -> list[dict[str, Any]]:
    """Statements now held by a unit the mapping does not send their old unit to."""
    old, new = matcher.old, matcher.new
    moved = []
    for unit_id, statements in old.statements.items():
        mapped = set(targets.get(unit_id, ()))
        for statement in dict.fromkeys(statements):
            holders = matcher.statement_landing.get(statement)
            if not holders or mapped & set(holders):
                continue
            moved.append({"text": statement, "from": _ref(old, unit_id), "to": [_ref(new, h) for h in holders]})
    return moved


def _counts(reader: Reader, old: Snapshot, new: Snapshot) -> dict[str, dict[str, dict[str, int]]]:
    """Units per kind, perangkat daerah per typology, structural posts per eselon and category."""
    kinds = load_reference().unit_kinds
    tables: dict[str, dict[str, dict[str, int]]] = {
        "units_by_kind": {},
        "pd_by_typology": {},
        "structural_posts_by_eselon": {},
        "structural_posts_by_category": {},
    }

    def add(table: str, key: str | None, side: str, count: int = 1) -> None:
        row = tables[table].setdefault(key or NONE_KEY, {"before": 0, "after": 0})
        row[side] += count

    for side, snapshot in (("before", old), ("after", new)):
        for unit in snapshot.units.values():
            add("units_by_kind", unit.kind, side)
            known = kinds.get(unit.kind)
            if unit.parent_id is None and known is not None and known.is_pd:
                add("pd_by_typology", unit.typology, side)
        for category, eselon, count in reader.conn.execute(
            "SELECT p.category, p.eselon, count(*) FROM positions p JOIN units u ON u.id = p.unit_id"
            f" WHERE u.edition_id = ? AND p.category IN ({','.join('?' * len(STRUCTURAL))}) GROUP BY 1, 2",
            (snapshot.edition.id, *STRUCTURAL),
        ):
            add("structural_posts_by_eselon", eselon, side, count)
            add("structural_posts_by_category", category, side, count)
    return {name: dict(sorted(rows.items())) for name, rows in tables.items()}


_EDITION_DETAIL = re.compile(r"edition:\d+")


def _signature(finding: Finding) -> tuple[str, str]:
    return finding.rule, _EDITION_DETAIL.sub("edition", finding.detail)


def _finding_json(finding: Finding, paths: dict[int, str]) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "severity": finding.severity,
        "units": [{"id": u, "path": paths.get(u, "")} for u in finding.units],
        "message": finding.message,
    }


def _left_out(store: Store, old: Snapshot, new: Snapshot) -> list[str]:
    """Checks of staff and assets where one edition holds none (a draft, before anyone moves):
    their findings would all look fixed, which says nothing about the draft."""
    held = [edition_blockers(store, snapshot.edition.id) for snapshot in (old, new)]
    rules = []
    if not all(h["staff"] for h in held):
        rules.append(staffing.RULE)
    if not all(h["assets"] for h in held):
        rules.append(assets_outside.RULE)
    return rules


def _findings(store: Store, old: Snapshot, new: Snapshot, targets: dict[int, tuple[int, ...]]) -> dict[str, Any]:
    """Open findings of each edition; an old one persists where a new one of the same rule
    and detail stands on what its units became."""
    left_out = _left_out(store, old, new)
    chosen = [rule for rule in check_titles() if rule not in left_out]
    before = run_checks(store, old.edition.id, only=chosen)
    after = run_checks(store, new.edition.id, only=chosen)
    old_open, new_open = before.open, after.open
    by_signature: dict[tuple[str, str], list[tuple[Finding, set[int]]]] = {}
    for finding in new_open:
        by_signature.setdefault(_signature(finding), []).append((finding, set(finding.units)))
    persisting: set[int] = set()  # ids of new findings matched by an old one
    fixed = []
    for finding in old_open:
        mapped = [set(targets.get(u, ())) for u in finding.units]
        reach = set().union(*mapped) if mapped else set()
        match = next(
            (
                f
                for f, units in by_signature.get(_signature(finding), [])
                if units <= reach and all(m & units for m in mapped) and (units or not finding.units)
            ),
            None,
        )
        if match is None:
            fixed.append(_finding_json(finding, before.paths))
        else:
            persisting.add(id(match))
    introduced = [_finding_json(f, after.paths) for f in new_open if id(f) not in persisting]

    def severities(findings: list[Finding]) -> dict[str, int]:
        counted = Counter(f.severity for f in findings)
        return {"error": counted["error"], "warning": counted["warning"], "note": counted["note"], "total": len(findings)}

    return {
        "before": severities(old_open),
        "after": severities(new_open),
        "fixed": fixed,
        "introduced": introduced,
        "persisting": len(persisting),
        "left_out": left_out,
    }
