"""Step 6: is the OS still supported, are updates waiting, is a restart pending?

Read-only: the page shows what the probes found and opens the OS's own
updater (Windows Update, Software Update, the Linux desktop's software
updater); where there is none, it says what to type instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from secguard.core.checklist import CheckResult, CheckState
from secguard.core.checks import updates_result
from secguard.core.system.evidence import manual_update_step
from secguard.core.system.findings import Finding
from secguard.core.system.probes import SystemReport
from secguard.i18n import render_message
from secguard.ui.pages.system_step import SystemStepPage
from secguard.ui.system_settings import SettingsPlace


class UpdatesPage(SystemStepPage):
    place = SettingsPlace.UPDATES

    def findings(self, report: SystemReport) -> Sequence[Finding]:
        return report.updates

    def step_result(self, report: SystemReport) -> CheckResult:
        return updates_result(report)

    def headline(self, state: CheckState) -> str:
        return {
            CheckState.OK: self.tr("Your computer is up to date"),
            CheckState.ATTENTION: self.tr("Your computer needs updating"),
            CheckState.RISK: self.tr("Your computer no longer gets security fixes"),
            CheckState.UNKNOWN: self.tr("Not everything could be checked"),
        }[state]

    def how_to_text(self, report: SystemReport, state: CheckState) -> str:
        if state is CheckState.OK:
            return ""
        if self.can_open_settings():
            return self.tr(
                "The button above opens your computer's own updater: install what it offers "
                "there, restart if it asks, then check again here. secguard itself never "
                "installs anything."
            )
        step = manual_update_step(report.updates)
        return render_message(step.message_id, step.params) if step else ""

    def _retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Attackers get into computers through security holes that updates have already "
                "closed. secguard checks that your operating system still receives security "
                "fixes, that no updates are waiting and that no restart is pending. It only "
                "reads; it never installs or changes anything."
            )
        )
        super()._retranslate()
