"""What pages 6 and 7 share: the step's state, each finding with what was read, the OS's own
settings one press away, and "check again".

The probes run on the window's ``SystemCheck`` (off the UI thread); a page
only shows what a run found.  Each finding is its own banner: its state in
colour, symbol and word, the finding's message (what it means, what to do),
then what was read to get there (``core.system.evidence``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from secguard.core.checklist import CheckResult, CheckState, Precaution
from secguard.core.system.evidence import EvidenceLine, evidence_lines
from secguard.core.system.findings import Finding, Topic
from secguard.core.system.probes import SystemReport
from secguard.i18n import render_message
from secguard.i18n_marker import QT_TRANSLATE_NOOP
from secguard.ui.pages.common import StepPage
from secguard.ui.parts.actions import primary, secondary
from secguard.ui.parts.scaffold import discard
from secguard.ui.parts.state_banner import StateBanner
from secguard.ui.parts.text import Body
from secguard.ui.system_check import CHECKING, SystemCheck
from secguard.ui.system_settings import SettingsPlace, SystemSettings

# The base class translates in its own context: self.tr would look its words up
# under each subclass's name.
CONTEXT = "SystemStepPage"

TOPIC_TITLES: dict[Topic, str] = {
    Topic.OS_SUPPORT: QT_TRANSLATE_NOOP("SystemStepPage", "Operating system support"),
    Topic.UPDATES: QT_TRANSLATE_NOOP("SystemStepPage", "Waiting updates"),
    Topic.REBOOT: QT_TRANSLATE_NOOP("SystemStepPage", "Restart"),
    Topic.ANTIVIRUS: QT_TRANSLATE_NOOP("SystemStepPage", "Antivirus"),
    Topic.GATEKEEPER: QT_TRANSLATE_NOOP(
        "SystemStepPage", "Gatekeeper (checks apps before they open)"
    ),
    Topic.SYSTEM_INTEGRITY: QT_TRANSLATE_NOOP("SystemStepPage", "System Integrity Protection"),
    Topic.XPROTECT: QT_TRANSLATE_NOOP("SystemStepPage", "XProtect (the Mac's malware protection)"),
    Topic.CLAMAV: QT_TRANSLATE_NOOP("SystemStepPage", "Antivirus"),
}

OPEN_LABELS: dict[tuple[str, SettingsPlace], str] = {
    ("win32", SettingsPlace.UPDATES): QT_TRANSLATE_NOOP("SystemStepPage", "&Open Windows Update"),
    ("win32", SettingsPlace.PROTECTION): QT_TRANSLATE_NOOP(
        "SystemStepPage", "&Open Windows Security"
    ),
    ("darwin", SettingsPlace.UPDATES): QT_TRANSLATE_NOOP("SystemStepPage", "&Open Software Update"),
    ("darwin", SettingsPlace.PROTECTION): QT_TRANSLATE_NOOP(
        "SystemStepPage", "&Open Privacy and Security settings"
    ),
    ("linux", SettingsPlace.UPDATES): QT_TRANSLATE_NOOP(
        "SystemStepPage", "&Open the software updater"
    ),
}


WORDS: dict[str, str] = {
    "busy": QT_TRANSLATE_NOOP("SystemStepPage", "Checking this computer"),
    "again": QT_TRANSLATE_NOOP("SystemStepPage", "Check &again"),
    "now": QT_TRANSLATE_NOOP("SystemStepPage", "Check &now"),
    "read": QT_TRANSLATE_NOOP("SystemStepPage", "What secguard read"),
    "next": QT_TRANSLATE_NOOP("SystemStepPage", "What to do now"),
    "product_title": QT_TRANSLATE_NOOP("SystemStepPage", "{topic} ({product})"),
    "checking": QT_TRANSLATE_NOOP("SystemStepPage", "Checking"),
    "checking_body": QT_TRANSLATE_NOOP(
        "SystemStepPage", "This takes a few seconds. secguard only reads; it changes nothing."
    ),
    "not_yet": QT_TRANSLATE_NOOP("SystemStepPage", "Not checked yet"),
    "not_yet_body": QT_TRANSLATE_NOOP(
        "SystemStepPage", "Press “Check now”: secguard reads this computer's settings."
    ),
    "needing": QT_TRANSLATE_NOOP(
        "SystemStepPage", "Points that need you: {count} of {total}, explained below."
    ),
    "unknown": QT_TRANSLATE_NOOP(
        "SystemStepPage", "Points that could not be checked: {count} of {total}, explained below."
    ),
    "in_order": QT_TRANSLATE_NOOP("SystemStepPage", "Everything secguard read is in order."),
    "checked_at": QT_TRANSLATE_NOOP(
        "SystemStepPage", "Checked on {when}. secguard only read; it changed nothing."
    ),
}


def _text(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def _line(line: EvidenceLine) -> str:
    return render_message(line.message_id, line.params)


def finding_text(finding: Finding, report: SystemReport) -> str:
    """The finding's message, then each thing read, one per line."""
    lines = [render_message(finding.message_id, finding.params)]
    lines += [f"• {_line(line)}" for line in evidence_lines(finding, report.probed_at)]
    return "\n".join(lines)


