"""One sync cycle: push the outbox in order, then pull until the server has nothing more.

Each acknowledgement and each pulled page is applied in one local transaction with the state it
moves (the outbox rows' status, the cursor), so a power cut between two steps repeats a step and
never skips one. Nothing leaves the outbox before the server answered for it.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import update

from deskclient.domain.problems import Problem
from deskclient.protocol import wire
from deskclient.services.context import ServiceContext
from deskclient.services.housekeeping import RETENTION_DAYS_KEY
from deskclient.services.outages import OutageLog
from deskclient.store import sealing, sync_store, task_queue
from deskclient.store.models import OutboxItem, Setting, SyncState
from deskclient.sync.pull_apply import apply_page
from deskclient.sync.transport import Failure, HttpTransport, TransportError

log = logging.getLogger(__name__)

SYNC_NOT_ENROLLED = "sync.not_enrolled"
SYNC_FAILED = "sync.failed"
PUSH_BATCH_ITEMS = 500
PUSH_BATCH_BYTES = 1_000_000
PULL_PAGE = 500
#: How many waiting tasks a PC keeps; the server caps it by the center's device budget.
TARGET_QUEUE = 300
OUTBOX_RETENTION = timedelta(days=30)
Progress = Callable[[str, int, int], None]


@dataclass
class RetryPolicy:
    """Exponential backoff with full jitter, honouring Retry-After; a few tries within one cycle."""

    attempts: int = 4
    base_s: float = 1.0
    cap_s: float = 30.0
    sleep: Callable[[float], None] = time.sleep
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempt: int, retry_after: float | None) -> float:
        """Seconds to wait before the next try; never less than the server's Retry-After."""
        jittered = self.rng.uniform(0, min(self.cap_s, self.base_s * 2 ** attempt))
        return max(jittered, retry_after or 0.0)

    def waits_too_long(self, retry_after: float | None) -> bool:
        """A Retry-After past the cap ends the cycle: the scheduler waits, not the network lane."""
        return retry_after is not None and retry_after > self.cap_s


@dataclass
class SyncReport:
    pushed: int = 0
    duplicates: int = 0
    rejected: int = 0
    requeued: int = 0
    pages: int = 0
    new_tasks: int = 0
    lost_leases: int = 0
    users: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    clock_offset_ms: int | None = None


