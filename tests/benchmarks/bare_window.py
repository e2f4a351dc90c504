"""The floor of the start-up and memory figures: the least a PySide6 window costs.

``python -m tests.benchmarks.bare_window`` prints ``shown <seconds since start>`` and
``rss {"maxrss_mb": ...}``, then exits 0.
"""

from __future__ import annotations

import time

STARTED_AT = time.perf_counter()

import json  # noqa: E402
import sys  # noqa: E402

from tests.benchmarks.rss_probe import peak_rss_mb  # noqa: E402


def main() -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("Who is working today?"))
    window.resize(1280, 720)
    window.show()
    app.processEvents()
    print(f"shown {time.perf_counter() - STARTED_AT:.3f}", flush=True)
    print("rss " + json.dumps({"maxrss_mb": peak_rss_mb()}), flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
