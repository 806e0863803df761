"""The speech cache: keys, atomic writes, LRU eviction; and the WAV measures the speech
tests rely on (they must call silence silent)."""

from __future__ import annotations

import math
import os
import struct
import unicodedata
import wave
from pathlib import Path

import pytest

from trainer.speech.cache import SpeechCache, cache_key, default_cache_dir
from trainer.speech.wavinfo import wav_stats


def write_wav(path: Path, seconds: float = 0.5, amplitude: float = 0.0, rate: int = 16000) -> Path:
    n = int(seconds * rate)
    frames = b"".join(
        struct.pack("<h", int(amplitude * 32767 * math.sin(2 * math.pi * 440 * i / rate))) for i in range(n)
    )
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(frames)
    return path


def test_wav_stats_tell_silence_from_sound(tmp_path: Path) -> None:
    silent = wav_stats(write_wav(tmp_path / "silent.wav"))
    loud = wav_stats(write_wav(tmp_path / "tone.wav", amplitude=0.5))
    assert silent.rms == 0.0 and silent.duration_s == pytest.approx(0.5)
    assert loud.rms == pytest.approx(0.5 / math.sqrt(2), rel=0.01)
    assert loud.peak == pytest.approx(0.5, rel=0.01)


def test_key_is_the_same_for_nfc_and_nfd_text_and_differs_by_voice_settings() -> None:
    text = "Thưa ông, có bao nhiêu học sinh bị ảnh hưởng?"
    base = cache_key(text, "pyttsx3", "aav/vi", 1.0, 0.0)
    assert cache_key(unicodedata.normalize("NFD", text), "pyttsx3", "aav/vi", 1.0, 0.0) == base
    others = {
        cache_key(text + "!", "pyttsx3", "aav/vi", 1.0, 0.0),
        cache_key(text, "qt", "aav/vi", 1.0, 0.0),
        cache_key(text, "pyttsx3", "aav/vi+f3", 1.0, 0.0),
        cache_key(text, "pyttsx3", "aav/vi", 1.1, 0.0),
        cache_key(text, "pyttsx3", "aav/vi", 1.0, 0.2),
    }
    assert base not in others and len(others) == 5


def test_put_is_atomic_and_a_failed_producer_leaves_nothing(cache: SpeechCache, tmp_path: Path) -> None:
    key = cache_key("a", "e", "v", 1.0, 0.0)

    def broken(tmp: Path) -> None:
        tmp.write_bytes(b"RIFF" + b"\0" * 30)  # half a header
        raise RuntimeError("engine died")

    with pytest.raises(RuntimeError):
        cache.put(key, broken)
    assert cache.get(key) is None
    assert [p for p in cache.root.rglob("*") if p.is_file()] == []

    path = cache.put(key, lambda tmp: write_wav(tmp, amplitude=0.3))
    assert cache.get(key) == path and wav_stats(path).rms > 0.1
    assert [p.name for p in cache.root.rglob("*.wav")] == [path.name]


def test_least_recently_used_files_are_evicted_over_the_cap(tmp_path: Path) -> None:
    one_file = write_wav(tmp_path / "probe.wav", seconds=0.2).stat().st_size
    cache = SpeechCache(tmp_path / "c", max_bytes=int(one_file * 2.5))
    keys = [cache_key(str(i), "e", "v", 1.0, 0.0) for i in range(3)]
    cache.put(keys[0], lambda t: write_wav(t, 0.2))
    cache.put(keys[1], lambda t: write_wav(t, 0.2))
    old = cache.path_for(keys[1]).stat().st_mtime - 100
    os.utime(cache.path_for(keys[1]), (old, old))  # keys[1] is the stalest …
    os.utime(cache.path_for(keys[0]), (old - 50, old - 50))
    assert cache.get(keys[0]) is not None  # … once keys[0] is used again
    cache.put(keys[2], lambda t: write_wav(t, 0.2))
    assert cache.get(keys[1]) is None
    assert cache.get(keys[0]) is not None and cache.get(keys[2]) is not None
    assert cache.size() <= cache.max_bytes


def test_cache_folder_follows_the_data_folder_unless_set(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TRAINER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("TRAINER_TTS_CACHE_DIR", raising=False)
    assert default_cache_dir() == tmp_path / "data" / "tts-cache"
    monkeypatch.setenv("TRAINER_TTS_CACHE_DIR", str(tmp_path / "elsewhere"))
    assert default_cache_dir() == tmp_path / "elsewhere"
