"""The File-menu actions for scenario packs: Export pack…, Import pack…, Undo last pack import….

    packs = PackActions(
        window,
        scenarios=lambda: [r.scenario for r in window.reports if r.valid and r.scenario],
        selected=window.library.selected_scenario,
        guard=lambda: window.trainer_mode.require(window),  # optional: trainer mode for import/undo
    )
    file_menu.addActions(packs.actions())
    packs.library_changed.connect(window.reload)
    packs.finished.connect(lambda text: window.statusBar().showMessage(text, 8000))

Reading, checking, installing and undoing run on worker threads (run_task); the dialogs and
message boxes run on the GUI thread. Every failure reaches the person as a message box in the
interface language, never as a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget

from trainer.ui import messages
from trainer.ui.application import current_language
from trainer.ui.tasks import run_task

if TYPE_CHECKING:
    from trainer.content.packs import Choice, ImportResult, Journal, PackInspection, UndoResult
    from trainer.domain.scenario import Scenario
    from trainer.ui.pack_export_dialog import ExportRequest

log = logging.getLogger(__name__)


def _inspect(path: str) -> tuple[PackInspection, dict[str, Any]]:
    from trainer.content.packs import find_conflicts, inspect_pack

    insp = inspect_pack(path)
    return insp, (find_conflicts(insp) if insp.ok else {})


def _install(insp: PackInspection, choices: dict[str, Choice]) -> ImportResult:
    from trainer.content.packs import install_pack

    return install_pack(insp, choices)


def _export(request: ExportRequest) -> ExportRequest:
    from trainer.content.packs import export_pack

    export_pack(request.sources, request.out, request.meta)
    return request


def _last_import() -> Journal | None:
    from trainer.content.packs import last_import

    return last_import()


def _undo(journal: Journal) -> UndoResult:
    from trainer.content.packs_journal import undo

    return undo(journal)


def choose_pack_file(parent: QWidget) -> str:
    """Ask for a pack to import ("" if none); tests patch this one function."""
    from PySide6.QtCore import QCoreApplication

    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("PackActions", "Import a scenario pack"),
        "",
        QCoreApplication.translate("PackActions", "Scenario packs (*.zip);;All files (*)"),
    )
    return chosen


class PackActions(QObject):
    library_changed = Signal()  # scenarios were installed or removed: reload the library
    finished = Signal(str)  # a one-line outcome, for the status bar

    def __init__(
        self,
        window: QWidget,
        *,
        scenarios: Callable[[], Sequence[Scenario]],
        selected: Callable[[], Scenario | None] = lambda: None,
        guard: Callable[[], bool] | None = None,
    ) -> None:
        """*guard*, if given, is asked before an import or an undo (e.g. trainer mode's PIN)."""
        super().__init__(window)
        self.window = window
        self.scenarios = scenarios
        self.selected = selected
        self.guard = guard
        self.busy = False
        self.import_allowed = True
        self.export_action = QAction(self.tr("E&xport scenario pack…"), window)
        self.export_action.setObjectName("exportPackAction")
        self.export_action.setShortcuts([QKeySequence("Ctrl+Shift+E")])
        self.export_action.triggered.connect(self.export_pack)
        self.import_action = QAction(self.tr("&Import scenario pack…"), window)
        self.import_action.setObjectName("importPackAction")
        self.import_action.setShortcuts([QKeySequence("Ctrl+Shift+I")])
        self.import_action.triggered.connect(lambda: self.import_pack())
        self.undo_action = QAction(self.tr("&Undo last pack import…"), window)
        self.undo_action.setObjectName("undoPackImportAction")
        self.undo_action.triggered.connect(self.undo_last_import)

    def actions(self) -> list[QAction]:
        return [self.export_action, self.import_action, self.undo_action]

    def set_import_allowed(self, allowed: bool) -> None:
        """Trainer mode may be required to import or undo; exporting stays open to everyone."""
        self.import_allowed = allowed
        self._set_busy(self.busy)

    def _guarded(self) -> bool:
        return self.guard is None or bool(self.guard())

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.export_action.setEnabled(not busy)
        self.import_action.setEnabled(not busy and self.import_allowed)
        self.undo_action.setEnabled(not busy and self.import_allowed)

    def _failed(self, title: str, exc: Exception) -> None:
        from trainer.content.packs import PackError

        self._set_busy(False)
        if isinstance(exc, PackError):
            text = exc.message(current_language())
        else:
            log.error("pack operation failed: %s", exc)
            text = str(exc)
        messages.error(self.window, title, text)
        self.finished.emit(title)

    # --- export ----------------------------------------------------------------------------
    def export_pack(self) -> None:
        if self.busy:
            return
        current = self.selected()
        from trainer.ui.pack_export_dialog import ExportPackDialog  # dialogs load when first used

        request = ExportPackDialog.ask(self.scenarios(), self.window, selected=[current.id] if current else [])
        if request is None:
            return
        self._set_busy(True)
        run_task(_export, request, on_done=self._exported, on_error=self._export_failed)

    def _exported(self, request: ExportRequest) -> None:
        self._set_busy(False)
        text = (
            self.tr("%1 scenario(s) saved in the pack %2.")
            .replace("%1", str(len(request.sources)))
            .replace("%2", str(request.out))
        )
        messages.info(self.window, self.tr("Pack exported"), text)
        self.finished.emit(text)

    def _export_failed(self, exc: Exception) -> None:
        self._failed(self.tr("The pack could not be exported"), exc)

    # --- import ----------------------------------------------------------------------------
    def import_pack(self, path: str | None = None) -> None:
        if self.busy or not self.import_allowed or not self._guarded():
            return
        path = path or choose_pack_file(self.window)
        if not path:
            return
        self._set_busy(True)
        run_task(_inspect, path, on_done=self._inspected, on_error=self._import_failed)

    def _inspected(self, found: tuple[PackInspection, dict[str, Any]]) -> None:
        insp, conflicts = found
        from trainer.ui.pack_dialogs import ImportPackDialog

        choices = ImportPackDialog.ask(insp, conflicts, self.window)
        if choices is None:
            self._set_busy(False)
            self.finished.emit(self.tr("Import cancelled; nothing was installed."))
            return
        run_task(_install, insp, choices, on_done=self._installed, on_error=self._import_failed)

    def _installed(self, result: ImportResult) -> None:
        self._set_busy(False)
        if result.changed:
            self.library_changed.emit()
        text = self.import_summary(result)
        detail = self.tr("You can undo this import with File → Undo last pack import.") if result.changed else ""
        messages.info(self.window, self.tr("Pack imported"), text, detail)
        self.finished.emit(text.splitlines()[0])

    def import_summary(self, result: ImportResult) -> str:
        if not result.changed:
            return self.tr("Nothing new: every scenario of the pack is already in your library or was skipped.")
        lines = [
            (len(result.added), self.tr("%1 scenario(s) added")),
            (len(result.renamed), self.tr("%1 kept beside the one you had, under a new id")),
            (len(result.replaced), self.tr("%1 replaced")),
            (len(result.skipped), self.tr("%1 skipped")),
            (len(result.unchanged), self.tr("%1 already installed (identical)")),
            (len(result.assets_added), self.tr("%1 other file(s) added")),
            (
                len(result.assets_kept),
                self.tr("%1 other file(s) not copied: a different file of that name is already there"),
            ),
        ]
        body = [template.replace("%1", str(n)) for n, template in lines if n]
        return "\n".join([self.tr("The pack was imported into your scenario folder."), *body])

    def _import_failed(self, exc: Exception) -> None:
        self._failed(self.tr("The pack could not be imported"), exc)

    # --- undo ------------------------------------------------------------------------------
    def undo_last_import(self) -> None:
        if self.busy or not self.import_allowed or not self._guarded():
            return
        self._set_busy(True)
        run_task(_last_import, on_done=self._confirm_undo, on_error=self._undo_failed)

    def _confirm_undo(self, journal: Journal | None) -> None:
        title = self.tr("Undo last pack import")
        if journal is None:
            self._set_busy(False)
            messages.info(self.window, title, self.tr("There is no pack import to undo."))
            return
        question = (
            self.tr(
                'Undo the import of "%1" (%2)? Scenarios it added are removed and scenarios it replaced are '
                "restored. Files changed since the import are left as they are."
            )
            .replace("%1", journal.pack_name)
            .replace("%2", _local_time(journal.started))
        )
        if not messages.confirm(self.window, title, question, yes=self.tr("Undo import"), no=self.tr("Cancel")):
            self._set_busy(False)
            return
        run_task(_undo, journal, on_done=self._undone, on_error=self._undo_failed)

    def _undone(self, result: UndoResult) -> None:
        self._set_busy(False)
        self.library_changed.emit()
        text = (
            self.tr("Import undone: %1 file(s) removed, %2 restored.")
            .replace("%1", str(len(result.removed)))
            .replace("%2", str(len(result.restored)))
        )
        detail = ""
        if result.kept:
            detail = self.tr("These files were changed after the import and were left as they are:") + "\n"
            detail += "\n".join(str(p) for p in result.kept)
        messages.info(self.window, self.tr("Undo last pack import"), text, detail)
        self.finished.emit(text)

    def _undo_failed(self, exc: Exception) -> None:
        self._failed(self.tr("The import could not be undone"), exc)


def _local_time(value: Any) -> str:
    from trainer.ui.pack_dialogs import local_time

    return str(local_time(value))
