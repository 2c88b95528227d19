"""Towns, villages and zones by their suffixes (guideline §4), for extract.places.

A suffix (镇, 乡, 街道, 村, 社区; 新区, 经开区, 产业园 …; ``place_suffixes.txt``)
ends a name whose stem is found leftwards:

- ``<parent><stem><suffix>`` — a division or town just before bounds the stem
  (铜梁区石鱼镇长乐村 → 石鱼镇, 长乐村);
- ``<break><stem><suffix>`` — punctuation, a locative word (在, 到, 来到) or a bare
  level word (市河东新区 → 河东新区) bounds a stem of 2–4 characters;
- otherwise the two characters before the suffix (推进龙潭镇 → 龙潭镇);
- a shared suffix after a list (月坝、共和等4个村 → 月坝村, 共和村).

Guards: ``place_not_words.txt`` (农村, 乡镇, 全村, 驻村 — the character before the
suffix and the suffix), ``place_generic_stems.txt`` (贫困村, 示范园区, 市直园区).
Zones need a name: a stem opening with a division or a regional abbreviation
(遂宁市数字家政产业园, 川渝毗邻地区人力资源服务产业园（遂宁）), or a short stem with
a clear boundary (河东新区); a trailing （place） joins the zone.
"""
from __future__ import annotations

import functools
from typing import Optional

import regex

from extract import gazetteer as gz
from extract.context import DocContext
from extract.lexicon import alternation, load_list, load_table
from schemas.records import Place

CJK = r"\p{Han}"


@functools.cache
def _suffixes() -> dict[str, tuple[str, int]]:
    rows = load_table("place_suffixes.txt", required=("suffix", "level", "max_stem"))
    return {r["suffix"]: (r["level"], int(r["max_stem"])) for r in rows}


@functools.cache
def _patterns() -> dict[str, regex.Pattern]:
    suf = alternation(list(_suffixes()))
    abbr = "".join(load_list("place_region_abbr.txt"))
    NAME = rf"[^\P{{Han}}{NEVER_IN_NAME}]"  # a Han character that may be in a name
    return {
        "suffix": regex.compile(f"(?:{suf})"),
        # a locative word or bare level word that ends right before a stem
        "before": regex.compile("(?:" + alternation(load_list("place_before_words.txt"))
                                + r"|[市县区省])\Z"),
        "abbr": regex.compile(f"[{abbr}]{{2}}"),
        # 月坝、共和、松林等4个村: stems joined by 、/和, an optional 等 and count
        "list": regex.compile(rf"""
            (?P<items>{NAME}{{2,3}}(?:、{NAME}{{2,3}})+)       # 2+ stems in a list
            等?(?:[0-9一二三四五六七八九十两]+个)?                # 等4个
            (?P<suf>村|社区|镇|乡|街道)                         # the shared suffix
        """, regex.VERBOSE),
        "paren": regex.compile(rf"[（(]({CJK}{{2,8}})[）)]"),
        "village_next": regex.compile(rf"{CJK}{{2,3}}(?:村|社区)"),
    }


@functools.cache
def _not_words() -> frozenset[str]:
    return frozenset(load_list("place_not_words.txt"))


@functools.cache
def _generic_re() -> regex.Pattern:
    return regex.compile("(?:" + alternation(load_list("place_generic_stems.txt")) + r")\Z")


def _is_generic(stem: str, suffix: str) -> bool:
    """True for stems that name a kind of place (贫困村, 市直园区, 城乡).

    >>> _is_generic("贫困", "村"), _is_generic("石鱼", "镇"), _is_generic("统筹城", "乡")
    (True, False, True)
    """
    if any(w in stem + suffix for w in _not_words() if len(w) <= len(stem) + len(suffix)):
        return True
    if regex.search(r"[全各本该每此这那其某个等]\Z|[^\p{Han}]", stem):
        return True
    return _generic_re().search(stem) is not None


# Characters that never occur inside a town or village name: a stem stops at them.
NEVER_IN_NAME = "的了把将被们我你他她它这那哪么呢吗吧也就还又很最是在为从或等个"


def _hard_start(text: str, p: int, max_stem: int, ends: set[int]) -> Optional[int]:
    """The nearest clear left boundary of a stem ending at ``p``: a place's end, a
    non-Han or never-in-name character, a locative word; ``None`` if none within reach."""
    pat = _patterns()
    for n in range(1, max_stem + 1):
        b = p - n
        if b < 0 or not regex.match(CJK, text[b]) or text[b] in NEVER_IN_NAME:
            return b + 1
        if b in ends or pat["before"].search(text[max(0, b - 4):b]):
            return b
    return None


def _stem_start(text: str, p: int, max_stem: int, ends: set[int], bounds: frozenset[int],
                offset: int) -> Optional[int]:
    """Where the stem before the suffix at ``p`` starts, or ``None``: a clear
    boundary 2–``max_stem`` characters back, else the nearest word boundary two
    or three characters back (jieba's segmentation of the sentence)."""
    b = _hard_start(text, p, max_stem, ends)
    if b is not None:
        return b if p - b >= 2 else None
    for n in (2, 3):
        if (p - n - offset) in bounds:
            return p - n
    return None


