"""Deterministic, realistic demo content: support tickets, canned replies and the people of a center.

Everything is generated from a seeded :class:`random.Random`, so the same ``seed`` (and ``now``) always
gives the same tickets, and a shorter run is a prefix of a longer one. Tickets are composed from the
tables in :mod:`deskclient.demo.ticket_phrases`: about 80% English, 10% Bengali and 10% Hindi. A few
English bodies carry text that must be shown safely (HTML tags, a script tag, a URL, a very long line);
all values are plain strings.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from deskclient.demo import ticket_phrases as tp

CATEGORIES: tuple[str, ...] = ("account_access", "billing", "connectivity", "device_setup", "software_bug",
                               "how_to", "hardware_fault", "security", "other")
PRIORITIES: tuple[str, ...] = ("low", "normal", "high", "urgent")
CHANNELS: tuple[str, ...] = ("email", "chat", "phone_transcript", "web_form")
LANGUAGES: tuple[str, ...] = ("en", "bn", "hi")
TICKET_KIND = "support_ticket"
PAYLOAD_KEYS: tuple[str, ...] = ("subject", "body", "customer_name", "customer_email", "customer_phone",
                                 "product", "channel", "language")
#: Placeholders a canned response may use (``str.format`` named style).
CANNED_PLACEHOLDERS: frozenset[str] = frozenset({"customer_name", "product", "agent_name", "ticket_subject"})
#: A due date, when a ticket has one, lies this far after ``now``.
MIN_DUE = timedelta(hours=2)
MAX_DUE = timedelta(days=5)

_CATEGORY_WEIGHTS = {"account_access": 14, "billing": 14, "connectivity": 13, "device_setup": 10,
                     "software_bug": 13, "how_to": 13, "hardware_fault": 8, "security": 8, "other": 7}
#: Weights of low, normal, high, urgent per category.
_PRIORITY_WEIGHTS = {"account_access": (1, 4, 4, 2), "billing": (1, 4, 4, 1), "connectivity": (1, 4, 4, 2),
                     "device_setup": (3, 5, 2, 0), "software_bug": (2, 5, 3, 1), "how_to": (6, 4, 1, 0),
                     "hardware_fault": (2, 4, 3, 1), "security": (0, 2, 4, 4), "other": (5, 4, 1, 0)}
#: Due-date window in minutes after ``now`` per priority.
_DUE_MINUTES = {"urgent": (120, 720), "high": (120, 2880), "normal": (240, 5760), "low": (720, 7200)}
_CHANNEL_WEIGHTS = {"email": 35, "chat": 25, "phone_transcript": 15, "web_form": 25}
_SENTENCE_WEIGHTS = {1: 1, 2: 3, 3: 4, 4: 4, 5: 3, 6: 2}
_NO_DUE_DATE_SHARE = 0.25
_TYPO_SHARE = 0.18
_RANDOM_TRICK_SHARE = 0.03
_TRICK_KINDS = ("html", "img", "url", "long", "script")
#: Tricky text is guaranteed once each, in the first English ticket at or after these positions.
_FORCED_TRICKS = ((2, "html"), (6, "img"), (10, "url"), (15, "long"), (21, "script"))
_PRODUCTS = {product.key: product for product in tp.PRODUCTS}
_NATIVE_REGION = {"bn": "bengali", "hi": "hindi"}
_TYPO_WORD = re.compile(r"\b[a-z]{5,}\b")

_T = TypeVar("_T")


@dataclass(frozen=True)
class DemoTicket:
    """A generated support ticket, shaped like one coming from the server."""

    external_id: str
    kind: str
    payload: dict[str, str] = field(hash=False)
    priority: str
    due_at: datetime | None
    #: The category that fits the customer's problem (the answer key for gold tasks).
    expected_category: str


@dataclass(frozen=True)
class DemoCannedResponse:
    """An English canned reply; ``body`` uses only the placeholders in :data:`CANNED_PLACEHOLDERS`."""

    code: str
    title: str
    category: str | None
    body: str


@dataclass(frozen=True)
class DemoPerson:
    """A person of the demo center and the PIN they log in with."""

    username: str
    display_name: str
    role: str
    pin: str


@dataclass(frozen=True)
class _Customer:
    name: str
    first: str
    email: str
    phone: str
    country: tp.Country


def generate_tickets(count: int, seed: int = 7, now: datetime | None = None) -> list[DemoTicket]:
    """Return ``count`` varied support tickets; the same ``seed`` and ``now`` give the same tickets.

    ``now`` defaults to the current time; a naive ``now`` is taken as UTC. Due dates are UTC and lie
    between :data:`MIN_DUE` and :data:`MAX_DUE` after ``now``, or are None for about a quarter.
    """
    if count < 0:
        raise ValueError("count must not be negative")
    rng = random.Random(seed)
    now_utc = _as_utc(now)
    pending = list(_FORCED_TRICKS)
    tickets: list[DemoTicket] = []
    native_slots: dict[int, str] = {}
    for index in range(count):
        if index % 10 == 0:
            native_slots = _native_slots(rng)
        language = native_slots.get(index % 10, "en")
        trick: str | None = None
        if language == "en":
            if pending and index >= pending[0][0]:
                trick = pending.pop(0)[1]
            elif rng.random() < _RANDOM_TRICK_SHARE:
                trick = rng.choice(_TRICK_KINDS)
        tickets.append(_make_ticket(index, language, trick, rng, now_utc))
    return tickets


def generate_canned_responses() -> list[DemoCannedResponse]:
    """Return the English canned replies of the demo center."""
    return [DemoCannedResponse(code, title, category, body) for code, title, category, body in _CANNED]


def demo_people() -> list[DemoPerson]:
    """Return the demo center's people: three workers, a supervisor, a trainer and a center admin."""
    return [
        DemoPerson("amina.yusuf", "Amina Yusuf", "worker", "482915"),
        DemoPerson("priya.das", "Priya Das", "worker", "730264"),
        DemoPerson("rekha.kumari", "Rekha Kumari", "worker", "615839"),
        DemoPerson("grace.wanjiru", "Grace Wanjiru", "supervisor", "904172"),
        DemoPerson("lakshmi.iyer", "Lakshmi Iyer", "trainer", "258347"),
        DemoPerson("daniel.mwangi", "Daniel Mwangi", "center_admin", "396501"),
    ]


