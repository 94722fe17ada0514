"""The schema of a ``.sotk`` file and its forward migrations.

The version lives in ``PRAGMA user_version``; ``PRAGMA application_id`` marks a file
as ours so a stray SQLite database is refused rather than altered. Each migration
moves a file exactly one version forward and runs inside the caller's transaction.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable

APPLICATION_ID = 0x534F544B  # "SOTK"
SCHEMA_VERSION = 5

# Version 1: the whole data model of ARCHITECTURE.md. Plain tables and clear names, so
# the file stays readable in sqlite3 or DB Browser; values are plain (ISO dates,
# integer sen for money, JSON text in the audit log).
SCHEMA_V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE regions (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL CHECK (trim(name) <> ''),
    kind       TEXT NOT NULL CHECK (kind IN ('provinsi', 'kabupaten', 'kota')),
    code       TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE editions (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    region_id      INTEGER NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
    name           TEXT NOT NULL CHECK (trim(name) <> ''),
    status         TEXT NOT NULL CHECK (status IN ('in_force', 'draft', 'archived')),
    legal_basis    TEXT,
    legal_number   TEXT,
    legal_date     TEXT,
    copied_from_id INTEGER REFERENCES editions(id) ON DELETE SET NULL,
    created_at     TEXT NOT NULL
);
CREATE INDEX editions_region ON editions(region_id);

CREATE TABLE units (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    edition_id     INTEGER NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
    parent_id      INTEGER REFERENCES units(id) ON DELETE CASCADE,
    sort_order     INTEGER NOT NULL DEFAULT 0,
    kind           TEXT NOT NULL,
    name           TEXT NOT NULL CHECK (trim(name) <> ''),
    short_name     TEXT,
    typology       TEXT CHECK (typology IN ('A', 'B', 'C')),
    head_title     TEXT,
    eselon         TEXT,
    code           TEXT,
    notes          TEXT,
    copied_from_id INTEGER REFERENCES units(id) ON DELETE SET NULL
);
CREATE INDEX units_tree ON units(edition_id, parent_id, sort_order);
CREATE INDEX units_parent ON units(parent_id);
CREATE INDEX units_copied_from ON units(copied_from_id);

CREATE TABLE unit_functions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    unit_id     INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    sort_order  INTEGER NOT NULL,
    text        TEXT NOT NULL CHECK (trim(text) <> ''),
    urusan_code TEXT
);
CREATE INDEX unit_functions_unit ON unit_functions(unit_id, sort_order);

CREATE TABLE unit_urusan (
    unit_id     INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    urusan_code TEXT NOT NULL,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_id, urusan_code)
);
CREATE INDEX unit_urusan_code ON unit_urusan(urusan_code);

-- Program codes of the nomenclature (U.BB.PP) a unit runs: the precise test of
-- an urusan split between two perangkat daerah.
CREATE TABLE unit_programs (
    unit_id      INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    program_code TEXT NOT NULL,
    PRIMARY KEY (unit_id, program_code)
);

-- The office's own competency dictionary (teknis); managerial and socio-cultural
-- competencies ship in resources/reference/kompetensi.csv.
CREATE TABLE competencies (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL CHECK (trim(name) <> ''),
    kind        TEXT NOT NULL DEFAULT 'teknis' CHECK (kind IN ('manajerial', 'sosial_kultural', 'teknis')),
    description TEXT,
    source      TEXT
);

CREATE TABLE positions (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    unit_id    INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    sort_order INTEGER NOT NULL DEFAULT 0,
    title      TEXT NOT NULL CHECK (trim(title) <> ''),
    category   TEXT NOT NULL CHECK (category IN (
                   'jpt_utama', 'jpt_madya', 'jpt_pratama', 'administrator', 'pengawas',
                   'pelaksana', 'fungsional')),
    level      TEXT,
    eselon     TEXT,
    grade      INTEGER CHECK (grade BETWEEN 1 AND 17),
    needed     INTEGER NOT NULL DEFAULT 0 CHECK (needed >= 0),
    notes      TEXT
);
CREATE INDEX positions_unit ON positions(unit_id, sort_order);

CREATE TABLE position_competencies (
    position_id     INTEGER NOT NULL REFERENCES positions(id) ON DELETE CASCADE,
    competency_code TEXT NOT NULL,
    required_level  INTEGER NOT NULL CHECK (required_level BETWEEN 1 AND 5),
    PRIMARY KEY (position_id, competency_code)
);

CREATE TABLE staff (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    region_id   INTEGER NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
    nip         TEXT NOT NULL,
    name        TEXT NOT NULL CHECK (trim(name) <> ''),
    front_title TEXT,
    back_title  TEXT,
    status      TEXT NOT NULL CHECK (status IN ('PNS', 'PPPK')),
    golongan    TEXT,
    unit_id     INTEGER REFERENCES units(id) ON DELETE RESTRICT,
    position_id INTEGER REFERENCES positions(id) ON DELETE RESTRICT,
    kinerja     INTEGER CHECK (kinerja BETWEEN 1 AND 3),
    potensi     INTEGER CHECK (potensi BETWEEN 1 AND 3),
    notes       TEXT,
    UNIQUE (region_id, nip)
);
CREATE INDEX staff_unit ON staff(unit_id);
CREATE INDEX staff_position ON staff(position_id);

CREATE TABLE assessments (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    staff_id        INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    competency_code TEXT NOT NULL,
    level           INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
    assessed_on     TEXT,
    source          TEXT
);
CREATE INDEX assessments_staff ON assessments(staff_id, competency_code);

CREATE TABLE assets (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    unit_id        INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
    kib            TEXT NOT NULL CHECK (kib IN ('A', 'B', 'C', 'D', 'E', 'F')),
    kode_barang    TEXT NOT NULL,
    register       TEXT,
    name           TEXT NOT NULL CHECK (trim(name) <> ''),
    year           INTEGER,
    value_sen      INTEGER NOT NULL DEFAULT 0 CHECK (value_sen >= 0),
    condition      TEXT NOT NULL DEFAULT 'B' CHECK (condition IN ('B', 'KB', 'RB')),
    location       TEXT,
    area_m2        REAL,
    certificate_no TEXT,
    notes          TEXT
);
CREATE INDEX assets_unit ON assets(unit_id, kib);

-- History of who held an asset: one row per move, names kept in case a unit is gone.
CREATE TABLE asset_transfers (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    asset_id       INTEGER NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
    transferred_on TEXT NOT NULL,
    from_unit_id   INTEGER REFERENCES units(id) ON DELETE SET NULL,
    from_unit_name TEXT,
    to_unit_id     INTEGER REFERENCES units(id) ON DELETE SET NULL,
    to_unit_name   TEXT,
    reference      TEXT,
    notes          TEXT
);
CREATE INDEX asset_transfers_asset ON asset_transfers(asset_id);
CREATE INDEX asset_transfers_from ON asset_transfers(from_unit_id);
CREATE INDEX asset_transfers_to ON asset_transfers(to_unit_id);

CREATE TABLE restructurings (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    name            TEXT NOT NULL CHECK (trim(name) <> ''),
    from_edition_id INTEGER NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
    to_edition_id   INTEGER NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
    status          TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'applied')),
    created_at      TEXT NOT NULL
);

CREATE TABLE unit_mappings (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    restructuring_id  INTEGER NOT NULL REFERENCES restructurings(id) ON DELETE CASCADE,
    from_unit_id      INTEGER REFERENCES units(id) ON DELETE CASCADE,
    to_unit_id        INTEGER REFERENCES units(id) ON DELETE CASCADE,
    kind              TEXT NOT NULL CHECK (kind IN ('kept', 'renamed', 'merged', 'split', 'dissolved', 'new')),
    notes             TEXT
);
CREATE INDEX unit_mappings_restructuring ON unit_mappings(restructuring_id);
CREATE INDEX unit_mappings_from ON unit_mappings(from_unit_id);
CREATE INDEX unit_mappings_to ON unit_mappings(to_unit_id);

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    os_user   TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER,
    before    TEXT,
    after     TEXT
);
"""

