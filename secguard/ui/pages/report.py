"""Save a report for support staff (File menu): PDF, HTML or JSON, as ``secguard report`` writes.

The OS probes (steps 6 and 7) run off the UI thread, and so does writing the file;
the page shows that it is working meanwhile.  The file dialog is opened with
``open()``, never ``exec()``: no nested event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QButtonGroup, QFileDialog, QProgressBar, QRadioButton, QWidget

from secguard import __version__
from secguard.core.brokers import Directory
from secguard.core.checklist import CheckState
from secguard.core.checks import current_results
from secguard.core.progress import Progress
from secguard.core.report import Report, build_report, new_check_id
from secguard.core.stored import StoredData
from secguard.core.system.probes import SystemReport
from secguard.i18n import Language, Texts, render_message
from secguard.reporting.formats import ReportFormat, render_report
from secguard.reporting.this_machine import probe_this_machine, storage_report
from secguard.ui.background import BackgroundCall
from secguard.ui.parts.actions import primary
from secguard.ui.parts.check_item import CheckItem
from secguard.ui.parts.scaffold import PageScaffold, action_row
from secguard.ui.parts.state_banner import StateBanner
from secguard.ui.parts.text import Body

Snapshot = Callable[[], tuple[Progress, StoredData]]


class ReportPage(PageScaffold):
    def __init__(
        self,
        snapshot: Snapshot,
        directory: Directory,
        *,
        language: Callable[[], str],
        clock: Callable[[], datetime],
        probe: Callable[[], SystemReport] = probe_this_machine,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self._directory = directory
        self._language = language
        self._clock = clock
        self._probe = probe
        self._calls: set[BackgroundCall] = set()
        self.last_report: Report | None = None
        self.contents = Body()
        self.add(self.contents)
        self._format_section = self.add_section()
        self.format_buttons: dict[ReportFormat, QRadioButton] = {}
        group = QButtonGroup(self)
        for report_format in (ReportFormat.PDF, ReportFormat.HTML, ReportFormat.JSON):
            button = QRadioButton()
            group.addButton(button)
            self.format_buttons[report_format] = button
        self.format_buttons[ReportFormat.PDF].setChecked(True)
        self._format_section.add(action_row(*self.format_buttons.values()))
        self.format_hint = Body()
        self._format_section.add(self.format_hint)
        self.addresses = CheckItem()
        self._format_section.add(self.addresses)
        self.save_button = primary()
        self.save_button.clicked.connect(self.choose_file)
        self._format_section.add(action_row(self.save_button))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no end known: it moves while the probes run
        self.busy.setMaximumHeight(self.fontMetrics().height())
        self.busy.hide()
        self.status = Body()
        self.result = StateBanner()
        self.result.hide()
        self._format_section.add(self.busy)
        self._format_section.add(self.status)
        self.add(self.result)
        self.end()
        self._retranslate()

    def chosen_format(self) -> ReportFormat:
        return next(f for f, b in self.format_buttons.items() if b.isChecked())

    def choose_file(self) -> None:
        report_format = self.chosen_format()
        name = f"secguard-report-{self._clock():%Y%m%d}{report_format.suffix}"
        dialog = QFileDialog(self, self.tr("Save the report"), str(Path.home() / name))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(report_format.value)
        dialog.setNameFilter(f"{report_format.value.upper()} (*{report_format.suffix})")
        dialog.fileSelected.connect(lambda path: self.save_to(Path(path), report_format))
        dialog.open()

    # --- making and saving ---------------------------------------------------------------

    def save_to(self, path: Path, report_format: ReportFormat) -> None:
        """Probe the OS, make the report and write it, all without making the window wait."""
        self.save_button.setEnabled(False)
        self.busy.show()
        self.result.hide()
        self.status.setText(self.tr("Checking this computer for the report…"))
        include = self.addresses.is_checked()
        self._start(self._probe, lambda system: self._write(system, path, report_format, include))

    def _start(self, function: Callable[[], object], then: Callable[[object], None]) -> None:
        call = BackgroundCall(function, self)
        self._calls.add(call)

        def finished(value: object) -> None:
            self._calls.discard(call)
            call.deleteLater()
            then(value)

        def failed(error: object) -> None:
            self._calls.discard(call)
            call.deleteLater()
            self._failed(error)

        call.finished.connect(finished)
        call.failed.connect(failed)
        call.start()

    def _write(
        self, system: object, path: Path, report_format: ReportFormat, include: bool
    ) -> None:
        probed = system if isinstance(system, SystemReport) else None
        report = self.make_report(probed, include_addresses=include)
        texts = Texts(Language(report.language))
        data = render_report(report, report_format, texts, self._directory)
        from secguard.storage.report_files import write_report_file

        self.status.setText(self.tr("Saving…"))
        self._start(lambda: write_report_file(path, data), lambda _none: self._saved(report, path))

    def make_report(self, system: SystemReport | None, *, include_addresses: bool) -> Report:
        progress, stored = self._snapshot()
        now = self._clock()
        results = current_results(
            progress, stored, directory=self._directory, system=system, at=now
        )
        return build_report(
            results,
            created=now.replace(microsecond=0).isoformat(),
            version=__version__,
            language=self._language(),
            check_id=new_check_id(),
            os=system.identity if system is not None else None,
            bookmarks=stored.bookmarks,
            include_addresses=include_addresses,
            storage=storage_report(stored),
        )

    def _saved(self, report: Report, path: Path) -> None:
        self.last_report = report
        self.busy.hide()
        self.save_button.setEnabled(True)
        self.status.setText("")
        self.result.set_state(
            CheckState.OK,
            self.tr("Saved as {name}").format(name=path.name),
            self.tr(
                "Check ID: {check_id}. Read it out to the support person when you send the "
                "report. The file is in {folder}."
            ).format(check_id=report.check_id, folder=str(path.parent)),
        )
        self.result.show()
        self.reveal(self.result)

    def _failed(self, error: object) -> None:
        from secguard.core.errors import SecguardError

        self.busy.hide()
        self.save_button.setEnabled(True)
        self.status.setText("")
        message_id = error.message_id if isinstance(error, SecguardError) else "report.not_saved"
        params = dict(error.params) if isinstance(error, SecguardError) else {"path": "?"}
        self.result.set_state(CheckState.RISK, render_message(message_id, params))
        self.result.show()
        self.reveal(self.result)

    # --- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Report for support staff"))
        self.intro.setText(
            self.tr(
                "If your broker's or secguard's support asks for it, save this report and send "
                "it to them. It lists each of the seven steps with its state, the reason and "
                "what to do next, the date, secguard's version, your operating system, and a "
                "check ID to read out on the phone."
            )
        )
        self.contents.setText(
            self.tr(
                "It never contains a password, a trading PIN, a log-in ID, an authenticator "
                "set-up key or code, or a fingerprint of a password. Your bookmarks appear as "
                "broker names only, unless you tick the box below."
            )
        )
        self._format_section.heading.setText(self.tr("Save the report"))
        self.format_buttons[ReportFormat.PDF].setText(self.tr("PDF (to print or e-mail)"))
        self.format_buttons[ReportFormat.HTML].setText(self.tr("HTML (opens in a browser)"))
        self.format_buttons[ReportFormat.JSON].setText(self.tr("JSON (for support tools)"))
        self.format_hint.setText(self.tr("The same report as `secguard report` writes."))
        self.addresses.set_text(self.tr("Include my bookmarked addresses"))
        self.save_button.setText(self.tr("Save the report…"))
        self.busy.setAccessibleName(self.tr("Making the report"))
