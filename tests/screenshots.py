"""Screenshots of the main screens for the README: ``python -m tests.screenshots docs``.

Drives the real app offscreen on a fresh demo folder, as a worker would: pick a name, type the
PIN, start the next ticket, insert a ready answer.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="deskclient-shots-"))
    os.environ["DESKCLIENT_HOME"] = str(home)
    from deskclient.cli import start_demo
    from deskclient.demo.content import demo_people
    from deskclient.paths import data_folder
    from deskclient.ui.app import build_window, make_application

    folder = data_folder().ensure()
    server = start_demo(folder)
    app = make_application()
    window = build_window(folder, demo_server=server)
    window.resize(1366, 740)
    window.show()

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def shot(name: str) -> None:
        pump(0.3)
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    pump(1.5)
    shot("login")
    person = next(p for p in demo_people() if p.role == "worker")
    card = next(c for c in window.login_page._people if c.display_name == person.display_name)
    window.login_page.choose(card)
    window.login_page.pin_field.setText(person.pin)
    window.login_page.submit()
    pump(1.5)
    shot("home")
    assert window.session is not None
    window.session.start_next()
    pump(1.5)
    screen = window.session.screen
    assert screen is not None
    screen.canned_box.setCurrentIndex(1)
    screen.insert_canned()
    screen.resolution.setCurrentIndex(1)
    shot("ticket")
    screen.submit_button.click()
    pump(1.0)
    assert window.sync is not None
    window.sync.controller.sync_now()
    pump(2.0)
    shot("home-synced")
    window.shutdown()
    if server is not None:
        server.stop()
    registry_shots(out, home / "registry")


def registry_shots(out: Path, root: Path) -> None:
    """Screens reached through the screen registry: the first-login PIN page and a supervisor's reset."""
    from PySide6.QtCore import QCoreApplication

    from deskclient.ui.screens import open_harness, screen

    harness = open_harness(root)
    try:
        for name, file_name in (("login.choose_pin", "choose-pin"), ("home.reset_pin", "reset-pin")):
            widget = screen(name).build(harness)
            for _ in range(30):
                QCoreApplication.processEvents()
                time.sleep(0.01)
            widget.window().grab().save(str(out / f"{file_name}.png"))
            print(out / f"{file_name}.png")
            harness.dismiss()
    finally:
        harness.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
