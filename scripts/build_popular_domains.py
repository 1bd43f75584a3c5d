"""Builds resources/popular/domains.txt from a Majestic Million CSV snapshot.

Majestic's list ranks sites by how many other sites (subnets) link to them.
Each row's host is reduced to its registrable domain (the bundled Public
Suffix List, ICANN section), kept once, in rank order, and the broker
directory's own domains and the platforms anyone can publish under (github.io,
workers.dev: the Public Suffix List's private section) are left out.

    .venv/bin/python scripts/build_popular_domains.py majestic_million.csv \\
        > resources/popular/domains.txt
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from secguard.core.links.hosts import split_host  # noqa: E402
from secguard.resources import broker_directory  # noqa: E402

HEADER = """\
# The registrable domains of the web's most linked-to sites, in rank order.
# Source: the Majestic Million (https://majestic.com/reports/majestic-million),
# (c) Majestic-12 Ltd, licensed under CC BY 3.0; see README.md beside this file.
"""


def main(path: str) -> None:
    official = {d for b in broker_directory().brokers for d in b.registrable_domains}
    seen: set[str] = set()
    out = [HEADER.rstrip("\n")]
    with Path(path).open(encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows):
            host = (row.get("IDN_Domain") or row.get("Domain") or "").strip().lower()
            parts = split_host(host) if host else None
            if parts is None or parts.platform_suffix:
                continue  # (github.io, workers.dev: anyone publishes there)
            registrable = parts.registrable
            if registrable and registrable not in seen and registrable not in official:
                seen.add(registrable)
                out.append(registrable)
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
