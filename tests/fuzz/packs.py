"""Hypothesis strategies for hostile scenario packs, and the builder that writes them.

A case is a :class:`PackPlan`: the scenario files and assets of a pack (valid ones, or
malformed ones from mutations.py), what its manifest lists, the manifest itself (correct,
mutated like a scenario, replaced, or missing), extra hostile entries (path traversal,
absolute names, symbolic links, devices, reserved or NFD names, bombs, other compression
methods, a name twice), and byte surgery on the finished zip (a name that is not UTF-8, a
header that lies about a size, an encryption flag, truncation, a flipped byte, junk).
A few cases are random bytes. The plan is drawn first; the zip is built in the test,
where the sandbox path (for absolute names that point into it) is known.

The zip itself is written with the helpers of tests/content/test_packs_hostile.py.
"""

from __future__ import annotations

import json
import stat
import struct
import unicodedata
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from tests.content.test_packs_hostile import _rename_raw, _set_flag, make_pack, manifest_for
from tests.fuzz.mutations import TREE_OPS, Doc, Draw, between, choose, malformed_scenario
from tests.fuzz.seeds import FULL, encode, trimmed
from trainer.content.packs import DEFAULT_LIMITS, Limits

#: The smallest valid scenarios: a pack case validates a few, so they must be quick.
TINY = [trimmed(d, keep=1) for d in FULL]
TINY_BYTES = [encode(d) for d in TINY]
SANDBOX = "<sandbox>"  # replaced by the sandbox's absolute path when the zip is built
RAW_NAME = "assets/raw-name-{n}.bin"  # renamed to other bytes after the zip is written
RAW_NAME_UTF8 = "assets/ñame-{n}.bin"  # the same, but flagged as UTF-8 by zipfile

HOSTILE_NAMES = [
    "../evil.json",
    "../../evil.json",
    "scenarios/../../evil.json",
    "assets/../../../evil.json",
    "assets/a/../../../../evil.json",
    "..\\evil.json",
    "assets\\..\\..\\evil.json",
    f"{SANDBOX}/abs-evil.json",
    f"{SANDBOX}/home/scenarios/abs-evil.json",
    "C:/evil.json",
    "c:evil.json",
    "\\\\server\\share\\evil.json",
    "assets/a\x01b",
    "assets/\x7f",
    "assets/a:b",
    "assets/a?b",
    "scenarios/a*b.json",
    "assets/CON",
    "assets/nul.txt",
    "scenarios/COM1.json",
    "assets/a.",
    "assets/a ",
    "assets/ ",
    unicodedata.normalize("NFD", "assets/trường.png"),
    "assets/" + "a" * 300,
    "assets//x",
    "assets/./x",
    "scenarios/.json",
    "scenarios/",
    "assets/sub/",
    "other/",
    "autorun.inf",
    "scenarios/sub/x.json",
    "scenarios/x.txt",
    "MANIFEST.JSON",
    "manifest.json",
    "assets/logo.png",
    "ASSETS/LOGO.PNG",
    "assets/ok.bin",
]
FILE_TYPES = [0, stat.S_IFREG, stat.S_IFLNK, stat.S_IFCHR, stat.S_IFIFO, stat.S_IFDIR, stat.S_IFSOCK]
COMPRESSION = [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA]
SMALL_LIMITS = Limits(entries=4, manifest_bytes=600, scenario_bytes=4000, asset_bytes=100, total_bytes=9000, ratio=3)
MANIFEST_OVERRIDES: list[dict[str, Any]] = [
    {"pack_format": 2},
    {"pack_format": "1"},
    {"pack_format": None},
    {"pack_format": 1.0},
    {"language": "Tiếng Việt"},
    {"created": "yesterday"},
    {"files": []},
    {"files": "all"},
    {"name": ""},
    {"version": 1},
    {"description": "x" * 3000},
    {"extra_field": {"nested": [1, 2]}},
]


@dataclass
class Extra:
    """A hostile entry added after the pack's own files."""

    name: str
    data: bytes
    file_type: int = 0
    compression: int = zipfile.ZIP_DEFLATED


@dataclass
class PackPlan:
    files: dict[str, bytes] = field(default_factory=dict)  # what the zip holds (listed or not)
    listed: dict[str, bytes] | None = None  # what the manifest describes (None: the files)
    manifest: bytes | None = None  # None: a correct manifest for `listed`
    with_manifest: bool = True
    extras: list[Extra] = field(default_factory=list)
    surgery: list[tuple[str, Any]] = field(default_factory=list)
    raw: bytes | None = None  # the whole pack, instead of all of the above
    limits: Limits = DEFAULT_LIMITS
    installed: bytes | None = None  # a scenario already in the user's folder
    link_in_library: bool = False  # the user's folder holds a symbolic link named like one scenario