# --------------------------------------------------------------------------------------------
# Ticket composition
# --------------------------------------------------------------------------------------------


def _make_ticket(index: int, language: str, trick: str | None, rng: random.Random,
                 now: datetime) -> DemoTicket:
    category = _weighted(rng, _CATEGORY_WEIGHTS)
    customer = _make_customer(rng, _NATIVE_REGION.get(language) or _weighted(rng, tp.ENGLISH_REGION_WEIGHTS))
    channel = _weighted(rng, _CHANNEL_WEIGHTS)
    if language == "en":
        product, subject, text, tone = _english(rng, category, customer, channel, trick, now)
    else:
        product, subject, text = _native(rng, language, category, customer, channel, now)
        tone = "polite"
    priority = _pick_priority(rng, category, tone)
    payload = {
        "subject": subject, "body": text, "customer_name": customer.name, "customer_email": customer.email,
        "customer_phone": customer.phone, "product": product.name, "channel": channel, "language": language,
    }
    return DemoTicket(external_id=f"DEMO-{index + 1:06d}", kind=TICKET_KIND, payload=payload,
                      priority=priority, due_at=_pick_due(rng, priority, now), expected_category=category)


def _english(rng: random.Random, category: str, customer: _Customer, channel: str, trick: str | None,
             now: datetime) -> tuple[tp.Product, str, str, str]:
    product = rng.choice([p for p in tp.PRODUCTS if _problems(p, category)])
    problem = rng.choice(_problems(product, category))
    tone = "polite" if problem.polite_only else tp.TONES[_weighted_index(rng, tp.TONE_WEIGHTS)]
    values = _values(rng, product, customer, now)

    subject = "".join((rng.choice(tp.SUBJECT_PREFIXES[tone]), rng.choice(problem.subjects),
                       rng.choice(tp.SUBJECT_SUFFIXES)))
    if tone == "angry" and rng.random() < 0.3:
        subject += rng.choice(("!", "!!", "!!!"))
    subject = subject.format_map(values)
    if channel == "chat" and rng.random() < 0.3:
        subject = subject.lower()

    budget = _weighted(rng, _SENTENCE_WEIGHTS) - (1 if trick else 0)
    closing = rng.choice(tp.CLOSINGS[tone]) if budget >= 2 and rng.random() < 0.6 else None
    budget -= closing is not None
    lead = rng.choice(tp.LEAD_INS[tone]) if budget >= 3 and rng.random() < 0.4 else None
    budget -= lead is not None
    facts = [problem.facts[0], *_ordered_sample(rng, problem.facts[1:], max(0, budget - 1))]
    budget -= len(facts)
    extra = rng.choice(tp.EXTRAS) if budget > 0 and rng.random() < 0.7 else None
    sentences = [s.format_map(values) for s in (lead, *facts, extra, closing) if s]
    if rng.random() < _TYPO_SHARE:
        for _ in range(rng.randint(1, 2)):
            position = rng.randrange(len(sentences))
            sentences[position] = _add_typo(sentences[position], rng)
    if trick:
        sentences.insert(1 + len(facts) - (lead is None), _tricky_text(trick, rng, product, values))
    text = " ".join(sentences)
    if channel == "chat" and rng.random() < 0.4:
        text = re.sub(r"\bI\b", "i", text).rstrip(".")
    greeting = rng.choice(tp.GREETINGS[tone]) if rng.random() < 0.65 else None
    sign_off = rng.choice(tp.SIGN_OFFS).format_map(values) if rng.random() < 0.55 else None
    return product, subject, _layout(rng, "en", channel, greeting, text, sign_off, values), tone


