"""The scenario being edited: the file's JSON dict, addressed by JSON pointers.

The editor edits this dict (the file format), never the frozen domain objects, so a field
the forms do not show (a hand-written ``"_note"``) is kept as it is and saved again.
"""

from __future__ import annotations

import copy
import itertools
from typing import Any

from PySide6.QtCore import QObject, Signal

from trainer.content.writer import scenario_to_text

#: A value that means "leave the key out" (an optional field left empty).
MISSING: Any = type("Missing", (), {"__repr__": lambda self: "MISSING", "__bool__": lambda self: False})()

#: Optional objects removed once their last key is gone.
PRUNABLE = frozenset({"voice", "expects", "information_deadline", "lexicon"})


def tokens(pointer: str) -> list[str]:
    if not pointer:
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.lstrip("/").split("/")]


def pointer_of(*parts: str | int) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def get_in(data: Any, pointer: str, default: Any = MISSING) -> Any:
    node = data
    for token in tokens(pointer):
        if isinstance(node, dict):
            if token not in node:
                return default
            node = node[token]
        elif isinstance(node, list):
            if not token.isdigit() or int(token) >= len(node):
                return default
            node = node[int(token)]
        else:
            return default
    return node


class Draft(QObject):
    """The dict being edited, with change notification and an "unsaved changes" flag."""

    changed = Signal(str)  # the pointer that changed ("" for the whole document)

    def __init__(self, data: dict[str, Any] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data: dict[str, Any] = data if data is not None else {}
        self._saved_text = self.text()
        #: items whose id the trainer typed: their id no longer follows their text
        self.pinned_items: list[Any] = []

    # --- reading ---------------------------------------------------------------------------
    def get(self, pointer: str, default: Any = MISSING) -> Any:
        return get_in(self.data, pointer, default)

    def items(self, list_pointer: str) -> list[Any]:
        value = self.get(list_pointer, [])
        return value if isinstance(value, list) else []

    def ids(self, collection: str) -> list[str]:
        return [str(item.get("id", "")) for item in self.items("/" + collection) if isinstance(item, dict)]

    def text(self) -> str:
        return scenario_to_text(self.data)

    # --- writing ---------------------------------------------------------------------------
    def replace(self, data: dict[str, Any], *, saved: bool) -> None:
        self.data = data
        self.pinned_items = []
        if saved:
            self._saved_text = self.text()
        self.changed.emit("")

    def set(self, pointer: str, value: Any) -> None:
        """Set the value at *pointer* (MISSING removes the key); missing parent objects are made."""
        parts = tokens(pointer)
        if not parts:
            raise ValueError("cannot set the whole document; use replace()")
        if value is MISSING:
            self.remove(pointer)
            return
        node: Any = self.data
        for token, following in itertools.pairwise(parts):
            if isinstance(node, list):
                node = node[int(token)]
                continue
            if not isinstance(node.get(token), dict | list):
                node[token] = [] if following.isdigit() else {}
            node = node[token]
        last = parts[-1]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            if node.get(last, MISSING) == value and type(node.get(last)) is type(value):
                return
            node[last] = value
        self.changed.emit(pointer)

    def remove(self, pointer: str) -> None:
        parts = tokens(pointer)
        parent_pointer = pointer_of(*parts[:-1])
        parent = self.get(parent_pointer)
        if isinstance(parent, dict) and parts[-1] in parent:
            del parent[parts[-1]]
            if not parent and len(parts) >= 2 and parts[-2] in PRUNABLE:
                self.remove(parent_pointer)
                return
            self.changed.emit(pointer)

    def insert(self, list_pointer: str, index: int, item: Any) -> None:
        items = self.get(list_pointer)
        if not isinstance(items, list):
            self.set(list_pointer, [])
            items = self.get(list_pointer)
        items.insert(index, item)
        self.changed.emit(list_pointer)

    def take(self, list_pointer: str, index: int) -> Any:
        items = self.items(list_pointer)
        item = items.pop(index)
        self.changed.emit(list_pointer)
        return item

    def move(self, list_pointer: str, index: int, to: int) -> None:
        items = self.items(list_pointer)
        if 0 <= index < len(items) and 0 <= to < len(items) and index != to:
            items.insert(to, items.pop(index))
            self.changed.emit(list_pointer)

    def notify(self, pointer: str = "") -> None:
        """Tell the views that something under *pointer* changed behind their back."""
        self.changed.emit(pointer)

    # --- saved state -----------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self.text() != self._saved_text

    def mark_saved(self) -> None:
        self._saved_text = self.text()

    def snapshot(self) -> dict[str, Any]:
        return copy.deepcopy(self.data)
