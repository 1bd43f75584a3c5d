"""One judged link: a large verdict that says what to do, where the link really goes, and why.

The address is shown as text, never as a clickable link; the registrable
domain (the part that decides whose site it is) is shown on its own line,
large, so that "sbisec.co.jp.account-verify.com" reads as account-verify.com.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from secguard.core.checklist import CheckState
from secguard.core.links import LinkVerdict, Verdict
from secguard.core.links.verdict import Reason
from secguard.i18n import VERDICT_LABELS, broker_params, render_message
from secguard.i18n_marker import QT_TRANSLATE_NOOP
from secguard.ui.badge import VERDICT_STATES
from secguard.ui.browser import Browser
from secguard.ui.parts.actions import ActionButton, primary
from secguard.ui.parts.state_banner import StateBanner
from secguard.ui.parts.text import Body

_HEADLINES = {
    Verdict.LOOKALIKE: QT_TRANSLATE_NOOP("VerdictCard", "Fake site: do not open this link"),
    Verdict.SUSPICIOUS: QT_TRANSLATE_NOOP(
        "VerdictCard", "Suspicious: do not open this link or log in from it"
    ),
    Verdict.UNKNOWN: QT_TRANSLATE_NOOP(
        "VerdictCard", "Not a known broker site: do not log in from it"
    ),
    Verdict.OFFICIAL: QT_TRANSLATE_NOOP(
        "VerdictCard", "The real site of {broker}, but log in from your own bookmark anyway"
    ),
    Verdict.BOOKMARKED: QT_TRANSLATE_NOOP("VerdictCard", "Your own bookmark for {broker}"),
}


def _headline(verdict: LinkVerdict, broker_name: str | None) -> str:
    text = QCoreApplication.translate("VerdictCard", _HEADLINES[verdict.verdict])
    if verdict.verdict in {Verdict.OFFICIAL, Verdict.BOOKMARKED} and broker_name is None:
        return QCoreApplication.translate("VerdictCard", "An official broker site")
    return text.format(broker=broker_name or "")


class VerdictCard(QFrame):
    """One link (or several identical ones, ``count``) and its verdict."""

    def __init__(
        self,
        verdict: LinkVerdict,
        *,
        language: str,
        domain: str,
        broker_name: str | None,
        real_site: tuple[str, str] | None,
        browser: Browser,
        count: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.verdict = verdict
        self.count = count
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        state: CheckState = VERDICT_STATES[verdict.verdict.value]
        self.banner = StateBanner()
        label = QCoreApplication.translate("Verdicts", VERDICT_LABELS[verdict.verdict.value])
        self.banner.set_state(state, _headline(verdict, broker_name), word=label)
        self.address = QLabel()
        self.address.setTextFormat(Qt.TextFormat.RichText)  # built from escaped text only
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setWordWrap(True)
        mono = QFont(self.address.font())
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.address.setFont(mono)
        self.address.setText(_address_html(verdict.url, domain, count))
        where = QCoreApplication.translate("VerdictCard", "Where it really goes: {domain}")
        self.domain = Body(where.format(domain=domain) if domain else "")
        self.domain.setVisible(bool(domain))
        self.reasons = Body("\n".join(reason_lines(verdict.reasons, language)))
        lay_out_card(self, self.banner, self.address, self.domain, self.reasons)
        self.real_site_button: ActionButton | None = None
        if real_site is not None:
            name, target = real_site
            button = primary(
                QCoreApplication.translate(
                    "VerdictCard", "Open the real {broker} site instead"
                ).format(broker=name)
            )
            button.setToolTip(target)
            button.clicked.connect(lambda: browser.open(target))
            self.banner.action_row.addWidget(button)
            self.real_site_button = button


def reason_lines(reasons: Iterable[Reason], language: str) -> list[str]:
    """One bulleted line per reason, in the person's language."""
    return ["• " + render_message(r.message_id, broker_params(r.params, language)) for r in reasons]


def lay_out_card(card: QWidget, banner: QWidget, *details: QWidget) -> None:
    """A result card's layout: the banner, then its details indented under it."""
    layout = QVBoxLayout(card)
    layout.setContentsMargins(0, 0, 0, 6)
    layout.addWidget(banner)
    column = QVBoxLayout()
    column.setContentsMargins(22, 4, 6, 0)
    for widget in details:
        column.addWidget(widget)
    layout.addLayout(column)


def _address_html(url: str, domain: str, count: int) -> str:
    """The address as written, with the registrable domain in bold where it appears."""
    shown = html.escape(url)
    if domain:
        at = url.lower().rfind(domain.lower())
        if at >= 0:
            before, middle, after = url[:at], url[at : at + len(domain)], url[at + len(domain) :]
            shown = f"{html.escape(before)}<b><u>{html.escape(middle)}</u></b>{html.escape(after)}"
    if count > 1:
        times = QCoreApplication.translate("VerdictCard", "(found {count} times)").format(
            count=count
        )
        shown += f" &nbsp; {html.escape(times)}"
    return shown
