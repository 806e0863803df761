"""Callbacks of background work that outlive their widget are dropped, not crashed into.

A database task may finish after the page that asked for it was closed (the language was
switched, the run ended); calling into a deleted Qt object would raise. ``alive(self, fn)``
calls *fn* only while *self* still exists.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject


def alive(owner: QObject, fn: Callable[..., Any]) -> Callable[..., None]:
    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            fn(*args)

    return call
