"""Pull: pages by (epoch, change sequence), every change exactly once, the cursor never going back."""

from __future__ import annotations

import random
from typing import Any

import pytest

from deskclient.server.admin import add_canned_responses, add_user
from deskclient.server.clock import server_now
from deskclient.server.meta import new_epoch
from tests.server.fixtures import FAST_VERIFIER, Center, Device, Server


def key_of(change: dict[str, Any]) -> tuple[str, str]:
    if change["type"] == "user":
        return "user", change["user"]["id"]
    if change["type"] == "task":
        return "task", change["task"]["id"]
    if change["type"] == "canned_response":
        return "canned_response", change["canned_response"]["code"]
    return "lease_lost", change["task_id"]


def check_pages(device: Device, limit: int, want_first: int = 0) -> list[dict[str, Any]]:
    """Pull to the end with ``limit``: checks each page's order and size and the cursor; the changes."""
    changes: list[dict[str, Any]] = []
    cursor = device.cursor
    want = want_first
    while True:
        page = device.pull(want_tasks=want, limit=limit)
        want = 0
        seqs = [change["seq"] for change in page["changes"]]
        assert len(seqs) <= limit
        assert seqs == sorted(set(seqs)), "a page is in sequence order, without repeats"
        assert all(seq > cursor for seq in seqs), "nothing at or before the cursor comes again"
        assert page["cursor"] >= cursor, "the cursor never goes backwards"
        if seqs:
            assert page["cursor"] >= seqs[-1]
        cursor = page["cursor"]
        changes += page["changes"]
        if not page["more"]:
            return changes


def test_paging_with_small_limits_returns_every_change_once(server: Server, center: Center) -> None:
    for n in range(7):
        center.person(f"Worker{n}")
    add_canned_responses(server.database, center.id, [
        {"kind": "support_ticket", "code": f"reply-{n}", "title": f"Reply {n}", "body": "Dear {customer_name}"}
        for n in range(5)])
    tasks = center.tasks(23)
    device = center.enroll()
    changes = check_pages(device, limit=3, want_first=23)
    kinds = [key_of(change) for change in changes]
    assert len(kinds) == len(set(kinds))
    assert {k for t, k in kinds if t == "task"} == set(tasks)
    assert {k for t, k in kinds if t == "user"} == set(center.people.values())
    assert {k for t, k in kinds if t == "canned_response"} == {f"reply-{n}" for n in range(5)}
    # A page ends exactly at the limit when more is left; afterwards nothing comes again.
    assert check_pages(device, limit=3) == []
    assert device.cursor == server.sql("SELECT change_seq FROM centers WHERE id = :c", c=center.id)[0][0]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_paging_while_the_center_changes_between_pages(server: Server, center: Center, seed: int) -> None:
    """Random limits, with people, leases of other PCs and lost leases arriving between the pages."""
    rng = random.Random(seed)
    tasks = center.tasks(60)
    device, other = center.enroll(), center.enroll()
    received: list[dict[str, Any]] = []
    last_cursor = 0
    for step in range(40):
        action = rng.choice(["page", "page", "person", "other", "lease", "expire"])
        if action == "person":
            center.person(f"Step{step}")
        elif action == "other":
            other.take_tasks(rng.randint(1, 4))
        elif action in ("page", "lease"):
            want = rng.randint(1, 4) if action == "lease" else 0
            page = device.pull(want_tasks=want, limit=rng.randint(1, 6))
            assert page["cursor"] >= last_cursor, "the cursor never goes backwards"
            assert all(change["seq"] > last_cursor for change in page["changes"])
            received += page["changes"]
            last_cursor = page["cursor"]
        else:
            mine = [row[0] for row in server.sql("SELECT id FROM tasks WHERE lease_device_id = :d AND "
                                                 "status = 'leased'", d=device.id)]
            if mine:
                server.expire_leases([rng.choice(mine)])
    received += check_pages(device, limit=rng.randint(1, 6))

    seqs = [change["seq"] for change in received]
    assert seqs == sorted(set(seqs)), "every change once, in order"
    # What the device knows equals the server's state, change by change applied in order.
    held: dict[str, int] = {}
    users: set[str] = set()
    for change in received:
        kind, key = key_of(change)
        if kind == "task":
            held[key] = change["task"]["lease_no"]
        elif kind == "lease_lost":
            if held.get(key) == change["lease_no"]:
                del held[key]
        elif kind == "user":
            users.add(key)
    on_server = dict(server.sql("SELECT id, lease_no FROM tasks WHERE lease_device_id = :d AND status = 'leased'",
                                d=device.id))
    assert held == on_server
    assert users == set(center.people.values())
    assert set(held) <= set(tasks)


def test_a_new_epoch_makes_the_server_ignore_an_old_cursor(server: Server, center: Center) -> None:
    tasks = center.tasks(4)
    device = center.enroll()
    first = device.pull_all(want_tasks=4)
    old_epoch, old_cursor = device.epoch, device.cursor
    assert old_cursor > 0 and len(first) == 4 + 4
    assert device.pull_all() == []

    restored_epoch = new_epoch(server.database)  # the database was restored from a backup
    assert restored_epoch != old_epoch
    page = device.pull(limit=500)
    assert page["epoch"] == restored_epoch
    again = page["changes"]
    assert {key_of(c) for c in again} == {key_of(c) for c in first}
    assert {c["task"]["id"] for c in again if c["type"] == "task"} == set(tasks)
    assert page["cursor"] == old_cursor  # the same database, so the same sequence
    # With the new epoch the cursor is honoured again.
    assert device.pull()["changes"] == []
    # A cursor with no epoch at all (a new PC, or a wiped one) also starts from the beginning.
    device.epoch, device.cursor = None, old_cursor
    assert len(device.pull(keep_cursor=False)["changes"]) == len(first)


def test_a_changed_person_comes_again_with_a_new_sequence(server: Server, center: Center) -> None:
    device = center.enroll()
    device.pull_all()
    add_user(server.database, center_id=center.id, role="supervisor", username=f"amina-{center.id[:8]}",
             secret="", display_name="Amina Y.", now=server_now(), verifier=FAST_VERIFIER)
    [change] = device.pull_all()
    assert change["type"] == "user"
    assert change["user"]["display_name"] == "Amina Y." and change["user"]["role"] == "supervisor"
    assert change["user"]["verifier"].startswith("scrypt$n=")


def test_a_pull_reports_the_center_and_the_server_time(server: Server, center: Center) -> None:
    device = center.enroll()
    page = device.pull()
    assert page["center"] == {"id": center.id, "name": "Kisumu Center", "lease_hours": 72, "retention_days": 14}
    assert page["server_time"].endswith("Z") or "+00:00" in page["server_time"]
    assert page["last_applied_seq"] == 0
