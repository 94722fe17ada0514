"""Benchmarks of the PDF reports (issue: PDF reports for meetings).

Run:  .venv/bin/python bench/bench_reports.py [--scale 10] [--file existing.sotk] [--rounds 3] [--load]

* The org chart of the perangkat daerah closest to 60 units (target < 0.5 s) and the
  overview of every perangkat daerah of the province (target < 2 s); baseline: reportlab
  drawing the same number of boxes with their names straight onto a canvas, no layout.
* The asset register of every asset in the file (about 300,000 at scale 10): target < 60 s
  and peak memory < 1 GB; baseline: reportlab writing the same rows as plain text lines on
  a canvas (one line per row). Target: the register ≤ 2× the baseline. Each run is a fresh
  process; register and baseline alternate, ``--rounds`` times, and the medians are compared.
  Both are measured with reportlab's C speed-ups (the rl-accel package) and again with them
  hidden (reportlab's pure-Python fallbacks), so the figures show what rl-accel brings; a
  baseline is always compared with the register run on the same reportlab.

* The restructuring report (issue 14) of the scale-10 bench draft (bench/bench_restructure_apply.py
  drafts it: 20% of the perangkat daerah of the largest region merged into a neighbour): the
  whole report, and apart the gathering (comparison, impact, lists read); baseline: the same
  hand-over rows (people and assets) as plain text lines on a canvas, written alternately
  with the report, ``--rounds`` times, medians compared. ``--restructuring-only`` skips the
  charts and the register.

``--load`` keeps one core busy meanwhile (bench/load.py).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WITHOUT_ACCEL = "--without-rl-accel"
if WITHOUT_ACCEL in sys.argv:  # before reportlab loads: it then falls back to pure Python
    sys.modules["_rl_accel"] = None  # type: ignore[assignment]

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.load import add_option, maybe_loaded  # noqa: E402
from core.store import open_store  # noqa: E402
from reports.catalog import write_report  # noqa: E402
from reports.kit import ReportOptions  # noqa: E402


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _boxes_baseline(names: list[str], out: str) -> float:
    """The same number of boxes with their names, drawn without any layout."""
    from reportlab.lib.pagesizes import A3, landscape
    from reportlab.pdfgen.canvas import Canvas

    from reports.fonts import REGULAR, printable, register

    register()
    started = time.perf_counter()
    canvas = Canvas(out, pagesize=landscape(A3))
    for i, name in enumerate(names):
        x, y = 40 + (i % 8) * 140, 780 - (i // 8) * 40
        canvas.rect(x, y, 130, 30)
        canvas.setFont(REGULAR, 7)
        canvas.drawString(x + 4, y + 12, printable(name.upper()[:40]))
    canvas.save()
    return time.perf_counter() - started


def _sixty_unit_dinas(path: Path, work: Path) -> tuple[Path, int]:
    """A copy of the file with a dinas of exactly 60 units, laid out as dinas are: a
    secretariat with three subbagian, nine bidang with five seksi each, one UPTD."""
    import shutil

    from core import units
    from core.store import open_store as open_writable

    copy = work / "sixty.sotk"
    shutil.copy(path, copy)
    with open_writable(copy) as store:
        edition = store.scalar(
            "SELECT e.id FROM editions e JOIN regions r ON r.id = e.region_id WHERE r.kind = 'provinsi' ORDER BY e.id"
        )
        head = units.create_unit(store, edition, None, "Dinas Uji Enam Puluh Unit", "dinas").unit_id
        secretariat = units.create_unit(store, edition, head, "Sekretariat", "sekretariat").unit_id
        for name in ("Umum dan Kepegawaian", "Keuangan", "Perencanaan dan Pelaporan"):
            units.create_unit(store, edition, secretariat, f"Subbagian {name}", "subbagian")
        for b in range(1, 10):
            bidang = units.create_unit(store, edition, head, f"Bidang Pelayanan Wilayah {b}", "bidang").unit_id
            for k in range(1, 6):
                units.create_unit(store, edition, bidang, f"Seksi Pembinaan dan Pengawasan {b}.{k}", "seksi")
        units.create_unit(store, edition, head, "UPTD Balai Pengujian", "uptd")
        assert store.scalar(units.subtree_ids_sql() + " SELECT count(*) FROM sub", (head,)) == 60
    return copy, head


def charts(path: Path, work: Path) -> dict[str, float]:
    copy, dinas = _sixty_unit_dinas(path, work)
    with open_store(copy, read_only=True) as store:
        from core import units

        province = store.scalar(
            "SELECT e.id FROM editions e JOIN regions r ON r.id = e.region_id WHERE r.kind = 'provinsi' ORDER BY e.id"
        )
        names = [u.name for u in units.units_in_order(store, province, dinas)]
        pd_names = [u.name for u in units.units_in_order(store, province) if u.depth == 0]
        timings = {}
        for label, kwargs in (("pd", {"unit_id": dinas}), ("overview", {"edition_id": province})):

            def chart(label: str = label, kwargs: dict = kwargs) -> None:
                write_report(store, "org-chart", work / f"{label}.pdf", ReportOptions(paper="A3"), **kwargs)

            timings[label] = min(_timed(chart) for _ in range(3))
    return {
        "pd_units": len(names),
        "pd_chart_s": timings["pd"],
        "pd_baseline_s": min(_boxes_baseline(names, str(work / "b1.pdf")) for _ in range(3)),
        "overview_pd": len(pd_names),
        "overview_s": timings["overview"],
        "overview_baseline_s": min(_boxes_baseline(pd_names, str(work / "b2.pdf")) for _ in range(3)),
    }


def _timed(action) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _accelerated() -> bool:
    """Whether reportlab runs on its C speed-ups (rl-accel) in this process."""
    from reportlab.lib import rl_accel

    return rl_accel.fp_str.__module__ == "_rl_accel"


def _register_child(path: str, out: str) -> dict[str, object]:
    with open_store(path, read_only=True) as store:
        started = time.perf_counter()
        written = write_report(store, "assets", out, ReportOptions())
        seconds = time.perf_counter() - started
        rows = store.scalar(
            "SELECT count(*) FROM assets a JOIN units u ON u.id = a.unit_id JOIN editions e ON e.id = u.edition_id WHERE e.status = 'in_force'"
        )
    return {"seconds": seconds, "pages": written.pages, "rows": rows, "peak_mb": _peak_mb()}


def _plain_child(path: str, out: str) -> dict[str, object]:
    """The baseline: the same rows as one plain text line each, 45 lines to a page."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    from reports.fonts import REGULAR, register

    register()
    with open_store(path, read_only=True) as store:
        started = time.perf_counter()
        canvas = Canvas(out, pagesize=landscape(A4), pageCompression=1)
        cursor = store.conn.execute(
            "SELECT a.kode_barang, a.register, a.name, a.year, a.condition, a.location, u.name, a.value_sen FROM assets a"
            " JOIN units u ON u.id = a.unit_id JOIN editions e ON e.id = u.edition_id WHERE e.status = 'in_force'"
            " ORDER BY u.edition_id, a.kib, a.kode_barang"
        )
        line = 0
        canvas.setFont(REGULAR, 7.2)
        for row in cursor:
            if line == 45:
                canvas.showPage()
                canvas.setFont(REGULAR, 7.2)
                line = 0
            canvas.drawString(40, 550 - line * 11, "  ".join("" if v is None else str(v) for v in row))
            line += 1
        canvas.save()
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "peak_mb": _peak_mb()}


