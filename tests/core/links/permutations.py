"""Typo-squatting permutations of a domain, as dnstwist's fuzzers make them (own code)."""

from __future__ import annotations

KEYBOARD = {
    "q": "12wa",
    "w": "23qeas",
    "e": "34wrsd",
    "r": "45etdf",
    "t": "56ryfg",
    "y": "67tugh",
    "u": "78yihj",
    "i": "89uojk",
    "o": "90ipkl",
    "p": "0ol",
    "a": "qwsz",
    "s": "weadzx",
    "d": "erfcxs",
    "f": "rtgvcd",
    "g": "tyhbvf",
    "h": "yujnbg",
    "j": "uikmnh",
    "k": "iolmj",
    "l": "opk",
    "z": "asx",
    "x": "zsdc",
    "c": "xdfv",
    "v": "cfgb",
    "b": "vghn",
    "n": "bhjm",
    "m": "njk",
    "1": "2q",
    "2": "13wq",
    "3": "24ew",
    "0": "9p",
}
HOMOGLYPHS = {
    "a": ["à", "á", "а", "ɑ"],
    "b": ["d", "lb", "ь"],
    "c": ["ϲ", "с"],
    "d": ["b", "cl", "ԁ"],
    "e": ["é", "е", "ė"],
    "g": ["q", "ɡ"],
    "h": ["lh", "һ"],
    "i": ["1", "l", "і", "í"],
    "k": ["lk", "ik"],
    "l": ["1", "i", "ӏ"],
    "m": ["n", "nn", "rn"],
    "n": ["m", "r", "ո"],
    "o": ["0", "о", "ο"],
    "p": ["р", "ρ"],
    "q": ["g", "ԛ"],
    "s": ["5", "ѕ"],
    "t": ["τ"],
    "u": ["μ", "υ"],
    "w": ["vv", "ѡ"],
    "x": ["х"],
    "y": ["у"],
    "z": ["ʐ"],
}
VOWELS = "aeiou"
TLDS = ["com", "net", "jp", "org", "info", "co", "xyz", "top", "cn", "co.jp", "ne.jp"]


def permutations(domain: str) -> set[str]:
    label, _, suffix = domain.partition(".")
    out: set[str] = set()
    n = len(label)
    for i in range(n):
        out.add(label[:i] + label[i + 1 :])  # omission
        out.add(label[:i] + label[i] + label[i:])  # repetition
        if i < n - 1:
            out.add(label[:i] + label[i + 1] + label[i] + label[i + 2 :])  # transposition
        for key in KEYBOARD.get(label[i], ""):
            out.add(label[:i] + key + label[i + 1 :])  # replacement
            out.add(label[:i] + key + label[i:])  # insertion
        for glyph in HOMOGLYPHS.get(label[i], []):
            out.add(label[:i] + glyph + label[i + 1 :])  # homoglyph
        if label[i] in VOWELS:
            for vowel in VOWELS:
                out.add(label[:i] + vowel + label[i + 1 :])  # vowel swap
        for bit in range(8):  # bitsquatting
            flipped = chr(ord(label[i]) ^ (1 << bit))
            if flipped.isalnum() and flipped.isascii():
                out.add(label[:i] + flipped.lower() + label[i + 1 :])
        if i > 0:
            out.add(label[:i] + "-" + label[i:])  # hyphenation
            out.add(label[:i] + "." + label[i:])  # subdomain
    results = {f"{variant}.{suffix}" for variant in out if variant and variant != label}
    for tld in TLDS:
        if tld != suffix:
            results.add(f"{label}.{tld}")
    results |= {
        f"{label}-login.{suffix}",
        f"{label}-jp.com",
        f"login-{label}.com",
        f"{label}.{suffix}.com",
    }
    return {r.strip("-.") for r in results if ".." not in r and "-." not in r and ".-" not in r}
