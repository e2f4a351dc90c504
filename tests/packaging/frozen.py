"""The frozen build for the tests and the bench: reuse ``dist/deskclient`` when it is newer than the sources."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = ROOT / "packaging" / "build.py"
SOURCES = ("deskclient/**/*.py", "deskclient/**/*.mako", "resources/fonts/*", "resources/i18n/*.ts",
           "packaging/*.py", "packaging/*.spec", "pyproject.toml")


def build_module() -> ModuleType:
    """``packaging/build.py`` as a module (``packaging`` is not a package)."""
    spec = importlib.util.spec_from_file_location("deskclient_packaging_build", BUILD_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def newest_source() -> float:
    return max(path.stat().st_mtime for pattern in SOURCES for path in ROOT.glob(pattern) if path.is_file())


def frozen_executable() -> Path:
    return Path(build_module().executable())


def is_current(program: Path) -> bool:
    """Built after the last change to anything that goes into it."""
    return program.exists() and program.stat().st_mtime > newest_source()


def ensure_build() -> Path:
    """The frozen program, built now (without the zip) unless a current build exists."""
    program = frozen_executable()
    if not is_current(program):
        subprocess.run([sys.executable, str(BUILD_SCRIPT), "--no-zip"], cwd=ROOT, check=True, timeout=1200)
    assert is_current(program), f"the build did not produce {program}"
    return program
