"""Judging a saved e-mail (``.eml``) as text: its sender and every link in it.

Nothing here loads remote content, runs a script or opens a link: the file
is parsed with Python's ``email`` package and its HTML read as text.
"""

from secguard.core.mail.judge import MailJudge, MailResult
from secguard.core.mail.read import MAX_MAIL_BYTES, InvalidMail
from secguard.core.mail.sender import Authentication, SenderResult, SenderVerdict

__all__ = [
    "MAX_MAIL_BYTES",
    "Authentication",
    "InvalidMail",
    "MailJudge",
    "MailResult",
    "SenderResult",
    "SenderVerdict",
]
