"""DESIGN.md's layering rules, enforced."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN_IN_DOMAIN = ("PySide6", "shiboken6", "sqlalchemy", "alembic", "pyttsx3", "jsonschema")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_domain_imports_no_qt_or_database_statically() -> None:
    offenders = {
        str(p.relative_to(ROOT)): sorted(_imports(p) & set(FORBIDDEN_IN_DOMAIN))
        for p in (ROOT / "trainer" / "domain").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_importing_the_domain_loads_no_qt_or_database_module() -> None:
    # A fresh interpreter: import every domain module, then list what got loaded.
    code = (
        "import importlib, pkgutil, sys, trainer.domain as d\n"
        "for m in pkgutil.walk_packages(d.__path__, d.__name__ + '.'):\n"
        "    importlib.import_module(m.name)\n"
        f"bad = sorted(n for n in sys.modules if n.split('.')[0] in {FORBIDDEN_IN_DOMAIN!r})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_the_architecture_check_would_catch_an_offender(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport sqlalchemy.orm\n", encoding="utf-8")
    assert _imports(bad) & set(FORBIDDEN_IN_DOMAIN) == {"PySide6", "sqlalchemy"}


def test_storage_and_content_do_not_import_qt() -> None:
    for layer in ("storage", "content"):
        for p in (ROOT / "trainer" / layer).rglob("*.py"):
            assert not (_imports(p) & {"PySide6", "shiboken6"}), p
