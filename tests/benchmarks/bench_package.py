"""The packaged app (``make package``): its size on disk, its zip, and its cold start.

* ``package_folder_mb``: ``dist/deskclient/`` after stripping (symlinks not counted twice); budget 180 MB.
* ``package_zip_mb``: the zip a center downloads (the one ``make package`` wrote, or one made here when the
  build came without it); budget 75 MB. The note names the biggest parts.
* ``frozen_cold_start_s``: the frozen ``deskclient --exit-when-shown`` on the 100,000-task folder, from
  process start to the filled login grid, timed from outside like ``cold_start_login_s``; its floor is
  the same start from the source tree (``python -m deskclient``), in the same run.

Without a build every figure is "not measured", with the command that makes one.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from tests.benchmarks.bench_startup import APP_COMMAND, NotMeasured, launch
from tests.benchmarks.common import Metric, child_env, median, not_measured
from tests.benchmarks.dataset import BenchData, copy_folder
from tests.packaging.frozen import build_module, is_current

NAMES = ("package_folder_mb", "package_zip_mb", "frozen_cold_start_s")
UNITS = ("MB", "MB", "s")
TARGETS = ("<= 180", "<= 75", "ratio <= 1.2")
TIMEOUT_S = 120.0
MB = 1024 * 1024


def launch_frozen(program: Path, home: Path) -> float:
    """Run the frozen app with ``--exit-when-shown``; seconds from process start to its ``shown`` line."""
    started = time.perf_counter()
    process = subprocess.Popen([str(program), "--exit-when-shown"], env=child_env(DESKCLIENT_HOME=str(home)),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
    wall: float | None = None
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("shown "):
            wall = time.perf_counter() - started
            break
    try:
        _, stderr = process.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired as error:
        process.kill()
        raise NotMeasured(f"the frozen app did not exit within {TIMEOUT_S:.0f} s") from error
    if process.returncode != 0 or wall is None:
        last = (stderr.strip().splitlines() or ["no output"])[-1]
        raise NotMeasured(f"the frozen app exited {process.returncode} without `shown <s>` ({last[:160]})")
    return wall


def run(data: BenchData, work_root: Path, quick: bool) -> list[Metric]:
    build = build_module()
    program = Path(build.executable())
    if not program.exists():
        why = "no build in dist/deskclient: run `make package` first (about two minutes)"
        return [not_measured(name, unit, why, target) for name, unit, target in zip(NAMES, UNITS, TARGETS,
                                                                                   strict=True)]
    folder = program.parent
    stale = "" if is_current(program) else "; the build is older than the sources (run `make package` again)"
    parts = ", ".join(f"{name} {size / MB:.1f}" for name, size in build.biggest_parts(folder, 6))
    metrics = [Metric(NAMES[0], build.folder_size(folder) / MB, "MB", target=TARGETS[0],
                      note=f"biggest (MB): {parts}{stale}")]

    archive = Path(build.zip_path())
    if not archive.exists() or archive.stat().st_mtime < program.stat().st_mtime:
        archive = build.make_zip(folder, work_root / archive.name)
    metrics.append(Metric(NAMES[1], archive.stat().st_size / MB, "MB", target=TARGETS[1],
                          note=f"{archive.name}, deflate level 9, Linux symlinks kept as links"))

    runs = 3 if quick else 5
    home = copy_folder(data.folder, work_root / "frozen-start").root
    try:
        launch_frozen(program, home)  # warm-up, as for the source start
        launch(APP_COMMAND, home)
        frozen: list[float] = []
        source: list[float] = []
        for _ in range(runs):
            frozen.append(launch_frozen(program, home))
            source.append(launch(APP_COMMAND, home)[0])
    except NotMeasured as error:
        metrics.append(not_measured(NAMES[2], "s", str(error), TARGETS[2]))
        return metrics
    metrics.append(Metric(NAMES[2], median(frozen), "s", median(source), target=TARGETS[2], runs=frozen,
                          floor_runs=source, note=f"median of {runs}; floor: the same start from the source tree; "
                          f"{data.task_count} tasks; page cache warm{stale}"))
    return metrics
