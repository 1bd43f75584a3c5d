"""Step 2: the person's own broker bookmarks, kept in the keyring.

The list loads on the keyring worker; the page shows that it is loading and
never waits.  Adding checks the address first (https only, nothing hidden);
deleting can be undone from the banner.  Opening uses the default browser,
for https addresses only.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secguard.core.bookmarks import (
    Bookmark,
    InvalidBookmark,
    InvalidBookmarkFile,
    new_bookmark,
    normalise_label,
)
from secguard.core.brokers import Directory
from secguard.core.checklist import Precaution
from secguard.core.errors import SecguardError
from secguard.core.links import LinkJudge
from secguard.i18n import broker_params, render_message
from secguard.resources import broker_directory
from secguard.storage.bookmark_files import read_bookmark_file, write_bookmark_file
from secguard.storage.browsers import BrowserProfile, find_profiles
from secguard.storage.errors import StorageState
from secguard.storage.vault import KeyringVault
from secguard.ui.banner import BannerKind, MessageArea
from secguard.ui.pages.browser_scan_panel import BrowserScanPanel
from secguard.ui.pages.common import StepPage
from secguard.ui.vault_client import VaultClient

UrlOpener = Callable[[str], bool]


def open_in_browser(url: str) -> bool:
    if not url.startswith("https://"):
        return False
    return QDesktopServices.openUrl(QUrl(url))


class BookmarksPage(StepPage):
    """Signals:
    bookmarks_changed(object): the list after the person changed it (add, delete,
        undo, rename, import); not when the window sets or reloads it.
    """

    bookmarks_changed = Signal(object)

    def __init__(
        self,
        precaution: Precaution,
        client: VaultClient,
        open_url: UrlOpener = open_in_browser,
        *,
        directory: Directory | None = None,
        language: Callable[[], str] = lambda: "en",
        profiles: Callable[[], list[BrowserProfile]] = find_profiles,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(precaution, parent)
        self._client = client
        self._open_url = open_url
        self._directory = directory or broker_directory()
        self._language = language
        self._judge = LinkJudge(self._directory)
        self._confirmed_url: str | None = None
        self._bookmarks: list[Bookmark] = []
        self._last_deleted: Bookmark | None = None
        self._loading = False
        self._storage_usable = True

        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self.messages = MessageArea()

        self._loading_box = self._build_loading_row()
        buttons = self._build_list()
        self._add_box = self._build_add_form()
        self.scan_panel = BrowserScanPanel(self._directory, language, profiles)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self._title)
        layout.addWidget(self._intro)
        layout.addWidget(self.messages)
        # One area for the list, its empty note or the loading row, so the
        # page keeps its shape whichever is shown.
        self._list_area = QStackedWidget()
        for widget in (self.table, self._empty, self._loading_box):
            self._list_area.addWidget(widget)
        layout.addWidget(self._list_area, 1)
        layout.addLayout(buttons)
        layout.addWidget(self._add_box)
        layout.addWidget(self.scan_panel)
        self._retranslate()
        self._render()

    def _build_loading_row(self) -> QWidget:
        self._progress = QProgressBar()
        self._progress.setRange(0, 0)  # busy: the keyring gives no progress of its own
        self._progress.setMaximumHeight(10)
        self._progress.setTextVisible(False)
        self._progress_label = QLabel()
        loading_row = QHBoxLayout()
        loading_row.addWidget(self._progress_label)
        loading_row.addWidget(self._progress, 1)
        box = QWidget()
        outer = QVBoxLayout(box)
        outer.addLayout(loading_row)
        outer.addStretch(1)
        return box

    def _build_list(self) -> QHBoxLayout:
        self.table = QTableWidget(0, 2)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The name can be edited in place (double-click or F2); the address cannot.
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._empty = QLabel()
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.choose_export_file)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.choose_import_file)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        return buttons

    def _build_add_form(self) -> QGroupBox:
        self.broker_combo = QComboBox()
        self.add_broker_button = QPushButton()
        self.add_broker_button.clicked.connect(self.add_selected_broker)
        self.confirm_button = QPushButton()
        self.confirm_button.clicked.connect(self._confirm_risky_site)
        self.confirm_button.hide()
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://")
        self.url_edit.returnPressed.connect(self.add_from_form)
        self.label_edit = QLineEdit()
        self.label_edit.returnPressed.connect(self.add_from_form)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_from_form)
        self.form_error = QLabel()
        self.form_error.setWordWrap(True)
        self.form_error.setStyleSheet("color: #a50e0e;")
        self.form_error.hide()
        box = QGroupBox()
        form = QFormLayout(box)
        self._url_label = QLabel()
        self._url_label.setBuddy(self.url_edit)
        self._name_label = QLabel()
        self._name_label.setBuddy(self.label_edit)
        broker_row = QHBoxLayout()
        broker_row.addWidget(self.broker_combo, 1)
        broker_row.addWidget(self.add_broker_button)
        self._broker_label = QLabel()
        self._broker_label.setBuddy(self.broker_combo)
        form.addRow(self._broker_label, broker_row)
        form.addRow(self._url_label, self.url_edit)
        form.addRow(self._name_label, self.label_edit)
        form.addRow(self.form_error)
        form.addRow(self.confirm_button)
        form.addRow(self.add_button)
        return box

    # --- data ------------------------------------------------------------

    def bookmarks(self) -> list[Bookmark]:
        return list(self._bookmarks)

    def is_loading(self) -> bool:
        return self._loading

    def show_loading(self) -> None:
        self._loading = True
        self._render()

    def reload(self) -> None:
        self._loading = True
        self._render()
        self._client.request(
            lambda vault: vault.load(),
            on_success=lambda contents: self.set_bookmarks(contents.bookmarks),
            on_failure=self._on_failure,
        )

    def set_bookmarks(self, bookmarks: Sequence[Bookmark]) -> None:
        self._loading = False
        self._bookmarks = list(bookmarks)
        self._render()

    def set_storage_state(self, state: StorageState) -> None:
        self._storage_usable = state in {StorageState.AVAILABLE, StorageState.SLOW}
        self._add_box.setEnabled(self._storage_usable)
        self._retranslate()
        self._render()

    # --- actions ----------------------------------------------------------

    def selected(self) -> Bookmark | None:
        rows = self.table.selectionModel().selectedRows()
        return self._bookmarks[rows[0].row()] if rows else None

    def open_selected(self) -> None:
        bookmark = self.selected()
        if bookmark is not None and not self._open_url(bookmark.url):
            self.messages.show_message(
                "action", self.tr("The browser could not be started."), BannerKind.ERROR
            )

    def add_from_form(self) -> None:
        try:
            bookmark = new_bookmark(self.url_edit.text(), self.label_edit.text())
        except InvalidBookmark as error:
            self._show_form_error(error)
            return
        verdict = self._judge.judge_url(bookmark.url)
        if verdict is not None and verdict.dangerous and self._confirmed_url != bookmark.url:
            # A bookmark is what the person will trust later: make them stop and read.
            reasons = "\n".join(
                "• " + render_message(r.message_id, broker_params(r.params, self._language()))
                for r in verdict.reasons
            )
            self.form_error.setText(
                self.tr("This address does not look safe:\n{reasons}").format(reasons=reasons)
            )
            self.form_error.show()
            self.confirm_button.show()
            return
        self._save(bookmark)

    def _confirm_risky_site(self) -> None:
        try:
            self._confirmed_url = new_bookmark(self.url_edit.text()).url
        except InvalidBookmark:
            return
        self.add_from_form()

    def add_selected_broker(self) -> None:
        broker = self._directory.get(self.broker_combo.currentData())
        if broker is None:
            return
        url = broker.login_url or broker.site_url
        self._save(new_bookmark(url, broker.name(self._language()), broker.id))

    def _save(self, bookmark: Bookmark) -> None:
        self.form_error.hide()
        self.confirm_button.hide()
        self._confirmed_url = None
        self.add_button.setEnabled(False)
        self._client.request(
            lambda vault: vault.add_bookmark(bookmark),
            on_success=self._on_added,
            on_failure=self._on_add_failed,
        )

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        row = item.row()
        if item.column() != 0 or not 0 <= row < len(self._bookmarks):
            return
        old = self._bookmarks[row]
        try:
            label = normalise_label(item.text(), old.url)
        except InvalidBookmark as error:
            self.messages.show_message(
                "action", render_message(error.message_id, error.params), BannerKind.ERROR
            )
            self._render()
            return
        if label == old.label:
            return
        renamed = dataclasses.replace(old, label=label)
        self._client.request(
            lambda vault: vault.update_bookmark(renamed),
            on_success=self._on_renamed,
            on_failure=self._on_failure,
        )

    def _on_renamed(self, bookmark: Bookmark) -> None:
        self._bookmarks = [bookmark if b.id == bookmark.id else b for b in self._bookmarks]
        self._render()
        self.bookmarks_changed.emit(list(self._bookmarks))

    def delete_selected(self) -> None:
        bookmark = self.selected()
        if bookmark is None:
            return
        self._client.request(
            lambda vault: vault.remove_bookmark(bookmark.id),
            on_success=lambda _result: self._on_deleted(bookmark),
            on_failure=self._on_failure,
        )

    def undo_delete(self) -> None:
        bookmark = self._last_deleted
        if bookmark is None:
            return
        self._last_deleted = None
        self.messages.clear("action")

        def restore(vault: KeyringVault) -> Bookmark:
            return vault.add_bookmark(bookmark)

        self._client.request(restore, on_success=self._on_added, on_failure=self._on_failure)

    def choose_export_file(self) -> None:
        dialog = self._file_dialog(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile("secguard-bookmarks.json")
        dialog.fileSelected.connect(lambda name: self.export_to(Path(name)))
        dialog.open()  # not exec(): no nested event loop

    def choose_import_file(self) -> None:
        dialog = self._file_dialog(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.import_from(Path(name)))
        dialog.open()

    def _file_dialog(self, mode: QFileDialog.AcceptMode) -> QFileDialog:
        dialog = QFileDialog(self)
        dialog.setAcceptMode(mode)
        dialog.setNameFilter(self.tr("Bookmark files (*.json)"))
        dialog.setDefaultSuffix("json")
        dialog.finished.connect(dialog.deleteLater)
        return dialog

    def export_to(self, path: Path) -> None:
        """Write the bookmarks shown here (addresses and names only) to ``path``."""
        try:
            write_bookmark_file(path, self._bookmarks)
        except InvalidBookmarkFile as error:
            self._show_file_error(error)
            return
        self.messages.show_message(
            "action",
            self.tr("Bookmarks exported to {file}: {count}.").format(
                count=len(self._bookmarks), file=path.name
            ),
            BannerKind.SUCCESS,
        )

    def import_from(self, path: Path) -> None:
        """Check the whole file first; then add what is new, on the keyring worker."""
        try:
            incoming = read_bookmark_file(path)
        except InvalidBookmarkFile as error:
            self._show_file_error(error)
            return
        self._client.request(
            lambda vault: vault.import_bookmarks(incoming),
            on_success=self._on_imported,
            on_failure=self._on_failure,
        )

    def _on_imported(self, result: tuple[list[Bookmark], int]) -> None:
        added, skipped = result
        self._bookmarks.extend(added)
        self._render()
        self.bookmarks_changed.emit(list(self._bookmarks))
        self.messages.show_message(
            "action",
            self.tr("Bookmarks imported: {added} (already there: {skipped}).").format(
                added=len(added), skipped=skipped
            ),
            BannerKind.SUCCESS,
        )

    def _show_file_error(self, error: InvalidBookmarkFile) -> None:
        lines = [render_message(error.message_id, error.params)]
        for detail in error.errors:
            number, _, message_id = detail.partition(": ")
            lines.append(
                self.tr("Entry {number}: {problem}").format(
                    number=number, problem=render_message(message_id, None)
                )
            )
        self.messages.show_message("action", "\n".join(lines), BannerKind.ERROR)

    # --- results ------------------------------------------------------------

    def _on_added(self, bookmark: Bookmark) -> None:
        self.add_button.setEnabled(True)
        self.url_edit.clear()
        self.label_edit.clear()
        self._bookmarks.append(bookmark)
        self._render()
        self.bookmarks_changed.emit(list(self._bookmarks))
        self.messages.show_message(
            "action",
            self.tr("Saved “{label}”.").format(label=bookmark.label),
            BannerKind.SUCCESS,
            hide_after_ms=4000,
        )

    def _on_add_failed(self, error: BaseException) -> None:
        self.add_button.setEnabled(True)
        self._on_failure(error)

    def _on_deleted(self, bookmark: Bookmark) -> None:
        self._bookmarks = [b for b in self._bookmarks if b.id != bookmark.id]
        self._last_deleted = bookmark
        self._render()
        self.bookmarks_changed.emit(list(self._bookmarks))
        banner = self.messages.show_message(
            "action",
            self.tr("Deleted “{label}”.").format(label=bookmark.label),
            BannerKind.INFO,
            action_text=self.tr("Undo"),
        )
        banner.action_triggered.connect(self.undo_delete, Qt.ConnectionType.UniqueConnection)

    def _on_failure(self, error: BaseException) -> None:
        self._loading = False
        self._render()
        if isinstance(error, SecguardError):
            text = render_message(error.message_id, error.params)
        else:
            text = self.tr("The keyring reported an unexpected problem. Nothing was lost.")
        self.messages.show_message("action", text, BannerKind.ERROR)

    def _show_form_error(self, error: InvalidBookmark) -> None:
        self.form_error.setText(render_message(error.message_id, error.params))
        self.form_error.show()
        self.url_edit.setFocus()

    # --- view ---------------------------------------------------------------

    def _render(self) -> None:
        blocked = self.table.blockSignals(True)  # filling the table is not an edit
        self.table.setRowCount(len(self._bookmarks))
        for row, bookmark in enumerate(self._bookmarks):
            self.table.setItem(row, 0, QTableWidgetItem(bookmark.label))
            address = QTableWidgetItem(bookmark.url)
            address.setFlags(address.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 1, address)
        self.table.blockSignals(blocked)
        if self._loading:
            self._list_area.setCurrentWidget(self._loading_box)
        elif self._bookmarks:
            self._list_area.setCurrentWidget(self.table)
        else:
            self._list_area.setCurrentWidget(self._empty)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_selection = self.selected() is not None
        self.open_button.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection and self._add_box.isEnabled())
        self.export_button.setEnabled(bool(self._bookmarks))
        self.import_button.setEnabled(self._add_box.isEnabled() and not self._loading)

    def _retranslate(self) -> None:
        self._intro.setText(
            self.tr(
                "Phishing e-mails and SMS link to copies of brokers' log-in pages. Open your "
                "broker only from a bookmark you saved yourself. secguard keeps these bookmarks "
                "in your system's keyring."
            )
        )
        self._progress_label.setText(self.tr("Loading your bookmarks…"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Address")])
        if self._storage_usable:
            self._empty.setText(self.tr("No bookmarks yet. Add your broker's address below."))
        else:
            self._empty.setText(
                self.tr("Your bookmarks cannot be shown until the system keyring can be used.")
            )
        self.open_button.setText(self.tr("&Open in browser"))
        self.delete_button.setText(self.tr("&Delete"))
        self.export_button.setText(self.tr("&Export…"))
        self.import_button.setText(self.tr("&Import…"))
        self._add_box.setTitle(self.tr("Add a bookmark"))
        self._url_label.setText(self.tr("&Address:"))
        self._name_label.setText(self.tr("&Name:"))
        self.label_edit.setPlaceholderText(self.tr("optional, e.g. My broker"))
        self.add_button.setText(self.tr("Save &bookmark"))
        self._broker_label.setText(self.tr("Bro&ker:"))
        self.add_broker_button.setText(self.tr("Add its official si&te"))
        self.confirm_button.setText(self.tr("I understand the risk: save anyway"))
        current = self.broker_combo.currentData()
        self.broker_combo.clear()
        for broker in sorted(self._directory.brokers, key=lambda b: b.name(self._language())):
            self.broker_combo.addItem(broker.name(self._language()), broker.id)
        if current is not None:
            self.broker_combo.setCurrentIndex(max(0, self.broker_combo.findData(current)))
