<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
  Qt's own words that Qt's Japanese catalogue (qtbase_ja.qm, shipped in the
  PySide6 wheels up to at least 6.12) does not translate: the labels Qt 6
  gave a shortcut letter ("&Look in:", "Files of &type:"; the catalogue has
  only the old "Look in:") and the file types that moved to the
  QAbstractFileIconProvider context.  Loaded after qtbase_ja by
  secguard.i18n.load_translators; not touched by `make update-translations`.
  An entry can go once Qt's catalogue has it.
-->
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ファイルの場所(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>ドライブ</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>ファイル フォルダー</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>Alias</source>
        <comment>macOS Finder</comment>
        <translation>エイリアス</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
</TS>
