"""The report in HTML, PDF and JSON, for one known state, in both languages.

The HTML is parsed, the PDF's text is read back with poppler's ``pdftotext`` (the
text a person copies or searches in a PDF viewer), and the JSON is compared with
``check --json``'s object for the same state.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from secguard.core.checklist import CheckState
from secguard.core.system.identity import OsIdentity
from secguard.i18n import Language, Texts
from secguard.reporting.check_object import check_object
from secguard.reporting.formats import ReportFormat, render_report
from secguard.resources import broker_directory
from tests.reporting.known_state import (
    EXPECTED_STATES,
    PLANTED,
    PLANTED_PASSWORD,
    SBI_ADDRESS,
    known_report,
    results,
)

DIRECTORY = broker_directory()
LANGUAGES = [Language.ENGLISH, Language.JAPANESE]
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (scripts/system-deps.sh test)"
)


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parsed(data: bytes) -> _Page:
    page = _Page()
    page.feed(data.decode("utf-8"))
    return page


def _pdf_text(data: bytes, tmp_path: Path) -> str:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(data)
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def _squeezed(text: str) -> str:
    """Without white space: the PDF wraps long words and sentences onto new lines."""
    return re.sub(r"\s+", "", text)


def _words(language: Language) -> list[str]:
    """What every report must say: the check ID, each step's title, state and reason."""
    texts = Texts(language)
    words = ["K7-4QX9"]
    for result in results():
        words.append(texts.precaution_title(result.precaution.id))
        words.append(texts.state_label(result.state))
        words.append(texts.reason(result.message_id, result.params))
    return words


@pytest.mark.parametrize("language", LANGUAGES)
def test_html_is_self_contained_and_says_everything(language: Language):
    data = render_report(
        known_report(language.value), ReportFormat.HTML, Texts(language), DIRECTORY
    )
    page = _parsed(data)
    tags = {tag for tag, _ in page.tags}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed", "a", "form"}
    attributes = {name for _, attrs in page.tags for name in attrs}
    assert not attributes & {"src", "href", "action", "srcset"}
    csp = next(a for t, a in page.tags if t == "meta" and a.get("http-equiv"))
    assert csp["content"] == "default-src 'none'; style-src 'unsafe-inline'"
    assert ("html", {"lang": language.value}) in page.tags
    text = "".join(page.text)
    for word in _words(language):
        assert word in text
    rows = [attrs for tag, attrs in page.tags if tag == "tr"]
    assert len(rows) == 5 + 1 + 7  # facts, heading, the seven
    broker = DIRECTORY.by_id["sbi"].name(language.value)
    assert broker in text


def test_html_escapes_what_it_did_not_write():
    hostile = replace(
        known_report("en"),
        os=OsIdentity("linux", "Debian <script>alert(1)</script>", "12"),
    )
    page = _parsed(render_report(hostile, ReportFormat.HTML, Texts(Language.ENGLISH), DIRECTORY))
    assert "script" not in {tag for tag, _ in page.tags}
    assert "Debian <script>alert(1)</script>" in "".join(page.text)


@needs_poppler
@pytest.mark.parametrize("language", LANGUAGES)
def test_pdf_text_can_be_read_back_in_both_languages(language: Language, tmp_path: Path):
    data = render_report(known_report(language.value), ReportFormat.PDF, Texts(language), DIRECTORY)
    assert data.startswith(b"%PDF-")
    text = _squeezed(_pdf_text(data, tmp_path))
    for word in _words(language):
        assert _squeezed(word) in text, word
    if language is Language.JAPANESE:
        assert "証券口座" in text or "セルフチェック" in text
        assert "楽天証券" in text


@needs_poppler
def test_pdf_embeds_a_japanese_font(tmp_path: Path):
    data = render_report(known_report("ja"), ReportFormat.PDF, Texts(Language.JAPANESE), DIRECTORY)
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(data)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert any("IPA" in row or "CJK" in row or "Gothic" in row for row in rows), fonts.stdout
    # Every font is embedded ("emb" yes) and maps back to Unicode ("uni" yes).
    for row in rows:
        assert re.search(r"\byes\s+(?:yes|no)\s+yes\b", row), row
    # And it draws: poppler renders the first page to a picture.
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    assert (tmp_path / "p-1.png").stat().st_size > 5000


@pytest.mark.parametrize("language", LANGUAGES)
def test_json_is_check_json_plus_the_report_fields(language: Language):
    texts = Texts(language)
    document = json.loads(
        render_report(known_report(language.value), ReportFormat.JSON, texts, DIRECTORY)
    )
    report = document.pop("report")
    for item in document["precautions"]:
        assert item.pop("next_step")["message"]
    storage = ("available", "storage.available", {})
    expected = json.loads(json.dumps(check_object("0.1.0", results(), storage, texts)))
    assert document == expected
    assert [CheckState(p["state"]) for p in document["precautions"]] == EXPECTED_STATES
    assert report["check_id"] == "K7-4QX9"
    assert report["os"]["name"] == "Debian GNU/Linux 12 (bookworm)"
    assert report["bookmarks"] == [
        {"broker_id": "sbi", "broker": DIRECTORY.by_id["sbi"].name(language.value)},
        {"broker_id": "rakuten", "broker": DIRECTORY.by_id["rakuten"].name(language.value)},
    ]
    assert report["addresses_included"] is False


def _as_text(data: bytes, report_format: ReportFormat, tmp_path: Path) -> str:
    if report_format is ReportFormat.PDF:
        return _squeezed(_pdf_text(data, tmp_path))
    return data.decode("utf-8")


@needs_poppler
@pytest.mark.parametrize("report_format", list(ReportFormat))
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_planted_secret_appears_in_any_report(
    report_format: ReportFormat, language: Language, tmp_path: Path
):
    texts = Texts(language)
    plain = _as_text(
        render_report(known_report(language.value), report_format, texts, DIRECTORY),
        report_format,
        tmp_path,
    )
    for secret in PLANTED:
        assert secret not in plain
    assert "sbisec.co.jp" not in plain  # no address at all unless asked for
    # Asked for: the addresses appear, and still nothing else that was planted.
    with_addresses = _as_text(
        render_report(
            known_report(language.value, include_addresses=True), report_format, texts, DIRECTORY
        ),
        report_format,
        tmp_path,
    )
    assert _squeezed(SBI_ADDRESS) in _squeezed(with_addresses).replace("&amp;", "&")
    for secret in PLANTED:
        if secret != PLANTED_PASSWORD:  # it sits in that address on purpose
            assert secret not in with_addresses
