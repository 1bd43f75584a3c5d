"""Part of step 2: look through the browsers' own bookmarks for imitations of brokers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QListWidget, QProgressBar, QVBoxLayout, QWidget

from secguard.core.brokers import Directory
from secguard.core.browser_scan import ScanReport
from secguard.core.links import LinkJudge, Verdict
from secguard.i18n import VERDICT_LABELS, broker_params, render_message
from secguard.storage.browsers import BrowserProfile, find_profiles, scan_profiles
from secguard.ui.background import BackgroundCall
from secguard.ui.parts.actions import secondary
from secguard.ui.parts.scaffold import action_row
from secguard.ui.parts.text import Body, Heading


class BrowserScanPanel(QWidget):
    """Signals:
    scanned(object): a finished ``ScanReport``.
    """

    scanned = Signal(object)

    def __init__(
        self,
        directory: Directory,
        language: Callable[[], str],
        profiles: Callable[[], list[BrowserProfile]] = find_profiles,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._directory = directory
        self._language = language
        self._profiles = profiles
        self._scan: BackgroundCall | None = None
        self.report: ScanReport | None = None
        self.heading = Heading(2)
        self.scan_button = secondary()
        self.scan_button.clicked.connect(self.start)
        self.progress = QProgressBar()
        self.progress.hide()
        self.summary = Body()
        self.findings = QListWidget()
        self.findings.setWordWrap(True)
        self.findings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.findings.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addWidget(self.heading)
        layout.addLayout(action_row(self.scan_button))
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.findings)
        self._retranslate()

    def start(self) -> None:
        if self._scan is not None:
            return
        judge = LinkJudge(self._directory)
        profiles = self._profiles
        call = BackgroundCall(lambda: scan_profiles(judge, profiles(), call.report_progress), self)
        self._scan = call
        self._scan.progress.connect(self._on_progress)
        self._scan.finished.connect(self._on_finished)
        self._scan.failed.connect(self._on_failed)
        self.scan_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.summary.setText(self.tr("Reading your browsers' bookmarks…"))
        self._scan.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finish(self) -> None:
        if self._scan is not None:
            self._scan.deleteLater()
        self._scan = None
        self.scan_button.setEnabled(True)
        self.progress.hide()

    def _on_failed(self, _error: object) -> None:
        self._finish()
        self.summary.setText(self.tr("The browsers' bookmarks could not be read."))

    def _on_finished(self, report: ScanReport) -> None:
        self._finish()
        self.report = report
        self._show(report)
        self.scanned.emit(report)

    def _show(self, report: ScanReport) -> None:
        language = self._language()
        self.findings.clear()
        for bookmark, verdict in report.findings:
            label = QCoreApplication.translate("Verdicts", VERDICT_LABELS[verdict.verdict.value])
            first = verdict.reasons[0]
            reason = render_message(first.message_id, broker_params(first.params, language))
            self.findings.addItem(
                f"[{label}] {bookmark.browser} ({bookmark.profile}): {bookmark.title}\n"
                f"    {bookmark.url}\n    {reason}"
            )
        self.findings.setVisible(bool(report.findings))
        if report.profiles == 0:
            text = self.tr("No browser bookmarks were found on this computer.")
        elif report.findings:
            text = self.tr(
                "Browser bookmarks checked: {total} (browser profiles: {profiles}). Imitations "
                "of a broker: {fake}. Suspicious: {suspicious}. Delete them in your browser."
            ).format(
                total=report.bookmarks,
                profiles=report.profiles,
                fake=report.count(Verdict.LOOKALIKE),
                suspicious=report.count(Verdict.SUSPICIOUS),
            )
        else:
            text = self.tr(
                "Browser bookmarks checked: {total} (browser profiles: {profiles}). "
                "None imitates a broker."
            ).format(total=report.bookmarks, profiles=report.profiles)
        if report.problems:
            text += " " + self.tr("Profiles that could not be read: {count}.").format(
                count=len(report.problems)
            )
        self.summary.setText(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.report is not None:
                self._show(self.report)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Your browsers' bookmarks"))
        self.findings.setAccessibleName(self.tr("Imitations found in your browsers"))
        self.scan_button.setText(self.tr("Scan bro&wser bookmarks"))
        if self.report is None and self._scan is None:
            self.summary.setText(
                self.tr(
                    "secguard can read (never change) the bookmarks of Chrome, Edge, Brave and "
                    "Firefox and list any that lead to an imitation of a broker."
                )
            )
