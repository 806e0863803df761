"""The scoring engine and catalog import only the standard library and trainer.domain."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FILES = [ROOT / "trainer" / "domain" / "catalog.py", *sorted((ROOT / "trainer" / "domain" / "scoring").glob("*.py"))]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_scoring_imports_only_the_standard_library_and_the_domain() -> None:
    assert len(FILES) > 5
    for path in FILES:
        for name in _imports(path):
            top = name.split(".")[0]
            if top == "trainer":
                assert name.startswith("trainer.domain") or name == "trainer.data", (path.name, name)
            else:
                assert top in sys.stdlib_module_names or top == "__future__", (path.name, name)
