"""Closing the window while an answer is still being saved, and getting such an answer back.

A submitted answer is never lost. When the main window is closed (the close button, Quit,
or the app quitting) while the interview's save is still running or waiting to be tried
again (another program holds the database, trainer/ui/practice.py retries for up to 30 s),
the window stays open with a small dialog, *Saving your answer*, and closes by itself once
the answer is stored. *Don't close* goes back to the window. *Close without waiting* keeps
the answer in a file (trainer/ui/kept_answers.py) and closes; so does a save that finally
fails, after saying so. An answer whose save failed earlier and that still waits in the
box is kept the same way when the window closes, without asking; so is one still being
saved when the app's event loop ends without the window being closed
(:func:`keep_at_exit`, from ``MainWindow.shutdown``). When that interview is resumed, the
answer is back in the box with a notice (:func:`offer_kept`). Only if no file can be
written is the person asked, with the answer shown so that it can be copied.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from trainer.domain.text import nfc
from trainer.ui import kept_answers, messages
from trainer.ui.kept_answers import KeptAnswer

if TYPE_CHECKING:
    from trainer.ui.practice import StorageFailure
    from trainer.ui.practice_page import PracticePage

log = logging.getLogger(__name__)


class SavingDialog(QDialog):
    """*Saving your answer*: shown while a close waits for the answer to be stored."""

    close_now = Signal()  # "Close without waiting"

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("savingDialog")
        self.setWindowTitle(self.tr("Saving your answer"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        text = QLabel(
            self.tr("Your last answer is still being saved. The window closes by itself as soon as it is saved."), self
        )
        text.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("savingStatus")
        self.status.setWordWrap(True)
        bar = QProgressBar(self)
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        note = QLabel(
            self.tr(
                "If you close without waiting, the answer is kept in a file and put back in the answer box when "
                "you resume this interview."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color:#5b7083")
        self.close_button = QPushButton(self.tr("&Close without waiting"), self)
        self.close_button.setObjectName("closeWithoutWaiting")
        self.close_button.clicked.connect(self.close_now)
        self.stay_button = QPushButton(self.tr("&Don't close"), self)
        self.stay_button.setObjectName("dontClose")
        self.stay_button.clicked.connect(self.reject)
        self.stay_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.stay_button)
        layout = QVBoxLayout(self)
        for w in (text, self.status, bar, note):
            layout.addWidget(w)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)
        self._since = time.monotonic()
        self._busy = False
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_status)
        self._tick.start()
        self._show_status()

    def busy_again(self, _error: object = None) -> None:
        """The database was still busy: another try follows."""
        self._busy = True
        self._show_status()

    def _show_status(self) -> None:
        seconds = str(int(time.monotonic() - self._since))
        if self._busy:
            text = self.tr(
                "The progress database is busy (another program is writing to it); trying again… (%1 s)"
            ).replace("%1", seconds)
        else:
            text = self.tr("Saving… (%1 s)").replace("%1", seconds)
        self.status.setText(text)


def unsaved(page: PracticePage) -> KeptAnswer | None:
    """The answer submitted on *page* and not stored (its save runs, or failed), as it would be kept."""
    c = page.controller
    if c is None or c.submitted is None or c.session is None:
        return None
    submitted = c.submitted
    text = submitted.text
    view = page.interview_view
    if not c.saving and submitted.input_mode == "typed" and view.question is not None:
        box = nfc(view.answer.toPlainText()).strip()
        if box and view.question.id == submitted.question.id:
            text = box  # the save failed and the answer waits in the box: as she may have changed it since
    return KeptAnswer(
        session_id=str(c.session.id),
        trainee_id=str(c.trainee_id),
        scenario_id=c.scenario.id,
        question_id=submitted.question.id,
        question_text=submitted.question.text,
        text=nfc(text),
        input_mode=submitted.input_mode,
        audio_path=submitted.audio_path,
    )


def _already_kept(page: PracticePage, answer: KeptAnswer) -> bool:
    kept = page.kept_answer
    return kept is not None and (kept.session_id, kept.question_id, kept.text) == (
        answer.session_id,
        answer.question_id,
        answer.text,
    )


def _keep(page: PracticePage, answer: KeptAnswer) -> str | None:
    """Keep *answer* in a file; None when kept, else why it could not be."""
    c = page.controller
    assert c is not None
    try:
        page.kept_answer = kept_answers.keep(answer, c.db.data_dir)
    except OSError as exc:
        log.error("an answer not yet saved could not be kept (%s); its text: %s", exc, answer.text)
        return str(exc)
    c.feedback_ready.connect(lambda question, _record, _last: _stored_after_all(page, question.id))
    return None


def _stored_after_all(page: PracticePage, question_id: str) -> None:
    kept = page.kept_answer
    if kept is not None and kept.question_id == question_id:
        kept_answers.discard(kept)  # a try still running when the window closed stored it
        page.kept_answer = None


def _close_anyway(parent: QWidget, answer: KeptAnswer, reason: str) -> bool:
    """No file could take the answer: say so, show it to copy; True to close all the same."""
    choice = messages.choose(
        parent,
        QCoreApplication.translate("Closing", "Your answer could not be kept"),
        QCoreApplication.translate(
            "Closing",
            "Your last answer is not saved yet, and it could not be kept in a file either (%1). If you close "
            "now, it is lost.",
        ).replace("%1", reason),
        [
            ("stay", QCoreApplication.translate("Closing", "Don't close")),
            ("close", QCoreApplication.translate("Closing", "Close anyway")),
        ],
        default="stay",
        cancel="stay",
        detail=QCoreApplication.translate("Closing", "Copy it now if you need it:") + "\n\n" + answer.text,
    )
    return choice == "close"


def ready_to_close(window: QWidget, page: PracticePage) -> bool:
    """Called when the main window is asked to close: True to close now. While an answer is
    being saved, a :class:`CloseGuard` waits (the window closes itself when it is done)."""
    guard = window.findChild(CloseGuard)
    if guard is not None:
        guard.dialog.raise_()
        guard.dialog.activateWindow()
        return False
    c = page.controller
    answer = unsaved(page)
    if c is None or answer is None or _already_kept(page, answer):
        return True
    if c.saving:
        CloseGuard(window, page)
        return False
    reason = _keep(page, answer)
    return reason is None or _close_anyway(window, answer, reason)


def keep_at_exit(page: PracticePage) -> None:
    """The app is ending (the event loop is over): keep an answer not yet stored, without asking."""
    c = page.controller
    answer = unsaved(page)
    if c is not None and answer is not None and not _already_kept(page, answer):
        c.give_up_saving()
        _keep(page, answer)


class CloseGuard(QObject):
    """A close waiting for the answer being saved: shows :class:`SavingDialog`, then closes
    the window once the answer is stored or kept, or goes back to it (*Don't close*)."""

    def __init__(self, window: QWidget, page: PracticePage) -> None:
        super().__init__(window)
        self.setObjectName("closeGuard")
        self.window, self.page = window, page
        c = page.controller
        assert c is not None
        self.controller = c
        page.closing = True  # the page shows no box of its own for a failed save meanwhile
        self.dialog = SavingDialog(window)
        self.dialog.close_now.connect(self._close_without_waiting)
        self.dialog.rejected.connect(self._stay)
        c.feedback_ready.connect(self._saved)
        c.failed.connect(self._failed)
        c.retrying.connect(self.dialog.busy_again)
        log.info("closing: waiting for an answer to be saved")
        self.dialog.open()

    def _end(self) -> None:
        c = self.controller
        for signal, slot in (
            (c.feedback_ready, self._saved),
            (c.failed, self._failed),
            (c.retrying, self.dialog.busy_again),
            (self.dialog.rejected, self._stay),
        ):
            signal.disconnect(slot)
        self.page.closing = False
        self.dialog.close()
        self.dialog.setParent(None)  # (no longer found as the window's dialog)
        self.dialog.deleteLater()
        self.setParent(None)
        self.deleteLater()

    def _close(self) -> None:
        self._end()
        QTimer.singleShot(0, self.window.close)

    def _saved(self, *_args: Any) -> None:
        log.info("closing: the answer was saved")
        self._close()

    def _failed(self, failure: StorageFailure) -> None:
        if failure.stage != "save":
            return
        from trainer.ui.storage_messages import explain

        answer = unsaved(self.page)
        if answer is None:
            self._close()
            return
        reason = _keep(self.page, answer)
        if reason is not None and not _close_anyway(self.window, answer, reason):
            self._end()  # she stays: the answer is in the box, the window open
            return
        if reason is None:
            assert self.page.kept_answer is not None
            problem, remedy = explain(failure.error)
            messages.info(
                self.window,
                QCoreApplication.translate("Closing", "Your answer could not be saved"),
                QCoreApplication.translate(
                    "Closing",
                    "%1 The answer has been kept in %2 and will be back in the answer box when you resume this "
                    "interview.",
                )
                .replace("%1", problem)
                .replace("%2", str(self.page.kept_answer.path)),
                remedy,
            )
        self._close()

    def _close_without_waiting(self) -> None:
        answer = unsaved(self.page)
        if answer is None:  # stored meanwhile
            self._close()
            return
        self.controller.give_up_saving()
        reason = _keep(self.page, answer)
        if reason is not None and not _close_anyway(self.window, answer, reason):
            return  # the dialog stays; the try still running may yet store it
        log.info(
            "closing without waiting: the answer was kept in %s", self.page.kept_answer and self.page.kept_answer.path
        )
        self._close()

    def _stay(self) -> None:
        log.info("closing cancelled while an answer is saved")
        self._end()


def offer_kept(page: PracticePage) -> None:
    """An interview was resumed: put an answer kept when the window closed back in the box."""
    c = page.controller
    if c is None or c.session is None:
        return
    kept = kept_answers.find(str(c.session.id), c.db.data_dir)
    if kept is None:
        return
    stored = any(
        r.question_id == kept.question_id and nfc(r.answer_text).strip() == kept.text.strip()
        for _q, r in c.summary.answers
    )
    if stored:
        kept_answers.discard(kept)  # the try still running at the close stored it after all
        return
    current = c.interview.current
    if current is not None and current.id == kept.question_id:
        view = page.interview_view
        view.answer.setPlainText(kept.text)
        view.answer.moveCursor(view.answer.textCursor().MoveOperation.End)
        notice = QCoreApplication.translate(
            "Closing",
            "Your answer to this question could not be saved before the app closed; it is back in the box. "
            "Check it, then submit it.",
        )
        if kept.input_mode == "spoken" and kept.audio_path:
            notice += " " + QCoreApplication.translate(
                "Closing", "(It was spoken: its text is in the box, and its recording is kept in %1.)"
            ).replace("%1", str(c.db.data_dir / kept.audio_path))
        view.set_save_notice(notice)
        page.kept_answer = kept
        c.feedback_ready.connect(lambda question, _record, _last: _stored_after_all(page, question.id))
        log.info("a kept answer was put back in the box: %s", kept.path)
        return
    # A second try at a question that already has a saved answer: it cannot be asked again.
    where = kept_answers.set_aside(kept)
    messages.info(
        page,
        QCoreApplication.translate("Closing", "An answer was not saved"),
        QCoreApplication.translate(
            "Closing",
            "Your second answer to “%1” could not be saved before the app closed. That question already has a "
            "saved answer, so it is not asked again.",
        ).replace("%1", kept.question_text),
        QCoreApplication.translate("Closing", "The answer is kept in %1: “%2”")
        .replace("%1", str(where))
        .replace("%2", kept.text),
    )
