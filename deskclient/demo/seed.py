"""Fill an empty data folder with a demo center: people with PINs, canned replies, tickets."""

from __future__ import annotations

import uuid
from dataclasses import asdict

from deskclient.demo.content import demo_people, generate_canned_responses, generate_tickets
from deskclient.domain.credentials import make_verifier
from deskclient.services.context import ServiceContext
from deskclient.services.intake import IncomingTask, IntakeReport, IntakeService
from deskclient.store.models import User

DEMO_CENTER_ID = "00000000-0000-4000-8000-00000000c001"
DEMO_CENTER_NAME = "Demo Center, Kishanganj"
NAMESPACE = uuid.UUID("6f1c1f3e-5d0a-4d7e-9a53-0f8f3b2a7c10")
#: Some demo people work in their own language, to show the translations.
DEMO_LANGUAGES = {"priya.das": "bn", "rekha.kumari": "hi", "grace.wanjiru": "sw"}


def is_seeded(context: ServiceContext) -> bool:
    with context.database.read() as session:
        return session.query(User.id).limit(1).first() is not None


def seed_demo_center(context: ServiceContext, ticket_count: int = 240, seed: int = 7) -> IntakeReport:
    """Create the demo center; ids are derived from names so seeding twice changes nothing."""
    intake = IntakeService(context)
    intake.add_center(DEMO_CENTER_ID, DEMO_CENTER_NAME)
    for person in demo_people():
        intake.upsert_user(
            user_id=str(uuid.uuid5(NAMESPACE, f"user:{person.username}")), center_id=DEMO_CENTER_ID,
            username=person.username, display_name=person.display_name, role=person.role,
            verifier=make_verifier(person.pin), language=DEMO_LANGUAGES.get(person.username))
    intake.add_canned_responses("support_ticket", (asdict(response) for response in generate_canned_responses()))
    tickets = generate_tickets(ticket_count, seed=seed, now=context.now())
    return intake.import_tasks(DEMO_CENTER_ID, "Demo batch", (
        IncomingTask(id=str(uuid.uuid5(NAMESPACE, f"task:{ticket.external_id}")), kind=ticket.kind,
                     payload=ticket.payload, external_id=ticket.external_id, priority=ticket.priority,
                     due_at=ticket.due_at)
        for ticket in tickets), batch_id=str(uuid.uuid5(NAMESPACE, "batch:demo")))
