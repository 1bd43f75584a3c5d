"""Removing with Undo: the last removed record is kept until the banner's Undo puts it back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Slot

from secguard.ui.banner import MessageArea

R = TypeVar("R")

TOPIC = "action"


class UndoableRemoval(QObject, Generic[R]):
    """``removed(record, text)`` shows ``text`` with Undo; Undo calls ``restore(record)``.

    A QObject so that the banner's Undo can be a unique connection to its slot.
    """

    def __init__(self, messages: MessageArea, restore: Callable[[R], None]) -> None:
        super().__init__(messages)
        self._messages = messages
        self._restore = restore
        self._last: R | None = None

    def removed(self, record: R, text: str) -> None:
        self._last = record
        self._messages.show_undo(TOPIC, text, self.undo)

    @Slot()
    def undo(self) -> None:
        record, self._last = self._last, None
        if record is None:
            return
        self._messages.clear(TOPIC)
        self._restore(record)
