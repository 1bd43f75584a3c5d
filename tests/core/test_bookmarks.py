from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secguard.core.bookmarks import (
    EntryProblem,
    InvalidBookmark,
    InvalidBookmarkFile,
    export_bookmarks,
    new_bookmark,
    normalise_url,
    not_yet_stored,
    parse_export,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://www.sbisec.co.jp/ETGate/", "https://www.sbisec.co.jp/ETGate/"),
        ("  www.rakuten-sec.co.jp ", "https://www.rakuten-sec.co.jp/"),
        ("HTTPS://WWW.Monex.co.jp", "https://www.monex.co.jp/"),
        ("https://例え.jp/path?q=1#top", "https://xn--r8jz45g.jp/path?q=1#top"),
    ],
)
def test_valid_urls_are_normalised(text: str, expected: str):
    assert normalise_url(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "bookmark.url_empty"),
        ("http://www.sbisec.co.jp/", "bookmark.url_not_https"),
        ("ftp://www.sbisec.co.jp/", "bookmark.url_not_https"),
        ("javascript:alert(1)", "bookmark.url_not_https"),
        ("https://user:pass@www.sbisec.co.jp/", "bookmark.url_has_credentials"),
        ("https://www.sbisec.co.jp@evil.example/", "bookmark.url_has_credentials"),
        ("https://www.sbisec.co.jp/\x00", "bookmark.url_control_characters"),
        ("https://www.sbisec.co.jp/\u202egepj.exe", "bookmark.url_control_characters"),
        ("https://www.sbisec.co.jp/\nhttps://evil.example", "bookmark.url_control_characters"),
        ("mailto:support@sbisec.co.jp", "bookmark.url_not_https"),
        ("https://" + "a" * 3000 + ".jp", "bookmark.url_too_long"),
        ("https:///nohost", "bookmark.url_no_host"),
        ("https://intranet/", "bookmark.url_bad_host"),
        ("https://www.sbisec.co.jp:99999/", "bookmark.url_malformed"),
    ],
)
def test_bad_urls_are_refused_with_a_reason(text: str, reason: str):
    with pytest.raises(InvalidBookmark) as info:
        normalise_url(text)
    assert info.value.message_id == reason


def test_label_defaults_to_host_and_is_checked():
    assert new_bookmark("https://www.matsui.co.jp/x").label == "www.matsui.co.jp"
    with pytest.raises(InvalidBookmark):
        new_bookmark("https://www.matsui.co.jp/", "a" * 101)
    with pytest.raises(InvalidBookmark):
        new_bookmark("https://www.matsui.co.jp/", "bad\x07label")


def test_export_round_trip_has_no_secrets_and_keeps_everything():
    items = [
        new_bookmark("https://www.sbisec.co.jp/", "SBI証券", "sbi"),
        new_bookmark("www.daiwa.jp"),
    ]
    text = export_bookmarks(items)
    assert set(json.loads(text)) == {"format", "version", "bookmarks"}
    parsed = parse_export(text.encode())
    assert [(b.url, b.label, b.broker_id) for b in parsed] == [
        (b.url, b.label, b.broker_id) for b in items
    ]


def test_import_with_one_bad_entry_imports_nothing_and_lists_all_errors():
    data = json.dumps(
        {
            "format": "secguard-bookmarks",
            "version": 1,
            "bookmarks": [
                {"url": "https://www.sbisec.co.jp/"},
                {"url": "http://phish.example/"},
                {"url": 42},
                {"url": "https://user@x.example/"},
            ],
        }
    ).encode()
    with pytest.raises(InvalidBookmarkFile) as info:
        parse_export(data)
    assert info.value.errors == [
        EntryProblem(2, "bookmark.url_not_https", {"scheme": "http"}),
        EntryProblem(3, "bookmark.entry_malformed"),
        EntryProblem(4, "bookmark.url_has_credentials"),
    ]
    assert info.value.params["count"] == "3"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"x" * (1024 * 1024), "bookmark.file_too_large"),
        (b"not json", "bookmark.file_not_json"),
        (b"\xff\xfe", "bookmark.file_not_json"),
        (b"[" * 100_000, "bookmark.file_not_json"),
        (
            b'{"format": "secguard-bookmarks", "version": ' + b"1" * 5000 + b', "bookmarks": []}',
            "bookmark.file_not_json",
        ),
        (b'{"format": "chrome"}', "bookmark.file_wrong_format"),
        (b'{"format": "secguard-bookmarks", "version": 7}', "bookmark.file_wrong_version"),
        (
            b'{"format": "secguard-bookmarks", "version": 1, "bookmarks": {}}',
            "bookmark.file_wrong_format",
        ),
    ],
)
def test_bad_import_files_are_refused(data: bytes, reason: str):
    with pytest.raises(InvalidBookmarkFile) as info:
        parse_export(data)
    assert info.value.message_id == reason


