"""Laporan penataan kelembagaan: a summary of the draft (editions, planned legal basis,
status and its history, counts before and after), the mapping of every old unit to the new
ones, the hand-over lists (P3D) per pair of perangkat daerah, each on its own pages ready to
attach to a Berita Acara Serah Terima, the people waiting on the bench, and the checks'
findings before and after."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from core.dates import written_date
from core.i18n import N_
from core.money import format_rupiah, group_thousands
from core.nip import format_nip
from core.reference import load_reference
from core.restructure.drafts import STATUS_NAMES
from core.store import Store
from reports._plain_rows import PlainRows
from reports._restructuring_data import HandOver, Person, RestructuringData, choose_draft, gather
from reports.fonts import REGULAR
from reports.kit import NumberedCanvas, Report, Styles, keep_with_first, numbered_canvas, para, signature_block, styles
from reports.kit import table as kit_table
from reports.ledger import Column
from reports.page import ReportOptions, Written

ACTION_WORDS = {
    "kept": "tetap",
    "renamed": "ganti nama menjadi",
    "merged": "digabung ke",
    "split": "dipecah menjadi",
    "moved": "dipindah ke",
    "dissolved": "dibubarkan",
    "new": "baru",
}
CHANGES = (
    ("added", "Unit baru"),
    ("removed", "Unit dibubarkan"),
    ("renamed", "Unit berganti nama"),
    ("moved", "Unit dipindah"),
    ("merged", "Penggabungan"),
    ("split", "Pemecahan"),
    ("urusan_moved", "Urusan berpindah perangkat daerah"),
    ("functions_moved", "Fungsi berpindah unit"),
)
PEOPLE = (
    Column("No.", 0, "right", sample="9999"),
    Column("NIP", 0, sample="19800101 200501 1 001"),
    Column("Nama", 34),
    Column("Gol.", 0, "centre", sample="III/d"),
    Column("Jabatan", 26),
    Column("Unit asal", 18),
    Column("Unit tujuan", 18),
)
BENCH = (*PEOPLE[:6], Column("Usulan unit", 18))
ASSETS = (
    Column("No.", 0, "right", sample="99999"),
    Column("Kode barang", 0, sample="1.3.2.02.01.01.001"),
    Column("Register", 0, sample="000000"),
    Column("Nama barang", 26),
    Column("Tahun", 0, "centre", sample="0000"),
    Column("Unit asal", 20),
    Column("Unit tujuan", 20),
    Column("Nilai (Rp)", 0, "right", sample="99.999.999.999,99"),
)
DOTS = "...................."


def amount(sen: int) -> str:
    return format_rupiah(sen).removeprefix("Rp ")


def write_restructuring(
    store: Store, path: str, options: ReportOptions, unit_id: int | None = None, edition_id: int | None = None
) -> Written:
    """The report of one draft: the one named, else the first open draft of the region."""
    options.step(0.02, N_("Membaca draf penataan"))
    draft_id, notes = choose_draft(store, unit_id, edition_id)
    options.step(0.05, N_("Menghitung perbandingan dan dampak"))
    data = gather(store, draft_id)
    options.step(0.5, N_("Menyusun laporan"))
    s = styles()
    # Landscape unless asked otherwise: the hand-over lists need the width for names and units.
    doc = Report(path, options.page_size(default_landscape=True), f"Laporan penataan {data.draft.name}", options)
    width = doc.inner_width
    story: list[Flowable] = [
        *_summary(data, width, s),
        PageBreak(),
        *_mapping(data, width, s),
        PageBreak(),
        *_findings(data, width, s),
    ]
    for handover in data.handovers:
        story += [PageBreak(), *_handover(data, handover, width, s, options)]
    if data.bench:
        story += [PageBreak(), *_bench(data, s)]
    options.step(0.8, N_("Menulis PDF"))
    footer = f"Laporan penataan — {data.draft.name} — dicetak {options.today()}"
    doc.build(story, canvasmaker=_report_font_first(numbered_canvas(footer)))
    return Written(path, doc.page, notes)


def _report_font_first(canvas: type[NumberedCanvas]) -> type[NumberedCanvas]:
    """The page canvas starting each page in the embedded font: reportlab's default start
    names Helvetica, which the PDF does not carry (print shops and PDF/A checkers reject it)."""

    def start(self: NumberedCanvas, *args: Any, **kwargs: Any) -> None:
        kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR  # platypus passes None
        canvas.__init__(self, *args, **kwargs)

    return type("ReportFontCanvas", (canvas,), {"__init__": start})


def table(*args: Any, **kwargs: Any) -> Table:
    """The kit's table with every cell starting in the embedded font (reportlab selects a
    cell's font, Helvetica unless told, even for a cell holding a paragraph)."""
    made = kit_table(*args, **kwargs)
    made.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR)]))
    return made


