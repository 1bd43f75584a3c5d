"""Step 3, part 2: the person's answers for each account, kept in the account record.

Three questions per account: is multi-factor authentication on, which method
is used at log-in (only those the broker offers, plus "another way, or I
don't know"), and do log-in notification e-mails arrive.  An answer is saved
as soon as it is chosen, through the keyring worker; nothing secret is asked
or kept.  How the account then stands (``core.mfa.account_standing``) is
shown above its questions, in the same words as the overview's step 3.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QVBoxLayout, QWidget

from secguard.core.accounts import AccountRecord, Answer, with_mfa_answers
from secguard.core.brokers import Directory
from secguard.core.checklist import CheckState
from secguard.core.clock import now_iso
from secguard.core.errors import SecguardError
from secguard.core.mfa import METHOD_NAMES, MfaMethod, account_standing, offered_methods, ranked
from secguard.i18n import render_message
from secguard.ui.banner import BannerKind, MessageArea
from secguard.ui.pages.account_picker import AccountPicker
from secguard.ui.parts.dropdown import Dropdown
from secguard.ui.parts.scaffold import discard
from secguard.ui.parts.state_banner import StateBanner
from secguard.ui.parts.text import Body, Heading
from secguard.ui.vault_client import VaultClient

_OTHER_METHOD = ""  # combo data of "another way, or I don't know" (kept as no method)


def _combo() -> Dropdown:
    return Dropdown(10)


def _select(combo: QComboBox, data: str | None) -> None:
    """Show ``data``'s item, or nothing (the placeholder "not answered yet") for None."""
    blocked = combo.blockSignals(True)
    combo.setCurrentIndex(-1 if data is None else combo.findData(data))
    combo.blockSignals(blocked)


def _value(choice: Answer | MfaMethod | None) -> str | None:
    # Combo data are plain strings: Qt does not compare a Python enum with them.
    return None if choice is None else choice.value


def _answer(combo: QComboBox) -> Answer | None:
    data = combo.currentData()
    return Answer(data) if isinstance(data, str) and data else None


class AccountAnswers(QFrame):
    """One account's three answers and how it stands.

    Signals:
    answered(object): the account with the answers just chosen (not stored yet).
    """

    answered = Signal(object)

    def __init__(
        self,
        account: AccountRecord,
        directory: Directory,
        language: Callable[[], str],
        clock: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("answersCard")
        self.setStyleSheet("QFrame#answersCard { border: 1px solid #dadce0; border-radius: 6px; }")
        self.account = account
        self._directory = directory
        self._language = language
        self._clock = clock
        self.offered = offered_methods(directory, account.broker_id)
        self.heading = Heading(3)
        self.banner = StateBanner()
        self.enabled_combo = _combo()
        self.method_combo = _combo()
        self.notifications_combo = _combo()
        self._enabled_label = Body()
        self._method_label = Body()
        self._notifications_label = Body()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._enabled_label, self.enabled_combo)
        form.addRow(self._method_label, self.method_combo)
        form.addRow(self._notifications_label, self.notifications_combo)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 10, 12, 10)
        column.addWidget(self.heading)
        column.addWidget(self.banner)
        column.addLayout(form)
        for combo in (self.enabled_combo, self.method_combo, self.notifications_combo):
            combo.activated.connect(self._chosen)
        self.retranslate()

    def _methods(self) -> tuple[MfaMethod, ...]:
        """What the broker offers (every method when the directory does not know), and the
        method already answered even if the directory no longer lists it."""
        methods = self.offered or ranked(MfaMethod)
        if self.account.mfa_method is not None and self.account.mfa_method not in methods:
            methods = ranked((*methods, self.account.mfa_method))
        return methods

    def set_account(self, account: AccountRecord) -> None:
        self.account = account
        self._show_answers()

    def _show_answers(self) -> None:
        account = self.account
        _select(self.enabled_combo, _value(account.mfa_enabled))
        _select(self.notifications_combo, _value(account.login_notifications))
        method = _value(account.mfa_method)
        if method is None and account.mfa_enabled is not None:
            method = _OTHER_METHOD  # answered, but with no method secguard names
        _select(self.method_combo, method)
        self.method_combo.setEnabled(account.mfa_enabled is not Answer.NO)
        self._show_standing()

    def _chosen(self, _index: int) -> None:
        method = self.method_combo.currentData()
        self.account = with_mfa_answers(
            self.account,
            _answer(self.enabled_combo),
            MfaMethod(method) if isinstance(method, str) and method else None,
            _answer(self.notifications_combo),
            at=self._clock(),
        )
        self._show_answers()
        self.answered.emit(self.account)

    def _show_standing(self) -> None:
        standing = account_standing(self.account, self.offered)
        headlines = {
            CheckState.OK: self.tr("Well protected"),
            CheckState.ATTENTION: self.tr("Could be better protected"),
            CheckState.RISK: self.tr("Not protected by a second step"),
            CheckState.UNKNOWN: self.tr("Not answered yet"),
        }
        findings = [f for f in standing.findings if f != "mfa.finding_not_answered"]
        body = "\n".join("• " + render_message(f, None) for f in findings)
        if standing.state is CheckState.UNKNOWN:
            body = self.tr("Answer the three questions below; look in the broker's settings.")
        self.banner.set_state(standing.state, headlines[standing.state], body)

    def _fill(self, combo: QComboBox, items: Sequence[tuple[str, str]], placeholder: str) -> None:
        blocked = combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        combo.setPlaceholderText(placeholder)
        combo.blockSignals(blocked)

    def retranslate(self) -> None:
        account = self.account
        broker = self._directory.get(account.broker_id)
        self.heading.setText(
            f"{account.label} ({broker.name(self._language())})" if broker else account.label
        )
        answers = [
            (self.tr("Yes"), Answer.YES.value),
            (self.tr("No"), Answer.NO.value),
            (self.tr("I don't know"), Answer.UNKNOWN.value),
        ]
        not_answered = self.tr("Not answered yet")
        self._fill(self.enabled_combo, answers, not_answered)
        self._fill(self.notifications_combo, answers, not_answered)
        methods = [(render_message(METHOD_NAMES[m], None), m.value) for m in self._methods()]
        methods.append((self.tr("Another way, or I don't know"), _OTHER_METHOD))
        self._fill(self.method_combo, methods, not_answered)
        self._enabled_label.setText(self.tr("Multi-factor authentication is on:"))
        self._method_label.setText(self.tr("Used at log-in:"))
        self._notifications_label.setText(self.tr("An e-mail arrives at each log-in:"))
        self.enabled_combo.setAccessibleName(
            self.tr("Multi-factor authentication is on, for {account}").format(
                account=account.label
            )
        )
        self.method_combo.setAccessibleName(
            self.tr("Log-in protection used, for {account}").format(account=account.label)
        )
        self.notifications_combo.setAccessibleName(
            self.tr("Log-in notification e-mails arrive, for {account}").format(
                account=account.label
            )
        )
        self._show_answers()


