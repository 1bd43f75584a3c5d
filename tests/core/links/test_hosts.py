"""The fast paths in hosts.py give the same answers as the slow, obvious ones."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from secguard.core.links.hosts import NearMissIndex, _psl_icann, damerau, skeleton, split_host

NAMES = [("sbi", "sbisec"), ("rakuten", "rakuten-sec"), ("monex", "monex"), ("mumss", "mumss")]
LABELS = st.text(alphabet="abcdeiklmnorstux01-", min_size=1, max_size=14)
TYPOS = st.sampled_from(["sbisce", "rakutensec", "rakuten-sce", "monx", "mumsss"])


def _plain_osa(a: str, b: str) -> int:
    table = [[i + j if not i * j else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            table[i][j] = min(
                table[i - 1][j] + 1,
                table[i][j - 1] + 1,
                table[i - 1][j - 1] + (a[i - 1] != b[j - 1]),
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
    return table[-1][-1]


@settings(max_examples=3000)
@given(st.text("abc", max_size=8), st.text("abc", max_size=8), st.integers(1, 3))
def test_damerau_is_exact_up_to_its_limit(a: str, b: str, limit: int):
    expected = _plain_osa(a, b)
    if expected <= limit:
        assert damerau(a, b, limit) == expected
    else:
        assert damerau(a, b, limit) > limit


def _brute_force(label: str) -> set[tuple[str, str, int]]:
    candidate = skeleton(label)
    found = set()
    if len(candidate) < 4:
        return found
    for owner, name in NAMES:
        target = skeleton(name)
        allowed = NearMissIndex.allowed(target)
        distance = damerau(candidate, target, allowed)
        if distance <= allowed:
            found.add((owner, target, distance))
    return found


@settings(max_examples=3000)
@given(st.one_of(LABELS, TYPOS))
def test_near_misses_match_a_brute_force_search(label: str):
    index = NearMissIndex(NAMES)
    assert set(index.matches(label)) == _brute_force(label)


HOST_LABELS = ["www", "a", "co", "jp", "com", "kawasaki", "city", "kyoto", "ck", "uk", "ac", ""]
HOST_LABELS += ["xn--bcher-kva", "workers", "dev", "s3", "amazonaws", "tokyo", "ne", "or"]


@settings(max_examples=2000)
@given(st.lists(st.sampled_from(HOST_LABELS), min_size=1, max_size=5))
def test_registrable_domain_matches_the_public_suffix_list(labels: list[str]):
    parts = split_host(".".join(labels))
    expected = (
        _psl_icann().privatesuffix(parts.host, accept_unknown=False) if parts.suffix else None
    )
    assert parts.registrable == expected
