"""Every message id the TOTP assistant can produce has a text (ids built at run time too)."""

from __future__ import annotations

from secguard.core.totp import CodeCheck, CodeOutcome, check_setup_text
from secguard.core.totp.clock import ClockCheck, ClockState
from secguard.core.totp.codes import CLOCK_FIXES, NO_MATCH_CAUSES
from secguard.i18n import MESSAGES, Language, Texts, placeholders


def test_outcomes_warnings_causes_and_clock_states_have_texts():
    ids = {CodeCheck(outcome, 0, 0).message_id for outcome in CodeOutcome}
    unusual = check_setup_text(
        "otpauth://totp/x?secret=JBSWY3DPEHPK3PXPJBSWY3DP&algorithm=SHA256&digits=8&period=60"
    )
    ids |= {w.message_id for w in unusual.warnings}
    ids |= set(NO_MATCH_CAUSES) | set(CLOCK_FIXES.values())
    for state, offset, reason in [
        (ClockState.OK, 1.0, None),
        (ClockState.OFF, 40.0, None),
        (ClockState.OFF, -40.0, None),
        (ClockState.UNKNOWN, None, "offline"),
        (ClockState.UNKNOWN, None, "no_date"),
    ]:
        ids.add(ClockCheck(state, "example.jp", offset, 0.5, reason).message_id)
    ids |= {"totp.practice_key", "totp.qr_is_secret"}
    assert len(ids) == 22
    assert sorted(ids - MESSAGES.keys()) == []


def test_clock_off_fills_its_placeholders():
    result = CodeCheck(CodeOutcome.CLOCK_OFF, -6, -180)
    assert placeholders(MESSAGES[result.message_id]) <= set(result.params)
    text = Texts(Language.JAPANESE).message(result.message_id, result.params)
    assert "180" in text
    assert "{" not in text
    clock = ClockCheck(ClockState.OFF, "www.sbisec.co.jp", -45.4, 0.6)
    english = Texts(Language.ENGLISH).message(clock.message_id, clock.params)
    assert english.startswith("This PC's clock is about 45 seconds ahead of www.sbisec.co.jp")