class AnswersPanel(QWidget):
    """A card of answers per account, and the account picker to add, rename or remove one.

    Signals:
    accounts_changed(object): the account list after an answer was stored, or an account
        added, renamed or removed.
    """

    accounts_changed = Signal(object)

    def __init__(
        self,
        client: VaultClient,
        messages: MessageArea,
        directory: Directory,
        *,
        language: Callable[[], str],
        clock: Callable[[], str] = now_iso,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._messages = messages
        self._directory = directory
        self._language = language
        self._clock = clock
        self._accounts: list[AccountRecord] = []
        self.cards: list[AccountAnswers] = []
        self.empty = Body()
        self._cards = QVBoxLayout()
        self._cards.setSpacing(10)
        self.picker_heading = Heading(3)
        self.picker = AccountPicker(
            client, messages, language=language, clock=clock, none_text=self._none_text
        )
        self.picker.accounts_changed.connect(self._picked_accounts)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.empty)
        column.addLayout(self._cards)
        column.addWidget(self.picker_heading)
        column.addWidget(self.picker)
        self._retranslate()
        self.set_accounts([])

    @property
    def accounts(self) -> list[AccountRecord]:
        return list(self._accounts)

    def set_accounts(self, accounts: Sequence[AccountRecord]) -> None:
        """Show these accounts; cards of accounts already shown are updated in place, so
        that the person's place (the focus) survives another page's change."""
        self._accounts = list(accounts)
        self.picker.set_accounts(self._accounts)
        if [c.account.id for c in self.cards] == [a.id for a in self._accounts]:
            for card, account in zip(self.cards, self._accounts, strict=True):
                card.set_account(account)
        else:
            self._rebuild()
        self.empty.setVisible(not self._accounts)

    def _rebuild(self) -> None:
        for card in self.cards:
            discard(self._cards, card)
        self.cards = []
        for account in self._accounts:
            card = AccountAnswers(account, self._directory, self._language, self._clock)
            card.answered.connect(self._store)
            self._cards.addWidget(card)
            self.cards.append(card)

    def tab_stops(self) -> list[QWidget]:
        """Each card's questions, then the picker, in reading order."""
        stops: list[QWidget] = []
        for card in self.cards:
            stops += [card.enabled_combo, card.method_combo, card.notifications_combo]
        picker = self.picker
        return [
            *stops,
            picker.account_combo,
            picker.rename_account_button,
            picker.remove_account_button,
            picker.new_account_label,
            picker.new_account_broker,
            picker.add_account_button,
        ]

    def card_for(self, account_id: int) -> AccountAnswers | None:
        return next((c for c in self.cards if c.account.id == account_id), None)

    def _picked_accounts(self, accounts: list[AccountRecord]) -> None:
        self.set_accounts(accounts)
        self.accounts_changed.emit(list(accounts))

    def _store(self, account: AccountRecord) -> None:
        def stored(record: AccountRecord) -> None:
            self._accounts = [record if a.id == record.id else a for a in self._accounts]
            self.picker.set_accounts(self._accounts)  # a rename must not undo the answers
            self._messages.show_message(
                "answers",
                self.tr("Saved your answer for “{label}”.").format(label=record.label),
                BannerKind.SUCCESS,
                hide_after_ms=4000,
            )
            self.accounts_changed.emit(list(self._accounts))

        def failed(error: BaseException) -> None:
            kept = next((a for a in self._accounts if a.id == account.id), None)
            card = self.card_for(account.id)
            if card is not None and kept is not None:
                card.set_account(kept)  # show what is really stored
            message_id = error.message_id if isinstance(error, SecguardError) else "storage.error"
            params = error.params if isinstance(error, SecguardError) else None
            self._messages.show_message(
                "answers",
                self.tr("Your answer could not be saved: {reason}").format(
                    reason=render_message(message_id, params)
                ),
                BannerKind.ERROR,
            )

        self._client.request(
            lambda vault: vault.update_account(account), on_success=stored, on_failure=failed
        )

    def _none_text(self) -> str:
        return self.tr("(choose an account)")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        for card in self.cards:
            card.retranslate()
        self.empty.setText(
            self.tr(
                "You have no accounts in secguard yet. Add one below: a name and the broker "
                "are enough (no log-in ID or password is asked)."
            )
        )
        self.picker_heading.setText(self.tr("Add, rename or remove an account"))
