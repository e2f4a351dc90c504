"""A property-based state machine over two center PCs and one central server, through real sync.

Set-up: one center (device budget 10, 72-hour leases), two workers, 30 tasks (the first urgent),
two PCs each enrolled with its own code and synced once, and a first backup of the server.

Rules: complete a task (log in, finish a held task or take the next one, submit; optionally sync),
claim a task and leave it in progress, sync (push then pull), sync with dropped replies (the server
commits, the PC sees nothing; up to more losses than the engine's retries), kill a PC (soft: dispose
and reopen; hard: its database and WAL as they were on disk, without a checkpoint), jump a PC's
clock, let leases expire on the server (optionally with the other PC pulling next: reassignment),
take over a task in progress (expiry, the other PC leases and finishes it, both results arrive in
either order), back up the server's database or restore the latest backup (same port, new epoch).

Invariants, after every step: at most one official result per task and a done task has exactly its
official result; a PC's cursor never goes backwards within an epoch (an old epoch never comes
back); a PC holds (in progress, submitted) only tasks its worker claimed, and keeps every result it
returned; nothing is set aside as rejected (a rejected result is lost output). In ``teardown``,
after syncing both PCs without faults until nothing is waiting and nothing moves: every result a PC
submitted is on the server exactly once, for its task and PC, and nothing else is; a result that
lost the race (its lease was lost) is kept as non-official; done tasks are exactly the tasks with
an official result; every task submitted on a PC has its result on the server; a PC offers only
tasks the server leased to it, and has every task leased to it.

Bugs found are kept below as explicit examples: strictly xfailing while open (``test_bug_*``),
plain regression tests once fixed. While a bug is open, the machine steps around it in the
narrowest way it can (``KnownBugs``) so that it keeps looking for new ones.

Everything is real: uvicorn on loopback with a temporary SQLite file, the real client services and
sync engine. Only the server's lease clock (``lease_expires_at``) is moved by hand.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import keyring
import requests
from hypothesis import HealthCheck, event, seed, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from requests.adapters import HTTPAdapter
from sqlalchemy import func, select, update

from deskclient.domain.credentials import make_verifier
from deskclient.domain.problems import TASK_NONE_AVAILABLE, TASK_TOO_MANY_DRAFTS, Problem
from deskclient.domain.task_states import TaskState
from deskclient.domain.views import LoggedInUser
from deskclient.paths import DataFolder
from deskclient.server import admin
from deskclient.server import models as srv
from deskclient.server.clock import server_now
from deskclient.server.db import ServerDatabase
from deskclient.server.devices import new_enrollment_code
from deskclient.server.meta import new_epoch
from deskclient.server.runner import EmbeddedServer
from deskclient.services.bundle import Services
from deskclient.services.startup import StartupState, prepare_database
from deskclient.store import models as local
from deskclient.store import sync_store
from deskclient.sync.client import SyncClient
from deskclient.sync.engine import SYNC_FAILED, RetryPolicy, SyncReport
from tests.factories import FAST_PARAMS, GOOD_ANSWER, PIN, MemoryKeyring, ticket

TASKS = 30
DEVICE_BUDGET = 10
LEASE_HOURS = 72
RETRY_ATTEMPTS = 3
SETTLE_ROUNDS = 8
WORKERS = ("amina", "priya")
DEVICES = st.sampled_from((0, 1))
HELD = (TaskState.IN_PROGRESS.value, TaskState.SUBMITTED.value)


def priority(n: int) -> str:
    """Urgent tasks first: one whose lease passes to the other PC goes to the top of its queue there."""
    return "urgent" if n < 8 else "high" if n < 16 else "normal"


# -- helpers -----------------------------------------------------------------------------------------
class OffsetClock:
    """The PC's clock: real time plus an offset the test moves (a PC whose clock jumps)."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset


class DroppingAdapter(HTTPAdapter):
    """Sends the request, lets the server answer in full, then loses the answer ("the duplicate-maker")."""

    def __init__(self) -> None:
        super().__init__()
        self.path: str | None = None
        self.remaining = 0
        self.dropped = 0

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        response = super().send(request, *args, **kwargs)
        if self.remaining > 0 and self.path and (request.path_url or "").endswith(self.path):
            self.remaining -= 1
            self.dropped += 1
            _ = response.content  # the server has answered: whatever it did is committed
            response.close()
            raise requests.exceptions.ConnectionError("reply lost after the server committed", request=request)
        return response


def no_sleep(_seconds: float) -> None:
    return None


def copy_db_files(database: Path, target: Path) -> None:
    """The database file and its WAL exactly as they are on disk (no checkpoint): a hard stop's state."""
    target.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):
        source = Path(f"{database}{suffix}")
        if source.exists():
            shutil.copyfile(source, target / source.name)


def put_db_files_back(saved: Path, database: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    for suffix in ("", "-wal"):
        source = saved / f"{database.name}{suffix}"
        if source.exists():
            shutil.copyfile(source, Path(f"{database}{suffix}"))
    shutil.rmtree(saved)


@dataclass
class Device:
    """One center PC: its data folder, services, sync client, network and its worker."""

    name: str
    folder: DataFolder
    worker_id: str
    http: requests.Session
    adapter: DroppingAdapter
    clock: OffsetClock = field(default_factory=OffsetClock)
    services: Services | None = None
    client: SyncClient | None = None
    user: LoggedInUser | None = None
    #: Tasks next_task gave this PC's worker (the only ones it may hold).
    claimed: set[str] = field(default_factory=set)
    #: result id -> task id, for every submit that returned.
    submitted: dict[str, str] = field(default_factory=dict)
    #: (epoch, cursor) as last seen, to check the cursor never goes backwards within an epoch.
    last_cursor: tuple[str | None, int] = (None, 0)
    #: Every epoch this PC has seen, in order (an epoch never comes back).
    epochs: list[str] = field(default_factory=list)
    #: Tasks this PC had when the server was restored (the server may have forgotten their leases).
    before_restore: set[str] = field(default_factory=set)

    def open(self) -> None:
        outcome = prepare_database(self.folder)
        assert outcome.state is StartupState.READY, outcome
        self.services = Services.open(self.folder, clock=self.clock)
        retry = RetryPolicy(attempts=RETRY_ATTEMPTS, sleep=no_sleep, rng=random.Random(0))
        self.client = SyncClient(self.services.context, http=self.http, retry=retry)
        self.user = None

    def close(self) -> None:
        if self.services is not None:
            self.services.close()
        self.services = self.client = self.user = None

    @property
    def svc(self) -> Services:
        assert self.services is not None
        return self.services

    @property
    def sync(self) -> SyncClient:
        assert self.client is not None
        return self.client

    @property
    def device_id(self) -> str:
        return self.svc.context.device_id

    def login(self) -> LoggedInUser:
        if self.user is None:
            self.user = self.svc.auth.login(self.worker_id, PIN)
        return self.user

    def read(self, query: Callable[[Any], Any]) -> Any:
        with self.svc.context.database.read() as session:
            return query(session)


# -- the machine -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class KnownBugs:
    """How the machine steps around open bugs (all False = the machine as it should finally run)."""

    #: KNOWN LIMIT: a task a worker had IN PROGRESS when the server was restored from a backup that
    #: predates its lease: the server has no record of the lease and refuses the result
    #: ("task_not_leased", by design: a PC may not report work on tasks it was never given); the PC
    #: keeps it under "needs attention". Waiting tasks are no longer affected (the PC sets them aside
    #: at the new epoch, see test_work_on_a_lease_the_restored_server_forgot_is_not_offered). Tolerated
    #: only for tasks the PC had when a restore happened.
    forgotten_leases: bool = True


NO_WORKAROUNDS = KnownBugs(forgotten_leases=False)


#: A fixed seed, so CI runs the same examples every time; chosen among a few for what its examples go
#: through (``--hypothesis-show-statistics``: restores, late duplicates, lost leases, resent items).
@seed(2)
class SyncMachine(RuleBasedStateMachine):
    known_bugs = KnownBugs()

    def __init__(self) -> None:
        super().__init__()
        self.previous_keyring = keyring.get_keyring()
        keyring.set_keyring(MemoryKeyring())
        self.root = Path(tempfile.mkdtemp(prefix="deskclient-sm-"))
        self.db_path = self.root / "server.sqlite3"
        self.url = f"sqlite:///{self.db_path}"
        self.server = EmbeddedServer(self.url).start()
        self.snapshot: Path | None = None
        self.restores = 0
        self.devices: list[Device] = []
        #: What the example went through, reported as Hypothesis events (--hypothesis-show-statistics).
        self.seen: Counter[str] = Counter()

    @property
    def sdb(self) -> ServerDatabase:
        assert self.server.database is not None
        return self.server.database

    # -- set-up: a center, two workers, 30 tasks, two enrolled PCs that synced once ---------------
    @initialize()
    def set_up(self) -> None:
        now = server_now()
        center_id, code = admin.add_center(self.sdb, "Kisumu", now, lease_hours=LEASE_HOURS,
                                           device_budget=DEVICE_BUDGET)
        verifier = make_verifier(PIN, FAST_PARAMS)
        workers = [admin.add_user(self.sdb, center_id=center_id, role="worker", username=name, secret=PIN,
                                  display_name=name.title(), now=now, verifier=verifier) for name in WORKERS]
        batch = self.root / "batch.jsonl"
        with batch.open("w", encoding="utf-8") as out:
            for n in range(TASKS):
                out.write(json.dumps({"external_id": f"T{n:03d}", "kind": "support_ticket", "priority": priority(n),
                                      "payload": dict(ticket(f"Ticket {n}").payload)}) + "\n")
        report = admin.import_batch(self.sdb, center_id, batch, now)
        assert report.ok and report.added == TASKS, report
        for index, worker_id in enumerate(workers):
            http = requests.Session()
            adapter = DroppingAdapter()
            http.mount("http://", adapter)
            device = Device(name=f"pc{index}", folder=DataFolder(self.root / f"pc{index}").ensure(),
                            worker_id=worker_id, http=http, adapter=adapter)
            self.devices.append(device)
            device.open()
            device_code = code if index == 0 else new_enrollment_code(self.sdb, center_id, server_now())
            device.sync.enroll(self.server.base_url, device_code, device_name=device.name)
            self._sync(device)
        self.snapshot_server()  # the first backup, right after set-up

    def _sync(self, device: Device) -> SyncReport:
        report = device.sync.run_once()
        self._note_cursor(device)
        for name in ("duplicates", "requeued", "lost_leases"):
            self.seen[name] += getattr(report, name)
        return report

    def _note_cursor(self, device: Device) -> None:
        state = device.read(lambda s: s.get(local.SyncState, 1))
        epoch, cursor = (state.epoch, state.cursor) if state else (None, 0)
        last_epoch, last_cursor = device.last_cursor
        if epoch is not None and epoch == last_epoch:
            assert cursor >= last_cursor, f"{device.name}: cursor went back {last_cursor} -> {cursor} in one epoch"
        if epoch is not None and (not device.epochs or device.epochs[-1] != epoch):
            assert epoch not in device.epochs, f"{device.name}: an old epoch came back"
            device.epochs.append(epoch)
        device.last_cursor = (epoch, cursor)

    # -- work ------------------------------------------------------------------------------------
    def _claim(self, device: Device) -> str | None:
        user = device.login()
        try:
            item = device.svc.work.next_task(user)
        except Problem as problem:
            assert problem.code in (TASK_NONE_AVAILABLE, TASK_TOO_MANY_DRAFTS), problem
            return None
        assert item.task_id not in device.claimed, f"{device.name} was given {item.task_id} twice"
        device.claimed.add(item.task_id)
        return item.task_id

    def _held(self, device: Device) -> list[str]:
        return device.read(lambda s: list(s.scalars(
            select(local.Task.id).where(local.Task.holder_user_id == device.worker_id,
                                        local.Task.state == TaskState.IN_PROGRESS.value).order_by(local.Task.seq))))

    def _submit(self, device: Device, task_id: str) -> None:
        result_id = device.svc.work.submit(device.login(), task_id, GOOD_ANSWER, 60_000)
        device.submitted[result_id] = task_id

    @rule(d=DEVICES, then_sync=st.booleans())
    def complete_task(self, d: int, then_sync: bool = False) -> None:
        """The worker finishes a task they hold, or else takes the next one and finishes it."""
        device = self.devices[d]
        held = self._held(device)
        task_id = held[0] if held else self._claim(device)
        if task_id is not None:
            self._submit(device, task_id)
        if then_sync:
            self._sync(device)

    @rule(d=DEVICES)
    def claim_task(self, d: int) -> None:
        """The worker takes the next task and leaves it in progress (a draft)."""
        self._claim(self.devices[d])

    # -- sync ------------------------------------------------------------------------------------
    @rule(d=DEVICES)
    def sync(self, d: int) -> None:
        self._sync(self.devices[d])

    @rule(d=DEVICES, path=st.sampled_from(("/v1/push", "/v1/pull")), times=st.integers(1, RETRY_ATTEMPTS + 1))
    def sync_with_dropped_reply(self, d: int, path: str, times: int) -> None:
        """The server does the work and answers; the answer never arrives (``times`` tries in a row)."""
        device = self.devices[d]
        device.adapter.path, device.adapter.remaining = path, times
        try:
            self._sync(device)
        except Problem as problem:
            assert problem.code == SYNC_FAILED and problem.params.get("failure") == "offline", problem
            assert device.adapter.dropped >= RETRY_ATTEMPTS, "a sync failed with fewer losses than retries"
            self._note_cursor(device)
        finally:
            device.adapter.path, device.adapter.remaining, device.adapter.dropped = None, 0, 0

    # -- crashes and clocks ----------------------------------------------------------------------
    @rule(d=DEVICES, hard=st.booleans())
    def kill_device(self, d: int, hard: bool) -> None:
        """Close and reopen the PC's app; ``hard``: its files as a power cut leaves them (no checkpoint)."""
        device = self.devices[d]
        saved = self.root / f"{device.name}-at-kill"
        if hard:
            copy_db_files(device.folder.database, saved)
        device.close()
        if hard:
            put_db_files_back(saved, device.folder.database)
        device.open()
        self._note_cursor(device)

    @rule(d=DEVICES, hours=st.sampled_from((-48, -13, -2, 1, 7, 30)))
    def jump_clock(self, d: int, hours: int) -> None:
        self.devices[d].clock.offset += timedelta(hours=hours)

    # -- leases ----------------------------------------------------------------------------------
    def _expire(self, device: Device, count: int, from_end: bool) -> list[str]:
        """The leases of ``count`` of the PC's tasks run out: its first in queue order, or its last."""
        with self.sdb.transaction() as session:
            order = (srv.Task.priority_rank, srv.Task.seq.desc()) if from_end else (srv.Task.priority_rank.desc(),
                                                                                     srv.Task.seq)
            ids = list(session.scalars(select(srv.Task.id).where(
                srv.Task.lease_device_id == device.device_id, srv.Task.status == "leased")
                .order_by(*order).limit(count)))
            if ids:  # through the ORM: SQLite compares dates as text
                session.execute(update(srv.Task).where(srv.Task.id.in_(ids))
                                .values(lease_expires_at=server_now() - timedelta(minutes=5)))
        return ids

    @rule(d=DEVICES, count=st.integers(1, 5), from_end=st.booleans(), reassign=st.booleans())
    def expire_leases(self, d: int, count: int, from_end: bool, reassign: bool) -> None:
        """Leases of ``d`` run out; with ``reassign``, the other PC pulls next and may take those tasks."""
        self._expire(self.devices[d], count, from_end)
        if reassign:
            self._sync(self.devices[1 - d])

    @rule(d=DEVICES, d_syncs_first=st.booleans())
    def take_over_a_task_in_progress(self, d: int, d_syncs_first: bool) -> None:
        """``d``'s worker takes a task and its lease runs out meanwhile; the other PC, which has just
        finished one of its own and synced, takes the task over (its urgency puts it at the top
        there, at least when ``d`` is pc0); both workers finish it and both PCs sync."""
        device, other = self.devices[d], self.devices[1 - d]
        task_id = self._claim(device)
        if task_id is None:
            return
        with self.sdb.transaction() as session:  # through the ORM: SQLite compares dates as text
            session.execute(update(srv.Task).where(srv.Task.id == task_id, srv.Task.status == "leased")
                            .values(lease_expires_at=server_now() - timedelta(minutes=5)))
        self.complete_task(1 - d, then_sync=True)
        self.complete_task(1 - d)
        if task_id in self._held(device):
            self._submit(device, task_id)
        for pc in (device, other) if d_syncs_first else (other, device):
            self._sync(pc)

    # -- server backup and restore ---------------------------------------------------------------
    @rule(restore=st.booleans())
    def server_backup(self, restore: bool) -> None:
        """Take a backup of the server, or restore the latest one (one rule: a restore is the slowest step)."""
        if restore:
            self.restore_server()
        else:
            self.snapshot_server()

    def snapshot_server(self) -> None:
        """A backup of the server's database (SQLite's online backup API, as an operator would)."""
        target = self.root / "server-snapshot.sqlite3"
        target.unlink(missing_ok=True)
        source = sqlite3.connect(self.db_path)
        try:
            copy = sqlite3.connect(target)
            try:
                source.backup(copy)
            finally:
                copy.close()
        finally:
            source.close()
        self.snapshot = target

    def restore_server(self) -> None:
        """Stop, put the backup back, new epoch, start again on the same port."""
        assert self.snapshot is not None
        self.server.stop()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.db_path}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(self.snapshot, self.db_path)
        database = ServerDatabase(self.url)
        try:
            new_epoch(database)
        finally:
            database.dispose()
        self.server.start()
        self.restores += 1
        for device in self.devices:
            device.before_restore |= set(device.read(lambda s: s.scalars(select(local.Task.id)).all()))

    # -- invariants after every step -------------------------------------------------------------
    @invariant()
    def one_official_result_per_task_and_done_means_official(self) -> None:
        if not self.devices:
            return
        with self.sdb.transaction() as session:
            doubles = session.execute(select(srv.Result.task_id, func.count()).where(srv.Result.official.is_(True))
                                      .group_by(srv.Result.task_id).having(func.count() > 1)).all()
            assert not doubles, f"tasks with two official results: {doubles}"
            official = dict(session.execute(select(srv.Result.task_id, srv.Result.id)
                                            .where(srv.Result.official.is_(True))).all())
            tasks = session.execute(select(srv.Task.id, srv.Task.status, srv.Task.official_result_id)).all()
        for task_id, status, official_id in tasks:
            assert (status == "done") == (official_id is not None), (task_id, status, official_id)
            assert official.get(task_id) == official_id, (task_id, official.get(task_id), official_id)

    @invariant()
    def cursors_never_go_back(self) -> None:
        for device in self.devices:
            self._note_cursor(device)

    @invariant()
    def devices_hold_only_what_they_claimed(self) -> None:
        for device in self.devices:
            held = set(device.read(lambda s: s.scalars(select(local.Task.id).where(
                local.Task.holder_user_id.is_not(None), local.Task.state.in_(HELD))).all()))
            assert held <= device.claimed, f"{device.name} holds tasks it never claimed: {held - device.claimed}"
            results = device.read(lambda s: dict(s.execute(select(local.Result.id, local.Result.task_id)).all()))
            assert device.submitted.items() <= results.items(), f"{device.name} lost a local result"

    @invariant()
    def nothing_is_set_aside(self) -> None:
        """A rejected outbox item never goes again: for a result, that is lost output."""
        for device in self.devices:
            rejected = device.read(lambda s: [(row.id, row.topic, row.last_error) for row in
                                              sync_store.rejected_items(s)])
            rejected = [row for row in rejected if not self._tolerated_rejection(device, row[0], row[2])]
            assert not rejected, f"{device.name}: items rejected by the server: {rejected}"

    def _tolerated_rejection(self, device: Device, item_id: str, reason: str | None) -> bool:
        """While the forgotten-lease bug is open: a result for a task this PC had at a restore, refused."""
        return (self.known_bugs.forgotten_leases and reason == "rejected: task_not_leased"
                and device.submitted.get(item_id) in device.before_restore)

    # -- when activity stops ---------------------------------------------------------------------
    def settle(self) -> None:
        """Sync both PCs, no faults, until nothing is waiting and a whole round moves nothing."""
        for _ in range(SETTLE_ROUNDS):
            quiet = True
            for device in self.devices:
                report = self._sync(device)
                waiting, _ = device.read(sync_store.counts)
                if waiting or report.pushed or report.duplicates or report.requeued or report.new_tasks \
                        or report.lost_leases:
                    quiet = False
            if quiet:
                return
        raise AssertionError(f"sync did not settle in {SETTLE_ROUNDS} rounds")

    def final_checks(self) -> None:
        self.settle()
        self.nothing_is_set_aside()
        self.one_official_result_per_task_and_done_means_official()
        with self.sdb.transaction() as session:
            results = {row.id: (row.task_id, row.device_id, row.official)
                       for row in session.scalars(select(srv.Result))}
            tasks = {row.id: (row.status, row.lease_device_id) for row in session.scalars(select(srv.Task))}
            external = dict(session.execute(select(srv.Task.id, srv.Task.external_id)).all())
        submitted = {rid: (task_id, device.device_id) for device in self.devices
                     for rid, task_id in device.submitted.items()}
        excused = set()  # results the server refused because of the forgotten-lease bug, while it is open
        for device in self.devices:
            rejected = device.read(lambda s: [(row.id, row.last_error) for row in sync_store.rejected_items(s)])
            excused |= {rid for rid, reason in rejected if self._tolerated_rejection(device, rid, reason)}
        # No lost output: every submitted result is on the server, once, for its task and its PC.
        missing = sorted(external[submitted[rid][0]] for rid in set(submitted) - set(results) - excused)
        assert not missing, f"results submitted on a PC but not on the server, for tasks {missing}"
        for rid, (task_id, device_id) in submitted.items():
            if rid in results:
                assert results[rid][:2] == (task_id, device_id), (rid, results[rid], task_id, device_id)
        assert set(results) <= set(submitted), f"server results nobody submitted: {set(results) - set(submitted)}"
        # A result of a PC whose lease was lost is kept, as non-official: its task is done by another.
        for task_id, _, _official in results.values():
            assert tasks[task_id][0] == "done", (external[task_id], tasks[task_id])
        done = {task_id for task_id, (status, _) in tasks.items() if status == "done"}
        assert done == {task_id for task_id, _, official in results.values() if official}
        self.seen["non-official results"] = sum(not official for _, _, official in results.values())
        self.seen["restores"] = self.restores
        try:
            for name, count in sorted(self.seen.items()):
                event(f"{name}: {'yes' if count else 'no'}")
        except InvalidArgument:  # run by hand (the explicit examples below), not by Hypothesis
            pass
        for device in self.devices:
            # Every task submitted on a PC has its result on the server.
            local_results = device.read(lambda s: dict(s.execute(select(local.Result.id, local.Result.task_id)).all()))
            for rid, task_id in local_results.items():
                assert rid in excused or (rid in results and results[rid][0] == task_id), (device.name, rid)
            submitted_here = set(device.read(lambda s: s.scalars(select(local.Task.id).where(
                local.Task.state == TaskState.SUBMITTED.value)).all()))
            unsent = {local_results[rid] for rid in excused if rid in local_results}
            assert submitted_here - unsent <= done, (device.name, submitted_here - done)
            # The PC and the server agree on what it has waiting: tasks leased to it (live or expired).
            waiting = set(device.read(lambda s: s.scalars(select(local.Task.id).where(
                local.Task.state == TaskState.AVAILABLE.value)).all()))
            if self.known_bugs.forgotten_leases:  # while the forgotten-lease bug is open
                waiting -= device.before_restore
            strays = {external[task_id]: tasks[task_id] for task_id in waiting
                      if tasks[task_id] != ("leased", device.device_id)}
            assert not strays, f"{device.name} offers tasks the server has not leased to it: {strays}"
            leased_here = {task_id for task_id, why in tasks.items() if why == ("leased", device.device_id)}
            known_here = set(device.read(lambda s: s.scalars(select(local.Task.id)).all()))
            assert leased_here <= known_here, f"{device.name} never got tasks leased to it"

    def teardown(self) -> None:
        try:
            if sys.exc_info()[0] is None and len(self.devices) == len(WORKERS):
                self.final_checks()
        finally:
            for device in self.devices:
                device.close()
                device.http.close()
            self.server.stop()
            keyring.set_keyring(self.previous_keyring)
            shutil.rmtree(self.root, ignore_errors=True)