# -- summary -------------------------------------------------------------------------------------


def _when(at: str) -> str:
    return f"{written_date(at[:10])} {at[11:16]}".strip()


def _summary(data: RestructuringData, width: float, s: Styles) -> list[Flowable]:
    draft = data.draft
    c = data.comparison
    facts = [
        ["Wilayah", data.region.name],
        ["Edisi yang berlaku (sebelum)", f"{data.old_edition.name} (edisi {data.old_edition.id})"],
        ["Edisi baru (draf)", f"{data.new_edition.name} (edisi {draft.edition_id})"],
        ["Dasar hukum yang direncanakan", draft.planned_legal_basis or DOTS],
        ["Tanggal berlaku yang direncanakan", written_date(draft.effective_date) if draft.effective_date else DOTS],
        ["Status", STATUS_NAMES.get(draft.status, draft.status)],
    ]
    story: list[Flowable] = [
        para("LAPORAN PENATAAN KELEMBAGAAN PERANGKAT DAERAH", s.title),
        para(f"{data.region.name.upper()} · {draft.name}", s.subtitle),
        table(facts, [65 * mm, width - 65 * mm], header_rows=0, style=s),
        para("Riwayat status", s.heading),
        table(
            [["Status", "Oleh", "Waktu", "Catatan"]]
            + [[STATUS_NAMES.get(st.status, st.status), st.os_user, _when(st.at), st.note or ""] for st in data.steps],
            [30 * mm, 35 * mm, 40 * mm, width - 105 * mm],
            style=s,
        ),
        para("Perubahan unit", s.heading),
        table(
            [["Perubahan", "Jumlah"]] + [[label, group_thousands(len(getattr(c, name)))] for name, label in CHANGES],
            [width - 30 * mm, 30 * mm],
            right=(1,),
            style=s,
        ),
    ]
    kinds = load_reference().unit_kinds
    counts = c.counts
    for name, title, label in (
        ("units_by_kind", "Jumlah unit per jenis", lambda k: kinds[k].label_id if k in kinds else k),
        ("pd_by_typology", "Perangkat daerah per tipologi", lambda k: f"Tipe {k}" if k != "-" else "tanpa tipologi"),
        ("structural_posts_by_eselon", "Jabatan struktural per eselon", lambda k: f"Eselon {k}" if k != "-" else "tanpa eselon"),
    ):
        story += _before_after(title, counts.get(name, {}), label, width, s)
    story += _pair_totals(data, width, s)
    return story


def _before_after(title: str, rows: dict[str, dict[str, int]], label: Any, width: float, s: Styles) -> list[Flowable]:
    lines = [["", "Sebelum", "Sesudah", "Selisih"]]
    before = after = 0
    for key, row in rows.items():
        change = row["after"] - row["before"]
        lines.append(
            [label(key), group_thousands(row["before"]), group_thousands(row["after"]), f"{change:+d}" if change else "0"]
        )
        before += row["before"]
        after += row["after"]
    lines.append(["Jumlah", group_thousands(before), group_thousands(after), f"{after - before:+d}" if after != before else "0"])
    narrow = 25 * mm
    heading = para(title, s.subheading)
    return keep_with_first(
        [heading], [table(lines, [width - 3 * narrow, narrow, narrow, narrow], right=(1, 2, 3), total_row=True, style=s)]
    )


def _pair_totals(data: RestructuringData, width: float, s: Styles) -> list[Flowable]:
    """Every pair's totals (the figures of the impact), hand-overs first."""
    rows = [["Dari", "Kepada", "Pegawai", "Jab. struktural", "Aset", "Nilai (Rp)"]]
    for h in data.handovers:
        p = h.pair
        rows.append(
            [
                h.from_name,
                h.to_name,
                group_thousands(p.people),
                group_thousands(p.posts),
                group_thousands(p.assets),
                amount(p.value_sen),
            ]
        )
    for p in data.bench_pairs:
        rows.append([data.mapping.old[p.from_pd].name, "menunggu penempatan", group_thousands(p.people), group_thousands(p.posts),
                     group_thousands(p.assets), amount(p.value_sen)])  # fmt: skip
    t = data.impact.to_json()["totals"]
    n = 18 * mm
    story: list[Flowable] = [para("Serah terima antar-perangkat daerah", s.heading)]
    if len(rows) == 1:
        story.append(para("Draf ini tidak memindahkan pegawai, jabatan atau aset antar-perangkat daerah.", s.body))
    else:
        story.append(table(rows, [(width - 4 * n - 28 * mm) / 2] * 2 + [n, n, n, 28 * mm], right=(2, 3, 4, 5), style=s))
    story.append(
        para(
            f"Seluruhnya: {group_thousands(t['people'])} pegawai, {group_thousands(t['posts'])} jabatan, "
            f"{group_thousands(t['assets'])} aset senilai {format_rupiah(t['value_sen'])}; "
            f"{len(data.continuing)} perangkat daerah tetap tanpa serah terima; "
            f"{group_thousands(len(data.bench))} pegawai menunggu penempatan.",
            s.body,
        )
    )
    return story


