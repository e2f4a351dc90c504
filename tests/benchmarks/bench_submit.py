"""Submitting a finished ticket durably: ``WorkService.submit`` against one plain ``sqlite3`` transaction.

Each side claims a task (untimed) and then submits it (timed); the two sides alternate, each on
its own copy of the 100,000-task database, both with ``synchronous=FULL``.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from sqlalchemy import text

from deskclient.domain.kinds import KNOWN_KINDS
from deskclient.services.context import ServiceContext, open_context
from deskclient.services.work import WorkService
from tests.benchmarks.common import Metric, median, percentile
from tests.benchmarks.dataset import BenchData, copy_folder, login
from tests.benchmarks.plain import PlainWork

NAMES = ("submit_durable_p50_ms",)

ANSWER = {
    "category": "account_access",
    "priority": "normal",
    "resolution_code": "password_reset",
    "reply_text": (
        "Dear customer, thank you for writing to us and sorry for the trouble. We have checked your "
        "account and found that the login was blocked after several attempts with a wrong PIN. We have "
        "now sent a reset link to the phone number registered with us. Please open the message, follow "
        "the link within thirty minutes and choose a new PIN of six digits that you do not use anywhere "
        "else. If the message does not arrive within ten minutes, reply to this ticket and we will call "
        "you. Never share your PIN with anyone, including our staff. Kind regards, Support team"
    ),
    "internal_note": "",
}


def run(data: BenchData, work_root: Path, quick: bool) -> list[Metric]:
    warmup, per_run, runs = (10, 100, 3) if quick else (30, 300, 5)
    service_folder = copy_folder(data.folder, work_root / "submit-service")
    plain_folder = copy_folder(data.folder, work_root / "submit-plain")
    context = open_context(service_folder)
    plain = PlainWork(plain_folder.database, data.submitter_id, KNOWN_KINDS.keys())
    try:
        user = login(context, data.submitter_id)
        work = WorkService(context)

        def service_submit() -> float:
            item = work.next_task(user)
            started = time.perf_counter_ns()
            work.submit(user, item.task_id, ANSWER, active_ms=95_000)
            return (time.perf_counter_ns() - started) / 1e6

        def plain_submit() -> float:
            task_id, claimed_at = plain.claim()
            started = time.perf_counter_ns()
            plain.submit(task_id, claimed_at, ANSWER, active_ms=95_000)
            return (time.perf_counter_ns() - started) / 1e6

        for _ in range(warmup):
            service_submit()
            plain_submit()
        service_runs: list[list[float]] = []
        plain_runs: list[list[float]] = []
        for round_number in range(runs):
            service_samples: list[float] = []
            plain_samples: list[float] = []
            for index in range(per_run):
                if (index + round_number) % 2 == 0:
                    service_samples.append(service_submit())
                    plain_samples.append(plain_submit())
                else:
                    plain_samples.append(plain_submit())
                    service_samples.append(service_submit())
            service_runs.append(service_samples)
            plain_runs.append(plain_samples)
        mismatch = _compare_last_rows(context, plain)
    finally:
        plain.close()
        context.database.dispose()

    p50 = [percentile(samples, 0.50) for samples in service_runs]
    p50_floor = [percentile(samples, 0.50) for samples in plain_runs]
    p99 = median([percentile(samples, 0.99) for samples in service_runs])
    p99_floor = median([percentile(samples, 0.99) for samples in plain_runs])
    note = (f"{runs} runs x {per_run} submits after {warmup} warm-up, synchronous=FULL; "
            f"p99 {p99:.2f} ms (plain {p99_floor:.2f} ms)")
    if mismatch:
        note += f"; WARNING: rows differ from the floor's: {mismatch}"
    return [Metric(NAMES[0], median(p50), "ms", median(p50_floor), target="ratio <= 1.5", note=note,
                   runs=p50, floor_runs=p50_floor)]


_RESULT_SHAPE = ("SELECT r.outcome, r.values_json, r.handle_ms, length(r.started_at), length(r.finished_at), "
                 "o.topic, o.status, o.attempts, o.acked_at, o.last_error, length(o.created_at), "
                 "o.created_at = r.finished_at, t.state, t.updated_at = r.finished_at, "
                 "(SELECT count(*) FROM drafts WHERE drafts.task_id = r.task_id), o.body_json "
                 "FROM results r JOIN outbox o ON o.id = r.id JOIN tasks t ON t.id = r.task_id "
                 "ORDER BY r.finished_at DESC LIMIT 1")


def _compare_last_rows(context: ServiceContext, plain: PlainWork) -> str:
    """Does the floor write what the service writes (same columns and formats, same outbox body keys)?"""
    with context.database.read() as session:
        service_row = list(session.execute(text(_RESULT_SHAPE)).one())
    plain_row = list(plain.connection.execute(_RESULT_SHAPE).fetchone())
    service_row[-1] = sorted(json.loads(service_row[-1]))
    plain_row[-1] = sorted(json.loads(plain_row[-1]))
    return "" if service_row == plain_row else f"service {service_row} vs plain {plain_row}"