CHILDREN = {"register": _register_child, "plain": _plain_child}


def in_child(kind: str, path: Path, out: Path, accelerated: bool) -> dict:  # type: ignore[type-arg]
    """One run in a fresh interpreter (nothing warm, its own peak memory; without the C
    speed-ups when asked)."""
    command = [sys.executable, __file__, "--child", kind, "--file", str(path), "--out", str(out)]
    if not accelerated:
        command.append(WITHOUT_ACCEL)
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def register_against_plain(path: Path, work: Path, rounds: int) -> dict[str, dict]:  # type: ignore[type-arg]
    """Medians of register and baseline runs, alternating, with and without rl-accel."""
    runs: dict[str, dict[str, list[dict]]] = {}  # type: ignore[type-arg]
    variants = [True, False]
    for _ in range(rounds):
        for accelerated in variants:
            name = "with_rl_accel" if accelerated else "without_rl_accel"
            plain = in_child("plain", path, work / "plain.pdf", accelerated)
            register = in_child("register", path, work / "aset.pdf", accelerated)
            if plain["accelerated"] != accelerated:  # rl-accel is not installed: nothing to compare
                variants = [False]
                name = "without_rl_accel"
            print(  # a round takes minutes: say how it goes
                f"   ({name.replace('_', ' ')}: register {register['seconds']:.1f} s, baseline {plain['seconds']:.1f} s)",
                file=sys.stderr,
                flush=True,
            )
            sides = runs.setdefault(name, {"register": [], "plain": []})
            sides["plain"].append(plain)
            sides["register"].append(register)
    result = {}
    for name, sides in runs.items():
        register_s = statistics.median(r["seconds"] for r in sides["register"])
        plain_s = statistics.median(r["seconds"] for r in sides["plain"])
        first = sides["register"][0]
        result[name] = {
            "rows": first["rows"],
            "pages": first["pages"],
            "register_s": register_s,
            "register_runs_s": [r["seconds"] for r in sides["register"]],
            "register_peak_mb": max(r["peak_mb"] for r in sides["register"]),
            "baseline_s": plain_s,
            "baseline_runs_s": [r["seconds"] for r in sides["plain"]],
            "baseline_peak_mb": max(r["peak_mb"] for r in sides["plain"]),
            "ratio": register_s / plain_s,
            "runs": len(sides["register"]),
        }
    return result


