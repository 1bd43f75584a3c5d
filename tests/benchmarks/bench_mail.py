"""Time to judge a saved e-mail with a 10 MB attachment, against parsing it alone.

The baseline is the least any reader of the file must do: Python's ``email``
parser over the same bytes.  The judge adds its checks of the text parts and
links, and must never decode the attachment: its ratio to the baseline stays
near 1 however large the attachment is.  A plain message of a few kilobytes
is timed too (the everyday case).

Run:  .venv/bin/python tests/benchmarks/bench_mail.py
"""

from __future__ import annotations

import email.policy
import statistics
import sys
import time
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from secguard.core.mail import MailJudge  # noqa: E402
from secguard.resources import broker_directory  # noqa: E402

FIXTURES = ROOT / "tests/core/mail/fixtures"


def with_attachment(megabytes: int) -> bytes:
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = "SBI証券 <info@sbisec.co.jp>"
    message["Subject"] = "添付ファイル"
    message.set_content("取引報告書を添付します。https://www.sbisec.co.jp/ETGate/\n")
    message.add_attachment(
        bytes(range(256)) * (megabytes * 1024 * 4), maintype="application", subtype="pdf"
    )
    return message.as_bytes()


def best_of(runs: int, work: object) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main() -> None:
    judge = MailJudge(broker_directory())
    for label, data in [
        ("10 MB attachment", with_attachment(10)),
        ("genuine_dmarc_pass.eml", (FIXTURES / "genuine_dmarc_pass.eml").read_bytes()),
    ]:
        runs = 5 if len(data) > 1_000_000 else 200
        parse = best_of(runs, lambda d=data: BytesParser(policy=email.policy.default).parsebytes(d))
        judged = best_of(runs, lambda d=data: judge.judge_bytes(d))
        print(
            f"{label} ({len(data) / 1e6:.2f} MB): parse only {parse[0] * 1000:.1f} ms, "
            f"judge {judged[0] * 1000:.1f} ms (median {judged[1] * 1000:.1f} ms), "
            f"ratio {judged[0] / parse[0]:.2f}"
        )


if __name__ == "__main__":
    main()
