"""Towns, villages and zones by their suffixes (guideline §4), for extract.places.

A suffix (镇, 乡, 街道, 村, 社区, Inner Mongolian 苏木 and 嘎查; 新区, 经开区,
产业园 …; ``place_suffixes.txt``) ends a name whose stem is found leftwards (a
town's ethnic designation, 向海蒙古族乡, stays in the name):

- ``<parent><stem><suffix>`` — a division or town just before bounds the stem
  (铜梁区石鱼镇长乐村 → 石鱼镇, 长乐村);
- ``<break><stem><suffix>`` — punctuation, a locative word (在, 到, 来到) or a bare
  level word (市河东新区 → 河东新区) bounds a stem of 2–4 characters;
- otherwise the two characters before the suffix (推进龙潭镇 → 龙潭镇);
- a shared suffix after a list (月坝、共和等4个村 → 月坝村, 共和村).

- a long transliterated stem up to a clear boundary (伽师县卧里托格拉克镇;
  ``place_translit_chars.txt``), or a full-length stem after punctuation that
  reads as a name (、白音套海苏木);
- a short stem where the document names the place in full elsewhere takes the
  full name (帮助上盐井村 after 上盐井村: ``_widen``).

Guards: ``place_not_words.txt`` (农村, 乡镇, 全村, 驻村, 茶乡 — the character before
the suffix and the suffix; one name character before a noun of
``place_name_tails.txt`` is a name: 焕古镇, 周市镇), ``place_generic_stems.txt``
(贫困村, 示范园区, 市直园区). Items of a list that carry their own suffix keep it,
and a class noun (等8个乡镇) adds none.
Zones need a name; they are read in extract.places_zones.
"""
from __future__ import annotations

import functools
from typing import Container, Optional

import regex

from extract import gazetteer as gz
from extract.context import DocContext, Sentence
from extract.lexicon import alternation, load_list, load_table
from extract.places_stems import (designation_start, is_generic as _is_generic, name_start,
                                  one_char_name, plain_name)
from extract.wordseg import Boundaries
from schemas.records import Place

CJK = r"\p{Han}"
_CJK_RE = regex.compile(CJK)   # compiled once: regex.match(CJK, …) per character was a hot spot


@functools.cache
def _suffixes() -> dict[str, tuple[str, int]]:
    rows = load_table("place_suffixes.txt", required=("suffix", "level", "max_stem"))
    return {r["suffix"]: (r["level"], int(r["max_stem"])) for r in rows}


@functools.cache
def _patterns() -> dict[str, regex.Pattern]:
    suf = alternation(list(_suffixes()))
    NAME = rf"[^\P{{Han}}{NEVER_IN_NAME}]"  # a Han character that may be in a name
    return {
        "suffix": regex.compile(f"(?:{suf})"),
        # a locative word or bare level word that ends right before a stem
        "before": regex.compile("(?:" + alternation(load_list("place_before_words.txt"))
                                + r"|[市县区省])\Z"),
        # 月坝、共和、松林等4个村: stems joined by 、/和, an optional 等 and count
        "list": regex.compile(rf"""
            (?P<items>{NAME}{{2,4}}(?:、{NAME}{{2,4}})+)       # 2+ stems in a list
            等?(?:[0-9一二三四五六七八九十两]+个)?                # 等4个
            (?P<suf>{CLASS_NOUNS}|村|社区|镇|乡|街道)            # the shared suffix
        """, regex.VERBOSE),
        "village_next": regex.compile(rf"{CJK}{{2,3}}(?:村|社区)"),
    }


@functools.cache
def zone_suffix_re() -> regex.Pattern:
    """Zone suffixes at the end of a span (经济技术开发区, 高新区)."""
    zones = [s for s, (level, _) in _suffixes().items() if level == "zone"]
    return regex.compile(f"(?:{alternation(zones)})\\Z")


@functools.cache
def _translit() -> frozenset[str]:
    return frozenset(load_list("place_translit_chars.txt"))


