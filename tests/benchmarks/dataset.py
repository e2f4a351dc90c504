"""The benchmark data folder: 100,000 realistic tickets queued through the real intake path.

Built once per run with ``IntakeService.import_tasks`` (the path sync and the demo seed use), then
copied for each benchmark so every measurement starts from the same file.
"""

from __future__ import annotations

import logging
import random
import shutil
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from deskclient.domain.tasks import SkipReason
from deskclient.domain.views import LoggedInUser
from deskclient.paths import DataFolder
from deskclient.services.auth import AuthService
from deskclient.services.context import ServiceContext, open_context
from deskclient.services.intake import IncomingTask, IntakeService
from deskclient.services.startup import StartupState, prepare_database
from deskclient.services.work import WorkService
from deskclient.store import health
from tests.factories import CENTER_ID, PIN, add_person

log = logging.getLogger(__name__)

TASK_COUNT = 100_000
CHUNK = 5_000
#: Tasks the claiming worker passed on before the benchmark (the claim query must step over them).
SKIPPED_BY_CLAIMER = 40
#: Share of tasks of a kind this client does not know (kept, never handed out).
UNKNOWN_KIND_SHARE = 0.01
CLAIMER = "Bench Claimer"
SUBMITTER = "Bench Submitter"
FALLBACK_PEOPLE = (
    "Amina Yusuf", "Priya Das", "Rahul Kumar", "Fatima Begum", "Sunita Devi", "Mohammed Ansari",
    "Kavita Singh", "Arjun Paswan", "Nasreen Khatun", "Deepak Yadav", "Rekha Kumari", "Imran Alam",
)

_FIRST = ("Asha", "Ravi", "Grace", "Joseph", "Meera", "Abdul", "Lakshmi", "Peter", "Zainab", "Vikram",
          "Esther", "Sanjay", "Halima", "Daniel", "Pooja", "Samuel", "Ruth", "Anil", "Mercy", "Kofi")
_LAST = ("Mwangi", "Sharma", "Otieno", "Patel", "Hossain", "Njoroge", "Reddy", "Achieng", "Mensah",
         "Gupta", "Wanjiru", "Chowdhury", "Okafor", "Iyer", "Kamau", "Banerjee", "Boateng", "Nair")
_DOMAINS = ("example.com", "mail.example.org", "inbox.example.net", "example.co.ke", "example.in")
_PRODUCTS = ("PesaPlus app", "HomeFibre 50", "SmartMeter S2", "ShopPay card", "TalkMore prepaid",
             "CloudDrive Basic", "SolarKit Mini", "LearnNow tablet", "AgriMarket app", "HealthLine plan")
_ISSUES = ("cannot log in", "charged twice", "no internet since yesterday", "app crashes on start",
           "refund not received", "password reset link expired", "device will not turn on",
           "suspicious transaction", "how do I change my plan", "slow connection in the evening",
           "order shows delivered but not received", "cannot update my phone number",
           "screen flickers after update", "meter shows wrong reading", "card blocked abroad")
_SENTENCES = (
    "I have been a customer for more than three years and this has never happened before.",
    "Since yesterday evening the problem comes back every time I try again.",
    "I already restarted the phone and reinstalled the application but nothing changed.",
    "The message on the screen says that an unknown error occurred and to try later.",
    "My neighbour has the same plan and for him everything works normally.",
    "I need this fixed quickly because I use it for my small shop every day.",
    "Last month I paid the full amount on time and I have the receipt from the agent.",
    "When I called the helpline the call was disconnected after twenty minutes of waiting.",
    "Please check my account and tell me what I should do next.",
    "I am attaching the reference number that the agent gave me at the counter.",
    "The amount was deducted from my balance but the service still shows as unpaid.",
    "I tried with the mobile data and with the wifi at the office and both fail.",
    "My daughter helped me to follow the steps from your website but it did not work.",
    "It worked for one day after the technician visited and then stopped again.",
    "I would like to know if there is a fee for changing the registered number.",
    "The light on the router keeps blinking red and the internet is not working at all.",
    "I received an SMS asking for my PIN and I am worried it was not from you.",
    "Kindly reverse the second payment because it was made by mistake.",
    "The update was installed automatically at night and since then the screen is dark.",
    "I live in a village far from the town and cannot come to the office easily.",
    "The agent told me that the problem is on your side and will be solved in two days.",
    "I have not been able to sell to my customers for three days because of this.",
    "Could you please send the instructions in simple words so that I can follow them.",
    "The app asks me to verify my identity but the code never arrives on my phone.",
    "Everything was fine until I changed the battery last week.",
    "I checked the settings as you suggested in the previous message and they are correct.",
    "This is the third time I am writing about the same problem without any answer.",
    "Please do not close the ticket before the problem is really solved.",
)
_GREETINGS = ("Hello,", "Dear support team,", "Hi,", "Good morning,", "Respected sir or madam,")
_SIGN_OFFS = ("Thank you.", "Regards,", "Waiting for your reply.", "Please help.", "Thanks in advance.")
_CHANNELS = ("email", "chat", "phone_transcript", "web_form")
_LANGUAGES = ("en", "en", "en", "hi", "bn", "sw")
_PRIORITIES = (("low", 20), ("normal", 50), ("high", 20), ("urgent", 10))


