"""The key-URI format: defaults, every parameter, encodings, and each malformed case."""

from __future__ import annotations

import pyotp
import pytest

from secguard.core.totp import Algorithm, InvalidOtpUri, check_setup_text, read_key
from secguard.core.totp.keys import provisioning_uri

SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # 160 bits
SECRET_80 = "JBSWY3DPEHPK3PXP"  # 16 characters, 80 bits, still issued by services


def test_defaults_of_a_minimal_uri():
    checked = check_setup_text(f"otpauth://totp/alice?secret={SECRET}")
    assert checked.valid
    assert checked.kind == "uri"
    assert dict(checked.parameters) == {
        "issuer": "",
        "account": "alice",
        "algorithm": "SHA1",
        "digits": 6,
        "period": 30,
        "secret_bits": 160,
    }
    assert checked.warnings == ()
    assert checked.notes == ()


def test_every_parameter_is_read_and_unusual_ones_warned():
    checked = check_setup_text(
        f"otpauth://totp/ACME:alice@example.com?secret={SECRET}&issuer=ACME"
        "&algorithm=SHA512&digits=8&period=60&image=https%3A%2F%2Fexample.com%2Fx.png"
    )
    assert checked.valid
    key = checked.key
    assert key is not None
    assert (key.issuer, key.account) == ("ACME", "alice@example.com")
    assert (key.algorithm, key.digits, key.period) == (Algorithm.SHA512, 8, 60)
    assert [w.message_id for w in checked.warnings] == [
        "totp.app_may_ignore_algorithm",
        "totp.app_may_ignore_digits",
        "totp.app_may_ignore_period",
    ]
    assert [dict(w.params) for w in checked.warnings] == [
        {"algorithm": "SHA512"},
        {"digits": "8"},
        {"period": "60"},
    ]


def test_sha256_lower_case_and_hyphenated_algorithm_names():
    for spelling in ("SHA256", "sha256", "SHA-256"):
        key = read_key(f"otpauth://totp/x?secret={SECRET}&algorithm={spelling}")
        assert key.algorithm is Algorithm.SHA256


@pytest.mark.parametrize(
    ("uri", "issuer", "account"),
    [
        # encoded space and an encoded colon as the separator (the wiki allows both)
        (f"otpauth://totp/ACME%20Co%3Aalice?secret={SECRET}", "ACME Co", "alice"),
        # UTF-8 issuer, spaces before the account name, issuer with + in the query
        (
            (
                "otpauth://totp/%E6%A5%BD%E5%A4%A9%E8%A8%BC%E5%88%B8:%20%20taro"
                f"?secret={SECRET}&issuer=%E6%A5%BD%E5%A4%A9%E8%A8%BC%E5%88%B8"
            ),
            "楽天証券",
            "taro",
        ),
        (f"otpauth://totp/ACME%20Co:bob?secret={SECRET}&issuer=ACME+Co", "ACME Co", "bob"),
        # issuer only as a parameter; an account name with an encoded @
        (
            f"otpauth://totp/carol%40example.com?secret={SECRET}&issuer=Example",
            "Example",
            "carol@example.com",
        ),
        # upper-case scheme and type, padding kept, lower-case secret with spaces
        (
            "OTPAUTH://TOTP/x:y?secret=jbsw%20y3dp%20ehpk%203pxp%20jbsw%20y3dp%20ehpk%203pxp%3D",
            "x",
            "y",
        ),
    ],
)
def test_encodings(uri: str, issuer: str, account: str):
    checked = check_setup_text(uri)
    assert checked.valid, checked.problems
    assert checked.key is not None
    assert (checked.key.issuer, checked.key.account) == (issuer, account)


@pytest.mark.parametrize(
    "text",
    [
        SECRET,
        SECRET.lower(),
        "jbsw y3dp ehpk 3pxp jbsw y3dp ehpk 3pxp",
        "JBSW-Y3DP-EHPK-3PXP-JBSW-Y3DP-EHPK-3PXP",
        f"  {SECRET}\n",
        "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGE======",
    ],
)
def test_bare_keys_tolerate_spaces_hyphens_case_and_padding(text: str):
    checked = check_setup_text(text)
    assert checked.valid
    assert checked.kind == "key"
    assert checked.notes[0].message_id == "totp.bare_key_defaults"


def test_missing_padding_gives_the_same_key():
    assert read_key("MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U") == read_key(
        "mfrggzdfmztwq2lknnwg23tpobyxe43u"
    )
    assert read_key("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGE").secret_bits == 168  # 34 chars, unpadded


def test_80_bit_secrets_are_accepted_with_a_note_where_pyotp_refuses_them():
    uri = f"otpauth://totp/Old:me?secret={SECRET_80}&issuer=Old"
    with pytest.raises(ValueError, match="at least"):
        pyotp.parse_uri(uri)  # pyotp's default minimum is 112 bits
    checked = check_setup_text(uri)
    assert checked.valid
    assert [(n.message_id, dict(n.params)) for n in checked.notes] == [
        ("totp.secret_short_accepted", {"bits": "80"})
    ]


