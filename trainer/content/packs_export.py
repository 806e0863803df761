"""Make a pack from scenario files (and, later, the assets they use)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from trainer import __version__
from trainer.content.loader import ScenarioReport, load_library, load_scenario_file
from trainer.content.packs_inspect import inspect_pack
from trainer.content.packs_manifest import manifest_bytes, now_utc
from trainer.content.packs_model import (
    ASSET_FOLDER,
    DEFAULT_LIMITS,
    MANIFEST_NAME,
    SCENARIO_FOLDER,
    Limits,
    Manifest,
    ManifestFile,
    PackError,
    PackIssue,
    issue,
)
from trainer.content.packs_safety import name_issue
from trainer.domain.text import nfc


@dataclass(frozen=True)
class PackMeta:
    """What the person making the pack says about it."""

    name: str
    version: str = "1.0"
    author: str = ""
    description: str = ""


def resolve_sources(items: Iterable[str], folders: Sequence[Path]) -> list[Path]:
    """Scenario files for *items*, each a file path or a scenario id found in *folders*."""
    by_id: dict[str, Path] = {}
    for report in load_library(folders):
        if report.valid and report.scenario is not None and report.path is not None:
            by_id.setdefault(report.scenario.id, report.path)
    found: list[Path] = []
    missing: list[PackIssue] = []
    for item in items:
        path = Path(item)
        if item in by_id:
            found.append(by_id[item])
        elif path.is_file():
            found.append(path)
        else:
            missing.append(issue("pack_export_unknown", name=item))
    if missing:
        raise PackError(missing)
    return found


def export_pack(
    sources: Sequence[str | Path],
    out: str | Path,
    meta: PackMeta,
    *,
    assets: Sequence[tuple[str, str | Path]] = (),
    limits: Limits = DEFAULT_LIMITS,
    created: str | None = None,
) -> Manifest:
    """Write the scenario files *sources* (and *assets*: (name under assets/, file)) as one pack.

    Every scenario must be valid; the finished pack is read back with the importer's own
    checks before it replaces *out*, so an exported pack is always importable.
    """
    out = Path(out)
    files: list[tuple[str, bytes]] = []
    problems: list[PackIssue] = []
    seen: dict[str, str] = {}
    languages: set[str] = set()
    for source in map(Path, sources):
        report = load_scenario_file(source)
        if not report.valid or report.scenario is None:
            problems.extend(_invalid(report))
            continue
        sid = report.scenario.id
        if sid in seen:
            problems.append(issue("pack_export_duplicate", str(source), id=sid, other=seen[sid]))
            continue
        seen[sid] = str(source)
        languages.add(report.scenario.language)
        data = nfc(source.read_bytes().decode("utf-8-sig")).encode("utf-8")
        files.append((f"{SCENARIO_FOLDER}/{sid}.json", data))
    for name, file in assets:
        entry = f"{ASSET_FOLDER}/{nfc(str(name)).strip('/')}"
        bad = name_issue(entry, limits)
        if bad is not None:
            problems.append(bad)
            continue
        try:
            data = Path(file).read_bytes()
        except OSError as exc:
            problems.append(issue("pack_io", str(file), detail=exc.strerror or str(exc)))
            continue
        if len(data) > limits.asset_bytes:
            problems.append(issue("pack_file_too_large", name=entry, size=len(data), limit=limits.asset_bytes))
        files.append((entry, data))
    if not seen and not problems:
        problems.append(issue("pack_no_scenarios"))
    if problems:
        raise PackError(problems)
    manifest = Manifest(
        name=nfc(meta.name.strip()),
        version=nfc(meta.version.strip()),
        author=nfc(meta.author.strip()),
        language=languages.pop() if len(languages) == 1 else "mul",
        created=created or now_utc(),
        files=tuple(ManifestFile(n, len(d), hashlib.sha256(d).hexdigest()) for n, d in files),
        description=nfc(meta.description.strip()),
        app_version=__version__,
    )
    _write_zip(out, manifest, files, limits)
    return manifest


def _invalid(report: ScenarioReport) -> list[PackIssue]:
    return [PackIssue(report.name, p) for p in report.errors]


def _write_zip(out: Path, manifest: Manifest, files: list[tuple[str, bytes]], limits: Limits) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    stamp = _zip_time(manifest.created)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=".zip.part", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, data in [(MANIFEST_NAME, manifest_bytes(manifest)), *files]:
                info = zipfile.ZipInfo(name, date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 3  # Unix, so the file type below is read as such
                info.external_attr = (stat.S_IFREG | 0o644) << 16
                zf.writestr(info, data)
        check = inspect_pack(tmp, limits)
        if not check.ok:
            raise PackError(check.errors)
        os.replace(tmp, out)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _zip_time(created: str) -> tuple[int, int, int, int, int, int]:
    try:
        t = datetime.fromisoformat(created.replace("Z", "+00:00"))
    except ValueError:
        t = datetime.now()
    return (max(t.year, 1980), t.month, t.day, t.hour, t.minute, t.second)
