"""PyInstaller runtime hook, run in the frozen program before main.py: programs it starts get
the user's own library path back.

On Linux the frozen program's launcher puts its own folder first in LD_LIBRARY_PATH (keeping
the user's value in LD_LIBRARY_PATH_ORIG). The PDF viewer, spreadsheet program or file
manager that opening a report, an export or the log folder starts (through xdg-open) would
inherit it and load our copies of libstdc++, GLib and the like instead of their own, and may
fail to start. This program's own libraries are loaded by then and do not look again.
"""

import os
import sys

if sys.platform.startswith("linux") and getattr(sys, "frozen", False):
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is None:
        os.environ.pop("LD_LIBRARY_PATH", None)
    else:
        os.environ["LD_LIBRARY_PATH"] = original