def _zone_start(text: str, p: int, max_stem: int, cands: list) -> Optional[int]:
    """A zone's name opens with a division or a regional abbreviation (川渝)."""
    lo = p - max_stem
    for c in cands:
        if lo <= c.start < p - 1 and regex.fullmatch(rf"{CJK}*", text[c.start:p]):
            return c.start
    for m in _patterns()["abbr"].finditer(text, max(0, lo), p):
        b = m.start()
        if (b == 0 or not regex.match(CJK, text[b - 1]) or _patterns()["before"].search(
                text[max(0, b - 4):b])) and regex.fullmatch(rf"{CJK}*", text[b:p]):
            return b
    return None


def _place(ctx: DocContext, s: int, e: int, name: str, level: str, rule: str,
           parent: Optional[gz.Division]) -> Place:
    chain = {d.level: d.name for d in gz.parent_chain(parent)} if parent else {}
    return Place(doc_id=ctx.doc_id, text=ctx.text[s:e], start=s, end=e,
                 sentence=ctx.sentence_at(s).text, rule=rule, name=name, level=level,
                 adcode=None, province=chain.get("province"), city=chain.get("city"),
                 county=chain.get("county"))


def suffixed_places(ctx: DocContext, divs: list) -> list[Place]:
    """Towns, villages and zones of the document (``divs``: resolved divisions)."""
    text, pat = ctx.text, _patterns()
    ends = {c.end: c.chosen for c in divs}
    out: list[Place] = []
    taken: set[int] = set()
    for m in pat["list"].finditer(text, overlapped=False):
        out += _shared_suffix(ctx, m, ends, taken)
    for m in pat["suffix"].finditer(text):
        if m.start() in taken:
            continue
        place = _one(ctx, m, divs, ends, out)
        if place is not None:
            out.append(place)
            ends[place.end] = ends.get(place.start)
    return out


def _one(ctx: DocContext, m, divs: list, ends: dict, done: list[Place]) -> Optional[Place]:
    text, suffix = ctx.text, m.group()
    level, max_stem = _suffixes()[suffix]
    p = m.start()
    if _not_after(text, p) or not _word_end(ctx, m.end()):
        return None
    if level == "zone":
        return _zone(ctx, m, divs, ends)
    sent = ctx.sentence_at(p)
    b = _stem_start(text, p, max_stem, set(ends), _bounds(sent.text), sent.start)
    if b is None or any(d.start <= b < d.end for d in done) or _quoted(text, b, m.end()):
        return None
    stem = text[b:p]
    if _is_generic(stem, suffix) or stem + suffix in _ignored():
        return None
    rule = f"place.<{'parent' if b in ends else 'stem'}><{suffix}>"
    return _place(ctx, b, m.end(), stem + suffix, level, rule, ends.get(b))


def _zone(ctx: DocContext, m, divs: list, ends: dict) -> Optional[Place]:
    text, suffix = ctx.text, m.group()
    p, e = m.start(), m.end()
    b = _zone_start(text, p, _suffixes()[suffix][1], divs)
    rule = "place.<named zone>"
    if b is None:
        b, rule = _hard_start(text, p, 5, set(ends)), "place.<stem><zone>"
        if b is None or p - b < 2 or _quoted(text, b, e):
            return None
    if text[b] in "市县区" and p - b > 2:
        b += 1
    stem = text[b:p]
    if len(stem) < 2 or _is_generic(stem, suffix):
        return None
    pm = _patterns()["paren"].match(text, e)
    if pm and gz.find_division(pm.group(1)):
        e = pm.end()
    return _place(ctx, b, e, text[b:e], "zone", rule, None)


def _quoted(text: str, b: int, e: int) -> bool:
    """“幸福里社区”: a name in quotes is a programme or brand, not a place."""
    return text[b - 1:b] in "“‘「\"" and b > 0 and text[e:e + 1] in "”’」\""


@functools.cache
def _not_after_re() -> regex.Pattern:
    return regex.compile(alternation(load_list("place_not_after.txt")))


def _not_after(text: str, p: int) -> bool:
    """乡村, 村民, 镇村: the suffix begins a word that is no place suffix."""
    return _not_after_re().match(text, p) is not None


@functools.lru_cache(maxsize=4096)
def _bounds(sentence: str) -> frozenset[int]:
    from extract.places import word_boundaries

    return word_boundaries(sentence)


def _word_end(ctx: DocContext, e: int) -> bool:
    """The suffix ends a word in jieba's segmentation (not 乡|村振兴)."""
    sent = ctx.sentence_at(e - 1)
    if _patterns()["village_next"].match(ctx.text, e):
        return True  # 蓼子乡长湾村: a village follows, whatever jieba reads (乡长)
    return (e - sent.start) in _bounds(sent.text)


@functools.cache
def _ignored() -> frozenset[str]:
    return frozenset(gz.all_forms(short=False))


def _shared_suffix(ctx: DocContext, m, ends: dict, taken: set[int]) -> list[Place]:
    """月坝、共和、松林、龙门等4个村 → one village per listed stem."""
    suffix = m.group("suf")
    level = _suffixes()[suffix][0]
    items, pos, out = [], m.start("items"), []
    for part in m.group("items").split("、"):
        items.append((pos, part))
        pos += len(part) + 1
    s0, first = items[0]
    if len(first) == 3 and (first[0] in "乡镇村区县市" or s0 + 1 in ends):
        items[0] = (s0 + 1, first[1:])
    for s, stem in items:
        if _is_generic(stem, suffix) or regex.search(f"[{NEVER_IN_NAME}]", stem):
            return []
    for s, stem in items:
        out.append(_place(ctx, s, s + len(stem), stem + suffix, level,
                          f"place.<list>等<n>个<{suffix}>", ends.get(s)))
    taken.add(m.start("suf"))
    return out
