"""The answer clock of a turn: the time the trainee has taken, counted only while the clock
runs (the trainer may stop and start it again), with a tick four times a second while it
runs so that the screens can show the time left.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal


class AnswerClock(QObject):
    tick = Signal()  # four times a second while the clock runs

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QElapsedTimer()
        self._ms = 0  # clock time before the last start
        self.started = False  # started at least once this turn
        self._ticker = QTimer(self)
        self._ticker.setInterval(250)
        self._ticker.timeout.connect(self.tick)

    @property
    def running(self) -> bool:
        return self._timer.isValid()

    def start(self) -> None:
        self._timer.start()
        self.started = True
        self._ticker.start()

    def pause(self) -> None:
        """Stop the clock, keeping the time counted so far."""
        self._ms += self._timer.elapsed()
        self._timer.invalidate()
        self._ticker.stop()

    def halt(self) -> None:
        """Stop the clock without counting the time since it last started (the answer is
        being saved, or the question was skipped)."""
        self._timer.invalidate()
        self._ticker.stop()

    def reset(self) -> None:
        """A new turn: nothing counted, not started."""
        self.halt()
        self._ms, self.started = 0, False

    def elapsed_s(self) -> float:
        running = self._timer.elapsed() if self._timer.isValid() else 0
        return (self._ms + running) / 1000.0
