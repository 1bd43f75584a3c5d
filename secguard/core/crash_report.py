"""The text of a crash report that is safe to copy and send to support.

It holds where the code failed, never what the person typed: exception
messages and local values can carry a password, a TOTP secret or a URL, so
only the exception's type (and, for secguard's own errors, the message id)
and the code locations are kept.  File paths are cut to the package-relative
part so that the user's name in a home directory does not leak either.
"""

from __future__ import annotations

import traceback
from types import TracebackType

from secguard.core.errors import SecguardError

_PACKAGE_ROOTS = ("secguard", "PySide6", "site-packages", "lib")


def _short_path(filename: str) -> str:
    parts = filename.replace("\\", "/").split("/")
    for root in _PACKAGE_ROOTS:
        if root in parts:
            index = len(parts) - 1 - parts[::-1].index(root)
            tail = parts[index + 1 :] if root in {"site-packages", "lib"} else parts[index:]
            return "/".join(tail)
    return parts[-1]


def crash_report(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    *,
    version: str,
    qt_version: str = "",
) -> str:
    import platform  # (here: the crash handler is installed at every start, crashes are rare)

    lines = [
        f"secguard {version} crash report",
        f"Python {platform.python_version()} on {platform.system()} {platform.release()}"
        + (f", Qt {qt_version}" if qt_version else ""),
        "",
        f"Exception: {exc_type.__module__}.{exc_type.__qualname__}",
    ]
    if isinstance(exc, SecguardError):
        lines.append(f"Message id: {exc.message_id}")
    else:
        lines.append("(The exception's message is left out: it may hold personal data.)")
    lines.append("Traceback (most recent call last):")
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {_short_path(frame.filename)}:{frame.lineno} in {frame.name}")
        if frame.line:
            lines.append(f"    {frame.line.strip()}")
    return "\n".join(lines)