Migration = Callable[[sqlite3.Connection], None]

# Version 2: what the checks remember. An accepted finding is keyed by a stable text
# (rule, units, detail) within its edition; a region marks the pilihan urusan that
# matter to it, so the coverage check can ask for a unit to carry them. Plus indexes
# for the region-wide staff and asset lists.
SCHEMA_V2 = """
CREATE TABLE finding_acceptances (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    edition_id  INTEGER NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
    finding_key TEXT NOT NULL,
    rule        TEXT NOT NULL,
    reason      TEXT NOT NULL CHECK (trim(reason) <> ''),
    accepted_by TEXT NOT NULL,
    accepted_at TEXT NOT NULL,
    UNIQUE (edition_id, finding_key)
);

CREATE TABLE region_relevant_urusan (
    region_id   INTEGER NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
    urusan_code TEXT NOT NULL,
    PRIMARY KEY (region_id, urusan_code)
);

-- Region-wide lists of staff and assets are read sorted and filtered; these keep them fast.
CREATE INDEX staff_region_name ON staff(region_id, name);
CREATE INDEX assets_kib ON assets(kib, unit_id);
"""


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    for statement in split_statements(SCHEMA_V2):
        conn.execute(statement)


# Version 3: the undo journal (core/journal.py), and indexes for the lists' default order. The window's changes write down every row
# they touch here, in the same transaction, so undoing 100,000 rows replays SQL instead of
# holding the rows in memory. Emptied whenever the file is opened for writing. The value
# columns have no type on purpose: each keeps the type of the value it holds.
SCHEMA_V3 = """
CREATE TABLE undo_steps (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    label      TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE undo_journal (
    seq  INTEGER PRIMARY KEY,
    step INTEGER NOT NULL,
    tbl  TEXT NOT NULL,
    op   TEXT NOT NULL CHECK (op IN ('I', 'U', 'D')),
    rid  INTEGER NOT NULL,
    c1,
    c2,
    c3,
    c4,
    c5,
    c6,
    c7,
    c8,
    c9,
    c10,
    c11,
    c12,
    c13,
    c14,
    c15,
    c16,
    c17,
    c18,
    c19,
    c20,
    c21,
    c22,
    c23,
    c24
);
CREATE INDEX undo_journal_step ON undo_journal(step, seq);

-- The region-wide lists open sorted by name (as the list compares names: without case) and by
-- KIB and kode barang: these let the first page be read from the index, not a sort of everyone.
CREATE INDEX staff_name_nocase ON staff(name COLLATE NOCASE);
CREATE INDEX staff_region_name_nocase ON staff(region_id, name COLLATE NOCASE);
CREATE INDEX assets_kib_kode ON assets(kib, kode_barang);
"""


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    for statement in split_statements(SCHEMA_V3):
        conn.execute(statement)


