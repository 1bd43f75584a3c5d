"""The list of step 2: each bookmark's name, address and whose site it is.

The name can be edited in place (double-click or F2); the address and the
kind cannot.  Whose site it is is said in words and with a coloured dot,
never with colour alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from secguard.core.bookmark_trust import BookmarkTrust, bookmark_trust
from secguard.core.bookmarks import Bookmark
from secguard.core.brokers import Directory
from secguard.core.checklist import CheckState
from secguard.core.links import LinkJudge
from secguard.ui.badge import state_dot


class BookmarkTable(QTableWidget):
    def __init__(
        self,
        judge: LinkJudge,
        directory: Directory,
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(0, 3, parent)
        self._judge = judge
        self._directory = directory
        self._language = language
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        # The address and whose site it is share the room: as wide as its words, the second
        # left the address a sliver at a large text size ("https://www.s…o.jp/").
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(True)
        # An address wraps at its slashes when its column narrows (a small window, a large
        # text size); rows sized for a wider column showed only "https://…".  Sized again
        # once the resize is over (during it the rows still measure the old width).
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.timeout.connect(self.resizeRowsToContents)
        header.sectionResized.connect(self._on_column_resized)
        self.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        rows = self.fontMetrics().lineSpacing() * 2
        self.setMinimumHeight(rows * 3)
        self.setMaximumHeight(rows * 7)

    def show_bookmarks(self, bookmarks: Sequence[Bookmark]) -> None:
        blocked = self.blockSignals(True)  # filling the table is not an edit
        self.setRowCount(len(bookmarks))
        for row, bookmark in enumerate(bookmarks):
            self.setItem(row, 0, QTableWidgetItem(bookmark.label))
            address = QTableWidgetItem(bookmark.url)
            address.setFlags(address.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.setItem(row, 1, address)
            self.setItem(row, 2, self._kind_item(bookmark))
        self.resizeRowsToContents()
        self.blockSignals(blocked)

    def _on_column_resized(self, column: int, _old: int, _new: int) -> None:
        if column in (1, 2):
            self._fit_rows.start(0)

    def _kind_item(self, bookmark: Bookmark) -> QTableWidgetItem:
        """Whose site the bookmark is, in words and a coloured dot (never colour alone)."""
        trust = bookmark_trust(bookmark.url, self._judge)
        broker = self._directory.get(trust.link.broker_id if trust.link else None)
        if trust.trust is BookmarkTrust.BROKER_SITE:
            state = CheckState.OK
            text = (
                self.tr("{broker}'s official site").format(broker=broker.name(self._language()))
                if broker
                else self.tr("A broker's official site")
            )
        elif trust.trust is BookmarkTrust.UNKNOWN_SITE:
            state, text = CheckState.ATTENTION, self.tr("Not a known broker site")
        else:
            state, text = CheckState.RISK, self.tr("Fake or suspicious: do not use")
        item = QTableWidgetItem(QIcon(state_dot(state)), text)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        return item

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Address"), self.tr("Whose site")])
        self.setAccessibleName(self.tr("Your broker bookmarks"))
