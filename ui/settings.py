"""Settings remembered between sessions (QSettings): recent files, language, layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class Settings:
    """A thin typed layer over QSettings, so keys are spelled in one place."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings or QSettings()

    def recent_files(self) -> list[str]:
        value = self.q.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or []) if v]

    def add_recent(self, path: Path) -> list[str]:
        text = str(path.resolve())
        files = [text, *[f for f in self.recent_files() if f != text]][:MAX_RECENT]
        self.q.setValue("files/recent", files)
        return files

    def remove_recent(self, path: str) -> None:
        self.q.setValue("files/recent", [f for f in self.recent_files() if f != path])

    def clear_recent(self) -> None:
        self.q.setValue("files/recent", [])

    def last_file(self) -> str | None:
        value = self.q.value("files/last", "")
        return str(value) if value else None

    def set_last_file(self, path: Path | None) -> None:
        self.q.setValue("files/last", str(path.resolve()) if path else "")

    def language(self) -> str | None:
        value = self.q.value("ui/language", "")
        return str(value) if value else None

    def set_language(self, language: str) -> None:
        self.q.setValue("ui/language", language)

    def report_folder(self) -> str | None:
        value = self.q.value("reports/folder", "")
        return str(value) if value else None

    def set_report_folder(self, folder: Path) -> None:
        self.q.setValue("reports/folder", str(folder))

    def backup_folder(self) -> Path | None:
        """Where backups go (None: beside each file)."""
        value = self.q.value("backups/folder", "")
        return Path(str(value)) if value else None

    def set_backup_folder(self, folder: Path | None) -> None:
        self.q.setValue("backups/folder", str(folder) if folder else "")
        self.apply_backup_policy()

    def backup_keep(self) -> int:
        """How many backups of one file are kept (older ones go)."""
        from core.backups import DEFAULT_KEEP

        try:
            return max(1, int(self.q.value("backups/keep", DEFAULT_KEEP)))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return DEFAULT_KEEP

    def set_backup_keep(self, keep: int) -> None:
        self.q.setValue("backups/keep", int(keep))
        self.apply_backup_policy()

    def apply_backup_policy(self) -> None:
        """Tell the core where backups go and how many are kept."""
        from core import backups

        backups.configure(self.backup_folder(), self.backup_keep())

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None, QByteArray | None]:
        def read(key: str) -> QByteArray | None:
            value = self.q.value(key)
            return value if isinstance(value, QByteArray) else None

        return read("window/geometry"), read("window/state"), read("window/splitter")

    def set_window_state(self, geometry: QByteArray, state: QByteArray, splitter: QByteArray) -> None:
        self.q.setValue("window/geometry", geometry)
        self.q.setValue("window/state", state)
        self.q.setValue("window/splitter", splitter)

    def splitter_sizes(self, name: str) -> list[int] | None:
        """The pane sizes of a panel's splitter as the user last left them."""
        value = self.q.value(f"splitters/{name}")
        if isinstance(value, str):
            value = [value]
        try:
            sizes = [int(v) for v in value] if isinstance(value, list) else None
        except (TypeError, ValueError):
            return None
        return sizes if sizes and all(size >= 0 for size in sizes) else None

    def set_splitter_sizes(self, name: str, sizes: list[int]) -> None:
        self.q.setValue(f"splitters/{name}", [int(size) for size in sizes])

    def checks_collapsed(self) -> bool:
        """Whether the checks dock was folded to its top row."""
        return str(self.q.value("checks/collapsed", "false")).lower() == "true"

    def set_checks_collapsed(self, collapsed: bool) -> None:
        self.q.setValue("checks/collapsed", "true" if collapsed else "false")

    def checks_open_height(self) -> int | None:
        """The height of the checks dock area when last open (restored when it unfolds)."""
        try:
            height = int(self.q.value("checks/open_height", 0))
        except (TypeError, ValueError):
            return None
        return height if height > 0 else None

    def set_checks_open_height(self, height: int) -> None:
        self.q.setValue("checks/open_height", int(height))

    def sync(self) -> None:
        self.q.sync()
