"""The main window: a numbered sidebar (overview, 1-7) beside the pages."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
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
from secguard.core.checklist import PRECAUTIONS, CheckResult, CheckState
from secguard.i18n import PRECAUTION_SHORT_TITLES, Language
from secguard.ui.badge import state_dot
from secguard.ui.banner import BannerKind, MessageBanner
from secguard.ui.language import LanguageController
from secguard.ui.pages.overview import OverviewPage
from secguard.ui.pages.placeholder import PlaceholderPage

if TYPE_CHECKING:
    from secguard.ui.about import AboutDialog

OVERVIEW_INDEX = 0


class MainWindow(QMainWindow):
    def __init__(self, languages: LanguageController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._languages = languages
        self._about: AboutDialog | None = None
        self._states: list[CheckState] = [CheckState.UNKNOWN] * len(PRECAUTIONS)

        self.banner = MessageBanner()
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(14, 14))
        self.sidebar.setMinimumWidth(230)
        self.sidebar.setMaximumWidth(320)
        self.sidebar.setSpacing(2)
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
            item.setData(Qt.ItemDataRole.DecorationRole, state_dot(CheckState.UNKNOWN))
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self._show_page)
        self.sidebar.setCurrentRow(OVERVIEW_INDEX)

        right = QVBoxLayout()
        right.setContentsMargins(0, 8, 8, 0)
        right.addWidget(self.banner)
        right.addWidget(self.pages, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(8, 8, 0, 0)
        layout.addWidget(self.sidebar)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)

        self._status_label = QLabel()
        self.statusBar().addWidget(self._status_label, 1)
        self._version_label = QLabel(f"secguard {__version__}")
        self.statusBar().addPermanentWidget(self._version_label)
        self._build_menus()
        languages.language_changed.connect(self._on_language_changed)
        self.resize(1000, 680)
        self._retranslate()

    # --- public API -----------------------------------------------------

    def set_results(self, results: Sequence[CheckResult]) -> None:
        self._states = [result.state for result in results]
        self.overview.set_results(results)
        for number, state in enumerate(self._states, start=1):
            item = self.sidebar.item(number)
            if item is not None:
                item.setData(Qt.ItemDataRole.DecorationRole, state_dot(state))
        self._update_status()

    def open_precaution(self, number: int) -> None:
        self.sidebar.setCurrentRow(number)

    def _show_page(self, row: int) -> None:
        if 0 < row < len(self._built) and not self._built[row]:
            placeholder = self.pages.widget(row)
            self.pages.insertWidget(row, PlaceholderPage(PRECAUTIONS[row - 1]))
            if placeholder is not None:
                self.pages.removeWidget(placeholder)
                placeholder.deleteLater()
            self._built[row] = True
        self.pages.setCurrentIndex(row)

    def current_page(self) -> QWidget | None:
        return self.pages.currentWidget()

    def status_text(self) -> str:
        return self._status_label.text()

    # --- menus ----------------------------------------------------------

    def _build_menus(self) -> None:
        self._file_menu = self.menuBar().addMenu("")
        self._quit_action = QAction(self)
        self._quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self._quit_action.triggered.connect(self.close)
        self._file_menu.addAction(self._quit_action)

        self._view_menu = self.menuBar().addMenu("")
        self._page_actions: list[QAction] = []
        for index in range(len(PRECAUTIONS) + 1):
            action = QAction(self)
            # Ctrl+0 the overview, Ctrl+1..7 the steps: "press Ctrl and 3" on the phone.
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))
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
            action = QAction(language.native_name, self, checkable=True)
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
            self.banner.show_message(
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

            self._about = AboutDialog(self)
        self._about.open()

    # --- events ---------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._about is not None:
            self._about.close()
        super().closeEvent(event)

    def _on_language_changed(self, _code: str) -> None:
        self._language_actions[self._languages.language].setChecked(True)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("secguard: brokerage account self-check"))
        self._file_menu.setTitle(self.tr("&File"))
        self._quit_action.setText(self.tr("&Quit"))
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
        self._update_status()

    def _update_status(self) -> None:
        unknown = self._states.count(CheckState.UNKNOWN)
        risky = self._states.count(CheckState.RISK)
        if risky:
            text = self.tr("{count} precautions need action").format(count=risky)
        elif unknown:
            text = self.tr("{count} of 7 precautions not checked yet").format(count=unknown)
        else:
            text = self.tr("All precautions checked")
        self._status_label.setText(text)
