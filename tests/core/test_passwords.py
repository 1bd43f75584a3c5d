from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secguard.core.checklist import CheckState
from secguard.core.fingerprints import StoredFingerprint, fingerprint, new_key, reused_with
from secguard.core.passwords import FEEDBACK_IDS, StrengthMeter, hepburn_variants
from secguard.resources import romaji_dictionaries


@pytest.fixture(scope="module")
def meter() -> StrengthMeter:
    return StrengthMeter(romaji_dictionaries())


@pytest.mark.parametrize("password", ["yuuto1985", "yuto1985", "sakura", "tanaka2024", "satoh0101"])
def test_japanese_names_and_words_are_weak(meter: StrengthMeter, password: str):
    assert meter.evaluate(password).state is CheckState.RISK


def test_romaji_lists_are_what_matches_japanese_names():
    # zxcvbn keeps dictionaries in module state, so ask it which one matched.
    from zxcvbn import zxcvbn

    StrengthMeter(romaji_dictionaries())
    sequence = zxcvbn("harutokun")["sequence"]
    assert "secguard_firstnames" in {match.get("dictionary_name") for match in sequence}


def test_account_words_count_against_the_password(meter: StrengthMeter):
    alone = meter.evaluate("kabuyamada77")
    known = meter.evaluate("kabuyamada77", user_inputs=["kabuyamada"])
    assert known.guesses_log10 < alone.guesses_log10


def test_strong_passphrase_is_ok(meter: StrengthMeter):
    result = meter.evaluate("violet-cactus-harbor-mirth-quilt")
    assert (result.score, result.state) == (4, CheckState.OK)
    assert result.feedback == ()


def test_empty_is_risk_not_a_crash(meter: StrengthMeter):
    result = meter.evaluate("")
    assert (result.score, result.feedback) == (0, ("strength.empty",))


@pytest.mark.parametrize("length", [73, 128, 1000, 100_000])
def test_long_passwords_never_crash_and_are_extrapolated(meter: StrengthMeter, length: int):
    result = meter.evaluate(("Xk9#mQ2!pL7@" * 10_000)[:length])
    assert result.scored_prefix
    assert result.length == length


def test_a_long_run_of_one_character_is_still_weak(meter: StrengthMeter):
    assert meter.evaluate("a" * 1000).state is CheckState.RISK
    assert meter.evaluate("abc" * 300).state is CheckState.RISK


def test_every_feedback_id_is_known(meter: StrengthMeter):
    for password in [
        "qwerty",
        "aaaaaa",
        "abcdef",
        "1985",
        "Password",
        "p@ssw0rd",
        "drowssap",
        "tanaka",
    ]:
        for message_id in meter.evaluate(password).feedback:
            assert message_id in set(FEEDBACK_IDS.values()) | {"strength.other"}


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_text_is_scored(text: str):
    result = StrengthMeter().evaluate(text)
    assert 0 <= result.score <= 4


def test_hepburn_variants():
    assert {"satou", "sato", "satoh"} <= hepburn_variants("satou")
    assert {"yuuto", "yuto"} <= hepburn_variants("yuuto")


def test_fingerprints_find_reuse_without_storing_the_secret():
    key = new_key()
    stored = [
        StoredFingerprint("楽天証券", "password", fingerprint("same-secret", key)),
        StoredFingerprint("SBI証券", "pin", fingerprint("1234", key)),
        StoredFingerprint("Monex", "password", fingerprint("other", key)),
    ]
    assert [s.owner for s in reused_with("same-secret", key, stored)] == ["楽天証券"]
    assert [s.what for s in reused_with("1234", key, stored)] == ["pin"]
    assert reused_with("nothing", key, stored) == []
    assert "same-secret" not in stored[0].value
    assert fingerprint("same-secret", new_key()) != stored[0].value, "keyed per installation"