# Version 4: the plans (core/plans). Per region an RPJMD: its visi, and a tree of misi,
# tujuan and sasaran (plan_goals); priority programs grouped in rumpun; strategic issues.
# Per perangkat daerah (a unit) its Renstra: a tree of program, kegiatan and sub-kegiatan
# (renstra_items) with nomenclature codes in one written form and the pagu indikatif in
# integer sen. Indicators belong to exactly one goal, item or issue; their yearly targets
# keep the text as typed and, for numeric indicators, the number. Links say which sasaran a
# program or kegiatan supports, which priority programs it carries, which strategic issue
# (and which of its indicators) a sub-kegiatan serves, and which Asisten or Staf Ahli
# coordinates which PD (wilayah tugas).
SCHEMA_V4 = """
CREATE TABLE rpjmd (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    region_id    INTEGER NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
    name         TEXT NOT NULL CHECK (trim(name) <> ''),
    period_start INTEGER NOT NULL,
    period_end   INTEGER NOT NULL CHECK (period_end >= period_start),
    visi         TEXT NOT NULL CHECK (trim(visi) <> ''),
    legal_basis  TEXT,
    created_at   TEXT NOT NULL
);
CREATE INDEX rpjmd_region ON rpjmd(region_id);

CREATE TABLE plan_goals (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    rpjmd_id   INTEGER NOT NULL REFERENCES rpjmd(id) ON DELETE CASCADE,
    parent_id  INTEGER REFERENCES plan_goals(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('misi', 'tujuan', 'sasaran')),
    sort_order INTEGER NOT NULL DEFAULT 0,
    code       TEXT,
    text       TEXT NOT NULL CHECK (trim(text) <> '')
);
CREATE INDEX plan_goals_tree ON plan_goals(rpjmd_id, parent_id, sort_order);
CREATE INDEX plan_goals_parent ON plan_goals(parent_id);

CREATE TABLE priority_programs (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    rpjmd_id   INTEGER NOT NULL REFERENCES rpjmd(id) ON DELETE CASCADE,
    rumpun     TEXT,
    sort_order INTEGER NOT NULL DEFAULT 0,
    name       TEXT NOT NULL CHECK (trim(name) <> ''),
    goal_id    INTEGER REFERENCES plan_goals(id) ON DELETE SET NULL
);
CREATE INDEX priority_programs_rpjmd ON priority_programs(rpjmd_id, sort_order);

CREATE TABLE strategic_issues (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    rpjmd_id    INTEGER NOT NULL REFERENCES rpjmd(id) ON DELETE CASCADE,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    name        TEXT NOT NULL CHECK (trim(name) <> ''),
    description TEXT
);
CREATE INDEX strategic_issues_rpjmd ON strategic_issues(rpjmd_id, sort_order);

CREATE TABLE renstra (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    rpjmd_id     INTEGER NOT NULL REFERENCES rpjmd(id) ON DELETE CASCADE,
    unit_id      INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    name         TEXT NOT NULL CHECK (trim(name) <> ''),
    period_start INTEGER NOT NULL,
    period_end   INTEGER NOT NULL CHECK (period_end >= period_start),
    UNIQUE (rpjmd_id, unit_id)
);
CREATE INDEX renstra_unit ON renstra(unit_id);

CREATE TABLE renstra_items (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    renstra_id INTEGER NOT NULL REFERENCES renstra(id) ON DELETE CASCADE,
    parent_id  INTEGER REFERENCES renstra_items(id) ON DELETE CASCADE,
    level      TEXT NOT NULL CHECK (level IN ('program', 'kegiatan', 'sub_kegiatan')),
    sort_order INTEGER NOT NULL DEFAULT 0,
    code       TEXT NOT NULL,
    name       TEXT NOT NULL CHECK (trim(name) <> ''),
    unit_id    INTEGER REFERENCES units(id) ON DELETE SET NULL,
    pagu_sen   INTEGER NOT NULL DEFAULT 0 CHECK (pagu_sen >= 0)
);
CREATE INDEX renstra_items_tree ON renstra_items(renstra_id, parent_id, sort_order);
CREATE INDEX renstra_items_parent ON renstra_items(parent_id, sort_order);
CREATE INDEX renstra_items_code ON renstra_items(code);

CREATE TABLE plan_indicators (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    goal_id             INTEGER REFERENCES plan_goals(id) ON DELETE CASCADE,
    item_id             INTEGER REFERENCES renstra_items(id) ON DELETE CASCADE,
    issue_id            INTEGER REFERENCES strategic_issues(id) ON DELETE CASCADE,
    priority_program_id INTEGER REFERENCES priority_programs(id) ON DELETE CASCADE,
    sort_order          INTEGER NOT NULL DEFAULT 0,
    name                TEXT NOT NULL CHECK (trim(name) <> ''),
    measure             TEXT,
    numeric             INTEGER NOT NULL DEFAULT 1 CHECK (numeric IN (0, 1)),
    CHECK ((goal_id IS NOT NULL) + (item_id IS NOT NULL) + (issue_id IS NOT NULL) + (priority_program_id IS NOT NULL) = 1)
);
CREATE INDEX plan_indicators_goal ON plan_indicators(goal_id);
CREATE INDEX plan_indicators_item ON plan_indicators(item_id);
CREATE INDEX plan_indicators_issue ON plan_indicators(issue_id);
CREATE INDEX plan_indicators_priority ON plan_indicators(priority_program_id);

CREATE TABLE plan_targets (
    indicator_id INTEGER NOT NULL REFERENCES plan_indicators(id) ON DELETE CASCADE,
    year         INTEGER NOT NULL,
    value        TEXT NOT NULL,
    number       REAL,
    PRIMARY KEY (indicator_id, year)
);

CREATE TABLE renstra_item_goals (
    item_id INTEGER NOT NULL REFERENCES renstra_items(id) ON DELETE CASCADE,
    goal_id INTEGER NOT NULL REFERENCES plan_goals(id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, goal_id)
);
CREATE INDEX renstra_item_goals_goal ON renstra_item_goals(goal_id);

CREATE TABLE renstra_item_priorities (
    item_id             INTEGER NOT NULL REFERENCES renstra_items(id) ON DELETE CASCADE,
    priority_program_id INTEGER NOT NULL REFERENCES priority_programs(id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, priority_program_id)
);
CREATE INDEX renstra_item_priorities_priority ON renstra_item_priorities(priority_program_id);

CREATE TABLE renstra_item_issues (
    item_id      INTEGER NOT NULL REFERENCES renstra_items(id) ON DELETE CASCADE,
    issue_id     INTEGER NOT NULL REFERENCES strategic_issues(id) ON DELETE CASCADE,
    indicator_id INTEGER REFERENCES plan_indicators(id) ON DELETE SET NULL,
    PRIMARY KEY (item_id, issue_id)
);
CREATE INDEX renstra_item_issues_issue ON renstra_item_issues(issue_id);

CREATE TABLE coordination (
    coordinator_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    unit_id        INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    PRIMARY KEY (coordinator_id, unit_id)
);
CREATE INDEX coordination_unit ON coordination(unit_id);
"""


