"""The packaged app (PyInstaller, one folder): build it, then run its ``--selftest`` offline and with a server.

Slow (about two minutes to build on two cores) and still part of ``make test``: a build that cannot
start on a center PC is the worst failure there is. A build newer than every source is reused.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.packaging.conftest import expected_checks, passed_checks
from tests.packaging.frozen import build_module, ensure_build

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def frozen() -> Iterator[Path]:
    yield ensure_build()


def run_frozen(program: Path, *args: str, home: Path, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "QT_"))}
    env["DESKCLIENT_HOME"] = str(home)
    return subprocess.run([str(program), *args], env=env, capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL, check=False)


def test_frozen_selftest_passes_offline(frozen, tmp_path):
    done = run_frozen(frozen, "--selftest", home=tmp_path / "home")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "(frozen," in done.stdout.splitlines()[0]
    assert passed_checks(done.stdout) == expected_checks(with_server=False)
    assert "plugins in " + str(frozen.parent) in done.stdout  # Qt's plugins come from the build, not a venv
    assert not (tmp_path / "home").exists()


def test_frozen_selftest_enrolls_syncs_and_submits_with_a_real_server(frozen, tmp_path, selftest_server):
    done = run_frozen(frozen, "--selftest", *selftest_server.args(), home=tmp_path / "home")
    assert done.returncode == 0, done.stdout + done.stderr
    assert passed_checks(done.stdout) == expected_checks(with_server=True)
    assert "sent and accepted, the result among them; nothing waits" in done.stdout


def test_frozen_version_and_the_server_left_out(frozen, tmp_path):
    build = build_module()
    version = run_frozen(frozen, "--version", home=tmp_path / "home")
    assert version.returncode == 0 and version.stdout.strip() == f"deskclient {build.version()}"
    internal = frozen.parent / "_internal"
    for package in ("fastapi", "uvicorn", "starlette", "psycopg", "psycopg_binary", "hypothesis", "pytest"):
        assert not (internal / package).exists(), package
    demo = run_frozen(frozen, "--demo", home=tmp_path / "home")
    assert demo.returncode == 2
    assert "does not include" in demo.stderr


def test_frozen_build_carries_its_resources_and_stays_in_budget(frozen):
    internal = frozen.parent / "_internal"
    assert sorted(path.name for path in (internal / "resources" / "i18n").glob("*.qm")) == [
        "deskclient_bn.qm", "deskclient_en.qm", "deskclient_hi.qm", "deskclient_sw.qm"]
    assert {path.name for path in (internal / "resources" / "fonts").glob("*.ttf")} >= {
        "NotoSansBengali-Regular.ttf", "NotoSansDevanagari-Regular.ttf"}
    assert sorted(path.name for path in (internal / "deskclient/store/migrations/versions").glob("*.py"))[0] \
        .startswith("0001_")
    plugins = internal / "PySide6" / "Qt" / "plugins"
    if os.name != "nt":
        assert {path.name for path in (plugins / "platforms").iterdir()} >= {"libqoffscreen.so", "libqxcb.so"}
    assert not (plugins / "platformthemes").exists()  # GTK themes and their libraries stay out
    build = build_module()
    assert build.folder_size(frozen.parent) <= build.FOLDER_BUDGET_MB * 1024 * 1024
