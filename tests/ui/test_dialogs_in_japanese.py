"""Qt's own dialogs speak Japanese too: the bookmark file dialogs and the About box
(issue 12, item 8).

The file dialog is Qt's own widget dialog (the offscreen platform has no
native one, and Linux desktops without a portal use it too); its words come
from Qt's catalogue (qtbase_ja) plus ``resources/translations/qt_gaps_ja.ts``,
its dates and sizes from ``secguard/ui/file_dialog.py``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QTreeView,
    QWidget,
)

from secguard.core.checklist import PRECAUTIONS
from secguard.i18n import Language
from secguard.ui.about import AboutDialog
from secguard.ui.language import LanguageController
from secguard.ui.pages.bookmarks import BookmarksPage
from secguard.ui.vault_client import VaultClient

MODIFIED = datetime(2026, 12, 2, 4, 3)  # the day the English date "2 12 2026" was seen
# Words that are the same in a Japanese window: a format's name, Qt's name.
NOT_ENGLISH = {"JSON", "Qt", "PySide6", "Python", "secguard"}


def english_words(text: str, also_allowed: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
    """The English words left in ``text`` (a file or format name is not English)."""
    words = re.findall(r"[A-Za-z]{2,}", text.replace("&", ""))
    return [word for word in words if word not in NOT_ENGLISH | also_allowed]


@pytest.fixture
def japanese(languages: LanguageController) -> LanguageController:
    languages.switch(Language.JAPANESE)
    return languages


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder as a person's would be: a sub-folder and an earlier export."""
    (tmp_path / "sub").mkdir()
    export = tmp_path / "bookmarks.json"
    export.write_text("{}", encoding="utf-8")
    stamp = MODIFIED.timestamp()
    for path in (tmp_path / "sub", export):
        os.utime(path, (stamp, stamp))
    return tmp_path


def _open_dialog(qtbot, page: BookmarksPage, export: bool, folder: Path) -> QFileDialog:
    (page.choose_export_file if export else page.choose_import_file)()
    dialog = page.findChildren(QFileDialog)[-1]
    dialog.setDirectory(str(folder))
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    view = dialog.findChild(QTreeView, "treeView")
    assert view is not None
    qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) == 2, timeout=5000)
    return dialog


def _shown_words(dialog: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every word a person can see or hear in the dialog."""
    yield "title", dialog.windowTitle()
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            yield describe_widget(widget), widget.text()
        yield f"tooltip of {describe_widget(widget)}", widget.toolTip()
        yield f"name of {describe_widget(widget)}", widget.accessibleName()
    for action in dialog.findChildren(QAction):
        yield "menu", action.text()
    view = dialog.findChild(QTreeView, "treeView")
    assert view is not None
    model, root = view.model(), view.rootIndex()
    for column in range(model.columnCount(root)):
        yield "column heading", str(model.headerData(column, Qt.Orientation.Horizontal))
        for row in range(model.rowCount(root)):
            if column > 0:  # column 0 holds the file names
                yield f"column {column}", str(model.data(model.index(row, column, root)) or "")


def describe_widget(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()}".strip()


@pytest.mark.parametrize("export", [True, False], ids=["export", "import"])
def test_the_bookmark_file_dialogs_are_japanese(
    qtbot, japanese: LanguageController, client: VaultClient, folder: Path, export: bool
):
    page = BookmarksPage(PRECAUTIONS[1], client, profiles=list, language=lambda: "ja")
    qtbot.addWidget(page)
    page.set_bookmarks([])
    page.show()
    dialog = _open_dialog(qtbot, page, export, folder)
    combos = {c.currentText() for c in dialog.findChildren(QComboBox)}
    english = [
        f"{where}: {text!r}"
        for where, text in _shown_words(dialog)
        if english_words(text, {str(folder), *combos, *str(folder).split("/")})
    ]
    dialog.reject()
    assert english == []


def test_file_dates_and_sizes_are_written_the_japanese_way(
    qtbot, japanese: LanguageController, client: VaultClient, folder: Path
):
    page = BookmarksPage(PRECAUTIONS[1], client, profiles=list, language=lambda: "ja")
    qtbot.addWidget(page)
    page.show()
    dialog = _open_dialog(qtbot, page, True, folder)
    view = dialog.findChild(QTreeView, "treeView")
    assert view is not None
    model, root = view.model(), view.rootIndex()
    rows = {
        model.data(model.index(row, 0, root)): [
            model.data(model.index(row, column, root)) for column in range(4)
        ]
        for row in range(model.rowCount(root))
    }
    dialog.reject()
    japanese_date = QLocale(QLocale.Language.Japanese).toString(
        QDateTime(MODIFIED), QLocale.FormatType.ShortFormat
    )
    assert japanese_date.startswith("2026/12/02")
    assert rows["bookmarks.json"][3] == japanese_date
    assert rows["sub"][3] == japanese_date
    assert rows["bookmarks.json"][1] == QLocale(QLocale.Language.Japanese).formattedDataSize(2)
    assert "bytes" not in rows["bookmarks.json"][1]


def test_the_about_box_is_japanese(qtbot, japanese: LanguageController):
    about = AboutDialog()
    qtbot.addWidget(about)
    about.show()
    headings = [line for line in about.library_table_text().splitlines() if line.strip()][:3]
    close = about.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    texts = [about.windowTitle(), close.text(), *headings]
    assert [text for text in texts if english_words(text)] == []
