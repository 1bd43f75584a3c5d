"""Parsing JSON that an attacker or a damaged disk may have written."""

from __future__ import annotations

import json

import pytest

from secguard.core.untrusted_json import (
    UntrustedJsonError,
    nesting_depth,
    parse_untrusted_json,
)


def test_ordinary_documents_parse_as_the_standard_library_does():
    text = '{"schema": 1, "bookmark": [[1, 200]], "s": "a [{ \\" ]] b", "n": null}'
    assert parse_untrusted_json(text, max_bytes=1000) == json.loads(text)
    assert parse_untrusted_json(b"\xef\xbb\xbf[1]", max_bytes=10) == [1], "a BOM is allowed"


@pytest.mark.parametrize("opener", ["[", '{"a":'])
def test_deep_nesting_is_refused_without_recursion_error(opener: str):
    with pytest.raises(UntrustedJsonError, match="deeply"):
        parse_untrusted_json(opener * 100_000, max_bytes=10**6)


def test_brackets_inside_strings_do_not_count_as_nesting():
    assert nesting_depth('["[[[[[[", "\\"[[[[["]') == 1
    assert nesting_depth('"\\\\"[[') == 2, "an escaped backslash does not escape the quote"


def test_unterminated_string_of_escaped_quotes_is_linear():
    # A regular expression for strings backtracks quadratically on this.
    text = '"' + '\\"' * 250_000
    with pytest.raises(UntrustedJsonError):
        parse_untrusted_json(text, max_bytes=10**6)


def test_five_thousand_digit_number_is_refused_not_value_error_from_int():
    with pytest.raises(UntrustedJsonError, match="number"):
        parse_untrusted_json('{"version": ' + "9" * 5000 + "}", max_bytes=10**6)
    assert parse_untrusted_json("[-123456789012345678]", max_bytes=100) == [-123456789012345678]


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"[1]" + b" " * 100, "large"), (b"\xff[]", "UTF-8"), ("[NaN]", "NaN"), ("{", "malformed")],
)
def test_other_refusals_are_one_exception_type(data: bytes | str, reason: str):
    with pytest.raises(UntrustedJsonError, match=reason):
        parse_untrusted_json(data, max_bytes=50)
