"""Sync as the UI and the command line use it: enroll this PC, run a cycle, read the status."""

from __future__ import annotations

import logging
import platform
from datetime import datetime
from pathlib import Path

import requests

from deskclient import __version__
from deskclient.domain.audit import AuditAction
from deskclient.domain.problems import Problem
from deskclient.domain.views import SyncStatus
from deskclient.protocol import wire
from deskclient.services.context import ServiceContext
from deskclient.services.outages import OutageLog
from deskclient.store import audit, sealing, sync_store, task_queue
from deskclient.store.models import SyncState
from deskclient.sync import tls
from deskclient.sync.credentials import CredentialStore, SecretStorage
from deskclient.sync.engine import SYNC_FAILED, SYNC_NOT_ENROLLED, Progress, RetryPolicy, SyncEngine, SyncReport
from deskclient.sync.transport import Failure, HttpTransport, TransportError

log = logging.getLogger(__name__)
SYNC_NO_SECRET = "sync.no_secret"


class SyncClient:
    """One PC's connection to its central server."""

    def __init__(self, context: ServiceContext, http: requests.Session | None = None,
                 retry: RetryPolicy | None = None, target_queue: int | None = None) -> None:
        self.context = context
        self.http = http
        self.retry = retry
        self.target_queue = target_queue
        self.credentials = CredentialStore(context.folder)
        self._engine: SyncEngine | None = None

    def enroll(self, server_url: str, code: str, device_name: str | None = None,
               ca_bundle: Path | None = None) -> SecretStorage:
        """Spend a one-time code; the device secret goes to the keyring (or a protected file).

        ``ca_bundle``: the center's CA certificates (PEM), trusted besides the system's; kept in the
        data folder for later syncs once enrollment succeeded. Without it, a bundle kept earlier is used.
        """
        try:
            server_url = tls.check_server_url(server_url).url
        except tls.UnsafeServerUrl as unsafe:
            raise Problem(SYNC_FAILED, failure=unsafe.reason, detail=unsafe.detail) from None
        pem = None
        if ca_bundle is not None:
            try:
                pem = tls.read_ca_bundle(ca_bundle)
            except tls.BadCaBundle as bad:
                raise Problem(SYNC_FAILED, failure=Failure.BAD_CA_BUNDLE.value, detail=str(bad)) from None
        transport = HttpTransport(server_url, session=self.http,
                                  ca_bundle=ca_bundle or tls.stored_ca_bundle(self.context.folder))
        try:
            reply = transport.enroll(wire.EnrollRequest(
                code=code.strip(), device_id=self.context.device_id,
                device_name=device_name or platform.node()[:200], client_version=__version__))
        except TransportError as error:
            raise Problem(SYNC_FAILED, failure=error.failure.value, detail=error.detail[:300]) from error
        storage = self.credentials.save(reply.device_id, reply.device_secret)
        cipher = sealing.cipher_for(self.context.database)
        if pem is not None:
            tls.save_ca_bundle(self.context.folder, pem)
        with self.context.database.write() as session:
            state = sync_store.state(session)
            state.server_url = server_url.rstrip("/")
            state.center_id, state.center_name = reply.center_id, reply.center_name
            state.epoch, state.cursor = None, 0
            sealing.remember_server_key(session, cipher, reply.sealing_public_key)
            # The PC's own record of joining the center (the server keeps one too); no secret in it.
            audit.record(session, AuditAction.ENROLLMENT, device_id=self.context.device_id, user_id=None,
                         now=self.context.now(), subject=reply.center_id,
                         detail={"server": server_url.rstrip("/")[:200], "secret_storage": storage.value})
        self._engine = None
        log.info("enrolled as %s with %s (center %s); secret kept in %s", reply.device_id, server_url,
                 reply.center_name, storage.value)
        return storage

    def engine(self) -> SyncEngine:
        if self._engine is None:
            with self.context.database.read() as session:
                row = session.get(SyncState, 1)
                server_url = row.server_url if row else None
            if not server_url:
                raise Problem(SYNC_NOT_ENROLLED)
            secret, _ = self.credentials.load(self.context.device_id)
            if not secret:
                raise Problem(SYNC_NO_SECRET)
            transport = HttpTransport(server_url, self.context.device_id, secret, session=self.http,
                                      ca_bundle=tls.stored_ca_bundle(self.context.folder))
            engine = SyncEngine(self.context, transport, retry=self.retry)
            if self.target_queue is not None:
                engine.target_queue = self.target_queue
            self._engine = engine
        return self._engine

    def run_once(self, progress: Progress | None = None) -> SyncReport:
        try:
            report = self.engine().run_once(progress)
        except Problem as problem:
            log.info("sync did not finish: %s", problem.params.get("failure") or problem.code)
            raise
        log.info("sync finished: %d sent, %d already there, %d need attention, %d new task(s), %d lost lease(s), "
                 "%d -> %d bytes", report.pushed, report.duplicates, report.rejected, report.new_tasks,
                 report.lost_leases, report.bytes_sent, report.bytes_received)
        return report

    def needs_attention(self) -> list[tuple[str, str, datetime]]:
        """Items the server refused: (what, why, when), oldest first. They never block the rest."""
        with self.context.database.read() as session:
            return [(row.topic, row.last_error or "", row.created_at) for row in sync_store.rejected_items(session)]

    def status(self) -> SyncStatus:
        with self.context.database.read() as session:
            state = session.get(SyncState, 1)
            waiting, attention = sync_store.counts(session)
            depth = task_queue.available_count(session)
        return SyncStatus(
            enrolled=bool(state and state.server_url), server_url=state.server_url if state else None,
            center_name=state.center_name if state else None,
            last_success_at=state.last_success_at if state else None,
            last_attempt_at=state.last_attempt_at if state else None,
            last_error=state.last_error if state else None, waiting=waiting, needs_attention=attention,
            queue_depth=depth, epoch=state.epoch if state else None, cursor=state.cursor if state else 0,
            clock_offset_ms=state.clock_offset_ms if state else None,
            unreachable_since=OutageLog(self.context).unreachable_since(),
            # The file exists only when the keyring could not be used (save() removes it otherwise):
            # no keyring round trip on every status refresh.
            secret_in_file=bool(state and state.server_url) and self.credentials.file.exists())