def _native(rng: random.Random, language: str, category: str, customer: _Customer, channel: str,
            now: datetime) -> tuple[tp.Product, str, str]:
    template = rng.choice([t for t in tp.NATIVE_TEMPLATES[language] if t.category == category])
    product = _PRODUCTS[rng.choice(template.products)]
    values = _values(rng, product, customer, now)
    values["amount"] = f"{rng.randint(10, 250) * 10 - rng.choice((0, 1)):,}"
    subject = rng.choice(template.subjects) + rng.choice(("", "", "", " - {product}", " ({order})"))
    facts = [template.facts[0], *_ordered_sample(rng, template.facts[1:], rng.randint(0, 2))]
    if rng.random() < 0.5:
        facts.append(rng.choice(tp.NATIVE_CLOSINGS[language]))
    text = " ".join(fact.format_map(values) for fact in facts)
    greeting = rng.choice(tp.NATIVE_GREETINGS[language]) if rng.random() < 0.6 else None
    sign_off = customer.name if rng.random() < 0.4 else None
    body = _layout(rng, language, channel, greeting, text, sign_off, values)
    return product, subject.format_map(values), body


def _layout(rng: random.Random, language: str, channel: str, greeting: str | None, text: str,
            sign_off: str | None, values: Mapping[str, str]) -> str:
    """Shape the message the way its channel delivers it."""
    if channel == "phone_transcript":
        header, customer_label, agent_lines = tp.TRANSCRIPT[language]
        agent = rng.choice(agent_lines).format_map(values)
        return f"{header}\n{customer_label} {text}\n{agent}"
    if channel == "chat":
        return f"{greeting} {text}" if greeting and rng.random() < 0.3 else text
    parts = [part for part in (greeting, text, sign_off) if part]
    return "\n\n".join(parts)


def _problems(product: tp.Product, category: str) -> list[tp.Problem]:
    specific = tp.SPECIFIC_PROBLEMS.get(product.key, {}).get(category, ())
    generic = [p for p in tp.GENERIC_PROBLEMS[category] if p.traits <= product.traits]
    return [*specific, *generic]


def _values(rng: random.Random, product: tp.Product, customer: _Customer, now: datetime) -> dict[str, str]:
    """Detail values for one ticket's templates."""
    day = now - timedelta(days=rng.randint(1, 20))
    date_styles = (f"{day.day} {tp.MONTHS[day.month - 1]}", f"{tp.MONTHS[day.month - 1]} {day.day}",
                   f"{day:%d/%m/%Y}")
    digits = re.sub(r"\D", "", customer.phone)
    serial_chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return {
        "product": product.name,
        "order": f"{product.ref_prefix}-{rng.randint(10**7, 10**8 - 1)}",
        "error": rng.choice(product.error_codes),
        "model": rng.choice(tp.PHONE_MODELS),
        "serial": product.serial_prefix + "".join(rng.choice(serial_chars) for _ in range(8)),
        "date": rng.choice(date_styles),
        "amount": _amount(rng, customer.country),
        "n": str(rng.randint(2, 6)),
        "wait": str(rng.choice((5, 10, 15, 20, 30))),
        "days": str(rng.randint(4, 15)),
        "pct": str(rng.randint(12, 97)),
        "time": rng.choice(tp.TIMES),
        "last4": digits[-4:],
        "cust_id": f"C{rng.randint(10**6, 10**7 - 1)}",
        "phone": customer.phone,
        "nth": rng.choice(tp.ORDINALS),
        "name": customer.name,
        "first": customer.first,
    }


