"""The TOTP assistant: read a set-up key, prove the person's authenticator works.

secguard is not an authenticator app.  It checks what a service shows at
set-up (``keys``), shows it again as a QR code for the phone (``qr``),
checks a code the phone shows (``codes``) and this PC's clock (``clock``).
No secret, URI or picture is ever stored, logged or sent.
"""

from secguard.core.totp.codes import (
    CodeCheck,
    CodeOutcome,
    InvalidCode,
    code_at,
    code_for_counter,
    practice_key,
    verify_code,
)
from secguard.core.totp.keys import (
    Algorithm,
    Finding,
    InvalidOtpUri,
    KeyCheck,
    TotpKey,
    check_setup_text,
    holds_secret,
    provisioning_uri,
    read_key,
)

__all__ = [
    "Algorithm",
    "CodeCheck",
    "CodeOutcome",
    "Finding",
    "InvalidCode",
    "InvalidOtpUri",
    "KeyCheck",
    "TotpKey",
    "check_setup_text",
    "code_at",
    "code_for_counter",
    "holds_secret",
    "practice_key",
    "provisioning_uri",
    "read_key",
    "verify_code",
]
