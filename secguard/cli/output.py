"""What the CLI writes about untrusted input (an e-mail's sender, a link, a file name)."""

from __future__ import annotations

import re

# C0 and C1 control characters but the line break and tab: ESC [2J clears a terminal, and
# an e-mail's display name must not be able to do that to the person reading it.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def utf8_text(text: str) -> str:
    """``text`` with any byte of a file name that is no UTF-8 (kept by Python as a lone
    surrogate) as U+FFFD: what JSON and a terminal can carry."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def terminal_safe(text: str) -> str:
    """``text`` as UTF-8 with every control character shown as U+FFFD."""
    return _CONTROLS.sub("\ufffd", utf8_text(text))


def say(line: str) -> None:
    print(terminal_safe(line))