def _scenario(draw: Draw) -> tuple[str, bytes]:
    index = between(draw, 0, len(TINY) - 1)
    doc = TINY[index]
    data = draw(malformed_scenario(seeds=TINY)) if between(draw, 0, 3) == 0 else TINY_BYTES[index]
    name = f"scenarios/{doc['id']}.json"
    if between(draw, 0, 7) == 0:
        name = choose(draw, [f"scenarios/{doc['id']}-x.json", "scenarios/Khác.json", "scenarios/a b.json"])
    return name, data


def _manifest(draw: Draw, listed: dict[str, bytes]) -> bytes | None:
    how = choose(draw, ["good"] * 6 + ["override", "mutated", "mutated", "garbage", "nested"])
    if how == "good":
        return None
    if how == "override":  # a field set to a wrong value ("files" too, so not through manifest_for's keywords)
        doc = json.loads(manifest_for(listed))
        doc.update(choose(draw, MANIFEST_OVERRIDES))
        return json.dumps(doc, ensure_ascii=False).encode("utf-8")
    if how == "garbage":
        return choose(draw, [b"", b"{", b"[]", b"null", b"\xff\xfe{}", b"NaN", b'{"pack_format": 1e999}'])
    if how == "nested":
        depth = choose(draw, [31, 33, 5000])
        return manifest_for(listed)[:-1] + b', "x": ' + b"[" * depth + b"]" * depth + b"}"
    doc = Doc(json.loads(manifest_for(listed)), choose(draw, [None, 1]))
    for _ in range(between(draw, 1, 3)):
        choose(draw, TREE_OPS)(draw, doc)
    return doc.dumps()


def _extra(draw: Draw, n: int, taken: list[str]) -> Extra:
    how = choose(draw, ["name"] * 4 + ["type", "compression", "bomb", "case", "raw", "text"])
    data = bytes(choose(draw, [b"", b"{}", b"png", b"x" * 200]))
    if how == "type":
        return Extra(
            choose(draw, ["assets/link", "scenarios/l.json", "assets/dev"]),
            data,
            choose(draw, FILE_TYPES),
        )
    if how == "compression":
        return Extra(f"assets/c{n}.bin", b"abc" * 50, compression=choose(draw, COMPRESSION))
    if how == "bomb":  # small in the zip, large unpacked
        return Extra(f"assets/bomb{n}.bin", bytes(choose(draw, [70_000, 300_000, 2_100_000])))
    if how == "case" and taken:
        return Extra(choose(draw, taken).upper(), data)
    if how == "raw":
        return Extra(choose(draw, [RAW_NAME, RAW_NAME_UTF8]).format(n=n), data)
    if how == "text":
        return Extra(draw(st.text(min_size=1, max_size=24)), data)
    return Extra(choose(draw, HOSTILE_NAMES), data)


def _surgery(draw: Draw, plan: PackPlan) -> tuple[str, Any]:
    raws = [e.name for e in plan.extras if e.name.startswith(("assets/raw-name-", "assets/ñame-"))]
    names = [*plan.files, *(e.name for e in plan.extras)]
    how = choose(draw, ["truncate", "flip", "junk_before", "junk_after", "size", "flag", "rename"])
    if how == "rename" and raws:
        return how, (choose(draw, raws), choose(draw, [b"\xff\xfe", b"\xc3\x28", b"\x80", b"\xe9"]))
    if how in ("size", "flag") and names:
        value = (
            choose(draw, [0, 1, 100, 3_000_000, 0xFFFFFFFE])
            if how == "size"
            else choose(draw, [0x1, 0x8, 0x40, 0x2000])
        )
        return how, (choose(draw, names), value)
    if how in ("truncate", "flip"):
        return how, (draw(st.floats(0, 1)), between(draw, 1, 255))
    return "junk_after" if how == "junk_after" else "junk_before", bytes(draw(st.binary(min_size=1, max_size=40)))


