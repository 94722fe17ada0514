"""The restructuring window's first opening on a big file: what it needs is loaded off the
window's thread (bench/bench_restructure_window.py measures the stalls)."""

from __future__ import annotations

from pathlib import Path

from tests.fresh_process import run_fresh


def test_the_restructuring_code_loads_in_a_thread_of_its_own_after_a_file_opens(sample_copy: Path, tmp_path: Path) -> None:
    """A fresh program: the dialog's, the read's and the commands' modules are loaded a moment
    after the file opens, what they import by the prewarm thread (the audit hook names the
    thread of each import), not by the window when the menu is chosen; the window then
    opens with them and reads the draft."""
    code = (
        "import json, sys, threading, time\n"
        "importers = {}\n"
        "def hook(event, args):\n"
        "    if event == 'import' and args[0] in ('ui.models.restructure_mapping', 'core.restructure.impact', 'core.staff'):\n"
        "        importers.setdefault(args[0], threading.current_thread().name)\n"
        "wanted = ('ui.dialogs.restructure', 'ui.dialogs.restructure_data', 'ui.commands.restructure')\n"
        "sys.addaudithook(hook)\n"
        "from ui.app import make_application, start_window\n"
        "app = make_application()\n"
        f"window = start_window({str(sample_copy)!r})\n"
        "end = time.time() + 20\n"
        "while not all(m in sys.modules for m in wanted) and time.time() < end:\n"
        "    app.processEvents()\n"
        "    time.sleep(0.01)\n"
        "loaded_before = sorted(m for m in wanted if m in sys.modules)\n"
        "window.act_restructure.trigger()\n"
        "controller = window.restructure\n"
        "end = time.time() + 60\n"
        "while (controller.loading or controller.dialog.view is None) and time.time() < end:\n"
        "    app.processEvents()\n"
        "    time.sleep(0.01)\n"
        "shown = {'importers': importers, 'loaded_before': loaded_before, 'rows': len(controller.dialog.view.rows) if controller.dialog.view else 0}\n"
        "window.close_file()\n"
        "print(json.dumps(shown))\n"
    )
    shown = run_fresh(code, tmp_path, timeout=180)
    assert shown["loaded_before"] == ["ui.commands.restructure", "ui.dialogs.restructure", "ui.dialogs.restructure_data"]
    assert set(shown["importers"].values()) == {"sotk-prewarm"}
    assert shown["rows"] > 10
