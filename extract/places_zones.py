"""Zones by their suffixes (新区, 经开区, 产业园 …; guideline §4), for extract.places_suffix.

Zones need a name: a stem opening with a division, a town or a regional
abbreviation with no verb or event word after it (``place_zone_stops.txt``:
遂宁市数字家政产业园, 王店乡返乡创业园, 大赛在武汉经济技术开发区 → 武汉经济技术开发区),
or a short stem with a clear boundary (河东新区), or a long stem opening a clause
with a division's short form (，正安国际吉他产业园); a trailing （place） joins the zone.
Words between the opening and the suffix that name a kind of zone (遂宁市各类园区,
``place_generic_stems.txt``) make no zone.

The suffix table, the stem boundaries and the record builder are those of
extract.places_suffix, which calls ``zone_place`` for every zone suffix.
"""
from __future__ import annotations

import functools
from typing import Optional

import regex

from extract import gazetteer as gz
from extract.context import DocContext
from extract.lexicon import alternation, load_list
from extract.places_stems import is_generic as _is_generic
from extract.places_suffix import (CJK, NEVER_IN_NAME, _CJK_RE, _hard_start, _patterns, _place,
                                   _quoted, _suffixes)
from schemas.records import Place

CONJUNCTIONS = "和与及同暨"  # after a place they close it: the next name opens after them
STEM_STOPS = "的了把将被在是为从或等和与及"  # never inside a long zone stem
LONG_ZONE = 8  # a zone's stem opening a clause with a division's short form


@functools.cache
def _zone_patterns() -> dict[str, regex.Pattern]:
    abbr = "".join(load_list("place_region_abbr.txt"))
    return {
        "abbr": regex.compile(f"[{abbr}]{{2}}"),
        "paren": regex.compile(rf"[（(]({CJK}{{2,8}})[）)]"),
        # a zone's suffix and a conjunction: the name before closes there
        # (温州经济技术开发区和台州经济开发区 opens again at 台州)
        "closed": regex.compile(rf"(?:{alternation(_zone_suffixes())})[{CONJUNCTIONS}]"),
    }


def _zone_suffixes() -> list[str]:
    return [s for s, (level, _) in _suffixes().items() if level == "zone"]


def zone_place(ctx: DocContext, m, opens: dict, ends: dict) -> Optional[Place]:
    """The zone whose suffix is ``m`` (``opens``: divisions and towns by start;
    ``ends``: places by end), or ``None`` when no name stands before it."""
    text, suffix = ctx.text, m.group()
    p, e = m.start(), m.end()
    named = _zone_start(text, p, _suffixes()[suffix][1], opens)
    if named is not None:
        b, rule = named[0], "place.<named zone>"
        if _zone_generic(text[named[1]:p]):
            return None
    else:
        b, rule = _hard_start(text, p, 5, ends), "place.<stem><zone>"
        if b is None or p - b < 2:  # 吉他产业园: a pronoun's character inside a long name
            b = _long_zone_start(text, p)
        if b is None or p - b < 2 or _quoted(text, b, e):
            return None
        if text[b] in "市县区" and p - b > 2:
            b += 1
        if _is_generic(text[b:p], suffix) or _zone_stop_re().search(text, b, p):
            return None
    pm = _zone_patterns()["paren"].match(text, e)
    if pm and gz.find_division(pm.group(1)):
        e = pm.end()
    return _place(ctx, b, e, text[b:e], "zone", rule, None)


def _zone_start(text: str, p: int, max_stem: int, opens: dict) -> Optional[tuple[int, int]]:
    """(start, end of its opening) of a zone name that opens with a division or town
    (``opens``: spans by start) or a regional abbreviation (川渝): the farthest
    opening from which the name runs to the suffix with no verb or event word
    (大赛在武汉… opens at 武汉)."""
    lo = p - max_stem
    for start in range(max(0, lo), p - 1):
        for c in opens.get(start, ()):
            if _zone_clean(text, c.start, c.end, p):
                return c.start, c.end
    for m in _zone_patterns()["abbr"].finditer(text, max(0, lo), p):
        b = m.start()
        if (b == 0 or not _CJK_RE.match(text[b - 1]) or _patterns()["before"].search(
                text[max(0, b - 4):b])) and _zone_clean(text, b, m.end(), p):
            return b, m.end()
    return None


def _zone_clean(text: str, b: int, open_end: int, p: int) -> bool:
    """Han characters that may be in a name, no stop word after the opening, and
    no conjunction right after it (通榆县和白城经济开发区 opens at 白城)."""
    return (regex.fullmatch(rf"[^\P{{Han}}{NEVER_IN_NAME}]*", text[b:p]) is not None
            and text[open_end:open_end + 1] not in CONJUNCTIONS
            and not _zone_patterns()["closed"].search(text, open_end, p)
            and not _zone_stop_re().search(text, open_end, p))


@functools.cache
def _zone_stop_re() -> regex.Pattern:
    return regex.compile(alternation(load_list("place_zone_stops.txt")))


def _zone_generic(middle: str) -> bool:
    """The words between a zone's opening place and its suffix name a kind of zone
    (遂宁市各类园区, 省级重点园区), not one zone (马鞍镇返乡创业示范园).

    >>> _zone_generic("各类"), _zone_generic(""), _zone_generic("返乡创业")
    (True, False, False)
    """
    if middle[-1:] and middle[-1] in "全各本该每此这那其某个等":
        return True
    return bool(middle) and _generic_words_re().fullmatch(middle) is not None


@functools.cache
def _generic_words_re() -> regex.Pattern:
    return regex.compile("(?:" + alternation(load_list("place_generic_stems.txt")) + ")+")


def _long_zone_start(text: str, p: int) -> Optional[int]:
    """A zone's stem of 6–8 characters that opens a clause with a division's short
    form (，正安国际吉他产业园; 。遂宁现代农业科技产业园).

    >>> t = "在正安县，正安国际吉他产业园与县人社局合作"
    >>> t[_long_zone_start(t, t.index("产业园")):t.index("产业园")]
    '正安国际吉他'
    >>> _long_zone_start("，大力发展现代特色产业园", 10) is None
    True
    """
    for n in range(6, LONG_ZONE + 1):
        b = p - n
        if b < 0 or (b > 0 and _CJK_RE.match(text[b - 1])):
            continue
        stem = text[b:p]  # 吉他: a pronoun's character may stand in a long name
        if (regex.fullmatch(rf"[^\P{{Han}}{STEM_STOPS}]+", stem) and not _zone_stop_re().search(stem)
                and not _is_generic(stem, "园区")) and any(
                d.level != "province" for k in (3, 2) for d in gz.find_division(text[b:b + k])):
            return b
    return None