@st.composite
def pack_plans(draw: Draw) -> PackPlan:
    kind = choose(draw, ["pack"] * 18 + ["bytes", "zip-ish"])
    if kind == "bytes":
        return PackPlan(raw=bytes(draw(st.binary(max_size=400))))
    if kind == "zip-ish":
        head = choose(draw, [b"PK\x03\x04", b"PK\x05\x06", b"PK\x01\x02", b"PK\x07\x08"])
        return PackPlan(raw=head + bytes(draw(st.binary(max_size=200))))
    plan = PackPlan()
    for _ in range(between(draw, 0, 2)):
        name, data = _scenario(draw)
        plan.files[name] = data
    if between(draw, 0, 5) == 0:
        plan.files["assets/img/logo.png"] = b"\x89PNG fake"
    listed = dict(plan.files)
    change = choose(draw, [None] * 6 + ["drop", "ghost", "checksum", "twice"])
    if change == "drop" and listed:
        listed.pop(next(iter(listed)))
    elif change == "ghost":
        listed["scenarios/ghost.json"] = b"{}"
    elif change == "checksum" and listed:
        first = next(iter(listed))
        listed[first] = listed[first] + b" "
    plan.listed = listed if change else None
    plan.manifest = _manifest(draw, listed)
    if change == "twice" and listed and plan.manifest is None:
        doc = json.loads(manifest_for(listed))
        doc["files"].append(doc["files"][0])
        plan.manifest = json.dumps(doc).encode()
    plan.with_manifest = between(draw, 0, 11) > 0
    for n in range(choose(draw, [0, 0, 0, 1, 1, 2, 3])):
        plan.extras.append(_extra(draw, n, list(plan.files)))
    if between(draw, 0, 3) == 0:
        plan.surgery.append(_surgery(draw, plan))
    plan.limits = SMALL_LIMITS if between(draw, 0, 9) == 0 else DEFAULT_LIMITS
    if plan.files and between(draw, 0, 3) == 0:
        installed = next(iter(plan.files.values()))
        plan.installed = (
            installed if draw(st.booleans()) else installed.replace(b'"title": "', '"title": "Cũ: '.encode(), 1)
        )
    plan.link_in_library = bool(plan.files) and between(draw, 0, 9) == 0
    return plan


def build(plan: PackPlan, path: Path, sandbox: Path) -> None:
    """Write the pack of *plan* to *path*; absolute names point into *sandbox*."""
    if plan.raw is not None:
        path.write_bytes(plan.raw)
        return
    extra = [(_info(e, sandbox), e.data) for e in plan.extras]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "Duplicate name": intended
        make_pack(
            path, plan.files, extra=extra, manifest=plan.manifest, with_manifest=plan.with_manifest, listed=plan.listed
        )
    for how, arg in plan.surgery:
        _operate(path, how, arg)


def _info(extra: Extra, sandbox: Path) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(extra.name.replace(SANDBOX, str(sandbox)))
    info.compress_type = extra.compression
    if extra.file_type:
        info.create_system = 3
        info.external_attr = (extra.file_type | 0o644) << 16
    return info


def _operate(path: Path, how: str, arg: Any) -> None:
    raw = path.read_bytes()
    if how == "rename":
        name, replacement = arg
        old = name.encode("utf-8")
        start = old.index(b"name-") if b"name-" in old else old.index(b"me-")
        new = old[:start] + replacement + old[start + len(replacement) :]
        if raw.count(old) == 2:
            _rename_raw(path, old, new)
    elif how == "flag":
        _set_flag(path, arg[0], arg[1])
    elif how == "size":
        _set_size(path, arg[0], arg[1])
    elif how == "truncate":
        path.write_bytes(raw[: int(len(raw) * arg[0])])
    elif how == "flip" and raw:
        at = min(int(len(raw) * arg[0]), len(raw) - 1)
        path.write_bytes(raw[:at] + bytes([raw[at] ^ arg[1]]) + raw[at + 1 :])
    elif how == "junk_before":
        path.write_bytes(arg + raw)
    elif how == "junk_after":
        path.write_bytes(raw + arg)


def _set_size(path: Path, name: str, size: int) -> None:
    """Make the central directory lie about *name*'s unpacked size (the data stays as it is)."""
    raw = bytearray(path.read_bytes())
    encoded = name.encode("utf-8")
    start = raw.find(b"PK\x01\x02")
    while start != -1:
        (length,) = struct.unpack_from("<H", raw, start + 28)
        if raw[start + 46 : start + 46 + length] == encoded:
            struct.pack_into("<I", raw, start + 24, size)
        start = raw.find(b"PK\x01\x02", start + 4)
    path.write_bytes(bytes(raw))
