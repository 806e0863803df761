"""The room's screen, in the control view: a small preview of what the room sees, the
presenter window on the projector (opened and closed from here), and the buttons that put
an answer of the workshop on it and reveal or hide its scores.

What the screen shows is the :class:`RunController`'s :class:`Stage`; the control view
passes it on with :meth:`ScreenPane.show_stage` and :meth:`ScreenPane.set_clock`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from trainer.ui.workshop.presenter import PresenterView, PresenterWindow, presenter_screen
from trainer.ui.workshop.run import RunController
from trainer.ui.workshop.turn_panel import push_button
from trainer.ui.workshop.turns import ANSWERING, FINISHED, READY, SAVING, Stage

if TYPE_CHECKING:
    from trainer.storage.workshops import WorkshopAnswer


class ScreenPane(QWidget):
    message = Signal(str)  # something to tell the trainer (the status line)

    def __init__(
        self,
        controller: RunController,
        selected: Callable[[], WorkshopAnswer | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._selected = selected  # the answer chosen in the answers list
        self.presenter: PresenterWindow | None = None
        self.preview = PresenterView(self)  # what the room sees, small
        self.preview.setObjectName("presenterPreview")
        self.preview.setFixedSize(352, 198)
        self.present_button = push_button(self, "presentButton", self.tr("Open the &presenter screen"))
        self.present_button.clicked.connect(self.toggle_presenter)
        self.reveal_button = push_button(self, "revealButton", self.tr("&Reveal scores (Ctrl+R)"))
        self.reveal_button.clicked.connect(self.toggle_reveal)
        self.show_button = push_button(self, "showAnswer", self.tr("Show this &answer on screen"))
        self.show_button.clicked.connect(self.show_selected)
        self.buttons = QVBoxLayout()  # the control view adds its own under these
        for w in (self.present_button, self.show_button, self.reveal_button):
            self.buttons.addWidget(w)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addLayout(self.buttons, 1)

    def toggle_reveal(self) -> None:
        c = self.controller
        selected = self._selected()
        if c.phase in (READY, ANSWERING, SAVING):
            return
        if selected is not None and (c.screen_answer is None or c.screen_answer.id != selected.id):
            c.show_answer(selected, reveal=True)
        else:
            c.reveal(not c.revealed)

    def show_selected(self) -> None:
        selected = self._selected()
        if selected is not None:
            self.controller.show_answer(selected, reveal=False)

    def toggle_presenter(self) -> None:
        if self.presenter is not None and self.presenter.isVisible():
            self.presenter.close()
            return
        if self.presenter is None:
            self.presenter = PresenterWindow(self)
            self.presenter.closed.connect(self.update_buttons)
        window = self.window().windowHandle()
        screen, own = presenter_screen(window.screen() if window is not None else None)
        self.presenter.show_on(screen, full_screen=own)
        self.presenter.view.show_stage(self.controller.stage())
        if not own:
            self.message.emit(
                self.tr(
                    "Only one screen is connected: the presenter screen opened as a window. "
                    "Connect the projector and open it again, or press F11 in it for full screen."
                )
            )
        self.update_buttons()

    def close_presenter(self) -> None:
        if self.presenter is not None:
            self.presenter.close()

    def show_stage(self, stage: Stage) -> None:
        self.preview.show_stage(stage)
        if self.presenter is not None:
            self.presenter.view.show_stage(stage)

    def set_clock(self, remaining_s: float, running: bool) -> None:
        for view in (self.preview, self.presenter.view if self.presenter is not None else None):
            if view is not None:
                view.set_clock(remaining_s, running)

    def update_buttons(self) -> None:
        c = self.controller
        selected = self._selected()
        free = c.phase not in (READY, ANSWERING, SAVING, FINISHED)
        self.show_button.setEnabled(free and selected is not None)
        self.reveal_button.setEnabled(free and (selected is not None or c.screen_answer is not None))
        same = selected is None or (c.screen_answer is not None and c.screen_answer.id == selected.id)
        self.reveal_button.setText(
            self.tr("&Hide scores (Ctrl+R)") if c.revealed and same else self.tr("&Reveal scores (Ctrl+R)")
        )
        showing = self.presenter is not None and self.presenter.isVisible()
        self.present_button.setText(
            self.tr("Close the &presenter screen") if showing else self.tr("Open the &presenter screen")
        )
