"""Interface translations: complete, and compiled from the current sources."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from trainer.i18n import update
from trainer.i18n.build import lrelease_command

I18N = Path(update.__file__).resolve().parent


def test_every_interface_string_has_a_vietnamese_translation(tmp_path: Path) -> None:
    ts = tmp_path / "trainer_vi.ts"
    shutil.copy(I18N / "trainer_vi.ts", ts)
    update.lupdate(ts)  # what the code asks for today
    untranslated = [source for _ctx, source, done in update.messages(ts) if not done]
    assert untranslated == [], "run `python -m trainer.i18n.update` and add the strings to trainer/i18n/vi.json"


def test_english_ts_is_complete(tmp_path: Path) -> None:
    ts = tmp_path / "trainer_en.ts"
    shutil.copy(I18N / "trainer_en.ts", ts)
    update.lupdate(ts, "en")
    assert [source for _ctx, source, done in update.messages(ts) if not done] == []


@pytest.mark.parametrize("language", ["vi", "en"])
def test_committed_qm_matches_the_ts(tmp_path: Path, language: str) -> None:
    import subprocess

    qm = tmp_path / f"trainer_{language}.qm"
    subprocess.run([*lrelease_command(), "-silent", str(I18N / f"trainer_{language}.ts"), "-qm", str(qm)], check=True)
    assert qm.read_bytes() == (I18N / f"trainer_{language}.qm").read_bytes()


def test_building_never_rewrites_a_qm_file_in_place(tmp_path: Path) -> None:
    # A running app maps its .qm into memory: rewriting the file in place (a second start
    # while the first is open) crashed the first with SIGBUS. Unchanged: the same file is
    # kept; changed: a new file is renamed over it and the old one stays whole.
    from trainer.i18n.build import build

    first = {qm.name: qm.stat().st_ino for qm in build(tmp_path)}
    again = {qm.name: qm.stat().st_ino for qm in build(tmp_path)}
    assert again == first  # nothing changed: nothing replaced
    qm = tmp_path / "trainer_vi.qm"
    held = qm.open("rb")  # as the running app holds it
    original = qm.read_bytes()
    qm.write_bytes(original[:100])  # an out-of-date build
    stale_inode = qm.stat().st_ino
    held.close()
    held = qm.open("rb")
    build(tmp_path)
    assert qm.stat().st_ino != stale_inode and qm.read_bytes() == original
    assert held.read() == original[:100]  # the file the running app had is untouched
    held.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["trainer_en.qm", "trainer_vi.qm"]  # no temporary left
