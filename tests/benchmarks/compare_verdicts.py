"""Before/after comparison of the link judge over many thousands of inputs.

A change that claims to keep every verdict (issue 11: the judge rebuilt as
lists of detectors) is checked here against the code before it: the same
inputs go through both trees, and every link's verdict, broker, shown
address and reasons (as English and Japanese parameters, group and broker
names resolved the way the window and the CLI resolve them) must agree.

Inputs: the permutation generator over every broker domain (with and
without a scheme), the well-known sites, the issue-9 tricks, the eval CSV
of real phishing URLs when it is beside the checkout (read in place, never
copied), and random mutations of official and other addresses inside
message templates, with and without a bookmark.

Run once per tree and hash seed, then compare:

    git archive BEFORE | tar -x -C /tmp/before
    PYTHONHASHSEED=0 .venv/bin/python tests/benchmarks/compare_verdicts.py dump /tmp/before a.jsonl
    PYTHONHASHSEED=0 .venv/bin/python tests/benchmarks/compare_verdicts.py dump . b.jsonl
    .venv/bin/python tests/benchmarks/compare_verdicts.py diff a.jsonl b.jsonl
"""

from __future__ import annotations

import csv
import inspect
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL_CSV = HERE.parents[2] / "shared" / "eval" / "phish-broker-dev.csv"
LANGUAGES = ("en", "ja")
TEMPLATES = (
    "{}",
    "【SBI証券】本人確認のお願い {} からログインしてください",
    "お客様の口座が制限されました。至急ご確認ください {}",
    "楽天証券からのお知らせ\n公式サイト: https://www.rakuten-sec.co.jp/\nこちらから: {}\n",
    "{}にログインしてください",
    "こちら{}",
    "野村證券 {} マネックス証券",
)
MUTATION_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-._/@:%\\" + "。ログイン証券ѕіе\u200b\u00ad\t"


def _inputs(root: Path) -> list[str]:
    sys.path.insert(0, str(root))
    from secguard.resources import broker_directory
    from tests.core.links.permutations import permutations

    directory = broker_directory()
    texts: list[str] = []
    domains = [d for b in directory.brokers for d in b.registrable_domains]
    groups = [g.domain for b in directory.brokers for g in b.group_domains]
    for domain in domains:
        for variant in sorted(permutations(domain)):
            texts += [f"https://{variant}/", variant, f"https://www.{variant}/login"]
    texts += [f"https://www.{d}/" for d in domains + groups]
    texts += [b.site_url for b in directory.brokers]
    well_known = root / "tests/core/links/well_known_sites.txt"
    # A row may carry "  # where it was seen" after the URL (an older tree's list does not).
    texts += [
        line.split("  #", 1)[0].strip()
        for line in well_known.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    if EVAL_CSV.exists():
        with EVAL_CSV.open(encoding="utf-8") as handle:
            texts += [row["url"] for row in csv.DictReader(handle)]
    rng = random.Random(20251202)
    seeds = [*(b.site_url for b in directory.brokers), *texts[:: max(1, len(texts) // 400)]]
    for _ in range(20_000):
        chars = list(rng.choice(seeds))
        for _edit in range(rng.randint(1, 4)):
            place = rng.randrange(len(chars) + 1)
            action = rng.randrange(3)
            if action == 0:
                chars.insert(place, rng.choice(MUTATION_CHARS))
            elif action == 1 and place < len(chars):
                del chars[place]
            elif place < len(chars):
                chars[place] = rng.choice(MUTATION_CHARS)
        texts.append(rng.choice(TEMPLATES).format("".join(chars)))
    return texts


def _judges(root: Path) -> dict[str, object]:
    from secguard.core.bookmarks import new_bookmark
    from secguard.core.links import LinkJudge
    from secguard.resources import broker_directory

    bookmarks = [
        new_bookmark("https://www.sbisec.co.jp/", "SBI", "sbi"),
        new_bookmark("https://my-broker.example.co.jp/", "Mine"),
    ]
    takes_language = "language" in inspect.signature(LinkJudge).parameters
    judges: dict[str, object] = {}
    for language in LANGUAGES:
        extra = {"language": language} if takes_language else {}
        judges[f"{language}"] = LinkJudge(broker_directory(), **extra)
        judges[f"{language}+bookmarks"] = LinkJudge(broker_directory(), bookmarks, **extra)
    return judges


def _reasons(items: object, language: str) -> list[object]:
    from secguard.i18n import broker_params

    return [[r.message_id, broker_params(r.params, language)] for r in items]


def _link(link: object, language: str) -> list[object]:
    reasons = _reasons(link.reasons, language)
    return [link.url, link.host, link.verdict.value, link.broker_id, reasons]


def _result(result: object, language: str) -> dict[str, object]:
    return {
        "links": [_link(link, language) for link in result.links],
        "truncated": result.truncated,
        "context": list(result.context_brokers),
        "notes": _reasons(result.notes, language),
    }


def dump(root: Path, out: Path) -> None:
    texts = _inputs(root)
    judges = _judges(root)
    with out.open("w", encoding="utf-8") as handle:
        for text in texts:
            row: dict[str, object] = {"input": text}
            for name, judge in judges.items():
                language = name.split("+")[0]
                row[name] = _result(judge.judge(text), language)
                single = judge.judge_url(text)
                row[name + " url"] = None if single is None else _link(single, language)
            handle.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(texts)} inputs judged by {len(judges)} judges -> {out}")


def diff(first: Path, second: Path) -> int:
    a = first.read_text(encoding="utf-8").splitlines()
    b = second.read_text(encoding="utf-8").splitlines()
    if len(a) != len(b):
        print(f"different input counts: {len(a)} and {len(b)}")
        return 1
    differences = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    links = sum(
        len(value["links"]) if isinstance(value, dict) else value is not None
        for row in map(json.loads, a)
        for key, value in row.items()
        if key != "input"
    )
    print(f"{len(a)} inputs, {links} judged links compared: {len(differences)} differences")
    for x, y in differences[:10]:
        print("  before:", x[:300])
        print("  after: ", y[:300])
    return 1 if differences else 0


def main() -> int:
    command, *args = sys.argv[1:]
    if command == "dump":
        dump(Path(args[0]).resolve(), Path(args[1]))
        return 0
    return diff(Path(args[0]), Path(args[1]))


if __name__ == "__main__":
    sys.exit(main())
