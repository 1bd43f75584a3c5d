"""The TOTP assistant: the code check's ten-minute search, QR making and reading.

Baselines in the same run: one code (the search computes 41), and reading a
bare QR code (against the same code inside a 1280x800 busy screenshot and a
12-megapixel photo-sized picture).  Decoding large pictures belongs off the
UI thread; these figures say how far off.

Run:  .venv/bin/python tests/benchmarks/bench_totp.py
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from secguard.core.qr import read_qr_texts  # noqa: E402
from secguard.core.totp import code_at, read_key, verify_code  # noqa: E402
from secguard.core.totp.keys import check_setup_text  # noqa: E402
from secguard.core.totp.qr import qr_modules  # noqa: E402

URI = "otpauth://totp/ACME:taro?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=ACME"
NOW = 1_796_000_000.0


def median_ms(function, rounds: int) -> float:
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1000


def picture(width: int, height: int, scale: int, noisy: bool) -> bytes:
    """Grey pixels: a gradient with noise, the QR placed right of centre."""
    rng = random.Random(7)
    row = bytes((x * 200 // width) % 256 for x in range(width))
    pixels = bytearray(row * height)
    if noisy:
        for _ in range(width * height // 50):
            pixels[rng.randrange(width * height)] = rng.randrange(256)
    left, top = width // 2, height // 4
    for row_index, modules in enumerate(qr_modules(URI).rows):
        line = bytes(0 if dark else 255 for dark in modules for _ in range(scale))
        for y in range(top + row_index * scale, top + (row_index + 1) * scale):
            pixels[y * width + left : y * width + left + len(line)] = line
    return bytes(pixels)


def main() -> None:
    key = read_key(URI)
    one = median_ms(lambda: code_at(key, NOW), 200)
    far = code_at(key, NOW + 600)  # found last: the whole search runs
    search = median_ms(lambda: verify_code(key, far, NOW), 50)
    parse = median_ms(lambda: check_setup_text(URI), 200)
    make = median_ms(lambda: qr_modules(URI), 50)
    print(
        f"one code: {one:.3f} ms; ten-minute search (41 codes): {search:.3f} ms "
        f"= {search / one:.0f}x one code"
    )
    print(f"set-up URI check: {parse:.3f} ms; QR matrix made: {make:.2f} ms")
    modules = qr_modules(URI)
    side = modules.size * 4
    bare = b"".join(
        bytes(0 if dark else 255 for dark in row for _ in range(4))
        for row in modules.rows
        for _ in range(4)
    )
    base = median_ms(lambda: read_qr_texts(bare, side, side), 20)
    print(f"read a bare QR ({side}x{side}): {base:.1f} ms")
    for name, (width, height, scale) in {
        "busy screenshot 1280x800": (1280, 800, 4),
        "photo-sized 4000x3000": (4000, 3000, 12),
    }.items():
        pixels = picture(width, height, scale, noisy=True)
        assert read_qr_texts(pixels, width, height) == [URI]
        took = median_ms(lambda p=pixels, w=width, h=height: read_qr_texts(p, w, h), 5)
        print(f"read the QR in a {name}: {took:.1f} ms = {took / base:.0f}x the bare QR")


if __name__ == "__main__":
    main()