MALFORMED = [
    ("", "totp.empty"),
    ("   \n", "totp.empty"),
    ("x" * 5000, "totp.input_too_long"),
    (f"https://example.com/totp?secret={SECRET}", "totp.wrong_scheme"),
    ("otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8SGEV4YW1wbGU", "totp.migration_export"),
    (f"otpauth://hotp/ACME:alice?secret={SECRET}&counter=3", "totp.hotp_refused"),
    (f"otpauth://motp/ACME:alice?secret={SECRET}", "totp.unknown_type"),
    ("otpauth://totp/ACME:alice?issuer=ACME", "totp.no_secret"),
    ("otpauth://totp/ACME:alice?secret=&issuer=ACME", "totp.no_secret"),
    ("otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PX0", "totp.bad_base32"),
    ("JBSWY3DPEHPK3PX8", "totp.bad_base32"),
    ("JBSWY3D=PEHPK3PX", "totp.bad_base32_padding"),
    ("JBSWY3DPEHPK3PXPJ", "totp.bad_base32_length"),
    ("JBSWY3DPEHPK", "totp.secret_too_short"),
    ("A" * 400, "totp.secret_too_long"),
    (f"otpauth://totp/x?secret={SECRET}&algorithm=MD5", "totp.unknown_algorithm"),
    (f"otpauth://totp/x?secret={SECRET}&algorithm=", "totp.unknown_algorithm"),
    (f"otpauth://totp/x?secret={SECRET}&digits=7", "totp.bad_digits"),
    (f"otpauth://totp/x?secret={SECRET}&digits=six", "totp.bad_digits"),
    (f"otpauth://totp/x?secret={SECRET}&period=0", "totp.bad_period"),
    (f"otpauth://totp/x?secret={SECRET}&period=-30", "totp.bad_period"),
    (f"otpauth://totp/x?secret={SECRET}&period=86400", "totp.bad_period"),
    (f"otpauth://totp/x?secret={SECRET}&period=30.5", "totp.bad_period"),
    (f"otpauth://totp/ACME:alice?secret={SECRET}&issuer=EvilCorp", "totp.issuer_mismatch"),
    (f"otpauth://totp/ACME%ZZ:alice?secret={SECRET}", "totp.bad_percent_encoding"),
    (f"otpauth://totp/ACME%E6%A5:alice?secret={SECRET}", "totp.bad_percent_encoding"),
    (f"otpauth://totp/x?secret={SECRET}&issuer=AC%", "totp.bad_percent_encoding"),
    (f"otpauth://totp/ACME%1B%5B31m:alice?secret={SECRET}", "totp.control_characters"),
    (f"otpauth://totp/x?secret={SECRET}&secret={SECRET}", "totp.duplicate_parameter"),
]


@pytest.mark.parametrize(("text", "message_id"), MALFORMED)
def test_each_malformed_case_has_its_own_message(text: str, message_id: str):
    checked = check_setup_text(text)
    assert not checked.valid
    assert checked.key is None
    assert [p.message_id for p in checked.problems] == [message_id]
    with pytest.raises(InvalidOtpUri) as caught:
        read_key(text)
    assert caught.value.message_id == message_id


def test_problems_name_what_is_wrong_but_never_the_secret():
    bad = check_setup_text("JBSWY3DPEHPK3PX0")
    assert dict(bad.problems[0].params) == {"position": "16"}
    spaced = check_setup_text("jbsw y3dp ehpk 3px1")  # counted in the text as given
    assert dict(spaced.problems[0].params) == {"position": "19"}
    mismatch = check_setup_text(f"otpauth://totp/ACME:alice?secret={SECRET}&issuer=EvilCorp")
    assert dict(mismatch.problems[0].params) == {"label": "ACME", "issuer": "EvilCorp"}
    assert (
        check_setup_text(f"otpauth://totp/x?secret={SECRET}&digits=7").problems[0].params["digits"]
        == "7"
    )


def test_several_problems_are_all_listed():
    checked = check_setup_text(
        f"otpauth://totp/A:b?secret={SECRET}&issuer=C&algorithm=MD5&digits=7&period=0"
    )
    assert [p.message_id for p in checked.problems] == [
        "totp.issuer_mismatch",
        "totp.unknown_algorithm",
        "totp.bad_digits",
        "totp.bad_period",
    ]


def test_the_secret_is_in_no_repr_of_any_result():
    for text in [
        SECRET,
        f"otpauth://totp/A:b?secret={SECRET}&issuer=A",
        f"otpauth://totp/A:b?secret={SECRET}&issuer=B",
        f"otpauth://totp/A:b?secret={SECRET}&digits=9",
    ]:
        checked = check_setup_text(text)
        shown = repr(checked) + str(checked) + repr(checked.key) + repr(checked.parameters)
        assert SECRET not in shown
        assert SECRET.lower() not in shown
        assert "secret=" not in shown


def test_provisioning_uri_round_trips():
    key = read_key(f"otpauth://totp/ACME%20Co:al%20ice?secret={SECRET}&issuer=ACME%20Co")
    assert read_key(provisioning_uri(key)) == key
    unusual = read_key(f"otpauth://totp/x:y?secret={SECRET}&issuer=x&digits=8&period=60")
    assert read_key(provisioning_uri(unusual)) == unusual
    assert provisioning_uri(read_key(SECRET)) == f"otpauth://totp/?secret={SECRET}"
