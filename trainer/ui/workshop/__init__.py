"""Workshops: a roster, a scenario run for the room with a presenter screen and a control
view, observer scoring, and live answers from other laptops on a shared database.

See docs/workshops.md. The main window shows :class:`WorkshopPage` (behind trainer mode).
"""

from __future__ import annotations

from trainer.ui.workshop.control_view import ControlView
from trainer.ui.workshop.page import ObserverView, WorkshopPage
from trainer.ui.workshop.presenter import PresenterView, PresenterWindow
from trainer.ui.workshop.run import RunController
from trainer.ui.workshop.turns import Stage

__all__ = [
    "ControlView",
    "ObserverView",
    "PresenterView",
    "PresenterWindow",
    "RunController",
    "Stage",
    "WorkshopPage",
]
