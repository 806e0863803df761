"""Qt's messages reach the log file, also after a library was loaded without the Python handler."""

from __future__ import annotations

import logging

from PySide6.QtCore import qWarning

from trainer.logsetup import install_qt_message_handler, qt_messages_without_python, rotate


def test_qt_messages_are_logged_before_and_after_loading_a_library(caplog) -> None:  # type: ignore[no-untyped-def]
    install_qt_message_handler()
    with caplog.at_level(logging.WARNING, logger="qt"):
        qWarning("first message")
        with qt_messages_without_python():
            pass
        qWarning("second message")
    texts = [r.getMessage() for r in caplog.records if r.name == "qt"]
    assert texts == ["first message", "second message"]


def test_rotation_keeps_three_old_logs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    log = tmp_path / "trainer.log"
    for i in range(5):
        log.write_text(str(i) * 20, encoding="utf-8")
        rotate(log, max_bytes=10, keep=3)
    assert not log.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["trainer.log.1", "trainer.log.2", "trainer.log.3"]
    assert (tmp_path / "trainer.log.1").read_text(encoding="utf-8") == "4" * 20
