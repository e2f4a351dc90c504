"""Push authorisation: every item's author is an active person of the device's center with a role allowed
for the topic; PIN changes, resets, languages and audit entries only by whom they may come from.

All over HTTP to the real server on loopback; a refusal is answered "rejected" with a reason and
leaves the database as it was.
"""

from __future__ import annotations

import uuid
from typing import Any

from deskclient.domain.credentials import make_verifier
from tests.factories import FAST_PARAMS
from tests.server.fixtures import Center, Device, Server, answers

NEW_VERIFIER = make_verifier("739251", FAST_PARAMS)


def item(device: Device, topic: str, user_id: str | None, body: dict[str, Any],
         item_id: str | None = None) -> dict[str, Any]:
    made = {"id": item_id or str(uuid.uuid4()), "seq": device.next_seq, "topic": topic, "user_id": user_id,
            "created_at": "2026-11-28T09:00:00+03:00", "body": body}
    device.next_seq += 1
    return made


def audit_item(device: Device, author: str | None, action: str = "login", **body: Any) -> dict[str, Any]:
    entry_id = str(uuid.uuid4())
    fields = {"id": entry_id, "at": "2026-11-28T09:00:00+03:00", "device_id": device.id, "user_id": author,
              "action": action, "subject": None, "detail": {}}
    fields.update(body)
    return item(device, "audit.event", author, fields, item_id=entry_id)


def user_row(server: Server, user_id: str) -> tuple[str, bool, str | None, int]:
    [(verifier, must_change, language, seq)] = server.sql(
        "SELECT verifier, must_change_secret, language, change_seq FROM users WHERE id = :u", u=user_id)
    return verifier, bool(must_change), language, seq


def test_forged_and_foreign_authors_are_rejected_for_every_topic(server: Server, center: Center) -> None:
    other = server.center("Other Center")
    stranger = other.person("Zawadi")
    device = center.enroll()
    amina = center.people["Amina"]
    center.person("Gone")
    server.sql("UPDATE users SET active = false WHERE id = :u", u=center.people["Gone"])
    reply = device.push(
        item(device, "session.started", "no-such-user", {"session_id": "s1"}),
        item(device, "session.started", stranger, {"session_id": "s2"}),
        item(device, "user.secret_changed", center.people["Gone"],
             {"user_id": center.people["Gone"], "verifier": NEW_VERIFIER}),
        item(device, "session.started", amina, {"session_id": "s3", "user_id": center.people["Priya"]}),
        item(device, "session.started", amina, {"session_id": "s4", "device_id": "another-pc"}),
        item(device, "session.started", None, {"session_id": "s5"}),
        item(device, "user.secret_changed", None, {"user_id": amina, "verifier": NEW_VERIFIER}),
        item(device, "session.ended", center.people["Gone"], {"session_id": "s6", "reason": "logout"}),
    )
    assert answers(reply) == [("rejected", "user_not_in_center"), ("rejected", "user_not_in_center"),
                              ("rejected", "user_inactive"), ("rejected", "user_mismatch"),
                              ("rejected", "device_mismatch"), ("rejected", "user_missing"),
                              ("rejected", "user_missing"), ("applied", None)]
    assert server.sql("SELECT body FROM events") != [] and len(server.sql("SELECT id FROM events")) == 1


def test_work_done_before_a_person_was_switched_off_is_kept(server: Server, center: Center) -> None:
    device = center.enroll()
    [task] = center.tasks(1)
    device.take_tasks(1)
    leaving = center.people["Amina"]
    server.sql("UPDATE users SET active = false WHERE id = :u", u=leaving)
    assert answers(device.push(device.result(task, leaving))) == [("applied", None)]
    assert server.sql("SELECT count(*) FROM results")[0][0] == 1


def test_a_result_by_one_person_in_the_name_of_another_is_rejected(server: Server, center: Center) -> None:
    device = center.enroll()
    [task] = center.tasks(1)
    device.take_tasks(1)
    forged = device.result(task, center.people["Amina"])
    forged["body"] = dict(forged["body"], user_id=center.people["Priya"])
    assert answers(device.push(forged)) == [("rejected", "user_mismatch")]
    assert server.sql("SELECT count(*) FROM results")[0][0] == 0


def test_a_person_changes_only_their_own_pin(server: Server, center: Center) -> None:
    device = center.enroll()
    amina, priya = center.people["Amina"], center.people["Priya"]
    server.sql("UPDATE users SET must_change_secret = true WHERE id = :u", u=amina)
    before = user_row(server, amina)
    reply = device.push(
        item(device, "user.secret_changed", priya, {"user_id": amina, "verifier": NEW_VERIFIER}),
        item(device, "user.secret_changed", amina, {"user_id": amina, "verifier": "md5$nope"}),
        item(device, "user.secret_changed", amina, {"user_id": amina, "verifier": NEW_VERIFIER,
                                                     "changed_at": "2026-11-28T09:00:00+03:00"}),
    )
    assert answers(reply) == [("rejected", "user_mismatch"), ("rejected", "bad_verifier"), ("applied", None)]
    verifier, must_change, _language, seq = user_row(server, amina)
    assert (verifier, must_change) == (NEW_VERIFIER, False) and seq > before[3]
    # Every PC of the center learns it at its next pull, the flag too.
    other_pc = center.enroll()
    [amina_data] = [change["user"] for change in other_pc.pull_all() if change["type"] == "user"
                    and change["user"]["id"] == amina]
    assert amina_data["verifier"] == NEW_VERIFIER and amina_data["must_change_secret"] is False


