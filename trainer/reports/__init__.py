"""Workshop debriefs and personal reports: assembled from storage, written as PDF and CSV.

No widgets here (the debrief page is trainer/ui/workshop/debrief.py). Data assembly is pure
Python (:mod:`debrief_data`, :mod:`personal_data`, :mod:`scoring`); the PDF is painted with
QtGui (QPdfWriter, QPainter), so it needs a QGuiApplication but no display, and it can be
written on a worker thread. See docs/reports.md.
"""
