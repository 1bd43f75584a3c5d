"""File dialogs that speak the language chosen in secguard, dates and sizes included.

Qt's own file dialog (the one used where the platform offers none) writes
each file's size and date in the operating system's locale
(``QLocale.system()``), not the language chosen in secguard: a Japanese
window on an English or C-locale system showed "2 12 2026 04:03" and
"2 bytes".  A proxy model rewrites those two columns in the default locale,
which ``LanguageController`` sets to the chosen language.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QWidget

# QFileSystemModel's columns: name, size, type, date modified.
SIZE_COLUMN = 1
DATE_COLUMN = 3


class _InChosenLanguage(QIdentityProxyModel):
    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        files = self.sourceModel()
        if role == Qt.ItemDataRole.DisplayRole and isinstance(files, QFileSystemModel):
            source = self.mapToSource(index)
            if index.column() == DATE_COLUMN:
                return QLocale().toString(
                    files.lastModified(source), QLocale.FormatType.ShortFormat
                )
            if index.column() == SIZE_COLUMN and not files.isDir(source):
                return QLocale().formattedDataSize(files.size(source))
        return super().data(index, role)


def file_dialog(parent: QWidget, mode: QFileDialog.AcceptMode, name_filter: str) -> QFileDialog:
    """A window-modal file dialog for ``mode`` that deletes itself when closed."""
    dialog = QFileDialog(parent)
    dialog.setAcceptMode(mode)
    dialog.setNameFilter(name_filter)
    dialog.setProxyModel(_InChosenLanguage(dialog))
    dialog.finished.connect(dialog.deleteLater)
    return dialog
