"""Cold start: a new process until the login window shows the people, on a data folder with 100,000 tasks.

``python -m deskclient --exit-when-shown`` prints ``shown <seconds since start>`` once the login grid
is filled and exits 0. We time it from outside, from process start to the moment that line arrives
(what a person waits for; the exit after it is not counted), and keep its own figure too.
The floor is ``tests.benchmarks.bare_window`` (QApplication, a QWidget with a QLabel, shown), timed
the same way. The runs alternate (app, bare, app, ...) after one unmeasured warm-up of each, so the
page cache is warm for both: this is a "new process" start, not a start after a reboot.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks.common import ROOT, Metric, child_env, median, not_measured
from tests.benchmarks.dataset import BenchData, copy_folder

NAMES = ("cold_start_login_s", "cold_start_login_shown_s")
TIMEOUT_S = 120.0
APP_COMMAND = ("-m", "deskclient", "--exit-when-shown")
BARE_COMMAND = ("-m", "tests.benchmarks.bare_window")


class NotMeasured(Exception):
    pass


def launch(command: tuple[str, ...], home: Path) -> tuple[float, float]:
    """Run ``python <command>``; returns (outer wall seconds, the ``shown`` seconds it printed)."""
    env = child_env(DESKCLIENT_HOME=str(home))
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, *command], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
    wall: float | None = None
    shown: float | None = None
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("shown "):
            wall = time.perf_counter() - started
            shown = float(line.split()[1])
            break
    try:
        _, stderr = process.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired as error:
        process.kill()
        raise NotMeasured(f"`{' '.join(command)}` did not exit within {TIMEOUT_S:.0f} s") from error
    if process.returncode != 0 or wall is None or shown is None:
        last = (stderr.strip().splitlines() or ["no output"])[-1]
        raise NotMeasured(f"`{' '.join(command)}` exited {process.returncode} without `shown <s>` ({last[:160]})")
    return wall, shown


def run(data: BenchData, work_root: Path, quick: bool) -> list[Metric]:
    runs = 3 if quick else 5
    home = copy_folder(data.folder, work_root / "cold-start").root
    try:
        launch(APP_COMMAND, home)  # warm-up: page cache, .pyc files, the log folder
        launch(BARE_COMMAND, home)
        app_walls: list[float] = []
        app_shown: list[float] = []
        bare_walls: list[float] = []
        bare_shown: list[float] = []
        for _ in range(runs):
            wall, shown = launch(APP_COMMAND, home)
            app_walls.append(wall)
            app_shown.append(shown)
            wall, shown = launch(BARE_COMMAND, home)
            bare_walls.append(wall)
            bare_shown.append(shown)
    except NotMeasured as error:
        return [not_measured(NAMES[0], "s", str(error), target="ratio <= 2"),
                not_measured(NAMES[1], "s", str(error))]
    note = (f"median of {runs}; {data.task_count} tasks, people: {data.people}; page cache warm; "
            f"app's own `shown` {median(app_shown):.3f} s, bare {median(bare_shown):.3f} s")
    return [
        Metric(NAMES[0], median(app_walls), "s", median(bare_walls), target="ratio <= 2",
               note="outer wall time, process start to the `shown` line; " + note, runs=app_walls,
               floor_runs=bare_walls),
        Metric(NAMES[1], median(app_shown), "s", median(bare_shown),
               note="seconds to `shown` as measured inside each process (interpreter start excluded)",
               runs=app_shown, floor_runs=bare_shown),
    ]
