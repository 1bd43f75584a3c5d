"""The overview: each precaution's state, a one-line reason, and a way in."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from secguard.core.checklist import (
    PRECAUTIONS,
    CheckResult,
    CheckState,
    PrecautionId,
    SummaryKind,
    not_checked,
    summarize,
)
from secguard.i18n import PRECAUTION_TITLES, render_message
from secguard.ui.badge import StateBadge


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
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.open_button = QPushButton()
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
        self.result = result
        self.badge.set_state(result.state)
        self.retranslate()

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


class OverviewPage(QWidget):
    """Signals:
    open_requested(int): the person asked to open the page of precaution N.
    """

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heading = QLabel()
        heading_font = QFont(self._heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.6)
        heading_font.setBold(True)
        self._heading.setFont(heading_font)
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._summary = QLabel()
        self._summary.setWordWrap(True)

        rows_widget = QWidget()
        grid = QGridLayout(rows_widget)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(16)
        grid.setColumnStretch(2, 1)
        self._results: list[CheckResult] = []
        self._rows: list[_PrecautionRow] = []
        for index, item in enumerate(PRECAUTIONS):
            row = _PrecautionRow(not_checked(item), grid, index, rows_widget)
            row.open_button.clicked.connect(
                lambda _checked=False, number=item.number: self.open_requested.emit(number)
            )
            self._rows.append(row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(rows_widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self._heading)
        layout.addWidget(self._intro)
        layout.addWidget(self._summary)
        layout.addSpacing(8)
        layout.addWidget(scroll, 1)
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
        self._heading.setText(self.tr("Your security self-check"))
        self._intro.setText(
            self.tr(
                "After thousands of online brokerage accounts were taken over in 2025, "
                "Japan's Financial Services Agency asked investors to follow seven "
                "precautions. secguard checks what a program can check and explains the rest."
            )
        )
        summary = summarize([row.result.state for row in self._rows])
        if summary.kind is SummaryKind.ACTION_NEEDED:
            text = self.tr("Need action now: {count} of 7 precautions.")
        elif summary.kind is SummaryKind.NOT_CHECKED:
            text = self.tr("Not checked yet: {count} of 7 precautions.")
        else:
            text = self.tr("All 7 precautions have been checked.")
        self._summary.setText(text.format(count=summary.count))
        for row in self._rows:
            row.retranslate()
