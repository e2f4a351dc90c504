"""docs/openapi.json is the API the server serves, kept up to date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from deskclient.server.cli import main, openapi_text
from tests.server.fixtures import Server

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"
REGENERATE = "deskclient-server openapi --out docs/openapi.json"


def test_the_committed_description_is_current() -> None:
    assert COMMITTED.is_file(), f"docs/openapi.json is missing: run `{REGENERATE}`"
    assert COMMITTED.read_text(encoding="utf-8") == openapi_text(), (
        f"docs/openapi.json is out of date with the server's API: run `{REGENERATE}` and commit the result")


def test_the_description_names_every_endpoint_and_the_wire_models() -> None:
    schema = json.loads(openapi_text())
    assert set(schema["paths"]) == {"/v1/enroll", "/v1/pull", "/v1/push", "/v1/health"}
    for model in ("PullRequest", "PullReply", "PushRequest", "PushReply", "EnrollRequest", "EnrollReply",
                  "ErrorReply", "TaskChange", "LeaseLostChange"):
        assert model in schema["components"]["schemas"], model
    assert schema["components"]["schemas"]["PushItem"]["additionalProperties"] is False


def test_the_served_description_is_the_committed_one(server: Server) -> None:
    served = server.http.get(server.base_url + "/openapi.json", timeout=30)
    assert served.status_code == 200
    assert served.json() == json.loads(COMMITTED.read_text(encoding="utf-8"))


def test_the_command_prints_it_or_writes_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["openapi"]) == 0
    assert capsys.readouterr().out == openapi_text()
    assert main(["openapi", "--out", str(tmp_path / "api.json")]) == 0
    assert (tmp_path / "api.json").read_text(encoding="utf-8") == openapi_text()
