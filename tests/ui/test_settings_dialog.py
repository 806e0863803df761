"""The settings dialog: values round-trip, a database URL is tested before it can be saved."""

from __future__ import annotations

import os

import pytest

from trainer.settings import Settings, load_settings, save_settings
from trainer.ui.application import create_application
from trainer.ui.settings_dialog import SettingsDialog


@pytest.fixture
def dialog(qtbot):  # type: ignore[no-untyped-def]
    create_application(["test"], language="vi")
    d = SettingsDialog(Settings())
    qtbot.addWidget(d)
    return d


def test_choices_become_settings_and_persist(dialog: SettingsDialog) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.rate.setValue(130)
    dialog.volume.setValue(40)
    dialog.feedback_end.setChecked(True)
    dialog.clock.setCurrentIndex(dialog.clock.findData("off"))
    dialog.engine.setCurrentIndex(dialog.engine.findData("pyttsx3"))
    dialog.accept()
    s = dialog.result_settings
    assert s is not None
    assert (s.language, s.speech_rate, s.speech_volume) == ("en", 1.3, 0.4)
    assert (s.feedback_after_each_answer, s.answer_clock, s.speech_engine) == (False, "off", "pyttsx3")
    assert s.database_url == "" and s.data_dir == ""
    save_settings(s)
    assert load_settings() == s


def test_a_database_url_must_pass_a_test_before_saving(qtbot, dialog: SettingsDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.shared.setChecked(True)
    dialog.url.setText("postgresql+psycopg://nobody:wrong@127.0.0.1:1/none")
    assert not dialog.save_button.isEnabled()
    dialog.test_database()
    qtbot.waitUntil(
        lambda: "Could not connect" in dialog.db_status.text() or "Không" in dialog.db_status.text(), timeout=15000
    )
    assert not dialog.save_button.isEnabled()


def test_a_working_postgresql_url_can_be_saved(qtbot, dialog: SettingsDialog) -> None:  # type: ignore[no-untyped-def]
    url = os.environ.get("TRAINER_TEST_PG_URL")
    if not url:
        if os.environ.get("TRAINER_ALLOW_NO_POSTGRES") == "1":
            pytest.skip("TRAINER_ALLOW_NO_POSTGRES=1 and no PostgreSQL server")
        pytest.fail("TRAINER_TEST_PG_URL is not set: run the tests with ./dev.sh test, which starts PostgreSQL")
    dialog.shared.setChecked(True)
    dialog.url.setText(url)
    dialog.test_database()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=15000)
    assert "PostgreSQL" in dialog.db_status.text()
    dialog.accept()
    assert dialog.result_settings is not None and dialog.result_settings.database_url == url
