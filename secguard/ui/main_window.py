"""The main window: a numbered sidebar (overview, 1-7) beside the pages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from secguard import __version__
from secguard.core.checklist import (
    PRECAUTIONS,
    CheckResult,
    CheckState,
    PrecautionId,
    SummaryKind,
    summarize,
)
from secguard.core.clock import now_iso
from secguard.core.progress import Progress
from secguard.i18n import PRECAUTION_SHORT_TITLES, Language
from secguard.storage.progress import ProgressStore
from secguard.ui.badge import state_dot
from secguard.ui.banner import BannerKind, MessageArea
from secguard.ui.language import LanguageController
from secguard.ui.pages.overview import OverviewPage
from secguard.ui.review_keeper import Notifier
from secguard.ui.review_pages import ReviewPages
from secguard.ui.system_check import SYSTEM_STEPS, SystemCheck, while_checking
from secguard.ui.vault_client import VaultClient
from secguard.ui.window_storage import WindowStorage

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPixmap

    from secguard.core.accounts import AccountRecord
    from secguard.core.bookmarks import Bookmark
    from secguard.core.browser_scan import ScanReport
    from secguard.core.system.runner import SystemAccess
    from secguard.storage.vault import VaultContents
    from secguard.ui.about import AboutDialog
    from secguard.ui.brand import Brand, BrandStrip
    from secguard.ui.pages.bookmarks import BookmarksPage
    from secguard.ui.pages.links import LinksPage
    from secguard.ui.pages.mfa import MfaPage
    from secguard.ui.pages.passwords import PasswordsPage

OVERVIEW_INDEX = 0
FORGET_AFTER_MINIMISED_MS = 60_000


SIDEBAR_MAX_WIDTH = 260


class MainWindow(WindowStorage, QMainWindow):
    """Signals: none of its own; pages and menus act through their own objects."""

    _mfa_page: MfaPage | None = None  # step 3, once built

    def __init__(
        self,
        languages: LanguageController,
        client: VaultClient,
        progress_store: ProgressStore | None = None,
        progress: Progress | None = None,
        *,
        clock: Callable[[], str] = now_iso,
        brand: Brand | None = None,
        system: SystemAccess | None = None,
        notifier: Notifier | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # ``system``: the machine steps 6 and 7 probe (None: this one).
        self._clock, self._notifier = clock, notifier
        self._brand = brand
        self._brand_strip: BrandStrip | None = None
        self.system_check = self._watch(SystemCheck(system, clock, self))
        self._languages = languages
        self._client = client
        self._progress_store = progress_store
        self.progress = progress or Progress()
        self._about: AboutDialog | None = None
        self._states: list[CheckState] = [CheckState.UNKNOWN] * len(PRECAUTIONS)
        self._dots: dict[CheckState, QPixmap] = {}  # one painted dot per state, shared
        self._contents: VaultContents | None = None
        self._storage_problem: str | None = None
        self._bookmark_pages: list[BookmarksPage] = []
        self._loading = False
        self._links_page: LinksPage | None = None
        self._page_factories: dict[PrecautionId, Callable[[], QWidget]] = {
            PrecautionId.NO_LINKS: self._make_links_page,
            PrecautionId.BOOKMARKS: self._make_bookmarks_page,
            PrecautionId.MFA: self._make_mfa_page,
            PrecautionId.PASSWORDS: self._make_passwords_page,
            PrecautionId.UPDATES: self._make_updates_page,
            PrecautionId.ANTI_MALWARE: self._make_anti_malware_page,
            # A lambda: self.review is made in _build_layout, after this table.
            PrecautionId.ACCOUNT_REVIEW: lambda: self.review.make_review_page(),  # noqa: PLW0108
        }
        self._passwords_page: PasswordsPage | None = None
        self._forget_timer = self._forget_when_minimised()

        self._build_sidebar_and_pages()
        self._build_layout()
        self._status_label = QLabel()
        self.statusBar().addWidget(self._status_label, 1)
        self._version_label = QLabel(f"secguard {__version__}")
        self.statusBar().addPermanentWidget(self._version_label)
        self._build_menus()
        languages.language_changed.connect(self._on_language_changed)
        client.state_changed.connect(self._on_storage_state)
        client.slow.connect(lambda _id, error: self._show_storage_problem(error))
        self._retranslate()
        self.resize(self._opening_size())

    def _build_sidebar_and_pages(self) -> None:
        self.messages = MessageArea()
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(14, 14))
        self.sidebar.setSpacing(2)
        # Long titles wrap onto a second line rather than hiding behind a scroll bar.
        self.sidebar.setWordWrap(True)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.pages = QStackedWidget()
        self.overview = OverviewPage()
        self.overview.open_requested.connect(self.open_precaution)
        self.pages.addWidget(self.overview)
        self.sidebar.addItem(QListWidgetItem())
        # Each precaution's page is built when first opened, so the window
        # appears without paying for seven pages nobody has looked at yet.
        self._built = [True] + [False] * len(PRECAUTIONS)
        for _ in PRECAUTIONS:
            self.pages.addWidget(QWidget())
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.DecorationRole, self._dot(CheckState.UNKNOWN))
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self._show_page)
        self.sidebar.setCurrentRow(OVERVIEW_INDEX)

    def _opening_size(self) -> QSize:
        """1000x680, or less where the screen (without its taskbar) is smaller."""
        wanted = QSize(1000, 680)
        screen = self.screen()
        room = screen.availableGeometry().size() * 0.92
        return wanted.boundedTo(room).expandedTo(QSize(640, 480))

    def _fit_sidebar(self) -> None:
        """As wide as its longest title at the current text size, at most 260 px (the titles
        wrap beyond that), so that the page keeps room on an 800-pixel-wide screen."""
        metrics = self.sidebar.fontMetrics()
        texts = [self.sidebar.item(row).text() for row in range(self.sidebar.count())]
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        icon = self.sidebar.iconSize().width()
        self.sidebar.setFixedWidth(min(widest + icon + 48, SIDEBAR_MAX_WIDTH))
        self.review.button.setFixedWidth(self.sidebar.width())

    def _build_layout(self) -> None:
        # Step 5, the playbook and the report (issue 15); the playbook's button sits under
        # the steps, so it can be reached from every page.
        self.review = ReviewPages(self, self._clock, self._save_progress, self._notifier)
        right = QVBoxLayout()
        right.setContentsMargins(0, 8, 8, 0)
        right.addWidget(self.messages)
        right.addWidget(self.pages, 1)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        if self._brand is not None:
            from secguard.ui.brand import BrandStrip

            self._brand_strip = BrandStrip(self._brand)
            self._brand_strip.setMaximumWidth(self.sidebar.maximumWidth())
            left.addWidget(self._brand_strip)
            self.setWindowIcon(self._brand.icon())
        left.addWidget(self.sidebar, 1)
        left.addWidget(self.review.button)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(8, 8, 0, 0)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)

    # --- public API -----------------------------------------------------

    def set_results(self, results: Sequence[CheckResult]) -> None:
        self._states = [result.state for result in results]
        self.overview.set_results(results)
        for number, state in enumerate(self._states, start=1):
            item = self.sidebar.item(number)
            if item is not None:
                item.setData(Qt.ItemDataRole.DecorationRole, self._dot(state))
        self._update_status()

    def _dot(self, state: CheckState) -> QPixmap:
        if state not in self._dots:
            self._dots[state] = state_dot(state)
        return self._dots[state]

    def open_precaution(self, number: int) -> None:
        self.sidebar.setCurrentRow(number)

    @property
    def language(self) -> Language:
        return self._languages.language

    def show_extra_page(self, page: QWidget) -> None:
        """A page without a step number (the playbook, the report), beside the seven."""
        if self.pages.indexOf(page) < 0:
            self.pages.addWidget(page)
        blocked = self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(-1)
        self.sidebar.blockSignals(blocked)
        self.pages.setCurrentWidget(page)

    def _show_page(self, row: int) -> None:
        self._ensure_page(row)
        self.pages.setCurrentIndex(row)

    def _ensure_page(self, row: int) -> None:
        if 0 < row < len(self._built) and not self._built[row]:
            placeholder = self.pages.widget(row)
            item = PRECAUTIONS[row - 1]
            self.pages.insertWidget(row, self._page_factories[item.id]())
            if placeholder is not None:
                self.pages.removeWidget(placeholder)
                placeholder.deleteLater()
            self._built[row] = True

    def _make_bookmarks_page(self) -> BookmarksPage:
        from secguard.resources import broker_directory
        from secguard.ui.pages.bookmarks import BookmarksPage  # built on first visit only

        page = BookmarksPage(
            PRECAUTIONS[1],
            self._client,
            directory=broker_directory(),
            language=lambda: self._languages.language.value,
        )
        page.bookmarks_changed.connect(self._on_bookmarks_changed)
        page.scan_panel.scanned.connect(self._on_browser_scan)
        page.set_storage_state(self._client.state)
        if self._contents is not None:
            page.set_bookmarks(self._contents.bookmarks)
        elif self._loading:
            page.show_loading()
        self._bookmark_pages.append(page)
        return page

    def _make_links_page(self) -> LinksPage:
        from secguard.resources import broker_directory
        from secguard.ui.pages.links import LinksPage  # built on first visit only

        page = LinksPage(
            PRECAUTIONS[0], broker_directory(), language=lambda: self._languages.language.value
        )
        if self._contents is not None:
            page.set_bookmarks(self._contents.bookmarks)
        page.set_promised(PrecautionId.NO_LINKS.value in self.progress.completed_steps)
        page.promised.connect(self._on_links_promised)
        self._links_page = page
        return page

    def _make_passwords_page(self) -> PasswordsPage:
        from secguard.ui.pages.passwords import PasswordsPage  # built on first visit only

        page = PasswordsPage(
            PRECAUTIONS[3],
            self._client,
            language=lambda: self._languages.language.value,
            clock=self._clock,
        )
        if self._contents is not None:
            page.set_accounts(self._contents.accounts)
        page.accounts_changed.connect(self._on_accounts_changed)
        self._passwords_page = page
        return page

    def _forget_when_minimised(self) -> QTimer:
        """Minimised for this long, the password page forgets what was typed."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(FORGET_AFTER_MINIMISED_MS)
        timer.timeout.connect(self._forget_secrets)
        return timer

    def _watch(self, check: SystemCheck) -> SystemCheck:
        """The overview says "checking" while steps 6 and 7 are probed, then their state."""
        check.started.connect(self.refresh_results)
        check.finished.connect(lambda _report: self.refresh_results())
        return check

    def _make_updates_page(self) -> QWidget:
        from secguard.ui.pages.updates import UpdatesPage  # built on first visit only

        return UpdatesPage(PRECAUTIONS[5], self.system_check)

    def _make_anti_malware_page(self) -> QWidget:
        from secguard.ui.pages.anti_malware import AntiMalwarePage  # built on first visit only

        return AntiMalwarePage(PRECAUTIONS[6], self.system_check)

    def _make_mfa_page(self) -> MfaPage:
        from secguard.resources import broker_directory
        from secguard.ui.pages.mfa import MfaPage  # built on first visit only

        page = MfaPage(
            PRECAUTIONS[2],
            self._client,
            broker_directory(),
            language=lambda: self._languages.language.value,
            clock=self._clock,
        )
        if self._contents is not None:
            page.set_bookmarks(self._contents.bookmarks)
            page.set_accounts(self._contents.accounts)
        page.accounts_changed.connect(self._on_accounts_changed)
        self._mfa_page = page
        return page

    def _on_accounts_changed(self, accounts: list[AccountRecord]) -> None:
        if self._contents is not None:
            self._contents.accounts = list(accounts)
        # The other page must not keep (and later store) an older copy of an account.
        for page in (self._passwords_page, self._mfa_page):
            if page is not None and page is not self.sender():
                page.set_accounts(accounts)
        self.refresh_results()

    def _forget_secrets(self) -> None:
        for page in (self._passwords_page, self._mfa_page):
            if page is not None:
                page.clear_secrets()

    def _on_links_promised(self) -> None:
        if PrecautionId.NO_LINKS.value not in self.progress.completed_steps:
            self.progress.completed_steps.append(PrecautionId.NO_LINKS.value)
        self._save_progress()
        self.refresh_results()

    def _on_browser_scan(self, report: ScanReport) -> None:
        from secguard.core.links import Verdict
        from secguard.core.progress import ScanSummary

        self.progress.browser_scan = ScanSummary(
            at=self._clock(),
            bookmarks=report.bookmarks,
            lookalikes=report.count(Verdict.LOOKALIKE),
            suspicious=report.count(Verdict.SUSPICIOUS),
        )
        self._save_progress()
        self.refresh_results()

    def _on_bookmarks_changed(self, bookmarks: list[Bookmark]) -> None:
        if self._contents is not None:
            self._contents.bookmarks = list(bookmarks)
        for page in (self._links_page, self._mfa_page):
            if page is not None:
                page.set_bookmarks(bookmarks)
        self.refresh_results()

    def refresh_results(self) -> None:
        """Recompute the overview from what is known now (progress file, keyring)."""
        from secguard.core.checks import current_results
        from secguard.core.review import parse_time
        from secguard.resources import broker_directory

        check = self.system_check
        stored = self.stored_data()
        # The directory (a 17 ms parse) matters to step 3 only once accounts are known:
        # not for the overview's first paint.
        directory = broker_directory() if stored.accounts else None
        self.review.stored_changed(stored)
        at = parse_time(self._clock())
        results = current_results(
            self.progress, stored, directory=directory, system=check.report, at=at
        )
        self.set_results(while_checking(results, check.running))
        self.overview.set_busy(SYSTEM_STEPS if check.running else ())

    def _save_progress(self) -> None:
        if self._progress_store is None:
            return
        try:
            self._progress_store.save(self.progress)
        except OSError:
            self.messages.show_message(
                "progress",
                self.tr("Your progress could not be saved for next time."),
                BannerKind.WARNING,
            )

    def page_for(self, precaution_id: PrecautionId) -> QWidget | None:
        row = next(p.number for p in PRECAUTIONS if p.id is precaution_id)
        self._ensure_page(row)
        return self.pages.widget(row)

    def show_progress_set_aside(self, path_name: str) -> None:
        self.messages.show_message(
            "progress",
            self.tr(
                "Your saved progress could not be read. It was kept as {name} and secguard "
                "started afresh; your bookmarks are not affected."
            ).format(name=path_name),
            BannerKind.WARNING,
        )

    @property
    def stored_bookmarks(self) -> list[Bookmark] | None:
        """The bookmarks read from the keyring, or None before they were read."""
        return None if self._contents is None else list(self._contents.bookmarks)

    def current_page(self) -> QWidget | None:
        return self.pages.currentWidget()

    def status_text(self) -> str:
        return self._status_label.text()

    # --- menus ----------------------------------------------------------

    def install_shortcuts(self) -> None:
        """The platform's Quit keys, Ctrl+0 for the overview and Ctrl+1..7 for the steps
        ("press Ctrl and 3", on the phone).

        ui/app.py calls this on the event-loop turn after the first paint, with the
        keyring and the probes: no key reaches a window before it is there, and
        QKeySequence's Python type, with its standard keys, is 6 M instructions of
        start-up (tests/benchmarks/bench_startup.py).
        """
        from PySide6.QtGui import QKeySequence

        self._quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        for index, action in enumerate(self._page_actions):
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))

    def _build_menus(self) -> None:
        self._file_menu = self.menuBar().addMenu("")
        self._playbook_action = self._file_menu.addAction("")
        self._playbook_action.triggered.connect(lambda: self.review.open_playbook(None))
        self._report_action = self._file_menu.addAction("")
        self._report_action.triggered.connect(self.review.open_report)
        self._file_menu.addSeparator()
        self._quit_action = QAction(self)
        self._quit_action.triggered.connect(self.close)
        self._file_menu.addAction(self._quit_action)

        self._view_menu = self.menuBar().addMenu("")
        self._page_actions: list[QAction] = []
        for index in range(len(PRECAUTIONS) + 1):
            action = QAction(self)  # its shortcut: install_shortcuts()
            action.triggered.connect(
                lambda _checked=False, row=index: self.sidebar.setCurrentRow(row)
            )
            self._view_menu.addAction(action)
            self._page_actions.append(action)

        self._language_menu = self.menuBar().addMenu("")
        group = QActionGroup(self)
        group.setExclusive(True)
        self._language_actions: dict[Language, QAction] = {}
        for language in Language:
            # (text, parent) would also match QAction(QIcon, text, parent): PySide would
            # build QIcon's Python type before the first paint, for a menu without icons.
            action = QAction(self, checkable=True)
            action.setText(language.native_name)
            action.setChecked(language is self._languages.language)
            action.triggered.connect(
                lambda _checked=False, lang=language: self.switch_language(lang)
            )
            group.addAction(action)
            self._language_menu.addAction(action)
            self._language_actions[language] = action

        self._help_menu = self.menuBar().addMenu("")
        self._about_action = QAction(self)
        self._about_action.triggered.connect(self.show_about)
        self._help_menu.addAction(self._about_action)

    def switch_language(self, language: Language) -> None:
        try:
            self._languages.switch(language)
        except FileNotFoundError:
            self.messages.show_message(
                "language",
                self.tr(
                    "The translation file is missing, so the language cannot be changed. "
                    "Please reinstall secguard."
                ),
                BannerKind.ERROR,
            )
            self._language_actions[self._languages.language].setChecked(True)

    def show_about(self) -> None:
        if self._about is None:
            # Imported here: reading every package's metadata is not start-up work.
            from secguard.ui.about import AboutDialog

            self._about = AboutDialog(self, brand=self._brand)
        self._about.open()

    # --- events ---------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.WindowStateChange:
            if self.isMinimized():
                self._forget_timer.start()
            else:
                self._forget_timer.stop()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._about is not None:
            self._about.close()
        super().closeEvent(event)

    def _on_language_changed(self, code: str) -> None:
        self._language_actions[self._languages.language].setChecked(True)
        self.progress.language = code
        self._save_progress()

    def _retranslate(self) -> None:
        if self._brand is None:
            self.setWindowTitle(self.tr("secguard: brokerage account self-check"))
        else:
            language = self._languages.language.value
            self.setWindowTitle(
                self.tr("{brand} secguard: brokerage account self-check").format(
                    brand=self._brand.name(language)
                )
            )
            if self._brand_strip is not None:
                self._brand_strip.set_language(language)
        self._file_menu.setTitle(self.tr("&File"))
        self._quit_action.setText(self.tr("&Quit"))
        self._playbook_action.setText(self.tr("Something looks &wrong…"))
        self._report_action.setText(self.tr("Save a &report for support…"))
        self.review.button.setText(self.tr("Something looks wrong"))
        self.review.button.setAccessibleName(self.tr("Something looks wrong: what to do now"))
        self._view_menu.setTitle(self.tr("&Steps"))
        self._language_menu.setTitle(self.tr("&Language"))
        self._help_menu.setTitle(self.tr("&Help"))
        self._about_action.setText(self.tr("&About secguard"))
        overview_item = self.sidebar.item(OVERVIEW_INDEX)
        overview_item.setText(self.tr("Overview"))
        self._page_actions[OVERVIEW_INDEX].setText(self.tr("Overview"))
        for item in PRECAUTIONS:
            title = QCoreApplication.translate("Precautions", PRECAUTION_SHORT_TITLES[item.id])
            self.sidebar.item(item.number).setText(f"{item.number}. {title}")
            self._page_actions[item.number].setText(f"&{item.number}. {title}")
        self.sidebar.setAccessibleName(self.tr("Steps"))
        self._fit_sidebar()
        self._update_status()

    def _update_status(self) -> None:
        summary = summarize(self._states)
        if summary.kind is SummaryKind.ACTION_NEEDED:
            text = self.tr("Need action: {count} of 7 precautions")
        elif summary.kind is SummaryKind.NOT_CHECKED:
            text = self.tr("Not checked yet: {count} of 7 precautions")
        else:
            text = self.tr("All precautions checked")
        self._status_label.setText(text.format(count=summary.count))
