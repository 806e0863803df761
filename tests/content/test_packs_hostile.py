"""Hostile packs, each built here with zipfile: rejected with its own message, nothing written.

Every test goes through the same door a user does: ``inspect_pack`` must refuse the pack
with the expected problem code and wording (in English and Vietnamese), ``install_pack``
must refuse it, and ``python main.py pack import`` must print the message and write nothing
at all — not in the data folder and not beside the pack.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import struct
import unicodedata
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from trainer import cli, paths
from trainer.content.loader import MAX_DEPTH, MAX_FILE_BYTES
from trainer.content.packs import DEFAULT_LIMITS, PackError, inspect_pack, install_pack

ROOT = Path(__file__).resolve().parents[2]
GOOD = ROOT / "scenarios" / "ngo-doc-thuc-pham-ban-tru.json"
GOOD_ENTRY = "scenarios/ngo-doc-thuc-pham-ban-tru.json"


def manifest_for(files: dict[str, bytes], **overrides: object) -> bytes:
    manifest: dict[str, object] = {
        "pack_format": 1,
        "name": "Hostile",
        "version": "1",
        "author": "someone",
        "language": "vi",
        "created": "2025-07-01T09:30:00Z",
        "files": [{"path": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()} for n, d in files.items()],
    }
    manifest.update(overrides)
    return json.dumps(manifest, ensure_ascii=False).encode("utf-8")


def make_pack(
    path: Path,
    files: dict[str, bytes] | None = None,
    *,
    extra: Sequence[tuple[zipfile.ZipInfo | str, bytes]] = (),
    manifest: bytes | None = None,
    with_manifest: bool = True,
    listed: dict[str, bytes] | None = None,
) -> Path:
    """A pack with *files* listed in a correct manifest, plus *extra* raw entries."""
    files = {GOOD_ENTRY: GOOD.read_bytes()} if files is None else files
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        if with_manifest:
            zf.writestr("manifest.json", manifest if manifest is not None else manifest_for(listed or files))
        for name, data in files.items():
            zf.writestr(name, data)
        for info, data in extra:
            zf.writestr(info, data)
    return path


def all_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() or p.is_symlink()) if folder.exists() else []


@pytest.fixture(autouse=True)
def _empty_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh machine: no bundled scenarios, an empty data folder."""
    (tmp_path / "bundled").mkdir()
    monkeypatch.setenv("TRAINER_BUNDLED_SCENARIOS", str(tmp_path / "bundled"))


@pytest.fixture
def pack_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox" / "usb"
    folder.mkdir(parents=True)
    return folder


def assert_rejected(pack: Path, code: str, english: str, vietnamese: str, capsys: pytest.CaptureFixture[str]) -> None:
    before_beside = all_files(pack.parent.parent)
    insp = inspect_pack(pack)
    assert not insp.ok
    codes = [i.code for i in insp.errors]
    assert code in codes, [i.message() for i in insp.errors]
    found = next(i for i in insp.errors if i.code == code)
    assert english in found.message("en")
    assert vietnamese in found.message("vi")
    with pytest.raises(PackError) as caught:
        install_pack(insp, "replace")
    assert english in caught.value.message("en")
    # The command a trainer would type: the message, exit status 1, nothing written.
    assert cli.run(["pack", "import", str(pack), "--on-conflict", "replace"]) == 1
    out = capsys.readouterr()
    assert english in out.out + out.err
    assert all_files(paths.data_dir()) == []
    assert all_files(pack.parent.parent) == before_beside


def test_a_good_pack_made_the_same_way_is_accepted(pack_dir: Path) -> None:
    """The builder below is sound: without the hostile part, the pack imports."""
    insp = inspect_pack(make_pack(pack_dir / "good.zip"))
    assert insp.ok, [i.message() for i in insp.errors]
    result = install_pack(insp)
    assert [sid for sid, _ in result.added] == ["ngo-doc-thuc-pham-ban-tru"]


