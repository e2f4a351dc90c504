"""A worker's own output: what they finished today and this week, and how long it took."""

from __future__ import annotations

from datetime import datetime, time, timedelta, tzinfo

from sqlalchemy import func, select

from deskclient.domain.views import LoggedInUser, WorkerStats
from deskclient.services.context import ServiceContext
from deskclient.services.permissions import ALL_ROLES, allowed_roles
from deskclient.store.models import Result, TaskSkip


def day_and_week_start(now: datetime, local_zone: tzinfo | None) -> tuple[datetime, datetime]:
    """Start of the local day and of the local week (Monday), for ``now``."""
    local_now = now.astimezone(local_zone)
    day_start = datetime.combine(local_now.date(), time.min, tzinfo=local_now.tzinfo)
    week_start = day_start - timedelta(days=local_now.weekday())
    return day_start, week_start


class StatsService:
    """Figures a worker sees about themself (and nobody else's)."""

    def __init__(self, context: ServiceContext, local_zone: tzinfo | None = None) -> None:
        self.context = context
        self.local_zone = local_zone

    @allowed_roles(*ALL_ROLES)
    def for_worker(self, user: LoggedInUser) -> WorkerStats:
        day_start, week_start = day_and_week_start(self.context.now(), self.local_zone)
        with self.context.database.read() as session:
            def totals(since: datetime) -> tuple[int, int | None]:
                count, average = session.execute(
                    select(func.count(), func.avg(Result.handle_ms))
                    .where(Result.user_id == user.id, Result.finished_at >= since)
                ).one()
                return int(count), None if average is None else int(average)

            today_count, today_avg = totals(day_start)
            week_count, week_avg = totals(week_start)
            escalated = session.scalar(select(func.count()).select_from(Result).where(
                Result.user_id == user.id, Result.finished_at >= day_start, Result.outcome == "escalated")) or 0
            skipped = session.scalar(select(func.count()).select_from(TaskSkip).where(
                TaskSkip.user_id == user.id, TaskSkip.at >= day_start)) or 0
        return WorkerStats(today_count=today_count, today_avg_handle_ms=today_avg, week_count=week_count,
                           week_avg_handle_ms=week_avg, today_escalated=int(escalated),
                           today_skipped=int(skipped))