def _handover_lines(path: Path, draft: int) -> list[str]:
    """The hand-over rows of the draft's report, one text line each (what the baseline draws)."""
    from reports._restructuring_data import gather

    with open_store(path, read_only=True) as store:
        data = gather(store, draft)
    lines = []
    for h in data.handovers:
        lines += [
            f"{p.row.nip}  {p.row.name}  {p.row.golongan or ''}  {p.row.position or ''}  {p.from_unit}  {p.to_unit}"
            for p in h.people
        ]
        lines += [
            f"{a.row.kode_barang}  {a.row.register or ''}  {a.row.name}  {a.row.year or ''}  {a.from_unit}  {a.row.value_sen}"
            for a in h.assets
        ]
    lines += [f"{p.row.nip}  {p.row.name}  {p.from_unit}" for p in data.bench]
    return lines


def _lines_baseline(lines: list[str], out: str) -> float:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    from reports.fonts import REGULAR, register

    register()
    started = time.perf_counter()
    canvas = Canvas(out, pagesize=landscape(A4), pageCompression=1)
    canvas.setFont(REGULAR, 7.2)
    for number, line in enumerate(lines):
        if number and number % 45 == 0:
            canvas.showPage()
            canvas.setFont(REGULAR, 7.2)
        canvas.drawString(40, 550 - (number % 45) * 11, line)
    canvas.save()
    return time.perf_counter() - started


