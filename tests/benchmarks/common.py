"""Shared pieces of the benchmarks: figures, statistics, the machine they ran on."""

from __future__ import annotations

import math
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Metric:
    """One reported figure, with the floor measured in the same run (None when there is none)."""

    name: str
    value: float | None
    unit: str
    floor: float | None = None
    target: str = ""
    note: str = ""
    runs: list[float] = field(default_factory=list)
    floor_runs: list[float] = field(default_factory=list)

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.floor:
            return None
        return self.value / self.floor

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "value": _round(self.value),
            "unit": self.unit,
            "floor": _round(self.floor),
            "ratio": _round(self.ratio),
            "target": self.target,
            "note": self.note,
            "runs": [_round(run) for run in self.runs],
            "floor_runs": [_round(run) for run in self.floor_runs],
        }


def not_measured(name: str, unit: str, why: str, target: str = "") -> Metric:
    return Metric(name=name, value=None, unit=unit, target=target, note=f"not measured: {why}")


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def percentile(samples: list[float], fraction: float) -> float:
    """Nearest-rank percentile (``fraction`` in 0..1) of ``samples``: p99 of 500 is the 495th smallest."""
    ordered = sorted(samples)
    if not ordered:
        raise ValueError("no samples")
    rank = max(1, min(len(ordered), math.ceil(fraction * len(ordered) - 1e-9)))
    return ordered[rank - 1]


def median(values: list[float]) -> float:
    return statistics.median(values)


def child_env(**extra: str) -> dict[str, str]:
    """The environment for a child Python: the checkout importable, Qt headless unless told otherwise."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONSTARTUP", None)
    env.update(extra)
    return env


def machine_info(temp_root: Path | None) -> dict[str, Any]:
    info: dict[str, Any] = {
        "cpu_count": os.cpu_count(),
        "cpus_usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "cpu_model": _cpu_model(),
        "memory_gb": _memory_gb(),
        "python": platform.python_version(),
        "python_implementation": platform.python_implementation(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
        "executable": sys.executable,
    }
    for module in ("sqlalchemy", "PySide6"):
        try:
            info[module.lower()] = __import__(module).__version__
        except Exception:  # the figure is informative only
            info[module.lower()] = None
    if temp_root is not None:
        info["data_filesystem"] = _filesystem_of(temp_root)
    if hasattr(os, "getloadavg"):
        info["load_average_at_end"] = [round(load, 2) for load in os.getloadavg()]
    return info


def _cpu_model() -> str | None:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or None


def _memory_gb() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def _filesystem_of(path: Path) -> str | None:
    """The file-system type that holds ``path`` (fsync cost depends on it: tmpfs makes it free)."""
    try:
        output = subprocess.run(["df", "--output=fstype", str(path)], capture_output=True, text=True,
                                timeout=10, check=False).stdout.split()
        return output[-1] if len(output) >= 2 else None
    except (OSError, subprocess.SubprocessError):
        return None
