"""Vocabularies of the organisation extractor, loaded once and typed.

Match side: ``heads()`` (the words that end a name, from ``org_heads.tsv``),
``head_pattern()`` (one compiled alternation of them, longest first, with each
head's not-before / not-after context), and ``word_kinds()`` (one dictionary
from every word the left expansion knows to its kind: a place, a modifier, a
stop, a generic marker, a prefix, a head). Nothing is read at import.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from extract import gazetteer
from extract.lexicon import LexiconError, load_list, load_table

NEEDS = ("none", "any", "place", "adjacent")
ORG_TYPES = ("government", "party", "congress", "enterprise", "education",
             "association", "service", "media", "other")
# Kinds of words met while expanding a name leftwards, strongest first: when a
# word has several kinds the first listed wins (会同 is a stop, not 会同县).
KINDS = ("generic", "prefix", "head", "mod", "stop", "zone", "place", "pshort")
PLACE_KINDS = ("place", "pshort", "zone")  # kinds that qualify a name as a place does
LEVEL_CHARS = "省市县区州旗盟镇乡村"  # a bare level word (市人社局, 镇政府)
LEVEL_SUFFIXES = ("社区", "街道", "村", "镇", "乡")  # town/village name endings


@dataclass(frozen=True)
class Head:
    """One organisation head word and what it requires."""

    word: str
    org_type: str
    needs: str
    proper: bool
    not_after: tuple[str, ...]
    not_before: tuple[str, ...]


def _split(cell: str) -> tuple[str, ...]:
    return () if cell.strip() in ("", "-") else tuple(x for x in cell.split("|") if x)


@functools.cache
def heads() -> dict[str, Head]:
    """Every head by its word (validated once).

    >>> heads()["有限公司"].org_type
    'enterprise'
    >>> heads()["政府"].needs
    'adjacent'
    """
    rows = load_table("org_heads.tsv", required=("head", "org_type", "needs", "proper",
                                                  "not_after", "not_before"))
    out, problems = {}, []
    for r in rows:
        if r["org_type"] not in ORG_TYPES or r["needs"] not in NEEDS or r["proper"] not in ("yes", "no"):
            problems.append(f"org_heads.tsv: bad row for {r['head']!r}")
        elif r["head"] in out:
            problems.append(f"org_heads.tsv: duplicate head {r['head']!r}")
        out[r["head"]] = Head(r["head"], r["org_type"], r["needs"], r["proper"] == "yes",
                              _split(r["not_after"]), _split(r["not_before"]))
    if problems:
        raise LexiconError("[O001] " + "; ".join(problems))
    return out


def _head_alternative(h: Head) -> str:
    behind = "".join(f"(?<!{re.escape(b)})" for b in h.not_before)
    ahead = f"(?!{'|'.join(re.escape(a) for a in h.not_after)})" if h.not_after else ""
    return f"{behind}{re.escape(h.word)}{ahead}"


@functools.cache
def head_pattern() -> re.Pattern[str]:
    """All heads in one alternation, longest first, each with its context.

    >>> [m.group() for m in head_pattern().finditer("市就业局局长，格局，部署，宣传部部长")]
    ['局', '宣传部']
    """
    hs = sorted(heads().values(), key=lambda h: (-len(h.word), h.word))
    # a lookahead on the heads' first characters rejects most offsets at once
    # (re tries every alternative at every offset otherwise: 5x slower)
    first = "".join(sorted({h.word[0] for h in hs}))
    return re.compile(f"(?=[{re.escape(first)}])(?:" + "|".join(_head_alternative(h) for h in hs) + ")")


@functools.cache
def word_kinds() -> dict[str, str]:
    """Every word the left expansion knows, mapped to its strongest kind.

    >>> k = word_kinds()
    >>> k["会同"], k["公安"], k["遂宁市"], k["遂宁"], k["该"]
    ('stop', 'mod', 'place', 'pshort', 'generic')
    """
    sources = {
        "generic": load_list("org_generic.txt"),
        "prefix": load_list("org_prefixes.txt"),
        "head": tuple(heads()),
        "mod": load_list("org_modifiers.txt"),
        "stop": load_list("org_stops.txt"),
        "zone": load_list("org_zones.txt"),
        "place": gazetteer.all_forms(short=False),
        "pshort": tuple(f for f in gazetteer.all_forms(short=True) if len(f) >= 2),
    }
    out: dict[str, str] = {}
    for kind in reversed(KINDS):  # weakest first, so stronger kinds overwrite
        for w in sources[kind]:
            out[w] = kind
    return out


@functools.cache
def max_word() -> int:
    """Length of the longest known word (bounds the reverse maximum matching)."""
    return max(len(w) for w in word_kinds())


@functools.cache
def weak_stops() -> frozenset[str]:
    """Single-character stops that may stand inside a firm's proper name (华为).

    >>> "为" in weak_stops(), "的" in weak_stops()
    (True, False)
    """
    words = load_list("org_weak_stops.txt")
    bad = [w for w in words if len(w) != 1 or word_kinds().get(w) != "stop"]
    if bad:
        raise LexiconError(f"[O002] org_weak_stops.txt: not single-character stops: {bad}")
    return frozenset(words)


@functools.cache
def title_heads() -> tuple[str, ...]:
    """Titles that begin with a head word (党组书记): such a head is no head."""
    return load_list("org_titles.txt")


@functools.cache
def abbreviations() -> tuple[tuple[str, str], ...]:
    """(short, full) pairs, longest short form first."""
    rows = load_table("org_abbrev.tsv", required=("short", "full"))
    return tuple(sorted(((r["short"], r["full"]) for r in rows), key=lambda p: -len(p[0])))


@functools.cache
def paren_words() -> frozenset[str]:
    """Words a firm's name may hold in brackets: 集团 in 包头钢铁（集团）有限责任公司.

    >>> "集团" in paren_words()
    True
    """
    return frozenset(load_list("org_paren_words.txt"))


@functools.cache
def brands() -> frozenset[str]:
    """Brand abbreviations that open a firm's name before its place (首钢, 国网).

    >>> "首钢" in brands()
    True
    """
    return frozenset(load_list("org_brands.txt"))


@functools.cache
def region_chars() -> frozenset[str]:
    """One-character province and city abbreviations; two side by side (川渝, 津甘)
    are a regional qualifier. Shared with the places extractor (place_region_abbr.txt).

    >>> "津" in region_chars(), "甘" in region_chars()
    (True, True)
    """
    return frozenset(load_list("place_region_abbr.txt"))


@functools.cache
def load_prefixes() -> tuple[str, ...]:
    """Words before a place that belong to the name (中共, 共青团), longest first."""
    return tuple(sorted(load_list("org_prefixes.txt"), key=lambda w: -len(w)))


@functools.cache
def venue_heads() -> frozenset[str]:
    """Heads that also name a venue (人力资源市场): declined where used as a location.

    >>> "零工市场" in venue_heads()
    True
    """
    words = load_list("org_venue_heads.txt")
    bad = [w for w in words if w not in heads()]
    if bad:
        raise LexiconError(f"[O003] org_venue_heads.txt: not heads: {bad}")
    return frozenset(words)


@functools.cache
def posts() -> tuple[str, ...]:
    """Posts written after a name (局长, 主任), longest first: a list goes on past them.

    >>> "主任" in posts()
    True
    """
    return tuple(sorted(load_list("org_posts.txt"), key=lambda w: -len(w)))