def _transliterated(stem: str) -> bool:
    """Most characters are those of transliterated names (卧里托格拉克).

    >>> _transliterated("卧里托格拉克"), _transliterated("大力推进特色")
    (True, False)
    """
    return 3 * sum(ch in _translit() for ch in stem) >= 2 * len(stem)


# Characters that never occur inside a town or village name: a stem stops at them.
NEVER_IN_NAME = "的了把将被们我你他她它这那哪么呢吗吧也就还又很最是在为从或等个"
# Class nouns of mixed levels after a list (温泉镇、红山镇等8个乡镇): they add no suffix.
CLASS_NOUNS = r"乡镇|镇街|镇（街道）|乡（镇）|村居|村（社区）|村（居）"
LONG_STEM = 8  # transliterated names (卧里托格拉克镇) run past the usual four


def _hard_start(text: str, p: int, max_stem: int, ends: Container[int],
                joined: Optional[Container[int]] = None) -> Optional[int]:
    """The nearest clear left boundary of a stem ending at ``p``: a place's end, a
    non-Han or never-in-name character, a locative word; ``None`` if none within reach.

    A place's end wins over the two others where they would cut the name: a
    never-in-name character right after a place that jieba reads into one word
    with the next (``joined``: 西吉县|将台堡镇), and a one-character locative word
    right after a place before a one-character rest (通榆县|向海蒙古族乡).
    """
    pat = _patterns()
    for n in range(1, max_stem + 1):
        b = p - n
        if b in ends and joined is not None and b + 1 in joined:
            return b
        if b < 0 or not _CJK_RE.match(text[b]) or text[b] in NEVER_IN_NAME:
            return b + 1
        if b in ends:
            return b
        m = pat["before"].search(text[max(0, b - 4):b])
        if m and n == 1 and len(m.group()) == 1 and b - 1 in ends:
            return b - 1
        if m:
            return b
    return None


def _stem_start(text: str, p: int, suffix: str, ends: Container[int], bounds: Boundaries,
                offset: int) -> Optional[int]:
    """Where the stem before the suffix at ``p`` starts, or ``None``: a clear
    boundary 2–max_stem characters back (one character right after a county or
    town: 兰陵县代村), else the nearest word boundary two or three characters back
    (jieba's segmentation of the sentence)."""
    joined = _JoinedAt(bounds, offset)
    b = _hard_start(text, p, _suffixes()[suffix][1], ends, joined)
    if b is not None:
        if p - b >= 2 or _one_char_village(text, b, p, suffix, ends):
            return b
        return _clause_stem(text, p)
    b = _hard_start(text, p, LONG_STEM, ends)
    if b is not None and _transliterated(text[b:p]):
        return b
    b = p - _suffixes()[suffix][1]  # a full-length stem after punctuation (、白音套海苏木)
    if b > 0 and not _CJK_RE.match(text[b - 1]) and plain_name(text[b:p]):
        return b
    for n in (2, 3):
        if (p - n - offset) in bounds:
            return p - n
    return None


def _clause_stem(text: str, p: int) -> Optional[int]:
    """A three-character stem after punctuation whose middle character is a
    locative or conjunction word (、东和店镇, ，李家庄村): the name runs to the
    punctuation; ``None`` when the stem does not read as a name.

    >>> t = "产业园、东和店镇刘楼村"; t[_clause_stem(t, t.index("镇")):t.index("镇")]
    '东和店'
    >>> _clause_stem("，推进和美乡", 5) is None
    True
    """
    b = p - 3
    if b > 0 and not _CJK_RE.match(text[b - 1]) and plain_name(text[b:p]):
        return b
    return None


class _JoinedAt:
    """Offsets inside a word of jieba's segmentation (no boundary there)."""

    def __init__(self, bounds: Boundaries, offset: int) -> None:
        self.bounds, self.offset = bounds, offset

    def __contains__(self, i: object) -> bool:
        return isinstance(i, int) and (i - self.offset) not in self.bounds


