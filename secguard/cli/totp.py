"""``secguard totp check|verify``: the TOTP assistant for support staff and scripts.

The set-up key or URI is read from standard input only (a terminal gets a
hidden prompt), never from the command line, where other users and shell
history could see it.  Nothing printed contains the secret: ``check``
prints the key's non-secret settings, ``verify`` only whether the code
matched.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import time
from collections.abc import Sequence
from typing import Any

from secguard.cli.exits import EXIT_INVALID_INPUT, EXIT_OK
from secguard.core.totp import Finding, InvalidOtpUri, KeyCheck, check_setup_text, verify_code
from secguard.core.totp.keys import MAX_INPUT_CHARS
from secguard.i18n import Texts


def _read_setup_text() -> str:
    if sys.stdin.isatty():
        return getpass.getpass("otpauth:// / key: ")
    try:
        text = sys.stdin.read(MAX_INPUT_CHARS + 1)
    except UnicodeDecodeError:
        raise InvalidOtpUri("totp.input_not_text") from None
    # Under a C or UTF-8 locale Python hands undecodable bytes over as lone surrogates.
    if any("\udc80" <= char <= "\udcff" for char in text):
        raise InvalidOtpUri("totp.input_not_text")
    return text


def _findings(findings: Sequence[Finding], texts: Texts) -> list[dict[str, str]]:
    return [
        {"message_id": f.message_id, "message": texts.message(f.message_id, f.params)}
        for f in findings
    ]


def check_to_json(checked: KeyCheck, texts: Texts) -> dict[str, Any]:
    return {
        "valid": checked.valid,
        "kind": checked.kind,
        "parameters": dict(checked.parameters),
        "warnings": _findings(checked.warnings, texts),
        "notes": _findings(checked.notes, texts),
        "problems": _findings(checked.problems, texts),
    }


def _print_check(checked: KeyCheck, texts: Texts) -> None:
    if checked.valid:
        print(texts.translate("Cli", "This set-up key can be used."))
        labels = {
            "issuer": texts.translate("Cli", "Service"),
            "account": texts.translate("Cli", "Account"),
            "algorithm": texts.translate("Cli", "Algorithm"),
            "digits": texts.translate("Cli", "Digits"),
            "period": texts.translate("Cli", "New code every (seconds)"),
            "secret_bits": texts.translate("Cli", "Key length (bits)"),
        }
        for name, value in checked.parameters.items():
            print(f"  {labels[name]}: {value}")
    else:
        print(texts.translate("Cli", "This set-up key cannot be used:"))
    for group in (checked.problems, checked.warnings, checked.notes):
        for finding in group:
            print(f"  - {texts.message(finding.message_id, finding.params)}")


def run_totp(args: argparse.Namespace, texts: Texts) -> int:
    if args.totp_command == "verify":
        return _run_verify(args, texts)
    if args.image is not None:
        from secguard.ui.qr_image import setup_from_image_file

        checked = setup_from_image_file(args.image)
    else:
        checked = check_setup_text(_read_setup_text())
    if args.json:
        sys.stdout.write(json.dumps(check_to_json(checked, texts), ensure_ascii=False) + "\n")
    else:
        _print_check(checked, texts)
    return EXIT_OK if checked.valid else EXIT_INVALID_INPUT


def _run_verify(args: argparse.Namespace, texts: Texts) -> int:
    from secguard.core.totp import read_key

    key = read_key(_read_setup_text())
    result = verify_code(key, args.code, at=time.time())
    if args.json:
        sys.stdout.write(json.dumps(result.as_json()) + "\n")
        return EXIT_OK
    print(texts.message(result.message_id, result.params))
    if not result.match and result.offset_steps is None:
        from secguard.core.totp.codes import NO_MATCH_CAUSES

        for cause in NO_MATCH_CAUSES:
            print(f"  - {texts.message(cause)}")
    return EXIT_OK
