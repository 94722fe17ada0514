"""Benchmarks of the PDF reports (issue: PDF reports for meetings).

Run:  .venv/bin/python bench/bench_reports.py [--scale 10] [--file existing.sotk]

* The org chart of the perangkat daerah closest to 60 units (target < 0.5 s) and the
  overview of every perangkat daerah of the province (target < 2 s); baseline: reportlab
  drawing the same number of boxes with their names straight onto a canvas, no layout.
* The asset register of every asset in the file (about 300,000 at scale 10): target < 60 s
  and peak memory < 1 GB, each measured in a fresh process; baseline: reportlab writing the
  same rows as plain text lines on a canvas (one line per row), in the same run, target ≤ 5×.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

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


def _register_child(path: str, out: str, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    with open_store(path, read_only=True) as store:
        started = time.perf_counter()
        written = write_report(store, "assets", out, ReportOptions())
        seconds = time.perf_counter() - started
        rows = store.scalar(
            "SELECT count(*) FROM assets a JOIN units u ON u.id = a.unit_id JOIN editions e ON e.id = u.edition_id WHERE e.status = 'in_force'"
        )
    queue.put({"seconds": seconds, "pages": written.pages, "rows": rows, "peak_mb": _peak_mb()})


def _plain_child(path: str, out: str, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
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
    queue.put({"seconds": seconds, "peak_mb": _peak_mb()})


def in_child(target, path: Path, out: Path) -> dict[str, float]:  # type: ignore[no-untyped-def]
    queue: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
    process = multiprocessing.Process(target=target, args=(str(path), str(out), queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--file")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sotk-bench-"))
    if args.file:
        path = Path(args.file)
    else:
        from core.demo import build_demo

        path = work / f"scale{args.scale}.sotk"
        build_demo(path, seed=1, scale=args.scale)
    results: dict[str, object] = {}
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
    register = in_child(_register_child, path, work / "aset.pdf")
    plain = in_child(_plain_child, path, work / "plain.pdf")
    results["asset_register"] = {**register, "baseline_s": plain["seconds"], "baseline_peak_mb": plain["peak_mb"]}
    print(
        f"asset register, {register['rows']:,} items on {register['pages']:,} pages: {register['seconds']:.1f} s (target < 60 s), "
        f"peak memory {register['peak_mb']:.0f} MB (target < 1024 MB)"
    )
    print(
        f"   baseline: the same rows as plain text lines {plain['seconds']:.1f} s (peak {plain['peak_mb']:.0f} MB), "
        f"ratio {register['seconds'] / plain['seconds']:.1f}x (target ≤ 5x)"
    )
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / f"reports-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
