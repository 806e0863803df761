"""Safety of a pack before anything in it is unpacked.

Every entry of the zip is judged on its header alone: its name (encoding, NFC, "..",
absolute paths, characters Windows cannot store), its type (symbolic links and devices are
refused), encryption, compression method, size, and compression ratio; then the total size.
Only a pack that passes every check is read, and each file is read with a hard cap so a
header that lies about the size cannot make us unpack more.
"""

from __future__ import annotations

import re
import stat
import zipfile
import zlib
from dataclasses import dataclass

from trainer.content.packs_model import (
    ASSET_FOLDER,
    MANIFEST_NAME,
    SCENARIO_FOLDER,
    Limits,
    PackIssue,
    issue,
)
from trainer.content.problems import Term
from trainer.domain.text import is_nfc

UTF8_FLAG = 0x800
ENCRYPTED_FLAG = 0x1
ACCEPTED_COMPRESSION = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_DRIVE = re.compile(r"^[A-Za-z]:")
_WINDOWS_FORBIDDEN = set('<>:"|?*')
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}

REASONS = {
    "control": Term("it contains control characters", "tên chứa ký tự điều khiển"),
    "forbidden": Term(
        'it contains a character that file names may not hold (< > : " | ? *)',
        'tên chứa ký tự không được dùng trong tên tệp (< > : " | ? *)',
    ),
    "backslash": Term(
        "it contains a backslash; packs separate folders with /", "tên chứa dấu \\; gói dùng / để ngăn thư mục"
    ),
    "empty_part": Term("it has an empty or '.' part", "tên có phần trống hoặc phần '.'"),
    "trailing": Term("a part of it ends with a space or a dot", "có phần tên kết thúc bằng dấu cách hoặc dấu chấm"),
    "reserved": Term(
        "it uses a name Windows reserves (CON, NUL, COM1…)", "tên trùng tên dành riêng của Windows (CON, NUL, COM1…)"
    ),
    "too_long": Term("it is too long", "tên quá dài"),
}


@dataclass(frozen=True)
class Entry:
    """A file inside a pack that passed every check on its header."""

    name: str
    kind: str  # "manifest", "scenario" or "asset"
    info: zipfile.ZipInfo


def entry_kind(name: str) -> str | None:
    """Where a name belongs in the pack layout; None if a pack has no such place."""
    if name == MANIFEST_NAME:
        return "manifest"
    parts = name.split("/")
    if parts[0] == SCENARIO_FOLDER and len(parts) == 2 and parts[1].endswith(".json") and len(parts[1]) > 5:
        return "scenario"
    if parts[0] == ASSET_FOLDER and len(parts) >= 2 and all(parts[1:]):
        return "asset"
    return None


def _folder_allowed(name: str) -> bool:
    parts = name.rstrip("/").split("/")
    return parts[0] in (SCENARIO_FOLDER, ASSET_FOLDER) and (parts[0] == ASSET_FOLDER or len(parts) == 1)


def name_issue(name: str, limits: Limits, *, utf8_flag: bool = True) -> PackIssue | None:
    """What is wrong with a name inside a pack (None if nothing)."""
    if not utf8_flag and not name.isascii():
        return issue("pack_name_encoding", name=name)
    if not is_nfc(name):
        return issue("pack_name_not_nfc", name=name)
    parts = re.split(r"[\\/]", name.rstrip("/"))
    if ".." in parts:
        return issue("pack_path_traversal", name=name)
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        return issue("pack_absolute_path", name=name)
    reason = _bad_name_reason(name, parts, limits)
    if reason:
        return issue("pack_bad_name", name=name, detail=REASONS[reason])
    return None


def _bad_name_reason(name: str, parts: list[str], limits: Limits) -> str | None:
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        return "control"
    if "\\" in name:
        return "backslash"
    if any(c in _WINDOWS_FORBIDDEN for c in name):
        return "forbidden"
    if len(name) > limits.name_length:
        return "too_long"
    for part in parts:
        if part in ("", "."):
            return "empty_part"
        if part.endswith((" ", ".")):
            return "trailing"
        if part.split(".")[0].upper() in _WINDOWS_RESERVED:
            return "reserved"
    return None


def check_entries(zf: zipfile.ZipFile, limits: Limits) -> tuple[list[Entry], list[PackIssue]]:
    """Judge every entry on its header; the entries are usable only when no issue is returned."""
    infos = zf.infolist()
    if len(infos) > limits.entries:
        return [], [issue("pack_too_many_entries", count=len(infos), limit=limits.entries)]
    entries: list[Entry] = []
    issues: list[PackIssue] = []
    seen: set[str] = set()
    total = 0
    for info in infos:
        problem = _entry_issue(info, limits)
        if problem is not None:
            issues.append(problem)
            continue
        name = info.filename
        folded = name.rstrip("/").casefold()
        if folded in seen:
            issues.append(issue("pack_duplicate_entry", name=name))
            continue
        seen.add(folded)
        total += info.file_size
        if not info.is_dir():
            entries.append(Entry(name, entry_kind(name) or "", info))
    if total > limits.total_bytes:
        issues.append(issue("pack_total_too_large", size=total, limit=limits.total_bytes))
    return entries, issues


def _entry_issue(info: zipfile.ZipInfo, limits: Limits) -> PackIssue | None:
    name = info.filename
    named = name_issue(name, limits, utf8_flag=bool(info.flag_bits & UTF8_FLAG))
    if named is not None:
        return named
    file_type = stat.S_IFMT(info.external_attr >> 16)
    if file_type == stat.S_IFLNK:
        return issue("pack_symlink", name=name)
    if file_type not in (0, stat.S_IFREG, stat.S_IFDIR):
        return issue("pack_special_file", name=name)
    if info.is_dir():
        if info.file_size or not _folder_allowed(name):
            return issue("pack_unexpected_entry", name=name)
        return None
    if info.flag_bits & ENCRYPTED_FLAG:
        return issue("pack_encrypted", name=name)
    if info.compress_type not in ACCEPTED_COMPRESSION:
        return issue("pack_compression", name=name)
    kind = entry_kind(name)
    if kind is None:
        return issue("pack_unexpected_entry", name=name)
    limit = size_limit(kind, limits)
    if info.file_size > limit:
        return issue("pack_file_too_large", name=name, size=info.file_size, limit=limit)
    if info.file_size > limits.ratio_floor and info.file_size > limits.ratio * max(info.compress_size, 1):
        ratio = info.file_size // max(info.compress_size, 1)
        return issue("pack_ratio", name=name, ratio=ratio, limit=limits.ratio)
    return None


def size_limit(kind: str, limits: Limits) -> int:
    return {"manifest": limits.manifest_bytes, "scenario": limits.scenario_bytes}.get(kind, limits.asset_bytes)


def read_entry(zf: zipfile.ZipFile, entry: Entry, limit: int) -> tuple[bytes | None, PackIssue | None]:
    """The entry's bytes, never more than *limit* whatever its header claims."""
    try:
        with zf.open(entry.info) as stream:
            data = stream.read(limit + 1)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
        return None, issue("pack_corrupt_entry", name=entry.name, detail=str(exc))
    if len(data) > limit:
        return None, issue("pack_file_too_large", name=entry.name, size=f"> {limit}", limit=limit)
    return data, None
