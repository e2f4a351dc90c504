"""What every service needs: the database, the data folder, this PC's identity and a clock."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from deskclient.paths import DataFolder
from deskclient.store.clock import utc_now
from deskclient.store.db import Database
from deskclient.store.models import Setting

DEVICE_ID_KEY = "device_id"


@dataclass
class ServiceContext:
    """Shared by the services of one running app (one per data folder)."""

    folder: DataFolder
    database: Database
    device_id: str
    clock: Callable[[], datetime] = field(default=utc_now)

    def now(self) -> datetime:
        return self.clock()


def open_context(folder: DataFolder, clock: Callable[[], datetime] = utc_now) -> ServiceContext:
    """Open the (already migrated) database of ``folder`` and make sure this PC has a device id."""
    database = Database(folder.database)
    with database.write() as session:
        setting = session.get(Setting, DEVICE_ID_KEY)
        if setting is None:
            setting = Setting(key=DEVICE_ID_KEY, value=str(uuid.uuid4()))
            session.add(setting)
        device_id = setting.value
    return ServiceContext(folder=folder, database=database, device_id=device_id, clock=clock)


def read_setting(context: ServiceContext, key: str, default: str) -> str:
    with context.database.read() as session:
        value = session.scalar(select(Setting.value).where(Setting.key == key))
    return default if value is None else value


def write_setting(context: ServiceContext, key: str, value: str) -> None:
    with context.database.write() as session:
        session.merge(Setting(key=key, value=value))