class SystemStepPage(StepPage):
    """Step 6 or 7: subclasses say which findings, which settings and which words."""

    place = SettingsPlace.UPDATES

    def __init__(
        self,
        precaution: Precaution,
        check: SystemCheck,
        *,
        settings: SystemSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(precaution, parent)
        self._check = check
        self._settings = settings or SystemSettings(check.platform)
        self.summary = StateBanner()
        self.open_button = primary()
        self.open_button.clicked.connect(self.open_settings)
        self.check_button = secondary()
        self.check_button.clicked.connect(check.run)
        self.summary.action_row.addWidget(self.open_button)
        self.summary.action_row.addWidget(self.check_button)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no end known: Qt draws a moving bar
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(self.fontMetrics().height())
        self.add(self.summary)
        self.add(self.busy)
        self._next_section = self.add_section()
        self.how_to = Body()
        self._next_section.add(self.how_to)
        self._findings_section = self.add_section()
        self._banners = QVBoxLayout()
        self._banners.setSpacing(10)
        self._findings_section.add(self._banners)
        self.checked_at = Body()
        self._findings_section.add(self.checked_at)
        self.end()
        self.finding_banners: list[StateBanner] = []
        check.started.connect(self._retranslate)
        check.finished.connect(self._show_report)
        self._shown: SystemReport | None = None
        self._show_report(check.report)

    # --- what subclasses say ----------------------------------------------------

    def findings(self, report: SystemReport) -> Sequence[Finding]:
        raise NotImplementedError

    def step_result(self, report: SystemReport) -> CheckResult:
        raise NotImplementedError

    def headline(self, state: CheckState) -> str:
        raise NotImplementedError

    def how_to_text(self, report: SystemReport, state: CheckState) -> str:
        """The next step in plain words below the summary ("" for none)."""
        raise NotImplementedError

    # --- showing a report -----------------------------------------------------------

    def _show_report(self, report: SystemReport | None) -> None:
        self._shown = report
        for banner in self.finding_banners:
            discard(self._banners, banner)
        self.finding_banners = []
        for _finding in self.findings(report) if report is not None else ():
            banner = StateBanner()
            self._banners.addWidget(banner)
            self.finding_banners.append(banner)
        self._retranslate()

    def can_open_settings(self) -> bool:
        return self._settings.can_open(self.place)

    def open_settings(self) -> bool:
        return self._settings.open(self.place)

    def _open_label(self) -> str:
        platform = (
            "linux" if self._settings.platform.startswith("linux") else self._settings.platform
        )
        label = OPEN_LABELS.get((platform, self.place))
        return _text(label) if label else ""

    def _retranslate(self) -> None:
        checking, report = self._check.running, self._shown
        self.busy.setVisible(checking)
        self.busy.setAccessibleName(_text(WORDS["busy"]))
        self.open_button.setVisible(self.can_open_settings())
        self.open_button.setText(self._open_label())
        self.open_button.setAccessibleName(self._open_label().replace("&", ""))
        self.check_button.setEnabled(not checking)
        again = report is not None or checking
        self.check_button.setText(_text(WORDS["again"] if again else WORDS["now"]))
        self.check_button.setAccessibleName(self.check_button.text().replace("&", ""))
        self._findings_section.heading.setText(_text(WORDS["read"]))
        self._findings_section.setVisible(report is not None)
        self._show_summary(checking, report)
        how_to = self.how_to_text(report, self.summary.state) if report and not checking else ""
        self.how_to.setText(how_to)
        self._next_section.heading.setText(_text(WORDS["next"]))
        self._next_section.setVisible(bool(how_to))
        if report is not None:
            self._show_findings(report)

    def _show_summary(self, checking: bool, report: SystemReport | None) -> None:
        if checking:
            self.summary.set_state(
                CheckState.UNKNOWN,
                render_message(CHECKING, None),
                _text(WORDS["checking_body"]),
                word=_text(WORDS["checking"]),
            )
        elif report is None:
            self.summary.set_state(
                CheckState.UNKNOWN, _text(WORDS["not_yet"]), _text(WORDS["not_yet_body"])
            )
        else:
            state = self.step_result(report).state
            self.summary.set_state(state, self.headline(state), self._tally(report))

    def _tally(self, report: SystemReport) -> str:
        """How many findings below need the person, or could not be checked."""
        states = [finding.state for finding in self.findings(report)]
        needing = sum(state in {CheckState.RISK, CheckState.ATTENTION} for state in states)
        unknown = states.count(CheckState.UNKNOWN)
        if needing:
            text, count = WORDS["needing"], needing
        elif unknown:
            text, count = WORDS["unknown"], unknown
        else:
            return _text(WORDS["in_order"])
        return _text(text).format(count=count, total=len(states))

    def _show_findings(self, report: SystemReport) -> None:
        for banner, finding in zip(self.finding_banners, self.findings(report), strict=True):
            title = _text(TOPIC_TITLES[finding.topic])
            product = finding.params.get("product")
            if product:  # Windows may list several antivirus products
                title = _text(WORDS["product_title"]).format(topic=title, product=product)
            banner.set_state(finding.state, title, finding_text(finding, report))
        when = report.probed_at.astimezone().strftime("%Y-%m-%d %H:%M")
        self.checked_at.setText(_text(WORDS["checked_at"]).format(when=when))
