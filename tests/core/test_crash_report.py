from __future__ import annotations

import sys

from secguard.core.crash_report import crash_report
from secguard.core.errors import SecguardError

SECRET = "otpauth://totp/SBI:me?secret=JBSWY3DPEHPK3PXP"


def _report_for(exc: BaseException) -> str:
    try:
        raise exc
    except BaseException:  # noqa: BLE001
        exc_type, value, tb = sys.exc_info()
        assert exc_type is not None
        assert value is not None
        return crash_report(exc_type, value, tb, version="9.9", qt_version="6.x")


def test_report_names_the_failure_but_never_its_message():
    report = _report_for(ValueError(f"bad input {SECRET} password=hunter2"))
    assert "builtins.ValueError" in report
    assert "secguard 9.9 crash report" in report
    assert "Qt 6.x" in report
    assert "test_crash_report.py" in report
    assert "JBSWY3DPEHPK3PXP" not in report
    assert "hunter2" not in report
    assert "otpauth" not in report


def test_secguard_errors_keep_their_message_id():
    report = _report_for(SecguardError("storage.locked", path="x"))
    assert "Message id: storage.locked" in report


def test_home_directory_is_cut_from_paths():
    report = _report_for(RuntimeError("x"))
    assert "/home/" not in report
    assert "/root/" not in report
    assert "/work/" not in report