class SyncEngine:
    """Runs cycles for one enrolled PC. Not thread-safe: one cycle at a time (the UI's network lane)."""

    def __init__(self, context: ServiceContext, transport: HttpTransport, retry: RetryPolicy | None = None,
                 target_queue: int = TARGET_QUEUE) -> None:
        self.context = context
        self.transport = transport
        self.retry = retry or RetryPolicy()
        self.target_queue = target_queue
        self.batch_items = PUSH_BATCH_ITEMS
        self.outages = OutageLog(context)
        self._requeued_for_epoch: str | None = None
        self._attempt_at: datetime | None = None

    def run_once(self, progress: Progress | None = None) -> SyncReport:
        """Push, then pull. Raises ``Problem(sync.failed, failure=...)`` when it could not finish."""
        report = SyncReport()
        self._attempt_at = self.context.now()
        with self.context.database.read() as session:
            row = session.get(SyncState, 1)
            if row is None or not row.server_url:
                raise Problem(SYNC_NOT_ENROLLED)
            if row.last_error == Failure.REVOKED.value:
                # The server revoked this PC: never ask again (a new enrollment clears this).
                raise Problem(SYNC_FAILED, failure=Failure.REVOKED.value, detail=row.last_error_detail or "",
                              retry_after=None)
        try:
            self._push_all(report, progress)
            self._pull_all(report, progress)
            if report.requeued:  # the pull showed the server lost items (restored): send them now
                self._push_all(report, progress)
        except TransportError as error:
            self._record_failure(error)
            raise Problem(SYNC_FAILED, failure=error.failure.value, detail=error.detail[:300],
                          retry_after=error.retry_after) from error
        self._record_success(report)
        return report

    # -- push -------------------------------------------------------------------------------------
    def _push_all(self, report: SyncReport, progress: Progress | None) -> None:
        with self.context.database.read() as session:
            waiting, _ = sync_store.counts(session)
        done = 0
        while True:
            with self.context.database.read() as session:
                rows = sync_store.pending_items(session, self.batch_items)
            rows, set_aside = self._as_sent(rows)
            items = _bounded(rows, PUSH_BATCH_BYTES)
            if not items:
                if set_aside:
                    continue  # those could not be sent at all; the next ones may
                return
            if progress:
                progress("push", done, max(waiting, done + len(items)))
            try:
                request = wire.PushRequest(items=items)
                reply = self._call(lambda request=request: self.transport.push(request))  # type: ignore[misc]
            except TransportError as error:
                if error.failure in (Failure.TOO_LARGE, Failure.TIMEOUT) and len(items) > 1:
                    self.batch_items = max(1, len(items) // 2)  # halve and try again
                    log.info("push batch halved to %d after %s", self.batch_items, error.failure)
                    continue
                raise
            self._count_bytes(report)
            self._apply_answers(reply, items, report)
            done += len(items)

    def _as_sent(self, rows: list[OutboxItem]) -> tuple[list[OutboxItem], int]:
        """Rows with the body a push sends, and how many could not be sent at all.

        Sealed bodies get the server's wrap first (kept, so it is made once) and lose the local one;
        with a server that has no key, they are opened and sent plain. Rows nobody can open any more
        (key lost before the server key was known) are set aside.
        """
        import json

        cipher = sealing.cipher_for(self.context.database)
        ready: list[OutboxItem] = []
        wrapped: dict[str, str] = {}
        lost: list[str] = []
        for row in rows:
            if not sealing.sealed_topic(row.topic):
                ready.append(row)
                continue
            try:
                body, updated = cipher.wire_body(row.topic, row.id, row.body_json)
            except sealing.Unreadable:
                lost.append(row.id)
                continue
            if updated is not None:
                wrapped[row.id] = updated
            row.body_json = json.dumps(body, ensure_ascii=False, sort_keys=True)  # detached: not written
            ready.append(row)
        if wrapped or lost:
            now = self.context.now()
            with self.context.database.write() as session:
                for item_id, body_json in wrapped.items():
                    session.execute(update(OutboxItem).where(OutboxItem.id == item_id).values(body_json=body_json))
                for item_id in lost:
                    sync_store.mark_rejected(session, item_id, sealing.KEY_LOST_REASON, now)
            if lost:
                log.error("%d unsent item(s) can no longer be opened (local key lost before the server's "
                          "key was known): set aside", len(lost))
        return ready, len(lost)

    def _apply_answers(self, reply: wire.PushReply, items: list[wire.PushItem], report: SyncReport) -> None:
        now = self.context.now()
        sent = {item.id for item in items}
        with self.context.database.write() as session:
            acked: list[str] = []
            for answer in reply.answers:
                if answer.id not in sent:
                    continue
                if answer.status in (wire.ItemStatus.APPLIED, wire.ItemStatus.DUPLICATE):
                    acked.append(answer.id)
                    report.pushed += answer.status is wire.ItemStatus.APPLIED
                    report.duplicates += answer.status is wire.ItemStatus.DUPLICATE
                else:
                    sync_store.mark_rejected(session, answer.id, f"{answer.status.value}: {answer.reason or ''}", now)
                    report.rejected += 1
            sync_store.mark_acked(session, acked, now)
            unanswered = sent - {answer.id for answer in reply.answers}
            if unanswered:  # stays pending; sent again next time
                sync_store.note_attempt(session, unanswered)
            self._follow_server_sequence(session, reply.last_applied_seq, report, reply.server_epoch)

    def _follow_server_sequence(self, session, server_applied: int, report: SyncReport,  # type: ignore[no-untyped-def]
                                epoch: str | None = None) -> None:
        state = sync_store.state(session)
        if epoch is not None and state.epoch is not None and epoch != state.epoch \
                and epoch != self._requeued_for_epoch:
            self._requeued_for_epoch = epoch  # once per new epoch, until the pull records it
            # Restored from a backup: its last applied sequence may already have moved past what it
            # lost, so the sequence alone cannot tell. Send every kept row again; it answers
            # "duplicate" for those it still has.
            requeued = sync_store.requeue_after(session, 0)
            report.requeued += requeued
            log.warning("server epoch changed: %d kept item(s) to send again", requeued)
        elif server_applied < sync_store.highest_acked_seq(session):
            requeued = sync_store.requeue_after(session, server_applied)
            report.requeued += requeued
            log.warning("server has applied up to %d only (restored from a backup?): %d item(s) to send again",
                        server_applied, requeued)
        sync_store.continue_above(session, server_applied)
        state.server_applied_seq = server_applied

    # -- pull -------------------------------------------------------------------------------------
    def _pull_all(self, report: SyncReport, progress: Progress | None) -> None:
        with self.context.database.read() as session:
            state = sync_store.state(session)
            epoch, cursor = state.epoch, state.cursor
            held_elsewhere = task_queue.held_unfinished_count(session)
        cipher = sealing.cipher_for(self.context.database)
        # In all: the waiting queue this PC keeps, plus what its workers hold right now.
        hold: int | None = self.target_queue + held_elsewhere
        while True:
            if progress:
                progress("pull", report.pages, report.pages + 1)
            request = wire.PullRequest(epoch=epoch, cursor=cursor, limit=PULL_PAGE, hold_tasks=hold)
            reply = self._call(lambda request=request: self.transport.pull(request))  # type: ignore[misc]
            self._count_bytes(report)
            hold = None  # leasing happens once per cycle
            now = self.context.now()
            report.clock_offset_ms = int((reply.server_time - now).total_seconds() * 1000)
            if self._nothing_new(reply) and reply.sealing_public_key in (None, cipher.server_key):
                return
            with self.context.database.write() as session:
                state = sync_store.state(session)
                if reply.epoch == state.epoch and reply.cursor < state.cursor:
                    raise TransportError(Failure.BAD_REPLY, "the server's cursor went backwards")
                if reply.epoch != state.epoch and state.epoch is not None:
                    log.warning("server epoch changed (%s -> %s): pulling everything again", state.epoch, reply.epoch)
                    # The restored server may have forgotten leases it gave this PC: waiting tasks
                    # are set aside now, in this page's transaction, and come back as the re-pull
                    # delivers them again; the ones it does not deliver are no longer this PC's.
                    set_aside = sync_store.set_aside_waiting_tasks(session, now)
                    log.info("%d waiting task(s) set aside until the re-pull delivers them again", set_aside)
                self._follow_server_sequence(session, reply.last_applied_seq, report, reply.epoch)
                sealing.remember_server_key(session, cipher, reply.sealing_public_key)
                outcome = apply_page(session, reply, now, cipher)
                state.epoch, state.cursor = reply.epoch, reply.cursor
                state.center_id, state.center_name = reply.center.id, reply.center.name
            report.pages += 1
            report.new_tasks += outcome.new_tasks
            report.lost_leases += outcome.lost_leases
            report.users += outcome.users
            epoch, cursor = reply.epoch, reply.cursor
            if not reply.more:
                return

    def _nothing_new(self, reply: wire.PullReply) -> bool:
        """An empty last page that moves nothing: no write at all (a no-op sync stays cheap)."""
        if reply.changes or reply.more or reply.leases_renewed_until is not None:
            return False
        with self.context.database.read() as session:
            state = sync_store.state(session) if session.get(SyncState, 1) else None
            retention = session.get(Setting, RETENTION_DAYS_KEY)
            return (state is not None and state.epoch == reply.epoch and state.cursor == reply.cursor
                    and state.server_applied_seq == reply.last_applied_seq
                    and state.center_name == reply.center.name
                    and retention is not None and retention.value == str(reply.center.retention_days))

    # -- helpers ----------------------------------------------------------------------------------
    def _call(self, call):  # type: ignore[no-untyped-def]
        attempt = 0
        while True:
            try:
                return call()
            except TransportError as error:
                attempt += 1
                if (not error.failure.retryable or attempt >= self.retry.attempts
                        or self.retry.waits_too_long(error.retry_after)):
                    raise
                delay = self.retry.delay(attempt, error.retry_after)
                log.info("sync call failed (%s), retry %d in %.1f s", error.failure.value, attempt, delay)
                self.retry.sleep(delay)

    def _count_bytes(self, report: SyncReport) -> None:
        sent, received = self.transport.last_bytes
        report.bytes_sent += sent
        report.bytes_received += received

    def _record_failure(self, error: TransportError) -> None:
        now = self.context.now()
        with self.context.database.write() as session:
            state = sync_store.state(session)
            state.last_attempt_at = self._attempt_at
            state.last_error = error.failure.value
            state.last_error_detail = error.detail[:1000]
        if error.failure in (Failure.OFFLINE, Failure.TIMEOUT):
            self.outages.server_unreachable(now)

    def _record_success(self, report: SyncReport) -> None:
        now = self.context.now()
        with self.context.database.write() as session:
            state = sync_store.state(session)
            state.last_attempt_at = self._attempt_at
            state.clock_offset_ms = report.clock_offset_ms
            state.last_success_at = now
            state.last_error = None
            state.last_error_detail = None
            sync_store.purge_acked(session, now - OUTBOX_RETENTION)
        self.outages.server_reachable(now)


def as_push_item(row: OutboxItem) -> wire.PushItem:
    """An outbox row exactly as a push sends it (the body as stored: sealed or not)."""
    import json

    return wire.PushItem(id=row.id, seq=row.seq, topic=row.topic, user_id=row.user_id, created_at=row.created_at,
                         body=json.loads(row.body_json))


def _bounded(rows: list[OutboxItem], max_bytes: int) -> list[wire.PushItem]:
    """Outbox rows as push items, stopping before the batch grows past ``max_bytes`` (at least one)."""
    items: list[wire.PushItem] = []
    size = 0
    for row in rows:
        size += len(row.body_json) + 200
        if items and size > max_bytes:
            break
        items.append(as_push_item(row))
    return items

