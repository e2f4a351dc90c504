"""Peak memory with 100,000 tasks queued and the queue list scrolled to its end (see ``rss_probe``).

The floor is the peak memory of ``tests.benchmarks.bare_window`` (a shown QWidget with a QLabel).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.benchmarks.common import ROOT, Metric, child_env, median, not_measured
from tests.benchmarks.dataset import BenchData, copy_folder
from tests.factories import PIN

NAMES = ("peak_rss_mb",)
TIMEOUT_S = 300.0


class NotMeasured(Exception):
    pass


def _rss_line(command: list[str], home: Path) -> dict[str, Any]:
    try:
        done = subprocess.run([sys.executable, *command], cwd=ROOT, env=child_env(DESKCLIENT_HOME=str(home)),
                              capture_output=True, text=True, timeout=TIMEOUT_S, stdin=subprocess.DEVNULL,
                              check=False)
    except subprocess.TimeoutExpired as error:
        raise NotMeasured(f"`{' '.join(command)}` did not finish within {TIMEOUT_S:.0f} s") from error
    lines = [line[4:] for line in done.stdout.splitlines() if line.startswith("rss ")]
    figures: dict[str, Any] = json.loads(lines[-1]) if lines else {}
    if "error" in figures:
        raise NotMeasured(str(figures["error"]))
    if done.returncode != 0 or "maxrss_mb" not in figures:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise NotMeasured(f"`{' '.join(command)}` exited {done.returncode} without a figure ({last[:160]})")
    return figures


def run(data: BenchData, work_root: Path, quick: bool) -> list[Metric]:
    runs = 1 if quick else 3
    home = copy_folder(data.folder, work_root / "rss").root
    probe = ["-m", "tests.benchmarks.rss_probe", str(home), "--user", data.claimer_id, "--pin", PIN]
    bare = ["-m", "tests.benchmarks.bare_window"]
    try:
        app_figures = []
        bare_figures = []
        for _ in range(runs):
            app_figures.append(_rss_line(probe, home))
            bare_figures.append(_rss_line(bare, home))
    except NotMeasured as error:
        return [not_measured(NAMES[0], "MB", str(error), target="")]
    app_peaks = [float(figures["maxrss_mb"]) for figures in app_figures]
    bare_peaks = [float(figures["maxrss_mb"]) for figures in bare_figures]
    last = app_figures[-1]
    note = (f"median of {runs}; ru_maxrss after {last.get('rows')} rows in {last.get('pages_fetched')} pages "
            f"were loaded and the list scrolled to its end ({last.get('seconds')} s)")
    if last.get("rows") != data.task_count:
        note += f"; WARNING: {data.task_count} tasks queued but the list held {last.get('rows')}"
    return [Metric(NAMES[0], median(app_peaks), "MB", median(bare_peaks), note=note,
                   runs=app_peaks, floor_runs=bare_peaks)]