def _tricky_text(kind: str, rng: random.Random, product: tp.Product, values: Mapping[str, str]) -> str:
    """Text that a careless UI would render as markup or that breaks a naive layout."""
    if kind == "html":
        return rng.choice(("The order page shows the name with the tags visible, like <b>bold</b> text.",
                           "I copied the message exactly: <b>Payment pending</b> <i>do not retry</i>."))
    if kind == "img":
        return 'I tried to paste a screenshot, but only this came through: <img src="http://example.com/x.png">'
    if kind == "script":
        return 'A box on the page showed this text: <script>alert("hello")</script> & nothing else.'
    if kind == "url":
        slug = product.key + "-" + values["error"].lower().replace("_", "-")
        return rng.choice((f"I followed the steps on https://example.com/help/{slug}?lang=en&ref=ticket "
                           "but it did not help.",
                           f"The SMS had this link: http://{product.key}-secure-login.example.net/verify"
                           f"?acct={values['cust_id']}&otp=1 - is it safe?"))
    token = "".join(rng.choice("0123456789abcdef") for _ in range(160))
    layers = ("ui", "net", "core", "sync")
    frames = " -> ".join(f"{product.key}.{rng.choice(layers)}.{name}:{rng.randint(10, 900)}"
                         for name in ("main", "dispatch", "handle", "request", "retry", "fail", "report"))
    return (f"Here is everything the screen showed: ERROR {values['error']} session={token} "
            f"trace={frames} device={values['model']} build=4.{rng.randint(0, 30)}.{rng.randint(0, 99)}"
            f" locale=en_IN status=FAILED retry=false")


def _add_typo(sentence: str, rng: random.Random) -> str:
    """Swap, drop or double one letter of a lowercase word, as hurried typing does."""
    words = list(_TYPO_WORD.finditer(sentence))
    if not words:
        return sentence
    match = rng.choice(words)
    word, k = match.group(), rng.randrange(1, len(match.group()) - 1)
    swapped = word[:k] + word[k + 1] + word[k] + word[k + 2:]
    dropped = word[:k] + word[k + 1:]
    doubled = word[:k] + word[k] + word[k:]
    return sentence[:match.start()] + rng.choice((swapped, dropped, doubled)) + sentence[match.end():]


def _pick_priority(rng: random.Random, category: str, tone: str) -> str:
    rank = _weighted_index(rng, _PRIORITY_WEIGHTS[category])
    if tone == "angry" and rng.random() < 0.5:
        rank = min(rank + 1, len(PRIORITIES) - 1)
    return PRIORITIES[rank]


def _pick_due(rng: random.Random, priority: str, now: datetime) -> datetime | None:
    if rng.random() < _NO_DUE_DATE_SHARE:
        return None
    low, high = _DUE_MINUTES[priority]
    return now + timedelta(minutes=rng.randint(low, high))


def _native_slots(rng: random.Random) -> dict[int, str]:
    """Where in the next ten tickets the Bengali and the Hindi one go (about 10% each)."""
    bengali, hindi = rng.sample(range(10), 2)
    return {bengali: "bn", hindi: "hi"}


# --------------------------------------------------------------------------------------------
# Customers
# --------------------------------------------------------------------------------------------


def _make_customer(rng: random.Random, region_key: str) -> _Customer:
    region = tp.REGIONS[region_key]
    first, last = rng.choice(region.first_names), rng.choice(region.last_names)
    country = rng.choice(region.countries)
    phone = "".join(str(rng.randint(0, 9)) if c == "#" else c for c in rng.choice(country.phone_patterns))
    return _Customer(f"{first} {last}", first, _make_email(rng, first, last), phone, country)


