"""All services of one running app, opened together on one data folder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from deskclient.paths import DataFolder
from deskclient.services.auth import AuthService
from deskclient.services.context import ServiceContext, open_context
from deskclient.services.housekeeping import HousekeepingService
from deskclient.services.preferences import PreferencesService
from deskclient.services.queue import QueueService
from deskclient.services.stats import StatsService
from deskclient.services.work import WorkService
from deskclient.store.clock import utc_now


@dataclass(frozen=True)
class Services:
    """What the UI is allowed to call; built once the database is checked and migrated."""

    context: ServiceContext
    auth: AuthService
    work: WorkService
    queue: QueueService
    stats: StatsService
    housekeeping: HousekeepingService
    preferences: PreferencesService

    @classmethod
    def open(cls, folder: DataFolder, clock: Callable[[], datetime] = utc_now) -> Services:
        context = open_context(folder, clock=clock)
        return cls(context=context, auth=AuthService(context), work=WorkService(context),
                   queue=QueueService(context), stats=StatsService(context),
                   housekeeping=HousekeepingService(context), preferences=PreferencesService(context))

    def close(self) -> None:
        self.context.database.dispose()
