"""The overview: each precaution's state, a one-line reason, and a way in."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from secguard.core.checklist import (
    NOT_CHECKED_YET,
    PRECAUTIONS,
    CheckResult,
    CheckState,
    PrecautionId,
    SummaryKind,
    not_checked,
    summarize,
)
from secguard.i18n import NOT_CHECKED_LABEL, PRECAUTION_TITLES, render_message
from secguard.ui.badge import StateBadge
from secguard.ui.parts.actions import secondary
from secguard.ui.parts.scaffold import PageScaffold
from secguard.ui.parts.state_banner import StateBanner
from secguard.ui.parts.text import Body


class _PrecautionRow:
    """The widgets of one precaution's line on the overview."""

    def __init__(self, result: CheckResult, grid: QGridLayout, row: int, parent: QWidget) -> None:
        self.result = result
        self.number = QLabel(str(result.precaution.number))
        number_font = QFont(self.number.font())
        number_font.setPointSizeF(number_font.pointSizeF() * 1.4)
        number_font.setBold(True)
        self.number.setFont(number_font)
        self.badge = StateBadge(result.state)
        self.title = QLabel()
        title_font = QFont(self.title.font())
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)
        self.reason = Body()
        self.open_button = secondary()
        self._text_box = text_box = QVBoxLayout()
        text_box.setSpacing(2)
        text_box.addWidget(self.title)
        text_box.addWidget(self.reason)
        self.busy: QProgressBar | None = None
        grid.addWidget(self.number, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.badge, row, 1, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(text_box, row, 2)
        grid.addWidget(self.open_button, row, 3, Qt.AlignmentFlag.AlignTop)

    def set_result(self, result: CheckResult) -> None:
        """Show ``result``; its words come with the page's next retranslate()."""
        self.result = result
        self.badge.set_state(result.state, not_checked=result.message_id == NOT_CHECKED_YET)

    def set_busy(self, busy: bool) -> None:
        """A moving bar under the reason while the step is being checked."""
        if busy and self.busy is None:
            # Made on first use only: the overview is part of start-up.
            self.busy = QProgressBar()
            self.busy.setRange(0, 0)
            self.busy.setTextVisible(False)
            self.busy.setMaximumHeight(self.reason.fontMetrics().height() // 2)
            self._text_box.addWidget(self.busy)
            self.retranslate()
        if self.busy is not None:
            self.busy.setVisible(busy)

    def retranslate(self) -> None:
        precaution_id = self.result.precaution.id
        self.title.setText(
            QCoreApplication.translate("Precautions", PRECAUTION_TITLES[precaution_id])
        )
        self.reason.setText(render_message(self.result.message_id, self.result.params))
        self.badge.retranslate()
        self.open_button.setText(QCoreApplication.translate("OverviewPage", "Open"))
        self.open_button.setAccessibleName(
            QCoreApplication.translate("OverviewPage", "Open step {number}").format(
                number=self.result.precaution.number
            )
        )
        if self.busy is not None:
            self.busy.setAccessibleName(QCoreApplication.translate("OverviewPage", "Checking"))


class OverviewPage(PageScaffold):
    """Signals:
    open_requested(int): the person asked to open the page of precaution N.
    """

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = StateBanner()
        self.add(self.summary)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(16)
        grid.setColumnStretch(2, 1)
        self._results: list[CheckResult] = []
        self._rows: list[_PrecautionRow] = []
        for index, item in enumerate(PRECAUTIONS):
            row = _PrecautionRow(not_checked(item), grid, index, self)
            row.open_button.clicked.connect(
                lambda _checked=False, number=item.number: self.open_requested.emit(number)
            )
            self._rows.append(row)
        self.add(grid)
        self.end()
        self._retranslate()

    def set_results(self, results: Sequence[CheckResult]) -> None:
        self._results = list(results)
        for row, result in zip(self._rows, results, strict=True):
            row.set_result(result)
        self._retranslate()

    def set_busy(self, precaution_ids: Collection[PrecautionId]) -> None:
        """Show a moving bar on the rows of the steps being checked now, and on no other."""
        for row in self._rows:
            row.set_busy(row.result.precaution.id in precaution_ids)

    def busy_rows(self) -> list[int]:
        """The numbers of the precautions whose row shows a moving bar."""
        return [
            row.result.precaution.number
            for row in self._rows
            if row.busy is not None and not row.busy.isHidden()
        ]

    def results(self) -> list[CheckResult]:
        """What each row shows now."""
        return list(self._results)

    def row_states(self) -> list[CheckState]:
        return [row.badge.state for row in self._rows]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Your security self-check"))
        self.intro.setText(
            self.tr(
                "After thousands of online brokerage accounts were taken over in 2025, "
                "Japan's Financial Services Agency asked investors to follow seven "
                "precautions. secguard checks what a program can check and explains the rest."
            )
        )
        summary = summarize([row.result.state for row in self._rows])
        if summary.kind is SummaryKind.ACTION_NEEDED:
            state = CheckState.RISK
            text = self.tr("Need action now: {count} of 7 precautions.")
            body = self.tr("Start with the steps marked Risk below.")
        elif summary.kind is SummaryKind.NOT_CHECKED:
            state = CheckState.UNKNOWN
            text = self.tr("Not checked yet: {count} of 7 precautions.")
            body = self.tr("Open each step below; each one takes a few minutes.")
        else:
            state = CheckState.OK
            text = self.tr("All 7 precautions have been checked.")
            body = ""
        # Steps not done yet are "not checked", not a check that could not tell.
        word = (
            QCoreApplication.translate("States", NOT_CHECKED_LABEL)
            if summary.kind is SummaryKind.NOT_CHECKED
            else None
        )
        self.summary.set_state(state, text.format(count=summary.count), body, word=word)
        for row in self._rows:
            row.retranslate()