# -- mapping --------------------------------------------------------------------------------------


def _mapping(data: RestructuringData, width: float, s: Styles) -> list[Flowable]:
    m = data.mapping
    story: list[Flowable] = [
        para("PEMETAAN UNIT LAMA KE UNIT BARU", s.title),
        para(f"{data.old_edition.name} → {data.new_edition.name}", s.subtitle),
    ]
    widths = [width * 0.42, width * 0.18, width * 0.40]
    for root in [u for u, row in m.old.items() if row.parent_id is None]:
        rows: list[list[str]] = [["Unit lama", "Tindakan", "Unit baru"]]
        for unit in m.subtree(root, old=True):
            row = m.old[unit]
            resolved = m.resolved.get(unit)
            indent = "\u00a0\u00a0\u00a0" * row.depth
            if resolved is None:
                rows.append([indent + row.name, "belum diputuskan", ""])
                continue
            targets = "; ".join(m.new[t].name for t in resolved.targets if t in m.new)
            rows.append([indent + row.name, ACTION_WORDS.get(resolved.action, resolved.action), targets])
        story += [Spacer(1, 3 * mm), table(rows, widths, caption=m.old[root].name.upper(), style=s)]
    new_tops = [u for u in m.new_units]
    if new_tops:
        rows = [["Unit baru", "Di bawah"]]
        for unit in new_tops:
            row = m.new[unit]
            rows.append([row.name, m.new[row.parent_id].name if row.parent_id in m.new else "—"])
        story += [Spacer(1, 3 * mm), table(rows, [width * 0.55, width * 0.45], caption="UNIT BARU (TANPA ASAL)", style=s)]
    return story


# -- findings -------------------------------------------------------------------------------------


def _findings(data: RestructuringData, width: float, s: Styles) -> list[Flowable]:
    f = data.comparison.findings
    narrow = 25 * mm
    rows = [["", "Galat", "Peringatan", "Catatan", "Jumlah"]]
    for side, label in (("before", "Sebelum (edisi yang berlaku)"), ("after", "Sesudah (draf)")):
        counted = f.get(side, {})
        rows.append([label, *(group_thousands(counted.get(k, 0)) for k in ("error", "warning", "note", "total"))])
    story: list[Flowable] = [
        para("TEMUAN PEMERIKSAAN SEBELUM DAN SESUDAH", s.title),
        table(rows, [width - 4 * narrow, narrow, narrow, narrow, narrow], right=(1, 2, 3, 4), style=s),
        para(
            f"Diselesaikan oleh draf: {len(f.get('fixed', []))} · muncul karena draf: {len(f.get('introduced', []))} · "
            f"tetap ada: {f.get('persisting', 0)}.",
            s.body,
        ),
    ]
    if f.get("left_out"):
        story.append(
            para(
                "Pemeriksaan pegawai dan aset tidak dibandingkan: salah satu edisi belum memegang pegawai atau aset "
                "(draf sebelum penerapan).",
                s.small,
            )
        )
    for key, title in (("fixed", "Diselesaikan oleh draf"), ("introduced", "Muncul karena draf")):
        found = f.get(key, [])
        if not found:
            continue
        lines = [["No.", "Temuan", "Unit"]]
        for number, finding in enumerate(found, start=1):
            lines.append([str(number), finding["message"], "; ".join(u["path"] for u in finding["units"])])
        story += keep_with_first(
            [para(f"{title} ({len(found)})", s.heading)], [table(lines, [12 * mm, width * 0.55, width * 0.45 - 12 * mm], style=s)]
        )
    return story


# -- hand-over lists -------------------------------------------------------------------------------


def _person(number: int, person: Person, last: str) -> list[str]:
    row = person.row
    return [str(number), format_nip(row.nip), row.name, row.golongan or "", row.position or "", person.from_unit, last]


