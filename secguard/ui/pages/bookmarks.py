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

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secguard.core.bookmark_trust import BookmarkTrust, FakeBookmark, refuse_fakes
from secguard.core.bookmarks import (
    Bookmark,
    InvalidBookmark,
    InvalidBookmarkFile,
    new_bookmark,
    normalise_label,
)
from secguard.core.brokers import Broker, Directory
from secguard.core.checklist import CheckState, Precaution
from secguard.core.errors import SecguardError
from secguard.core.links import LinkJudge
from secguard.i18n import broker_params, render_message
from secguard.resources import broker_directory
from secguard.storage.bookmark_files import read_bookmark_file, write_bookmark_file
from secguard.storage.browsers import BrowserProfile, find_profiles
from secguard.storage.errors import ImportStopped, StorageError, StorageState
from secguard.storage.vault import KeyringVault, VaultContents
from secguard.ui.banner import BannerKind
from secguard.ui.broker_combo import BrokerCombo
from secguard.ui.browser import Browser
from secguard.ui.file_dialog import file_dialog
from secguard.ui.pages.bookmark_table import BookmarkTable
from secguard.ui.pages.browser_scan_panel import BrowserScanPanel
from secguard.ui.pages.common import StepPage
from secguard.ui.parts.actions import primary, risky, secondary
from secguard.ui.parts.flow import FlowLayout
from secguard.ui.parts.scaffold import action_row
from secguard.ui.parts.state_banner import StateBanner
from secguard.ui.parts.text import Body
from secguard.ui.undo import UndoableRemoval
from secguard.ui.vault_client import VaultClient


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
        browser: Browser | None = None,
        *,
        directory: Directory | None = None,
        language: Callable[[], str] = lambda: "en",
        profiles: Callable[[], list[BrowserProfile]] = find_profiles,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(precaution, parent)
        self._client = client
        self._browser = browser or Browser()
        self._directory = directory or broker_directory()
        self._language = language
        self._judge = LinkJudge(self._directory)
        self._confirmed_url: str | None = None
        self._pending_url: str | None = None
        self._fake_of: Broker | None = None
        self._bookmarks: list[Bookmark] = []
        self._loading = False
        self._storage_usable = True
        self._importing = False

        self._removal = UndoableRemoval[Bookmark](self.messages, self._restore)

        self._loading_box = self._build_loading_row()
        self._list_section = self.add_section()
        buttons = self._build_list()
        # One area for the list, its empty note or the loading row, so the
        # page keeps its shape whichever is shown.
        self._list_area = QStackedWidget()
        for widget in (self.table, self._empty, self._loading_box):
            self._list_area.addWidget(widget)
        self._list_section.add(self._list_area)
        self._list_section.add(buttons)
        self._add_section = self.add_section()
        self._add_box = self._build_add_form()
        self._add_section.add(self._add_box)
        self.scan_panel = BrowserScanPanel(self._directory, language, profiles)
        self.add(self.scan_panel)
        self.end()
        self._retranslate()
        self._render()

    def _build_loading_row(self) -> QWidget:
        self._progress = QProgressBar()
        self._progress.setRange(0, 0)  # busy: the keyring gives no progress of its own
        self._progress.setMaximumHeight(10)
        self._progress.setTextVisible(False)
        self._progress_label = Body()
        box = QWidget()
        outer = QVBoxLayout(box)
        outer.addWidget(self._progress_label)
        outer.addWidget(self._progress)
        outer.addStretch(1)
        return box

    def _build_list(self) -> FlowLayout:
        self.table = BookmarkTable(self._judge, self._directory, self._language)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._empty = Body()
        self._empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.open_button = primary()
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = secondary()
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button = secondary()
        self.export_button.clicked.connect(self.choose_export_file)
        self.import_button = secondary()
        self.import_button.clicked.connect(self.choose_import_file)
        return action_row(
            self.open_button, self.delete_button, self.export_button, self.import_button
        )

    def _build_add_form(self) -> QWidget:
        self.broker_combo = BrokerCombo(self._directory.brokers, self._language)
        self.add_broker_button = primary()
        self.add_broker_button.clicked.connect(self.add_selected_broker)
        self.warning = StateBanner()
        self.warning.hide()
        self.real_site_button = primary()
        self.real_site_button.clicked.connect(self._add_real_site)
        self.confirm_button = risky()
        self.confirm_button.clicked.connect(self._confirm_unknown_site)
        self.warning.action_row.addWidget(self.real_site_button)
        self.warning.action_row.addWidget(self.confirm_button)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://")
        self.url_edit.returnPressed.connect(self.add_from_form)
        self.label_edit = QLineEdit()
        self.label_edit.returnPressed.connect(self.add_from_form)
        self.add_button = secondary()
        self.add_button.clicked.connect(self.add_from_form)
        self.form_error = Body()
        self.form_error.setStyleSheet("color: #a50e0e;")
        self.form_error.hide()
        box = QWidget()
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setContentsMargins(0, 0, 0, 0)
        self._url_label = QLabel()
        self._url_label.setBuddy(self.url_edit)
        self._name_label = QLabel()
        self._name_label.setBuddy(self.label_edit)
        self._broker_label = QLabel()
        self._broker_label.setBuddy(self.broker_combo)
        self._custom_note = Body()
        form.addRow(self._broker_label, self.broker_combo)
        form.addRow(action_row(self.add_broker_button))
        form.addRow(self._custom_note)
        form.addRow(self._url_label, self.url_edit)
        form.addRow(self._name_label, self.label_edit)
        form.addRow(self.form_error)
        form.addRow(self.warning)
        form.addRow(action_row(self.add_button))
        return box

    # --- data ------------------------------------------------------------

    def bookmarks(self) -> list[Bookmark]:
        return list(self._bookmarks)

    def is_loading(self) -> bool:
        return self._loading

    def show_loading(self) -> None:
        self._loading = True
        self._render()

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
        if bookmark is not None and not self._browser.open(bookmark.url):
            self.messages.show_message(
                "action", self.tr("The browser could not be started."), BannerKind.ERROR
            )

    def add_from_form(self) -> None:
        """Save the typed address: never a fake, and an unknown site only after a warning."""
        self._hide_warning()
        try:
            bookmark = new_bookmark(self.url_edit.text(), self.label_edit.text())
            verdict = refuse_fakes(bookmark.url, self._judge)
        except FakeBookmark as error:
            self._warn_fake(error)
            return
        except InvalidBookmark as error:
            self._show_form_error(error)
            return
        if verdict.trust is BookmarkTrust.UNKNOWN_SITE and self._confirmed_url != bookmark.url:
            self._warn_unknown(bookmark.url)
            return
        self._save(bookmark)

    def _warn_fake(self, error: FakeBookmark) -> None:
        broker = self._directory.get(error.params.get("broker"))
        self.warning.set_state(
            CheckState.RISK,
            self.tr("This address is a fake. It cannot be saved."),
            render_message(error.message_id, broker_params(error.params, self._language())),
        )
        self._fake_of = broker
        self.real_site_button.setVisible(broker is not None)
        if broker is not None:
            self.real_site_button.setText(
                self.tr("Add the real {broker} site instead").format(
                    broker=broker.name(self._language())
                )
            )
        self.confirm_button.hide()
        self.warning.show()
        self.reveal(self.warning)

    def _warn_unknown(self, url: str) -> None:
        self.warning.set_state(
            CheckState.ATTENTION,
            self.tr("This is not a broker site secguard knows."),
            self.tr(
                "If it is your broker's log-in page, check the address letter by letter against "
                "your broker's letters or contract before saving it. A bookmark to a fake site "
                "is dangerous, because you will trust it."
            ),
        )
        self._pending_url = url
        self.real_site_button.hide()
        self.confirm_button.show()
        self.warning.show()
        self.reveal(self.warning)

    def _hide_warning(self) -> None:
        self.warning.hide()
        self.form_error.hide()

    def _confirm_unknown_site(self) -> None:
        self._confirmed_url = self._pending_url
        self.add_from_form()

    def _add_real_site(self) -> None:
        broker = self._fake_of
        if broker is not None:
            self._hide_warning()
            self.url_edit.clear()
            self._save(new_bookmark(broker.entry_url, broker.name(self._language()), broker.id))

    def add_selected_broker(self) -> None:
        broker = self._directory.get(self.broker_combo.currentData())
        if broker is None:
            return
        self._save(new_bookmark(broker.entry_url, broker.name(self._language()), broker.id))

    def _save(self, bookmark: Bookmark) -> None:
        self._hide_warning()
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

    def _restore(self, bookmark: Bookmark) -> None:
        self._client.request(
            lambda vault: vault.add_bookmark(bookmark),
            on_success=self._on_added,
            on_failure=self._on_failure,
        )

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
        dialog = file_dialog(self, mode, self.tr("Bookmark files (*.json)"))
        dialog.setDefaultSuffix("json")
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
        """Check the whole file first; then add what is new, on the keyring worker.

        Progress is shown in the banner as the chunks are stored; an import
        that stops says how many entries are stored and that importing the
        file again completes it.
        """
        try:
            incoming = read_bookmark_file(path)
        except InvalidBookmarkFile as error:
            self._show_file_error(error)
            return
        total = len(incoming)
        # Written on the worker before any failure is raised: the reports reach
        # this thread as queued signals, possibly after the failure does.
        handled = [0]

        def run(vault: KeyringVault, report: Callable[[int, int], None]) -> object:
            def progress(done: int, of: int) -> None:
                handled[0] = done
                report(done, of)

            return vault.import_bookmarks(incoming, progress=progress)

        self.import_button.setEnabled(False)
        self._importing = True
        self._show_import_progress(0, total)
        self._client.request_with_progress(
            run,
            on_progress=self._show_import_progress,
            on_success=self._on_imported,
            on_failure=lambda error: self._on_import_failed(error, handled[0], total),
        )

    def _show_import_progress(self, done: int, total: int) -> None:
        if not self._importing:
            return  # a report queued behind the result: the result's banner stays
        self.messages.show_message(
            "action",
            self.tr("Importing bookmarks: {done} of {total}").format(done=done, total=total),
            BannerKind.INFO,
        )

    def _on_import_failed(self, error: BaseException, done: int, total: int) -> None:
        self._importing = False
        self._update_buttons()
        if not isinstance(error, StorageError):
            self._on_failure(error)
            return
        stopped = ImportStopped(error, done=done, total=total)
        text = " ".join(render_message(e.message_id, e.params) for e in (stopped.cause, stopped))
        # What was stored is shown: the list is read again from the keyring.
        self._client.request(lambda vault: vault.load(), on_success=self._on_reloaded)
        self.messages.show_message("action", text, BannerKind.ERROR)

    def _on_reloaded(self, contents: VaultContents) -> None:
        self.set_bookmarks(contents.bookmarks)
        self.bookmarks_changed.emit(list(self._bookmarks))

    def _on_imported(self, result: tuple[list[Bookmark], int]) -> None:
        added, skipped = result
        self._importing = False
        self._update_buttons()
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
        for problem in error.errors:
            lines.append(
                self.tr("Entry {number}: {problem}").format(
                    number=problem.number,
                    problem=render_message(problem.message_id, problem.params),
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
        self._render()
        self.bookmarks_changed.emit(list(self._bookmarks))
        self._removal.removed(bookmark, self.tr("Deleted “{label}”.").format(label=bookmark.label))

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
        self.table.show_bookmarks(self._bookmarks)
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
        self.intro.setText(
            self.tr(
                "Phishing e-mails and SMS link to copies of brokers' log-in pages. Open your "
                "broker only from a bookmark you saved yourself. secguard keeps these bookmarks "
                "in your computer's protected password store."
            )
        )
        self._list_section.heading.setText(self.tr("Your broker bookmarks"))
        self._add_section.heading.setText(self.tr("Add a bookmark"))
        self._custom_note.setText(
            self.tr("Or type the address of your broker's log-in page yourself:")
        )
        self._progress_label.setText(self.tr("Loading your bookmarks…"))
        self.table.retranslate()
        self.url_edit.setAccessibleName(self.tr("Address"))
        self.label_edit.setAccessibleName(self.tr("Name"))
        self.broker_combo.setAccessibleName(self.tr("Broker"))
        if self._storage_usable:
            self._empty.setText(self.tr("No bookmarks yet. Add your broker's address below."))
        else:
            self._empty.setText(
                self.tr(
                    "Your bookmarks cannot be shown until the protected password store "
                    "(the system keyring) can be used."
                )
            )
        self.open_button.setText(self.tr("&Open in browser"))
        self.delete_button.setText(self.tr("&Delete"))
        self.export_button.setText(self.tr("&Export…"))
        self.import_button.setText(self.tr("&Import…"))
        self._url_label.setText(self.tr("&Address:"))
        self._name_label.setText(self.tr("&Name:"))
        self.label_edit.setPlaceholderText(self.tr("optional, e.g. My broker"))
        self.add_button.setText(self.tr("Save &bookmark"))
        self._broker_label.setText(self.tr("Bro&ker:"))
        self.add_broker_button.setText(self.tr("Add its official si&te"))
        self.confirm_button.setText(self.tr("I have checked it: save it anyway"))
        self.broker_combo.retranslate()