def _one_char_village(text: str, b: int, p: int, suffix: str, ends: Container[int]) -> bool:
    """A one-character stem right after a county's or town's name (兰陵县代村,
    滕州市张村, X镇李村)."""
    after_unit = text[b - 1:b] in ("县", "区", "市", "旗", "镇", "乡") or text[b - 2:b] == "街道"
    return p - b == 1 and b in ends and after_unit and one_char_name(text[b], suffix)


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
    opens: dict[int, list] = {}          # divisions and towns by start: what opens a zone
    for c in divs:
        opens.setdefault(c.start, []).append(c)
    out: list[Place] = []
    covered: set[int] = set()
    taken: set[int] = set()
    for m in pat["list"].finditer(text, overlapped=False):
        out += _shared_suffix(ctx, m, ends, taken)
    for place in out:
        covered.update(range(place.start, place.end))
        if place.level == "town":
            opens.setdefault(place.start, []).append(place)
    for m in pat["suffix"].finditer(text):
        if m.start() in taken:
            continue
        place = _one(ctx, m, opens, ends, covered)
        if place is not None:
            out.append(place)
            covered.update(range(place.start, place.end))
            if place.level == "town":
                opens.setdefault(place.start, []).append(place)
            ends[place.end] = ends.get(place.start)
    return _widen(ctx, out)


def _widen(ctx: DocContext, places: list[Place]) -> list[Place]:
    """A town or village read with a short stem where the document names it in full
    elsewhere takes the full name when the text before it agrees (帮助上盐井村 →
    上盐井村, as in 在盐井纳西民族乡上盐井村)."""
    text, names = ctx.text, {p.name for p in places if p.level in ("town", "village")}
    ends = {p.end for p in places}
    out = []
    for p in places:
        extra = [n[:len(n) - len(p.name)] for n in names if len(n) > len(p.name)
                 and n.endswith(p.name) and text[:p.start].endswith(n[:len(n) - len(p.name)])]
        if p.level in ("town", "village") and extra and p.start not in ends:
            s = p.start - len(max(extra, key=len))
            if not any(s < q.end <= p.start for q in places):
                p = p.model_copy(update={"start": s, "text": text[s:p.end],
                                         "name": text[s:p.end], "rule": p.rule + "<widened>"})
        out.append(p)
    return out


def _one(ctx: DocContext, m, opens: dict, ends: dict, covered: set[int]) -> Optional[Place]:
    text, suffix = ctx.text, m.group()
    level = _suffixes()[suffix][0]
    p = m.start()
    if _not_after(text, p) or not _word_end(ctx, m.end()):
        return None
    if level == "zone":
        from extract.places_zones import zone_place  # it builds on this module

        return zone_place(ctx, m, opens, ends)
    sent = ctx.sentence_at(p)
    p = designation_start(text, p, level)
    b = _stem_start(text, p, suffix, ends, _bounds(ctx, sent), sent.start)
    if b is None or b in covered:
        return None
    k = name_start(text[b:p], min(2, p - b))  # 组织锦屏社区 → 锦屏社区; 实现街道 → none
    if k is None or _quoted(text, b + k, m.end()):
        return None
    b += k
    stem = text[b:p]
    if _is_generic(stem, suffix) or stem + suffix in _ignored():
        return None
    ethnic = "<ethnic>" if p < m.start() else ""
    rule = f"place.<{'parent' if b in ends else 'stem'}>{ethnic}<{suffix}>"
    return _place(ctx, b, m.end(), text[b:m.end()], level, rule, ends.get(b))


def _quoted(text: str, b: int, e: int) -> bool:
    """“幸福里社区”: a name in quotes is a programme or brand, not a place."""
    return text[b - 1:b] in "“‘「\"" and b > 0 and text[e:e + 1] in "”’」\""


@functools.cache
def _not_after_re() -> regex.Pattern:
    return regex.compile(alternation(load_list("place_not_after.txt")))


def _not_after(text: str, p: int) -> bool:
    """乡村, 村民, 镇村: the suffix begins a word that is no place suffix."""
    return _not_after_re().match(text, p) is not None


