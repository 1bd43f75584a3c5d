"""Make a new password: a passphrase or a random password that fits the broker's rules.

The copy is cleared from the clipboard after 30 seconds if it is still
there; the generated text is forgotten with the page's other secrets.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from secguard.core.brokers import Broker
from secguard.ui.banner import BannerKind, MessageArea
from secguard.ui.parts.actions import secondary
from secguard.ui.parts.scaffold import action_row
from secguard.ui.parts.text import Body, Heading

CLIPBOARD_CLEAR_MS = 30_000


class GeneratorPanel(QWidget):
    """Signals:
    use_requested(str): the person wants the generated password checked above.
    """

    use_requested = Signal(str)

    def __init__(
        self,
        messages: MessageArea,
        *,
        language: Callable[[], str] = lambda: "en",
        clipboard_clear_ms: int = CLIPBOARD_CLEAR_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._messages = messages
        self._language = language
        self._clipboard_clear_ms = clipboard_clear_ms
        self._broker: Broker | None = None

        self.generated = QLineEdit()
        self.generated.setReadOnly(True)
        self.passphrase_button = secondary()
        self.passphrase_button.clicked.connect(lambda: self.generate(passphrase=True))
        self.random_button = secondary()
        self.random_button.clicked.connect(lambda: self.generate(passphrase=False))
        self.copy_button = secondary()
        self.copy_button.clicked.connect(self.copy_generated)
        self.use_button = secondary()
        self.use_button.clicked.connect(lambda: self.use_requested.emit(self.generated.text()))
        self.heading = Heading(2)
        self.explanation = Body()
        self.rules_text = Body()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 8)
        column.addWidget(self.heading)
        column.addWidget(self.explanation)
        column.addWidget(self.rules_text)
        column.addLayout(action_row(self.passphrase_button, self.random_button))
        column.addWidget(self.generated)
        column.addLayout(action_row(self.copy_button, self.use_button))
        self._retranslate()

    def set_broker(self, broker: Broker | None) -> None:
        """Follow this broker's confirmed password rules (None: the general defaults)."""
        self._broker = broker
        self._render_rules()

    def clear(self) -> None:
        self.generated.clear()

    def generate(self, *, passphrase: bool) -> None:
        from secguard.core import generator

        if passphrase:
            from zxcvbn.frequency_lists import FREQUENCY_LISTS

            # Everyday words first (TV and film), then Wikipedia's (more place names).
            words = generator.passphrase_words(
                FREQUENCY_LISTS["us_tv_and_film"] + FREQUENCY_LISTS["english_wikipedia"]
            )
            self.generated.setText(generator.passphrase(words))
        else:
            rule = self._broker.password_rule if self._broker else None
            rules = generator.GeneratorSettings.for_broker(rule)
            self.generated.setText(generator.random_password(rules))

    def copy_generated(self) -> None:
        text = self.generated.text()
        if not text:
            return
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(text)

        def clear_if_still_ours() -> None:
            if clipboard.text() == text:
                clipboard.clear()

        QTimer.singleShot(self._clipboard_clear_ms, clear_if_still_ours)
        self._messages.show_message(
            "action",
            self.tr("Copied. The clipboard is cleared in 30 seconds."),
            BannerKind.INFO,
            hide_after_ms=5000,
        )

    def _render_rules(self) -> None:
        """Say whose rules the generator follows, and where they come from."""
        from secguard.core import generator

        broker = self._broker
        rule = broker.password_rule if broker else None
        self.passphrase_button.setEnabled(generator.passphrase_fits(rule))
        self.rules_text.setVisible(broker is not None)
        if broker is None:
            return
        name = broker.name(self._language())
        if rule is None:
            self.rules_text.setText(
                self.tr(
                    "The password rules of {broker} are not known here: the new password has "
                    "{length} characters and a few common symbols. If the site refuses it, "
                    "make another."
                ).format(broker=name, length=generator.DEFAULT_LENGTH)
            )
            return
        lines = [
            self.tr("Made for the rules of {broker}: {low} to {high} characters.").format(
                broker=name, low=rule.min_length, high=rule.max_length
            )
        ]
        if rule.symbols is None:
            lines.append(
                self.tr(
                    "Which symbols {broker} accepts is not confirmed: only {symbols} are "
                    "used. If one is refused, make another."
                ).format(broker=name, symbols=" ".join(generator.UNCONFIRMED_SYMBOLS))
            )
        if not generator.passphrase_fits(rule):
            lines.append(
                self.tr(
                    "A passphrase is too long for {broker} (at most {high} characters)."
                ).format(broker=name, high=rule.max_length)
            )
        source = (
            self.tr("Source: a page of {broker} itself.")
            if rule.source.kind == "official"
            else self.tr("Source: a third-party page, not one of {broker}.")
        )
        lines.append(source.format(broker=name))
        self.rules_text.setText("\n".join(lines))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Make a new password"))
        self.explanation.setText(
            self.tr(
                "A passphrase is five ordinary words in a row: long, hard to guess and easier to "
                "remember. A random password is a jumble of letters, digits and symbols."
            )
        )
        self.generated.setAccessibleName(self.tr("New password"))
        self.passphrase_button.setText(self.tr("&Passphrase"))
        self.random_button.setText(self.tr("&Random password"))
        self.copy_button.setText(self.tr("C&opy"))
        self.use_button.setText(self.tr("&Use it above"))
        self._render_rules()