def test_who_may_reset_whose_pin(server: Server, center: Center) -> None:
    device = center.enroll()
    other = server.center("Other Center")
    foreign_worker = other.person("Zawadi")
    admin = center.person("Daniel", role="center_admin")
    other_supervisor = center.person("Halima", role="supervisor")
    grace, amina, lakshmi = center.people["Grace"], center.people["Amina"], center.people["Lakshmi"]

    def reset(by: str, target: str, verifier: str = NEW_VERIFIER, author: str | None = None) -> dict[str, Any]:
        return item(device, "user.secret_reset", author or by, {"user_id": target, "verifier": verifier, "by": by})

    reply = device.push(
        reset(amina, center.people["Priya"]),  # a worker may not reset anybody
        reset(lakshmi, amina),  # nor a trainer
        reset(grace, other_supervisor),  # a supervisor resets workers only
        reset(grace, grace),
        reset(grace, foreign_worker),  # nobody of another center
        reset(grace, amina, author=other_supervisor),  # "by" must be the author
        reset(grace, amina, verifier="plain-text"),
        reset(grace, amina),
        reset(admin, other_supervisor),  # the center admin may reset a supervisor
    )
    assert answers(reply) == [("rejected", "role_not_allowed"), ("rejected", "role_not_allowed"),
                              ("rejected", "reset_not_allowed"), ("rejected", "reset_not_allowed"),
                              ("rejected", "user_not_in_center"), ("rejected", "user_mismatch"),
                              ("rejected", "bad_verifier"), ("applied", None), ("applied", None)]
    assert user_row(server, amina)[:2] == (NEW_VERIFIER, True)
    assert user_row(server, other_supervisor)[:2] == (NEW_VERIFIER, True)
    assert user_row(server, foreign_worker)[:2] != (NEW_VERIFIER, True)
    assert user_row(server, lakshmi)[1] is False


def test_a_language_is_chosen_only_by_the_person(server: Server, center: Center) -> None:
    device = center.enroll()
    amina, priya = center.people["Amina"], center.people["Priya"]
    seq = user_row(server, amina)[3]
    reply = device.push(
        item(device, "user.preferences", priya, {"user_id": amina, "language": "bn"}),
        item(device, "user.preferences", amina, {"user_id": amina, "language": "x" * 40}),
        item(device, "user.preferences", amina, {"user_id": amina, "language": "bn"}),
    )
    assert answers(reply) == [("rejected", "user_mismatch"), ("rejected", "bad_language"), ("applied", None)]
    language, changed_at_seq = user_row(server, amina)[2:]
    [(center_seq,)] = server.sql("SELECT change_seq FROM centers WHERE id = :c", c=center.id)
    assert (language, changed_at_seq) == ("bn", center_seq) and changed_at_seq > seq
    assert user_row(server, priya)[2] is None


def test_audit_entries_are_kept_once_with_the_device_and_center(server: Server, center: Center) -> None:
    device = center.enroll()
    amina = center.people["Amina"]
    login = audit_item(device, amina, "login", subject="session-1")
    enrolled = audit_item(device, None, "enrollment", detail={"server": "https://central"})
    first = device.push(login, enrolled)
    assert answers(first) == [("applied", None), ("applied", None)]
    again = device.push(login)
    assert answers(again) == [("duplicate", None)]
    rows = server.sql("SELECT id, center_id, device_id, user_id, source, action, subject FROM audit_events "
                      "WHERE source = 'device' ORDER BY action")
    assert rows == [(enrolled["id"], center.id, device.id, None, "device", "enrollment", None),
                    (login["id"], center.id, device.id, amina, "device", "login", "session-1")]


def test_bad_or_foreign_audit_entries_are_rejected(server: Server, center: Center) -> None:
    device = center.enroll()
    stranger = server.center("Other Center").person("Zawadi")
    amina = center.people["Amina"]
    reply = device.push(
        audit_item(device, stranger),
        audit_item(device, amina, action="DROP TABLE"),
        audit_item(device, amina, at="yesterday"),
        audit_item(device, amina, detail={"blob": "x" * 5000}),
        audit_item(device, amina, device_id="someone-elses-pc"),
        audit_item(device, None, user_id=amina),
        audit_item(device, amina, id="another-id"),
        audit_item(device, center.people["Lakshmi"], action="login_failed"),  # every role's acts are audited
    )
    assert answers(reply) == [("rejected", "user_not_in_center"), ("rejected", "bad_audit_entry"),
                              ("rejected", "bad_times"), ("rejected", "bad_audit_entry"),
                              ("rejected", "device_mismatch"), ("rejected", "user_mismatch"),
                              ("rejected", "audit_id_mismatch"), ("applied", None)]
    assert server.sql("SELECT action FROM audit_events WHERE source = 'device'") == [("login_failed",)]
