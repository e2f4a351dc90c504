"""Push: each item applied once, answered per item; what a device may and may not push."""

from __future__ import annotations

from tests.factories import GOOD_ANSWER
from tests.server.fixtures import Center, Server, answers


def results_of(server: Server, task_id: str) -> list[tuple[str, str, bool, bool]]:
    """(result id, device, official, late) of every result of ``task_id``."""
    rows = server.sql("SELECT id, device_id, official, late FROM results WHERE task_id = :t ORDER BY received_at",
                      t=task_id)
    return [(row[0], row[1], bool(row[2]), bool(row[3])) for row in rows]


def test_a_result_is_applied_once_then_answered_duplicate(server: Server, center: Center) -> None:
    device = center.enroll()
    [task] = center.tasks(1)
    assert [t["id"] for t in device.take_tasks(1)] == [task]
    item = device.result(task, center.people["Amina"])

    first = device.push(item)
    assert answers(first) == [("applied", None)]
    assert first["last_applied_seq"] == item["seq"]
    assert results_of(server, task) == [(item["id"], device.id, True, False)]
    assert server.sql("SELECT status, official_result_id FROM tasks WHERE id = :t", t=task) == [("done", item["id"])]

    again = device.push(item)  # the response of the first push was lost: the client sends it again
    assert answers(again) == [("duplicate", None)]
    assert results_of(server, task) == [(item["id"], device.id, True, False)]
    stored = server.sql("SELECT \"values\", handle_ms, user_id FROM results")
    assert len(stored) == 1 and stored[0][1] == 95_000 and stored[0][2] == center.people["Amina"]


def test_the_same_id_with_other_content_is_a_conflict_never_an_overwrite(server: Server, center: Center) -> None:
    device = center.enroll()
    [task] = center.tasks(1)
    device.take_tasks(1)
    item = device.result(task, center.people["Amina"])
    assert answers(device.push(item)) == [("applied", None)]
    changed = dict(item, body=dict(item["body"], values=dict(GOOD_ANSWER, category="billing")))
    assert answers(device.push(changed)) == [("conflict", "same_id_other_content")]
    other_user = dict(item, user_id=center.people["Priya"])
    assert answers(device.push(other_user)) == [("conflict", "same_id_other_content")]
    # Another device using the same id is a conflict too, even with the same content.
    thief = center.enroll()
    assert answers(thief.push(item)) == [("conflict", "same_id_other_content")]
    [(values,)] = server.sql("SELECT \"values\" FROM results")
    assert "account_access" in str(values)


def test_a_result_for_a_task_this_device_never_leased_is_rejected(server: Server, center: Center) -> None:
    holder, stranger = center.enroll(), center.enroll()
    leased, never_leased = center.tasks(2)
    assert [t["id"] for t in holder.take_tasks(1)] == [leased]
    reply = stranger.push(stranger.result(leased, center.people["Amina"]),
                          stranger.result(never_leased, center.people["Amina"]),
                          stranger.result("no-such-task", center.people["Amina"]))
    assert answers(reply) == [("rejected", "task_not_leased"), ("rejected", "task_not_leased"),
                              ("rejected", "task_unknown")]
    assert server.sql("SELECT count(*) FROM results")[0][0] == 0
    assert server.sql("SELECT status, lease_device_id FROM tasks WHERE id = :t", t=leased) == [("leased", holder.id)]


def test_a_result_for_a_task_of_another_center_is_rejected(server: Server, center: Center) -> None:
    other = server.center("Other Center")
    other_worker = other.person("Zawadi")
    [foreign_task] = other.tasks(1)
    assert other.enroll().take_tasks(1)
    device = center.enroll()
    reply = device.push(device.result(foreign_task, center.people["Amina"]),
                        device.result(foreign_task, other_worker))
    assert answers(reply) == [("rejected", "task_unknown"), ("rejected", "user_not_in_center")]


def test_results_by_people_of_another_center_or_without_a_task_role_are_rejected(server: Server,
                                                                                 center: Center) -> None:
    other = server.center("Other Center")
    stranger = other.person("Zawadi")
    admin = center.person("Daniel", role="center_admin")
    device = center.enroll()
    tasks = center.tasks(6)
    device.take_tasks(6)
    reply = device.push(
        device.result(tasks[0], stranger),
        device.result(tasks[1], center.people["Lakshmi"]),  # trainer
        device.result(tasks[2], admin),
        device.result(tasks[3], "no-such-user"),
        device.result(tasks[4], None),
        device.result(tasks[5], center.people["Grace"]),  # supervisors may work tickets
    )
    assert answers(reply) == [("rejected", "user_not_in_center"), ("rejected", "role_not_allowed"),
                              ("rejected", "role_not_allowed"), ("rejected", "user_not_in_center"),
                              ("rejected", "user_missing"), ("applied", None)]
    assert server.sql("SELECT count(*) FROM results")[0][0] == 1
    assert server.sql("SELECT count(*) FROM tasks WHERE status = 'leased'")[0][0] == 5