def _v3_to_v4(conn: sqlite3.Connection) -> None:
    for statement in split_statements(SCHEMA_V4):
        conn.execute(statement)


# Version 5: restructuring drafts (issue 14). A restructuring ties the edition in force to
# its draft (one per draft edition) and walks draft → in_review → approved → applied (or
# archived), each step a row of restructuring_steps with who and when. unit_mappings gains
# the action 'moved' (and a split is several rows of one source); placements hold the
# per-person, per-post and per-asset decisions a split or a dissolution leaves open (a NULL
# unit: the person waits on the bench). Both old tables were never written by any version,
# so they are rebuilt (create new, copy, drop, rename) rather than patched: SQLite cannot
# alter a CHECK constraint in place, and copying keeps any row another tool put there.
SCHEMA_V5 = """
CREATE TABLE restructurings_v5 (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    name                 TEXT NOT NULL CHECK (trim(name) <> ''),
    from_edition_id      INTEGER NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
    to_edition_id        INTEGER NOT NULL UNIQUE REFERENCES editions(id) ON DELETE CASCADE,
    status               TEXT NOT NULL DEFAULT 'draft'
                         CHECK (status IN ('draft', 'in_review', 'approved', 'applied', 'archived')),
    planned_legal_basis  TEXT,
    effective_date       TEXT,
    created_by           TEXT,
    created_at           TEXT NOT NULL
);
INSERT INTO restructurings_v5 (id, name, from_edition_id, to_edition_id, status, created_at)
    SELECT id, name, from_edition_id, to_edition_id, status, created_at FROM restructurings;

CREATE TABLE unit_mappings_v5 (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    restructuring_id  INTEGER NOT NULL REFERENCES restructurings_v5(id) ON DELETE CASCADE,
    from_unit_id      INTEGER REFERENCES units(id) ON DELETE CASCADE,
    to_unit_id        INTEGER REFERENCES units(id) ON DELETE CASCADE,
    kind              TEXT NOT NULL
                      CHECK (kind IN ('kept', 'renamed', 'merged', 'split', 'moved', 'dissolved', 'new')),
    notes             TEXT,
    decided_by        TEXT,
    decided_at        TEXT
);
INSERT INTO unit_mappings_v5 (id, restructuring_id, from_unit_id, to_unit_id, kind, notes)
    SELECT id, restructuring_id, from_unit_id, to_unit_id, kind, notes FROM unit_mappings;
DROP TABLE unit_mappings;
DROP TABLE restructurings;
ALTER TABLE restructurings_v5 RENAME TO restructurings;
ALTER TABLE unit_mappings_v5 RENAME TO unit_mappings;
CREATE INDEX restructurings_from ON restructurings(from_edition_id);
CREATE INDEX unit_mappings_restructuring ON unit_mappings(restructuring_id, from_unit_id);
CREATE INDEX unit_mappings_from ON unit_mappings(from_unit_id);
CREATE INDEX unit_mappings_to ON unit_mappings(to_unit_id);

CREATE TABLE restructuring_steps (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    restructuring_id INTEGER NOT NULL REFERENCES restructurings(id) ON DELETE CASCADE,
    status           TEXT NOT NULL
                     CHECK (status IN ('draft', 'in_review', 'approved', 'applied', 'archived')),
    os_user          TEXT NOT NULL,
    at               TEXT NOT NULL,
    note             TEXT
);
CREATE INDEX restructuring_steps_of ON restructuring_steps(restructuring_id, id);

CREATE TABLE placements (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    restructuring_id INTEGER NOT NULL REFERENCES restructurings(id) ON DELETE CASCADE,
    entity           TEXT NOT NULL CHECK (entity IN ('staff', 'position', 'asset')),
    entity_id        INTEGER NOT NULL,
    to_unit_id       INTEGER REFERENCES units(id) ON DELETE CASCADE,
    to_position_id   INTEGER REFERENCES positions(id) ON DELETE SET NULL,
    decided_by       TEXT NOT NULL,
    decided_at       TEXT NOT NULL,
    UNIQUE (restructuring_id, entity, entity_id)
);
CREATE INDEX placements_unit ON placements(to_unit_id);
CREATE INDEX placements_position ON placements(to_position_id);
"""


