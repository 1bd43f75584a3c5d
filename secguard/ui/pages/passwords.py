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

from PySide6.QtCore import Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from secguard import __version__
from secguard.core.accounts import AccountRecord, check_state, new_account, renamed
from secguard.core.bookmarks import InvalidBookmark, now_iso
from secguard.core.brokers import Broker
from secguard.core.checklist import Precaution
from secguard.core.errors import SecguardError
from secguard.core.fingerprints import StoredFingerprint, fingerprint, reused_with
from secguard.core.hibp import BreachResult, BreachStatus, range_prefix
from secguard.core.passwords import Strength, StrengthMeter
from secguard.i18n import render_message
from secguard.resources import broker_directory, romaji_dictionaries
from secguard.ui.background import BackgroundCall
from secguard.ui.badge import STATE_COLOURS
from secguard.ui.banner import BannerKind, MessageArea
from secguard.ui.pages.common import StepPage
from secguard.ui.vault_client import VaultClient

DEBOUNCE_MS = 300
CLIPBOARD_CLEAR_MS = 30_000

BreachCheck = Callable[[str], BreachResult]


def hibp_check(password: str) -> BreachResult:
    import requests

    from secguard.core.hibp import BreachChecker, base_url_from
    from secguard.resources import breach_check_proxy

    with requests.Session() as session:
        url = base_url_from(os.environ, breach_check_proxy())
        checker = BreachChecker(session, url, f"secguard/{__version__}")
        return checker.check(password)


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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(precaution, parent)
        self._client = client
        self._language = language
        self._breach_check = breach_check
        self._clipboard_clear_ms = clipboard_clear_ms
        self._accounts: list[AccountRecord] = []
        self._last_removed: AccountRecord | None = None
        self._rename_dialog: QInputDialog | None = None
        self._key: bytes | None = None
        self._meter: StrengthMeter | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # zxcvbn and scrypt, one at a time
        self._sequence = 0
        self.strength: Strength | None = None
        self.breach: BreachResult | None = None
        self.reused: list[StoredFingerprint] | None = None
        self._calls: set[BackgroundCall] = set()

        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self.messages = MessageArea()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self._title)
        layout.addWidget(self._intro)
        layout.addWidget(self.messages)
        layout.addWidget(self._build_account_box())
        layout.addWidget(self._build_password_box())
        layout.addWidget(self._build_generator_box())
        layout.addStretch(1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._evaluate)
        self._retranslate()

    # --- building -------------------------------------------------------------

    def _build_account_box(self) -> QGroupBox:
        box = QGroupBox()
        self._account_box = box
        self.account_combo = QComboBox()
        self.account_combo.currentIndexChanged.connect(lambda _i: self._schedule())
        self.account_combo.currentIndexChanged.connect(lambda _i: self._render_rules())
        self.new_account_label = QLineEdit()
        self.new_account_broker = QComboBox()
        self.add_account_button = QPushButton()
        self.add_account_button.clicked.connect(self.add_account)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_account_label, 1)
        new_row.addWidget(self.new_account_broker, 1)
        new_row.addWidget(self.add_account_button)
        form = QFormLayout(box)
        self._account_label = QLabel()
        self._account_label.setBuddy(self.account_combo)
        self._new_label = QLabel()
        self.remove_account_button = QPushButton()
        self.remove_account_button.clicked.connect(self.remove_selected_account)
        self.account_combo.currentIndexChanged.connect(
            lambda _i: self.remove_account_button.setEnabled(self.selected_account() is not None)
        )
        self.rename_account_button = QPushButton()
        self.rename_account_button.clicked.connect(self.start_rename)
        self.account_combo.currentIndexChanged.connect(
            lambda _i: self.rename_account_button.setEnabled(self.selected_account() is not None)
        )
        account_row = QHBoxLayout()
        account_row.addWidget(self.account_combo, 1)
        account_row.addWidget(self.rename_account_button)
        account_row.addWidget(self.remove_account_button)
        form.addRow(self._account_label, account_row)
        form.addRow(self._new_label, new_row)
        return box

    def _build_password_box(self) -> QGroupBox:
        box = QGroupBox()
        self._password_box = box
        self.kind_password = QRadioButton()
        self.kind_pin = QRadioButton()
        self.kind_password.setChecked(True)
        kinds = QButtonGroup(box)
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
        self.meter_bar = QProgressBar()
        self.meter_bar.setRange(0, 4)
        self.meter_bar.setTextVisible(False)
        self.meter_text = QLabel()
        self.meter_text.setWordWrap(True)
        self._build_result_widgets()
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_password)
        kind_row.addWidget(self.kind_pin)
        kind_row.addStretch(1)
        field_row = QHBoxLayout()
        field_row.addWidget(self.field, 1)
        field_row.addWidget(self.show_toggle)
        breach_row = QHBoxLayout()
        breach_row.addWidget(self.breach_button)
        breach_row.addWidget(self.disclosure, 1)
        column = QVBoxLayout(box)
        column.addLayout(kind_row)
        column.addLayout(field_row)
        column.addWidget(self.meter_bar)
        column.addWidget(self.meter_text)
        column.addLayout(breach_row)
        column.addWidget(self.breach_text)
        column.addWidget(self.reuse_text)
        column.addWidget(self.save_button)
        column.addWidget(self.credit)
        return box

    def _build_result_widgets(self) -> None:
        self.breach_button = QPushButton()
        self.breach_button.clicked.connect(self.check_breach)
        self.disclosure = QLabel()
        self.disclosure.setWordWrap(True)
        self.breach_text = QLabel()
        self.breach_text.setWordWrap(True)
        self.reuse_text = QLabel()
        self.reuse_text.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_check)
        self.credit = QLabel()
        self.credit.setWordWrap(True)
        self.credit.setOpenExternalLinks(False)

    def _build_generator_box(self) -> QGroupBox:
        box = QGroupBox()
        self._generator_box = box
        self.generated = QLineEdit()
        self.generated.setReadOnly(True)
        self.passphrase_button = QPushButton()
        self.passphrase_button.clicked.connect(lambda: self.generate(passphrase=True))
        self.random_button = QPushButton()
        self.random_button.clicked.connect(lambda: self.generate(passphrase=False))
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_generated)
        self.use_button = QPushButton()
        self.use_button.clicked.connect(lambda: self.field.setText(self.generated.text()))
        row = QHBoxLayout()
        for widget in (
            self.passphrase_button,
            self.random_button,
            self.copy_button,
            self.use_button,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        self.rules_text = QLabel()
        self.rules_text.setWordWrap(True)
        column = QVBoxLayout(box)
        column.addWidget(self.rules_text)
        column.addWidget(self.generated)
        column.addLayout(row)
        return box

    def _selected_broker(self) -> Broker | None:
        account = self.selected_account()
        return broker_directory().get(account.broker_id) if account else None

    def _render_rules(self) -> None:
        """Say whose rules the generator follows, and where they come from."""
        from secguard.core import generator

        broker = self._selected_broker()
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

    # --- data ------------------------------------------------------------------

    def set_accounts(self, accounts: Sequence[AccountRecord]) -> None:
        current = self.account_combo.currentData()
        self._accounts = list(accounts)
        self.account_combo.blockSignals(True)
        self.account_combo.clear()
        self.account_combo.addItem(self.tr("A password I use elsewhere (not saved)"), None)
        for account in self._accounts:
            self.account_combo.addItem(account.label, account.id)
        index = self.account_combo.findData(current)
        self.account_combo.setCurrentIndex(max(0, index))
        self.account_combo.blockSignals(False)
        self.remove_account_button.setEnabled(self.selected_account() is not None)
        self.rename_account_button.setEnabled(self.selected_account() is not None)
        self._render_rules()
        if self._key is None:
            self._client.request(lambda vault: vault.fingerprint_key(), on_success=self._got_key)

    def _got_key(self, key: bytes) -> None:
        self._key = key
        self._schedule()

    def selected_account(self) -> AccountRecord | None:
        account_id = self.account_combo.currentData()
        return next((a for a in self._accounts if a.id == account_id), None)

    def clear_secrets(self) -> None:
        """Forget every copy of the password this page holds."""
        self._sequence += 1  # late results of old calls are dropped
        self.field.clear()
        self.generated.clear()
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

    def _evaluate(self) -> None:
        self._sequence += 1
        sequence = self._sequence
        password = self.field.text()
        account = self.selected_account()
        words = [account.label, account.login_id or ""] if account else []
        words += [b.names["en"] for b in broker_directory().brokers]
        key = self._key
        stored = self._stored_fingerprints(account)
        if self._meter is None:
            self._meter = StrengthMeter(romaji_dictionaries())
        meter = self._meter

        def work() -> tuple[Strength, list[StoredFingerprint] | None]:
            strength = meter.evaluate(password, words)
            reused = reused_with(password, key, stored) if key is not None and password else None
            return strength, reused

        def done(result: tuple[Strength, list[StoredFingerprint] | None] | None) -> None:
            if sequence != self._sequence or result is None:
                return  # the person typed on; a newer result is coming
            self.strength, self.reused = result
            self._render_result()

        self._run(work, done, self._pool)

    def _stored_fingerprints(self, skip: AccountRecord | None) -> list[StoredFingerprint]:
        found = []
        for account in self._accounts:
            if skip is not None and account.id == skip.id:
                continue
            if account.password_fingerprint:
                found.append(
                    StoredFingerprint(account.label, "password", account.password_fingerprint)
                )
            if account.pin_fingerprint:
                found.append(StoredFingerprint(account.label, "pin", account.pin_fingerprint))
        return found

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
        account = self.selected_account()
        password = self.field.text()
        if account is None or not password or self._key is None or self.strength is None:
            return
        key, strength, breach = self._key, self.strength, self.breach
        pin = self.kind_pin.isChecked()
        reused = bool(self.reused)

        def work() -> AccountRecord:
            value = fingerprint(password, key)
            status = breach.status.value if breach else "skipped"
            summary: dict[str, object] = {
                "state": check_state(strength.score, status, reused).value,
                "score": strength.score,
                "breach": status,
                "reused": reused,
                "at": now_iso(),
            }
            if pin:
                return dataclasses.replace(account, pin_fingerprint=value)
            return dataclasses.replace(account, password_fingerprint=value, password_check=summary)

        def store(updated: AccountRecord | None) -> None:
            if updated is None:
                return
            self._client.request(
                lambda vault: vault.update_account(updated), on_success=self._saved
            )

        self._run(work, store, self._pool)

    def _saved(self, account: AccountRecord) -> None:
        self._accounts = [account if a.id == account.id else a for a in self._accounts]
        self.messages.show_message(
            "action",
            self.tr("Saved the check for “{label}”. The password itself was not stored.").format(
                label=account.label
            ),
            BannerKind.SUCCESS,
            hide_after_ms=5000,
        )
        self.accounts_changed.emit(list(self._accounts))

    def add_account(self) -> None:
        try:
            account = new_account(
                self.new_account_label.text(), self.new_account_broker.currentData()
            )
        except InvalidBookmark as error:
            self.messages.show_message(
                "action", render_message(error.message_id, error.params), BannerKind.ERROR
            )
            return

        def added(stored: AccountRecord) -> None:
            self.new_account_label.clear()
            self._show_added_account(stored)

        self._client.request(lambda vault: vault.add_account(account), on_success=added)

    def start_rename(self) -> None:
        """Ask for the new name in a small window that does not block the app."""
        account = self.selected_account()
        if account is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Rename the account"))
        dialog.setLabelText(self.tr("New name:"))
        dialog.setTextValue(account.label)
        dialog.textValueSelected.connect(self.rename_selected_account)
        dialog.finished.connect(dialog.deleteLater)
        self._rename_dialog = dialog
        dialog.open()

    def rename_selected_account(self, label: str) -> None:
        account = self.selected_account()
        if account is None:
            return
        try:
            changed = renamed(account, label)
        except InvalidBookmark as error:
            self.messages.show_message(
                "action", render_message(error.message_id, error.params), BannerKind.ERROR
            )
            return
        if changed.label == account.label:
            return

        def stored(record: AccountRecord) -> None:
            self.set_accounts([record if a.id == record.id else a for a in self._accounts])
            self.accounts_changed.emit(list(self._accounts))

        self._client.request(
            lambda vault: vault.update_account(changed),
            on_success=stored,
            on_failure=self._show_failure,
        )

    def remove_selected_account(self) -> None:
        """Forget the chosen account in secguard (undo from the banner); the broker is not
        touched."""
        account = self.selected_account()
        if account is None or account.id is None:
            return
        account_id = account.id

        def removed(_result: object) -> None:
            self._last_removed = account
            self.set_accounts([a for a in self._accounts if a.id != account_id])
            self.accounts_changed.emit(list(self._accounts))
            banner = self.messages.show_message(
                "action",
                self.tr(
                    "Removed “{label}” from secguard. Your account at the broker is not affected."
                ).format(label=account.label),
                BannerKind.INFO,
                action_text=self.tr("Undo"),
            )
            banner.action_triggered.connect(
                self.undo_remove_account, Qt.ConnectionType.UniqueConnection
            )

        self._client.request(
            lambda vault: vault.remove_account(account_id),
            on_success=removed,
            on_failure=self._show_failure,
        )

    def undo_remove_account(self) -> None:
        account = self._last_removed
        if account is None:
            return
        self._last_removed = None
        self.messages.clear("action")

        self._client.request(
            lambda vault: vault.add_account(account),
            on_success=self._show_added_account,
            on_failure=self._show_failure,
        )

    def _show_added_account(self, stored: AccountRecord) -> None:
        """List a newly stored account, choose it, and tell the window."""
        self.set_accounts([*self._accounts, stored])
        self.account_combo.setCurrentIndex(self.account_combo.findData(stored.id))
        self.accounts_changed.emit(list(self._accounts))

    def _show_failure(self, error: BaseException) -> None:
        text = (
            render_message(error.message_id, error.params)
            if isinstance(error, SecguardError)
            else render_message("storage.error", None)
        )
        self.messages.show_message("action", text, BannerKind.ERROR)

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
            broker = self._selected_broker()
            rules = generator.PasswordRules.for_broker(broker.password_rule if broker else None)
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
        self.messages.show_message(
            "action",
            self.tr("Copied. The clipboard is cleared in 30 seconds."),
            BannerKind.INFO,
            hide_after_ms=5000,
        )

    # --- view ---------------------------------------------------------------------

    def _update_disclosure(self) -> None:
        """What the breach check would send, shown as the person types (a SHA-1 is instant)."""
        password = self.field.text()
        prefix = range_prefix(password) if password else "-----"
        self.disclosure.setText(
            self.tr("Only these 5 characters leave your computer: {prefix}").format(prefix=prefix)
        )
        self.breach_button.setEnabled(bool(password))

    def _render_result(self) -> None:
        password = self.field.text()
        self._update_disclosure()
        strength = self.strength if password else None
        if strength is None:
            self.meter_bar.setValue(0)
            self.meter_text.setText(render_message("strength.empty", None))
        else:
            colour = STATE_COLOURS[strength.state]
            self.meter_bar.setValue(strength.score)
            self.meter_bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
            lines = [self.tr("Strength: {score} of 4").format(score=strength.score)]
            lines += ["• " + render_message(i, None) for i in strength.feedback]
            lines += ["• " + render_message(i, params) for i, params in self._rule_breaks()]
            self.meter_text.setText("\n".join(lines))
        self.breach_text.setText(self._breach_words() if password else "")
        self.reuse_text.setText(self._reuse_words() if password else "")
        self.save_button.setEnabled(bool(password) and self.selected_account() is not None)

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
        if breach.status is BreachStatus.BREACHED:
            return self.tr(
                "Times this password appears in known data breaches: {count}. Do not use it."
            ).format(count=breach.count)
        if breach.status is BreachStatus.NOT_FOUND:
            return self.tr("Not found in known data breaches.")
        return self.tr(
            "The breach check could not finish ({reason}). This is not a safe result."
        ).format(reason=breach.reason)

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
        self._intro.setText(
            self.tr(
                "Type a password to see how hard it is to guess. Check it against known data "
                "breaches only if you want to. secguard never stores the password: for reuse it "
                "keeps a one-way fingerprint that cannot be turned back into the password."
            )
        )
        self._account_box.setTitle(self.tr("Account"))
        self._account_label.setText(self.tr("&Account:"))
        self._new_label.setText(self.tr("New account:"))
        self.new_account_label.setPlaceholderText(self.tr("a name, e.g. My SBI account"))
        self.add_account_button.setText(self.tr("Add a&ccount"))
        current = self.new_account_broker.currentData()
        self.new_account_broker.clear()
        for broker in sorted(broker_directory().brokers, key=lambda b: b.name(self._language())):
            self.new_account_broker.addItem(broker.name(self._language()), broker.id)
        self.new_account_broker.setCurrentIndex(max(0, self.new_account_broker.findData(current)))
        if self.account_combo.count():
            self.account_combo.setItemText(0, self.tr("A password I use elsewhere (not saved)"))
        self._password_box.setTitle(self.tr("Password"))
        self.kind_password.setText(self.tr("Lo&g-in password"))
        self.kind_pin.setText(self.tr("&Trading PIN (取引暗証番号)"))
        self.field.setPlaceholderText(self.tr("Type the password here"))
        self.show_toggle.setText(self.tr("Sho&w"))
        self.breach_button.setText(self.tr("Check for &breaches"))
        self.save_button.setText(self.tr("Sa&ve this check for the account"))
        self.credit.setText(
            self.tr(
                "Breach data: Have I Been Pwned's Pwned Passwords (haveibeenpwned.com), "
                "licensed CC BY 4.0."
            )
        )
        self._generator_box.setTitle(self.tr("Make a new password"))
        self.passphrase_button.setText(self.tr("&Passphrase"))
        self.random_button.setText(self.tr("&Random password"))
        self.copy_button.setText(self.tr("C&opy"))
        self.use_button.setText(self.tr("&Use it above"))
        self.remove_account_button.setText(self.tr("Re&move"))
        self.rename_account_button.setText(self.tr("Re&name"))
        self._render_rules()
        self._render_result()  # the result's words are in the page's language too
