"""Run the benchmarks: ``python -m tests.benchmarks.run [--quick] [--only NAME[,NAME]]``.

Prints a table and writes ``build/bench-results.json``. Every figure is the median of several runs,
and every floor is measured in the same run on the same machine, so the ratios compare like with
like. The 100,000-task database is built once per run in a temporary folder.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import logging
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.benchmarks import (
    bench_claim,
    bench_encryption,
    bench_package,
    bench_rss,
    bench_server,
    bench_startup,
    bench_submit,
    bench_sync,
)
from tests.benchmarks.common import ROOT, Metric, machine_info, not_measured
from tests.benchmarks.dataset import TASK_COUNT, BenchData, build

DEFAULT_OUTPUT = ROOT / "build" / "bench-results.json"
# Data keys go to files in the temporary data folders (copied with them), never the machine's keyring.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


@dataclass(frozen=True)
class Bench:
    names: tuple[str, ...]
    units: tuple[str, ...]
    run: Callable[[BenchData, Path, bool], list[Metric]]


BENCHES = (
    Bench(bench_claim.NAMES, ("ms", "ms"), bench_claim.run),
    Bench(bench_submit.NAMES, ("ms",), bench_submit.run),
    Bench(bench_encryption.NAMES, bench_encryption.UNITS, bench_encryption.run),
    Bench(bench_startup.NAMES, ("s", "s"), bench_startup.run),
    Bench(bench_rss.NAMES, ("MB",), bench_rss.run),
    Bench(bench_sync.NAMES, bench_sync.UNITS, bench_sync.run),
    Bench(bench_server.NAMES, bench_server.UNITS, bench_server.run),
    Bench(bench_package.NAMES, bench_package.UNITS, bench_package.run),
)
ALL_NAMES = tuple(name for bench in BENCHES for name in bench.names)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.run", description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", metavar="NAME[,NAME]",
                        help="metrics to measure (shell patterns allowed, e.g. 'claim_*'); one of: "
                             + ", ".join(ALL_NAMES))
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (a smoke run)")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help=f"default: {DEFAULT_OUTPUT}")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data folders (printed)")
    parser.add_argument("--tasks", type=int, default=TASK_COUNT, help=argparse.SUPPRESS)  # for debugging only
    return parser.parse_args(argv)


def selected_names(only: str) -> list[str]:
    if not only.strip():
        return list(ALL_NAMES)
    chosen: list[str] = []
    for pattern in (part.strip() for part in only.split(",") if part.strip()):
        matches = [name for name in ALL_NAMES if fnmatch.fnmatchcase(name, pattern)]
        if not matches:
            raise SystemExit(f"--only: no metric matches {pattern!r}; known: {', '.join(ALL_NAMES)}")
        chosen += [name for name in matches if name not in chosen]
    return chosen


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    names = selected_names(args.only)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    temp_root = Path(tempfile.mkdtemp(prefix="deskclient-bench-"))
    started = time.perf_counter()
    metrics: list[Metric] = []
    failed = False
    dataset_facts: dict[str, object] = {}
    try:
        print(f"Building a data folder with {args.tasks:,} tasks in {temp_root} …", flush=True)
        data = build(temp_root / "home", task_count=args.tasks)
        dataset_facts = {"tasks": data.task_count, "people": data.people,
                         "build_seconds": round(data.build_seconds, 1), **data.facts}
        print(f"  built in {data.build_seconds:.1f} s ({data.facts.get('database_mb')} MB)", flush=True)
        for bench in BENCHES:
            wanted = [name for name in bench.names if name in names]
            if not wanted:
                continue
            print(f"Measuring {', '.join(wanted)} …", flush=True)
            bench_started = time.perf_counter()
            try:
                produced = bench.run(data, temp_root, args.quick)
            except Exception as error:  # one broken benchmark must not hide the others' figures
                failed = True
                traceback.print_exc()
                produced = [not_measured(name, unit, f"failed: {type(error).__name__}: {error}")
                            for name, unit in zip(bench.names, bench.units, strict=True)]
            metrics += [metric for metric in produced if metric.name in wanted]
            for leftover in temp_root.iterdir():  # each benchmark's copies (~250 MB each) go at once
                if not args.keep and leftover.name != data.folder.root.name:
                    shutil.rmtree(leftover, ignore_errors=True)
            print(f"  done in {time.perf_counter() - bench_started:.1f} s", flush=True)
    finally:
        if args.keep:
            print(f"Data folders kept in {temp_root}")
        else:
            shutil.rmtree(temp_root, ignore_errors=True)
    report = {
        "metrics": [metric.as_json() for metric in metrics],
        "machine": machine_info(Path(tempfile.gettempdir())),
        "dataset": dataset_facts,
        "quick": args.quick,
        "seconds": round(time.perf_counter() - started, 1),
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print()
    print(format_table(metrics))
    print(f"\nWritten {args.output} in {report['seconds']} s.")
    return 1 if failed else 0


def format_table(metrics: list[Metric]) -> str:
    header = ("metric", "value", "unit", "floor", "ratio", "target")
    rows = [header]
    for metric in metrics:
        rows.append((metric.name, _figure(metric.value), metric.unit, _figure(metric.floor),
                     "" if metric.ratio is None else f"{metric.ratio:.2f}x", metric.target))
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    lines = ["  ".join(cell.ljust(width) if column in (0, 2, 5) else cell.rjust(width)
                       for column, (cell, width) in enumerate(zip(row, widths, strict=True))).rstrip()
             for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    notes = [f"  {metric.name}: {metric.note}" for metric in metrics if metric.note]
    if notes:
        lines += ["", "Notes:", *notes]
    return "\n".join(lines)


def _figure(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.3f}" if value < 10 else f"{value:.1f}"


if __name__ == "__main__":
    sys.exit(main())
