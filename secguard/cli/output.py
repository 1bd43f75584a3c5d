"""What the CLI writes about untrusted input (an e-mail's sender, a link, a file name)."""

from __future__ import annotations

import re

# C0 and C1 control characters but the line break and tab: ESC [2J clears a terminal, and
# an e-mail's display name must not be able to do that to the person reading it.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str) -> str:
    """``text`` with every control character shown as U+FFFD, and any byte of a file name
    that is no UTF-8 (kept by Python as a lone surrogate) as U+FFFD too."""
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return _CONTROLS.sub("\ufffd", text)


def say(line: str) -> None:
    print(terminal_safe(line))
