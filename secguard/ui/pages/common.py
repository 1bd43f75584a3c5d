"""Pieces every step page shares."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from secguard.core.checklist import Precaution
from secguard.i18n import PRECAUTION_TITLES
from secguard.ui.parts.scaffold import PageScaffold


def step_title(precaution: Precaution) -> str:
    """ "4. No reused or simple passwords", in the current language."""
    title = QCoreApplication.translate("Precautions", PRECAUTION_TITLES[precaution.id])
    return f"{precaution.number}. {title}"


class StepPage(PageScaffold):
    """A precaution's page: a scrolling scaffold under its numbered title, re-translated
    when the language changes.

    Subclasses ``add`` their parts and implement ``_retranslate`` for their own words.
    """

    def __init__(self, precaution: Precaution, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.precaution = precaution
        self.heading.setText(step_title(precaution))

    def title_text(self) -> str:
        return self.heading.text()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.heading.setText(step_title(self.precaution))
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """The page's own words; called on every language change."""
