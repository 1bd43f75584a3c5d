"""A drop-down of the directory's brokers, named in the window's language."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QWidget

from secguard.core.brokers import Broker
from secguard.ui.parts.dropdown import Dropdown


class BrokerCombo(Dropdown):
    """Brokers sorted by their name in the current language; the data is the broker id."""

    def __init__(
        self,
        brokers: Iterable[Broker],
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        # As wide as a name needs, not as the longest broker name: the page must fit 800 px.
        super().__init__(12, parent)
        self._brokers = tuple(brokers)
        self._language = language
        self.retranslate()

    def retranslate(self) -> None:
        """Refill with the names in the current language, keeping the choice."""
        current = self.currentData()
        blocked = self.blockSignals(True)
        self.clear()
        language = self._language()
        for broker in sorted(self._brokers, key=lambda b: b.name(language)):
            self.addItem(broker.name(language), broker.id)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(blocked)
