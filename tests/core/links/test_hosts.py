"""The fast paths in hosts.py give the same answers as the slow, obvious ones."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from secguard.core.links.hosts import NearMissIndex, _psl_icann, damerau, skeleton, split_host

NAMES = [("sbi", "sbisec"), ("rakuten", "rakuten-sec"), ("monex", "monex"), ("mumss", "mumss")]
LABELS = st.text(alphabet="abcdeiklmnorstux01-", min_size=1, max_size=14)
TYPOS = st.sampled_from(["sbisce", "rakutensec", "rakuten-sce", "monx", "mumsss"])


@st.composite
def _edited(draw) -> str:
    """An official name with up to three random edits: a letter changed, added, left out,
    or two neighbours swapped (two swaps in a long name change many letter pairs)."""
    word = list(skeleton(draw(st.sampled_from([name for _owner, name in NAMES]))))
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(["change", "add", "drop", "swap"]))
        at = draw(st.integers(0, max(len(word) - 1, 0)))
        letter = draw(st.sampled_from("abcdeiklmnorstux"))
        if kind == "change" and word:
            word[at] = letter
        elif kind == "add":
            word.insert(at, letter)
        elif kind == "drop" and len(word) > 1:
            del word[at]
        elif kind == "swap" and at + 1 < len(word):
            word[at], word[at + 1] = word[at + 1], word[at]
    return "".join(word)


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
@given(st.one_of(LABELS, TYPOS, _edited()))
def test_near_misses_match_a_brute_force_search(label: str):
    index = NearMissIndex(NAMES)
    found = index.matches(label)
    assert set(found) == _brute_force(label)
    order = [NAMES.index(next(n for n in NAMES if n[0] == owner)) for owner, _t, _d in found]
    assert sorted(zip([d for *_x, d in found], order, strict=True)) == list(
        zip([d for *_x, d in found], order, strict=True)
    ), "nearest first, then in the order the names were given"


def test_two_swaps_in_a_long_name_are_two_edits():
    # "arkutnesec" shares few letter pairs with "rakutensec", yet it is two swaps away.
    assert ("rakuten", "rakutensec", 2) in NearMissIndex(NAMES).matches("arkutnesec")


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


# --- the judge's own fast paths (issue 16) ----------------------------------------------

WINDOWS = st.text(alphabet="abdeilmnorstuwx", min_size=1, max_size=9)


TARGETS = st.sampled_from(["monex", "nomura", "daiwa", "rakuten", "dlawa", "mlzuho"])


@st.composite
def _edited(draw: st.DrawFn) -> tuple[str, str]:
    """A target with one letter added, removed, changed or two swapped (or none)."""
    target = draw(TARGETS)
    at = draw(st.integers(0, len(target) - 1))
    letter = draw(st.sampled_from("abdeilmnorstuwx"))
    edit = draw(st.sampled_from(["add", "drop", "change", "swap", "none"]))
    window = {
        "add": target[:at] + letter + target[at:],
        "drop": target[:at] + target[at + 1 :],
        "change": target[:at] + letter + target[at + 1 :],
        "swap": target[:at] + target[at + 1 : at + 2] + target[at : at + 1] + target[at + 2 :],
        "none": target,
    }[edit]
    return window, target


@settings(max_examples=3000)
@given(st.one_of(st.tuples(WINDOWS, TARGETS), _edited()))
def test_one_edit_closeness_is_the_edit_distance(pair: tuple[str, str]):
    window, target = pair
    from secguard.core.links.near_miss import close as _close

    expected = len(window) in {len(target), len(target) + 1} and (_plain_osa(window, target) <= 1)
    assert _close(window, target) == expected


@st.composite
def _inserted(draw: st.DrawFn) -> str:
    """An official name with one or two letters slipped in somewhere."""
    name = draw(st.sampled_from(["sbisec", "matsui", "okasan", "nomura", "rakuten-sec"]))
    for _ in range(draw(st.integers(1, 2))):
        at = draw(st.integers(0, len(name)))
        name = name[:at] + draw(st.sampled_from("aesx")) + name[at:]
    return name


@settings(max_examples=2000)
@given(st.one_of(st.text(alphabet="abcikmnorstuw-", min_size=1, max_size=14), _inserted()))
def test_inserted_letters_indexed_by_ends_match_a_scan_of_every_name(candidate: str):
    from secguard.core.links.index import BrokerIndex
    from secguard.core.links.near_miss import is_subsequence as _is_subsequence
    from secguard.core.links.near_miss import letters_inserted as _letters_inserted
    from secguard.resources import broker_directory

    index = BrokerIndex(broker_directory())
    plain = candidate.replace("-", "")
    expected = {
        label
        for label in index.labels
        if len(name := label.replace("-", "")) >= 6
        and plain
        and 0 < len(plain) - len(name) <= 2
        and plain[0] == name[0]
        and plain[-1] == name[-1]
        and _is_subsequence(name, plain)
    }
    found = _letters_inserted(index, candidate)
    if found is None:
        # (a common word is never a typo)
        from secguard.core.links.hosts import common_words

        assert not expected or plain in common_words()
    else:
        assert found.reason.params["official"] in expected


def test_a_subsequence_is_read_in_order():
    from secguard.core.links.near_miss import is_subsequence as _is_subsequence

    assert _is_subsequence("sbisec", "sbisesec")
    assert not _is_subsequence("sbisec", "sbiscee")
