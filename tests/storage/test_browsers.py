"""Browser bookmarks, read-only: Chrome-family JSON and Firefox's places.sqlite."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from secguard.storage.browsers import (
    BrowserProfile,
    find_profiles,
    read_all,
    read_chromium,
    read_firefox,
)

FIXTURES = Path(__file__).parent / "fixtures"


def _chrome_profile(root: Path, name: str = "Default") -> Path:
    folder = root / name
    folder.mkdir(parents=True)
    target = folder / "Bookmarks"
    shutil.copyfile(FIXTURES / "chrome_Bookmarks.json", target)
    return target


def _firefox_places(folder: Path, rows: list[tuple[str, str]], keep_open: bool = False):
    folder.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(folder / "places.sqlite")
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA wal_autocheckpoint=0")
    connection.executescript(
        """
        CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url LONGVARCHAR, title LONGVARCHAR,
            rev_host LONGVARCHAR, visit_count INTEGER DEFAULT 0, guid TEXT);
        CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, type INTEGER, fk INTEGER DEFAULT NULL,
            parent INTEGER, position INTEGER, title LONGVARCHAR, guid TEXT);
        INSERT INTO moz_bookmarks (id, type, parent, title) VALUES (1, 2, 0, 'root');
        """
    )
    for number, (title, url) in enumerate(rows, start=10):
        connection.execute(
            "INSERT INTO moz_places (id, url, title) VALUES (?, ?, ?)", (number, url, title)
        )
        connection.execute(
            "INSERT INTO moz_bookmarks (type, fk, parent, title) VALUES (1, ?, 1, ?)",
            (number, title),
        )
    connection.commit()
    if keep_open:
        return connection
    connection.close()
    return None


def test_chrome_family_profiles_are_found_on_each_platform(tmp_path: Path):
    linux_home = tmp_path / "linux"
    _chrome_profile(linux_home / ".config" / "google-chrome")
    _chrome_profile(linux_home / ".config" / "BraveSoftware" / "Brave-Browser", "Profile 1")
    mac_home = tmp_path / "mac"
    _chrome_profile(mac_home / "Library" / "Application Support" / "Microsoft Edge")
    win_local = tmp_path / "win" / "AppData" / "Local"
    _chrome_profile(win_local / "Google" / "Chrome" / "User Data")

    linux = find_profiles(linux_home, "linux", {})
    assert [(p.browser, p.profile) for p in linux] == [
        ("Chrome", "Default"),
        ("Brave", "Profile 1"),
    ]
    mac = find_profiles(mac_home, "darwin", {})
    assert [(p.browser, p.profile) for p in mac] == [("Edge", "Default")]
    windows = find_profiles(tmp_path / "win", "win32", {"LOCALAPPDATA": str(win_local)})
    assert [(p.browser, p.profile) for p in windows] == [("Chrome", "Default")]


def test_firefox_profiles_are_found(tmp_path: Path):
    _firefox_places(tmp_path / ".mozilla" / "firefox" / "abcd1234.default-release", [])
    profiles = find_profiles(tmp_path, "linux", {})
    assert [(p.browser, p.profile, p.kind) for p in profiles] == [
        ("Firefox", "abcd1234.default-release", "firefox")
    ]


def test_chrome_bookmarks_in_every_folder_are_read(tmp_path: Path):
    path = _chrome_profile(tmp_path)
    bookmarks = read_chromium(BrowserProfile("Chrome", "Default", path, "chromium"))
    assert [(b.title, b.url) for b in bookmarks] == [
        ("SBI証券", "https://www.sbisec.co.jp/ETGate/"),
        ("楽天証券 ログイン", "https://rakuten-sec.co.jp.member-login.top/app/MhLogin.do"),
        ("株探", "https://kabutan.jp/"),
        ("bookmarklet", "javascript:alert(document.title)"),
        ("Monex", "https://monex-jp-login.workers.dev/"),
    ]


def test_firefox_is_read_from_a_copy_even_while_it_runs(tmp_path: Path):
    profile_dir = tmp_path / "profile"
    connection = _firefox_places(
        profile_dir,
        [("SBI", "https://www.sbisec.co.jp/"), ("fake", "https://sbisec-co-jp.top/")],
        keep_open=True,
    )
    try:
        assert (profile_dir / "places.sqlite-wal").exists(), "rows still in the write-ahead log"
        before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in profile_dir.iterdir()}
        profile = BrowserProfile("Firefox", "profile", profile_dir / "places.sqlite", "firefox")
        urls = [b.url for b in read_firefox(profile)]
        after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in profile_dir.iterdir()}
    finally:
        assert connection is not None
        connection.close()
    assert urls == ["https://www.sbisec.co.jp/", "https://sbisec-co-jp.top/"]
    assert before == after, "nothing in the browser's profile changed"


def test_unreadable_profiles_are_reported_and_the_rest_still_read(tmp_path: Path):
    good = _chrome_profile(tmp_path / "a")
    broken = tmp_path / "b" / "Bookmarks"
    broken.parent.mkdir()
    broken.write_text("{not json", encoding="utf-8")
    not_sqlite = tmp_path / "c" / "places.sqlite"
    not_sqlite.parent.mkdir()
    not_sqlite.write_bytes(b"garbage")
    profiles = [
        BrowserProfile("Chrome", "a", good, "chromium"),
        BrowserProfile("Chrome", "b", broken, "chromium"),
        BrowserProfile("Firefox", "c", not_sqlite, "firefox"),
    ]
    bookmarks, problems = read_all(profiles)
    assert len(bookmarks) == 5
    assert [(p.profile.profile, p.reason) for p in problems] == [
        ("b", "browser.profile_unreadable"),
        ("c", "browser.profile_unreadable"),
    ]


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "place:sort=8", "chrome://settings", "file:///x"]
)
def test_non_web_bookmarks_are_not_judged(url: str):
    from secguard.core.links import LinkJudge
    from secguard.resources import broker_directory

    assert LinkJudge(broker_directory()).judge_url(url) is None
