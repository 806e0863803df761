"""The dialog to choose scenarios from the library and save them as a pack."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.text import fold, nfc
from trainer.ui import messages
from trainer.ui.labels import language_label
from trainer.ui.pack_dialogs import pack_language_label

if TYPE_CHECKING:
    from trainer.content.packs import PackMeta
    from trainer.domain.scenario import Scenario

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class ExportRequest:
    sources: list[Path]
    out: Path
    meta: PackMeta


class ExportPackDialog(QDialog):
    """Tick scenarios from the library, name the pack, choose where to save it."""

    def __init__(
        self,
        scenarios: Sequence[Scenario],
        parent: QWidget | None = None,
        *,
        selected: Sequence[str] = (),
        author: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportPackDialog")
        self.scenarios = {s.id: s for s in scenarios if s.source_path}
        self.setWindowTitle(self.tr("Export scenario pack"))
        self.resize(760, 560)

        self.search = QLineEdit(self)
        self.search.setObjectName("exportSearch")
        self.search.setPlaceholderText(self.tr("Filter scenarios (accents optional)…"))
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget(self)
        self.list.setObjectName("exportList")
        for s in sorted(self.scenarios.values(), key=lambda s: fold(s.title)):
            item = QListWidgetItem(f"{s.title}  ·  {s.id}  ·  {language_label(s.language)}")
            item.setData(ID_ROLE, s.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if s.id in selected else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self._update())
        select_all = QPushButton(self.tr("Select all shown"), self)
        select_all.clicked.connect(lambda: self._check_shown(Qt.CheckState.Checked))
        select_none = QPushButton(self.tr("Clear selection"), self)
        select_none.clicked.connect(lambda: self._check_shown(Qt.CheckState.Unchecked))
        picks = QHBoxLayout()
        picks.addWidget(select_all)
        picks.addWidget(select_none)
        picks.addStretch(1)

        self.name = QLineEdit(self)
        self.name.setObjectName("packName")
        self.name.setPlaceholderText(self.tr("e.g. Crisis scenarios of the province, 2025"))
        self.version = QLineEdit("1.0", self)
        self.version.setObjectName("packVersion")
        self.author = QLineEdit(author, self)
        self.author.setObjectName("packAuthor")
        self.author.setPlaceholderText(self.tr("e.g. Department of Education and Training, or your school"))
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("packDescription")
        self.description.setFixedHeight(56)
        self.out = QLineEdit(self)
        self.out.setObjectName("packFile")
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.out.setText(str(Path(documents or Path.home()) / "scenario-pack.zip"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.out, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Pack name:"), self.name)
        form.addRow(self.tr("Version:"), self.version)
        form.addRow(self.tr("Author:"), self.author)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Save as:"), where)

        self.summary = QLabel(self)
        self.summary.setObjectName("exportSummary")
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for field in (self.name, self.version, self.out):
            field.textChanged.connect(self._update)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Scenarios to put in the pack:"), self))
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addLayout(picks)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._update()

    def checked_ids(self) -> list[str]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return [str(i.data(ID_ROLE)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        for row in range(self.list.count()):
            item = self.list.item(row)
            folded = fold(item.text())
            item.setHidden(not all(w in folded for w in words))

    def _check_shown(self, state: Qt.CheckState) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if not item.isHidden():
                item.setCheckState(state)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the pack as"), self.out.text(), self.tr("Scenario packs (*.zip)")
        )
        if chosen:
            self.out.setText(chosen if chosen.lower().endswith(".zip") else chosen + ".zip")

    def missing(self) -> str:
        """What still stops the export ("" when nothing does)."""
        if not self.checked_ids():
            return self.tr("Tick at least one scenario.")
        if not self.name.text().strip():
            return self.tr("Give the pack a name.")
        if not self.version.text().strip():
            return self.tr("Give the pack a version, e.g. 1.0.")
        if not self.out.text().strip():
            return self.tr("Choose where to save the pack.")
        return ""

    def _update(self) -> None:
        missing = self.missing()
        ids = self.checked_ids()
        languages = {self.scenarios[i].language for i in ids}
        language = pack_language_label(languages.pop() if len(languages) == 1 else "mul") if ids else ""
        selected = self.tr("%1 scenario(s) selected").replace("%1", str(len(ids)))
        self.summary.setText(" · ".join(p for p in (selected, language, missing) if p))
        self.export_button.setEnabled(not missing)

    def request(self) -> ExportRequest:
        from trainer.content.packs import PackMeta

        ids = self.checked_ids()
        meta = PackMeta(
            nfc(self.name.text().strip()),
            nfc(self.version.text().strip()),
            nfc(self.author.text().strip()),
            nfc(self.description.toPlainText().strip()),
        )
        sources = [Path(str(self.scenarios[i].source_path)) for i in ids]
        return ExportRequest(sources, Path(self.out.text().strip()).expanduser(), meta)

    def accept(self) -> None:
        if self.missing():
            return
        out = Path(self.out.text().strip()).expanduser()
        if out.is_dir():
            messages.error(self, self.tr("Export scenario pack"), self.tr("That is a folder; give a file name."))
            return
        if out.exists() and not messages.confirm(
            self,
            self.tr("Export scenario pack"),
            self.tr("%1 already exists. Replace it?").replace("%1", out.name),
            yes=self.tr("Replace"),
            no=self.tr("Cancel"),
        ):
            return
        super().accept()

    @classmethod
    def ask(
        cls,
        scenarios: Sequence[Scenario],
        parent: QWidget | None = None,
        *,
        selected: Sequence[str] = (),
        author: str = "",
    ) -> ExportRequest | None:
        dialog = cls(scenarios, parent, selected=selected, author=author)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
