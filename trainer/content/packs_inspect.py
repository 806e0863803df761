"""Read a pack and judge all of it, writing nothing.

Order: the pack file's size; the zip's directory; every entry's header (packs_safety);
the manifest; the manifest against the entries (nothing missing, nothing extra); each
file's size and checksum; each scenario with the library's own validator.
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

from trainer.content.loader import load_scenario_text
from trainer.content.packs_manifest import parse_manifest
from trainer.content.packs_model import (
    DEFAULT_LIMITS,
    MANIFEST_NAME,
    Limits,
    PackAsset,
    PackInspection,
    PackScenario,
    issue,
)
from trainer.content.packs_safety import Entry, check_entries, entry_kind, read_entry, size_limit
from trainer.domain.text import nfc


def inspect_pack(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> PackInspection:
    """Everything about the pack at *path*; ``.ok`` says whether it may be installed."""
    insp = PackInspection(Path(path))
    try:
        size = insp.path.stat().st_size
    except OSError as exc:
        insp.issues.append(issue("pack_io", detail=exc.strerror or str(exc)))
        return insp
    if size > limits.pack_bytes:
        insp.issues.append(issue("pack_too_large", size=size, limit=limits.pack_bytes))
        return insp
    try:
        zf = zipfile.ZipFile(insp.path)
    except UnicodeDecodeError as exc:  # a name flagged as UTF-8 that is not
        insp.issues.append(issue("pack_name_not_utf8", detail=f"byte {exc.start}: {exc.object[: exc.end]!r}"))
        return insp
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        insp.issues.append(issue("pack_not_zip", detail=str(exc)))
        return insp
    except OSError as exc:
        insp.issues.append(issue("pack_io", detail=exc.strerror or str(exc)))
        return insp
    with zf:
        _inspect_zip(zf, insp, limits)
    return insp


def _inspect_zip(zf: zipfile.ZipFile, insp: PackInspection, limits: Limits) -> None:
    entries, problems = check_entries(zf, limits)
    if problems:
        insp.issues.extend(problems)
        return
    by_name = {e.name: e for e in entries}
    manifest_entry = by_name.get(MANIFEST_NAME)
    if manifest_entry is None:
        insp.issues.append(issue("pack_no_manifest"))
        return
    raw, problem = read_entry(zf, manifest_entry, limits.manifest_bytes)
    if problem is not None or raw is None:
        insp.issues.extend([problem] if problem else [])
        return
    manifest, problems = parse_manifest(raw)
    insp.issues.extend(problems)
    if manifest is None:
        return
    insp.manifest = manifest
    listed: dict[str, str] = {}
    for f in manifest.files:
        if f.path in listed:
            insp.issues.append(issue("pack_listed_twice", MANIFEST_NAME, name=f.path))
        elif entry_kind(f.path) not in ("scenario", "asset"):
            insp.issues.append(issue("pack_unexpected_entry", MANIFEST_NAME, name=f.path))
        elif f.path not in by_name:
            insp.issues.append(issue("pack_missing_file", name=f.path))
        listed[f.path] = f.sha256
    for e in entries:
        if e.name != MANIFEST_NAME and e.name not in listed:
            insp.issues.append(issue("pack_unlisted_file", name=e.name))
    if insp.issues:
        return
    for f in manifest.files:
        entry = by_name[f.path]
        data, problem = read_entry(zf, entry, size_limit(entry.kind, limits))
        if problem is not None or data is None:
            insp.issues.extend([problem] if problem else [])
            continue
        if len(data) != f.size or hashlib.sha256(data).hexdigest() != f.sha256:
            insp.issues.append(issue("pack_checksum", name=f.path))
            continue
        _add_file(insp, entry, data)
    _check_ids(insp)


def _add_file(insp: PackInspection, entry: Entry, data: bytes) -> None:
    if entry.kind == "asset":
        insp.assets.append(PackAsset(entry.name, data))
        return
    report = load_scenario_text(data, name=entry.name)
    if any(p.code == "not_nfc" for p in report.problems):
        # Installed files are NFC, like every text the app writes.
        data = nfc(data.decode("utf-8-sig")).encode("utf-8")
    insp.scenarios.append(PackScenario(entry.name, report, data))


def _check_ids(insp: PackInspection) -> None:
    first: dict[str, str] = {}
    for s in insp.scenarios:
        if not s.id:
            continue
        if s.id in first:
            insp.issues.append(issue("pack_duplicate_scenario", s.entry, id=s.id, other=first[s.id]))
        else:
            first[s.id] = s.entry
    if not insp.scenarios and not insp.issues:
        insp.issues.append(issue("pack_no_scenarios"))
