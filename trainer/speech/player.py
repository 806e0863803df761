"""Playing synthesised WAV files through Qt (QSoundEffect).

An object the UI owns, on the GUI thread. ``play`` returns at once (Qt reads and plays the
file in its own threads); ``stop`` and ``replay`` act at once.

Why QSoundEffect and not QMediaPlayer: with PySide6 6.8.3 and the FFmpeg backend,
``QMediaPlayer.stop()`` called from Python holds the GIL while it waits for the audio
renderer thread, and that thread, destroying an object connected to the Python-made
QAudioOutput, needs the GIL (shiboken looks for a Python override) — a deadlock, seen
here every time in the service test. QSoundEffect plays uncompressed WAV (all we play)
without those threads, with less start-up latency.

Every file is looked at before QSoundEffect sees it (:func:`~trainer.speech.wavinfo.check_wav`):
QSoundEffect stays "loading" for ever on an empty or truncated WAV (and never says it
finished) and logs a warning for a file that is not audio. A file that fails the check is
not played; ``error`` is emitted at once and :attr:`AudioPlayer.last_check` says why. A file
that passes but does not load within :data:`LOAD_TIMEOUT_MS` fails the same way.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QSoundEffect

from trainer.speech.wavinfo import WavCheck, check_wav

log = logging.getLogger(__name__)

#: A file QSoundEffect has not loaded after this long is given up (a good one takes milliseconds).
LOAD_TIMEOUT_MS = 5000


def _versioned_url(path: Path) -> QUrl:
    """The file's URL with its size and modification time: Qt caches decoded sounds by URL (also
    a failed one), so a file made again since it was loaded must not look like the old one."""
    url = QUrl.fromLocalFile(str(path))
    with contextlib.suppress(OSError):
        st = path.stat()
        url.setQuery(f"v={st.st_mtime_ns:x}-{st.st_size:x}")
    return url


class AudioPlayer(QObject):
    started = Signal(str)  # path: audio began
    finished = Signal(str)  # path: played to the end (not emitted after stop())
    stopped = Signal(str)  # path: stop() or a new play() interrupted it
    error = Signal(str, str)  # path, message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effect = QSoundEffect(self)
        self._effect.playingChanged.connect(self._on_playing_changed)
        self._effect.statusChanged.connect(self._on_status)
        self._current: Path | None = None
        self._playing = False
        self._failed = False
        #: the look at the last file given to play() (its ``problem`` says why it was refused)
        self.last_check: WavCheck | None = None
        self._load_timer = QTimer(self)
        self._load_timer.setSingleShot(True)
        self._load_timer.setInterval(LOAD_TIMEOUT_MS)
        self._load_timer.timeout.connect(self._load_timed_out)

    # --- commands ------------------------------------------------------------------------
    def play(self, path: Path | str) -> None:
        path = Path(path)
        self.stop()
        self._current = path
        self._failed = False
        self.last_check = check = check_wav(path)
        if not check.ok:
            self._fail(f"not playable audio ({check.problem}: {check.detail}): {path}")
            return
        url = _versioned_url(path)
        if self._effect.source() != url:
            self._effect.setSource(url)
        self._effect.play()
        if self._effect.status() == QSoundEffect.Status.Error:
            self._fail(f"not playable audio: {path}")
        elif self._effect.status() != QSoundEffect.Status.Ready:
            self._load_timer.start()

    def stop(self) -> None:
        self._load_timer.stop()
        was_playing = self._playing
        self._playing = False
        if was_playing or self._effect.isPlaying():  # also a file still loading: it must not start later
            self._effect.stop()
        if was_playing and self._current is not None:
            self.stopped.emit(str(self._current))

    def replay(self) -> bool:
        """Play the last file again from its start; False when nothing was played yet."""
        if self._current is None or not check_wav(self._current).ok:
            return False
        self.play(self._current)
        return True

    def set_volume(self, volume: float) -> None:
        self._effect.setVolume(max(0.0, min(1.0, volume)))

    def volume(self) -> float:
        return float(self._effect.volume())

    # --- state ---------------------------------------------------------------------------
    @property
    def current(self) -> Path | None:
        return self._current

    def is_playing(self) -> bool:
        return self._playing

    def duration_ms(self) -> int:
        """Length of the current file (0 when there is none or it is not a PCM WAV)."""
        check = check_wav(self._current) if self._current else None
        return round(check.duration_s * 1000) if check is not None and check.ok else 0

    # --- Qt ------------------------------------------------------------------------------
    def _on_playing_changed(self) -> None:
        playing = self._effect.isPlaying()
        if playing and not self._playing:
            self._begin()
        elif not playing and self._playing:
            self._playing = False
            self.finished.emit(str(self._current))

    def _on_status(self) -> None:
        status = self._effect.status()
        if status != QSoundEffect.Status.Loading:
            self._load_timer.stop()
        if status == QSoundEffect.Status.Error:
            self._fail(f"not playable audio: {self._current}")
        elif self._effect.isPlaying() and not self._playing:
            self._begin()

    def _begin(self) -> None:
        """``started``, once the file has loaded: QSoundEffect says "playing" while it still
        decodes, also a file it will then reject."""
        if self._current is not None and self._effect.status() == QSoundEffect.Status.Ready and not self._failed:
            self._playing = True
            self.started.emit(str(self._current))

    def _load_timed_out(self) -> None:
        if self._effect.status() == QSoundEffect.Status.Loading:
            self._effect.stop()
            self._fail(f"the audio did not load within {LOAD_TIMEOUT_MS / 1000:.0f} s: {self._current}")

    def _fail(self, message: str) -> None:
        if self._failed:
            return
        self._failed = True
        self._load_timer.stop()
        log.warning("audio playback failed: %s", message)
        self._playing = False
        self.error.emit(str(self._current or ""), message)
