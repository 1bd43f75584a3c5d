"""Step 4: how strong a password is, whether it was in a breach, whether it is reused.

The password lives only in the field and in the calls that score it: it is
never stored, logged or shown elsewhere, and the field is cleared when the
page is left.  zxcvbn runs on a one-thread pool (it must never run twice at
once); the breach check runs only when the person asks, and the page shows
exactly which five characters will leave the computer.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QThreadPool, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QWidget,
)

from secguard.core.accounts import AccountRecord, PasswordCheck
from secguard.core.breach import BreachResult, BreachStatus, reason_message_id
from secguard.core.brokers import Broker
from secguard.core.checklist import CheckState, Precaution
from secguard.core.clock import now_iso
from secguard.core.fingerprints import StoredFingerprint, fingerprint, reused_with
from secguard.core.password_check import check_breach, known_words, stored_fingerprints
from secguard.core.passwords import SCORE_WORD_IDS, Strength, StrengthMeter
from secguard.i18n import render_message
from secguard.resources import broker_directory, romaji_dictionaries
from secguard.ui.background import BackgroundCall
from secguard.ui.badge import STATE_COLOURS
from secguard.ui.banner import BannerKind
from secguard.ui.pages.account_picker import AccountPicker
from secguard.ui.pages.common import StepPage
from secguard.ui.pages.generator_panel import CLIPBOARD_CLEAR_MS, GeneratorPanel
from secguard.ui.parts.actions import primary, secondary
from secguard.ui.parts.scaffold import Section, action_row
from secguard.ui.parts.state_banner import StateBanner
from secguard.ui.parts.text import Body
from secguard.ui.vault_client import VaultClient

DEBOUNCE_MS = 300

BreachCheck = Callable[[str], BreachResult]


def hibp_check(password: str) -> BreachResult:
    from secguard.resources import breach_check_proxy

    return check_breach(password, os.environ, preset_url=breach_check_proxy())


class PasswordsPage(StepPage):
    """Signals:
    accounts_changed(object): the account list after an account was added or checked.
    """

    accounts_changed = Signal(object)

    def __init__(
        self,
        precaution: Precaution,
        client: VaultClient,
        *,
        language: Callable[[], str] = lambda: "en",
        breach_check: BreachCheck = hibp_check,
        clipboard_clear_ms: int = CLIPBOARD_CLEAR_MS,
        clock: Callable[[], str] = now_iso,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(precaution, parent)
        self._client = client
        self._language = language
        self._breach_check = breach_check
        self._clock = clock
        self._key: bytes | None = None
        self._meter: StrengthMeter | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # zxcvbn and scrypt, one at a time
        self._sequence = 0
        self.strength: Strength | None = None
        self.breach: BreachResult | None = None
        self.reused: list[StoredFingerprint] | None = None
        self._calls: set[BackgroundCall] = set()

        self.picker = AccountPicker(client, self.messages, language=language, clock=clock)
        self.picker.selection_changed.connect(self._on_account_chosen)
        self.picker.accounts_changed.connect(self.accounts_changed)
        self.generator = GeneratorPanel(
            self.messages, language=language, clipboard_clear_ms=clipboard_clear_ms
        )
        self.generator.use_requested.connect(self.field_text_set)
        self._which = self.add_section()
        self._which.add(self.picker)
        self._type_section = self.add_section()
        self._build_password_box(self._type_section)
        self._result_section = self.add_section()
        self._build_result_widgets(self._result_section)
        self.add(self.generator)
        self.end()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._evaluate)
        self._retranslate()

    # --- building -------------------------------------------------------------

    def _build_password_box(self, section: Section) -> None:
        self.kind_password = QRadioButton()
        self.kind_pin = QRadioButton()
        self.kind_password.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.kind_password)
        kinds.addButton(self.kind_pin)
        kinds.buttonToggled.connect(lambda *_a: self._schedule())
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.textChanged.connect(self._schedule)
        self.field.textChanged.connect(self._update_disclosure)
        self.show_toggle = QCheckBox()
        self.show_toggle.toggled.connect(
            lambda on: self.field.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        section.add(action_row(self.kind_password, self.kind_pin))
        section.add(self.field)
        section.add(self.show_toggle)

    def _build_result_widgets(self, section: Section) -> None:
        self.meter_bar = QProgressBar()
        # One more step than scores, so that even "very weak" fills a red piece:
        # an empty bar reads as a second text box, not as a warning.
        self.meter_bar.setRange(0, 5)
        self.meter_bar.setTextVisible(False)
        self.meter_bar.setMaximumHeight(self.fontMetrics().height())
        self.strength_banner = StateBanner()
        self.meter_text = self.strength_banner.body
        self.breach_banner = StateBanner()
        self.change_button = primary()
        self.change_button.clicked.connect(self._start_new_password)
        self.breach_banner.action_row.addWidget(self.change_button)
        self.breach_banner.hide()
        self.breach_button = secondary()
        self.breach_button.clicked.connect(self.check_breach)
        self.disclosure = Body()
        self.breach_text = Body()
        self.reuse_text = Body()
        self.save_button = secondary()
        self.save_button.clicked.connect(self.save_check)
        self.save_hint = Body()
        self.fingerprint_note = Body()
        self.credit = Body()
        section.add(self.meter_bar)
        section.add(self.strength_banner)
        section.add(self.breach_banner)
        section.add(action_row(self.breach_button))
        for text in (self.disclosure, self.breach_text, self.reuse_text):
            section.add(text)
        section.add(action_row(self.save_button))
        for text in (self.save_hint, self.fingerprint_note, self.credit):
            section.add(text)

    def _selected_broker(self) -> Broker | None:
        account = self.picker.selected_account()
        return broker_directory().get(account.broker_id) if account else None

    # --- data ------------------------------------------------------------------

    def set_accounts(self, accounts: Sequence[AccountRecord]) -> None:
        self.picker.set_accounts(accounts)
        self.generator.set_broker(self._selected_broker())
        if self._key is None:
            self._client.request(lambda vault: vault.fingerprint_key(), on_success=self._got_key)

    def _got_key(self, key: bytes) -> None:
        self._key = key
        self._schedule()

    def _on_account_chosen(self) -> None:
        self.generator.set_broker(self._selected_broker())
        self._schedule()

    def field_text_set(self, text: str) -> None:
        self.field.setText(text)

    def clear_secrets(self) -> None:
        """Forget every copy of the password this page holds."""
        self._sequence += 1  # late results of old calls are dropped
        self.field.clear()
        self.generator.clear()
        self.show_toggle.setChecked(False)
        self.strength = self.breach = None
        self.reused = None
        self._render_result()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.clear_secrets()
        super().hideEvent(event)

    # --- live evaluation ----------------------------------------------------------

    def _run(
        self, function: Callable[[], Any], done: Callable[[Any], None], pool: QThreadPool | None
    ) -> None:
        call = BackgroundCall(function, self)
        self._calls.add(call)

        def finish(result: Any) -> None:
            self._calls.discard(call)
            call.deleteLater()
            done(result)

        call.finished.connect(finish)
        call.failed.connect(lambda _error: finish(None))
        call.start(pool)

    def _schedule(self) -> None:
        self.breach = None
        self._debounce.start()

    def _strength_meter(self) -> StrengthMeter:
        """Built on the worker at the first use: reading the dictionaries takes ~80 ms."""
        if self._meter is None:
            self._meter = StrengthMeter(romaji_dictionaries())
        return self._meter

    def _evaluate(self) -> None:
        self._sequence += 1
        sequence = self._sequence
        password = self.field.text()
        account = self.picker.selected_account()
        words = known_words(broker_directory().brokers, account)
        key = self._key
        stored = stored_fingerprints(self.picker.accounts, account.id if account else None)

        def work() -> tuple[Strength, list[StoredFingerprint] | None]:
            strength = self._strength_meter().evaluate(password, words)
            reused = reused_with(password, key, stored) if key is not None and password else None
            return strength, reused

        def done(result: tuple[Strength, list[StoredFingerprint] | None] | None) -> None:
            if sequence != self._sequence or result is None or password != self.field.text():
                return  # the person typed on; a newer result is coming
            self.strength, self.reused = result
            self._render_result()

        self._run(work, done, self._pool)

    # --- actions ----------------------------------------------------------------

    def check_breach(self) -> None:
        password = self.field.text()
        if not password:
            return
        sequence = self._sequence
        check = self._breach_check
        self.breach_button.setEnabled(False)
        self.breach_text.setText(self.tr("Asking Have I Been Pwned…"))

        def done(result: BreachResult | None) -> None:
            self.breach_button.setEnabled(True)
            if sequence != self._sequence:
                return
            self.breach = result or BreachResult(BreachStatus.UNKNOWN, reason="failed")
            self._render_result()

        self._run(lambda: check(password), done, None)

    def save_check(self) -> None:
        """Keep this account's fingerprint and the check's summary, never the password."""
        account = self.picker.selected_account()
        password = self.field.text()
        if account is None or not password or self._key is None or self.strength is None:
            return
        key, strength = self._key, self.strength
        breach = self.breach.status if self.breach else BreachStatus.SKIPPED
        pin = self.kind_pin.isChecked()
        check = PasswordCheck.of(strength.score, breach, reused=bool(self.reused), at=self._clock())

        def work() -> AccountRecord:
            value = fingerprint(password, key)
            if pin:
                return dataclasses.replace(account, pin_fingerprint=value)
            return dataclasses.replace(account, password_fingerprint=value, password_check=check)

        def store(updated: AccountRecord | None) -> None:
            if updated is None:
                return
            self._client.request(
                lambda vault: vault.update_account(updated), on_success=self._saved
            )

        self._run(work, store, self._pool)

    def _saved(self, account: AccountRecord) -> None:
        self.messages.show_message(
            "action",
            self.tr("Saved the check for “{label}”. The password itself was not stored.").format(
                label=account.label
            ),
            BannerKind.SUCCESS,
            hide_after_ms=5000,
        )
        self.picker.replace_account(account)

    # --- view ---------------------------------------------------------------------

    def _update_disclosure(self) -> None:
        """What the breach check would send, shown as the person types (a SHA-1 is instant)."""
        from secguard.core.hibp import range_prefix

        password = self.field.text()
        prefix = range_prefix(password) if password else "-----"
        self.disclosure.setText(
            self.tr(
                "Only {prefix} leaves your computer: the first 5 characters of a one-way code "
                "(SHA-1) made from your password, not of the password itself."
            ).format(prefix=prefix)
        )
        self.breach_button.setEnabled(bool(password))

    def _render_result(self) -> None:
        password = self.field.text()
        self._update_disclosure()
        strength = self.strength if password else None
        if strength is None:
            self.meter_bar.setValue(0)
            self.strength_banner.set_state(
                CheckState.UNKNOWN, render_message("strength.empty", None)
            )
        else:
            colour = STATE_COLOURS[strength.state]
            self.meter_bar.setValue(strength.score + 1)
            self.meter_bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
            word = render_message(SCORE_WORD_IDS[strength.score], None)
            lines = ["• " + render_message(i, None) for i in strength.feedback]
            lines += ["• " + render_message(i, params) for i, params in self._rule_breaks()]
            self.strength_banner.set_state(
                strength.state,
                self.tr("Strength: {word} ({score} of 4)").format(word=word, score=strength.score),
                "\n".join(lines),
            )
        self._render_breach(password)
        self.reuse_text.setText(self._reuse_words() if password else "")
        self._render_save(password)

    def _render_breach(self, password: str) -> None:
        breach = self.breach if password else None
        hit = breach is not None and breach.status is BreachStatus.BREACHED
        self.breach_banner.setVisible(hit)
        if breach is not None and hit:
            self.breach_banner.set_state(
                CheckState.RISK,
                self.tr("Dangerous: this password is known to criminals"),
                self.tr(
                    "It appears {count} times in data stolen from websites. Criminals try "
                    "these first. Change it wherever you use it."
                ).format(count=f"{breach.count:,}"),
            )
        self.breach_text.setText("" if hit or not password else self._breach_words())

    def _render_save(self, password: str) -> None:
        account = self.picker.selected_account()
        self.save_button.setEnabled(bool(password) and account is not None)
        if account is None:
            self.save_hint.setText(
                self.tr("To save the result, choose one of your accounts above (or add one).")
            )
        elif not password:
            self.save_hint.setText(self.tr("To save the result, type the password first."))
        else:
            self.save_hint.setText("")
        self.save_hint.setVisible(bool(self.save_hint.text()))

    def _start_new_password(self) -> None:
        """The breach banner's main action: make a new password, right below."""
        self.generator.generate(passphrase=False)
        self.reveal(self.generator)
        self.generator.random_button.setFocus()

    def _rule_breaks(self) -> list[tuple[str, dict[str, str]]]:
        """What the chosen broker's confirmed rule would refuse in the log-in password."""
        from secguard.core import generator

        broker = self._selected_broker()
        if broker is None or broker.password_rule is None or self.kind_pin.isChecked():
            return []
        return generator.rule_breaks(self.field.text(), broker.password_rule)

    def _breach_words(self) -> str:
        breach = self.breach
        if breach is None:
            return self.tr("Not checked for breaches yet.")
        if breach.status is BreachStatus.NOT_FOUND:
            return self.tr("Not found in known data breaches.")
        return self.tr(
            "The breach check could not finish: {reason}. This is not a safe result."
        ).format(reason=render_message(reason_message_id(breach.reason), None))

    def _reuse_words(self) -> str:
        if self._key is None or self.reused is None:
            return self.tr("Reuse: not known yet.")
        if self.reused:
            owners = "、".join(sorted({item.owner for item in self.reused}))
            return self.tr("This is the same as your password or PIN for: {accounts}").format(
                accounts=owners
            )
        return self.tr("Not used for your other saved accounts.")

    def _retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "First choose which account the password is for, then type it to see how hard "
                "it is to guess. secguard never stores the password."
            )
        )
        self._which.heading.setText(self.tr("1. Which password?"))
        self._type_section.heading.setText(self.tr("2. Type it"))
        self._result_section.heading.setText(self.tr("3. The result"))
        self.kind_password.setText(self.tr("Lo&g-in password"))
        self.kind_pin.setText(self.tr("&Trading PIN (取引暗証番号)"))
        self.field.setPlaceholderText(self.tr("Type the password here"))
        self.field.setAccessibleName(self.tr("Password to check"))
        self.show_toggle.setText(self.tr("Sho&w the password"))
        self.breach_button.setText(self.tr("Check for &breaches"))
        self.change_button.setText(self.tr("Change this password: make a new one"))
        self.save_button.setText(self.tr("Sa&ve this check for the account"))
        self.meter_bar.setAccessibleName(self.tr("Strength"))
        self.fingerprint_note.setText(
            self.tr(
                "Saving keeps a fingerprint: a one-way code of the password that shows "
                "whether you use the same password for another account, and cannot be turned "
                "back into the password."
            )
        )
        self.credit.setText(
            self.tr(
                "The breach check asks Have I Been Pwned, a free service that collects "
                "passwords stolen from websites (haveibeenpwned.com; data licensed CC BY 4.0)."
            )
        )
        self._render_result()  # the result's words are in the page's language too
