"""The one guard in front of the default browser."""

from __future__ import annotations

import pytest

from secguard.ui.browser import Browser


@pytest.mark.parametrize(
    "url",
    [
        "http://www.sbisec.co.jp/",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "ftp://www.sbisec.co.jp/",
        "https://",
        "www.sbisec.co.jp",
        "",
    ],
)
def test_anything_but_an_https_address_is_refused(qapp, url: str):
    opened: list[str] = []
    assert Browser(lambda u: opened.append(u.toString()) or True).open(url) is False
    assert opened == []


def test_an_https_address_is_handed_to_the_system(qapp):
    opened: list[str] = []
    assert Browser(lambda u: opened.append(u.toString()) or True).open("https://www.sbisec.co.jp/")
    assert opened == ["https://www.sbisec.co.jp/"]
