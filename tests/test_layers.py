"""The layering rule of HOUSE-STYLE.md, enforced: imports point one way and only ui imports Qt."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "deskclient"

#: What each layer may import from the project (besides itself).
ALLOWED = {
    "domain": set(),
    "protocol": set(),
    "store": {"domain", "paths"},
    "services": {"domain", "store", "paths"},
    "sync": {"domain", "store", "services", "protocol", "paths"},
    "server": {"domain", "protocol", "paths"},
    "demo": {"domain", "services", "store", "paths", "sync", "server"},
    "ui": {"domain", "services", "store", "paths", "demo", "sync"},
}
QT = ("PySide6", "shiboken6")


def imports_of(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_layers_import_one_way_and_only_ui_imports_qt():
    problems = []
    for layer, allowed in ALLOWED.items():
        for path in sorted((ROOT / layer).rglob("*.py")):
            for name in imports_of(path):
                if name.startswith(QT) and layer != "ui":
                    problems.append(f"{path.relative_to(ROOT)} imports {name}")
                if name.startswith("deskclient."):
                    target = name.split(".")[1]
                    if target != layer and target not in allowed and target != "__init__":
                        problems.append(f"{path.relative_to(ROOT)} imports {name}")
    assert problems == []


def test_domain_imports_neither_sqlalchemy_nor_qt():
    for path in (ROOT / "domain").rglob("*.py"):
        assert not any(name.startswith(("sqlalchemy", *QT)) for name in imports_of(path)), path


def test_the_client_never_imports_the_server():
    for layer in ("domain", "protocol", "store", "services", "sync", "ui"):
        for path in (ROOT / layer).rglob("*.py"):
            assert not any(name.startswith("deskclient.server") for name in imports_of(path)), path
