"""``deskclient enroll``, ``deskclient sync --once`` and ``deskclient status``: sync without the window."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from deskclient.domain.problems import Problem
from deskclient.paths import DataFolder
from deskclient.services.context import open_context
from deskclient.services.startup import StartupState, prepare_database
from deskclient.sync import tls
from deskclient.sync.client import SyncClient
from deskclient.sync.credentials import SecretStorage
from deskclient.sync.messages import describe_sync_problem
from deskclient.sync.outbox_export import export_outbox_command, revoked_status


def run_command(args: argparse.Namespace, folder: DataFolder) -> int:
    outcome = prepare_database(folder)
    if outcome.state is not StartupState.READY:
        print(f"The database in {folder.root} cannot be used ({outcome.state.value}: {outcome.detail}). "
              "Start the app to recover it.", file=sys.stderr)
        return 2
    context = open_context(folder)
    try:
        client = SyncClient(context)
        if args.command == "enroll":
            return _enroll(client, args.server, args.code, getattr(args, "ca_bundle", None))
        if args.command == "sync":
            return _sync(client)
        if args.command == "export-outbox":
            return export_outbox_command(client, Path(args.file).expanduser())
        return _status(client, as_json=args.json)
    finally:
        context.database.dispose()


def _enroll(client: SyncClient, server: str, code: str, ca_bundle: str | None = None) -> int:
    if is_plain_loopback(server):
        print(f"Warning: {server} uses plain http://, allowed only for a server on this PC itself (the demo, "
              "tests). A real server needs https://.", file=sys.stderr)
    try:
        storage = client.enroll(server, code, ca_bundle=Path(ca_bundle).expanduser() if ca_bundle else None)
    except Problem as problem:
        print(f"Enrollment failed: {describe_sync_problem(problem)}", file=sys.stderr)
        return 1
    print(f"This PC is now enrolled with {server}.")
    if ca_bundle:
        print(f"The center's CA certificates are kept in {tls.ca_bundle_path(client.context.folder)} and "
              "trusted besides this PC's own for every sync.")
    if storage is SecretStorage.FILE:
        print(f"Note: this PC has no keyring; the device key is kept in {client.credentials.file}, "
              "readable only by this user.", file=sys.stderr)
    return 0


def _sync(client: SyncClient) -> int:
    def progress(step: str, done: int, total: int) -> None:
        print(f"  {step}: {done}/{total}", flush=True)

    try:
        report = client.run_once(progress)
    except Problem as problem:
        print(f"Sync did not finish: {describe_sync_problem(problem)}", file=sys.stderr)
        return 1
    print(f"Sync finished: {report.pushed} sent, {report.duplicates} already there, {report.rejected} need "
          f"attention, {report.new_tasks} new task(s), {report.lost_leases} handed to another PC.")
    return 0


def _status(client: SyncClient, as_json: bool) -> int:
    status = client.status()
    data: dict[str, Any] = {
        "enrolled": status.enrolled, "server_url": status.server_url, "center": status.center_name,
        "queue_depth": status.queue_depth, "outbox_pending": status.waiting,
        "needs_attention": status.needs_attention,
        "last_successful_sync": status.last_success_at.isoformat() if status.last_success_at else None,
        "last_attempt": status.last_attempt_at.isoformat() if status.last_attempt_at else None,
        "last_attempt_failed": status.last_attempt_failed, "last_error": status.last_error,
        "server_epoch": status.epoch, "cursor": status.cursor, "clock_offset_ms": status.clock_offset_ms,
        "server_unreachable_since": status.unreachable_since.isoformat() if status.unreachable_since else None,
    }
    data.update(revoked_status(status))
    if as_json:
        print(json.dumps(data, indent=2, sort_keys=True))
    else:
        for key, value in data.items():
            print(f"{key}: {value}")
    return 0


def is_plain_loopback(server: str) -> bool:
    try:
        return tls.check_server_url(server).plain_loopback
    except tls.UnsafeServerUrl:
        return False  # refused by enroll, with its reason
