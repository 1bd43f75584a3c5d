"""One known state of all seven precautions, with secrets planted where they must stay.

The planted password, log-in ID, TOTP secret and fingerprints sit in the records a
report is made from; none of them may appear in any report.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from secguard.core.accounts import AccountRecord, Answer, PasswordCheck
from secguard.core.bookmarks import Bookmark
from secguard.core.breach import BreachStatus
from secguard.core.checklist import CheckResult, CheckState, PrecautionId
from secguard.core.checks import current_results
from secguard.core.mfa import MfaMethod
from secguard.core.progress import Progress, ScanSummary
from secguard.core.report import Report, build_report
from secguard.core.review import Outcome, ReviewRecord, ReviewRoutine
from secguard.core.stored import StoredData
from secguard.core.system.findings import Finding, Topic
from secguard.core.system.identity import OsIdentity
from secguard.core.system.probes import SystemReport
from secguard.resources import broker_directory

NOW = datetime(2026, 12, 2, 14, 30, tzinfo=UTC)
PLANTED_PASSWORD = "Planted-Pa55word!x9"
PLANTED_LOGIN_ID = "plantedlogin4711"
PLANTED_TOTP_SECRET = "JBSWY3DPEHPK3PXPQ7ZX"
PLANTED_FINGERPRINT = "scrypt$32768$8$1$0123456789abcdefplanted"
PLANTED_PIN_FINGERPRINT = "scrypt$32768$8$1$fedcba9876543210planted"
PLANTED = (
    PLANTED_PASSWORD,
    PLANTED_LOGIN_ID,
    PLANTED_TOTP_SECRET,
    PLANTED_FINGERPRINT,
    PLANTED_PIN_FINGERPRINT,
)
# In the bookmark's address only: absent unless the person asks for the addresses.
SBI_ADDRESS = f"https://www.sbisec.co.jp/ETGate/?pw={PLANTED_PASSWORD}"
IDENTITY = OsIdentity("linux", "Debian GNU/Linux 12 (bookworm)", "12", distribution="debian")


def stored_data() -> StoredData:
    bookmarks = [
        Bookmark(SBI_ADDRESS, f"SBI {PLANTED_TOTP_SECRET}", "sbi", id=1),
        Bookmark("https://www.rakuten-sec.co.jp/", "楽天", "rakuten", id=2),
    ]
    reused = PasswordCheck.of(3, BreachStatus.NOT_FOUND, reused=True, at=NOW.isoformat())
    accounts = [
        AccountRecord(
            "SBI",
            "sbi",
            login_id=PLANTED_LOGIN_ID,
            mfa_enabled=Answer.YES,
            mfa_method=MfaMethod.SMS,
            login_notifications=Answer.YES,
            password_fingerprint=PLANTED_FINGERPRINT,
            pin_fingerprint=PLANTED_PIN_FINGERPRINT,
            password_check=reused,
            id=1,
        ),
        AccountRecord("楽天", "rakuten", password_fingerprint=PLANTED_FINGERPRINT, id=2),
    ]
    return StoredData.read(bookmarks, accounts)


def progress() -> Progress:
    fine = [
        ReviewRecord((NOW - timedelta(days=2)).isoformat(), key, broker, Outcome.ALL_FINE)
        for key, broker in (("account-1", "sbi"), ("account-2", "rakuten"))
    ]
    return Progress(
        completed_steps=[PrecautionId.NO_LINKS.value],
        browser_scan=ScanSummary(NOW.isoformat(), 40, 0, 0),
        review_routine=ReviewRoutine(records=tuple(fine)),
    )


def system_report() -> SystemReport:
    return SystemReport(
        IDENTITY,
        (
            Finding(
                Topic.OS_SUPPORT,
                CheckState.OK,
                "system.os_supported",
                {"name": "Debian 12", "end": "2028-06-30"},
            ),
            Finding(Topic.UPDATES, CheckState.ATTENTION, "system.updates_pending", {"count": "3"}),
        ),
        (Finding(Topic.ANTIVIRUS, CheckState.UNKNOWN, "system.linux_no_antivirus"),),
        NOW,
    )


def results() -> list[CheckResult]:
    return current_results(
        progress(), stored_data(), directory=broker_directory(), system=system_report(), at=NOW
    )


EXPECTED_STATES = [
    CheckState.OK,  # 1: promised
    CheckState.OK,  # 2: bookmarks, scan clean
    CheckState.ATTENTION,  # 3: SMS codes only
    CheckState.RISK,  # 4: a reused password
    CheckState.OK,  # 5: reviewed two days ago
    CheckState.ATTENTION,  # 6: updates waiting
    CheckState.UNKNOWN,  # 7: Linux, informational
]


def known_report(language: str, *, include_addresses: bool = False) -> Report:
    stored = stored_data()
    return build_report(
        results(),
        created="2026-12-02T23:30:00+09:00",
        version="0.1.0",
        language=language,
        check_id="K7-4QX9",
        os=IDENTITY,
        bookmarks=stored.bookmarks,
        include_addresses=include_addresses,
        storage=("available", "storage.available", {}),
    )
