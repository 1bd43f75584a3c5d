"""What the authenticator assistant says about a set-up key and about a typed code.

Each function returns the state, headline and body for a ``StateBanner``,
in the current language (the words belong to the assistant's translation
context).  Never the secret itself: only the key's public settings.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from secguard.core.checklist import CheckState
from secguard.core.totp import CodeCheck, CodeOutcome, KeyCheck, TotpKey
from secguard.core.totp.codes import CLOCK_FIXES, NO_MATCH_CAUSES
from secguard.core.totp.keys import Finding
from secguard.i18n import render_message

BannerWords = tuple[CheckState, str, str]


def _bullets(findings: tuple[Finding, ...]) -> list[str]:
    return ["• " + render_message(f.message_id, f.params) for f in findings]


def _settings(key: TotpKey) -> list[str]:
    lines = []
    if key.issuer:
        service = QCoreApplication.translate("TotpAssistant", "Service: {issuer}")
        lines.append(service.format(issuer=key.issuer))
    if key.account:
        account = QCoreApplication.translate("TotpAssistant", "Account: {account}")
        lines.append(account.format(account=key.account))
    codes = QCoreApplication.translate(
        "TotpAssistant", "Codes: {digits} digits, new every {period} seconds ({algorithm})."
    )
    lines.append(codes.format(digits=key.digits, period=key.period, algorithm=key.algorithm.value))
    return lines


def key_words(check: KeyCheck | None, *, practicing: bool) -> BannerWords:
    """No key yet, a key that cannot be used (each problem), or one that can (its settings,
    the warnings and notes)."""
    if check is None:
        return (
            CheckState.UNKNOWN,
            QCoreApplication.translate("TotpAssistant", "No set-up key yet"),
            QCoreApplication.translate(
                "TotpAssistant", "Paste a key, open a picture of the QR code, or practise first."
            ),
        )
    if check.key is None or not check.valid:
        return (
            CheckState.ATTENTION,
            QCoreApplication.translate("TotpAssistant", "This set-up key cannot be used"),
            "\n".join(_bullets(check.problems)),
        )
    lines = _settings(check.key) + _bullets(check.warnings) + _bullets(check.notes)
    if practicing:
        lines.append("• " + render_message("totp.practice_key", None))
    return (
        CheckState.ATTENTION if check.warnings else CheckState.OK,
        QCoreApplication.translate("TotpAssistant", "This set-up key can be used"),
        "\n".join(lines),
    )


def code_words(result: CodeCheck) -> BannerWords:
    """A match; the right key at another time (a clock, and how to set it right on each
    device); or no match with the likely causes, most likely first."""
    if result.outcome is CodeOutcome.MATCH:
        return (
            CheckState.OK,
            QCoreApplication.translate("TotpAssistant", "Your authenticator app works"),
            render_message(result.message_id, result.params),
        )
    if result.outcome is CodeOutcome.CLOCK_OFF:
        fixes = [render_message(m, None) for m in CLOCK_FIXES.values()]
        return (
            CheckState.ATTENTION,
            QCoreApplication.translate("TotpAssistant", "The right key, but a clock is off"),
            "\n".join([render_message(result.message_id, result.params), *fixes]),
        )
    causes = [f"{n}. {render_message(c, None)}" for n, c in enumerate(NO_MATCH_CAUSES, start=1)]
    return (
        CheckState.ATTENTION,
        QCoreApplication.translate("TotpAssistant", "The code does not match"),
        "\n".join([render_message(result.message_id, None), *causes]),
    )
