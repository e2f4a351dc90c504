"""A child Python process whose output lines are read as they arrive, and that a test kills with SIGKILL.

Shared by the kill tests of submit (tests/services) and of sync (tests/sync).
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINE_TIMEOUT = 30


class KillableChild:
    """``python script args...`` with the project on its path; ``stdin_pipe`` keeps its stdin open (a child
    that blocks reading it hangs until killed)."""

    def __init__(self, script: Path, args: list[str], env: Mapping[str, str], stderr_path: Path, *,
                 stdin_pipe: bool = False) -> None:
        self.stderr = stderr_path.open("w")
        self.process = subprocess.Popen(
            [sys.executable, str(script), *args], cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT), **env),
            stdin=subprocess.PIPE if stdin_pipe else subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=self.stderr, text=True)
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.strip())
        self.lines.put(None)

    def wait_for(self, prefix: str, nth: int = 1) -> str:
        """The ``nth`` next line starting with ``prefix`` (the lines before it are kept in ``seen``)."""
        while True:
            line = self.lines.get(timeout=LINE_TIMEOUT)
            if line is None:
                raise AssertionError(f"child ended before {prefix!r}: {self.seen[-5:]}")
            self.seen.append(line)
            if line.startswith(prefix):
                nth -= 1
                if nth == 0:
                    return line

    def kill_and_collect(self) -> list[str]:
        """SIGKILL, then every line it wrote."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=LINE_TIMEOUT)
        self.reader.join(timeout=LINE_TIMEOUT)
        while (line := self.lines.get_nowait()) is not None:
            self.seen.append(line)
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                pipe.close()
        self.stderr.close()
        return self.seen