def _bounds(ctx: DocContext, sent: Sentence) -> Boundaries:
    """The word boundaries of a sentence (memoised for the document)."""
    key = ("sentence bounds", sent.start)
    if key not in ctx.memo:
        ctx.memo[key] = Boundaries(sent.text)
    return ctx.memo[key]


def _word_end(ctx: DocContext, e: int) -> bool:
    """The suffix ends a word in jieba's segmentation (not 乡|村振兴)."""
    sent = ctx.sentence_at(e - 1)
    if _patterns()["village_next"].match(ctx.text, e):
        return True  # 蓼子乡长湾村: a village follows, whatever jieba reads (乡长)
    if _head_re().match(ctx.text, e):
        return True  # 花石乡政府, 大湾村党总支: a body's head follows (乡政府, 村党)
    return (e - sent.start) in _bounds(ctx, sent)


@functools.cache
def _head_re() -> regex.Pattern:
    """Heads of a town's or village's bodies (政府, 党委, 党总支, 卫生院 …)."""
    return regex.compile(alternation(load_list("place_body_heads.txt")))


@functools.cache
def _ignored() -> frozenset[str]:
    return frozenset(gz.all_forms(short=False))


def _shared_suffix(ctx: DocContext, m, ends: dict, taken: set[int]) -> list[Place]:
    """月坝、共和、松林、龙门等4个村 → one village per listed stem; items that carry
    their own suffix (温泉镇、红山镇等8个乡镇) are left to the suffix scan."""
    suffix, text = m.group("suf"), ctx.text
    if _not_after(text, m.start("suf")) or not _word_end(ctx, m.end()):
        return []  # 种植、刺绣等乡村工匠: the 乡 opens 乡村
    items, pos = [], m.start("items")
    for part in m.group("items").split("、"):
        items.append((pos, part))
        pos += len(part) + 1
    if any(zone_suffix_re().search(part) for _, part in items):
        return []  # 户外用品产业园、东和店镇: a zone in the list, its items are no stems
    items[0] = _first_item(ctx, items[0], ends)
    shared = m.end("items") < m.start("suf")  # 等4个: the suffix is plainly shared
    if any(_has_suffix(stem) for _, stem in items):  # suffixed items stand alone
        items = [(s, stem) for s, stem in items if not _has_suffix(stem)] if shared else []
    if suffix not in _suffixes() or not items:
        return []  # a class noun (乡镇) names no level
    if any(len(stem) < 2 or _is_generic(stem, suffix) or regex.search(f"[{NEVER_IN_NAME}]", stem)
           for _, stem in items):
        return []
    taken.add(m.start("suf"))
    level = _suffixes()[suffix][0]
    return [_place(ctx, s, s + len(stem), stem + suffix, level,
                   f"place.<list>等<n>个<{suffix}>", ends.get(s)) for s, stem in items]


def _has_suffix(stem: str) -> bool:
    return regex.search(r"(?:镇|乡|村|街道|社区)\Z", stem) is not None


def _first_item(ctx: DocContext, item: tuple[int, str], ends: dict) -> tuple[int, str]:
    """The first stem of a list starts after a place, a locative word or a word
    that jieba reads across its start (来自焕古 → 焕古; 组织黄坪 → 黄坪)."""
    s0, stem = item
    text, sent = ctx.text, ctx.sentence_at(s0)
    bounds = _bounds(ctx, sent)
    for b in range(s0 + 1, s0 + len(stem) - 1):
        if b in ends or text[b - 1] in "乡镇村区县市" or _patterns()["before"].search(
                text[max(0, b - 4):b]):
            return b, stem[b - s0:]
    inner = [b for b in range(s0 + 1, s0 + len(stem) - 1) if (b - sent.start) in bounds]
    if inner and ((s0 - sent.start) not in bounds or len(stem) == 4):
        b = inner[0] if (s0 - sent.start) not in bounds else inner[-1]
        return b, stem[b - s0:]
    return item
