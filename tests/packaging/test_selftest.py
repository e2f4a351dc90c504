"""``deskclient --selftest`` from the source tree (the frozen build runs it in test_frozen_build.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.packaging.conftest import expected_checks, passed_checks

ROOT = Path(__file__).resolve().parents[2]


def run_selftest(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DESKCLIENT_HOME=str(home))
    env.pop("QT_QPA_PLATFORM", None)  # the selftest must choose offscreen itself
    return subprocess.run([sys.executable, "-m", "deskclient", "--selftest", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def test_selftest_passes_every_check_and_leaves_the_data_folder_alone(tmp_path):
    home = tmp_path / "real-home"
    done = run_selftest(home=home)
    assert done.returncode == 0, done.stdout + done.stderr
    assert passed_checks(done.stdout) == expected_checks(with_server=False)
    assert "selftest passed" in done.stdout.splitlines()[-1]
    assert not home.exists()  # the real data folder was never created


def test_selftest_syncs_a_submitted_task_with_a_real_server(tmp_path, selftest_server):
    done = run_selftest(*selftest_server.args(), home=tmp_path / "real-home")
    assert done.returncode == 0, done.stdout + done.stderr
    assert passed_checks(done.stdout) == expected_checks(with_server=True)
    assert "3 task(s) and 1 person(s) received" in done.stdout
    assert "sent and accepted, the result among them; nothing waits" in done.stdout


def test_selftest_fails_with_exit_1_when_the_server_refuses_the_code(tmp_path, selftest_server):
    args = selftest_server.args()
    args[args.index("--enroll-code") + 1] = "WRONG-CODE-0000"
    done = run_selftest(*args, home=tmp_path / "real-home")
    assert done.returncode == 1
    assert "FAIL  enroll" in done.stdout
    assert "selftest FAILED: 1 of" in done.stdout
