"""Leases: one device at a time, a budget per device, expiry and reassignment, late results."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import update

from deskclient.server.admin import configure_center, export_rows
from deskclient.server.clock import server_now
from deskclient.server.models import Task
from tests.server.fixtures import Center, Server, answers


def lease_of(server: Server, task_id: str) -> tuple[str, str | None, int]:
    [(status, device_id, lease_no)] = server.sql(
        "SELECT status, lease_device_id, lease_no FROM tasks WHERE id = :t", t=task_id)
    return status, device_id, lease_no


def results_of(server: Server, task_id: str) -> list[tuple[str, str, bool, bool]]:
    rows = server.sql("SELECT id, device_id, official, late FROM results WHERE task_id = :t ORDER BY received_at",
                      t=task_id)
    return [(row[0], row[1], bool(row[2]), bool(row[3])) for row in rows]


def expiry_of(server: Server, task_id: str) -> datetime:
    with server.database.transaction() as session:
        task = session.get(Task, task_id)
        assert task is not None and task.lease_expires_at is not None
        return task.lease_expires_at


def test_the_budget_caps_the_tasks_one_device_holds(server: Server) -> None:
    center = server.center("Small Center", device_budget=5)
    amina = center.person("Amina")
    tasks = center.tasks(12)
    first, second = center.enroll(), center.enroll()
    got = first.take_tasks(20)
    assert [t["id"] for t in got] == tasks[:5]
    assert all(t["lease_no"] == 1 for t in got)
    assert first.take_tasks(20) == []  # still holding five
    assert [t["id"] for t in second.take_tasks(3)] == tasks[5:8]
    # Finishing one makes room for one more.
    assert answers(first.push(first.result(tasks[0], amina))) == [("applied", None)]
    assert [t["id"] for t in first.take_tasks(20)] == [tasks[8]]
    # A raised budget applies at the next pull.
    configure_center(server.database, center.id, device_budget=7)
    assert [t["id"] for t in first.take_tasks(20)] == tasks[9:11]
    held = server.sql("SELECT lease_device_id, count(*) FROM tasks WHERE status = 'leased' "
                      "GROUP BY lease_device_id ORDER BY lease_device_id")
    assert dict(held) == {first.id: 7, second.id: 3}


def test_tasks_are_handed_out_most_urgent_first_and_never_twice(server: Server, center: Center) -> None:
    normal = center.tasks(4)
    urgent = center.tasks(2, priority="urgent")
    due_soon = center.tasks(1, priority="urgent", due_at="2026-01-01T00:00:00Z")
    devices = [center.enroll() for _ in range(3)]
    handed = [[t["id"] for t in device.take_tasks(3)] for device in devices]
    assert handed[0] == [*due_soon, *urgent]
    flat = [task for tasks in handed for task in tasks]
    assert len(flat) == len(set(flat)) == 7
    assert set(flat) == {*normal, *urgent, *due_soon}


def test_an_expired_lease_goes_to_another_device_and_the_first_learns_it(server: Server, center: Center) -> None:
    first, second = center.enroll(), center.enroll()
    tasks = center.tasks(3)
    assert len(first.take_tasks(3)) == 3
    server.expire_leases([tasks[1]])

    taken = second.take_tasks(5)
    assert [(t["id"], t["lease_no"]) for t in taken] == [(tasks[1], 2)]
    assert lease_of(server, tasks[1]) == ("leased", second.id, 2)
    assert server.sql("SELECT lease_no, device_id FROM task_leases WHERE task_id = :t ORDER BY lease_no",
                      t=tasks[1]) == [(1, first.id), (2, second.id)]

    changes = first.pull_all()
    assert [(c["type"], c["task_id"], c["lease_no"]) for c in changes] == [("lease_lost", tasks[1], 1)]
    assert first.pull_all() == []  # learned once
    # Its other two leases are untouched.
    assert [lease_of(server, t) for t in (tasks[0], tasks[2])] == [("leased", first.id, 1)] * 2


def test_a_device_may_take_back_its_own_expired_lease_without_losing_it(server: Server, center: Center) -> None:
    device = center.enroll()
    [task] = center.tasks(1)
    device.take_tasks(1)
    server.expire_leases([task])
    again = device.take_tasks(1)
    assert [(t["id"], t["lease_no"]) for t in again] == [(task, 2)]
    assert server.sql("SELECT count(*) FROM lease_losses")[0][0] == 0


def test_a_late_result_is_official_when_nobody_else_completed(server: Server, center: Center) -> None:
    first, second = center.enroll(), center.enroll()
    expired_alone, reassigned = center.tasks(2)
    first.take_tasks(2)
    server.expire_leases([expired_alone, reassigned])
    assert [t["id"] for t in second.take_tasks(1)] == [expired_alone]
    # Now `reassigned` is expired and nobody holds it; `expired_alone` is held by the second PC.
    reply = first.push(first.result(reassigned, center.people["Amina"]),
                       first.result(expired_alone, center.people["Amina"]))
    assert answers(reply) == [("applied", None), ("applied", None)]
    for task in (reassigned, expired_alone):
        [(_, device, official, late)] = results_of(server, task)
        assert (device, official, late) == (first.id, True, True)
        assert lease_of(server, task)[0] == "done"
    # The second PC finishes its copy afterwards: kept, counted for its worker, but not official.
    reply = second.push(second.result(expired_alone, center.people["Priya"]))
    assert answers(reply) == [("applied", None)]
    assert [(d, official) for _, d, official, _ in results_of(server, expired_alone)] == [(first.id, True),
                                                                                          (second.id, False)]
    # A done task is not handed out again.
    assert second.take_tasks(5) == []


def test_a_result_after_another_device_completed_is_kept_as_a_late_duplicate(server: Server,
                                                                            center: Center) -> None:
    first, second = center.enroll(), center.enroll()
    [task] = center.tasks(1)
    first.take_tasks(1)
    server.expire_leases([task])
    assert [t["id"] for t in second.take_tasks(1)] == [task]
    winner = second.result(task, center.people["Priya"])
    assert answers(second.push(winner)) == [("applied", None)]
    late = first.result(task, center.people["Amina"])
    assert answers(first.push(late)) == [("applied", None)]
    assert answers(first.push(late)) == [("duplicate", None)]

    assert results_of(server, task) == [(winner["id"], second.id, True, False), (late["id"], first.id, False, True)]
    assert server.sql("SELECT official_result_id FROM tasks WHERE id = :t", t=task) == [(winner["id"],)]
    assert server.sql("SELECT count(*) FROM results WHERE official")[0][0] == 1
    assert [row["result_id"] for row in export_rows(server.database, center.id)] == [winner["id"]]


def test_two_results_from_the_same_device_for_one_task_never_make_two_officials(server: Server,
                                                                               center: Center) -> None:
    device = center.enroll()
    [task] = center.tasks(1)
    device.take_tasks(1)
    reply = device.push(device.result(task, center.people["Amina"]), device.result(task, center.people["Priya"]))
    assert answers(reply) == [("applied", None), ("applied", None)]
    assert [official for _, _, official, _ in results_of(server, task)] == [True, False]


def test_each_pull_renews_the_leases_still_held(server: Server, center: Center) -> None:
    device, other = center.enroll(), center.enroll()
    held, finished = center.tasks(2)
    device.take_tasks(2)
    assert answers(device.push(device.result(finished, center.people["Amina"]))) == [("applied", None)]
    soon = server_now() + timedelta(minutes=30)
    with server.database.transaction() as session:
        session.execute(update(Task).where(Task.id == held).values(lease_expires_at=soon))
    before = server_now()
    device.pull(want_tasks=1)  # the first page of a sync (it asks for tasks) renews
    renewed = expiry_of(server, held)
    assert before + timedelta(hours=72) <= renewed <= server_now() + timedelta(hours=72)
    # Another PC's pull renews nothing of this one's, and does not take the held task.
    other.take_tasks(5)
    assert lease_of(server, held) == ("leased", device.id, 1)
    assert expiry_of(server, held) == renewed
    # The center's lease time applies to new leases and renewals alike.
    configure_center(server.database, center.id, lease_hours=24)
    with server.database.transaction() as session:
        session.execute(update(Task).where(Task.id == held).values(lease_expires_at=soon))
    device.pull(want_tasks=1)
    assert expiry_of(server, held) <= server_now() + timedelta(hours=24)


def test_a_lease_with_more_than_half_its_time_left_is_not_rewritten(server: Server, center: Center) -> None:
    device = center.enroll()
    [task] = center.tasks(1)
    device.take_tasks(1)
    first = expiry_of(server, task)
    device.pull(want_tasks=1)
    assert expiry_of(server, task) == first


def test_an_expired_lease_is_not_renewed_by_a_pull(server: Server, center: Center) -> None:
    device = center.enroll()
    [task] = center.tasks(1)
    device.take_tasks(1)
    server.expire_leases([task])
    device.pull(want_tasks=0)  # no new lease, and the expired one stays expired
    assert expiry_of(server, task) < server_now()
    assert lease_of(server, task) == ("leased", device.id, 1)



def test_pull_reply_says_until_when_held_leases_were_renewed(server: Server, center: Center) -> None:
    center.tasks(3)
    device = center.enroll()
    first = device.pull(want_tasks=2)
    second = device.pull(want_tasks=2)
    assert device.pull()["leases_renewed_until"] is None  # a later page of the same sync says nothing
    assert first["leases_renewed_until"] is not None
    assert datetime.fromisoformat(second["leases_renewed_until"]) >= datetime.fromisoformat(
        first["leases_renewed_until"])


def test_the_holder_learns_when_a_late_result_from_another_device_completes_its_task(
        server: Server, center: Center) -> None:
    amina = center.person("Amina")
    [task_id] = center.tasks(1)
    first, second = center.enroll(), center.enroll()
    assert [t["id"] for t in first.take_tasks(1)] == [task_id]
    server.expire_leases([task_id])
    assert [t["id"] for t in second.take_tasks(1)] == [task_id]
    reply = first.push(first.result(task_id, amina))
    assert answers(reply) == [("applied", None)]
    changes = second.pull()["changes"]
    assert [(c["type"], c["task_id"]) for c in changes if c["type"] == "lease_lost"] == [("lease_lost", task_id)]
