"""lupdate cannot see tr() calls written with single quotes inside f-strings: forbid them."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parent.parent / "trainer" / "ui"


def test_no_translatable_string_hidden_inside_an_f_string() -> None:
    offenders = [
        f"{p.name}:{n}"
        for p in UI.rglob("*.py")
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"tr\('", line)
    ]
    assert offenders == []
