"""Texts of precaution 3: step 3's state, the broker guidance and the TOTP assistant.

Merged into ``i18n.MESSAGES``; kept in a file of their own so that neither
file grows past what a reader can hold, and so that colleagues adding other
precautions' texts do not edit the same lines.
"""

from __future__ import annotations

from collections.abc import Mapping

from secguard.i18n_marker import QT_TRANSLATE_NOOP

_STEP_3: Mapping[str, str] = {
    "check.mfa_not_answered": QT_TRANSLATE_NOOP(
        "Messages",
        "Answer for each of your accounts whether multi-factor authentication is on (step 3).",
    ),
    "check.mfa_risk": QT_TRANSLATE_NOOP(
        "Messages",
        "Multi-factor authentication is off for {count} of your accounts: turn it on now (step 3).",
    ),
    "check.mfa_attention": QT_TRANSLATE_NOOP(
        "Messages",
        "The log-in protection of an account could be stronger, or its log-in notifications "
        "are not confirmed: see step 3.",
    ),
    "check.mfa_ok": QT_TRANSLATE_NOOP(
        "Messages",
        "Accounts: {count}. Each uses a passkey or an authenticator app, and log-in "
        "notifications arrive.",
    ),
    "mfa.finding_not_answered": QT_TRANSLATE_NOOP("Messages", "Not answered yet."),
    "mfa.finding_off": QT_TRANSLATE_NOOP(
        "Messages", "Multi-factor authentication is off: turn it on in the broker's settings."
    ),
    "mfa.finding_unsure": QT_TRANSLATE_NOOP(
        "Messages",
        "It is not known whether multi-factor authentication is on: look in the broker's settings.",
    ),
    "mfa.finding_method_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Which log-in protection is used is not known."
    ),
    "mfa.finding_codes_only": QT_TRANSLATE_NOOP(
        "Messages",
        "Only codes sent by SMS, e-mail or phone protect this account; a fake site can relay them.",
    ),
    "mfa.finding_device_only": QT_TRANSLATE_NOOP(
        "Messages",
        "Device authentication protects this account; a passkey or an authenticator app is "
        "stronger.",
    ),
    "mfa.finding_passkey_not_used": QT_TRANSLATE_NOOP(
        "Messages",
        "This broker offers a passkey, which a fake site cannot steal: switch to it.",
    ),
    "mfa.finding_notifications_off": QT_TRANSLATE_NOOP(
        "Messages", "Log-in notifications do not arrive: switch them on."
    ),
    "mfa.finding_notifications_unanswered": QT_TRANSLATE_NOOP(
        "Messages", "It is not confirmed that log-in notifications arrive."
    ),
}

