"""A second program for the two-process lock tests, driven line by line on stdin
(:class:`Actor` starts and drives one).

    python -m tests.core.lock_actor FILE        (cwd: the repository)

Commands: ``open`` / ``open takeover``, ``write NAME`` (one change, reported ``ok`` only
once it is committed), ``burst N`` (N changes in a row, answered ``ok SAVED``), ``begin NAME`` (starts a change and waits inside it for
``commit``), ``beat`` (refresh the lock), ``close``. Each answers one line: ``ok ...``,
``ro REASON`` or ``err CLASS MESSAGE``. ``SOTK_FAKE_HOST`` makes the program say it runs
on another computer; ``SOTK_STALE_AFTER`` shortens how long a silent lock lives.
"""

from __future__ import annotations

import os
import queue
import socket
import subprocess
import sys
import threading
from pathlib import Path

if os.environ.get("SOTK_FAKE_HOST"):
    fake = os.environ["SOTK_FAKE_HOST"]
    socket.gethostname = lambda: fake  # type: ignore[assignment]

from core import lockfile, regions
from core.store import Store, open_store, read_only_message

ROOT = Path(__file__).resolve().parents[2]

if os.environ.get("SOTK_STALE_AFTER"):
    lockfile.STALE_AFTER_SECONDS = float(os.environ["SOTK_STALE_AFTER"])  # type: ignore[misc]


class Actor:
    """Another program with the file open."""

    def __init__(self, path: Path, **env: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.core.lock_actor", str(path)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, **env},
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.done: list[str] = []  # the writes it was told were saved

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))

    def send(self, command: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def ask(self, command: str, timeout: float = 20) -> str:
        self.send(command)
        return self.answer(timeout)

    def answer(self, timeout: float = 20) -> str:
        return self.lines.get(timeout=timeout)

    def write(self, name: str) -> str:
        answer = self.ask(f"write {name}")
        if answer == "ok":
            self.done.append(name)
        return answer

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.ask("close")
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            self.proc.wait(timeout=20)
        self.finish()

    def finish(self) -> None:
        """Close the pipes once the program has ended (no open files left behind)."""
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self.reader.join(timeout=5)
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None and not pipe.closed:
                pipe.close()


def say(text: str) -> None:
    print(text, flush=True)


def main() -> None:
    path = sys.argv[1]
    store: Store | None = None
    lines = iter(sys.stdin.readline, "")
    for line in lines:
        words = line.split()
        if not words:
            continue
        try:
            if words[0] == "open":
                store = open_store(path, take_over_lock=words[1:] == ["takeover"])
                say(f"ro {read_only_message(store.read_only_reason)}" if store.read_only_reason else "ok")
            elif words[0] == "write":
                assert store is not None
                regions.create_region(store, " ".join(words[1:]), "kota")
                say("ok")
            elif words[0] == "begin":
                assert store is not None
                with store.write() as tx:
                    regions.create_region(tx, " ".join(words[1:]), "kota")
                    say("inside")
                    next(lines)  # "commit"
                say("ok")
            elif words[0] == "burst":  # many small writes in a row; says how many were saved
                assert store is not None
                saved = 0
                try:
                    for number in range(int(words[1])):
                        regions.create_region(store, f"Kota Beruntun {number}", "kota")
                        saved += 1
                finally:
                    say(f"ok {saved}")
            elif words[0] == "beat":
                assert store is not None
                say("ok" if store.refresh_lock() else f"ro {read_only_message(store.read_only_reason)}")  # type: ignore[arg-type]
            elif words[0] == "close":
                if store is not None:
                    store.close()
                    store = None
                say("ok")
        except Exception as exc:  # noqa: BLE001 - reported to the test, which judges it
            say(f"err {type(exc).__name__} {exc}")


if __name__ == "__main__":
    main()