def restructuring_report(path: Path, work: Path, rounds: int) -> dict[str, object]:
    """The report of the bench draft against the same rows drawn as plain lines."""
    import shutil

    from bench.bench_restructure_apply import prepare
    from reports._restructuring_data import gather

    copy = work / "penataan.sotk"
    shutil.copy(path, copy)
    with open_store(copy) as store:
        draft = prepare(store)[0]  # the region with the most staff
    lines = _handover_lines(copy, draft)
    report_s, gather_s, baseline_s, pages = [], [], [], 0
    with open_store(copy, read_only=True) as store:
        for _ in range(rounds):
            baseline_s.append(_lines_baseline(lines, str(work / "lines.pdf")))
            gather_s.append(_timed(lambda: gather(store, draft)))
            started = time.perf_counter()
            pages = write_report(store, "restructuring", work / "penataan.pdf", ReportOptions(), edition_id=draft).pages
            report_s.append(time.perf_counter() - started)
    return {
        "draft": draft,
        "rows": len(lines),
        "pages": pages,
        "report_s": statistics.median(report_s),
        "gather_s": statistics.median(gather_s),
        "baseline_s": statistics.median(baseline_s),
        "runs_s": report_s,
        "ratio": statistics.median(report_s) / statistics.median(baseline_s),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--file")
    parser.add_argument("--rounds", type=int, default=3, help="register and baseline runs of each kind (medians)")
    parser.add_argument("--skip-charts", action="store_true", help="measure the asset register only")
    parser.add_argument("--restructuring-only", action="store_true", help="measure the restructuring report only")
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument(WITHOUT_ACCEL, action="store_true", help=argparse.SUPPRESS)  # read at the top, for child runs
    add_option(parser)
    args = parser.parse_args()
    if args.child:
        print(json.dumps({**CHILDREN[args.child](args.file, args.out), "accelerated": _accelerated()}))
        return 0
    work = Path(tempfile.mkdtemp(prefix="sotk-bench-"))
    if args.file:
        path = Path(args.file)
    else:
        from core.demo import build_demo

        path = work / f"scale{args.scale}.sotk"
        build_demo(path, seed=1, scale=args.scale)
    results: dict[str, object] = {}
    with maybe_loaded(args.load) as state:
        results["machine"] = state
        penataan = restructuring_report(path, work, args.rounds)
        results["restructuring"] = penataan
        print(
            f"restructuring report of the bench draft (edition {penataan['draft']}): {penataan['rows']:,} hand-over rows on "
            f"{penataan['pages']:,} pages in {penataan['report_s']:.1f} s (gathering {penataan['gather_s']:.1f} s), medians of "
            f"{args.rounds}; the same rows as plain lines {penataan['baseline_s']:.1f} s, ratio {penataan['ratio']:.1f}x"
        )
        if args.restructuring_only:
            _save(results, state)
            return 0
        if not args.skip_charts:
            chart = charts(path, work)
            results["charts"] = chart
            print(
                f"org chart of a {chart['pd_units']}-unit perangkat daerah: {chart['pd_chart_s'] * 1000:.0f} ms (target < 500 ms); "
                f"boxes drawn without layout {chart['pd_baseline_s'] * 1000:.0f} ms, ratio {chart['pd_chart_s'] / chart['pd_baseline_s']:.1f}x"
            )
            print(
                f"overview of the province's {chart['overview_pd']} perangkat daerah: {chart['overview_s'] * 1000:.0f} ms (target < 2000 ms); "
                f"boxes without layout {chart['overview_baseline_s'] * 1000:.0f} ms, ratio {chart['overview_s'] / chart['overview_baseline_s']:.1f}x"
            )
        register = register_against_plain(path, work, args.rounds)
        results["asset_register"] = register
    first = next(iter(register.values()))
    print(
        f"asset register, {first['rows']:,} items on {first['pages']:,} pages ({state} machine, medians of {first['runs']}, "
        "each run a fresh process; baseline: the same rows as plain text lines, on the same reportlab):"
    )
    for name, figures in register.items():
        print(
            f"   {name.replace('_', ' '):17} register {figures['register_s']:6.1f} s (target < 60 s, peak {figures['register_peak_mb']:.0f} MB, "
            f"target < 1024 MB)   baseline {figures['baseline_s']:6.1f} s   ratio {figures['ratio']:.2f}x (target ≤ 2x)"
        )
    if len(register) == 2:
        faster, slower = register["with_rl_accel"], register["without_rl_accel"]
        print(
            f"   rl-accel makes the register {slower['register_s'] / faster['register_s']:.2f}x as fast "
            f"and the baseline {slower['baseline_s'] / faster['baseline_s']:.2f}x"
        )
    else:
        print("   (rl-accel is not installed: only the pure-Python reportlab was measured)")
    _save(results, state)
    return 0


def _save(results: dict[str, object], state: str) -> None:
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / f"reports-{state}-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
