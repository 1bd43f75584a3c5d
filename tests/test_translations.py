"""Every visible string exists in Japanese and English.

The source language is English; the Japanese lives in secguard_ja.ts.  The
strings in the code are re-extracted here with Qt's own lupdate and compared
with the committed file, so a new string without a translation fails.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from secguard.core.checklist import CheckState, PrecautionId
from secguard.i18n import MESSAGES, Language, Texts, placeholders

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "translations" / "secguard_ja.ts"
QT_GAPS_FILE = ROOT / "resources" / "translations" / "qt_gaps_ja.ts"
TRANSLATING_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP"}

Entry = tuple[str, str]


def _entries(ts_path: Path) -> dict[Entry, ET.Element]:
    root = ET.parse(ts_path).getroot()
    entries: dict[Entry, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            entries[(name, message.findtext("source") or "")] = translation
    return entries


@pytest.fixture(scope="module")
def strings_in_code(tmp_path_factory: pytest.TempPathFactory) -> set[Entry]:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate comes with PySide6-Essentials"
    fresh = tmp_path_factory.mktemp("ts") / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "secguard").rglob("*.py"))
    subprocess.run(
        [lupdate, *sources, "-ts", str(fresh), "-target-language", "ja"],
        check=True,
        capture_output=True,
    )
    return set(_entries(fresh))


@pytest.fixture(scope="module")
def committed() -> dict[Entry, ET.Element]:
    return _entries(TS_FILE)


def test_lupdate_finds_the_strings(strings_in_code: set[Entry]):
    assert len(strings_in_code) > 50
    assert ("Precautions", "Use anti-malware software") in strings_in_code


def test_every_string_in_the_code_has_a_finished_translation(
    strings_in_code: set[Entry], committed: dict[Entry, ET.Element]
):
    missing = sorted(strings_in_code - committed.keys())
    unfinished = sorted(
        entry
        for entry in strings_in_code & committed.keys()
        if committed[entry].get("type") in {"unfinished", "vanished", "obsolete"}
        or not (committed[entry].text or "").strip()
    )
    assert missing == [], "run `make update-translations` and translate these"
    assert unfinished == []


def test_no_stale_entries_remain(strings_in_code: set[Entry], committed: dict[Entry, ET.Element]):
    assert sorted(committed.keys() - strings_in_code) == []


def test_translations_keep_every_placeholder(committed: dict[Entry, ET.Element]):
    broken = [
        source
        for (_, source), translation in committed.items()
        if placeholders(source) != placeholders(translation.text or "")
    ]
    assert broken == []


def test_japanese_translation_is_actually_japanese(committed: dict[Entry, ET.Element]):
    def has_japanese(text: str) -> bool:
        return any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text)

    # Only technical tokens may stay in Latin letters.
    latin_only = [s for (_, s), t in committed.items() if not has_japanese(t.text or "")]
    assert latin_only == []


def test_compiled_catalog_translates_core_messages_and_titles():
    japanese = Texts(Language.JAPANESE)
    english = Texts(Language.ENGLISH)
    for message_id in MESSAGES:
        assert japanese.message(message_id) != english.message(message_id)
    for precaution_id in PrecautionId:
        assert japanese.precaution_title(precaution_id) != english.precaution_title(precaution_id)
    for state in CheckState:
        assert japanese.state_label(state) != english.state_label(state)
    assert japanese.state_label(CheckState.RISK) == "危険"


def test_unknown_message_id_is_shown_as_itself_not_a_crash():
    assert Texts(Language.ENGLISH).message("future.message", {"x": "1"}) == "future.message"


def test_every_message_id_the_code_raises_has_a_text():
    import re

    pattern = re.compile(
        r"\"((?:storage|bookmark|account|check|link|directory|browser|strength|password|totp|mail|qr)\.[a-z_]+)\""
    )
    used = {
        match
        for path in (ROOT / "secguard").rglob("*.py")
        for match in pattern.findall(path.read_text(encoding="utf-8"))
    }
    assert len(used) > 20
    assert sorted(used - MESSAGES.keys()) == []


def _call_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return call.func.id if isinstance(call.func, ast.Name) else None


def translation_calls_lupdate_cannot_see(source: str) -> list[int]:
    """Lines where a tr()/translate() sits inside an f-string or translates one.

    lupdate reads string literals only: such a string never reaches the .ts
    file, so the translation tests above cannot see it is missing.
    """
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.JoinedStr):
            lines += [
                call.lineno
                for call in ast.walk(node)
                if isinstance(call, ast.Call) and _call_name(call) in TRANSLATING_CALLS
            ]
        elif isinstance(node, ast.Call) and _call_name(node) in TRANSLATING_CALLS:
            lines += [node.lineno for arg in node.args if isinstance(arg, ast.JoinedStr)]
    return sorted(set(lines))


def test_no_translation_call_hides_from_lupdate_in_an_f_string():
    hidden = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in sorted((ROOT / "secguard").rglob("*.py"))
        for line in translation_calls_lupdate_cannot_see(path.read_text(encoding="utf-8"))
    ]
    assert hidden == []


def test_the_f_string_check_finds_what_it_looks_for():
    assert translation_calls_lupdate_cannot_see("x = f\"<th>{self.tr('Library')}</th>\"") == [1]
    assert translation_calls_lupdate_cannot_see("x = tr(f'{n} files')") == [1]
    assert translation_calls_lupdate_cannot_see("x = f'{a}'\ny = self.tr('Version')") == []


def test_qts_missing_words_are_translated_in_our_own_catalogue():
    entries = _entries(QT_GAPS_FILE)
    assert ("QFileDialog", "&Look in:") in entries
    for (context, source), translation in entries.items():
        assert translation.get("type") is None, (context, source)
        text = translation.text or ""
        assert any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text)
        assert ("&" in source) == ("&" in text), f"{source}: keep the shortcut letter"
    japanese = Texts(Language.JAPANESE)
    assert japanese.translate("QFileDialog", "Files of &type:") == "ファイルの種類(&T):"
