"""Quick check of scenario files against the JSON Schema and the library's quality bar.

Usage: python scripts/check_scenario.py scenarios/a.json [...]
(Once `python main.py validate` exists, it is the authoritative validator.)
"""

import json
import sys
import unicodedata
from pathlib import Path

import jsonschema

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "trainer/content/schema/scenario-v1.schema.json").read_text(encoding="utf-8"))
TRAPS = {"speculation", "hypothetical", "blame", "off_the_record", "either_or", "repeat_pressure", "privacy_probe"}


def check(path: Path) -> list[str]:
    raw = path.read_text(encoding="utf-8")
    problems = []
    if not unicodedata.is_normalized("NFC", raw):
        problems.append("text is not NFC")
    d = json.loads(raw)
    for e in jsonschema.Draft202012Validator(SCHEMA).iter_errors(d):
        problems.append(f"schema {e.json_path}: {e.message}")
    if problems:
        return problems
    qs = d["questions"]
    ids = {q["id"] for q in qs}
    kinds = {q["kind"] for q in qs}
    if not 6 <= len(qs) <= 10:
        problems.append(f"{len(qs)} questions (need 6-10)")
    if len(kinds) < 4:
        problems.append(f"only {len(kinds)} kinds")
    if len(kinds & TRAPS) < 3:
        problems.append(f"only {len(kinds & TRAPS)} trap kinds")
    if not any(not f["confirmed"] for f in d["facts"]):
        problems.append("no unconfirmed fact")
    if not d["confidential"]:
        problems.append("no confidential items")
    if not 2 <= len(d["key_messages"]) <= 3:
        problems.append("need 2-3 key messages")
    for k in d["key_messages"]:
        if len(k["phrasings"]) < 3:
            problems.append(f"key message {k['id']} has < 3 phrasings")
    if not any(q.get("follow_ups") for q in qs):
        problems.append("no follow-up branch")
    jids = {j["id"] for j in d["journalists"]}
    kms = {k["id"] for k in d["key_messages"]}
    fids = {f["id"] for f in d["facts"]}
    reach = {q["id"] for q in qs if not q.get("follow_up_only")}
    for q in qs:
        if q["journalist"] not in jids:
            problems.append(f"{q['id']}: unknown journalist")
        for k in q.get("expects", {}).get("key_messages", []):
            if k not in kms:
                problems.append(f"{q['id']}: unknown key message {k}")
        for f in q.get("expects", {}).get("facts", []):
            if f not in fids:
                problems.append(f"{q['id']}: unknown fact {f}")
        for fu in q.get("follow_ups", []):
            if fu["ask"] not in ids:
                problems.append(f"{q['id']}: follow-up to unknown question {fu['ask']}")
            reach.add(fu["ask"])
    for q in qs:
        if q["id"] not in reach:
            problems.append(f"{q['id']}: unreachable (follow_up_only but no follow-up leads to it)")
    return problems


if __name__ == "__main__":
    bad = 0
    for arg in sys.argv[1:]:
        p = check(Path(arg))
        print(("OK  " if not p else "BAD ") + arg)
        for line in p:
            print("    " + line)
        bad += bool(p)
    sys.exit(1 if bad else 0)