def generate_tickets(count: int, *, seed: int, now: datetime) -> Iterator[IncomingTask]:
    """``count`` varied support tickets, ~1-2 KB of payload each, deterministic for ``seed``."""
    rng = random.Random(seed)
    priorities = [name for name, _ in _PRIORITIES]
    weights = [weight for _, weight in _PRIORITIES]
    for number in range(count):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        product, issue = rng.choice(_PRODUCTS), rng.choice(_ISSUES)
        target = rng.randint(800, 1700)
        parts = [rng.choice(_GREETINGS), f"About my {product}: {issue}."]
        size = sum(len(part) + 1 for part in parts)
        while size < target:
            sentence = rng.choice(_SENTENCES)
            parts.append(sentence)
            size += len(sentence) + 1
        parts += [rng.choice(_SIGN_OFFS), f"{first} {last}"]
        payload = {
            "subject": f"{product}: {issue} (#{100000 + number})",
            "body": " ".join(parts),
            "customer_name": f"{first} {last}",
            "customer_email": f"{first}.{last}{rng.randint(1, 999)}@{rng.choice(_DOMAINS)}".lower(),
            "customer_phone": rng.choice(("+254 7", "+91 9", "+880 17")) + " ".join(
                str(rng.randint(100, 999)) for _ in range(3)),
            "product": product,
            "channel": rng.choice(_CHANNELS),
            "language": rng.choice(_LANGUAGES),
        }
        due_at = None
        if rng.random() < 0.6:  # the rest have no due date; a few are already overdue
            due_at = now + timedelta(minutes=rng.randint(-120, 72 * 60))
        kind = "support_ticket"
        if rng.random() < UNKNOWN_KIND_SHARE:
            kind = "data_label"
        yield IncomingTask(
            id=str(uuid.UUID(int=rng.getrandbits(128), version=4)), kind=kind, payload=payload,
            external_id=f"TCK-{100000 + number}", priority=rng.choices(priorities, weights)[0],
            due_at=due_at)


@dataclass
class BenchData:
    """The built data folder and who to act as."""

    folder: DataFolder
    claimer_id: str
    submitter_id: str
    task_count: int
    people: str
    build_seconds: float
    facts: dict[str, object] = field(default_factory=dict)


def build(root: Path, task_count: int = TASK_COUNT, seed: int = 2026) -> BenchData:
    """Create a migrated data folder under ``root`` holding ``task_count`` queued tickets."""
    started = time.perf_counter()
    folder = DataFolder(root).ensure()
    outcome = prepare_database(folder)
    if outcome.state is not StartupState.READY:
        raise RuntimeError(f"could not prepare the benchmark database: {outcome}")
    context = open_context(folder)
    try:
        people = _add_people(context)
        intake = IntakeService(context)
        intake.add_center(CENTER_ID, "Benchmark Center")
        claimer_id = add_person(context, CLAIMER)
        submitter_id = add_person(context, SUBMITTER)
        tickets = generate_tickets(task_count, seed=seed, now=context.now())
        added = 0
        for batch_number in range((task_count + CHUNK - 1) // CHUNK):
            chunk = [next(tickets) for _ in range(min(CHUNK, task_count - batch_number * CHUNK))]
            report = intake.import_tasks(CENTER_ID, f"bench batch {batch_number + 1}", chunk)
            if report.refused:
                raise RuntimeError(f"intake refused benchmark tickets: {report.refused[:3]}")
            added += report.added
        if added != task_count:
            raise RuntimeError(f"expected {task_count} tasks, intake added {added}")
        claimer = login(context, claimer_id)
        work = WorkService(context)
        for _ in range(SKIPPED_BY_CLAIMER):
            item = work.next_task(claimer)
            work.skip(claimer, item.task_id, SkipReason.LANGUAGE.value, "", active_ms=4_000)
        AuthService(context).logout(claimer, "logout")
    finally:
        context.database.dispose()
    health.checkpoint(folder.database)  # one self-contained file, cheap to copy
    return BenchData(folder=folder, claimer_id=claimer_id, submitter_id=submitter_id, task_count=task_count,
                     people=people, build_seconds=time.perf_counter() - started,
                     facts={"database_mb": round(folder.database.stat().st_size / 1e6, 1)})


def _add_people(context: ServiceContext) -> str:
    """The demo center's people (the real seed) when it is there, else a stand-in list."""
    try:
        from deskclient.demo.seed import seed_demo_center
    except ImportError as error:
        log.info("demo seed not importable (%s): using the benchmark's own people", error)
    else:
        try:
            seed_demo_center(context, ticket_count=0)
            return "demo seed"
        except Exception as error:  # a demo seed being written right now must not stop the run
            log.warning("demo seed failed (%s): using the benchmark's own people", error)
    IntakeService(context).add_center(CENTER_ID, "Benchmark Center")
    for name in FALLBACK_PEOPLE:
        add_person(context, name)
    return "benchmark stand-ins (demo seed not available)"


def login(context: ServiceContext, user_id: str) -> LoggedInUser:
    return AuthService(context).login(user_id, PIN)


def copy_folder(source: DataFolder, target_root: Path) -> DataFolder:
    """A fresh data folder whose database is a copy of ``source``'s (checkpointed) database."""
    target = DataFolder(target_root).ensure()
    for suffix in ("", "-wal"):
        origin = Path(f"{source.database}{suffix}")
        if origin.exists():
            shutil.copyfile(origin, Path(f"{target.database}{suffix}"))
    key_file = source.root / "data-key"  # the data key, when kept in a file (no keyring): same key id
    if key_file.exists():
        shutil.copy2(key_file, target.root / key_file.name)
    return target