def _handover(data: RestructuringData, h: HandOver, width: float, s: Styles, options: ReportOptions) -> list[Flowable]:
    p = h.pair
    value = sum(item.row.value_sen for item in h.assets)
    basis = data.draft.planned_legal_basis or data.draft.name
    facts = [
        ["Yang menyerahkan", h.from_name],
        ["Yang menerima", h.to_name],
        ["Dalam rangka", basis],
        ["Nomor BAST", DOTS],
    ]
    totals = [
        ["Personel", f"{group_thousands(p.people)} orang"],
        ["Jabatan struktural", f"{group_thousands(p.posts)} jabatan"],
        ["Sarana dan prasarana", f"{group_thousands(p.assets)} barang senilai {format_rupiah(value)}"],
    ]
    caption = f"{h.from_name} → {h.to_name}"
    story: list[Flowable] = [
        para("LAMPIRAN BERITA ACARA SERAH TERIMA", s.title),
        para("PERSONEL, PENDANAAN, SARANA DAN PRASARANA, SERTA DOKUMEN (P3D)", s.subtitle),
        table(facts, [40 * mm, width - 40 * mm], header_rows=0, style=s),
        Spacer(1, 2 * mm),
        table(totals, [40 * mm, width - 40 * mm], header_rows=0, style=s),
        para(
            "Pendanaan dan dokumen tidak tercatat di berkas ini: lampirkan daftarnya tersendiri.",
            s.small,
        ),
        *_list_heading(f"A. Personel ({group_thousands(len(h.people))} orang)", s),
    ]
    if h.people:
        story.append(PlainRows(PEOPLE, [_person(n, x, x.to_unit) for n, x in enumerate(h.people, start=1)], caption))
    else:
        story.append(para("Tidak ada pegawai yang berpindah.", s.body))
    story += _list_heading(f"B. Sarana dan prasarana ({group_thousands(len(h.assets))} barang)", s)
    if h.assets:
        rows = [
            [str(n), a.row.kode_barang, a.row.register or "", a.row.name, "" if a.row.year is None else str(a.row.year),
             a.from_unit, a.to_unit, amount(a.row.value_sen)]
            for n, a in enumerate(h.assets, start=1)
        ]  # fmt: skip
        story.append(PlainRows(ASSETS, rows, caption))
        closing: Flowable = para(f"Jumlah: {group_thousands(len(h.assets))} barang, {format_rupiah(value)}", s.cell_bold)
    else:
        closing = para("Tidak ada aset yang berpindah.", s.body)
    story.append(KeepTogether([closing, Spacer(1, 6 * mm), _two_signatures(h, width, s)]))  # never signatures alone
    if options.signature:
        approval = signature_block(data.region, options, s)
        approval.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR)]))
        story.append(KeepTogether([Spacer(1, 4 * mm), para("Mengetahui,", s.centre), approval]))
    return story


def _list_heading(text: str, s: Styles) -> list[Flowable]:
    """A heading that starts a new page only when it and the first rows of its list would
    not fit (reportlab's keepWithNext would move the whole list with it)."""
    heading = para(text, s.heading)
    heading.__dict__["keepWithNext"] = 0
    return [CondPageBreak(30 * mm), heading]


def _two_signatures(h: HandOver, width: float, s: Styles) -> Table:
    """'Yang menyerahkan' and 'Yang menerima', each with room to sign."""
    half = width / 2
    rows = [
        [para("Yang menyerahkan,", s.centre), para("Yang menerima,", s.centre)],
        [para(f"Kepala {h.from_name}", s.centre, half), para(f"Kepala {h.to_name}", s.centre, half)],
        [Spacer(1, 18 * mm), Spacer(1, 18 * mm)],
        [para("....................................", s.centre), para("....................................", s.centre)],
        [para("NIP ....................................", s.centre), para("NIP ....................................", s.centre)],
    ]
    block = Table(rows, colWidths=[half, half])
    block.setStyle(
        TableStyle(
            [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 0), ("FONTNAME", (0, 0), (-1, -1), REGULAR)]
        )
    )
    return block


def _bench(data: RestructuringData, s: Styles) -> list[Flowable]:
    rows = [_person(n, x, x.to_unit) for n, x in enumerate(data.bench, start=1)]
    return [
        para("PEGAWAI MENUNGGU PENEMPATAN", s.title),
        para(
            f"{group_thousands(len(data.bench))} pegawai dilepas dari jabatan lamanya dan belum ditetapkan unit barunya "
            "(dengan usulan unit bila ada, menunggu keputusan).",
            s.subtitle,
        ),
        PlainRows(BENCH, rows, "Pegawai menunggu penempatan"),
    ]
