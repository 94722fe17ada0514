"""Reading the cascade: one node's children at a time (the window), the whole tree (the
command line), and ``main.py plans`` as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from core.plans import renstra
from core.plans.cascade import cascade_tree, children, roots
from core.regions import Edition
from core.store import Store, open_for_reading
from tests.core.plans.helpers import make_plan, region_of

ROOT = Path(__file__).resolve().parents[3]


def test_children_walk_from_visi_to_sub_kegiatan_with_the_pd_responsible(store: Store, edition: Edition, tree) -> None:
    plan = make_plan(store, region_of(store, edition.id))
    own = renstra.create_renstra(store, plan.rpjmd_id, tree["a"]).id
    renstra.add_item(store, own, "program", "1.02.02", "PROGRAM KESEHATAN", sasaran=[plan.sasaran], pagu="Rp 2.000.000")
    renstra.add_item(store, own, "kegiatan", "1.02.02.1.01", "Fasilitas Pelayanan")
    renstra.add_item(store, own, "sub_kegiatan", "1.02.02.1.01.0009", "Rehabilitasi Rumah Sakit", unit_id=tree["x"])
    [top] = roots(store, region_of(store, edition.id))
    assert (top.kind, top.text, top.period) == ("visi", "Daerah yang maju dan sejahtera", "2025–2029")
    path = [top]
    while path[-1].has_children:
        [child] = children(store, path[-1].ref, path[-1].id)
        path.append(child)
    assert [n.kind for n in path] == ["visi", "misi", "tujuan", "sasaran", "program", "kegiatan", "sub_kegiatan"]
    assert {n.pd_name for n in path[4:]} == {"Dinas A"}
    assert path[-1].unit_name == "Bidang X" and path[4].pagu_sen == 200_000_000


def test_the_whole_tree_keeps_unaligned_programs_apart(store: Store, edition: Edition, tree) -> None:
    plan = make_plan(store, region_of(store, edition.id))
    own = renstra.create_renstra(store, plan.rpjmd_id, tree["a"]).id
    renstra.add_item(store, own, "program", "1.02.02", "PROGRAM KESEHATAN", sasaran=[plan.sasaran])
    renstra.add_item(store, own, "program", "1.02.03", "PROGRAM SDM KESEHATAN")
    renstra.add_item(store, own, "program", "1.02.01", "PROGRAM PENUNJANG URUSAN")
    [top] = cascade_tree(store, region_of(store, edition.id))
    kinds = {node.kind: [c.code for c in node.children] for node in top.children}
    assert kinds["unaligned"] == ["1.02.03"] and kinds["support"] == ["1.02.01"]
    sasaran = top.children[0].children[0].children[0]
    assert [c.code for c in sasaran.children] == ["1.02.02"]


def test_plans_command_prints_the_sample_cascade(sample_file: Path) -> None:
    result = subprocess.run(
        [sys.executable, "main.py", "plans", str(sample_file), "--json"], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert result.returncode == 0, result.stderr
    [region] = json.loads(result.stdout)
    assert region["region"]["name"] == "Provinsi Kalimantan Barat"
    [visi] = region["rpjmd"]
    misi = [n for n in visi["children"] if n["kind"] == "misi"]
    assert len(misi) == 4
    sasaran = [s for m in misi for t in m["children"] for s in t.get("children", []) if s["kind"] == "sasaran"]
    health = next(s for s in sasaran if "kesehatan" in s["text"])
    runners = {(p["code"], p["pd"]["name"]) for p in health["children"]}
    assert ("1.02.02", "Dinas Kesehatan") in runners
    border = next(s for s in sasaran if "perbatasan" in s["text"])
    assert "children" not in border  # the planted gap: no program supports it
    text = subprocess.run(
        [sys.executable, "main.py", "plans", str(sample_file)], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert "Sasaran: S2 Meningkatnya derajat kesehatan masyarakat" in text.stdout
    assert "Rumah Sakit Umum Daerah dr. Soedarso" in text.stdout
    missing = subprocess.run(
        [sys.executable, "main.py", "plans", str(sample_file), "--region", "99"], capture_output=True, text=True, cwd=ROOT
    )
    assert missing.returncode != 0 and "99" in missing.stderr


def test_children_of_the_sample_match_the_whole_tree(sample_file: Path) -> None:
    with open_for_reading(sample_file) as store:
        [whole] = cascade_tree(store, 1)
        [top] = roots(store, 1)
        first_misi = children(store, top.ref, top.id)[0]
        assert first_misi.text == whole.children[0].text
        tujuan = children(store, first_misi.ref, first_misi.id)[0]
        sasaran = children(store, tujuan.ref, tujuan.id)[0]
        assert [c.code for c in children(store, sasaran.ref, sasaran.id)] == [
            c.code for c in whole.children[0].children[0].children[0].children
        ]
