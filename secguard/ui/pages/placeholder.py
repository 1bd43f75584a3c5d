"""The page of a precaution whose check is not built yet: says so honestly."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from secguard.core.checklist import CheckState, Precaution
from secguard.i18n import PRECAUTION_PLANS
from secguard.ui.badge import StateBadge
from secguard.ui.pages.common import StepPage


class PlaceholderPage(StepPage):
    def __init__(self, precaution: Precaution, parent: QWidget | None = None) -> None:
        super().__init__(precaution, parent)
        self._badge = StateBadge(CheckState.UNKNOWN)
        self._status = QLabel()
        self._plan_heading = QLabel()
        heading_font = QFont(self._plan_heading.font())
        heading_font.setBold(True)
        self._plan_heading.setFont(heading_font)
        self._plan = QLabel()
        self._plan.setWordWrap(True)
        self._plan.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        state_line = QHBoxLayout()
        state_line.addWidget(self._badge)
        state_line.addWidget(self._status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self._title)
        layout.addLayout(state_line)
        layout.addSpacing(12)
        layout.addWidget(self._plan_heading)
        layout.addWidget(self._plan)
        layout.addStretch(1)
        self._retranslate()

    def _retranslate(self) -> None:
        self._badge.retranslate()
        self._status.setText(self.tr("Not checked yet: this check is still being built."))
        self._plan_heading.setText(self.tr("What this step will check"))
        self._plan.setText(
            QCoreApplication.translate("Precautions", PRECAUTION_PLANS[self.precaution.id])
        )