_GUIDANCE: Mapping[str, str] = {
    "mfa.method_passkey": QT_TRANSLATE_NOOP("Messages", "Passkey"),
    "mfa.method_totp": QT_TRANSLATE_NOOP("Messages", "Authenticator app (one-time codes)"),
    "mfa.method_device": QT_TRANSLATE_NOOP("Messages", "Device authentication"),
    "mfa.method_sms": QT_TRANSLATE_NOOP("Messages", "Code by SMS"),
    "mfa.method_email": QT_TRANSLATE_NOOP("Messages", "Code by e-mail"),
    "mfa.method_phone": QT_TRANSLATE_NOOP("Messages", "Check by phone call"),
    "mfa.why_passkey": QT_TRANSLATE_NOOP(
        "Messages",
        "A passkey cannot be phished: it works only on the broker's real site, so a fake page "
        "gets nothing.",
    ),
    "mfa.why_totp": QT_TRANSLATE_NOOP(
        "Messages",
        "An authenticator app makes the codes on your phone, without e-mail or SMS; but a code "
        "typed into a fake page can still be relayed within seconds.",
    ),
    "mfa.why_device": QT_TRANSLATE_NOOP(
        "Messages",
        "Device authentication ties log-in to your own phone or PC, but a fake page can still "
        "ask you to approve a log-in.",
    ),
    "mfa.why_code": QT_TRANSLATE_NOOP(
        "Messages",
        "A code by SMS or e-mail is better than nothing, but a code typed into a fake page is "
        "relayed to the real site within seconds.",
    ),
    "mfa.why_phone": QT_TRANSLATE_NOOP(
        "Messages",
        "A call from your registered phone shows that it is you, but a fake page can still ask "
        "you to make the call.",
    ),
    "mfa.methods_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "secguard does not know which log-in protections {broker} offers; check its security "
        "page from your bookmark.",
    ),
    "mfa.notifications_unknown": QT_TRANSLATE_NOOP(
        "Messages", "secguard does not know whether {broker} sends an e-mail at each log-in."
    ),
    "mfa.notifications_none": QT_TRANSLATE_NOOP(
        "Messages", "According to its own pages, {broker} sends no e-mail at log-in."
    ),
    "mfa.notifications_exist": QT_TRANSLATE_NOOP(
        "Messages", "{broker} can send an e-mail at each log-in: check that it is switched on."
    ),
    "mfa.notifications_on_by_default": QT_TRANSLATE_NOOP(
        "Messages", "{broker} sends an e-mail at each log-in; it is on from the start."
    ),
    "mfa.notifications_off_by_default": QT_TRANSLATE_NOOP(
        "Messages", "{broker} can send an e-mail at each log-in, but you must switch it on."
    ),
    "mfa.mandatory_since": QT_TRANSLATE_NOOP(
        "Messages", "{broker} has required multi-factor authentication at log-in since {date}."
    ),
}

_SETUP_KEY_PROBLEMS: Mapping[str, str] = {
    "totp.invalid": QT_TRANSLATE_NOOP("Messages", "This set-up key cannot be used."),
    "totp.input_not_text": QT_TRANSLATE_NOOP(
        "Messages", "The input is not text (it is not valid UTF-8)."
    ),
    "totp.empty": QT_TRANSLATE_NOOP(
        "Messages", "Paste the set-up key or the otpauth:// address that the service shows."
    ),
    "totp.input_too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "This text is far too long to be a set-up key. Copy only the key or the otpauth:// "
        "address.",
    ),
    "totp.wrong_scheme": QT_TRANSLATE_NOOP(
        "Messages",
        "This is a {scheme}: address, not an authenticator set-up key (those start with "
        "otpauth://totp/).",
    ),
    "totp.migration_export": QT_TRANSLATE_NOOP(
        "Messages",
        "This is an export from Google Authenticator (otpauth-migration://), which can hold "
        "several accounts. Use the set-up code that the service itself shows instead.",
    ),
    "totp.hotp_refused": QT_TRANSLATE_NOOP(
        "Messages",
        "This is a counter-based key (HOTP), not a time-based one. secguard checks only "
        "time-based codes: a counter-based code moves on each time one is made, so checking it "
        "here would put your authenticator out of step with the service.",
    ),
    "totp.unknown_type": QT_TRANSLATE_NOOP(
        "Messages",
        "Unknown kind of key “{type}”: only time-based keys (otpauth://totp/) can be used.",
    ),
    "totp.no_secret": QT_TRANSLATE_NOOP(
        "Messages", "The key itself is missing (the secret= part is empty or absent)."
    ),
    "totp.bad_base32": QT_TRANSLATE_NOOP(
        "Messages",
        "Character {position} of the key is not allowed. A key has only the letters A to Z and "
        "the digits 2 to 7; 0, 1, 8 and 9 never appear (it may be the letter O, I or B).",
    ),
    "totp.bad_base32_padding": QT_TRANSLATE_NOOP(
        "Messages", "The key has “=” signs in the middle; they may only come at the end."
    ),
    "totp.bad_base32_length": QT_TRANSLATE_NOOP(
        "Messages",
        "The key has a character too many or too few. Check that you copied all of it.",
    ),
    "totp.secret_too_short": QT_TRANSLATE_NOOP(
        "Messages",
        "This key has only {bits} bits, too short to be safe (at least 80 bits, 16 "
        "characters, are needed). Ask the service for a new one.",
    ),
    "totp.secret_too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "This is far longer than any authenticator key; something else was probably copied "
        "with it.",
    ),
    "totp.unknown_algorithm": QT_TRANSLATE_NOOP(
        "Messages",
        "Unknown algorithm “{algorithm}”: authenticator keys use SHA1, SHA256 or SHA512.",
    ),
    "totp.bad_digits": QT_TRANSLATE_NOOP(
        "Messages",
        "Codes of “{digits}” digits are not possible: authenticator codes have 6 or 8 digits.",
    ),
    "totp.bad_period": QT_TRANSLATE_NOOP(
        "Messages",
        "A code lifetime of “{period}” seconds makes no sense: it must be a whole number from "
        "{min} to {max}.",
    ),
    "totp.issuer_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The address names two different services: “{label}” in its name and “{issuer}” in "
        "its settings. Do not use it; set up again from the service's own page.",
    ),
    "totp.bad_percent_encoding": QT_TRANSLATE_NOOP(
        "Messages", "The address contains broken %-encoding, so it cannot be read reliably."
    ),
    "totp.control_characters": QT_TRANSLATE_NOOP(
        "Messages", "The address contains hidden control characters."
    ),
    "totp.duplicate_parameter": QT_TRANSLATE_NOOP(
        "Messages", "The setting “{name}” appears twice in the address."
    ),
    "totp.image_unreadable": QT_TRANSLATE_NOOP("Messages", "This picture cannot be read."),
    "totp.no_qr_found": QT_TRANSLATE_NOOP(
        "Messages",
        "No QR code was found in this picture. Try a sharper, larger picture of the code.",
    ),
}

