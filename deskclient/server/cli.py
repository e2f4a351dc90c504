"""The ``deskclient-server`` command: run and administer a central server.

Every command takes ``--db URL`` (a SQLAlchemy URL; default: ``server.sqlite3`` in the data folder,
``$DESKCLIENT_HOME`` honoured). PostgreSQL looks like ``postgresql+psycopg://user@host:5432/name``.

    deskclient-server init                                   create or upgrade the schema
    deskclient-server serve [--host 127.0.0.1] [--port 8765] [--public]
    deskclient-server add-center NAME [--lease-hours 72] [--device-budget 500]
    deskclient-server enrollment-code --center ID            a new one-time code for one more PC
    deskclient-server add-user --center ID --role ROLE --username U [--display-name N] [--language bn]
                               [--no-pin-change]             (the PIN or password is read from stdin; the
                                                             person chooses their own at first login)
    deskclient-server import-batch FILE --center ID [--skip-invalid]
    deskclient-server export-results --center ID --format jsonl|csv --out FILE
    deskclient-server configure-center --center ID [--lease-hours N] [--device-budget N]
    deskclient-server new-epoch                              after restoring the database from a backup
    deskclient-server list-devices [--center ID] [--json]    enrolled PCs: center, name, last seen, revoked
    deskclient-server revoke-device DEVICE_ID [--reason TEXT]  refuse the PC's token from now on
    deskclient-server import-outbox FILE                     apply a revoked PC's exported unsent work
    deskclient-server audit [--center ID] [--since TIME] [--limit N] [--json]   who did what, when, where
    deskclient-server openapi [--out FILE]                   the API description (docs/openapi.json)

Exit codes: 0 done, 1 refused or failed (with a message on stderr), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import getpass
import ipaddress
import json
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from deskclient import __version__

if TYPE_CHECKING:
    from deskclient.server.db import ServerDatabase

ROLES = ("worker", "supervisor", "trainer", "center_admin")
MAX_RETENTION_DAYS = 3650  # the protocol's bound (CenterData.retention_days)

#: Sentences for the short codes of ``deskclient.domain.credentials.secret_policy_problem``.
SECRET_PROBLEMS = {
    "pin_too_short": "a PIN needs at least 6 digits",
    "pin_too_simple": "this PIN is too easy to guess (one digit repeated, a run like 123456 or 654321, or a short "
                      "group repeated like 121212); choose another",
    "password_too_short": "a password needs at least 8 characters, not one character or a short group repeated "
                          "(or use a PIN of at least 6 digits)",
}


class Failure(Exception):
    """A refusal or failure the operator can act on: printed as is, exit code 1."""


# -- arguments ------------------------------------------------------------------------------------
def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"a port is 0 to 65535, not {value}")
    return value


def _since(text: str) -> datetime:
    from datetime import UTC, timedelta

    text = text.strip()
    units = {"d": "days", "h": "hours", "m": "minutes"}
    if text[-1:] in units and text[:-1].isdigit():
        return _now() - timedelta(**{units[text[-1]]: int(text[:-1])})
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a time: {text!r} (e.g. 2026-11-28, 2026-11-28T09:00Z or 7d)") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="deskclient-server", description="Central server of deskclient: serve the sync API to center "
        "PCs, and administer centers, people, batches of tasks and results.")
    parser.add_argument("--version", action="version", version=f"deskclient-server {__version__}")
    db_option = argparse.ArgumentParser(add_help=False)
    db_option.add_argument("--db", metavar="URL", default=None,
                           help="database URL (default: server.sqlite3 in the data folder, $DESKCLIENT_HOME "
                                "honoured; PostgreSQL: postgresql+psycopg://user@host:5432/name)")
    center_option = argparse.ArgumentParser(add_help=False)
    center_option.add_argument("--center", metavar="ID", required=True, help="the center's id")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, help_text: str, *parents: argparse.ArgumentParser) -> argparse.ArgumentParser:
        return commands.add_parser(name, help=help_text, description=help_text, parents=[db_option, *parents])

    command("init", "create the database schema, or upgrade it to this version")

    serve = command("serve", "serve the sync API (HTTP) to the PCs")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=_port, default=8765, help="port to listen on (default 8765)")
    serve.add_argument("--public", action="store_true",
                       help="allow an address other than loopback; terminate TLS in a reverse proxy in front")

    add_center = command("add-center", "create a center; prints its id and a one-time enrollment code")
    add_center.add_argument("name", metavar="NAME")
    add_center.add_argument("--lease-hours", type=_positive, default=72,
                            help="how long a PC holds a task before it may go to another PC (default 72)")
    add_center.add_argument("--device-budget", type=_positive, default=500,
                            help="at most this many tasks leased to one PC at a time (default 500)")

    command("enrollment-code", "a new one-time code to enroll one more PC of a center", center_option)

    add_user = command("add-user", "create or update a person; the PIN or password is read from stdin (one line)",
                       center_option)
    add_user.add_argument("--role", choices=ROLES, required=True)
    add_user.add_argument("--username", required=True)
    add_user.add_argument("--display-name", default=None, help="the name shown on the PCs (default: the username)")
    add_user.add_argument("--language", default=None, help="language of the app for this person, e.g. bn, hi, sw")
    add_user.add_argument("--no-pin-change", action="store_true",
                          help="do not ask the person to choose their own PIN at their first login")

    import_batch = command("import-batch", "import tasks from a JSON Lines file (one task a line)", center_option)
    import_batch.add_argument("file", metavar="FILE", type=Path)
    import_batch.add_argument("--skip-invalid", action="store_true",
                              help="import the valid lines even when some are invalid")

    export = command("export-results", "write the center's official results", center_option)
    export.add_argument("--format", choices=("jsonl", "csv"), required=True)
    export.add_argument("--out", metavar="FILE", required=True, help="file to write ('-' for stdout)")

    configure = command("configure-center", "change a center's lease time or device budget", center_option)
    configure.add_argument("--lease-hours", type=_positive, default=None)
    configure.add_argument("--device-budget", type=_positive, default=None)
    configure.add_argument("--retention-days", type=_positive, default=None,
                           help="days the PCs keep customers' personal data after the server confirmed the work")

    command("new-epoch", "give the database a new epoch: run after restoring it from a backup, so every PC "
                         "pulls everything again (and keeps what it has not sent yet)")

    list_devices = command("list-devices", "list the enrolled PCs: center, name, enrolled, last seen, revoked")
    list_devices.add_argument("--center", metavar="ID", default=None, help="only the PCs of this center")
    list_devices.add_argument("--json", action="store_true", help="machine-readable output")

    revoke = command("revoke-device", "revoke a PC: its token is refused at once (lost, stolen or retired PC); "
                                      "its unsent work can still be exported on it and imported here")
    revoke.add_argument("device_id", metavar="DEVICE_ID")
    revoke.add_argument("--reason", default=None, help="why, kept in the audit log (e.g. 'stolen')")

    import_outbox = command("import-outbox", "apply the unsent work a PC exported (`deskclient export-outbox`); "
                                             "items the server already has are counted as duplicates")
    import_outbox.add_argument("file", metavar="FILE", type=Path)

    audit = command("audit", "list the audit log: who did what, when, on which PC (or through this command "
                             "line), oldest first")
    audit.add_argument("--center", metavar="ID", default=None, help="only the events of this center")
    audit.add_argument("--since", metavar="TIME", type=_since, default=None,
                       help="only events from this time on: 2026-11-28, 2026-11-28T09:00:00+03:00, or 7d / 12h ago")
    audit.add_argument("--limit", type=_positive, default=1000, help="at most this many events (default 1000)")
    audit.add_argument("--json", action="store_true", help="one JSON object a line")

    openapi = command("openapi", "print the OpenAPI description of the API (the database is not used)")
    openapi.add_argument("--out", metavar="FILE", default=None, help="write it to FILE instead of stdout")
    return parser


# -- entry point ----------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse: 2 for wrong usage, 0 for --help and --version
        return exit_.code if isinstance(exit_.code, int) else 2
    handler: Callable[[argparse.Namespace], int] = HANDLERS[args.command]
    from sqlalchemy.exc import SQLAlchemyError

    try:
        return handler(args)
    except Failure as failure:
        print(f"deskclient-server {args.command}: {failure}", file=sys.stderr)
        return 1
    except SQLAlchemyError as db_error:
        detail = str(getattr(db_error, "orig", None) or db_error).strip().splitlines()[0]
        print(f"deskclient-server {args.command}: database error: {detail}", file=sys.stderr)
        return 1
    except OSError as os_error:
        print(f"deskclient-server {args.command}: {os_error}", file=sys.stderr)
        return 1


def _url(args: argparse.Namespace) -> str:
    if args.db:
        return str(args.db)
    from deskclient.server.db import default_url

    return default_url()


def _now() -> datetime:
    from deskclient.server.clock import server_now

    return server_now()


def _schema_state(url: str) -> tuple[str | None, str]:
    """(the database's revision or None when it has no schema, the newest revision)."""
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from deskclient.server.db import MIGRATIONS, make_engine

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()
    return current, head or ""


def _open(args: argparse.Namespace) -> ServerDatabase:
    """The database, refused clearly when it was never initialised or is older than this version."""
    from deskclient.server.db import ServerDatabase

    url = _url(args)
    current, head = _schema_state(url)
    if current is None:
        raise Failure(f"the database has no schema yet: run `deskclient-server init --db {_shown(url)}` first")
    if current != head:
        raise Failure(f"the database schema is at revision {current}, this version needs {head}: "
                      f"back it up, then run `deskclient-server init --db {_shown(url)}`")
    return ServerDatabase(url)


def _shown(url: str) -> str:
    """The URL without a password, to print."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "URL"


def _center(database: ServerDatabase, center_id: str) -> Any:
    from deskclient.server.models import Center

    with database.transaction() as session:
        center = session.get(Center, center_id)
        if center is None:
            raise Failure(f"no center with id {center_id!r} (add-center prints the id)")
        session.expunge(center)
        return center


# -- commands -------------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    from deskclient.server.db import migrate

    url = _url(args)
    before, head = _schema_state(url)
    migrate(url)
    if before == head:
        print(f"The database is up to date (revision {head}): {_shown(url)}")
    elif before is None:
        print(f"Created the database schema (revision {head}): {_shown(url)}")
    else:
        print(f"Upgraded the database schema from revision {before} to {head}: {_shown(url)}")
    return 0


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def cmd_serve(args: argparse.Namespace) -> int:
    if not is_loopback(args.host):
        if not args.public:
            raise Failure(f"refusing to listen on {args.host}, which is not loopback: the API would be reachable "
                          "from the network. Pass --public to do it, with TLS terminated by a reverse proxy.")
        print(f"WARNING: listening on {args.host}: this server speaks plain HTTP. Terminate TLS in a reverse "
              "proxy (nginx, Caddy) in front of it; PCs must never reach it over the network without TLS.",
              file=sys.stderr, flush=True)
    database = _open(args)
    import uvicorn

    from deskclient.server.app import create_app

    try:
        app = create_app(database)
        print(f"deskclient-server {__version__} on http://{args.host}:{args.port} ({_shown(database.url)})",
              flush=True)
        uvicorn.run(app, host=args.host, port=args.port, log_level="info", access_log=False,
                    timeout_keep_alive=5, lifespan="off")
    finally:
        database.dispose()
    return 0


def cmd_add_center(args: argparse.Namespace) -> int:
    from deskclient.server.admin import add_center
    from deskclient.server.devices import CODE_VALID_FOR

    name = args.name.strip()
    if not name or len(name) > 200:
        raise Failure("the center's name must be 1 to 200 characters")
    database = _open(args)
    try:
        center_id, code = add_center(database, name, _now(), lease_hours=args.lease_hours,
                                     device_budget=args.device_budget)
    finally:
        database.dispose()
    print(f"center id: {center_id}")
    print(f"enrollment code: {code}")
    print(f"(the code enrolls one PC, within {CODE_VALID_FOR.days} days; `enrollment-code` makes another)",
          file=sys.stderr)
    return 0


def cmd_enrollment_code(args: argparse.Namespace) -> int:
    from deskclient.server.devices import CODE_VALID_FOR, new_enrollment_code

    database = _open(args)
    try:
        _center(database, args.center)
        code = new_enrollment_code(database, args.center, _now())
    finally:
        database.dispose()
    print(f"enrollment code: {code}")
    print(f"(enrolls one PC, within {CODE_VALID_FOR.days} days)", file=sys.stderr)
    return 0


def _read_secret(stream: TextIO) -> str:
    if stream.isatty():
        first = getpass.getpass("PIN or password: ")
        if getpass.getpass("Again: ") != first:
            raise Failure("the two entries differ; nothing changed")
        return first
    line = stream.readline()
    if not line:
        raise Failure("no PIN or password on stdin (one line expected); nothing changed")
    return line.rstrip("\r\n")


def cmd_add_user(args: argparse.Namespace) -> int:
    from deskclient.domain.credentials import secret_policy_problem
    from deskclient.server.admin import UserRefused, add_user

    username = args.username.strip()
    if not username or len(username) > 64:
        raise Failure("the username must be 1 to 64 characters")
    if args.display_name is not None and len(args.display_name) > 200:
        raise Failure("the display name must be at most 200 characters")
    if args.language is not None and not 1 <= len(args.language) <= 16:
        raise Failure("the language must be a code of 1 to 16 characters, e.g. bn")
    database = _open(args)
    try:
        _center(database, args.center)
        secret = _read_secret(sys.stdin)
        if not secret:
            raise Failure("the PIN or password is empty; nothing changed")
        problem = secret_policy_problem(secret)
        if problem:
            raise Failure(f"refused: {SECRET_PROBLEMS.get(problem, problem)}; nothing changed")
        try:
            user_id = add_user(database, center_id=args.center, role=args.role, username=username, secret=secret,
                               display_name=args.display_name, language=args.language, now=_now(),
                               must_change_secret=not args.no_pin_change)
        except UserRefused as refused:
            if str(refused) == "username_taken":
                raise Failure(f"the username {username!r} belongs to a person of another center") from None
            raise Failure(f"refused: {SECRET_PROBLEMS.get(str(refused), str(refused))}") from None
    finally:
        database.dispose()
    print(f"user id: {user_id}")
    if not args.no_pin_change:
        print("(they choose their own PIN at their first login, on any PC of the center)", file=sys.stderr)
    return 0


def cmd_import_batch(args: argparse.Namespace) -> int:
    from deskclient.server.admin import import_batch

    path: Path = args.file
    if not path.is_file():
        raise Failure(f"no such file: {path}")
    database = _open(args)
    try:
        _center(database, args.center)
        try:
            report = import_batch(database, args.center, path, _now(), skip_invalid=args.skip_invalid)
        except UnicodeDecodeError as bad:
            raise Failure(f"{path} is not UTF-8 text ({bad.reason} at byte {bad.start}); nothing imported") from None
    finally:
        database.dispose()
    for number, reason in report.invalid:
        print(f"{path}:{number}: {reason}", file=sys.stderr)
    if report.invalid and not args.skip_invalid:
        print(f"nothing imported: {len(report.invalid)} invalid line(s) in {path}; fix them, or pass "
              "--skip-invalid to import the valid lines", file=sys.stderr)
        return 1
    print(f"added: {report.added}")
    print(f"already there: {report.already_there}")
    if report.invalid:
        print(f"skipped invalid: {len(report.invalid)}")
    return 0


def cmd_export_results(args: argparse.Namespace) -> int:
    from deskclient.server.admin import export_results

    database = _open(args)
    try:
        _center(database, args.center)
        if args.out == "-":
            count = export_results(database, args.center, args.format, sys.stdout)
            sys.stdout.flush()
        else:
            out = Path(args.out)
            partial = out.with_name(out.name + ".partial")
            with partial.open("w", encoding="utf-8", newline="") as stream:
                count = export_results(database, args.center, args.format, stream)
            partial.replace(out)  # never a half-written export under the real name
    finally:
        database.dispose()
    print(f"exported {count} official result(s) to {args.out}", file=sys.stderr)
    return 0


def cmd_configure_center(args: argparse.Namespace) -> int:
    from deskclient.server.admin import configure_center

    if args.lease_hours is None and args.device_budget is None and args.retention_days is None:
        raise Failure("nothing to change: give --lease-hours, --device-budget and/or --retention-days")
    if args.retention_days is not None and args.retention_days > MAX_RETENTION_DAYS:
        raise Failure(f"--retention-days: at most {MAX_RETENTION_DAYS} (ten years)")
    database = _open(args)
    try:
        _center(database, args.center)
        configure_center(database, args.center, lease_hours=args.lease_hours, device_budget=args.device_budget,
                         retention_days=args.retention_days, now=_now())
        center = _center(database, args.center)
    finally:
        database.dispose()
    print(f"center {center.id} ({center.name}): lease hours {center.lease_hours}, "
          f"device budget {center.device_budget}, personal data kept {center.retention_days} day(s) on the PCs")
    return 0


def cmd_new_epoch(args: argparse.Namespace) -> int:
    from deskclient.domain.audit import AuditAction
    from deskclient.server import audit
    from deskclient.server.meta import new_epoch, read_epoch

    database = _open(args)
    try:
        before = read_epoch(database)
        epoch = new_epoch(database)
        with database.transaction() as session:
            now = _now()
            audit.record(session, AuditAction.NEW_EPOCH, source="admin", at=now, received_at=now, subject=epoch,
                         detail={"previous": before})
    finally:
        database.dispose()
    print(f"epoch: {epoch} (was {before}); every PC pulls everything again at its next sync")
    return 0


def cmd_list_devices(args: argparse.Namespace) -> int:
    from deskclient.server.devices import list_devices

    database = _open(args)
    try:
        if args.center:
            _center(database, args.center)
        rows = list_devices(database, args.center)
    finally:
        database.dispose()
    if args.json:
        print(json.dumps([{"id": row.id, "center_id": row.center_id, "center": row.center_name, "name": row.name,
                           "enrolled_at": row.enrolled_at.isoformat(),
                           "last_seen_at": row.last_seen_at.isoformat() if row.last_seen_at else None,
                           "revoked_at": row.revoked_at.isoformat() if row.revoked_at else None}
                          for row in rows], indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print("no enrolled devices", file=sys.stderr)
        return 0
    table = [("CENTER", "DEVICE", "NAME", "ENROLLED", "LAST SEEN", "REVOKED")]
    table += [(row.center_name, row.id, row.name, _when(row.enrolled_at), _when(row.last_seen_at) or "never",
               _when(row.revoked_at) or "-") for row in rows]
    widths = [max(len(line[column]) for line in table) for column in range(len(table[0]))]
    for line in table:
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())
    return 0


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else ""


def cmd_revoke_device(args: argparse.Namespace) -> int:
    from deskclient.server.devices import UnknownDevice, revoke

    reason = (args.reason or "").strip() or None
    if reason is not None and len(reason) > 500:
        raise Failure("the reason must be at most 500 characters")
    database = _open(args)
    try:
        try:
            info = revoke(database, args.device_id, _now(), reason)
        except UnknownDevice:
            raise Failure(f"no device with id {args.device_id!r} (list-devices shows them)") from None
    finally:
        database.dispose()
    print(f"device {info.id} ({info.name or 'no name'}, center {info.center_name}) revoked at "
          f"{_when(info.revoked_at)}; its requests are refused from now on.")
    print("Its unsent work is not lost: on that PC run `deskclient export-outbox FILE` (or use \"Export unsent "
          "work…\" in the app), then `deskclient-server import-outbox FILE` here.", file=sys.stderr)
    return 0


def cmd_import_outbox(args: argparse.Namespace) -> int:
    from deskclient.server.outbox_import import MAX_PROBLEMS_SHOWN, InvalidExport, import_export, read_export

    path: Path = args.file
    if not path.is_file():
        raise Failure(f"no such file: {path}")
    try:
        export = read_export(path)
    except InvalidExport as invalid:
        for problem in invalid.problems[:MAX_PROBLEMS_SHOWN]:
            print(f"{path}: {problem}", file=sys.stderr)
        more = len(invalid.problems) - MAX_PROBLEMS_SHOWN
        if more > 0:
            print(f"{path}: ... and {more} more problem(s)", file=sys.stderr)
        raise Failure(f"{path} cannot be imported; nothing was applied") from None
    database = _open(args)
    try:
        try:
            report = import_export(database, export, _now(), file_name=path.name)
        except InvalidExport as invalid:
            raise Failure(f"{invalid}; nothing was applied") from None
    finally:
        database.dispose()
    if not report.device_revoked:
        print(f"note: device {report.device_id} is not revoked; it may still send these items itself "
              "(they would be answered as duplicates)", file=sys.stderr)
    for item_id, topic, status, reason in report.refused:
        print(f"{status}: {item_id} ({topic}): {reason}", file=sys.stderr)
    print(f"device {report.device_id}: {report.items} item(s) in the file")
    for status in ("applied", "duplicate", "rejected", "conflict"):
        print(f"{status}: {report.counts.get(status, 0)}")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from deskclient.server.audit import read_events

    database = _open(args)
    try:
        if args.center:
            _center(database, args.center)
        events = read_events(database, center_id=args.center, since=args.since, limit=args.limit)
    finally:
        database.dispose()
    for event in events:
        if args.json:
            print(json.dumps({"id": event.id, "at": event.at.isoformat(), "received_at": event.received_at.isoformat(),
                              "source": event.source, "center_id": event.center_id, "device_id": event.device_id,
                              "user_id": event.user_id, "action": event.action, "subject": event.subject,
                              "detail": event.detail}, ensure_ascii=False, sort_keys=True))
        else:
            detail = json.dumps(event.detail, ensure_ascii=False, sort_keys=True) if event.detail else ""
            print("  ".join((event.at.strftime("%Y-%m-%d %H:%M:%S UTC"), event.source.ljust(6), event.action.ljust(18),
                             f"user={event.user_id or '-'}", f"pc={event.device_id or '-'}",
                             f"subject={event.subject or '-'}", detail)).rstrip())
    if not events:
        print("no audit events", file=sys.stderr)
    elif len(events) == args.limit:
        print(f"(the first {args.limit} events; use --since or --limit for others)", file=sys.stderr)
    return 0


def openapi_text() -> str:
    """The OpenAPI description of the API, as committed in docs/openapi.json."""
    from deskclient.server.app import create_app
    from deskclient.server.db import ServerDatabase
    from deskclient.server.models import Base

    database = ServerDatabase("sqlite://")  # the description does not depend on the data
    try:
        Base.metadata.create_all(database.engine)
        schema = create_app(database).openapi()
    finally:
        database.dispose()
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def cmd_openapi(args: argparse.Namespace) -> int:
    text = openapi_text()
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "serve": cmd_serve,
    "add-center": cmd_add_center,
    "enrollment-code": cmd_enrollment_code,
    "add-user": cmd_add_user,
    "import-batch": cmd_import_batch,
    "export-results": cmd_export_results,
    "configure-center": cmd_configure_center,
    "new-epoch": cmd_new_epoch,
    "list-devices": cmd_list_devices,
    "revoke-device": cmd_revoke_device,
    "import-outbox": cmd_import_outbox,
    "audit": cmd_audit,
    "openapi": cmd_openapi,
}

if __name__ == "__main__":
    sys.exit(main())
