"""The window's side of the keyring: reading it, repairing it, and saying what went wrong.

A mixin of ``MainWindow`` (kept apart so that the window stays one screenful
of reading per concern): it fills the pages that show stored data and the
storage banner, and keeps what the checks may know (``stored_data``).
Strings are translated in the context ``WindowStorage``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from secguard.core.errors import SecguardError
from secguard.core.stored import StorageState, StoredData
from secguard.i18n import render_message
from secguard.storage.errors import StorageSlow
from secguard.ui.banner import BannerKind

if TYPE_CHECKING:
    from secguard.core.bookmarks import Bookmark
    from secguard.core.progress import Progress
    from secguard.storage.vault import VaultContents
    from secguard.ui.banner import MessageArea
    from secguard.ui.brand import Brand
    from secguard.ui.language import LanguageController
    from secguard.ui.pages.bookmarks import BookmarksPage
    from secguard.ui.pages.links import LinksPage
    from secguard.ui.pages.mfa import MfaPage
    from secguard.ui.pages.passwords import PasswordsPage
    from secguard.ui.vault_client import VaultClient


class WindowStorage:
    """Needs, from the window: the attributes below and ``refresh_results``,
    ``_save_progress`` and ``_on_bookmarks_changed``."""

    _client: VaultClient
    _contents: VaultContents | None
    _storage_problem: str | None
    _loading: bool
    _bookmark_pages: list[BookmarksPage]
    _links_page: LinksPage | None
    _passwords_page: PasswordsPage | None
    _mfa_page: MfaPage | None
    _brand: Brand | None
    _languages: LanguageController
    messages: MessageArea
    progress: Progress

    def refresh_results(self) -> None:
        raise NotImplementedError

    def _save_progress(self) -> None:
        raise NotImplementedError

    def _on_bookmarks_changed(self, bookmarks: list[Bookmark]) -> None:
        raise NotImplementedError

    def stored_data(self) -> StoredData:
        """What the checks may know of the keyring right now."""
        if self._contents is not None:
            return StoredData.read(self._contents.bookmarks, self._contents.accounts)
        if self._storage_problem is not None:
            return StoredData.failed(self._client.state, self._storage_problem)
        return StoredData.loading()

    def load_storage(self) -> None:
        """Read everything stored, on the keyring worker; the window stays usable."""
        self._loading = True
        for page in self._bookmark_pages:
            page.show_loading()
        self._client.request(
            lambda vault: vault.load(),
            on_success=self._on_loaded,
            on_failure=self._show_storage_problem,
        )

    def _on_loaded(self, contents: VaultContents) -> None:
        self._loading = False
        self._contents = contents
        self._storage_problem = None
        for page in self._bookmark_pages:
            page.set_bookmarks(contents.bookmarks)
        if self._links_page is not None:
            self._links_page.set_bookmarks(contents.bookmarks)
        if self._passwords_page is not None:
            self._passwords_page.set_accounts(contents.accounts)
        if self._mfa_page is not None:
            self._mfa_page.set_bookmarks(contents.bookmarks)
            self._mfa_page.set_accounts(contents.accounts)
        self._add_brand_bookmark(contents)
        if any(item.reason == "storage.index_damaged" for item in contents.set_aside):
            banner = self.messages.show_message(
                "storage",
                render_message("storage.index_damaged", None),
                BannerKind.WARNING,
                action_text=QCoreApplication.translate("WindowStorage", "Repair"),
            )
            banner.action_triggered.connect(self.repair_storage, Qt.ConnectionType.UniqueConnection)
        elif contents.set_aside:
            self.messages.show_message(
                "storage",
                QCoreApplication.translate(
                    "WindowStorage",
                    "Stored entries that could not be read: {count}. They were kept as they "
                    "are, not deleted; support can help recover them.",
                ).format(count=len(contents.set_aside)),
                BannerKind.WARNING,
            )
        elif contents.repaired:
            self.messages.show_message(
                "storage",
                QCoreApplication.translate(
                    "WindowStorage",
                    "An interrupted save was found and completed. Nothing was lost.",
                ),
                BannerKind.INFO,
                hide_after_ms=8000,
            )
        else:
            self.messages.clear("storage")
        self.refresh_results()

    def repair_storage(self) -> None:
        """Rebuild a damaged index from the records (the damaged copy is kept aside)."""
        self.messages.clear("storage")
        self._client.request(
            lambda vault: vault.rebuild_index(),
            on_success=self._on_loaded,
            on_failure=self._show_storage_problem,
        )

    def _add_brand_bookmark(self, contents: VaultContents) -> None:
        """At the first start of a branded build, bookmark the brokerage's log-in page."""
        if self._brand is None:
            return
        from secguard.core.preset import first_start_bookmark

        bookmark = first_start_bookmark(
            self._brand.preset,
            self.progress.preset_bookmarks_added,
            contents.bookmarks,
            self._languages.language.value,
        )
        if bookmark is None:
            self._mark_brand_bookmarked()
            return
        self._client.request(
            lambda vault: vault.add_bookmark(bookmark),
            on_success=self._on_brand_bookmark_added,
            # Not marked as done: the next start tries again.
            on_failure=self._show_storage_problem,
        )

    def _on_brand_bookmark_added(self, bookmark: Bookmark) -> None:
        self._mark_brand_bookmarked()
        if self._contents is not None:
            bookmarks = [*self._contents.bookmarks, bookmark]
            for page in self._bookmark_pages:
                page.set_bookmarks(bookmarks)
            self._on_bookmarks_changed(bookmarks)

    def _mark_brand_bookmarked(self) -> None:
        if self._brand is None or self._brand.preset.id in self.progress.preset_bookmarks_added:
            return
        self.progress.preset_bookmarks_added.append(self._brand.preset.id)
        self._save_progress()

    def _show_storage_problem(self, error: BaseException) -> None:
        if not isinstance(error, StorageSlow):
            self._loading = False
            for page in self._bookmark_pages:
                page.set_bookmarks([] if self._contents is None else self._contents.bookmarks)
        if not isinstance(error, SecguardError):
            error = SecguardError("storage.error")
        if not isinstance(error, StorageSlow) and self._contents is None:
            self._storage_problem = error.message_id
            self.refresh_results()
        kind = (
            BannerKind.ERROR
            if self._client.state is StorageState.UNAVAILABLE
            else BannerKind.WARNING
        )
        retry = self._client.state in {StorageState.LOCKED, StorageState.UNAVAILABLE}
        banner = self.messages.show_message(
            "storage",
            render_message(error.message_id, error.params),
            kind,
            action_text=QCoreApplication.translate("WindowStorage", "Try again") if retry else None,
        )
        if retry:
            banner.action_triggered.connect(self.load_storage, Qt.ConnectionType.UniqueConnection)

    def _on_storage_state(self, code: str) -> None:
        state = StorageState(code)
        for page in self._bookmark_pages:
            page.set_storage_state(state)
