"""Property-based API fuzzing with Schemathesis against the description the real server serves on loopback.

Every operation, with data that fits its schema and data that does not, with a valid device token and
without one: never a 5xx, and every response conforms to the schema (status declared, body valid).
Bounded examples keep the file fast; the server's rate limits are on, so 429s must conform too.

(Schemathesis' own pytest loader does not run on pytest 9 yet, so the strategies are driven by a
Hypothesis ``@given`` inside ordinary tests.)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.config import SchemathesisConfig
from schemathesis.generation.modes import GenerationMode

from tests.server.fixtures import Center, Server

EXAMPLES = 40
#: A request that does not fit is refused with one of these (426: the version header; 413: too large).
REFUSALS = [400, 401, 403, 404, 405, 413, 426, 429]
CONFIG = f"""
[checks]
negative_data_rejection.expected-statuses = {REFUSALS}
positive_data_acceptance.expected-statuses = ["2XX", 401, 403, 429]

# A well-formed enrollment with a code the server never issued is refused 400 enrollment_code_invalid.
[[operations]]
include-path = "/v1/enroll"
checks.positive_data_acceptance.expected-statuses = ["2XX", 400, 429]
"""
FUZZ_SETTINGS = settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
                         suppress_health_check=list(HealthCheck))


@dataclass
class Api:
    server: Server
    center: Center
    schema: Any
    token: str
    session: requests.Session


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    server = Server(Path(tmp_path_factory.mktemp("fuzz")) / "server")
    try:
        center = server.center("Fuzz Center")
        center.person("Amina")
        center.tasks(5)
        device = center.enroll()
        schema = schemathesis.openapi.from_url(server.base_url + "/openapi.json",
                                               config=SchemathesisConfig.from_str(CONFIG))
        with requests.Session() as session:
            yield Api(server, center, schema, device.token, session)
    finally:
        server.close()


def _operations(api: Api) -> dict[str, Any]:
    found = {}
    for result in api.schema.get_all_operations():
        operation = result.ok()
        found[f"{operation.method.upper()} {operation.path}"] = operation
    return found


OPERATIONS = ["GET /v1/health", "POST /v1/enroll", "POST /v1/pull", "POST /v1/push"]
#: Health takes no input at all: there is nothing to get wrong.
NEGATIVE = [name for name in OPERATIONS if name != "GET /v1/health"]
CASES = [(name, GenerationMode.POSITIVE) for name in OPERATIONS] + [(name, GenerationMode.NEGATIVE)
                                                                      for name in NEGATIVE]


def test_the_fuzzed_description_is_the_served_one(api: Api) -> None:
    assert sorted(_operations(api)) == OPERATIONS
    served = api.session.get(api.server.base_url + "/openapi.json", timeout=30).json()
    assert served["components"]["securitySchemes"]["DeviceToken"]["scheme"] == "bearer"
    for operation in served["paths"].values():
        for spec in operation.values():
            assert "422" not in spec["responses"]  # invalid bodies are 400 ErrorReply, as declared


def _fuzz(api: Api, name: str, mode: GenerationMode, token: str | None) -> None:
    operation = _operations(api)[name]
    base_url = api.server.base_url

    # The token is fixed in the case (never mutated) and passed explicitly, so Schemathesis knows it is
    # real: its auth check then also sends the request without it and with a wrong one, expecting 401.
    # The version header is generated (426 when it is wrong).
    auth = {"Authorization": f"Bearer {token}"} if token is not None else {}

    @FUZZ_SETTINGS
    @given(case=operation.as_strategy(generation_mode=mode, headers=auth or None))
    def run(case: Any) -> None:
        response = case.call(base_url=base_url, session=api.session, headers=auth, timeout=30)
        assert response.status_code < 500, (response.status_code, response.text[:500])
        case.validate_response(response, headers=auth)

    run()


@pytest.mark.parametrize(("name", "mode"), CASES, ids=[f"{mode}-{name}" for name, mode in CASES])
def test_fuzz_with_a_device_token(api: Api, name: str, mode: GenerationMode) -> None:
    _fuzz(api, name, mode, api.token)


@pytest.mark.parametrize(("name", "mode"), CASES, ids=[f"{mode}-{name}" for name, mode in CASES])
def test_fuzz_without_a_token(api: Api, name: str, mode: GenerationMode) -> None:
    _fuzz(api, name, mode, None)
