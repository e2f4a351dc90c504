"""Build the app's translations: ``python -m deskclient.ui.i18n_build [--update]``.

Why this exists: the ``.ts`` files in ``resources/i18n`` are the source of truth and are committed;
the ``.qm`` files the app loads are build output (git-ignored), so every checkout, CI job and
fresh venv must compile them itself, with only PySide6 installed (no system Qt, no PATH set-up,
no activated venv). This module finds PySide6's own ``lrelease``/``lupdate`` wherever pip put
them and keeps both steps one command:

* no flags: compile each ``deskclient_<lang>.ts`` to ``.qm`` beside it, skipping the ones whose
  ``.qm`` is newer than the ``.ts`` (``make translations`` runs this before the app and the tests);
* ``--update``: after changing user-facing strings, re-extract every ``tr()``/``translate()``/
  ``QT_TRANSLATE_NOOP`` string from ``deskclient/**/*.py`` into the ``.ts`` files of all shipped
  languages. Existing translations are kept, vanished strings are dropped (``-no-obsolete``) and
  source locations are stored relative, so a change shows up as a small diff. New strings arrive
  as ``type="unfinished"``: translate them (Qt Linguist or any editor) before committing.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from deskclient.paths import resource_path

#: Shipped languages: file code -> the language written into a new ``.ts`` (plural rules depend on it).
TS_LANGUAGES = {"en": "en", "bn": "bn_IN", "hi": "hi_IN", "sw": "sw_KE"}
PACKAGE_DIR = Path(__file__).resolve().parents[1]
PROJECT_DIR = PACKAGE_DIR.parent
UPDATE_COMMAND = "python -m deskclient.ui.i18n_build --update"


class ToolNotFound(RuntimeError):
    """PySide6's Qt Linguist tools are not where a pip-installed PySide6 keeps them."""


def _executable_names(stem: str) -> list[str]:
    return [stem + ".exe", stem] if sys.platform == "win32" else [stem]


def find_tool(name: str) -> list[str]:
    """The command that runs Qt's ``name`` tool (``lrelease`` or ``lupdate``) shipped with PySide6.

    Tried in order: the binary inside the PySide6 package (what the ``pyside6-*`` wrappers call,
    without a second Python start), the ``pyside6-<name>`` script beside this interpreter (a venv
    that is not activated has it there, not on PATH), then ``pyside6-<name>`` on PATH.
    """
    candidates: list[Path] = []
    spec = importlib.util.find_spec("PySide6")
    for location in (spec.submodule_search_locations or []) if spec else []:
        package = Path(location)
        for folder in (package, package / "Qt" / "libexec", package / "Qt" / "bin"):
            candidates += [folder / exe for exe in _executable_names(name)]
    scripts = Path(sys.executable).parent
    candidates += [scripts / exe for exe in _executable_names(f"pyside6-{name}")]
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return [str(candidate)]
    on_path = shutil.which(f"pyside6-{name}")
    if on_path:
        return [on_path]
    raise ToolNotFound(f"Qt's {name} was not found; is PySide6 installed in this environment ({sys.executable})? "
                       f"Looked at: {', '.join(str(c) for c in candidates)}")


def ts_files(ts_dir: Path | None = None) -> list[Path]:
    """The committed translation sources, ``deskclient_<lang>.ts``."""
    return sorted((ts_dir or resource_path("i18n")).glob("deskclient_*.ts"))


def source_files() -> list[Path]:
    """Every Python file that may hold user-facing strings (migrations never do)."""
    return sorted(path for path in PACKAGE_DIR.rglob("*.py")
                  if "migrations" not in path.relative_to(PACKAGE_DIR).parts)


def compile_translations(ts_dir: Path | None = None, out_dir: Path | None = None, force: bool = False) -> list[Path]:
    """Compile each ``.ts`` whose ``.qm`` is missing or older; returns the ``.qm`` files written."""
    sources = ts_files(ts_dir)
    if not sources:
        raise FileNotFoundError(f"no deskclient_*.ts in {ts_dir or resource_path('i18n')}")
    lrelease: list[str] | None = None
    written: list[Path] = []
    for ts in sources:
        qm = (out_dir or ts.parent) / ts.with_suffix(".qm").name
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        lrelease = lrelease or find_tool("lrelease")
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([*lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def run_lupdate(targets: Sequence[Path], locations: str = "relative") -> None:
    """Extract the strings of ``source_files()`` into ``targets`` (created or merged, obsolete dropped)."""
    lupdate = find_tool("lupdate")
    for ts in targets:
        language = TS_LANGUAGES.get(ts.stem.removeprefix("deskclient_"))
        command = [*lupdate, "-silent", "-no-obsolete", "-locations", locations]
        if language:
            command += ["-source-language", "en", "-target-language", language]
        sources = [str(path.relative_to(PROJECT_DIR)) for path in source_files()]
        subprocess.run([*command, *sources, "-ts", str(ts.resolve())], check=True, cwd=PROJECT_DIR)


def update_translations(ts_dir: Path | None = None) -> list[Path]:
    """Refresh the ``.ts`` of every shipped language from the code; returns them."""
    folder = ts_dir or resource_path("i18n")
    folder.mkdir(parents=True, exist_ok=True)
    targets = [folder / f"deskclient_{code}.ts" for code in TS_LANGUAGES]
    run_lupdate(targets)
    return targets


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m deskclient.ui.i18n_build", description=__doc__.splitlines()[0]
                                     if __doc__ else None)
    parser.add_argument("--update", action="store_true",
                        help="re-extract the strings from the code into the .ts files (keeps translations)")
    parser.add_argument("--ts-dir", type=Path, default=None, help="folder of the .ts files (default resources/i18n)")
    parser.add_argument("--output-dir", type=Path, default=None, help="folder for the .qm (default: beside the .ts)")
    parser.add_argument("--force", action="store_true", help="compile even if the .qm looks up to date")
    args = parser.parse_args(argv)
    try:
        if args.update:
            for ts in update_translations(args.ts_dir):
                print(f"updated {ts}")
            print("Translate the new (unfinished) messages, then run `make translations`.")
            return 0
        for qm in compile_translations(args.ts_dir, args.output_dir, force=args.force):
            print(f"compiled {qm}")
    except (ToolNotFound, FileNotFoundError, subprocess.CalledProcessError) as error:
        print(f"i18n_build: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
