"""Start the real app on a database it must refuse, and report what the user sees.

    python -m tests.reliability.upgrade_app_driver [--lang en|vi]

The database is the default file in TRAINER_DATA_DIR. Prints each message box (then
closes it), then what the start panel says and whether practice can start, then closes
the window as a user would.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.reliability import crash_app_runner as runner


def report_and_close(w: Any) -> None:
    runner.wait_until(lambda: not w.state.opening and (w.state.db is not None or w.state.db_error), 60, "the database")
    if w.state.db is None:
        runner.wait_until(lambda: runner.MESSAGES, 30, "the message about the database")
    runner.wait_until(lambda: not w.loading, 30, "the scenario library")
    w.library.select_scenario("ngo-doc-thuc-pham-ban-tru")
    panel = w.start_panel
    runner.emit(
        "start-panel",
        database_open=w.state.db is not None,
        notice=panel.notice.text() if panel.notice.isVisibleTo(w) else "",
        start_enabled=panel.start_button.isEnabled(),
        scenarios=len(w.valid_scenarios()),
    )
    w.close()


if __name__ == "__main__":
    sys.exit(runner.run_app(sys.argv[1:], report_and_close))
