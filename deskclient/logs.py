"""Rotating log files in the data folder: enough history to diagnose a PC, never filling its disk.

Nothing secret belongs in a log: no device key, bearer token, enrollment code or PIN, and no
customer's personal data or reply text. The code logs ids, counts and states only; ``SecretFilter``
is the defence in depth that blanks what still looks like a secret (a bearer token, a
``device-secret``-like value, an enrollment code, a PIN verifier, SQL parameters in an error), and
the libraries that would log request or SQL contents at DEBUG are kept at WARNING.

``DESKCLIENT_LOG_LEVEL=DEBUG`` turns on debug logging for support.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
LEVEL_ENV = "DESKCLIENT_LOG_LEVEL"
REDACTED = "[redacted]"

#: Libraries whose DEBUG/INFO output can carry request lines, headers or SQL with its parameters
#: (SQLAlchemy logs every statement and its values as soon as its logger allows INFO).
QUIET_LOGGERS = ("urllib3", "requests", "sqlalchemy", "uvicorn.access", "httpx", "httpcore", "hpack", "multipart",
                 "python_multipart", "keyring")

_TOKEN = r"[A-Za-z0-9._~+/=-]+"
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "Authorization: Bearer <device id>.<secret>" and any other bearer/basic credential.
    (re.compile(rf"(?i)\b(bearer|basic)\s+{_TOKEN}"), rf"\1 {REDACTED}"),
    # device_secret=..., "device-secret": "...", secret: ..., pin=..., password=..., token=..., code=...
    (re.compile(r"""(?ix)
        (\b(?:device[_-]?secret|secret|password|passwd|pin|new[_-]?pin|token|access[_-]?token|api[_-]?key
            |authorization|enrol(?:l)?(?:ment)?[_-]?code|code)\b["']?\s*[:=]\s*["']?)
        (?!\[redacted\]|(?:bearer|basic)\s)[^\s"',;)}\]]+"""), rf"\1{REDACTED}"),
    # A token_urlsafe(32) value on its own (the device secret's shape): 43 URL-safe characters.
    (re.compile(r"(?<![A-Za-z0-9_-])(?=[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-]))(?=[^\s]*\d)[A-Za-z0-9_-]{43}"),
     REDACTED),
    # A one-time enrollment code: XXXX-XXXX-XXXX from the server's alphabet.
    (re.compile(r"\b[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}\b"), REDACTED),
    # A PIN verifier: scrypt$n=..,r=..,p=..$salt$key
    (re.compile(r"scrypt\$[^\s\"']+"), f"scrypt${REDACTED}"),
    # SQLAlchemy errors quote the statement's values: customer data.
    (re.compile(r"\[parameters: [^\n]*"), f"[parameters: {REDACTED}]"),
)


def redact(text: str) -> str:
    """``text`` with everything that looks like a secret replaced by ``[redacted]``."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class SecretFilter(logging.Filter):
    """Redacts the message, its arguments and any traceback of every record that passes."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep what there is, redacted
            message = f"{record.msg} {record.args}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def level_from_environment(default: int = logging.INFO) -> int:
    name = os.environ.get(LEVEL_ENV, "").strip().upper()
    level = logging.getLevelName(name) if name else default
    return level if isinstance(level, int) else default


def configure_logging(folder: Path, level: int | None = None) -> Path:
    """Log to ``folder/deskclient.log`` (5 x 1 MB), redacted; calling it again replaces the handler."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "deskclient.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(SecretFilter())
    handler.set_name("deskclient-file")
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == "deskclient-file"]:
        root.removeHandler(old)
        old.close()
    root.setLevel(level if level is not None else level_from_environment())
    root.addHandler(handler)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    return path