def test_invalid_results_are_rejected_with_a_reason(server: Server, center: Center) -> None:
    device = center.enroll()
    tasks = center.tasks(6)
    device.take_tasks(6)
    amina = center.people["Amina"]
    bad_category = device.result(tasks[0], amina, values=dict(GOOD_ANSWER, category="astrology"))
    missing_reply = device.result(tasks[1], amina, values={k: v for k, v in GOOD_ANSWER.items() if k != "reply_text"})
    unknown_field = device.result(tasks[2], amina, values=dict(GOOD_ANSWER, mood="happy"))
    mismatch = device.result(tasks[3], amina)
    mismatch["body"] = dict(mismatch["body"], result_id="something-else")
    naive_times = device.result(tasks[4], amina)
    naive_times["body"] = dict(naive_times["body"], started_at="2026-11-28T10:00:00")
    escalation = device.result(tasks[5], amina, topic="result.escalated",
                               values={"category": "billing", "priority": "high", "escalated": True,
                                       "internal_note": "Needs the billing team"})
    reply = device.push(bad_category, missing_reply, unknown_field, mismatch, naive_times, escalation)
    assert answers(reply) == [("rejected", "invalid_result:category"), ("rejected", "invalid_result:reply_text"),
                              ("rejected", "invalid_result:mood"), ("rejected", "result_id_mismatch"),
                              ("rejected", "bad_times"), ("applied", None)]
    assert server.sql("SELECT outcome FROM results") == [("escalated",)]
    # A rejected item sent again is rejected again, with the same reason, and still not applied.
    assert answers(device.push(bad_category)) == [("rejected", "invalid_result:category")]
    assert server.sql("SELECT count(*) FROM results")[0][0] == 1


def test_a_rejected_item_does_not_block_later_items_and_seq_moves_on(server: Server, center: Center) -> None:
    device = center.enroll()
    tasks = center.tasks(3)
    device.take_tasks(3)
    amina = center.people["Amina"]
    rejected = device.result(tasks[0], amina, values=dict(GOOD_ANSWER, category="nope"))
    event = {"id": "event-1", "seq": device.next_seq, "topic": "session.started", "user_id": amina,
             "created_at": "2026-11-28T09:00:00+03:00", "body": {"session_id": "s1"}}
    device.next_seq += 1
    later = [device.result(task, amina) for task in tasks[1:]]
    unknown = {"id": "odd-1", "seq": device.next_seq, "topic": "coffee.made", "created_at": "2026-11-28T09:00:00Z",
               "body": {}}
    # Items are applied in sequence order whatever their order in the body.
    reply = device.push(unknown, later[1], event, rejected, later[0])
    by_id = {answer["id"]: (answer["status"], answer.get("reason")) for answer in reply["answers"]}
    assert by_id == {rejected["id"]: ("rejected", "invalid_result:category"), event["id"]: ("applied", None),
                     later[0]["id"]: ("applied", None), later[1]["id"]: ("applied", None),
                     unknown["id"]: ("rejected", "unknown_topic")}
    assert reply["last_applied_seq"] == unknown["seq"] == 5
    assert server.sql("SELECT count(*) FROM results")[0][0] == 2
    assert server.sql("SELECT topic, client_time IS NOT NULL FROM events") == [("session.started", 1)]
    # An old item again does not move last_applied_seq back; pull reports it too.
    assert device.push(later[0])["last_applied_seq"] == 5
    assert device.pull()["last_applied_seq"] == 5
    assert server.sql("SELECT last_applied_seq FROM devices WHERE id = :d", d=device.id) == [(5,)]


def test_an_empty_push_answers_the_last_applied_seq(server: Server, center: Center) -> None:
    device = center.enroll()
    reply = device.push()
    assert reply["answers"] == [] and reply["last_applied_seq"] == 0
    assert reply["server_epoch"] == device.pull()["epoch"]


def test_a_skip_is_accepted_only_for_a_leased_task(server: Server, center: Center) -> None:
    device, other = center.enroll(), center.enroll()
    mine, theirs = center.tasks(2)
    device.take_tasks(1)
    other.take_tasks(1)

    def skip(task_id: str, seq: int) -> dict[str, object]:
        return {"id": f"skip-{task_id}", "seq": seq, "topic": "task.skipped", "user_id": center.people["Amina"],
                "created_at": "2026-11-28T09:00:00Z", "body": {"task_id": task_id, "reason": "language"}}

    assert answers(device.push(skip(mine, 1), skip(theirs, 2))) == [("applied", None),
                                                                    ("rejected", "task_not_leased")]
