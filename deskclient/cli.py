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
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("seed-demo", help="fill an empty data folder with the demo center, then exit")
    commands.add_parser("where", help="print the data folder and exit")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    folder = data_folder().ensure()
    from deskclient.logs import configure_logging

    configure_logging(folder.logs)
    if args.command == "where":
        print(folder.root)
        return 0
    if args.demo or args.command == "seed-demo":
        code = seed_demo_if_empty(folder)
        if code or args.command == "seed-demo":
            return code
    from deskclient.ui.app import run

    idle_lock = args.idle_lock or int(os.environ.get("DESKCLIENT_IDLE_LOCK_SECONDS", "0") or 0) or None
    return run(folder, exit_when_shown=args.exit_when_shown, started_at=STARTED_AT, idle_seconds=idle_lock)


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
