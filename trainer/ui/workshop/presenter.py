"""The presenter screen: what the room sees on the projector or a second screen.

Large type, the journalist, the question, who answers, the countdown and the answer once
given. Scores appear only after the trainer reveals them. :class:`PresenterView` is a
plain widget fed a :class:`~trainer.ui.workshop.run.Stage`; :class:`PresenterWindow` puts
it full screen on a second screen when there is one.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QScreen,
    QShortcut,
)
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from trainer.ui.feedback_view import STATUS_COLOURS, score_colour
from trainer.ui.labels import principle_label, status_label, style_label
from trainer.ui.portrait import portrait
from trainer.ui.workshop.turns import ANSWERED, ANSWERING, FINISHED, READY, SAVING, Stage

BACKGROUND = "#10243e"
TEXT = "#f5f7fa"
MUTED = "#a9b8cc"
ACCENT = "#ffd166"
ALERT = "#ff6b5b"


def clock_text(remaining_s: float) -> str:
    seconds = max(0, int(remaining_s + 0.999))
    return f"{seconds // 60}:{seconds % 60:02d}"


class PresenterView(QWidget):
    """Everything on the room's screen; sizes follow the height of the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterView")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
        self.setPalette(palette)
        self.setStyleSheet(f"QLabel {{ color:{TEXT}; background:transparent; }}")
        self.stage: Stage | None = None
        self.header = QLabel(self)
        self.header.setObjectName("presenterHeader")
        self.header.setStyleSheet(f"color:{MUTED}")
        self.clock = QLabel(self)
        self.clock.setObjectName("presenterClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.clock)

        self.portrait = QLabel(self)
        self.journalist = QLabel(self)
        self.journalist.setObjectName("presenterJournalist")
        self.journalist.setTextFormat(Qt.TextFormat.RichText)
        who = QHBoxLayout()
        who.addWidget(self.portrait)
        who.addWidget(self.journalist, 1)

        self.question = QLabel(self)
        self.question.setObjectName("presenterQuestion")
        self.question.setWordWrap(True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.speaker = QLabel(self)
        self.speaker.setObjectName("presenterSpeaker")
        self.speaker.setStyleSheet(f"color:{ACCENT}")
        self.answer = QLabel(self)
        self.answer.setObjectName("presenterAnswer")
        self.answer.setWordWrap(True)
        self.answer.setFrameShape(QFrame.Shape.StyledPanel)
        self.answer.setStyleSheet(
            f"color:{TEXT}; background:rgba(255,255,255,0.07); border-left:6px solid {ACCENT}; padding:12px"
        )

        self.scores = QWidget(self)
        self.scores.setObjectName("presenterScores")
        self.overall = QLabel(self.scores)
        self.overall.setObjectName("presenterOverall")
        self.overall.setTextFormat(Qt.TextFormat.RichText)
        self.bars = QGridLayout()
        self.bars.setHorizontalSpacing(16)
        scores_layout = QHBoxLayout(self.scores)
        scores_layout.setContentsMargins(0, 0, 0, 0)
        scores_layout.addWidget(self.overall, 0, Qt.AlignmentFlag.AlignTop)
        scores_layout.addLayout(self.bars, 1)

        self.big = QLabel(self)  # between turns and at the end
        self.big.setObjectName("presenterBig")
        self.big.setWordWrap(True)
        self.big.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.big.setTextFormat(Qt.TextFormat.RichText)

        layout = QVBoxLayout(self)
        self._layout = layout
        layout.addLayout(top)
        layout.addLayout(who)
        layout.addWidget(self.question)
        layout.addWidget(self.speaker)
        layout.addWidget(self.answer)
        layout.addWidget(self.scores)
        layout.addWidget(self.big, 1)
        layout.addStretch(0)
        self._apply_fonts()
        self.show_stage(Stage(workshop="", scenario_title="", phase="idle"))

    # --- sizes --------------------------------------------------------------------------
    def _unit(self) -> int:
        """A font pixel size that reads from the back of a room: a 22nd of the height
        (everything scales with it, so a small preview looks like the room's screen)."""
        return max(6, self.height() // 22)

    def _font(self, factor: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(5, round(self._unit() * factor)))
        font.setBold(bold)
        return font

    def _apply_fonts(self) -> None:
        u = self._unit()
        self._layout.setContentsMargins(round(u * 1.5), u, round(u * 1.5), u)
        self._layout.setSpacing(max(2, round(u * 0.55)))
        self.bars.setHorizontalSpacing(max(4, u // 2))
        self.bars.setVerticalSpacing(max(2, u // 4))
        self.header.setFont(self._font(0.6))
        self.clock.setFont(self._font(2.0, bold=True))
        self.journalist.setFont(self._font(0.8))
        revealed = self.stage is not None and self.stage.revealed is not None
        self.question.setFont(self._font(0.95 if revealed else 1.45, bold=True))
        self.speaker.setFont(self._font(0.85, bold=True))
        self.answer.setFont(self._font(0.85))
        self.overall.setFont(self._font(0.8))
        self.big.setFont(self._font(1.6, bold=True))
        size = round(self._unit() * 3.2)
        self.portrait.setFixedSize(size, size)
        if self.stage is not None:
            self.show_stage(self.stage)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._apply_fonts()

    # --- content ------------------------------------------------------------------------
    def show_stage(self, stage: Stage) -> None:
        self.stage = stage
        title = " · ".join(t for t in (stage.workshop, stage.scenario_title) if t)
        asking = stage.phase in (READY, ANSWERING, SAVING)
        showing = stage.phase == ANSWERED and bool(stage.question_text)
        if stage.turn_number and (asking or showing):
            title += " · " + self.tr("Turn %1").replace("%1", str(stage.turn_number))
        self.header.setText(title)
        j = stage.journalist
        on_question = asking or showing
        revealed = showing and stage.revealed is not None
        for w in (self.portrait, self.journalist, self.question):
            w.setVisible(on_question and not (revealed and w is not self.question))
        self.question.setFont(self._font(0.95 if revealed else 1.45, bold=True))
        if j is not None:
            self.portrait.setPixmap(portrait(j.name, j.style, self.portrait.width()))
            follow = (" · " + escape(self.tr("follow-up"))) if stage.follow_up else ""
            self.journalist.setText(
                f"<b>{escape(j.name)}</b><br><span style='color:{MUTED}'>{escape(j.outlet)} · "
                f"{escape(style_label(j.style))}{follow}</span>"
            )
        else:
            self.journalist.setText("")
        self.question.setText(stage.question_text)
        self.speaker.setVisible(on_question and bool(stage.trainee_name))
        if stage.trainee_name:
            self.speaker.setText(
                (self.tr("Answering: %1") if asking else self.tr("Answered by %1")).replace("%1", stage.trainee_name)
            )
        self.answer.setVisible(showing and bool(stage.answer_text))
        self.answer.setText(stage.answer_text)
        if not asking:
            self.clock.setText("")
        self._show_scores(stage)
        self.big.setVisible(not on_question)
        if stage.phase == FINISHED:
            self.big.setText(
                escape(self.tr("Thank you!"))
                + f"<br><span style='font-size:60%;color:{MUTED}'>"
                + escape(self.tr("%1 answers in this run.").replace("%1", str(stage.answers)))
                + "</span>"
            )
        elif stage.next_name:
            label = escape(self.tr("Next to answer"))
            self.big.setText(f"<span style='color:{MUTED};font-size:60%'>{label}</span><br>" + escape(stage.next_name))
        else:
            self.big.setText(escape(stage.scenario_title or stage.workshop))

    def _show_scores(self, stage: Stage) -> None:
        while self.bars.count():
            item = self.bars.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        shown = stage.revealed
        self.scores.setVisible(shown is not None and stage.phase == ANSWERED)
        if shown is None:
            self.overall.setText("")
            return
        record = shown.answer
        label = escape(self.tr("Score"))
        self.overall.setText(
            f"<div style='color:{MUTED}'>{label}</div>"
            f"<div style='font-size:300%;font-weight:bold;color:{score_colour(record.overall)}'>{record.overall}</div>"
        )
        applicable = [s for s in record.scores if s.score is not None and s.status != "not_applicable"]
        half = (len(applicable) + 1) // 2
        for i, s in enumerate(sorted(applicable, key=lambda s: -(s.weight or 0))):
            assert s.score is not None
            row, col = i % half, 3 * (i // half)
            name = QLabel(principle_label(s.principle), self.scores)
            name.setFont(self._font(0.55))
            bar = QProgressBar(self.scores)
            bar.setObjectName(f"presenterBar_{s.principle}")
            bar.setRange(0, 100)
            bar.setValue(s.score)
            bar.setTextVisible(False)
            bar.setFixedHeight(max(4, self._unit() // 2))
            bar.setMinimumWidth(self._unit() * 2)
            bar.setStyleSheet(
                "QProgressBar { background:rgba(255,255,255,0.12); border:none; border-radius:4px }"
                f"QProgressBar::chunk {{ background:{STATUS_COLOURS.get(s.status, MUTED)}; border-radius:4px }}"
            )
            verdict = status_label(s.status) + (" ✎" if s.reviewed else "")  # ✎: a trainer's score
            value = QLabel(f"{s.score} · {verdict}", self.scores)
            value.setFont(self._font(0.5))
            value.setStyleSheet(f"color:{MUTED}")
            self.bars.addWidget(name, row, col)
            self.bars.addWidget(bar, row, col + 1)
            self.bars.addWidget(value, row, col + 2)
            self.bars.setColumnStretch(col + 1, 1)

    def set_clock(self, remaining_s: float, running: bool) -> None:
        if self.stage is None or self.stage.phase not in (READY, ANSWERING, SAVING):
            self.clock.setText("")
            return
        if remaining_s <= 0:
            self.clock.setText(self.tr("Time is up"))
            colour = ALERT
        else:
            self.clock.setText(clock_text(remaining_s))
            colour = ALERT if remaining_s <= 10 else ACCENT if running else MUTED
        self.clock.setStyleSheet(f"color:{colour}")


def presenter_screen(avoid: QScreen | None = None) -> tuple[QScreen | None, bool]:
    """The screen for the presenter window and whether it is a screen of its own (a second
    screen or projector) rather than the trainer's."""
    screens = QGuiApplication.screens()
    others = [s for s in screens if s is not avoid]
    if others and avoid is not None and len(screens) > 1:
        return others[0], True
    return (avoid or QGuiApplication.primaryScreen()), False


class PresenterWindow(QWidget):
    """A top-level window for the projector: full screen on a second screen (F11 or
    double-click toggles full screen, Esc leaves it)."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenterWindow")
        self.setWindowTitle(self.tr("Presenter screen"))
        self.view = PresenterView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        QShortcut(QKeySequence("F11"), self, self.toggle_full_screen)

    def show_on(self, screen: QScreen | None, *, full_screen: bool) -> None:
        if screen is not None:
            self.setScreen(screen)
            geometry = screen.availableGeometry()
            self.setGeometry(geometry.adjusted(60, 60, -60, -60) if not full_screen else geometry)
        if full_screen:
            self.showFullScreen()
        else:
            self.resize(1024, 640)
            self.show()

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: Any) -> None:
        self.toggle_full_screen()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()
