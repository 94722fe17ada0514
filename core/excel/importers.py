"""The kinds of sheet the program imports, in one table: the command line and the window's
import dialog both ask here, so a new kind (structure, positions, renstra) is added once.

Each kind has a dry run (``plan``: reads, writes nothing) and a write of that plan in the
caller's transaction (``write``). What the rows land in is a :class:`Target`: the perangkat
daerah their units are matched in (staff, assets, positions) or an edition, existing or new
(structure)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from core.i18n import N_


@dataclass(frozen=True)
class Target:
    """Where imported rows land. ``into``: a perangkat daerah (its units are matched by
    name). ``edition``: an edition of the file. ``new_edition`` (with ``region`` or
    ``new_region`` = (name, kind, code)): an edition made by the import itself."""

    into: int | None = None
    edition: int | None = None
    new_edition: str | None = None
    region: int | None = None
    new_region: tuple[str, str, str | None] | None = None


@dataclass(frozen=True)
class Importer:
    kind: str
    label: str  # shown in the window (through tr)
    module: str
    plan_name: str
    write_name: str
    target: str  # "pd": rows matched in a perangkat daerah; "edition": rows build an edition

    def plan(self, reader: Any, book: Any, layout: Any, target: Target, **options: Any) -> Any:
        """The dry run (``options``: progress, cancelled, first)."""
        function = getattr(importlib.import_module(self.module), self.plan_name)
        if self.target == "pd":
            return function(reader, book, layout, into=target.into, **options)
        return function(reader, book, layout, target=target, **options)

    def write(self, tx: Any, plan: Any, *, accept_valid: bool = False) -> dict[str, int]:
        function: Callable[..., dict[str, int]] = getattr(importlib.import_module(self.module), self.write_name)
        return function(tx, plan, accept_valid=accept_valid)


IMPORTERS: dict[str, Importer] = {
    "staff": Importer("staff", N_("Pegawai"), "core.excel.import_staff", "plan_staff", "write_staff_plan", "pd"),
    "assets": Importer("assets", N_("Aset (KIB)"), "core.excel.import_assets", "plan_assets", "write_assets_plan", "pd"),
    "structure": Importer(
        "structure", N_("Struktur organisasi"), "core.excel.import_structure", "plan_structure", "write_structure_plan", "edition"
    ),
    "positions": Importer(
        "positions", N_("Jabatan"), "core.excel.import_positions", "plan_positions", "write_positions_plan", "pd"
    ),
    "renstra": Importer("renstra", N_("Renstra/Renja"), "core.excel.import_renstra", "plan_renstra", "write_renstra_plan", "pd"),
}
