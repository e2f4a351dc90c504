"""The ``deskclient-server`` command, end to end: main([...]) in-process, and one run as a real process."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from deskclient.server.cli import main
from deskclient.server.runner import EmbeddedServer
from tests.factories import GOOD_ANSWER
from tests.server.fixtures import PROTOCOL_HEADERS, ticket_line, write_jsonl

ROOT = Path(__file__).resolve().parents[2]


class Cli:
    """Runs ``main`` on one database and keeps what it printed."""

    def __init__(self, db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
        self.db = db
        self.capsys = capsys
        self.monkeypatch = monkeypatch
        self.out = self.err = ""

    def __call__(self, *args: str, stdin: str | None = None) -> int:
        if stdin is not None:
            self.monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        self.capsys.readouterr()
        code = main([args[0], "--db", self.db, *args[1:]])
        self.out, self.err = self.capsys.readouterr()
        return code

    def value(self, label: str) -> str:
        match = re.search(rf"^{label}: (\S+)$", self.out, re.MULTILINE)
        assert match, self.out
        return match.group(1)


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(f"sqlite:///{tmp_path / 'central.sqlite3'}", capsys, monkeypatch)


@pytest.fixture
def ready(cli: Cli) -> tuple[Cli, str]:
    """An initialised database with one center; (cli, center id)."""
    assert cli("init") == 0
    assert cli("add-center", "Kisumu Center") == 0
    return cli, cli.value("center id")


def count(cli: Cli, table: str) -> int:
    import sqlite3

    path = cli.db.removeprefix("sqlite:///")
    with sqlite3.connect(path) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_init_creates_then_reports_up_to_date(cli: Cli) -> None:
    assert cli("add-center", "Too Early") == 1
    assert "run `deskclient-server init" in cli.err
    assert cli("init") == 0 and "Created the database schema" in cli.out
    assert cli("init") == 0 and "up to date" in cli.out


def test_the_default_database_is_in_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DESKCLIENT_HOME", str(tmp_path / "home"))
    assert main(["init"]) == 0
    assert (tmp_path / "home" / "server.sqlite3").is_file()
    assert str(tmp_path / "home") in capsys.readouterr().out


def test_add_center_prints_an_id_and_a_working_one_time_code(ready: tuple[Cli, str]) -> None:
    cli, center_id = ready
    code = cli.value("enrollment code")
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", code)
    assert cli("enrollment-code", "--center", center_id) == 0
    second = cli.value("enrollment code")
    assert second != code
    assert cli("enrollment-code", "--center", "nope") == 1 and "no center with id 'nope'" in cli.err
    assert count(cli, "enrollment_codes") == 2
    assert cli("add-center", "Lamu Center", "--lease-hours", "24", "--device-budget", "50") == 0
    assert cli("add-center", "Bad", "--lease-hours", "0") == 2
    assert cli("add-center", "  ") == 1


def test_add_user_reads_the_pin_from_stdin_and_refuses_weak_ones(ready: tuple[Cli, str]) -> None:
    cli, center_id = ready
    base = ("add-user", "--center", center_id, "--role", "worker", "--username", "amina")
    for weak, why in (("1234", "at least 6 digits"), ("111111", "too easy to guess"), ("123456", "too easy"),
                      ("secret", "at least 8 characters")):
        assert cli(*base, stdin=weak + "\n") == 1, weak
        assert why in cli.err and "nothing changed" in cli.err
    assert cli(*base, stdin="") == 1 and "no PIN or password on stdin" in cli.err
    assert cli(*base, stdin="\n") == 1 and "empty" in cli.err
    assert count(cli, "users") == 0

    assert cli(*base, "--display-name", "Amina Yusuf", "--language", "bn", stdin="482915\n") == 0
    user_id = cli.value("user id")
    import sqlite3

    with sqlite3.connect(cli.db.removeprefix("sqlite:///")) as connection:
        row = connection.execute("SELECT id, display_name, language, role, verifier FROM users").fetchone()
    assert row[:4] == (user_id, "Amina Yusuf", "bn", "worker")
    assert row[4].startswith("scrypt$n=16384,r=8,p=1$")
    from deskclient.domain.credentials import check_secret

    assert check_secret("482915", row[4])
    # The same username again updates the person (a PIN reset), it does not add one.
    assert cli(*base[:-1], "amina", "--role", "supervisor", stdin="a long password\r\n") == 0
    assert cli.value("user id") == user_id and count(cli, "users") == 1
    assert cli("add-user", "--center", center_id, "--role", "boss", "--username", "x", stdin="482915\n") == 2
    assert cli("add-user", "--center", "nope", "--role", "worker", "--username", "x", stdin="482915\n") == 1
    # A username of another center is refused.
    assert cli("add-center", "Other") == 0
    other = cli.value("center id")
    assert cli("add-user", "--center", other, "--role", "worker", "--username", "amina", stdin="739251\n") == 1
    assert "another center" in cli.err


def test_import_batch_valid_invalid_skip_and_reimport(ready: tuple[Cli, str], tmp_path: Path) -> None:
    cli, center_id = ready
    good = write_jsonl(tmp_path / "good.jsonl", [
        ticket_line("T-1"), "", ticket_line("T-2", priority="urgent", due_at="2026-12-01T12:00:00Z"),
        ticket_line("T-3", required_skill="bengali", gold=GOOD_ANSWER)])
    assert cli("import-batch", str(good), "--center", center_id) == 0
    assert "added: 3" in cli.out and "already there: 0" in cli.out
    assert cli("import-batch", str(good), "--center", center_id) == 0
    assert "added: 0" in cli.out and "already there: 3" in cli.out
    assert count(cli, "tasks") == 3

    bad = write_jsonl(tmp_path / "bad.jsonl", [
        ticket_line("T-4"),
        "{this is not json",
        ticket_line("T-5", priority="whenever"),
        ticket_line("T-6", payload={"subject": "No body"}),
        ticket_line("T-7", due_at="2026-12-01T12:00:00"),
        ticket_line("T-8", colour="red"),
        ticket_line("T-9", gold={"category": "astrology"}),
        ticket_line("T-4"),
        ticket_line("T-10"),
    ])
    assert cli("import-batch", str(bad), "--center", center_id) == 1
    reported = dict(re.findall(rf"^{re.escape(str(bad))}:(\d+): (.+)$", cli.err, re.MULTILINE))
    assert sorted(map(int, reported)) == [2, 3, 4, 5, 6, 7, 8]
    assert "priority" in reported["3"]
    assert "body required" in reported["4"]
    assert "time zone" in reported["5"]
    assert "colour" in reported["6"]
    assert "gold" in reported["7"]
    assert "appears twice" in reported["8"]
    assert "nothing imported" in cli.err and "--skip-invalid" in cli.err
    assert count(cli, "tasks") == 3

    assert cli("import-batch", str(bad), "--center", center_id, "--skip-invalid") == 0
    assert "added: 2" in cli.out and "skipped invalid: 7" in cli.out
    assert cli("import-batch", str(bad), "--center", center_id, "--skip-invalid") == 0
    assert "added: 0" in cli.out and "already there: 2" in cli.out
    assert count(cli, "tasks") == 5

    assert cli("import-batch", str(tmp_path / "missing.jsonl"), "--center", center_id) == 1
    assert "no such file" in cli.err
    (tmp_path / "latin1.jsonl").write_bytes(json.dumps(ticket_line("T-ü"), ensure_ascii=False).encode("latin-1"))
    assert cli("import-batch", str(tmp_path / "latin1.jsonl"), "--center", center_id) == 1
    assert "not UTF-8" in cli.err
    assert cli("import-batch", str(good), "--center", "nope") == 1


def test_configure_center_and_new_epoch(ready: tuple[Cli, str]) -> None:
    cli, center_id = ready
    assert cli("configure-center", "--center", center_id, "--lease-hours", "12") == 0
    assert "lease hours 12, device budget 500" in cli.out
    assert cli("configure-center", "--center", center_id, "--device-budget", "40") == 0
    assert "lease hours 12, device budget 40" in cli.out
    assert cli("configure-center", "--center", center_id) == 1 and "nothing to change" in cli.err
    assert cli("configure-center", "--center", center_id, "--retention-days", "7") == 0
    assert "personal data kept 7 day(s)" in cli.out
    assert cli("configure-center", "--center", center_id, "--retention-days", "4000") == 1
    assert cli("configure-center", "--center", center_id, "--device-budget", "-3") == 2
    assert cli("configure-center", "--center", "nope", "--lease-hours", "5") == 1

    import sqlite3

    def epoch() -> str:
        with sqlite3.connect(cli.db.removeprefix("sqlite:///")) as connection:
            return str(connection.execute("SELECT value FROM server_meta WHERE key = 'epoch'").fetchone()[0])

    before = epoch()
    assert cli("new-epoch") == 0
    after = epoch()
    assert after != before and after in cli.out and before in cli.out


def test_export_round_trip_after_results_were_pushed(ready: tuple[Cli, str], tmp_path: Path) -> None:
    cli, center_id = ready
    code = cli.value("enrollment code")
    assert cli("add-user", "--center", center_id, "--role", "worker", "--username", "amina", stdin="482915\n") == 0
    amina = cli.value("user id")
    batch = write_jsonl(tmp_path / "batch.jsonl", [ticket_line(f"T-{n}") for n in range(3)])
    assert cli("import-batch", str(batch), "--center", center_id) == 0

    server = EmbeddedServer(cli.db).start()
    pushed: dict[str, dict[str, Any]] = {}
    try:
        with requests.Session() as http:
            def post(path: str, body: dict[str, Any], token: str | None = None) -> dict[str, Any]:
                headers = dict(PROTOCOL_HEADERS, **({"Authorization": f"Bearer {token}"} if token else {}))
                reply = http.post(server.base_url + path, json=body, headers=headers, timeout=30)
                assert reply.status_code == 200, reply.text
                result: dict[str, Any] = reply.json()
                return result

            enrolled = post("/v1/enroll", {"code": code, "device_id": "pc-1"})
            token = f"pc-1.{enrolled['device_secret']}"
            page = post("/v1/pull", {"want_tasks": 3}, token)
            tasks = {c["task"]["id"]: c["task"]["external_id"] for c in page["changes"] if c["type"] == "task"}
            assert sorted(tasks.values()) == ["T-0", "T-1", "T-2"]
            from tests.server.fixtures import result_item

            items = []
            for seq, task_id in enumerate(sorted(tasks), start=1):
                values = dict(GOOD_ANSWER, reply_text=f"Dear Asha, «{seq}» done, বাংলা too.\nSecond line, \"quoted\"")
                items.append(result_item(task_id, amina, seq, values=values, handle_ms=1000 * seq))
            items.append(result_item(sorted(tasks)[0], amina, 4))  # a second result: not official
            reply = post("/v1/push", {"items": items}, token)
            assert [a["status"] for a in reply["answers"]] == ["applied"] * 4
            pushed = {item["id"]: item for item in items[:3]}
    finally:
        server.stop()

    jsonl, csv_path = tmp_path / "out.jsonl", tmp_path / "out.csv"
    assert cli("export-results", "--center", center_id, "--format", "jsonl", "--out", str(jsonl)) == 0
    assert "exported 3" in cli.err
    assert cli("export-results", "--center", center_id, "--format", "csv", "--out", str(csv_path)) == 0
    rows = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    with csv_path.open(encoding="utf-8", newline="") as stream:
        csv_rows = list(csv.DictReader(stream))
    assert len(rows) == len(csv_rows) == 3
    assert {row["result_id"] for row in rows} == set(pushed)
    for row, csv_row in zip(sorted(rows, key=lambda r: r["result_id"]),
                            sorted(csv_rows, key=lambda r: r["result_id"]), strict=True):
        item = pushed[row["result_id"]]
        assert row["values"] == item["body"]["values"]
        assert row["task_id"] == item["body"]["task_id"] and row["external_id"].startswith("T-")
        assert (row["worker"], row["worker_id"], row["device_id"]) == ("amina", amina, "pc-1")
        assert row["kind"] == "support_ticket" and row["outcome"] == "submitted"
        assert row["handle_ms"] == item["body"]["handle_ms"] and row["late"] is False
        assert row["started_at"] and row["finished_at"] and row["received_at"]
        # The CSV says the same, as text.
        assert json.loads(csv_row["values"]) == row["values"]
        assert int(csv_row["handle_ms"]) == row["handle_ms"]
        for field in ("task_id", "external_id", "kind", "worker", "device_id", "started_at", "finished_at",
                      "received_at", "outcome"):
            assert csv_row[field] == str(row[field]), field
    assert list(csv_rows[0]) == ["task_id", "external_id", "kind", "result_id", "outcome", "worker", "worker_id",
                                 "device_id", "started_at", "finished_at", "received_at", "handle_ms", "late",
                                 "values", "review_outcome"]
    assert not list(tmp_path.glob("*.partial"))
    assert cli("export-results", "--center", center_id, "--format", "xml", "--out", "x") == 2
    assert cli("export-results", "--center", center_id, "--format", "jsonl", "--out", "-") == 0
    assert [json.loads(line) for line in cli.out.splitlines()] == rows


def test_usage_errors_exit_2_and_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main(["no-such-command"]) == 2
    assert main(["import-batch"]) == 2
    assert main(["serve", "--port", "99999"]) == 2
    assert main(["--help"]) == 0
    assert "add-center" in capsys.readouterr().out


def test_serve_refuses_a_public_address_without_public(cli: Cli) -> None:
    assert cli("serve", "--host", "0.0.0.0") == 1
    assert "--public" in cli.err and "not loopback" in cli.err
    # With --public it warns about TLS first (here it then stops: the database has no schema).
    assert cli("serve", "--host", "0.0.0.0", "--public") == 1
    assert "TLS" in cli.err and "reverse proxy" in cli.err and "init" in cli.err


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    try:
        yield started
    finally:
        for process in started:
            if process.poll() is None:
                process.kill()
            process.communicate(timeout=30)


def test_as_a_real_process_init_add_user_from_a_pipe_and_serve(tmp_path: Path,
                                                               processes: list[subprocess.Popen[str]]) -> None:
    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    env = dict(os.environ, PYTHONPATH=str(ROOT))

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "deskclient.server.cli", args[0], "--db", db, *args[1:]],
                              input=stdin, capture_output=True, text=True, timeout=60, env=env, check=False)

    assert run("init").returncode == 0
    added = run("add-center", "Kisumu Center")
    assert added.returncode == 0, added.stderr
    center_id = re.search(r"center id: (\S+)", added.stdout).group(1)  # type: ignore[union-attr]
    code = re.search(r"enrollment code: (\S+)", added.stdout).group(1)  # type: ignore[union-attr]
    user = run("add-user", "--center", center_id, "--role", "worker", "--username", "amina", stdin="482915\n")
    assert user.returncode == 0, user.stderr

    port = free_port()
    serve = subprocess.Popen([sys.executable, "-m", "deskclient.server.cli", "serve", "--db", db, "--port", str(port)],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    processes.append(serve)
    base = f"http://127.0.0.1:{port}"
    with requests.Session() as http:
        deadline = time.monotonic() + 30
        while True:
            try:
                if http.get(base + "/v1/health", timeout=2).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            assert serve.poll() is None and time.monotonic() < deadline, "the server did not start"
            time.sleep(0.05)
        enrolled = http.post(base + "/v1/enroll", json={"code": code, "device_id": "pc-1"}, headers=PROTOCOL_HEADERS,
                             timeout=10)
        assert enrolled.status_code == 200, enrolled.text
        token = f"pc-1.{enrolled.json()['device_secret']}"
        page = http.post(base + "/v1/pull", json={}, timeout=10,
                         headers=dict(PROTOCOL_HEADERS, Authorization=f"Bearer {token}"))
        assert page.status_code == 200
        assert [c["user"]["username"] for c in page.json()["changes"]] == ["amina"]
    serve.send_signal(signal.SIGINT)
    output, _ = serve.communicate(timeout=30)
    assert serve.returncode == 0, output
    assert f"http://127.0.0.1:{port}" in output
