"""Scenario packs: share a set of scenarios as one ``.zip`` file, and import one safely.

    manifest = export_pack(files, "tinh-a.zip", PackMeta("Bộ kịch bản tỉnh A", "1.0", "Sở GD&ĐT"))
    insp = inspect_pack("tinh-a.zip")            # reads and judges everything, writes nothing
    if insp.ok:
        conflicts = find_conflicts(insp)         # ids already in the library
        result = install_pack(insp, {"some-id": "keep_both"})
    undo_last_import()                           # removes what it added, restores what it replaced

The parts: packs_model (data, limits), packs_safety (names, links, sizes, zip bombs),
packs_manifest, packs_inspect, packs_export, packs_install, packs_journal (undo).
Format and limits: docs/packs.md.
"""

from __future__ import annotations

from trainer.content.packs_export import PackMeta, export_pack, resolve_sources
from trainer.content.packs_inspect import inspect_pack
from trainer.content.packs_install import Conflict, ImportResult, default_folders, find_conflicts, install_pack
from trainer.content.packs_journal import Journal, UndoResult, journal_root, last_import, undo_last_import
from trainer.content.packs_model import (
    CHOICES,
    DEFAULT_LIMITS,
    MANIFEST_NAME,
    PACK_FORMAT,
    Choice,
    Limits,
    Manifest,
    ManifestFile,
    PackAsset,
    PackError,
    PackInspection,
    PackIssue,
    PackScenario,
)

__all__ = [
    "CHOICES",
    "DEFAULT_LIMITS",
    "MANIFEST_NAME",
    "PACK_FORMAT",
    "Choice",
    "Conflict",
    "ImportResult",
    "Journal",
    "Limits",
    "Manifest",
    "ManifestFile",
    "PackAsset",
    "PackError",
    "PackInspection",
    "PackIssue",
    "PackMeta",
    "PackScenario",
    "UndoResult",
    "default_folders",
    "export_pack",
    "find_conflicts",
    "inspect_pack",
    "install_pack",
    "journal_root",
    "last_import",
    "resolve_sources",
    "undo_last_import",
]
