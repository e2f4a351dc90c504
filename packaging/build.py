"""Build the one-folder app and its zip: ``python packaging/build.py`` (``make package`` runs it).

The same script builds on Windows (``py packaging/build.py`` in the project's venv) and Linux:

1. compiles the translations (``.qm``) if they are missing or older than the ``.ts`` files;
2. runs PyInstaller with ``packaging/deskclient.spec`` into ``dist/deskclient/`` (work files in
   ``build/pyinstaller/``);
3. zips the folder to ``dist/deskclient-<version>-<os>-<machine>.zip``;
4. prints the folder's and the zip's size and what takes the space, and writes them to
   ``dist/deskclient-size.json`` (``make bench`` reports them).

``--check`` also runs the frozen ``--selftest`` afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import stat
import subprocess
import sys
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "deskclient.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP = DIST / "deskclient"
SIZE_REPORT = DIST / "deskclient-size.json"
#: The download budget on Linux (the issue): the folder after stripping, and its zip.
FOLDER_BUDGET_MB = 180
ZIP_BUDGET_MB = 75


def version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def executable(folder: Path = APP, console: bool = True) -> Path:
    """The frozen program in ``folder`` (on Windows the console twin when ``console``)."""
    if sys.platform == "win32":
        return folder / ("deskclient-console.exe" if console else "deskclient.exe")
    return folder / "deskclient"


def zip_path() -> Path:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return DIST / f"deskclient-{version()}-{system}-{platform.machine().lower()}.zip"


def compile_translations() -> None:
    subprocess.run([sys.executable, "-m", "deskclient.ui.i18n_build"], cwd=ROOT, check=True)


def run_pyinstaller(dist: Path = DIST, work: Path = WORK) -> None:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(SPEC)], cwd=ROOT, check=True)


def make_zip(folder: Path, target: Path) -> Path:
    """Deflate at level 9: the zip is what travels to a center over a slow link.

    PyInstaller links some Linux libraries into ``_internal`` by symlink; they are stored as symlinks
    (as ``zip --symlinks`` does; ``unzip`` restores them), not as second copies. Windows builds have none.
    """
    target.unlink(missing_ok=True)
    partial = target.with_suffix(".partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(folder.rglob("*")):
            name = (Path(folder.name) / path.relative_to(folder)).as_posix()
            if path.is_symlink():
                info = zipfile.ZipInfo(name, date_time=time.localtime(path.lstat().st_mtime)[:6])
                info.create_system = 3  # Unix, so the mode below is read
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                archive.writestr(info, os.readlink(path))
            elif path.is_file():
                archive.write(path, name)
    partial.replace(target)
    return target


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def biggest_parts(folder: Path, count: int = 15) -> list[tuple[str, int]]:
    """The largest files, and Python packages counted as one, in bytes."""
    internal = folder / "_internal" if (folder / "_internal").is_dir() else folder
    sizes: dict[str, int] = {}
    for path in internal.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        relative = path.relative_to(internal)
        parts = relative.parts
        if parts[0] == "PySide6" and len(parts) > 2 and parts[1] == "Qt":
            key = "/".join(parts[:3]) if parts[2] != "lib" else "/".join(parts[:4])  # Qt/plugins, each Qt lib
        elif len(parts) > 1:
            key = parts[0] + "/"  # a package, as one
        else:
            key = parts[0]
        sizes[key] = sizes.get(key, 0) + path.stat().st_size
    return sorted(sizes.items(), key=lambda item: item[1], reverse=True)[:count]


def size_report(folder: Path = APP, archive: Path | None = None) -> dict[str, object]:
    """Sizes of ``folder`` and of ``archive`` (None: no zip was made with this build)."""
    return {
        "version": version(), "platform": f"{sys.platform}-{platform.machine().lower()}",
        "folder_bytes": folder_size(folder),
        "zip_bytes": archive.stat().st_size if archive is not None and archive.exists() else None,
        "files": sum(1 for path in folder.rglob("*") if path.is_file()),
        "biggest": biggest_parts(folder),
        "budget_mb": {"folder": FOLDER_BUDGET_MB, "zip": ZIP_BUDGET_MB},
    }


def print_report(report: dict[str, object]) -> None:
    mb = 1024 * 1024
    folder_bytes = int(report["folder_bytes"])  # type: ignore[call-overload]
    zip_bytes = report["zip_bytes"]
    print(f"dist/deskclient: {folder_bytes / mb:.1f} MB in {report['files']} files "
          f"(budget {FOLDER_BUDGET_MB} MB)")
    if zip_bytes is not None:
        print(f"{zip_path().name}: {int(zip_bytes) / mb:.1f} MB (budget {ZIP_BUDGET_MB} MB)")  # type: ignore[call-overload]
    print("biggest parts:")
    for name, size in report["biggest"]:  # type: ignore[attr-defined]
        print(f"  {size / mb:7.1f} MB  {name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-zip", action="store_true", help="skip the zip")
    parser.add_argument("--check", action="store_true", help="run the frozen --selftest after building")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    compile_translations()
    run_pyinstaller()
    archive = None if args.no_zip else make_zip(APP, zip_path())
    report = size_report(APP, archive)
    report["build_seconds"] = round(time.perf_counter() - started, 1)
    SIZE_REPORT.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(f"built {APP} in {report['build_seconds']} s")
    print_report(report)
    over = int(report["folder_bytes"]) > FOLDER_BUDGET_MB * 1024 * 1024 or (  # type: ignore[call-overload]
        archive is not None and archive.stat().st_size > ZIP_BUDGET_MB * 1024 * 1024)
    if over:
        print("over the size budget: see the biggest parts above", file=sys.stderr)
    if args.check:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        done = subprocess.run([str(executable()), "--selftest"], env=env, check=False)
        if done.returncode != 0:
            return done.returncode
    return 1 if over else 0


if __name__ == "__main__":
    if shutil.which("strip") is None and sys.platform.startswith("linux"):
        print("note: `strip` (binutils) is not installed; the build will be larger", file=sys.stderr)
    raise SystemExit(main())
