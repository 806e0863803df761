"""Scenario packs: export → import on a fresh data folder, conflicts, undo, the command line."""

from __future__ import annotations

import dataclasses
import json
import zipfile
from pathlib import Path

import pytest

from trainer import cli, paths
from trainer.content.loader import load_library, load_scenario_file
from trainer.content.packs import (
    PackError,
    PackMeta,
    export_pack,
    find_conflicts,
    inspect_pack,
    install_pack,
    journal_root,
    last_import,
    undo_last_import,
)

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    ROOT / "scenarios" / "ngo-doc-thuc-pham-ban-tru.json",
    ROOT / "scenarios" / "clip-bao-luc-hoc-duong.json",
    ROOT / "scenarios" / "en-student-data-breach.json",
]


@pytest.fixture(autouse=True)
def bundled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app's bundled library for these tests: empty unless a test puts files in it."""
    folder = tmp_path / "bundled"
    folder.mkdir()
    monkeypatch.setenv("TRAINER_BUNDLED_SCENARIOS", str(folder))
    return folder


def variant(source: Path, folder: Path, *, sid: str | None = None, title: str | None = None) -> Path:
    """A copy of a bundled scenario, with another id and/or title."""
    doc = json.loads(source.read_text(encoding="utf-8"))
    doc["id"] = sid or doc["id"]
    doc["title"] = title or doc["title"]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{doc['id']}.json"
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def tree(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_round_trip_on_a_fresh_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n dummy asset")
    pack = tmp_path / "out" / "tinh-a.zip"
    manifest = export_pack(
        SOURCES,
        pack,
        PackMeta("Bộ kịch bản tỉnh A", "2.1", "Sở GD&ĐT tỉnh A", "Ba tình huống"),
        assets=[("images/logo.png", logo)],
    )
    assert manifest.language == "mul"  # two Vietnamese scenarios and one English
    names = zipfile.ZipFile(pack).namelist()
    assert names[0] == "manifest.json"
    assert sorted(names[1:]) == sorted([f"scenarios/{p.stem}.json" for p in SOURCES] + ["assets/images/logo.png"])
    stored = json.loads(zipfile.ZipFile(pack).read("manifest.json"))
    assert {k: stored[k] for k in ("pack_format", "name", "version", "author", "language")} == {
        "pack_format": 1,
        "name": "Bộ kịch bản tỉnh A",
        "version": "2.1",
        "author": "Sở GD&ĐT tỉnh A",
        "language": "mul",
    }
    assert stored["created"].endswith("Z")
    assert all(len(f["sha256"]) == 64 and f["size"] > 0 for f in stored["files"])

    # Another machine: a new, empty data folder.
    monkeypatch.setenv("TRAINER_DATA_DIR", str(tmp_path / "elsewhere"))
    insp = inspect_pack(pack)
    assert insp.ok, [i.message() for i in insp.all_issues()]
    assert insp.warnings == []
    assert find_conflicts(insp) == {}
    result = install_pack(insp)
    assert sorted(sid for sid, _ in result.added) == sorted(p.stem for p in SOURCES)
    user = paths.user_scenarios_dir()
    assert user == tmp_path / "elsewhere" / "scenarios"
    assert (user / "assets" / "images" / "logo.png").read_bytes() == logo.read_bytes()

    installed = {r.scenario.id: r for r in load_library([user]) if r.scenario}
    assert len(installed) == 3 and all(r.valid and not r.warnings for r in installed.values())
    for source in SOURCES:
        original = load_scenario_file(source).scenario
        copy = installed[source.stem].scenario
        assert original is not None and copy is not None
        assert dataclasses.replace(copy, source_path=None) == dataclasses.replace(original, source_path=None)
        assert json.loads((user / source.name).read_text(encoding="utf-8")) == json.loads(
            source.read_text(encoding="utf-8")
        )
        assert (user / source.name).read_bytes() == source.read_bytes()  # bundled files are NFC already


def test_importing_the_same_pack_twice_changes_nothing(tmp_path: Path) -> None:
    pack = tmp_path / "p.zip"
    export_pack(SOURCES[:1], pack, PackMeta("P"))
    first = install_pack(inspect_pack(pack))
    assert first.changed and first.journal is not None
    again = install_pack(inspect_pack(pack))
    assert not again.changed and again.unchanged == [SOURCES[0].stem] and again.journal is None


@pytest.fixture
def conflicted(tmp_path: Path, bundled: Path) -> tuple[Path, Path, Path]:
    """Library: A bundled, B in the user's folder. The pack: changed A, changed B, and a new C."""
    a = variant(SOURCES[0], bundled, sid="a", title="A cũ")
    b = variant(SOURCES[1], paths.user_scenarios_dir(), sid="b", title="B cũ")
    made = tmp_path / "made"
    sources = [
        variant(SOURCES[0], made, sid="a", title="A mới"),
        variant(SOURCES[1], made, sid="b", title="B mới"),
        variant(SOURCES[2], made, sid="c"),
    ]
    pack = tmp_path / "p.zip"
    export_pack(sources, pack, PackMeta("Conflicts"))
    return pack, a, b


def test_conflicts_are_found_and_nothing_is_written_without_a_choice(conflicted: tuple[Path, Path, Path]) -> None:
    pack, a, b = conflicted
    before = tree(paths.data_dir())
    insp = inspect_pack(pack)
    conflicts = find_conflicts(insp)
    assert sorted(conflicts) == ["a", "b"]
    assert conflicts["a"].path == a and not conflicts["a"].replaceable and not conflicts["a"].identical
    assert conflicts["b"].path == b and conflicts["b"].replaceable and conflicts["b"].title == "B cũ"
    with pytest.raises(PackError) as caught:
        install_pack(insp)
    assert [i.code for i in caught.value.issues] == ["pack_conflict_unresolved"] * 2
    assert 'the scenario id "a" is already used by' in caught.value.message("en")
    assert "hãy chọn giữ cả hai, thay thế hoặc bỏ qua" in caught.value.message("vi")
    with pytest.raises(PackError) as refused:
        install_pack(insp, {"a": "replace", "b": "replace"})
    assert [i.code for i in refused.value.issues] == ["pack_cannot_replace"]
    assert "outside your scenario folder, so it cannot be replaced" in refused.value.message("en")
    assert tree(paths.data_dir()) == before
    assert a.read_text(encoding="utf-8").count("A cũ") == 1


def test_keep_both_installs_a_copy_under_a_new_id(conflicted: tuple[Path, Path, Path], bundled: Path) -> None:
    pack, _a, b = conflicted
    b_before = b.read_bytes()
    result = install_pack(inspect_pack(pack), "keep_both")
    assert [(old, new) for old, new, _ in result.renamed] == [("a", "a-2"), ("b", "b-2")]
    assert [sid for sid, _ in result.added] == ["c"]
    assert b.read_bytes() == b_before
    user = paths.user_scenarios_dir()
    copy = json.loads((user / "a-2.json").read_text(encoding="utf-8"))
    assert copy["id"] == "a-2" and copy["title"] == "A mới (2)"
    assert list(copy) == list(json.loads(SOURCES[0].read_text(encoding="utf-8")))  # key order kept
    reports = load_library([bundled, user])
    assert all(r.valid and not r.warnings for r in reports), [p.describe(r.name) for r in reports for p in r.problems]
    assert sorted(r.scenario.id for r in reports if r.scenario) == ["a", "a-2", "b", "b-2", "c"]
    # Keeping both a second time takes the next free number.
    again = install_pack(inspect_pack(pack), {"a": "keep_both", "b": "skip"})
    assert [(old, new) for old, new, _ in again.renamed] == [("a", "a-3")]
    assert again.skipped == ["b"] and again.unchanged == ["c"]


def test_replace_then_undo_restores_the_replaced_file(conflicted: tuple[Path, Path, Path]) -> None:
    pack, _a, b = conflicted
    b_before = b.read_bytes()
    result = install_pack(inspect_pack(pack), {"a": "skip", "b": "replace"})
    assert result.skipped == ["a"] and [sid for sid, _ in result.replaced] == ["b"]
    assert "B mới" in b.read_text(encoding="utf-8")
    assert result.journal is not None and result.journal.parent == journal_root()
    assert journal_root().parent == paths.data_dir()
    c = paths.user_scenarios_dir() / "c.json"
    assert c.exists()
    journal = last_import()
    assert journal is not None and journal.pack_name == "Conflicts"

    undone = undo_last_import()
    assert undone.restored == [b] and undone.removed == [c] and undone.kept == []
    assert b.read_bytes() == b_before
    assert not c.exists()
    assert sorted(p.name for p in paths.user_scenarios_dir().iterdir()) == ["b.json"]
    with pytest.raises(PackError) as caught:
        undo_last_import()
    assert caught.value.issues[0].code == "pack_nothing_to_undo"
    assert "there is no pack import to undo" in caught.value.message("en")


def test_undo_never_loses_a_file_changed_after_the_import(tmp_path: Path) -> None:
    pack = tmp_path / "p.zip"
    export_pack(SOURCES[:2], pack, PackMeta("P"))
    install_pack(inspect_pack(pack))
    user = paths.user_scenarios_dir()
    edited = user / SOURCES[0].name
    edited.write_text(edited.read_text(encoding="utf-8").replace("Hiệu trưởng", "Hiệu phó"), encoding="utf-8")
    undone = undo_last_import()
    assert undone.kept == [edited] and undone.removed == [user / SOURCES[1].name]
    assert "Hiệu phó" in edited.read_text(encoding="utf-8")


def test_undo_takes_back_only_the_last_import_then_the_one_before(tmp_path: Path) -> None:
    first, second = tmp_path / "1.zip", tmp_path / "2.zip"
    export_pack(SOURCES[:1], first, PackMeta("first"))
    export_pack(SOURCES[1:2], second, PackMeta("second"))
    install_pack(inspect_pack(first))
    install_pack(inspect_pack(second))
    user = paths.user_scenarios_dir()
    assert undo_last_import().pack_name == "second"
    assert sorted(p.name for p in user.glob("*.json")) == [SOURCES[0].name]
    assert undo_last_import().pack_name == "first"
    assert list(user.glob("*.json")) == []


def test_a_failed_install_is_rolled_back(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"png")
    pack = tmp_path / "p.zip"
    export_pack(SOURCES[:2], pack, PackMeta("P"), assets=[("images/logo.png", logo)])
    user = paths.user_scenarios_dir()
    user.mkdir(parents=True)
    (user / "assets").write_text("a file where the assets folder should be", encoding="utf-8")
    with pytest.raises(PackError) as caught:
        install_pack(inspect_pack(pack))
    assert caught.value.issues[0].code == "pack_write_failed"
    assert "everything it had written was removed again" in caught.value.message("en")
    assert sorted(p.name for p in user.iterdir()) == ["assets"]  # the two scenarios were removed again
    assert last_import() is None  # a rolled-back import is not offered for undo


def test_nothing_is_written_through_a_symbolic_link(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    user = paths.user_scenarios_dir()
    user.mkdir(parents=True)
    (user / f"{SOURCES[0].stem}.json").symlink_to(outside / "target.json")  # dangling: points outside
    pack = tmp_path / "p.zip"
    export_pack(SOURCES[:1], pack, PackMeta("P"))
    with pytest.raises(PackError) as caught:
        install_pack(inspect_pack(pack))
    assert caught.value.issues[0].code == "pack_unsafe_target"
    assert list(outside.iterdir()) == []


def test_export_refuses_invalid_and_duplicate_scenarios(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": 1, "id": "broken"}', encoding="utf-8")
    out = tmp_path / "p.zip"
    with pytest.raises(PackError) as caught:
        export_pack([SOURCES[0], broken, SOURCES[0]], out, PackMeta("P"))
    text = caught.value.message("en")
    assert 'broken.json: the field "briefing" is missing' in text
    assert f'the scenario id "{SOURCES[0].stem}" is chosen twice' in text
    assert not out.exists() and list(tmp_path.glob("*.part")) == []


def test_export_writes_nfc_even_from_an_nfd_file(tmp_path: Path) -> None:
    import unicodedata

    nfd = tmp_path / f"{SOURCES[0].stem}.json"
    nfd.write_text(unicodedata.normalize("NFD", SOURCES[0].read_text(encoding="utf-8")), encoding="utf-8")
    pack = tmp_path / "p.zip"
    export_pack([nfd], pack, PackMeta("P"))
    data = zipfile.ZipFile(pack).read(f"scenarios/{nfd.name}").decode("utf-8")
    assert unicodedata.is_normalized("NFC", data) and data == SOURCES[0].read_text(encoding="utf-8")


# --- the command line --------------------------------------------------------------------


def test_command_line_export_inspect_import_undo(
    tmp_path: Path, bundled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    variant(SOURCES[0], bundled)  # so that the id can be given instead of a path
    pack = tmp_path / "p.zip"
    code = cli.run(
        ["pack", "export", "--out", str(pack), "--name", "Bộ A", "--author", "Sở", SOURCES[0].stem, str(SOURCES[2])]
    )
    assert code == 0
    assert f"Wrote 2 scenario(s) and 0 other file(s) to {pack}" in capsys.readouterr().out

    assert cli.run(["pack", "inspect", str(pack), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["ok"] and shown["manifest"]["name"] == "Bộ A" and shown["manifest"]["language"] == "mul"
    first = next(s for s in shown["scenarios"] if s["id"] == SOURCES[0].stem)
    assert first["conflict"]["identical"] is True  # the same as the bundled one

    assert cli.run(["pack", "inspect", str(pack), "--lang", "vi"]) == 0
    out = capsys.readouterr().out
    assert "Gói: Bộ A" in out and "Gói này có thể nhập." in out

    variant(SOURCES[2], bundled, title="Another title")  # now a real conflict, and not replaceable
    assert cli.run(["pack", "import", str(pack)]) == 2  # no terminal to ask in, no --on-conflict
    assert "choose what to do with --on-conflict" in capsys.readouterr().err
    assert cli.run(["pack", "import", str(pack), "--on-conflict", "replace"]) == 1
    assert "cannot be replaced" in capsys.readouterr().err
    assert tree(paths.data_dir()) == {}

    assert cli.run(["pack", "import", str(pack), "--on-conflict", "keep-both"]) == 0
    out = capsys.readouterr().out
    assert f"kept both {SOURCES[2].stem} as {SOURCES[2].stem}-2" in out
    assert f"unchanged {SOURCES[0].stem}" in out
    assert (paths.user_scenarios_dir() / f"{SOURCES[2].stem}-2.json").exists()

    assert cli.run(["pack", "undo", "--lang", "vi"]) == 0
    assert 'Đã hoàn tác lần nhập gói "Bộ A": gỡ 1 tệp' in capsys.readouterr().out
    assert list(paths.user_scenarios_dir().glob("*.json")) == []
    assert cli.run(["pack", "undo"]) == 1
    assert "there is no pack import to undo" in capsys.readouterr().err


def test_command_line_export_of_an_unknown_scenario(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["pack", "export", "--out", str(tmp_path / "p.zip"), "khong-co"]) == 1
    assert '"khong-co" is neither a scenario id in the library nor a scenario file' in capsys.readouterr().err
