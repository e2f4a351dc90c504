"""Cold start: a new process until the login window shows the people, on a data folder with 100,000 tasks.

``python -m deskclient --exit-when-shown`` prints ``shown <seconds since start>`` once the login grid
is filled and exits 0. We time it from outside (process start to exit) and keep its own figure too.
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
    try:
        done = subprocess.run([sys.executable, *command], cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=TIMEOUT_S, stdin=subprocess.DEVNULL, check=False)
    except subprocess.TimeoutExpired as error:
        raise NotMeasured(f"`{' '.join(command)}` did not exit within {TIMEOUT_S:.0f} s") from error
    wall = time.perf_counter() - started
    shown = [line.split()[1] for line in done.stdout.splitlines() if line.startswith("shown ")]
    if done.returncode != 0 or not shown:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise NotMeasured(f"`{' '.join(command)}` exited {done.returncode} without `shown <s>` ({last[:160]})")
    return wall, float(shown[-1])


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
               note="outer wall time, process start to exit; " + note, runs=app_walls, floor_runs=bare_walls),
        Metric(NAMES[1], median(app_shown), "s", median(bare_shown),
               note="seconds to `shown` as measured inside each process (interpreter start excluded)",
               runs=app_shown, floor_runs=bare_shown),
    ]
