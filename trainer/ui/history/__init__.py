"""The personal history: trends, sessions, what to practise next, past sessions in detail.

:class:`HistoryPage` is the page the main window shows; :mod:`.charts` paints the charts
onto any QPainter (the screen or a PDF report).
"""

from trainer.ui.history.page import HistoryPage

__all__ = ["HistoryPage"]