def _v4_to_v5(conn: sqlite3.Connection) -> None:
    for statement in split_statements(SCHEMA_V5):
        conn.execute(statement)


# MIGRATIONS[n] moves a file from version n to n + 1. Never edit a shipped entry:
# files in offices were made by it. Add the next one and raise SCHEMA_VERSION.
MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5}


def create_schema(conn: sqlite3.Connection) -> None:
    """Create a current-version schema in an empty database (inside a transaction)."""
    for statement in split_statements(SCHEMA_V1):
        conn.execute(statement)
    for version in range(1, SCHEMA_VERSION):
        MIGRATIONS[version](conn)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Bring a file from ``from_version`` to the current version (inside a transaction)."""
    for version in range(from_version, SCHEMA_VERSION):
        MIGRATIONS[version](conn)
        conn.execute(f"PRAGMA user_version = {version + 1}")


@functools.cache
def expected_tables(version: int) -> dict[str, frozenset[str]]:
    """The tables (and their columns) a sound file of ``version`` holds, read off the DDL
    itself in a memory database: what an opening compares a file against, so a table
    dropped by another tool is named at once instead of failing in some query later."""
    conn = sqlite3.connect(":memory:")
    try:
        for statement in split_statements(SCHEMA_V1):
            conn.execute(statement)
        for step in range(1, version):
            MIGRATIONS[step](conn)
        return table_columns(conn)
    finally:
        conn.close()


def table_columns(conn: sqlite3.Connection) -> dict[str, frozenset[str]]:
    """Each ordinary table of a database with its column names (one query)."""
    found: dict[str, set[str]] = {}
    for table, column in conn.execute(
        "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p"
        " WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'"
    ):
        found.setdefault(table, set()).add(column)
    return {table: frozenset(columns) for table, columns in found.items()}


def split_statements(script: str) -> list[str]:
    """Split a DDL script on ';' so each statement runs inside our own transaction
    (``executescript`` would commit first)."""
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
