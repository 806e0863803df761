"""Synthesised speech kept on disk, keyed by (text, engine, voice, rate, pitch).

Location: ``TRAINER_TTS_CACHE_DIR`` if set, else ``data_dir()/"tts-cache"`` (so it follows
``TRAINER_DATA_DIR`` and test runs never touch the user's folder). Every file can be made
again, so the folder may be deleted at any time; database backups do not include it.

Writes are atomic (a temporary file in the same folder, then ``os.replace``), so a crash
or two processes writing the same key never leave a half-written file under a key. The
folder is capped in size; the least recently used files go first (a hit refreshes the
file's modification time).

A cached file that is damaged (cut short, emptied, overwritten with something that is not
audio — a disk error, a copy that failed) is deleted when it is looked up, with a warning
in the log, and the question is synthesised again: the cache rebuilds itself.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import threading
import uuid
from collections.abc import Callable
from pathlib import Path

from trainer import paths
from trainer.domain.text import nfc
from trainer.speech.wavinfo import check_wav

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 200 * 1024 * 1024
SUFFIX = ".wav"


def default_cache_dir() -> Path:
    env = os.environ.get("TRAINER_TTS_CACHE_DIR")
    return Path(env) if env else paths.data_dir() / "tts-cache"


def cache_key(text: str, engine: str, voice: str, rate: float, pitch: float) -> str:
    """sha256 of the NFC text and the voice settings (rate and pitch rounded to 3 places)."""
    payload = json.dumps([nfc(text).strip(), engine, voice, f"{rate:.3f}", f"{pitch:.3f}"], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class SpeechCache:
    def __init__(self, root: Path | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.root = Path(root) if root is not None else default_cache_dir()
        self.max_bytes = max_bytes
        self._lock = threading.Lock()

    def path_for(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}{SUFFIX}"

    def get(self, key: str, *, touch: bool = True) -> Path | None:
        """The cached file for ``key``, or None (also for a damaged file, which is deleted).

        Cheap (one ``open``, the header read): safe on the GUI thread."""
        path = self.path_for(key)
        check = check_wav(path)
        if check.problem in ("missing", "unreadable"):
            return None
        if not check.ok:
            log.warning("speech cache: %s is damaged (%s); it will be synthesised again", path, check.detail)
            self.discard(key)
            return None
        if touch:
            with contextlib.suppress(OSError):
                os.utime(path)
        return path

    def put(self, key: str, produce: Callable[[Path], object]) -> Path:
        """Call ``produce(tmp_path)`` to write the audio, then move it under ``key`` atomically.

        Whatever ``produce`` raises propagates and leaves nothing behind.
        """
        final = self.path_for(key)
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = final.with_name(f".{key}.{uuid.uuid4().hex[:8]}.tmp{SUFFIX}")
        try:
            produce(tmp)
            written = check_wav(tmp)
            if not written.ok:
                raise OSError(f"no audio was written for cache key {key[:12]} ({written.detail})")
            os.replace(tmp, final)
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()
        self.evict(keep=final)
        return final

    def discard(self, key: str) -> None:
        """Forget the file of ``key`` (it is made again when next needed)."""
        with contextlib.suppress(OSError):
            self.path_for(key).unlink()

    def files(self) -> list[Path]:
        if not self.root.exists():
            return []
        return [p for p in self.root.glob(f"??/*{SUFFIX}") if not p.name.startswith(".")]

    def size(self) -> int:
        total = 0
        for p in self.files():
            with contextlib.suppress(OSError):
                total += p.stat().st_size
        return total

    def evict(self, keep: Path | None = None) -> int:
        """Delete least recently used files until the folder is under ``max_bytes``; returns how many."""
        with self._lock:
            entries = []
            for p in self.files():
                with contextlib.suppress(OSError):
                    st = p.stat()
                    entries.append((st.st_mtime, st.st_size, p))
            total = sum(size for _, size, _ in entries)
            removed = 0
            for _, size, p in sorted(entries, key=lambda e: e[0]):
                if total <= self.max_bytes:
                    break
                if keep is not None and p == keep:
                    continue
                with contextlib.suppress(OSError):
                    p.unlink()
                    total -= size
                    removed += 1
            return removed

    def clear(self) -> None:
        for p in self.files():
            with contextlib.suppress(OSError):
                p.unlink()
