"""Refresh the translation source from the code, then fill it from the glossary.

    python -m trainer.i18n.update

1. `pyside6-lupdate` collects every tr()/translate() string of trainer/ui into trainer_vi.ts
   (and trainer_en.ts, where each English source string is its own translation);
2. each message without a translation takes it from vi.json and vi.d/*.json (English source ->
   Vietnamese; a feature may keep its strings in its own vi.d/<feature>.json);
3. strings still untranslated are listed (add them to vi.json and run again);
4. the .qm files are rebuilt.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from trainer.i18n.build import build

HERE = Path(__file__).resolve().parent
UI = HERE.parent / "ui"
SPEECH = HERE.parent / "speech"  # the text-only notices (notices.py) are shown in the interface


def lupdate(ts: Path, language: str = "vi") -> None:
    exe = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or "pyside6-lupdate"
    sources = sorted(str(p) for p in [*UI.rglob("*.py"), *SPEECH.glob("notices.py")])
    cmd = [
        exe,
        *sources,
        "-ts",
        str(ts),
        "-source-language",
        "en",
        "-target-language",
        language,
        "-no-obsolete",
        "-silent",
    ]
    subprocess.run(cmd, check=True)


def messages(ts: Path) -> list[tuple[str, str, str | None]]:
    """(context, source, translation or None if unfinished) for every message."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            t = m.find("translation")
            text = t.text if t is not None else None
            done = t is not None and t.get("type") not in ("unfinished", "obsolete", "vanished") and bool(text)
            out.append((name, m.findtext("source") or "", text if done else None))
    return out


def fill(ts: Path, glossary: dict[str, str]) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for m in tree.getroot().iter("message"):
        source = m.findtext("source") or ""
        t = m.find("translation")
        if t is None:
            t = ET.SubElement(m, "translation")
        if source in glossary:
            t.text = glossary[source]
            t.attrib.pop("type", None)
        elif not t.text:
            missing.append(source)
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def load_glossary() -> dict[str, str]:
    """vi.json plus every vi.d/*.json (one file per feature, so work in parallel does not collide)."""
    glossary: dict[str, str] = json.loads((HERE / "vi.json").read_text(encoding="utf-8"))
    for extra in sorted((HERE / "vi.d").glob("*.json")):
        glossary.update(json.loads(extra.read_text(encoding="utf-8")))
    return glossary


def main() -> int:
    ts = HERE / "trainer_vi.ts"
    lupdate(ts)
    glossary = load_glossary()
    missing = fill(ts, glossary)
    # English: the source strings are English; the .ts records them as their own translation
    # so that translators of other languages start from a complete file.
    en = HERE / "trainer_en.ts"
    lupdate(en, "en")
    fill(en, {source: source for _ctx, source, _t in messages(en)})
    build()
    for source in missing:
        print(f"untranslated: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
