"""The cost of encryption at rest: claiming the next task and submitting, with and without it.

Both sides are the real ``WorkService`` on their own copy of the 100,000-task database; the floor
runs with a cipher that stores plain text (and its copy's payloads made plain first), so the ratio is
what sealing costs: AES-GCM on the payload, draft, result and outbox body, and the X25519 wrap of the
outbox body for the server. Claims and submits are interleaved so disk hiccups hit both alike.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from deskclient.domain import sealed
from deskclient.services.context import open_context
from deskclient.services.work import WorkService
from deskclient.store import sealing
from tests.benchmarks.bench_submit import ANSWER
from tests.benchmarks.common import Metric, median, percentile
from tests.benchmarks.dataset import BenchData, copy_folder, login

NAMES = ("claim_next_sealed_p50_ms", "submit_sealed_p50_ms")
UNITS = ("ms", "ms")


class PlainCipher(sealing.FieldCipher):
    """Stores everything plain: the "without encryption" side (reads of plain text pass through)."""

    def seal_text(self, column: str, row_id: str, text: str) -> str:
        return text

    def outbox_json(self, topic: str, item_id: str, body: Mapping[str, Any]) -> str:
        return json.dumps(dict(body), ensure_ascii=False, sort_keys=True, default=str)


def _unseal_payloads(context: Any, cipher: sealing.FieldCipher) -> None:
    with context.database.raw_write() as connection:
        rows = connection.execute("SELECT id, payload_json FROM tasks WHERE substr(payload_json, 1, 5) = 'enc1:'")
        connection.executemany("UPDATE tasks SET payload_json = ? WHERE id = ?",
                               [(cipher.open_text(sealing.PAYLOAD, task_id, stored), task_id)
                                for task_id, stored in rows.fetchall()])


@contextmanager
def _cipher_of(database: Any, cipher: sealing.FieldCipher) -> Iterator[None]:
    previous = sealing._ciphers.get(database)
    sealing._ciphers[database] = cipher
    try:
        yield
    finally:
        if previous is not None:
            sealing._ciphers[database] = previous


def run(data: BenchData, work_root: Path, quick: bool) -> list[Metric]:
    warmup, per_run, runs = (10, 100, 3) if quick else (30, 300, 5)
    sealed_ctx = open_context(copy_folder(data.folder, work_root / "enc-sealed"))
    plain_ctx = open_context(copy_folder(data.folder, work_root / "enc-plain"))
    try:
        real = sealing.cipher_for(sealed_ctx.database)
        real.server_key = sealed.public_key_of(sealed.new_server_key())  # as an enrolled PC: the server wrap too
        plain = PlainCipher("plain", b"\0" * 32)
        _unseal_payloads(plain_ctx, sealing.cipher_for(plain_ctx.database))
        sealing._ciphers[plain_ctx.database] = plain
        sides = {"sealed": (sealed_ctx, WorkService(sealed_ctx), login(sealed_ctx, data.submitter_id)),
                 "plain": (plain_ctx, WorkService(plain_ctx), login(plain_ctx, data.submitter_id))}

        def one(side: str) -> tuple[float, float]:
            _, work, user = sides[side]
            started = time.perf_counter_ns()
            item = work.next_task(user)
            claimed = time.perf_counter_ns()
            work.submit(user, item.task_id, ANSWER, active_ms=95_000)
            return (claimed - started) / 1e6, (time.perf_counter_ns() - claimed) / 1e6

        for _ in range(warmup):
            one("sealed")
            one("plain")
        claims: dict[str, list[list[float]]] = {"sealed": [], "plain": []}
        submits: dict[str, list[list[float]]] = {"sealed": [], "plain": []}
        for round_number in range(runs):
            samples: dict[str, tuple[list[float], list[float]]] = {"sealed": ([], []), "plain": ([], [])}
            for index in range(per_run):
                order = ("sealed", "plain") if (index + round_number) % 2 == 0 else ("plain", "sealed")
                for side in order:
                    claim_ms, submit_ms = one(side)
                    samples[side][0].append(claim_ms)
                    samples[side][1].append(submit_ms)
            for side in ("sealed", "plain"):
                claims[side].append(samples[side][0])
                submits[side].append(samples[side][1])
    finally:
        sealed_ctx.database.dispose()
        plain_ctx.database.dispose()

    def p50(runs_of: list[list[float]]) -> list[float]:
        return [percentile(samples, 0.50) for samples in runs_of]

    note = (f"{runs} runs x {per_run} claim+submit after {warmup} warm-up; floor = the same service storing "
            "plain text (its payloads unsealed first); sealed side with a server key (X25519 wrap per submit)")
    target = "ratio reported; < +0.5 ms"
    return [
        Metric(NAMES[0], median(p50(claims["sealed"])), "ms", median(p50(claims["plain"])), target=target,
               note=note, runs=p50(claims["sealed"]), floor_runs=p50(claims["plain"])),
        Metric(NAMES[1], median(p50(submits["sealed"])), "ms", median(p50(submits["plain"])), target=target,
               note=note, runs=p50(submits["sealed"]), floor_runs=p50(submits["plain"])),
    ]