@pytest.mark.parametrize(
    "name", ["../evil.json", "scenarios/../../evil.json", "assets/../../../evil.json", "..\\evil.json"]
)
def test_path_traversal(pack_dir: Path, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    pack = make_pack(pack_dir / "p.zip", extra=[(zipfile.ZipInfo(name), b"{}")])
    assert_rejected(
        pack, "pack_path_traversal", f'"{name}" points outside the pack with ".."', "trỏ ra ngoài gói", capsys
    )
    assert not (pack_dir.parent / "evil.json").exists()


@pytest.mark.parametrize("name", ["/tmp/evil.json", "C:/evil.json", "\\\\server\\share\\evil.json"])
def test_absolute_path(pack_dir: Path, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    pack = make_pack(pack_dir / "p.zip", extra=[(zipfile.ZipInfo(name), b"{}")])
    assert_rejected(pack, "pack_absolute_path", "is an absolute path", "đường dẫn tuyệt đối", capsys)


def test_symbolic_link(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    link = zipfile.ZipInfo("scenarios/link.json")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    pack = make_pack(pack_dir / "p.zip", extra=[(link, b"/etc/passwd")])
    assert_rejected(pack, "pack_symlink", '"scenarios/link.json" is a symbolic link', "liên kết tượng trưng", capsys)


def test_device_file(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    device = zipfile.ZipInfo("assets/tty")
    device.create_system = 3
    device.external_attr = (stat.S_IFCHR | 0o666) << 16
    pack = make_pack(pack_dir / "p.zip", extra=[(device, b"")])
    assert_rejected(
        pack, "pack_special_file", '"assets/tty" is not an ordinary file', "không phải tệp thông thường", capsys
    )


def test_oversized_file(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = b'{"id": "' + os.urandom(MAX_FILE_BYTES // 2).hex().encode() + b'"}'
    assert len(big) > MAX_FILE_BYTES
    pack = make_pack(pack_dir / "p.zip", {GOOD_ENTRY: GOOD.read_bytes(), "scenarios/big.json": big})
    assert_rejected(
        pack,
        "pack_file_too_large",
        f'"scenarios/big.json" is {len(big)} bytes when unpacked; at most {MAX_FILE_BYTES} bytes',
        "khi giải nén",
        capsys,
    )


def test_zip_bomb_by_ratio(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zeros = bytes(MAX_FILE_BYTES - 1024)  # under the size limit, but it packs ~1000 times smaller
    pack = make_pack(pack_dir / "p.zip", {GOOD_ENTRY: GOOD.read_bytes(), "scenarios/bomb.json": zeros})
    info = zipfile.ZipFile(pack).getinfo("scenarios/bomb.json")
    assert info.file_size / info.compress_size > 500
    assert_rejected(pack, "pack_ratio", "this looks like a zip bomb", "bom nén", capsys)


def _moderate_bomb_chunks() -> Iterator[bytes]:
    # Each asset is under the size limit and packs only ~80 times smaller (under the ratio
    # limit); together they unpack to more than the total allowed.
    block = os.urandom(1024) + bytes(89 * 1024)
    count = DEFAULT_LIMITS.total_bytes // (15 * 1024 * 1024) + 1
    for _ in range(count):
        yield block * 170


def test_zip_bomb_by_total_size(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = pack_dir / "p.zip"
    files = {GOOD_ENTRY: GOOD.read_bytes()}
    with zipfile.ZipFile(pack, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", manifest_for(files))
        zf.writestr(GOOD_ENTRY, files[GOOD_ENTRY])
        for n, chunk in enumerate(_moderate_bomb_chunks()):
            assert len(chunk) < DEFAULT_LIMITS.asset_bytes
            zf.writestr(f"assets/part-{n}.bin", chunk)
    assert pack.stat().st_size < DEFAULT_LIMITS.pack_bytes
    total = sum(i.file_size for i in zipfile.ZipFile(pack).infolist())
    assert total > DEFAULT_LIMITS.total_bytes
    assert_rejected(
        pack,
        "pack_total_too_large",
        f"the pack would unpack to {total} bytes; at most {DEFAULT_LIMITS.total_bytes} bytes",
        "có dấu hiệu",
        capsys,
    )


def _rename_raw(pack: Path, old: bytes, new: bytes) -> None:
    """Change a name's bytes in both zip headers (the checksum covers data, not names)."""
    raw = pack.read_bytes()
    assert raw.count(old) == 2 and len(old) == len(new)
    pack.write_bytes(raw.replace(old, new))


def test_name_not_marked_utf8(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A tool wrote the UTF-8 bytes of "é" without setting flag bit 11: read as cp437 it is "├⌐".
    pack = make_pack(pack_dir / "p.zip", extra=[(zipfile.ZipInfo("assets/caf@@.png"), b"png")])
    _rename_raw(pack, b"caf@@", "café".encode())
    info = zipfile.ZipFile(pack).infolist()[-1]
    assert not info.flag_bits & 0x800 and info.filename == "assets/caf├⌐.png"
    assert_rejected(pack, "pack_name_encoding", "is not marked as UTF-8", "không được đánh dấu là UTF-8", capsys)


def test_name_flagged_utf8_but_invalid(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = make_pack(pack_dir / "p.zip", extra=[(zipfile.ZipInfo("assets/café.png"), b"png")])
    _rename_raw(pack, "é".encode(), b"\xff\xfe")
    assert_rejected(pack, "pack_name_not_utf8", "is not valid UTF-8", "không phải UTF-8 hợp lệ", capsys)


def test_nfd_name(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nfd = unicodedata.normalize("NFD", "assets/trường.png")
    assert nfd != unicodedata.normalize("NFC", nfd)
    pack = make_pack(pack_dir / "p.zip", extra=[(zipfile.ZipInfo(nfd), b"png")])
    assert_rejected(pack, "pack_name_not_nfc", "decomposed Unicode (NFD)", "Unicode tổ hợp (NFD)", capsys)


def test_deeply_nested_scenario_json(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deep = b"[" * 30_000 + b"]" * 30_000  # small enough not to trip the ratio check
    pack = make_pack(pack_dir / "p.zip", {GOOD_ENTRY: GOOD.read_bytes(), "scenarios/deep.json": deep})
    assert_rejected(
        pack, "too_deep", f"scenarios/deep.json: the JSON is nested more than {MAX_DEPTH} levels", "lồng nhau", capsys
    )


def test_deeply_nested_manifest(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {GOOD_ENTRY: GOOD.read_bytes()}
    nested = manifest_for(files)[:-1] + b', "x": ' + b'{"a": ' * 50 + b"1" + b"}" * 50 + b"}"
    pack = make_pack(pack_dir / "p.zip", files, manifest=nested)
    assert_rejected(pack, "too_deep", "manifest.json: the JSON is nested more than", "lồng nhau", capsys)


def test_checksum_mismatch(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = GOOD.read_bytes()
    tampered = data.replace("Hiệu trưởng".encode(), "Hiệu phó".encode(), 1)
    pack = make_pack(pack_dir / "p.zip", {GOOD_ENTRY: tampered}, listed={GOOD_ENTRY: data})
    assert_rejected(
        pack, "pack_checksum", f'"{GOOD_ENTRY}" does not match its checksum', "không khớp mã kiểm tra", capsys
    )


def test_missing_manifest(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = make_pack(pack_dir / "p.zip", with_manifest=False)
    assert_rejected(pack, "pack_no_manifest", "the pack has no manifest.json", "không có manifest.json", capsys)


def test_manifest_lists_a_file_that_is_not_there(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {GOOD_ENTRY: GOOD.read_bytes()}
    listed = {**files, "scenarios/ghost.json": b"{}"}
    pack = make_pack(pack_dir / "p.zip", files, listed=listed)
    assert_rejected(
        pack,
        "pack_missing_file",
        'the manifest lists "scenarios/ghost.json", but the pack does not',
        "không có tệp này",
        capsys,
    )


def test_file_not_in_the_manifest(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = make_pack(pack_dir / "p.zip", extra=[("assets/extra.png", b"png")])
    assert_rejected(
        pack,
        "pack_unlisted_file",
        '"assets/extra.png" is in the pack but not in its manifest',
        "không có trong manifest",
        capsys,
    )


def test_same_name_twice_ignoring_case(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = make_pack(pack_dir / "p.zip", extra=[("assets/Logo.png", b"1"), ("assets/logo.png", b"2")])
    assert_rejected(pack, "pack_duplicate_entry", "appears more than once", "xuất hiện nhiều lần", capsys)


def _set_flag(pack: Path, name: str, bit: int) -> None:
    """Set a general-purpose flag bit of *name* in both of its headers (zipfile cannot write one)."""
    raw = bytearray(pack.read_bytes())
    for signature, flags_at, name_length_at, name_at in ((b"PK\x03\x04", 6, 26, 30), (b"PK\x01\x02", 8, 28, 46)):
        start = raw.find(signature)
        while start != -1:
            (length,) = struct.unpack_from("<H", raw, start + name_length_at)
            if raw[start + name_at : start + name_at + length] == name.encode():
                (flags,) = struct.unpack_from("<H", raw, start + flags_at)
                struct.pack_into("<H", raw, start + flags_at, flags | bit)
            start = raw.find(signature, start + 4)
    pack.write_bytes(bytes(raw))


def test_encrypted_entry(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {GOOD_ENTRY: GOOD.read_bytes(), "assets/secret.bin": b"xxxxxxxxxxxx"}
    pack = make_pack(pack_dir / "p.zip", files)
    _set_flag(pack, "assets/secret.bin", 0x1)
    assert zipfile.ZipFile(pack).getinfo("assets/secret.bin").flag_bits & 0x1
    assert_rejected(pack, "pack_encrypted", '"assets/secret.bin" is encrypted', "bị mã hóa", capsys)


def test_entry_outside_the_pack_layout(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = make_pack(pack_dir / "p.zip", extra=[("autorun.inf", b"x")])
    assert_rejected(
        pack, "pack_unexpected_entry", '"autorun.inf" is not where a pack keeps its files', "nằm ngoài cấu trúc", capsys
    )


def test_not_a_zip_file(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = pack_dir / "p.zip"
    pack.write_bytes(b"this is a letter, not a pack")
    assert_rejected(pack, "pack_not_zip", "this is not a scenario pack", "không phải gói kịch bản", capsys)


def test_newer_pack_format(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {GOOD_ENTRY: GOOD.read_bytes()}
    pack = make_pack(pack_dir / "p.zip", files, manifest=manifest_for(files, pack_format=2))
    assert_rejected(pack, "pack_manifest_format", "unsupported pack format 2", "định dạng gói 2", capsys)


def test_manifest_field_with_a_bad_value(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {GOOD_ENTRY: GOOD.read_bytes()}
    pack = make_pack(pack_dir / "p.zip", files, manifest=manifest_for(files, language="Tiếng Việt"))
    assert_rejected(
        pack,
        "pack_manifest_value",
        'manifest.json: /language: "Tiếng Việt" is not valid here: give a language code',
        "mã ngôn ngữ",
        capsys,
    )


def test_invalid_scenario_rejects_the_whole_pack(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = json.loads(GOOD.read_text(encoding="utf-8"))
    doc["id"] = "hong"
    del doc["questions"]
    broken = json.dumps(doc, ensure_ascii=False).encode()
    pack = make_pack(pack_dir / "p.zip", {GOOD_ENTRY: GOOD.read_bytes(), "scenarios/hong.json": broken})
    assert_rejected(
        pack, "required", 'scenarios/hong.json: the field "questions" is missing', 'thiếu trường "questions"', capsys
    )


def test_a_pack_file_over_the_size_limit_is_not_even_opened(pack_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = pack_dir / "p.zip"
    with open(pack, "wb") as f:
        f.truncate(DEFAULT_LIMITS.pack_bytes + 1)  # sparse: costs no disk
    assert_rejected(pack, "pack_too_large", "a pack may be at most", "mỗi gói tối đa", capsys)