_SETUP_KEY_ADVICE: Mapping[str, str] = {
    "totp.app_may_ignore_algorithm": QT_TRANSLATE_NOOP(
        "Messages",
        "This key asks for the {algorithm} algorithm. Many phone apps (Google Authenticator "
        "among them) ignore this and would show wrong codes: check a code here first.",
    ),
    "totp.app_may_ignore_digits": QT_TRANSLATE_NOOP(
        "Messages",
        "This key asks for {digits}-digit codes. Many phone apps ignore this and show 6 "
        "digits: check a code here first.",
    ),
    "totp.app_may_ignore_period": QT_TRANSLATE_NOOP(
        "Messages",
        "This key asks for a new code every {period} seconds. Many phone apps ignore this and "
        "change the code every 30 seconds: check a code here first.",
    ),
    "totp.secret_short_accepted": QT_TRANSLATE_NOOP(
        "Messages",
        "This key has {bits} bits, fewer than the 128 recommended today. Authenticator apps "
        "accept it, and so does secguard.",
    ),
    "totp.bare_key_defaults": QT_TRANSLATE_NOOP(
        "Messages",
        "A key on its own carries no settings: secguard assumes the usual ones (SHA1, 6 digits, "
        "a new code every 30 seconds), as phone apps do.",
    ),
    "totp.practice_key": QT_TRANSLATE_NOOP(
        "Messages",
        "This is a practice key: it belongs to no account and protects nothing. Add it to your "
        "app to try the steps, and delete it from the app afterwards.",
    ),
    "totp.qr_is_secret": QT_TRANSLATE_NOOP(
        "Messages",
        "This picture is a secret: anyone who sees or photographs it can make your codes. Show "
        "it only to scan it with your own phone, and never send it to anyone.",
    ),
}

