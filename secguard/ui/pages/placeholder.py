"""The page of a precaution whose check is not built yet: says so honestly."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from secguard.core.checklist import CheckState, Precaution
from secguard.i18n import PRECAUTION_PLANS
from secguard.ui.pages.common import StepPage
from secguard.ui.parts.state_banner import StateBanner
from secguard.ui.parts.text import Body


class PlaceholderPage(StepPage):
    def __init__(self, precaution: Precaution, parent: QWidget | None = None) -> None:
        super().__init__(precaution, parent)
        self.intro.hide()
        self.banner = StateBanner()
        self.add(self.banner)
        self._plan_section = self.add_section()
        self._plan = Body()
        self._plan_section.add(self._plan)
        self.end()
        self._retranslate()

    def _retranslate(self) -> None:
        self.banner.set_state(
            CheckState.UNKNOWN,
            self.tr("This check is not built yet."),
            self.tr("secguard cannot tell you anything about this precaution yet."),
        )
        self._plan_section.heading.setText(self.tr("What this step will check"))
        self._plan.setText(
            QCoreApplication.translate("Precautions", PRECAUTION_PLANS[self.precaution.id])
        )
