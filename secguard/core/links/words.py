"""Words beside a broker's name, and registries, that tell a phishing kit from a business.

A broker's plain name is also an ordinary name (野村 and 大和 are common
surnames, みずほ is a city, Daiwa a fishing brand, Monex a US metals dealer):
the name alone is a caution, never an accusation.  What a kit adds to it is
what makes the accusation: log-in and lure words, pieces of a written-out
address (``-jp``, ``co-jp``), money words.  What a business adds is its
trade (``house``, ``dental``, ``fishing``).
"""

from __future__ import annotations

# Log-in, lure and address words a kit puts beside a brand: nomura-ssl.com,
# daiwapay.co.jp, mufgenroll.jp, matsui-jp.com.  Sources: the words of
# dnstwist's dictionary "most common words used in targeted phishing
# campaigns" (elceef/dnstwist, dictionaries/english.dict), the pieces of
# written-out addresses seen in JPCERT/CC's 2025 broker-phishing reports
# (jp, cojp, sec), and money words of the brokerage trade.
LURE_WORDS = frozenset(
    # log-in and account
    "login logon log signin signon sign auth oauth sso account accounts acc member members "
    "mypage my user users id password pass passwd register enroll enrol recovery recover redirect "
    "reset unlock lock locked payment payments verify verification verified confirm "
    "confirmation check kyc identity access agree claim choose click connect find view "
    "summary install "
    "download update renew renewal notice alert info information support help service "
    "services customer care center centre desk contact official portal gate gateway "
    "ssl tls https http www ww web online net site safe safety secure security protect "
    "mail email cdn app "
    # address pieces
    "jp jpn japan nihon nippon co cojp com ne or go".split()
)
# Money words: beside a broker's own name a lure (daiwapay, nomura-bank); beside
# a generic short name (kabu, dmm) the name of a personal-finance blog.
MONEY_WORDS = (
    frozenset(
        "pay bank banking card cash money fund funds fx kabu stock stocks "
        "trade trading trader invest investment securities sec secu shoken shouken nisa ideco "
        "wallet coin crypto point points gift refund bonus dividend dividends campaign "
        "benefit reward rewards asset assets finance financial capital".split()
    )
    - LURE_WORDS
)

# A trade after a name: the shape of a business that shares a word with a broker
# (daiwahouse, daiwa-fishing, nomura-dental, matsui-clinic).  English and
# romanised Japanese business words, and the words group companies use.
BUSINESS_WORDS = (
    frozenset(
        # places and things people make or sell
        "house home homes housing build builder builders construction kensetsu koumuten "
        "koumusho komuten kogyo kougyo kohgyo sangyo sangyou shoji shouji shokai shoukai "
        "seisakusho seisaku denki denko denshi kikai seiki kosan kousan kohsan unyu unso "
        "butsuryu souko soko fudosan fudousan jisho estate realty re lease leasing rental "
        "rentacar motor motors auto car cars tire tyre "
        "dental dentist shika clinic iin hospital byoin medical pharmacy yakkyoku care "
        "kango kaigo nursing vet animal pet pets beauty salon hair nail spa esthe "
        "fishing fish tackle rod golf sports sport bike cycle marine boat boats outdoor "
        "food foods shokuhin farm farms nouen noen tea cha coffee cafe bakery kashi wagashi "
        "sake shuzo brewery beer wine restaurant dining ramen sushi soba udon bento "
        "hotel ryokan inn onsen travel tour tours resort "
        "chemical chemicals kagaku steel metal metals seiko paper printing insatsu "
        "electric electronics elec machine machinery tech techno engineering kogei "
        "design designs studio photo art arts music school juku gakuen kindergarten hoikuen "
        "law lawyer bengoshi tax zeirishi accounting kaikei office jimusho consulting "
        "labo lab labs research institute science "
        "shop store mart market garden flower flowers florist wedding funeral sousai "
        "church temple jinja shrine city town village ku fc club band "
        # group companies
        "group grp holdings hd hldgs corp inc co ltd kk gr family foundation zaidan".split()
    )
    - LURE_WORDS
    - MONEY_WORDS
)

# Registries that check who registers (governments, schools): a name alone is
# never an imitation there.  ``lg.jp`` and ``go.jp`` (JPRS: local and central
# government), ``ac.jp`` and ``ed.jp`` (schools), ``.gov``, ``.edu``, ``.mil``,
# ``.int`` and the government or academic second levels of other countries.
CHECKED_TLDS = frozenset("gov edu mil int".split())
CHECKED_SECOND_LEVELS = frozenset(
    "lg go ac ed gov edu mil gob gouv govt gv gc ac nhs police parliament".split()
)

# The second levels under which other countries sell names to their businesses
# (com.br, co.uk, com.au): with no Japanese word in the host, a broker-like
# name there is a local business's, not a kit's.
COMMERCE_SECOND_LEVELS = frozenset("com co net org ltd plc biz firm gen ind or ne".split())


def checked_registry(suffix: str | None) -> bool:
    """Whether names under ``suffix`` go only to governments, schools and the like."""
    if not suffix:
        return False
    labels = suffix.split(".")
    if labels[-1] in CHECKED_TLDS:
        return True
    return len(labels) >= 2 and labels[-2] in CHECKED_SECOND_LEVELS


def foreign_commerce(suffix: str | None) -> bool:
    """com.br, co.uk, com.au...: another country's names for its businesses."""
    if not suffix:
        return False
    labels = suffix.split(".")
    return len(labels) == 2 and labels[-1] != "jp" and labels[0] in COMMERCE_SECOND_LEVELS
