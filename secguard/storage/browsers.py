"""Reading the browsers' own bookmarks, read-only, to look for imitations of brokers.

Chrome, Edge, Brave and Chromium keep a ``Bookmarks`` JSON file per profile;
Firefox keeps ``places.sqlite``, which it holds open and locked while it
runs, so secguard copies it (and its write-ahead log) to a temporary folder
and opens the copy read-only.  Nothing in a browser's profile is ever
written.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from secguard.core.browser_scan import BrowserBookmark, Progress, ScanReport, judge_bookmarks

if TYPE_CHECKING:
    from secguard.core.links import LinkJudge
from pathlib import Path
from typing import Any

MAX_BOOKMARKS_FILE = 50 * 1024 * 1024


@dataclass(frozen=True)
class BrowserProfile:
    browser: str  # "Chrome", "Edge", "Brave", "Chromium", "Firefox"
    profile: str  # the profile folder's name
    path: Path  # the Bookmarks or places.sqlite file
    kind: str  # "chromium" or "firefox"


@dataclass(frozen=True)
class ProfileProblem:
    profile: BrowserProfile
    reason: str  # a message id


def _chromium_roots(home: Path, platform: str, env: Mapping[str, str]) -> list[tuple[str, Path]]:
    if platform == "win32":
        local = Path(env.get("LOCALAPPDATA") or home / "AppData" / "Local")
        return [
            ("Chrome", local / "Google" / "Chrome" / "User Data"),
            ("Edge", local / "Microsoft" / "Edge" / "User Data"),
            ("Brave", local / "BraveSoftware" / "Brave-Browser" / "User Data"),
            ("Chromium", local / "Chromium" / "User Data"),
        ]
    if platform == "darwin":
        support = home / "Library" / "Application Support"
        return [
            ("Chrome", support / "Google" / "Chrome"),
            ("Edge", support / "Microsoft Edge"),
            ("Brave", support / "BraveSoftware" / "Brave-Browser"),
            ("Chromium", support / "Chromium"),
        ]
    config = Path(env.get("XDG_CONFIG_HOME") or home / ".config")
    return [
        ("Chrome", config / "google-chrome"),
        ("Edge", config / "microsoft-edge"),
        ("Brave", config / "BraveSoftware" / "Brave-Browser"),
        ("Chromium", config / "chromium"),
        ("Chromium", home / "snap" / "chromium" / "common" / "chromium"),
    ]


def _firefox_roots(home: Path, platform: str, env: Mapping[str, str]) -> list[Path]:
    if platform == "win32":
        roaming = Path(env.get("APPDATA") or home / "AppData" / "Roaming")
        return [roaming / "Mozilla" / "Firefox" / "Profiles"]
    if platform == "darwin":
        return [home / "Library" / "Application Support" / "Firefox" / "Profiles"]
    return [
        home / ".mozilla" / "firefox",
        home / "snap" / "firefox" / "common" / ".mozilla" / "firefox",
        home / ".var" / "app" / "org.mozilla.firefox" / ".mozilla" / "firefox",
    ]


def find_profiles(
    home: Path | None = None,
    platform: str = sys.platform,
    env: Mapping[str, str] | None = None,
) -> list[BrowserProfile]:
    """Every browser profile with a bookmarks file, for this user."""
    home = home or Path.home()
    env = os.environ if env is None else env
    found: list[BrowserProfile] = []
    for browser, root in _chromium_roots(home, platform, env):
        if not root.is_dir():
            continue
        for profile in sorted(root.iterdir()):
            bookmarks = profile / "Bookmarks"
            if bookmarks.is_file():
                found.append(BrowserProfile(browser, profile.name, bookmarks, "chromium"))
    for root in _firefox_roots(home, platform, env):
        if not root.is_dir():
            continue
        for profile in sorted(root.iterdir()):
            places = profile / "places.sqlite"
            if places.is_file():
                found.append(BrowserProfile("Firefox", profile.name, places, "firefox"))
    return found


def _walk_chromium(node: Any) -> Iterator[tuple[str, str]]:
    if not isinstance(node, dict):
        return
    if node.get("type") == "url" and isinstance(node.get("url"), str):
        yield str(node.get("name") or ""), node["url"]
    for child in node.get("children", []) if isinstance(node.get("children"), list) else []:
        yield from _walk_chromium(child)


def read_chromium(profile: BrowserProfile) -> list[BrowserBookmark]:
    if profile.path.stat().st_size > MAX_BOOKMARKS_FILE:
        raise ValueError("too large")
    data = json.loads(profile.path.read_text(encoding="utf-8"))
    roots = data.get("roots", {}) if isinstance(data, dict) else {}
    return [
        BrowserBookmark(profile.browser, profile.profile, title, url)
        for root in (roots.values() if isinstance(roots, dict) else [])
        for title, url in _walk_chromium(root)
    ]


def read_firefox(profile: BrowserProfile) -> list[BrowserBookmark]:
    with tempfile.TemporaryDirectory(prefix="secguard-places-") as scratch:
        copy = Path(scratch) / "places.sqlite"
        shutil.copyfile(profile.path, copy)
        wal = profile.path.with_name("places.sqlite-wal")
        if wal.is_file():
            # Recent bookmarks may still sit in the write-ahead log.
            shutil.copyfile(wal, Path(scratch) / "places.sqlite-wal")
        connection = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
        try:
            rows = connection.execute(
                "SELECT b.title, p.url FROM moz_bookmarks AS b "
                "JOIN moz_places AS p ON b.fk = p.id WHERE b.type = 1"
            ).fetchall()
        finally:
            connection.close()
    return [
        BrowserBookmark(profile.browser, profile.profile, str(title or ""), str(url))
        for title, url in rows
        if isinstance(url, str)
    ]


def read_profile(profile: BrowserProfile) -> list[BrowserBookmark]:
    """The profile's bookmarks; raises ``ValueError``, ``OSError`` or ``sqlite3.Error``."""
    if profile.kind == "firefox":
        return read_firefox(profile)
    return read_chromium(profile)


def read_all(
    profiles: list[BrowserProfile],
) -> tuple[list[BrowserBookmark], list[ProfileProblem]]:
    bookmarks: list[BrowserBookmark] = []
    problems: list[ProfileProblem] = []
    for profile in profiles:
        try:
            bookmarks.extend(read_profile(profile))
        except (OSError, ValueError, sqlite3.Error, UnicodeDecodeError):
            problems.append(ProfileProblem(profile, "browser.profile_unreadable"))
    return bookmarks, problems


def scan_profiles(
    judge: LinkJudge, profiles: list[BrowserProfile], progress: Progress = lambda _d, _t: None
) -> ScanReport:
    """Read every profile's bookmarks (read-only copies) and judge them."""
    bookmarks, problems = read_all(profiles)
    return judge_bookmarks(
        judge, bookmarks, profiles=len(profiles), problems=problems, progress=progress
    )
