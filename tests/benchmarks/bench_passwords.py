"""Password checks: strength per length, the breach response parse, the fingerprint.

Targets (issue 6): strength <= 50 ms at 128 characters; a padded 1,000-line
range response parsed in <= 2 ms.  zxcvbn (Python, what secguard uses) is
measured beside zxcvbn-rs-py (Rust) in the same run when that optional
package is installed (`pip install zxcvbn-rs-py`; not a dependency).

Run:  .venv/bin/python tests/benchmarks/bench_passwords.py
"""

from __future__ import annotations

import random
import statistics
import string
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from secguard.core.fingerprints import fingerprint, new_key  # noqa: E402
from secguard.core.hibp import parse_range  # noqa: E402
from secguard.core.passwords import StrengthMeter  # noqa: E402
from secguard.resources import romaji_dictionaries  # noqa: E402

LENGTHS = (8, 16, 32, 64, 128, 1000)


def median_ms(function, rounds: int) -> float:
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1000


def passwords(length: int, count: int = 7) -> list[str]:
    rng = random.Random(length)
    alphabet = string.ascii_letters + string.digits + "!#$%&*+-=?@_"
    # Half random, half word-like (the slow case for zxcvbn's matchers).
    words = ["tanaka", "sakura", "password", "monex", "2024", "yuuto", "qwerty"]
    result = []
    for n in range(count):
        if n % 2:
            result.append("".join(rng.choice(alphabet) for _ in range(length)))
        else:
            text = ""
            while len(text) < length:
                text += rng.choice(words) + rng.choice("!1-_")
            result.append(text[:length])
    return result


def main() -> None:
    meter = StrengthMeter(romaji_dictionaries())
    meter.evaluate("warm-up the dictionaries")
    try:
        import zxcvbn_rs_py
    except ImportError:
        zxcvbn_rs_py = None
    print("password benchmark (median per evaluation, 7 passwords per length, one core)")
    for length in LENGTHS:
        samples = passwords(length)
        python_ms = statistics.median(median_ms(lambda p=p: meter.evaluate(p), 3) for p in samples)
        line = f"  strength {length:5d} chars: secguard/zxcvbn {python_ms:7.2f} ms"
        if zxcvbn_rs_py is not None:
            rust_ms = statistics.median(
                median_ms(lambda p=p: zxcvbn_rs_py.zxcvbn(p[:256], []), 3) for p in samples
            )
            line += f"   zxcvbn-rs-py {rust_ms:6.2f} ms   ratio {python_ms / rust_ms:5.1f}x"
        if length == 128:
            line += "   (target <= 50 ms)"
        print(line)
    if zxcvbn_rs_py is None:
        print("  (zxcvbn-rs-py not installed: no Rust comparison)")

    rng = random.Random(1)
    lines = [
        "".join(rng.choice("0123456789ABCDEF") for _ in range(35))
        + f":{rng.choice([0, 0, 1, 7, 130])}"
        for _ in range(1000)
    ]
    body = "\r\n".join(lines) + "\r\n"
    parse_ms = median_ms(lambda: parse_range(body), 50)
    print(f"  parse a padded 1,000-line range response: {parse_ms:.3f} ms (target <= 2 ms)")

    key = new_key()
    print(
        f"  fingerprint (scrypt N=2^15, r=8): {median_ms(lambda: fingerprint('tanaka1985', key), 9):.1f} ms (tuned for 50-100 ms)"
    )


if __name__ == "__main__":
    main()
