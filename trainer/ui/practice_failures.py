"""What the practice pages say when the progress database fails (a busy lock being retried,
a save, start, resume, finish or stop that could not be stored), in the PracticePage
translation context. The sentences about the cause and the remedy come from
trainer/ui/storage_messages.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from trainer.ui import messages

if TYPE_CHECKING:
    from trainer.ui.practice import StorageFailure
    from trainer.ui.practice_page import PracticePage


def show_retrying(page: PracticePage) -> None:
    page.interview_view.set_save_notice(
        QCoreApplication.translate(
            "PracticePage",
            "The progress database is busy (another program is writing to it). Your answer is kept; trying again…",
        )
    )


def show_failure(page: PracticePage, failure: StorageFailure) -> None:
    from trainer.ui.storage_messages import explain

    page.setEnabled(True)
    page.interview_view.set_save_notice("")
    problem, remedy = explain(failure.error)
    if failure.stage == "save":
        _save_failed(page, problem, remedy)
    elif failure.stage in ("start", "resume"):
        title = (
            QCoreApplication.translate("PracticePage", "The interview could not be started")
            if failure.stage == "start"
            else QCoreApplication.translate("PracticePage", "The interview could not be resumed")
        )
        messages.error(page, title, problem, remedy)
        page.closed.emit()
    elif failure.stage == "finish":
        messages.error(
            page,
            QCoreApplication.translate("PracticePage", "The interview could not be marked as finished"),
            QCoreApplication.translate("PracticePage", "All your answers are saved. %1").replace("%1", problem),
            QCoreApplication.translate(
                "PracticePage", "%1 Until then the interview is offered for resumption, which finishes it."
            ).replace("%1", remedy),
        )
        if page.controller is not None:
            page._show_summary(page.controller.summary)
    else:  # "abandon": leave anyway, the interview stays in progress and resumable
        messages.error(
            page,
            QCoreApplication.translate("PracticePage", "The interview could not be stopped cleanly"),
            QCoreApplication.translate(
                "PracticePage", "All your answers are saved; the interview will be offered for resumption. %1"
            ).replace("%1", problem),
            remedy,
        )
        page.closed.emit()


def _save_failed(page: PracticePage, problem: str, remedy: str) -> None:
    if not page.closing:  # (while the window waits to close, closing.py says what happens)
        messages.error(
            page,
            QCoreApplication.translate("PracticePage", "Your answer could not be saved"),
            QCoreApplication.translate(
                "PracticePage", "%1 Your answer is still in the box, and nothing you saved before is lost."
            ).replace("%1", problem),
            QCoreApplication.translate("PracticePage", "%1 Then submit the answer again.").replace("%1", remedy),
        )
    # Let the trainee submit the same text (or record again) again.
    view = page.interview_view
    view.answer.setEnabled(True)
    view.submit_button.setEnabled(True)
    view.recording.setEnabled(True)
    pending, page._spoken_pending = page._spoken_pending, None
    if pending is not None and not page.closing:
        page._take_recorded(pending.take)  # the take is still there: offer it again
