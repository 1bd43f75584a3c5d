"""Which account a password is for: choose, add, rename and remove (with undo).

The accounts live in the keyring (through ``VaultClient``); this panel holds
the list the window last gave it and tells the window of every change.
Removing an account forgets it in secguard only: the broker is not touched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from secguard.core.accounts import AccountRecord, InvalidAccount, new_account, renamed
from secguard.core.clock import now_iso
from secguard.core.errors import SecguardError
from secguard.i18n import render_message
from secguard.resources import broker_directory
from secguard.ui.banner import BannerKind, MessageArea
from secguard.ui.broker_combo import BrokerCombo
from secguard.ui.parts.actions import secondary
from secguard.ui.parts.dropdown import Dropdown
from secguard.ui.parts.scaffold import action_row
from secguard.ui.parts.text import Heading
from secguard.ui.undo import UndoableRemoval
from secguard.ui.vault_client import VaultClient


class AccountPicker(QWidget):
    """Signals:
    selection_changed(): another account (or none) was chosen.
    accounts_changed(object): the account list after an add, rename, remove or undo.
    """

    selection_changed = Signal()
    accounts_changed = Signal(object)

    def __init__(
        self,
        client: VaultClient,
        messages: MessageArea,
        *,
        language: Callable[[], str] = lambda: "en",
        clock: Callable[[], str] = now_iso,
        none_text: Callable[[], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``none_text`` names the first choice, no saved account (page 4: a password
        used elsewhere); it is called again on every language change."""
        super().__init__(parent)
        self._client = client
        self._none_text = none_text
        self._messages = messages
        self._language = language
        self._clock = clock
        self._accounts: list[AccountRecord] = []
        self._removal = UndoableRemoval[AccountRecord](messages, self._restore)
        self._rename_dialog: QInputDialog | None = None

        self.account_combo = Dropdown(12)
        self.account_combo.currentIndexChanged.connect(self._on_selection)
        self.rename_account_button = secondary()
        self.rename_account_button.clicked.connect(self.start_rename)
        self.remove_account_button = secondary()
        self.remove_account_button.clicked.connect(self.remove_selected_account)
        self.new_account_label = QLineEdit()
        self.new_account_broker = BrokerCombo(broker_directory().brokers, language)
        self.add_account_button = secondary()
        self.add_account_button.clicked.connect(self.add_account)

        self._account_label = QLabel()
        self._account_label.setBuddy(self.account_combo)
        self._new_label = Heading(3)
        self._name_label = QLabel()
        self._name_label.setBuddy(self.new_account_label)
        self._broker_label = QLabel()
        self._broker_label.setBuddy(self.new_account_broker)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._account_label, self.account_combo)
        form.addRow(action_row(self.rename_account_button, self.remove_account_button))
        form.addRow(self._new_label)
        form.addRow(self._name_label, self.new_account_label)
        form.addRow(self._broker_label, self.new_account_broker)
        form.addRow(action_row(self.add_account_button))
        self._retranslate()
        self._update_buttons()

    # --- data ------------------------------------------------------------------

    @property
    def accounts(self) -> list[AccountRecord]:
        return list(self._accounts)

    def set_accounts(self, accounts: Sequence[AccountRecord]) -> None:
        current = self.account_combo.currentData()
        self._accounts = list(accounts)
        blocked = self.account_combo.blockSignals(True)
        self.account_combo.clear()
        self.account_combo.addItem(self._elsewhere_text(), None)
        for account in self._accounts:
            self.account_combo.addItem(account.label, account.id)
        index = self.account_combo.findData(current)
        self.account_combo.setCurrentIndex(max(0, index))
        self.account_combo.blockSignals(blocked)
        self._update_buttons()
        if self.account_combo.currentData() != current:
            self.selection_changed.emit()

    def replace_account(self, account: AccountRecord) -> None:
        """Take a stored copy of an account (after a check was saved) and tell the window."""
        self._accounts = [account if a.id == account.id else a for a in self._accounts]
        self.accounts_changed.emit(list(self._accounts))

    def selected_account(self) -> AccountRecord | None:
        account_id = self.account_combo.currentData()
        return next((a for a in self._accounts if a.id == account_id), None)

    def select_account(self, account_id: int) -> None:
        self.account_combo.setCurrentIndex(max(0, self.account_combo.findData(account_id)))

    # --- actions ----------------------------------------------------------------

    def add_account(self) -> None:
        try:
            account = new_account(
                self.new_account_label.text(),
                self.new_account_broker.currentData(),
                at=self._clock(),
            )
        except InvalidAccount as error:
            self._show_error(error)
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
            changed = renamed(account, label, at=self._clock())
        except InvalidAccount as error:
            self._show_error(error)
            return
        if changed.label == account.label:
            return

        def stored(record: AccountRecord) -> None:
            self.set_accounts([record if a.id == record.id else a for a in self._accounts])
            self.accounts_changed.emit(list(self._accounts))

        self._client.request(
            lambda vault: vault.update_account(changed),
            on_success=stored,
            on_failure=self._show_error,
        )

    def remove_selected_account(self) -> None:
        """Forget the chosen account in secguard (undo from the banner)."""
        account = self.selected_account()
        if account is None:
            return

        def removed(_result: object) -> None:
            self.set_accounts([a for a in self._accounts if a.id != account.id])
            self.accounts_changed.emit(list(self._accounts))
            self._removal.removed(
                account,
                self.tr(
                    "Removed “{label}” from secguard. Your account at the broker is not affected."
                ).format(label=account.label),
            )

        self._client.request(
            lambda vault: vault.remove_account(account.id),
            on_success=removed,
            on_failure=self._show_error,
        )

    def undo_remove_account(self) -> None:
        self._removal.undo()

    def _restore(self, account: AccountRecord) -> None:
        self._client.request(
            lambda vault: vault.add_account(account),
            on_success=self._show_added_account,
            on_failure=self._show_error,
        )

    def _show_added_account(self, stored: AccountRecord) -> None:
        """List a newly stored account, choose it, and tell the window."""
        self.set_accounts([*self._accounts, stored])
        self.select_account(stored.id)
        self.accounts_changed.emit(list(self._accounts))

    def _show_error(self, error: BaseException) -> None:
        text = (
            render_message(error.message_id, error.params)
            if isinstance(error, SecguardError)
            else render_message("storage.error", None)
        )
        self._messages.show_message("action", text, BannerKind.ERROR)

    # --- view ---------------------------------------------------------------------

    def _on_selection(self, _index: int) -> None:
        self._update_buttons()
        self.selection_changed.emit()

    def _update_buttons(self) -> None:
        chosen = self.selected_account() is not None
        self.remove_account_button.setEnabled(chosen)
        self.rename_account_button.setEnabled(chosen)

    def _elsewhere_text(self) -> str:
        if self._none_text is not None:
            return self._none_text()
        return self.tr("A password I use elsewhere (not saved)")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._account_label.setText(self.tr("&Account:"))
        self._new_label.setText(self.tr("New account:"))
        self._name_label.setText(self.tr("Name:"))
        self._broker_label.setText(self.tr("Broker:"))
        self.account_combo.setAccessibleName(self.tr("Account"))
        self.new_account_label.setAccessibleName(self.tr("Name of the new account"))
        self.new_account_broker.setAccessibleName(self.tr("Broker of the new account"))
        self.new_account_label.setPlaceholderText(self.tr("a name, e.g. My SBI account"))
        self.add_account_button.setText(self.tr("Add a&ccount"))
        self.remove_account_button.setText(self.tr("Re&move"))
        self.rename_account_button.setText(self.tr("Re&name"))
        self.new_account_broker.retranslate()
        if self.account_combo.count():
            self.account_combo.setItemText(0, self._elsewhere_text())
