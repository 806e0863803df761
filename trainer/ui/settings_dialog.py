"""Settings: language, speech, feedback, answer clock, data folder and database; spoken answers."""

from __future__ import annotations

import copy
import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from trainer import paths
from trainer.settings import Settings
from trainer.ui.spoken_settings import SpokenSettingsBox
from trainer.ui.tasks import run_task

log = logging.getLogger(__name__)


def check_database(url: str) -> str:
    """Connect to *url* and run a trivial query; return the database's own version string."""
    from sqlalchemy import text

    from trainer.storage.engine import connect

    db = connect(url or None)
    try:
        with db.engine.connect() as conn:
            if db.backend == "sqlite":
                return "SQLite " + str(conn.execute(text("select sqlite_version()")).scalar())
            return str(conn.execute(text("select version()")).scalar()).split(",")[0]
    finally:
        db.close()


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.original = settings
        self.result_settings: Settings | None = None
        self.db_checked_url: str | None = settings.database_url  # the saved one counts as checked

        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(settings.language))

        self.speech_enabled = QCheckBox(self.tr("Read the questions aloud"), self)
        self.speech_enabled.setObjectName("speechEnabled")
        self.speech_enabled.setChecked(settings.speech_enabled)
        self.engine = QComboBox(self)
        self.engine.setObjectName("speechEngine")
        self.engine.addItem(self.tr("Automatic (best available)"), "auto")
        self.engine.addItem(self.tr("eSpeak NG / system voices (pyttsx3)"), "pyttsx3")
        self.engine.addItem(self.tr("Qt text-to-speech (modern Windows voices)"), "qt")
        self.engine.setCurrentIndex(max(0, self.engine.findData(settings.speech_engine)))
        self.rate = QSlider(Qt.Orientation.Horizontal, self)
        self.rate.setObjectName("speechRate")
        self.rate.setRange(50, 200)
        self.rate.setValue(round(settings.speech_rate * 100))
        self.rate_label = QLabel(self)
        self.rate.valueChanged.connect(lambda v: self.rate_label.setText(f"{v / 100:.2f}×"))
        self.rate.valueChanged.emit(self.rate.value())
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setObjectName("speechVolume")
        self.volume.setRange(0, 100)
        self.volume.setValue(round(settings.speech_volume * 100))
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate, 1)
        rate_row.addWidget(self.rate_label)
        speech_box = QGroupBox(self.tr("Speech"), self)
        speech_form = QFormLayout(speech_box)
        speech_form.addRow(self.speech_enabled)
        speech_form.addRow(self.tr("&Engine:"), self.engine)
        speech_form.addRow(self.tr("&Rate:"), rate_row)
        speech_form.addRow(self.tr("&Volume:"), self.volume)
        voices_note = QLabel(
            self.tr(
                "Voices are chosen by the scenario's language: Vietnamese scenarios always use a Vietnamese voice."
            ),
            self,
        )
        voices_note.setWordWrap(True)
        voices_note.setStyleSheet("color:#666")
        speech_form.addRow(voices_note)

        self.feedback_each = QRadioButton(self.tr("After each answer"), self)
        self.feedback_each.setObjectName("feedbackEach")
        self.feedback_end = QRadioButton(self.tr("Only at the end of the interview"), self)
        self.feedback_end.setObjectName("feedbackEnd")
        group = QButtonGroup(self)
        group.addButton(self.feedback_each)
        group.addButton(self.feedback_end)
        (self.feedback_each if settings.feedback_after_each_answer else self.feedback_end).setChecked(True)
        self.clock = QComboBox(self)
        self.clock.setObjectName("answerClock")
        self.clock.addItem(self.tr("From the intermediate level on"), "level")
        self.clock.addItem(self.tr("Always"), "on")
        self.clock.addItem(self.tr("Never"), "off")
        self.clock.setCurrentIndex(max(0, self.clock.findData(settings.answer_clock)))
        practice_box = QGroupBox(self.tr("Practice"), self)
        practice_form = QFormLayout(practice_box)
        feedback_col = QVBoxLayout()
        feedback_col.addWidget(self.feedback_each)
        feedback_col.addWidget(self.feedback_end)
        practice_form.addRow(self.tr("Feedback:"), feedback_col)
        practice_form.addRow(self.tr("Answer &clock:"), self.clock)

        self.data_dir = QLineEdit(settings.data_dir or str(paths.default_data_dir()), self)
        self.data_dir.setObjectName("dataDir")
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._choose_data_dir)
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_dir, 1)
        data_row.addWidget(browse)
        self.sqlite = QRadioButton(self.tr("On this computer (SQLite, in the data folder)"), self)
        self.sqlite.setObjectName("useSqlite")
        self.shared = QRadioButton(self.tr("Shared PostgreSQL server:"), self)
        self.shared.setObjectName("usePostgres")
        self.url = QLineEdit(settings.database_url, self)
        self.url.setObjectName("databaseUrl")
        self.url.setPlaceholderText("postgresql+psycopg://user:password@server/trainer")
        (self.shared if settings.database_url else self.sqlite).setChecked(True)
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.setObjectName("testDatabase")
        self.test_button.clicked.connect(self.test_database)
        self.db_status = QLabel(self)
        self.db_status.setObjectName("databaseStatus")
        self.db_status.setWordWrap(True)
        for w in (self.sqlite, self.shared):
            w.toggled.connect(self._database_changed)
        self.url.textChanged.connect(self._database_changed)
        storage_box = QGroupBox(self.tr("Data"), self)
        storage_form = QFormLayout(storage_box)
        storage_form.addRow(self.tr("Data &folder:"), data_row)
        storage_form.addRow(self.sqlite)
        url_row = QHBoxLayout()
        url_row.addWidget(self.shared)
        url_row.addWidget(self.url, 1)
        url_row.addWidget(self.test_button)
        storage_form.addRow(url_row)
        storage_form.addRow(self.db_status)
        restart = QLabel(
            self.tr("Changes to the data folder and the database apply the next time the app starts."), self
        )
        restart.setWordWrap(True)
        restart.setStyleSheet("color:#666")
        storage_form.addRow(restart)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveSettings")
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.spoken = SpokenSettingsBox(settings, self)

        top = QFormLayout()
        top.addRow(self.tr("&Language:"), self.language)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(speech_box)
        left.addWidget(practice_box)
        left.addWidget(storage_box)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 0)
        columns.addWidget(self.spoken, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        self._database_changed()

    # --- database --------------------------------------------------------------------------
    def chosen_url(self) -> str:
        return self.url.text().strip() if self.shared.isChecked() else ""

    def _database_changed(self) -> None:
        """The choice or the URL was edited: it must be tested again before saving."""
        self._update_buttons()
        if self.shared.isChecked() and self.chosen_url() != (self.db_checked_url or ""):
            self.db_status.setText(self.tr("Test the connection before saving."))
            self.db_status.setStyleSheet("")
        elif not self.shared.isChecked():
            self.db_status.clear()

    def _update_buttons(self) -> None:
        shared = self.shared.isChecked()
        self.url.setEnabled(shared)
        self.test_button.setEnabled(shared and bool(self.url.text().strip()))
        checked = self.chosen_url() == (self.db_checked_url or "")
        self.save_button.setEnabled(not shared or checked)

    def test_database(self) -> None:
        url = self.chosen_url()
        self.test_button.setEnabled(False)
        self.db_status.setText(self.tr("Connecting…"))
        self.db_status.setStyleSheet("")
        run_task(
            check_database, url, on_done=lambda v: self._tested(url, v), on_error=lambda e: self._test_failed(url, e)
        )

    def _tested(self, url: str, version: str) -> None:
        if url != self.chosen_url():
            return  # the text changed meanwhile
        self.db_checked_url = url
        self.db_status.setText(self.tr("Connected: %1").replace("%1", version))
        self.db_status.setStyleSheet("color:#1b7f3b")
        self._update_buttons()

    def _test_failed(self, url: str, exc: Exception) -> None:
        if url != self.chosen_url():
            return
        self.db_status.setText(self.tr("Could not connect: %1").replace("%1", str(exc).splitlines()[0][:300]))
        self.db_status.setStyleSheet("color:#c0392b")
        self._update_buttons()

    def _choose_data_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the data folder"), self.data_dir.text())
        if folder:
            self.data_dir.setText(folder)

    # --- result ----------------------------------------------------------------------------
    def collected(self) -> Settings:
        s = copy.deepcopy(self.original)
        s.language = str(self.language.currentData())
        s.speech_enabled = self.speech_enabled.isChecked()
        s.speech_engine = str(self.engine.currentData())
        s.speech_rate = self.rate.value() / 100
        s.speech_volume = self.volume.value() / 100
        s.feedback_after_each_answer = self.feedback_each.isChecked()
        s.answer_clock = str(self.clock.currentData())
        folder = self.data_dir.text().strip()
        s.data_dir = "" if folder in ("", str(paths.default_data_dir())) else folder
        s.database_url = self.chosen_url()
        self.spoken.apply_to(s)
        return s.validated()

    def accept(self) -> None:
        self.result_settings = self.collected()
        super().accept()

    def done(self, result: int) -> None:
        self.spoken.shutdown()  # a microphone test still running stops
        super().done(result)

    @classmethod
    def ask(cls, settings: Settings, parent: Any = None) -> Settings | None:
        dialog = cls(settings, parent)
        return dialog.result_settings if dialog.exec() == QDialog.DialogCode.Accepted else None
