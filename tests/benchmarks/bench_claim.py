"""Claiming the next task with 100,000 queued: ``WorkService.next_task`` against plain ``sqlite3``.

Both sides work on their own copy of the same database. Claims are interleaved (one service
claim, one plain claim) so a hiccup of the disk or the machine hits both alike. Between two claims
the claimed task leaves the queue (untimed, on the same connection), as if it had been finished,
since a worker may hold only a few drafts.
"""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import text

from deskclient.domain.kinds import KNOWN_KINDS
from deskclient.domain.views import LoggedInUser
from deskclient.services.context import ServiceContext, open_context
from deskclient.services.work import WorkService
from deskclient.store.clock import to_text, utc_now
from tests.benchmarks.common import Metric, median, percentile
from tests.benchmarks.dataset import BenchData, copy_folder, login
from tests.benchmarks.plain import PlainWork

NAMES = ("claim_next_100k_p50_ms", "claim_next_100k_p99_ms")


def run(data: BenchData, work_root: Path, quick: bool) -> list[Metric]:
    warmup, per_run, runs = (20, 150, 3) if quick else (50, 500, 5)
    service_folder = copy_folder(data.folder, work_root / "claim-service")
    plain_folder = copy_folder(data.folder, work_root / "claim-plain")
    context = open_context(service_folder)
    plain = PlainWork(plain_folder.database, data.claimer_id, KNOWN_KINDS.keys())
    try:
        user = login(context, data.claimer_id)
        work = WorkService(context)

        def service_claim() -> tuple[float, str]:
            started = time.perf_counter_ns()
            item = work.next_task(user)
            elapsed = (time.perf_counter_ns() - started) / 1e6
            with context.database.write() as session:  # untimed; the same pooled connection
                session.execute(text("UPDATE tasks SET state = 'submitted', updated_at = :now WHERE id = :id"),
                                {"now": to_text(utc_now()), "id": item.task_id})
                session.execute(text("DELETE FROM drafts WHERE task_id = :id"), {"id": item.task_id})
            return elapsed, item.task_id

        def plain_claim() -> tuple[float, str]:
            started = time.perf_counter_ns()
            task_id, _ = plain.claim()
            elapsed = (time.perf_counter_ns() - started) / 1e6
            plain.release(task_id)
            return elapsed, task_id

        service_ids: list[str] = []
        plain_ids: list[str] = []
        for _ in range(warmup):
            service_ids.append(service_claim()[1])
            plain_ids.append(plain_claim()[1])
        service_runs: list[list[float]] = []
        plain_runs: list[list[float]] = []
        for round_number in range(runs):
            service_samples: list[float] = []
            plain_samples: list[float] = []
            for index in range(per_run):
                # Alternate who goes first, so neither always follows the other's fsync.
                pair = (service_claim, plain_claim) if (index + round_number) % 2 == 0 else (plain_claim, service_claim)
                for side in pair:
                    elapsed, task_id = side()
                    (service_samples if side is service_claim else plain_samples).append(elapsed)
                    (service_ids if side is service_claim else plain_ids).append(task_id)
            service_runs.append(service_samples)
            plain_runs.append(plain_samples)
        same_rows = _same_claim_rows(context, plain, user)
    finally:
        plain.close()
        context.database.dispose()

    notes = [f"{runs} runs x {per_run} claims after {warmup} warm-up; interleaved with the plain floor"]
    if service_ids != plain_ids:
        notes.append("WARNING: the floor handed out other tasks than the service")
    if same_rows:
        notes.append(f"WARNING: rows differ from the floor's: {same_rows}")
    note = "; ".join(notes)
    p50 = [percentile(samples, 0.50) for samples in service_runs]
    p50_floor = [percentile(samples, 0.50) for samples in plain_runs]
    p99 = [percentile(samples, 0.99) for samples in service_runs]
    p99_floor = [percentile(samples, 0.99) for samples in plain_runs]
    return [
        Metric(NAMES[0], median(p50), "ms", median(p50_floor), target="ratio <= 2", note=note,
               runs=p50, floor_runs=p50_floor),
        Metric(NAMES[1], median(p99), "ms", median(p99_floor), target="< 2 ms; ratio reported", note=note,
               runs=p99, floor_runs=p99_floor),
    ]


def _same_claim_rows(context: ServiceContext, plain: PlainWork, user: LoggedInUser) -> str:
    """One more claim on each side, left in place: do both write the same columns, in the same shapes?"""
    shape = ("SELECT t.state, t.holder_user_id, length(t.claimed_at), length(t.updated_at), t.claimed_at = "
             "t.updated_at, d.user_id, d.values_json, d.active_ms, length(d.started_at), "
             "d.started_at = d.updated_at, d.started_at = t.claimed_at "
             "FROM tasks t JOIN drafts d ON d.task_id = t.id WHERE t.id = :id")
    item = WorkService(context).next_task(user)
    with context.database.read() as session:
        service_row = tuple(session.execute(text(shape), {"id": item.task_id}).one())
    task_id, _ = plain.claim()
    plain_row = tuple(plain.connection.execute(shape.replace(":id", "?"), (task_id,)).fetchone())
    return "" if service_row == plain_row else f"service {service_row} vs plain {plain_row}"
