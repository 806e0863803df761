"""The dialog to review a scenario pack before importing it (the export dialog: pack_export_dialog).

It receives plain objects (a :class:`PackInspection` and its conflicts) and returns plain
answers; the slow work around it lives in :mod:`trainer.ui.pack_actions`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.ui.application import current_language
from trainer.ui.labels import language_label

if TYPE_CHECKING:
    from trainer.content.packs import Choice, Conflict, PackInspection, PackScenario


def pack_language_label(code: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("PackDialogs", "Several languages") if code == "mul" else language_label(code)


# --- import ------------------------------------------------------------------------------


class ImportPackDialog(QDialog):
    """The manifest, each scenario with its check and, for each id already in use, a choice."""

    COLUMNS = 6

    def __init__(self, insp: PackInspection, conflicts: dict[str, Conflict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPackDialog")
        self.insp = insp
        self.conflicts = conflicts
        self.language = current_language()
        self.choice_boxes: dict[str, QComboBox] = {}
        self.setWindowTitle(self.tr("Import scenario pack"))
        self.resize(900, 560)

        self.status = QLabel(self)
        self.status.setObjectName("packStatus")
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("packScenarios")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Scenario"),
                self.tr("Id"),
                self.tr("Language"),
                self.tr("Check"),
                self.tr("In your library"),
                self.tr("What to do"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(60)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, 220)  # long titles are elided; the tooltip has the file
        self.hint = QLabel(
            self.tr(
                "Keep both installs the pack's scenario as a copy under a new id; Replace overwrites the file "
                "in your scenario folder; Skip leaves it out. The whole import can be undone afterwards."
            ),
            self,
        )
        self.hint.setObjectName("conflictHint")
        self.hint.setWordWrap(True)
        self.problems = QListWidget(self)
        self.problems.setObjectName("packProblems")
        self.problems.setWordWrap(True)
        self.problems.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.problems.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.problems_box = QGroupBox(self.tr("Problems found"), self)
        QVBoxLayout(self.problems_box).addWidget(self.problems)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self._manifest_box())
        layout.addWidget(self.status)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.hint)
        layout.addWidget(self.problems_box, 2)
        layout.addWidget(self.buttons)
        self._fill()

    def _manifest_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Pack"), self)
        form = QFormLayout(box)
        m = self.insp.manifest
        form.addRow(self.tr("File:"), QLabel(self.insp.path.name, box))
        if m is None:
            return box
        for label, value in (
            (self.tr("Name:"), m.name),
            (self.tr("Version:"), m.version),
            (self.tr("Author:"), m.author or "—"),
            (self.tr("Language:"), pack_language_label(m.language)),
            (self.tr("Created:"), local_time(m.created)),
        ):
            shown = QLabel(value, box)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, shown)
        if m.description:
            about = QLabel(m.description, box)
            about.setWordWrap(True)
            form.addRow(self.tr("About:"), about)
        contents = (
            self.tr("%1 scenario(s), %2 other file(s)")
            .replace("%1", str(len(self.insp.scenarios)))
            .replace("%2", str(len(self.insp.assets)))
        )
        form.addRow(self.tr("Contents:"), QLabel(contents, box))
        return box

    def _fill(self) -> None:
        ok = self.insp.ok
        if ok:
            self.status.setText(self.tr("Every file was checked: the pack is intact and its scenarios are valid."))
            self.status.setStyleSheet("color: #1b5e20;")
        else:
            self.status.setText(
                self.tr(
                    "This pack cannot be imported. Nothing from it will be installed; the problems are listed below."
                )
            )
            self.status.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.import_button.setEnabled(ok)
        self.table.setRowCount(len(self.insp.scenarios))
        for row, s in enumerate(self.insp.scenarios):
            self._fill_row(row, s, ok)
        self.table.setVisible(bool(self.insp.scenarios))
        self.hint.setVisible(ok and bool(self.choice_boxes))
        self.problems.clear()
        for i in self.insp.all_issues():
            text = i.message(self.language)
            item = QListWidgetItem(text[:1].upper() + text[1:])
            item.setToolTip(item.text())
            if i.severity == "error":
                item.setForeground(Qt.GlobalColor.darkRed)
            self.problems.addItem(item)
        self.problems_box.setVisible(self.problems.count() > 0)

    def _fill_row(self, row: int, s: PackScenario, ok: bool) -> None:
        title = QTableWidgetItem(s.title or s.entry)
        title.setToolTip(f"{s.title}\n{s.entry}" if s.title else s.entry)
        self.table.setItem(row, 0, title)
        self.table.setItem(row, 1, QTableWidgetItem(s.id))
        self.table.setItem(row, 2, QTableWidgetItem(language_label(s.language) if s.language else ""))
        errors, warnings = s.report.errors, s.report.warnings
        if errors:
            check = self.tr("Invalid: %1").replace("%1", errors[0].message(self.language))
        elif warnings:
            check = self.tr("Valid, %1 warning(s)").replace("%1", str(len(warnings)))
        else:
            check = self.tr("Valid")
        check_item = QTableWidgetItem(check)
        check_item.setToolTip("\n".join(i.message(self.language) for i in s.issues()) or check)
        if errors:
            check_item.setForeground(Qt.GlobalColor.darkRed)
        self.table.setItem(row, 3, check_item)
        conflict = self.conflicts.get(s.id)
        if conflict is None:
            where, action = "", self.tr("Add") if ok else "—"
        elif conflict.identical:
            where, action = self.tr("Already installed (identical)"), self.tr("Nothing to do")
        else:
            where, action = self.tr("Same id: %1").replace("%1", conflict.title), ""
        where_item = QTableWidgetItem(where)
        if conflict is not None:
            where_item.setToolTip(f"{conflict.title}\n{conflict.path}")
        self.table.setItem(row, 4, where_item)
        if conflict is not None and not conflict.identical and ok:
            self.table.setCellWidget(row, 5, self._choice_box(s.id, conflict))
        else:
            self.table.setItem(row, 5, QTableWidgetItem(action))

    def _choice_box(self, sid: str, conflict: Conflict) -> QComboBox:
        box = QComboBox(self.table)
        box.setObjectName(f"choice-{sid}")
        box.addItem(self.tr("Keep both"), "keep_both")
        if conflict.replaceable:
            box.addItem(self.tr("Replace"), "replace")
        else:
            box.setToolTip(
                self.tr("The scenario with this id is outside your scenario folder, so it cannot be replaced.")
            )
        box.addItem(self.tr("Skip"), "skip")
        self.choice_boxes[sid] = box
        return box

    def set_choice(self, sid: str, choice: Choice) -> None:
        box = self.choice_boxes[sid]
        box.setCurrentIndex(box.findData(choice))

    def choices(self) -> dict[str, Choice]:
        return {sid: box.currentData() for sid, box in self.choice_boxes.items()}

    @classmethod
    def ask(
        cls, insp: PackInspection, conflicts: dict[str, Conflict], parent: QWidget | None = None
    ) -> dict[str, Choice] | None:
        """The choice for each conflict, or None when the person cancels (or the pack is rejected)."""
        dialog = cls(insp, conflicts, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted and insp.ok
        return dialog.choices() if accepted else None


def local_time(iso: str) -> str:
    when = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not when.isValid():
        return iso
    return QLocale().toString(when.toLocalTime(), QLocale.FormatType.ShortFormat)