@given(st.text(max_size=300))
def test_any_text_is_either_a_clean_https_url_or_a_clear_refusal(text: str):
    try:
        url = normalise_url(text)
    except InvalidBookmark as exc:
        reason = exc.message_id
        url = None
    if url is None:
        assert reason.startswith("bookmark.")
    else:
        assert url.startswith("https://")
        assert "@" not in url.split("/")[2]


@pytest.mark.parametrize(
    "hidden", ["\u2028", "\u2029", "\u200b", "\ufeff", "\u00ad", "\u202e", "\x1b[31m", "\ue000"]
)
def test_labels_with_invisible_or_line_breaking_characters_are_refused(hidden: str):
    with pytest.raises(InvalidBookmark) as info:
        new_bookmark("https://www.sbisec.co.jp/", f"SBI{hidden}証券")
    assert info.value.message_id == "bookmark.label_control_characters"


def test_a_label_with_ideographic_space_and_emoji_is_fine():
    label = "\uff33\uff22\uff29\u3000証券 📈"  # full-width "SBI", ideographic space
    assert new_bookmark("https://www.sbisec.co.jp/", label).label == label


@pytest.mark.parametrize("broker_id", ["\x1b[2J\x1b[31mSBI", "SBI", "sbi sec", "-sbi", "a" * 41])
def test_broker_ids_that_are_not_directory_ids_are_refused(broker_id: str):
    with pytest.raises(InvalidBookmark) as info:
        new_bookmark("https://www.sbisec.co.jp/", "SBI", broker_id)
    assert info.value.message_id == "bookmark.broker_id_invalid"
    assert new_bookmark("https://www.sbisec.co.jp/", "SBI", "sbi").broker_id == "sbi"


def test_import_checks_broker_ids_and_keeps_each_problems_parameters():
    data = json.dumps(
        {
            "format": "secguard-bookmarks",
            "version": 1,
            "bookmarks": [
                {"url": "https://www.sbisec.co.jp/", "broker_id": "\x1b[31mevil"},
                {"url": "https://www.monex.co.jp/", "label": "x" * 101},
            ],
        }
    ).encode()
    with pytest.raises(InvalidBookmarkFile) as info:
        parse_export(data)
    assert info.value.errors == [
        EntryProblem(1, "bookmark.broker_id_invalid"),
        EntryProblem(2, "bookmark.label_too_long", {"limit": "100"}),
    ]


@pytest.mark.parametrize(
    "spelling",
    [
        "https://www.sbisec.co.jp/",
        "HTTPS://WWW.SBISEC.CO.JP",
        "https://www.sbisec.co.jp.:443",
        "www.sbisec.co.jp",
        "https://ｗｗｗ．ｓｂｉｓｅｃ．ｃｏ．ｊｐ/",  # noqa: RUF001 - full-width on purpose
        "https://www.sbisec.co.jp:443/",
    ],
)
def test_spellings_of_one_address_normalise_to_one(spelling: str):
    assert normalise_url(spelling) == "https://www.sbisec.co.jp/"
    assert normalise_url("https://www.sbisec.co.jp:8443") == "https://www.sbisec.co.jp:8443/"


def test_not_yet_stored_compares_normalised_addresses_also_within_the_file():
    incoming = [
        new_bookmark(url)
        for url in ["HTTPS://WWW.SBISEC.CO.JP", "www.sbisec.co.jp", "https://www.monex.co.jp/"]
    ]
    # Stored by an older secguard, which kept ":443".
    fresh, skipped = not_yet_stored(incoming, ["https://www.monex.co.jp:443/"])
    assert [b.url for b in fresh] == ["https://www.sbisec.co.jp/"]
    assert skipped == 2