def _make_email(rng: random.Random, first: str, last: str) -> str:
    f, last_ascii = _ascii(first), _ascii(last)
    local = rng.choice((f"{f}.{last_ascii}", f"{f}{last_ascii[0]}", f"{f}_{last_ascii}{rng.randint(1, 99)}",
                        f"{f[0]}{last_ascii}", f"{last_ascii}.{f}{rng.randint(70, 99)}"))
    return f"{local}@{rng.choice(tp.EMAIL_DOMAINS)}"


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", folded.lower()) or "customer"


def _amount(rng: random.Random, country: tp.Country) -> str:
    whole = rng.randint(country.low, country.high)
    if not country.cents:
        return f"{country.currency}{max(country.low, whole // 10 * 10 - rng.choice((0, 1, 1))):,}"
    text = f"{whole:,}.{rng.choice((0, 50, 90, 99)):02d}"
    if country.decimal_comma:
        text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return country.currency + text


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def _as_utc(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(UTC)
    return now.replace(tzinfo=UTC) if now.tzinfo is None else now.astimezone(UTC)


def _weighted(rng: random.Random, weights: Mapping[_T, int]) -> _T:
    keys = list(weights)
    return keys[_weighted_index(rng, [weights[key] for key in keys])]


def _weighted_index(rng: random.Random, weights: Sequence[int]) -> int:
    return rng.choices(range(len(weights)), weights=weights)[0]


def _ordered_sample(rng: random.Random, items: Sequence[str], k: int) -> list[str]:
    """Up to ``k`` of ``items``, keeping their order (the facts of a problem build on each other)."""
    chosen = sorted(rng.sample(range(len(items)), min(k, len(items))))
    return [items[i] for i in chosen]


_CLOSE = "\n\nKind regards,\n{agent_name}"

_CANNED: tuple[tuple[str, str, str | None, str], ...] = (
    ("ACK_RECEIVED", "Acknowledge a new ticket", None,
     "Hello {customer_name},\n\nThank you for contacting us about \"{ticket_subject}\". We have received "
     "your "
     "request about {product} and are looking into it now. We will write again as soon as we have an update."
     + _CLOSE),
    ("NEED_MORE_INFO", "Ask for more details", None,
     "Hello {customer_name},\n\nThank you for your message about {product}. To help you quickly, please "
     "reply "
     "with:\n1. The exact error message or a photo of the screen.\n2. The date and time the problem "
     "started.\n"
     "3. Your phone or device model.\n\nWe will continue as soon as we hear from you." + _CLOSE),
    ("PASSWORD_RESET", "Password reset steps", "account_access",
     "Hello {customer_name},\n\nTo reset your {product} password:\n1. Open {product} and tap \"Forgot "
     "password\".\n2. Enter your registered phone number or e-mail.\n3. Open the newest reset link we send "
     "(older links stop working).\n4. Choose a new password of at least 8 characters.\n\nIf the link brings "
     "you back to the same page, clear the browser history or try another browser, then ask for a new link."
     + _CLOSE),
    ("OTP_NOT_ARRIVING", "OTP does not arrive", "account_access",
     "Hello {customer_name},\n\nSorry that the verification code for {product} is not reaching you. Please "
     "check that your phone has signal and free space for SMS, wait 5 minutes before asking for a new code, "
     "and make sure the number on your account is correct. If you changed your number, reply to this "
     "message and we will help you update it." + _CLOSE),
    ("ACCOUNT_UNLOCKED", "Account unlocked", "account_access",
     "Hello {customer_name},\n\nWe have unlocked your {product} account. Please log in again and, if you are "
     "not sure of your password, use \"Forgot password\" instead of trying several times, as repeated wrong "
     "attempts lock the account again for 24 hours." + _CLOSE),
    ("REFUND_DUPLICATE", "Refund of a double charge", "billing",
     "Hello {customer_name},\n\nWe checked your payment and confirm that you were charged twice. We have "
     "asked "
     "for the extra payment to be refunded to the original payment method. Refunds usually reach your "
     "account "
     "within 5 to 7 working days; your bank may show it under a different name." + _CLOSE),
    ("REFUND_STATUS", "Refund status update", "billing",
     "Hello {customer_name},\n\nThank you for your patience regarding \"{ticket_subject}\". Your refund for "
     "{product} has been approved and sent. If it has not arrived in 7 working days, please send us a copy "
     "of your bank statement for those days and we will follow it up with the bank." + _CLOSE),
    ("ROUTER_POWER_CYCLE", "Restart the router", "connectivity",
     "Hello {customer_name},\n\nPlease try these steps with your {product}:\n1. Switch the router off at the "
     "wall and wait 30 seconds.\n2. Check that the cable from outside is firmly in the port marked WAN.\n"
     "3. Switch it on and wait 3 minutes for the lights to settle.\n\nIf the internet light is still red, "
     "reply with the colour of each light and we will book a technician." + _CLOSE),
    ("SLOW_CONNECTION", "Slow connection checks", "connectivity",
     "Hello {customer_name},\n\nWe are sorry the connection is slow. Please restart your device, move "
     "closer to "
     "the router or to an open window for mobile signal, and close apps that download in the background. "
     "We have also asked our network team to check the area around you." + _CLOSE),
    ("SETUP_GUIDE", "First-time set-up guide", "device_setup",
     "Hello {customer_name},\n\nHere is how to finish setting up {product}:\n1. Charge or connect the "
     "device to "
     "power.\n2. Choose your language and connect to your Wi-Fi.\n3. Sign in with your account, or create "
     "one.\n4. Install any updates it offers before you start using it.\n\nIf a step does not work, tell us "
     "which step and what the screen shows." + _CLOSE),
    ("APP_REINSTALL", "Update or reinstall the app", "software_bug",
     "Hello {customer_name},\n\nPlease update {product} to the newest version from your app store. If the "
     "problem continues, open the phone settings, go to Apps > {product} > Storage, tap \"Clear cache\", and "
     "restart the phone. Your account data is safe on our servers and will come back when you log in."
     + _CLOSE),
    ("BUG_ESCALATED", "Fault passed to engineers", "software_bug",
     "Hello {customer_name},\n\nThank you for reporting \"{ticket_subject}\". We could reproduce the problem "
     "and have passed it to the {product} engineering team. We will let you know when a fix is available. "
     "We are sorry for the trouble." + _CLOSE),
    ("HOW_TO_EXPORT_CONTACTS", "How to export contacts", "how_to",
     "Hello {customer_name},\n\nTo export your contacts from {product}:\n1. Open the menu and choose "
     "\"Settings\".\n2. Tap \"Contacts\", then \"Export\".\n3. Choose \"vCard file (.vcf)\" and save it.\n\n"
     "You can open this file on your new phone to import all contacts at once." + _CLOSE),
    ("HOW_TO_GENERAL", "General how-to answer", "how_to",
     "Hello {customer_name},\n\nThank you for your question about {product}. You will find the option under "
     "Menu > Settings. If you cannot see it, please update {product} first, as older versions do not have "
     "it. "
     "Reply to this message if you would like us to call you and go through it together." + _CLOSE),
    ("REPAIR_ARRANGED", "Repair or replacement", "hardware_fault",
     "Hello {customer_name},\n\nWe are sorry your {product} is damaged. Please bring it with the bill or "
     "warranty card to your nearest help centre. If it is under warranty, the repair is free; otherwise we "
     "will tell you the cost before any work is done." + _CLOSE),
    ("PHISHING_WARNING", "Phishing warning", "security",
     "Hello {customer_name},\n\nThank you for checking with us. This message did not come from {product}. We "
     "never ask for your password, PIN or OTP by e-mail, SMS or phone. Please delete it and do not open its "
     "links. If you already shared any code, change your password now and reply so we can protect your "
     "account." + _CLOSE),
    ("ACCOUNT_SECURED", "Account secured after suspicious activity", "security",
     "Hello {customer_name},\n\nWe have signed out all devices from your {product} account and blocked new "
     "payments for 24 hours. Please set a new password that you do not use anywhere else. We are reviewing "
     "the transactions you reported and will write to you within 2 working days." + _CLOSE),
    ("RESOLVED_CLOSING", "Ticket resolved", None,
     "Hello {customer_name},\n\nWe are glad the problem \"{ticket_subject}\" is solved. We will close this "
     "ticket now; if anything about {product} goes wrong again, simply reply to this message." + _CLOSE),
)
