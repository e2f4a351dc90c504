"""The outage log: when the server could not be reached, and when the app or PC was down.

Later issues use these records so that time without power or network is not counted against a
worker or a center. Each finished outage is also written to the outbox, so the server learns of it.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import select

from deskclient.services.context import ServiceContext
from deskclient.store.clock import from_text, to_text
from deskclient.store.models import Outage, Setting
from deskclient.store.outbox import enqueue

HEARTBEAT_KEY = "heartbeat_at"
#: A gap between heartbeats longer than this is recorded as the app or PC being down.
DOWN_AFTER = timedelta(minutes=3)
SERVER_UNREACHABLE = "server_unreachable"
APP_DOWN = "app_down"


class OutageLog:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def heartbeat(self, now: datetime | None = None) -> Outage | None:
        """Note that the app runs; if the last heartbeat is long ago, record the gap as an outage."""
        now = now or self.context.now()
        recorded = None
        with self.context.database.write() as session:
            setting = session.get(Setting, HEARTBEAT_KEY)
            if setting is not None:
                last = from_text(setting.value)
                if now - last > DOWN_AFTER:
                    recorded = self._add(session, APP_DOWN, last, now)
            session.merge(Setting(key=HEARTBEAT_KEY, value=to_text(now)))
        return recorded

    def server_unreachable(self, now: datetime) -> None:
        with self.context.database.write() as session:
            if self._open(session) is None:
                session.add(Outage(id=str(uuid.uuid4()), kind=SERVER_UNREACHABLE, started_at=now))

    def server_reachable(self, now: datetime) -> Outage | None:
        with self.context.database.read() as session:
            if self._open(session) is None:
                return None  # the usual case: no write at all
        with self.context.database.write() as session:
            outage = self._open(session)
            if outage is None:
                return None
            outage.ended_at = now
            self._report(session, outage)
            return outage

    def unreachable_since(self) -> datetime | None:
        with self.context.database.read() as session:
            outage = self._open(session)
            return outage.started_at if outage else None

    def recent(self, limit: int = 50) -> list[Outage]:
        with self.context.database.read() as session:
            return list(session.scalars(select(Outage).order_by(Outage.started_at.desc()).limit(limit)))

    @staticmethod
    def _open(session) -> Outage | None:  # type: ignore[no-untyped-def]
        return session.scalar(select(Outage).where(Outage.kind == SERVER_UNREACHABLE, Outage.ended_at.is_(None)))

    def _add(self, session, kind: str, started: datetime, ended: datetime) -> Outage:  # type: ignore[no-untyped-def]
        outage = Outage(id=str(uuid.uuid4()), kind=kind, started_at=started, ended_at=ended)
        session.add(outage)
        self._report(session, outage)
        return outage

    def _report(self, session, outage: Outage) -> None:  # type: ignore[no-untyped-def]
        assert outage.ended_at is not None
        enqueue(session, "outage.recorded", {
            "outage_id": outage.id, "kind": outage.kind, "device_id": self.context.device_id,
            "started_at": outage.started_at.isoformat(), "ended_at": outage.ended_at.isoformat(),
        }, user_id=None, now=outage.ended_at, item_id=outage.id)
