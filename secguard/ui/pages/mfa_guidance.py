"""Step 3, part 1: what each of the person's brokers offers to protect the log-in.

The facts come from the broker directory only (``core.mfa.broker_guidance``);
where it confirms nothing, the card says so instead of guessing.  The
settings button opens the directory's MFA help page or the person's own
bookmark of that broker, never an address from anywhere else.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from secguard.core.brokers import Broker, Directory
from secguard.core.mfa import BrokerGuidance
from secguard.i18n import broker_params, render_message
from secguard.ui.browser import Browser
from secguard.ui.parts.actions import ActionButton, secondary
from secguard.ui.parts.scaffold import action_row, discard
from secguard.ui.parts.text import Body, Heading


class BrokerGuidanceCard(QFrame):
    """One broker: its log-in protections strongest first, notifications, and its settings page.

    ``settings_button`` opens ``target``: the directory's MFA help page, the
    person's bookmark, or (when the directory knows neither) the directory's
    own address of the broker's site.
    """

    def __init__(
        self,
        guidance: BrokerGuidance,
        broker: Broker,
        browser: Browser,
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("guidanceCard")
        self.setStyleSheet("QFrame#guidanceCard { border: 1px solid #dadce0; border-radius: 6px; }")
        self.guidance = guidance
        self._broker = broker
        self._language = language
        self.target = guidance.settings_url or broker.entry_url
        self.heading = Heading(3)
        self.methods = Body()
        self.facts = Body()
        self.source = Body()
        # No Alt+letter: the button repeats once per broker on the page.
        self.settings_button: ActionButton = secondary()
        self.settings_button.setToolTip(self.target)
        self.settings_button.clicked.connect(lambda: browser.open(self.target))
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 10, 12, 10)
        column.setSpacing(6)
        for widget in (self.heading, self.methods, self.facts, self.source):
            column.addWidget(widget)
        column.addLayout(action_row(self.settings_button))
        self.retranslate()

    def _message(self, message_id: str) -> str:
        return render_message(message_id, broker_params(self.guidance.params, self._language()))

    def _method_lines(self) -> str:
        lines = []
        for rank, advice in enumerate(self.guidance.methods, start=1):
            name = render_message(advice.name_id, None)
            if advice.best:
                name = self.tr("{method} (the strongest that this broker offers)").format(
                    method=name
                )
            lines.append(f"{rank}. {name}\n    {render_message(advice.why_id, None)}")
        return "\n".join(lines)

    def _source_line(self) -> str:
        source = self.guidance.source
        if source is None:
            return ""
        text = (
            self.tr("Source: a page of the broker itself, checked on {date}.")
            if source.kind == "official"
            else self.tr("Source: pages other than the broker's own, checked on {date}.")
        )
        return text.format(date=source.checked)

    def _button_text(self) -> str:
        name = self._broker.name(self._language())
        if self.guidance.settings_from == "directory":
            return self.tr("Open the log-in security page of {broker}").format(broker=name)
        if self.guidance.settings_from == "bookmark":
            return self.tr("Open {broker} from your bookmark").format(broker=name)
        return self.tr("Open the official site of {broker}").format(broker=name)

    def retranslate(self) -> None:
        name = self._broker.name(self._language())
        self.heading.setText(name)
        if self.guidance.methods:
            self.methods.setText(
                self.tr("Log-in protections that {broker} offers, strongest first:").format(
                    broker=name
                )
                + "\n"
                + self._method_lines()
            )
        else:
            self.methods.setText("")
        self.methods.setVisible(bool(self.guidance.methods))
        self.facts.setText("\n".join(self._message(m) for m in self.guidance.message_ids))
        self.source.setText(self._source_line())
        self.source.setVisible(bool(self.source.text()))
        self.settings_button.setText(self._button_text())
        self.settings_button.setAccessibleName(self._button_text())


class GuidancePanel(QWidget):
    """A card per broker of the person's (from accounts and bookmarks), and the e-mail warning."""

    def __init__(
        self,
        directory: Directory,
        browser: Browser,
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._directory = directory
        self._browser = browser
        self._language = language
        self.cards: list[BrokerGuidanceCard] = []
        self.empty = Body()
        self.phishing_warning = Body()
        self._cards = QVBoxLayout()
        self._cards.setSpacing(10)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.empty)
        column.addLayout(self._cards)
        column.addWidget(self.phishing_warning)
        self._retranslate()
        self.set_guidance([])

    def set_guidance(self, guidance: Sequence[BrokerGuidance]) -> None:
        for card in self.cards:
            discard(self._cards, card)
        self.cards = []
        for item in guidance:
            broker = self._directory.get(item.broker_id)
            if broker is None:
                continue
            card = BrokerGuidanceCard(item, broker, self._browser, self._language)
            self._cards.addWidget(card)
            self.cards.append(card)
        self.empty.setVisible(not self.cards)

    def buttons(self) -> list[ActionButton]:
        return [card.settings_button for card in self.cards]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        for card in self.cards:
            card.retranslate()
        self.empty.setText(
            self.tr(
                "secguard does not know your brokers yet. Add an account below (or a bookmark "
                "in step 2), and it shows here what each broker offers."
            )
        )
        self.phishing_warning.setText(
            self.tr(
                "Some brokers' e-mails contain a link to a page where you enter a one-time "
                "code. Never use such a link: that is exactly what step 1 warns about. Open "
                "your broker from your own bookmark and enter the code there."
            )
        )
