"""Work screens by kind of task: a new kind adds its screen here and nowhere else in the UI."""

from __future__ import annotations

from deskclient.ui.work.base import WorkScreen
from deskclient.ui.work.support_ticket import SupportTicketScreen

WORK_SCREENS: dict[str, type[WorkScreen]] = {"support_ticket": SupportTicketScreen}


def screen_for(kind: str) -> type[WorkScreen] | None:
    return WORK_SCREENS.get(kind)