_CODE_CHECK: Mapping[str, str] = {
    "totp.code_invalid": QT_TRANSLATE_NOOP("Messages", "This code cannot be checked."),
    "totp.code_empty": QT_TRANSLATE_NOOP(
        "Messages", "Type the {digits}-digit code that your authenticator app shows."
    ),
    "totp.code_not_digits": QT_TRANSLATE_NOOP(
        "Messages", "A code has only digits: type the {digits} digits that your app shows."
    ),
    "totp.code_wrong_length": QT_TRANSLATE_NOOP(
        "Messages", "The code you typed has {typed} digits; your app shows {digits}."
    ),
    "totp.verify_match": QT_TRANSLATE_NOOP(
        "Messages", "The code matches: your authenticator app is set up correctly."
    ),
    "totp.verify_clock_off": QT_TRANSLATE_NOOP(
        "Messages",
        "The code belongs to a time about {seconds} seconds away: the clock of your phone or of "
        "this PC is off by about that much. Let both set their time automatically, then try "
        "again.",
    ),
    "totp.verify_no_match": QT_TRANSLATE_NOOP(
        "Messages", "The code does not match. The likely causes, most likely first:"
    ),
    "totp.cause_other_account": QT_TRANSLATE_NOOP(
        "Messages",
        "The code is from another account in your app: check the name above the code.",
    ),
    "totp.cause_typo": QT_TRANSLATE_NOOP(
        "Messages",
        "A digit was mistyped, or the code changed while you typed it: type the current code "
        "again.",
    ),
    "totp.cause_key_copied_wrong": QT_TRANSLATE_NOOP(
        "Messages",
        "The key was copied or typed with a mistake: remove the account from the app and add "
        "it again.",
    ),
    "totp.cause_settings": QT_TRANSLATE_NOOP(
        "Messages",
        "The service uses settings that your app ignores (another number of digits or code "
        "lifetime).",
    ),
    "totp.cause_clock_far_off": QT_TRANSLATE_NOOP(
        "Messages", "The clock of your phone or of this PC is off by more than ten minutes."
    ),
    "totp.clock_fix_windows": QT_TRANSLATE_NOOP(
        "Messages",
        "Windows: Settings > Time & language > Date & time: turn on “Set time automatically”, "
        "then press “Sync now”.",
    ),
    "totp.clock_fix_macos": QT_TRANSLATE_NOOP(
        "Messages",
        "Mac: System Settings > General > Date & Time: turn on “Set time and date automatically”.",
    ),
    "totp.clock_fix_iphone": QT_TRANSLATE_NOOP(
        "Messages", "iPhone: Settings > General > Date & Time: turn on “Set Automatically”."
    ),
    "totp.clock_fix_android": QT_TRANSLATE_NOOP(
        "Messages",
        "Android: Settings > System > Date & time: turn on “Set time automatically” (the names "
        "differ a little from maker to maker).",
    ),
    "totp.clock_ok": QT_TRANSLATE_NOOP(
        "Messages", "This PC's clock is right (compared with {host})."
    ),
    "totp.clock_behind": QT_TRANSLATE_NOOP(
        "Messages",
        "This PC's clock is about {seconds} seconds behind {host}. Codes may not match: let "
        "the clock set itself automatically.",
    ),
    "totp.clock_ahead": QT_TRANSLATE_NOOP(
        "Messages",
        "This PC's clock is about {seconds} seconds ahead of {host}. Codes may not match: let "
        "the clock set itself automatically.",
    ),
    "totp.clock_unknown_offline": QT_TRANSLATE_NOOP(
        "Messages",
        "The clock could not be checked: {host} did not answer (this PC may be offline). This "
        "is not a result: the clock may be right or wrong.",
    ),
    "totp.clock_unknown_answer": QT_TRANSLATE_NOOP(
        "Messages",
        "The clock could not be checked: the answer from {host} gave no usable time. This is "
        "not a result: the clock may be right or wrong.",
    ),
}

MFA_MESSAGES: Mapping[str, str] = {
    **_STEP_3,
    **_GUIDANCE,
    **_SETUP_KEY_PROBLEMS,
    **_SETUP_KEY_ADVICE,
    **_CODE_CHECK,
}
