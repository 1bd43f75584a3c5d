"""Pieces every step page shares."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from secguard.core.checklist import Precaution
from secguard.i18n import PRECAUTION_TITLES


def page_title() -> QLabel:
    """A step page's big, bold, wrapping title."""
    title = QLabel()
    font = QFont(title.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    title.setFont(font)
    title.setWordWrap(True)
    return title


def step_title(precaution: Precaution) -> str:
    """ "4. No reused or simple passwords", in the current language."""
    title = QCoreApplication.translate("Precautions", PRECAUTION_TITLES[precaution.id])
    return f"{precaution.number}. {title}"


class StepPage(QWidget):
    """A precaution's page: its numbered title, and re-translation when the language changes.

    Subclasses put ``self._title`` at the top of their layout and implement
    ``_retranslate`` for their own words.
    """

    def __init__(self, precaution: Precaution, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.precaution = precaution
        self._title = page_title()
        self._title.setText(step_title(precaution))

    def title_text(self) -> str:
        return self._title.text()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._title.setText(step_title(self.precaution))
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """The page's own words; called on every language change."""
