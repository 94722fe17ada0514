"""The Linux system libraries Qt needs to show a window, which neither PySide6's wheels nor the
frozen folder carry (they belong to the desktop), and which of them this machine lacks.

PySide6 ships Qt and ICU only. Qt's xcb platform plugin then loads the X11/xcb libraries,
OpenGL/EGL, fontconfig, freetype, xkbcommon and D-Bus from the system. On Debian 12 a new
user was missing libxcb-cursor0 (the one Qt names), libxcb-icccm4 and libxcb-keysyms1 (which
it does not name); the README's apt line installs every package below (each library with its
Debian/Ubuntu package, found with ``ldd`` on the xcb plugin and ``dpkg -S``).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

WINDOW_LIBRARIES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb.so.1": "libxcb1",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}

# Only for a Wayland session: without them Qt uses xcb (through XWayland) instead.
WAYLAND_LIBRARIES = {
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}


def apt_command() -> str:
    """The README's line: every package the window needs."""
    return "sudo apt install " + " ".join(dict.fromkeys(WINDOW_LIBRARIES.values()))


def unresolved(folder: Path) -> dict[str, set[str]]:
    """Libraries that some shared object in the frozen folder needs and the dynamic loader
    cannot find (in the folder or on the system), each with the files that need it."""
    internal = folder / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}")
    missing: dict[str, set[str]] = {}
    for path in sorted(internal.rglob("*.so*")):
        if not path.is_file() or path.is_symlink():
            continue
        listing = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        for line in listing.splitlines():
            if "=> not found" in line:
                missing.setdefault(line.split()[0], set()).add(str(path.relative_to(folder)))
    return missing


def missing_libraries(folder: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """(system libraries this machine lacks, with their package; libraries missing from the
    folder itself: those are a fault of the build, e.g. a library left out that a kept plugin needs)."""
    known = {**WINDOW_LIBRARIES, **WAYLAND_LIBRARIES}
    system: list[tuple[str, str]] = []
    faults: list[str] = []
    for library, needed_by in sorted(unresolved(folder).items()):
        if library in known:
            system.append((library, known[library]))
        else:
            faults.append(
                f"{library} (needed by {', '.join(sorted(needed_by)[:3])}) is neither in the folder nor a system library"
            )
    return system, faults
