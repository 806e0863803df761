"""The main window on a real scenario folder: library, broken files, search, briefing, language."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from trainer.settings import Settings
from trainer.ui.application import create_application, install_translator
from trainer.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "scenarios" / "ngo-doc-thuc-pham-ban-tru.json"


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "bundled"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / EXAMPLE.name)
    (folder / "hong.json").write_text('{"format": 1, "id": "hong"', encoding="utf-8")
    monkeypatch.setenv("TRAINER_BUNDLED_SCENARIOS", str(folder))
    return folder


@pytest.fixture
def window(qtbot, library: Path):  # type: ignore[no-untyped-def]
    app = create_application(["test"], language="vi")
    w = MainWindow(settings=Settings(), open_database=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: not w.loading, timeout=5000)
    yield w
    install_translator(app, "vi")
    app.setProperty("trainer_language", "vi")


def test_library_lists_valid_and_broken_files_apart(window: MainWindow) -> None:
    lib = window.library
    assert lib.model.rowCount() == 1
    assert lib.model.scenario(0).id == "ngo-doc-thuc-pham-ban-tru"
    assert lib.invalid_box.isVisibleTo(window)
    assert lib.invalid_list.count() == 1
    item = lib.invalid_list.item(0)
    assert item.text().startswith("hong.json")
    assert "JSON không hợp lệ" in item.text()  # the message is in the interface language
    assert "1 trên 1 kịch bản" in lib.count_label.text()


def test_selecting_a_scenario_shows_its_briefing(window: MainWindow) -> None:
    html = window.briefing.toPlainText()
    assert "Học sinh nhập viện sau bữa ăn bán trú" in html
    assert "Hiệu trưởng trường tiểu học" in html
    assert "CHƯA xác nhận" in html  # the unconfirmed fact is flagged
    assert "Thông tin mật" in html


def test_search_ignores_accents_and_filters(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    lib = window.library
    qtbot.keyClicks(lib.search, "NHAP vien an toan")
    assert lib.proxy.rowCount() == 1
    lib.search.clear()
    qtbot.keyClicks(lib.search, "bao bao")
    assert lib.proxy.rowCount() == 0
    lib.search.clear()
    lib.language_filter.setCurrentIndex(lib.language_filter.findData("en"))
    assert lib.proxy.rowCount() == 0
    lib.language_filter.setCurrentIndex(lib.language_filter.findData("vi"))
    assert lib.proxy.rowCount() == 1


def test_switching_language_rebuilds_the_interface(window: MainWindow) -> None:
    assert window.menuBar().actions()[0].text() == "&Tệp"
    window.set_language("en")
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.library.model.rowCount() == 1
    assert "Your role" in window.briefing.toPlainText()
    assert QApplication.instance().property("trainer_language") == "en"
    assert window.settings.language == "en"


def test_reload_picks_up_a_new_file(qtbot, window: MainWindow, library: Path) -> None:  # type: ignore[no-untyped-def]
    (library / "hong.json").unlink()
    window.reload()
    qtbot.waitUntil(lambda: not window.loading, timeout=5000)
    assert window.library.invalid_list.count() == 0
    assert not window.library.invalid_box.isVisibleTo(window)


def test_background_loading_waits_for_the_first_frame(qtbot, library: Path) -> None:  # type: ignore[no-untyped-def]
    # Workers importing the loader hold the GIL: they start once the window has painted.
    create_application(["test"], language="vi")
    w = MainWindow(settings=Settings(), open_database=False)
    qtbot.addWidget(w)
    painted: list[bool] = []
    w.startup_begun.connect(lambda: painted.append(w.isVisible()))
    w.show()
    assert w.loading and not painted  # shown, not yet painted: nothing started
    with qtbot.waitSignal(w.startup_begun, timeout=2000):
        pass
    assert painted == [True]
    qtbot.waitUntil(lambda: w.library.model.rowCount() == 1, timeout=5000)


def test_a_window_never_shown_still_loads_its_library(qtbot, library: Path) -> None:  # type: ignore[no-untyped-def]
    create_application(["test"], language="vi")
    w = MainWindow(settings=Settings(), open_database=False)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.startup_begun, timeout=2000):
        pass
    assert not w.isVisible()
    qtbot.waitUntil(lambda: w.library.model.rowCount() == 1, timeout=5000)


def test_cells_cut_short_show_their_whole_text_on_hover(window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    model = window.library.model
    scenario = model.scenario(0)
    title_tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert title_tip.startswith(scenario.title) and scenario.summary in title_tip
    role_text = model.data(model.index(0, 2), Qt.ItemDataRole.DisplayRole)
    assert model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole) == role_text
