"""The scenario editor (trainer mode): write a scenario in forms, checked as you type.

    from trainer.ui.editor import EditorWindow

    editor = EditorWindow(settings, speech=main_window.speech, parent=main_window)
    editor.saved.connect(lambda path: main_window.reload())
    editor.open_new()  # or editor.open_copy(path) / editor.open_file(path)
    editor.show()

See docs/editor.md; trainer.ui.editor.actions has ready-made menu handlers.
"""

from trainer.ui.editor.window import EditorWindow

__all__ = ["EditorWindow"]
