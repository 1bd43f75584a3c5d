"""Every number the link judge decides with, in one place, with where it comes from.

Each trades caught fakes against false alarms on real sites: change one only
with the permutation test, the well-known-sites list and the eval set run
before and after (tests/benchmarks/compare_verdicts.py shows what moved).
"""

# --- names that look generated ------------------------------------------------------------

# Mean log-probability of letter pairs (hosts.pronounceability): random strings
# score below about -4, real names above it (150 well-known site names: none
# below -4.0 at seven letters or more).
RANDOM_WORD = -4.0
RANDOM_WORD_MIN_LETTERS = 7
# A piece of a letters-and-digits name this pronounceable is a word (w3schools).
WORDLIKE_PIECE = -3.0
WORDLIKE_PIECE_MIN_LETTERS = 4
# Letters with digits, the shape of generated phishing names (jsuq5, qck7ff).
GENERATED_MIN_CHARS = 4
GENERATED_MAX_CHARS = 10
# Shorter than this, no name is called random.
RANDOM_LABEL_MIN_CHARS = 5
# Consonants in a row no word has.
CONSONANT_RUN = 5
# Two or more groups of digits among this many characters.
DIGIT_GROUPS = 2
DIGIT_GROUPS_MIN_CHARS = 6
# A random four-letter subdomain on a random-looking letters-only name.
PAIR_SUBDOMAIN_CHARS = 4
PAIR_NAME_MIN_CHARS = 7
PAIR_SUBDOMAIN_SCORE = -3.0
PAIR_NAME_SCORE = -3.4
# A long word cut to 15-20 letters as a subdomain ("omnidirectionalp").
CUT_WORD_MIN_CHARS = 15
CUT_WORD_MAX_CHARS = 20
# Words run together count as a compound name when each has this many letters.
COMPOUND_WORD_MIN_CHARS = 4

# --- other shapes ---------------------------------------------------------------------------

NUMERIC_NAME_MIN_DIGITS = 6
MANY_SUBDOMAINS = 4
MANY_HYPHENS = 3

# --- names of brokers -----------------------------------------------------------------------

# An official domain's name shorter than this is not looked for in near spellings
# ("sbi", "kabu" would match too many real names).
NEAR_NAME_MIN_CHARS = 4
# A brand word, an official name as a subdomain word or as part of a hyphenated
# name, and a brand token in a path, need this many letters to mean the broker.
BRAND_WORD_MIN_CHARS = 5
# An official domain written without its dots ("sbisecco.jp") from this length.
FLAT_DOMAIN_MIN_CHARS = 8
# A piece of an official name ("paypay" of paypay-sec) is a name of the broker from this
# length; plain names shorter than BRAND_WORD_MIN_CHARS (sbi, dmm, kabu) are also ordinary
# words and need a log-in word beside them.
STEM_MIN_CHARS = 3
# A brand token this long names its broker on its own (smbcnikko, iwaicosmo).
SPECIFIC_TOKEN_CHARS = 9
# Two letters slipped into an official name are a typo from this length (sbisesec).
INSERTED_MIN_CHARS = 6
# A kit's random subdomain and page name ("adkquasi.<name>.com/tjzmh"): letters only, this
# long, and together this unpronounceable (228 rows of one 2025 kit all below -3.0; pairs
# of real words like blog/archive, news/article score above -2.9).
KIT_WORD_MIN_CHARS = 5
KIT_WORD_MAX_CHARS = 12
KIT_PAIR_SCORE = -3.2
# A whole path that is a short code of mixed case (/djWKgB): kits' one-link-per-message.
CODE_MIN_CHARS = 6
CODE_MAX_CHARS = 8
# ...changing between capitals, small letters and digits this often (djWKgB: 3 times;
# a page or account name changes at its words: OpenAI, MonexJP twice).
CODE_CASE_CHANGES = 3
# ...or, when it mixes all three kinds (5hyhYU: a digit, small letters, capitals), twice.
CODE_MIXED_CASE_CHANGES = 2
# The shortest log-in path word read inside a host name (etgate, hometrade, rakusec).
HOST_MARKER_MIN_CHARS = 6
# The longest all-letter piece read as a name's initials rather than random letters.
INITIALS_MAX_CHARS = 5

# A made-up short name: four to six letters and digits mixed (6s0k6, 1zr7).
MADE_UP_MIN_CHARS = 4
MADE_UP_MAX_CHARS = 6
# Words run together as a subdomain: longer than any service name (internationalization
# is 20; the longest subdomain of a made-up name in the 2025 reports, 23).
PHRASE_SUBDOMAIN_MIN_CHARS = 13
# A subdomain that scores below this and holds no word of four letters reads as random:
# 16 of 22 kit subdomains in the 2025 reports, 10 of 1,208 unusual subdomains (7+
# letters, no word) in SecLists' 20,000 most common ones (izhevsk, lyncweb, smtpout).
RANDOM_SUBDOMAIN = -3.5