SyncMachine.TestCase.settings = settings(
    max_examples=25, stateful_step_count=25, deadline=None, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture],
)
TestSyncStateMachine = SyncMachine.TestCase


# -- the bugs found, as explicit examples --------------------------------------------------------------
def run_steps(known_bugs: KnownBugs, steps: Callable[[SyncMachine], None]) -> None:
    """Run ``steps`` on a fresh machine (invariants after each rule), then the final checks."""

    class Machine(SyncMachine):
        pass

    Machine.known_bugs = known_bugs
    machine = Machine()
    try:
        machine.set_up()
        steps(Checked(machine))  # type: ignore[arg-type]
    finally:
        machine.teardown()


class Checked:
    """A machine whose rules are followed by all the invariants, as under Hypothesis."""

    def __init__(self, machine: SyncMachine) -> None:
        self.machine = machine

    def __getattr__(self, name: str) -> Callable[..., None]:
        rule_function = getattr(self.machine, name)

        def run(*args: Any, **kwargs: Any) -> None:
            rule_function(*args, **kwargs)
            for check in (self.machine.one_official_result_per_task_and_done_means_official,
                          self.machine.cursors_never_go_back, self.machine.devices_hold_only_what_they_claimed,
                          self.machine.nothing_is_set_aside):
                check()

        return run


