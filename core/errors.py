"""Errors a user can meet, each with a message that says what is wrong and what to do.

Messages are templates in Indonesian with ``{name}`` fields; ``template`` and
``params`` stay apart so the Qt face can translate the template before filling it.
"""

from __future__ import annotations

import errno
from typing import Any

from core.i18n import N_


class SotkError(Exception):
    """Base of every error that is the user's or the environment's, not a bug."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


BACKUP_HINT = N_("Cadangan terakhir yang masih utuh: {backup}")


class FileProblem(SotkError):
    """The data file cannot be opened or written as asked (missing, damaged, locked, newer).

    A ``backup`` parameter (the last sound backup beside the file) adds a sentence saying
    where it is: the one thing a user can do about a damaged file."""

    @property
    def message(self) -> str:
        text = super().message
        if self.params.get("backup"):
            text += " " + BACKUP_HINT.format(backup=self.params["backup"])
        return text


class DamagedFile(FileProblem):
    """The file is not a sound SOTK file of a version we can open: damaged, someone else's,
    newer, or too old to update. Never opened, never written, never backed up again."""


class ReadOnlyError(SotkError):
    """A change was asked of a file opened read-only."""


class ValidationError(SotkError):
    """A value was refused; ``field`` names the field at fault."""

    def __init__(self, field: str, template: str, **params: Any) -> None:
        self.field = field
        super().__init__(template, **params)


class NotFoundError(SotkError):
    """A record named by id does not exist (any more)."""


class RefusedError(SotkError):
    """An operation is refused by a rule of the domain; the message gives the reason."""


class Notice(SotkError):
    """Not an error: something a user should know after a change succeeded (never raised)."""


class Cancelled(Exception):
    """The user cancelled long work (a check run, a report); nothing was written."""


_OS_REASONS = {
    errno.ENOENT: N_("berkas atau folder tidak ada"),
    errno.EACCES: N_("tidak ada izin"),
    errno.EPERM: N_("tidak ada izin"),
    errno.EROFS: N_("media atau folder hanya-baca"),
    errno.EISDIR: N_("itu sebuah folder"),
    errno.ENOTDIR: N_("bagian jalurnya bukan folder"),
    errno.ENOSPC: N_("ruang disk penuh"),
    errno.EEXIST: N_("sudah ada"),
    errno.EBUSY: N_("sedang dipakai program lain"),
}


def os_reason(exc: OSError) -> str:
    """Why the system refused, in the user's words (the system's own text is English)."""
    if exc.errno in _OS_REASONS:
        return _OS_REASONS[exc.errno]
    return exc.strerror or str(exc)
