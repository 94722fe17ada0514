"""The region's Bagan Susunan Perangkat Daerah on screen: the edition's Bagan tab lays out the
pages the PDF prints, with the Perda's heading, the head, deputy and DPRD, and every dinas."""

from __future__ import annotations

from pathlib import Path

from reports.org_chart import REGION_TITLE
from ui.main_window import MainWindow


def test_the_editions_bagan_tab_draws_the_region_as_the_perda_does(qtbot, window: MainWindow, small_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(small_file)
    window.select("edition", 1)
    window.editor.edition_tabs.setCurrentIndex(1)
    chart = window.editor.region_chart_tab.page
    assert chart.page is not None and chart.unit_id is None
    texts = [b.lines[0].text for b in chart.page.boxes]
    assert texts[:3] == ["GUBERNUR UJI", "DPRD PROVINSI UJI", "WAKIL GUBERNUR"]
    assert {"DINAS A", "DINAS B"} <= set(texts) and "SEKRETARIAT" not in texts  # the PD only, not their units
    assert [item.title for item in chart.scene.items()] == [REGION_TITLE]
    assert not chart.print.isVisible()  # a region's chart prints from the Laporan menu
    image = chart.grab()
    assert image.width() > 0 and image.height() > 0


def test_the_chart_fills_its_view_when_its_tab_is_shown_and_keeps_a_zoom_the_user_chose(
    qtbot, window: MainWindow, small_file: Path
) -> None:  # type: ignore[no-untyped-def]
    """Laid out while its tab was hidden, the chart was fitted to the hidden view's few pixels
    and shown as a speck in the middle of the tab."""
    window.resize(1366, 728)
    window.open_path(small_file)
    window.select("edition", 1)
    window.editor.edition_tabs.setCurrentIndex(1)
    chart = window.editor.region_chart_tab.page
    qtbot.wait(50)
    view = chart.view
    shown = view.mapFromScene(view.sceneRect()).boundingRect()
    viewport = view.viewport().rect()
    assert max(shown.width() / viewport.width(), shown.height() / viewport.height()) > 0.9
    chart.view.zoom(2.0)
    window.resize(1300, 700)
    qtbot.wait(50)
    zoomed = view.mapFromScene(view.sceneRect()).boundingRect()
    assert zoomed.width() > shown.width() * 1.5  # the user's zoom is not undone by a resize