def test_results_acknowledged_before_a_restore_are_sent_again() -> None:
    """Found by the machine (the newer push hid the loss from the sequence check); fixed since: keep it so."""

    def steps(m: SyncMachine) -> None:
        m.snapshot_server()
        m.complete_task(0)
        m.sync(0)              # result A acknowledged by the server...
        m.restore_server()     # ...which is then restored from a backup taken before it
        m.complete_task(0)     # result B, newer, waits in the outbox
        m.sync(0)              # pushes B first, so the server's last_applied_seq passes A's: A must go again

    run_steps(KnownBugs(), steps)


def test_a_task_closed_by_a_late_result_is_withdrawn_from_its_new_holder() -> None:
    """Found by the machine (the new holder went on offering a done task); fixed since: keep it so."""

    def steps(m: SyncMachine) -> None:
        m.complete_task(1)                               # pc1 finishes T010 offline
        m.expire_leases(1, count=1, from_end=False, reassign=False)  # and its lease on T010 runs out
        m.complete_task(0)
        m.sync(0)                                        # pc0 has room for one more: it leases T010
        m.sync(1)                                        # pc1's late result: official, T010 done
        m.sync(0)                                        # pc0 must drop T010 (it had not started it)

    run_steps(NO_WORKAROUNDS, steps)


def test_work_on_a_lease_the_restored_server_forgot_is_not_offered() -> None:
    def steps(m: SyncMachine) -> None:
        m.snapshot_server()
        m.complete_task(0)
        m.sync(0)              # pc0 has room again and leases T020
        m.restore_server()     # the server forgets that lease: T020 is open again
        m.complete_task(1)
        m.sync(1)              # pc1 leases T020 as well
        m.sync(0)              # pc0 re-pulls everything: T020 is not delivered again, so it is set aside
        for _ in range(10):    # pc0's worker works on; T020 is never offered, nothing is refused
            m.complete_task(0)
        m.sync(0)

    run_steps(NO_WORKAROUNDS, steps)
