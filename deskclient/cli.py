"""The ``deskclient`` command: the desktop app, and a few commands for set-up and support."""

from __future__ import annotations

import time

STARTED_AT = time.perf_counter()

import argparse  # noqa: E402
import logging  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

from deskclient import __version__  # noqa: E402
from deskclient.paths import data_folder  # noqa: E402

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="deskclient", description="Offline-first desktop client "
                                     "for impact-sourcing delivery centers.")
    parser.add_argument("--version", action="version", version=f"deskclient {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="fill an empty data folder with a demo center first (people, canned replies, tickets)")
    parser.add_argument("--idle-lock", type=int, metavar="SECONDS", default=None,
                        help="lock the screen after this many seconds without input (default 300, "
                             "or $DESKCLIENT_IDLE_LOCK_SECONDS)")
    parser.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    selftest = parser.add_argument_group("selftest", "check this installation headless on a temporary data "
                                         "folder (the real data folder and keyring are not touched), then exit")
    selftest.add_argument("--selftest", action="store_true", help="run the checks; exit 0 when all passed")
    selftest.add_argument("--server", metavar="URL", help="also enroll a temporary PC with this server and sync")
    selftest.add_argument("--enroll-code", metavar="CODE", help="a one-time enrollment code for --server")
    selftest.add_argument("--user", metavar="USERNAME", help="with --pin: the server's worker to submit a task as "
                          "(default: the first worker)")
    selftest.add_argument("--pin", metavar="PIN", help="that worker's PIN: claim a server task, submit it and sync")
    selftest.add_argument("--keep", action="store_true", help="keep the temporary folder (its logs) afterwards")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("seed-demo", help="fill an empty data folder with the demo center, then exit")
    commands.add_parser("where", help="print the data folder and exit")
    enroll = commands.add_parser("enroll", help="connect this PC to a central server with a one-time code")
    enroll.add_argument("--server", required=True, help="the server's address, e.g. https://tasks.example.org")
    enroll.add_argument("--code", required=True, help="the one-time enrollment code from the central operator")
    enroll.add_argument("--ca-bundle", metavar="FILE", default=None,
                        help="the center's CA certificates (PEM), trusted besides this PC's own; kept for "
                             "later syncs")
    sync = commands.add_parser("sync", help="sync with the central server")
    sync.add_argument("--once", action="store_true", help="run one cycle and exit (non-zero if it failed)")
    status = commands.add_parser("status", help="queue, outbox and sync status")
    status.add_argument("--json", action="store_true", help="machine-readable output")
    export = commands.add_parser("export-outbox", help="write the work not yet sent to the server to a file (for "
                                 "a PC the server disconnected: the operator imports it)")
    export.add_argument("file", metavar="FILE", help="the file to write (JSON)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.selftest:
        return run_selftest(args)
    if args.server and args.command is None:
        parser.error("--server is an option of --selftest (to connect this PC, use: deskclient enroll)")
    folder = data_folder().ensure()
    from deskclient.logs import configure_logging

    configure_logging(folder.logs)
    if args.command == "where":
        print(folder.root)
        return 0
    if args.command in ("enroll", "sync", "status", "export-outbox"):
        from deskclient.sync.commands import run_command

        return run_command(args, folder)
    if args.command == "seed-demo":
        return seed_demo_if_empty(folder)
    demo_server = None
    if args.demo:
        demo_server = start_demo(folder)
        if demo_server is None:
            return 2
    from deskclient.ui.app import run

    idle_lock = args.idle_lock or int(os.environ.get("DESKCLIENT_IDLE_LOCK_SECONDS", "0") or 0) or None
    try:
        return run(folder, exit_when_shown=args.exit_when_shown, started_at=STARTED_AT, idle_seconds=idle_lock,
                   demo_server=demo_server)
    finally:
        if demo_server is not None:
            demo_server.stop()


def run_selftest(args: argparse.Namespace) -> int:
    """Headless: the platform is chosen before anything imports Qt."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from deskclient.ui.selftest import SelfTestOptions
    from deskclient.ui.selftest import run_selftest as run_checks

    return run_checks(SelfTestOptions(server=args.server, enroll_code=args.enroll_code, user=args.user,
                                      pin=args.pin, keep=args.keep))


def start_demo(folder):  # type: ignore[no-untyped-def]
    """The demo's embedded server on loopback: created, filled and synced on first use."""
    try:
        from deskclient.demo.embedded import start_demo_server
    except ImportError as missing:  # the packaged client leaves the server extra out
        print(f"--demo needs the central server, which this build of deskclient does not include ({missing.name}). "
              "Run the demo from a checkout (make demo) or install deskclient[server].", file=sys.stderr)
        return None
    from deskclient.services.context import open_context
    from deskclient.services.startup import StartupState, prepare_database

    outcome = prepare_database(folder)
    if outcome.state is not StartupState.READY:
        print(f"The database in {folder.root} cannot be used ({outcome.state.value}); start the app without "
              "--demo to recover it.", file=sys.stderr)
        return None
    context = open_context(folder)
    try:
        print(f"Starting the demo center's server for {folder.root} …", flush=True)
        server, new_tasks = start_demo_server(folder, context)
        if new_tasks:
            print(f"Demo center ready: {new_tasks} tickets queued.", flush=True)
        print(f"Demo server running at {server.base_url}", flush=True)
        return server
    finally:
        context.database.dispose()


def seed_demo_if_empty(folder) -> int:  # type: ignore[no-untyped-def]
    from deskclient.demo.seed import DEMO_CENTER_NAME, is_seeded, seed_demo_center
    from deskclient.services.context import open_context
    from deskclient.services.startup import StartupState, prepare_database

    outcome = prepare_database(folder)
    if outcome.state is StartupState.TOO_NEW:
        print(f"The database in {folder.root} was written by a newer deskclient; please update.", file=sys.stderr)
        return 2
    if outcome.state is not StartupState.READY:
        print(f"The database in {folder.root} is damaged ({outcome.detail}); start the app to recover it.",
              file=sys.stderr)
        return 0  # the app itself shows the recovery page
    context = open_context(folder)
    try:
        if is_seeded(context):
            return 0
        print(f"Preparing {DEMO_CENTER_NAME} in {folder.root} …", flush=True)
        report = seed_demo_center(context)
        print(f"Demo center ready: {report.added} tickets queued.", flush=True)
    finally:
        context.database.dispose()
    return 0
