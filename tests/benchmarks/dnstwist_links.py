"""The link judge on dnstwist's permutations of every official broker domain, per fuzzer.

dnstwist (https://github.com/elceef/dnstwist) is an evaluation tool, not a
secguard dependency: install it into a separate environment and point this
script at that environment's Python.  Only dnstwist's ``Fuzzer`` is used, which
generates names offline; nothing is resolved or fetched.

    python3 -m venv /tmp/dnstwist-venv && /tmp/dnstwist-venv/bin/pip install dnstwist
    .venv/bin/python tests/benchmarks/dnstwist_links.py --dnstwist-python /tmp/dnstwist-venv/bin/python \\
        [--dictionary english.dict] [--tld common_tlds.dict] [--misses 20]

The dictionary and TLD files are dnstwist's own (its repository's
``dictionaries/``); without them the ``dictionary`` fuzzer makes nothing and the
``tld-swap`` fuzzer nothing either.  Goal (issue 16): every fuzzer at least 95 %
flagged (lookalike or suspicious), all of them together at least 99 %, none
official or bookmarked.  Without dnstwist the script says so and stops.
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from secguard.core.links import LinkJudge, Verdict  # noqa: E402
from secguard.resources import broker_directory  # noqa: E402

# Run in dnstwist's own environment: reads domains and word lists as JSON on stdin and
# prints [fuzzer, domain] pairs as JSON.
_GENERATE = """
import json, sys
import dnstwist
job = json.load(sys.stdin)
out = []
for domain in job["domains"]:
    fuzzer = dnstwist.Fuzzer(domain, dictionary=job["dictionary"], tld_dictionary=job["tlds"])
    fuzzer.generate()
    out += [[p["fuzzer"], p["domain"]] for p in fuzzer.domains]
json.dump(out, sys.stdout)
"""


def _words(path: str | None) -> list[str]:
    if not path:
        return []
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("//")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dnstwist-python", default="/work/dnstwist-venv/bin/python")
    parser.add_argument("--dictionary")
    parser.add_argument("--tld")
    parser.add_argument("--misses", type=int, default=0)
    args = parser.parse_args()

    directory = broker_directory()
    officials = sorted({d for b in directory.brokers for d in b.registrable_domains})
    job = {"domains": officials, "dictionary": _words(args.dictionary), "tlds": _words(args.tld)}
    try:
        proc = subprocess.run(
            [args.dnstwist_python, "-c", _GENERATE],
            input=json.dumps(job),
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError) as error:
        print(f"skipped: dnstwist is not usable from {args.dnstwist_python} ({error})")
        return 0
    pairs = {(fuzzer, domain) for fuzzer, domain in json.loads(proc.stdout)}
    own = {h for b in directory.brokers for h in (*b.registrable_domains, *b.official_hosts)}
    judge = LinkJudge(directory)
    totals: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    misses: dict[str, list[str]] = collections.defaultdict(list)
    trusted = []
    for fuzzer, domain in sorted(pairs):
        if fuzzer == "*original" or domain in own:
            continue
        verdict = judge.judge_url(f"https://{domain}/")
        if verdict is None:
            continue
        flagged = verdict.dangerous
        totals[fuzzer][0] += flagged
        totals[fuzzer][1] += 1
        if verdict.verdict in {Verdict.OFFICIAL, Verdict.BOOKMARKED}:
            trusted.append(domain)
        elif not flagged:
            misses[fuzzer].append(domain)
    print(f"dnstwist permutations of {len(officials)} official domains")
    for fuzzer in sorted(totals):
        hit, total = totals[fuzzer]
        print(f"  {fuzzer:16s} {hit:6d}/{total:<6d} {hit / total:7.1%}")
    hit = sum(h for h, _ in totals.values())
    total = sum(t for _, t in totals.values())
    print(
        f"all: flagged {hit}/{total} = {hit / max(total, 1):.2%}; trusted (must be 0): {len(trusted)}"
    )
    for domain in trusted[:20]:
        print("  TRUSTED:", domain)
    for fuzzer in sorted(misses):
        for domain in misses[fuzzer][: args.misses]:
            print(f"  miss {fuzzer}: {domain}")
    return 1 if trusted else 0


if __name__ == "__main__":
    sys.exit(main())
