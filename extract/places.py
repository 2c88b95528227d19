"""Places (guideline §4): divisions from the gazetteer, towns, villages and zones.

Match, then resolve:

1. ``division candidates`` — one overlapped scan with the alternation of every
   written form of the gazetteer (full names, short forms, 县-forms, former names).
2. ``guards`` — a form must stand as a word (jieba's segmentation of its sentence
   has a boundary at both ends: 投资兴业 holds no 资兴); a short form followed by a
   town/village suffix is not the division (长乐村); a short form that is an
   ordinary word (合作, 安居) needs support: a qualifier head after it (人社局,
   大学), a locative word before it (在, 赴, 来自), a parent just before it
   (重庆黔江), a place beside it in a list, or a city written in full elsewhere
   that contains it (extract.places_neighbours).
3. ``disambiguation`` — a name shared by several divisions (江北区) takes the one
   under a parent written just before, else the one in the document's dominant
   province and city; otherwise its adcode stays null.
4. ``suffixed places`` — towns, villages and zones by suffix (extract.places_suffix).
5. ``mojibake`` — no place from garbled text (extract.places_stems.garbled).

Overlaps between divisions are settled by first-longest; a division inside a zone's
name is kept (遂宁经开区 also mentions 遂宁市).
"""
from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

import regex

from extract import gazetteer as gz
from extract.context import DocContext
from extract.scan import WordScanner
from extract.wordseg import Boundaries
from extract.lexicon import alternation, load_list
from extract.places_neighbours import Spans, by_neighbours, weak_shorts
from schemas.records import Place

LEVEL_RANK = {"province": 0, "city": 1, "county": 2}
PARTICLES = "的了着过得地"  # after an ordinary word (新建的), it is no place name


@dataclass
class Cand:
    """A division candidate: a span, the form it matched and what it may denote."""

    start: int
    end: int
    form: str
    short: bool
    divisions: tuple[gz.Division, ...]
    rule: str = ""
    chosen: Optional[gz.Division] = None
    ambiguous: bool = False
    parents: list[gz.Division] = field(default_factory=list)


@functools.cache
def _forms() -> tuple[dict[str, tuple[gz.Division, ...]], frozenset[str]]:
    """Form → divisions, and the set of forms that are full names or 县-forms."""
    index: dict[str, list[gz.Division]] = {}
    full: set[str] = set()
    for d in gz.divisions():
        for f in d.written_forms:
            if len(f) >= 2 and f not in _ignored_forms():
                index.setdefault(f, []).append(d)
                if f != d.short:
                    full.add(f)
    return {k: tuple(v) for k, v in index.items()}, frozenset(full)


@functools.cache
def _ignored_forms() -> frozenset[str]:
    """Full names that are ordinary words (城区, 郊区, 矿区): never matched alone."""
    return frozenset({"城区", "郊区", "矿区", "市中区", "市辖区", "新区"})


@functools.cache
def _division_scanner() -> WordScanner:
    return WordScanner(_forms()[0])


@functools.cache
def _context_res() -> tuple[regex.Pattern, regex.Pattern]:
    """(heads after a short form, locative words before one)."""
    heads = regex.compile(alternation(load_list("place_short_heads.txt")))
    before = regex.compile("(?:" + alternation(load_list("place_before_words.txt")) + r")\Z")
    return heads, before


def _tokenizer():  # noqa: ANN202 - jieba is untyped
    from extract.wordseg import tokenizer

    return tokenizer()


def word_boundaries(text: str) -> Boundaries:
    """Offsets in ``text`` where jieba's segmentation puts a word boundary
    (a lazy set: most offsets are settled from the dictionary alone).

    >>> 1 in word_boundaries("投资兴业")
    False
    """
    return Boundaries(text)


def candidates(ctx: DocContext) -> list[Cand]:
    """Every division form in the text (overlapping), before guards."""
    index, full = _forms()
    out = []
    for start, end, f in _division_scanner().longest(ctx.text):
        out.append(Cand(start, end, f, f not in full, index[f]))
    return out


_WINDOW = 10  # characters of context jieba sees on each side of a candidate


def _window(ctx: DocContext, c: Cand, cache: dict) -> tuple[int, Boundaries]:
    """(offset, word boundaries) of a window around the candidate. Only the window
    (the sentence, cut to ``_WINDOW`` characters a side) is segmented: segmenting
    whole sentences cost more than all the other rules together."""
    s = ctx.sentence_at(c.start)
    lo, hi = max(s.start, c.start - _WINDOW), min(s.end, c.end + _WINDOW)
    if (lo, hi) not in cache:
        cache[(lo, hi)] = word_boundaries(ctx.text[lo:hi])
    return lo, cache[(lo, hi)]


def _stands_as_word(ctx: DocContext, c: Cand, cache: dict) -> bool:
    """jieba puts word boundaries at both ends of the candidate."""
    lo, b = _window(ctx, c, cache)
    if (c.start - lo) not in b:
        return False
    return ((c.end - lo) in b or _opens_zone_word(ctx.text, c, lo, b) or _before_head(ctx.text, c)
            or _fused_head(ctx.text, c, lo, b))


def _fused_head(text: str, c: Cand, lo: int, bounds: Boundaries) -> bool:
    """jieba reads a form and the head after it as one word (四川籍, 贵州籍): the
    next word boundary is the head's end, or inside it (长沙人|社局: the demonym
    长沙人 takes the head's 人).

    >>> c = Cand(0, 2, "四川", True, tuple(gz.find_division("四川")))
    >>> _fused_head("四川籍务工人员", c, 0, Boundaries("四川籍务工人员"))
    True
    >>> c = Cand(0, 2, "长沙", True, tuple(gz.find_division("长沙")))
    >>> _fused_head("长沙人社局", c, 0, Boundaries("长沙人社局"))
    True
    """
    m = _context_res()[0].match(text, c.end)
    nxt = bounds.next_after(c.end - lo)
    return m is not None and nxt is not None and c.end < lo + nxt <= m.end()


def _before_head(text: str, c: Cand) -> bool:
    """A full name ending in its level word before a qualifier head stands even
    where jieba reads the level word into the next word (达茂旗|人社局, not 旗人)."""
    return not c.short and c.form[-1] in "省市县区州盟旗" and _context_res()[0].match(text, c.end) is not None


def _in_chain(ctx: DocContext, c: Cand, fulls: Spans, cache: dict) -> bool:
    """A full name inside a chain of full names that jieba reads as one word
    (甘肃省甘南藏族自治州 → 甘肃省, 甘南藏族自治州): each end is a word boundary
    or touches its parent (left) or its child (right) written in full."""
    lo, b = _window(ctx, c, cache)

    def linked(upper: Cand, lower: Cand) -> bool:
        return any(gz.is_within(d, u) and d is not u
                   for d in lower.divisions for u in upper.divisions)

    left = (c.start - lo) in b or any(linked(p, c) for p in fulls.ending(c.start))
    right = (c.end - lo) in b or any(linked(c, n) for n in fulls.starting(c.end))
    return left and right


def _opens_zone_word(text: str, c: Cand, lo: int, bounds: Boundaries) -> bool:
    """jieba holds some zones as one word (武汉经济技术开发区): a division form
    opening such a word stands as a place (guideline §4: 遂宁经开区 mentions 遂宁市)."""
    from extract.places_suffix import zone_suffix_re

    nxt = bounds.next_after(c.end - lo)
    return nxt is not None and zone_suffix_re().search(text, c.end, lo + nxt) is not None


def _follows_suffix(text: str, end: int) -> bool:
    return _SUFFIX_NEXT.match(text[end:end + 2]) is not None


# A short form before a town/village/community word is that unit's name (长乐村,
# 惠民社区, 长乐街道, 惠民小区, 太平居委会), or a street's, a hill's, a river's.
_SUFFIX_NEXT = regex.compile(r"(?:镇|乡|村|街道|社区|小区|居委|新区|大道|路|街|桥|山|河|江|湖)")


def guard(ctx: DocContext, cands: list[Cand]) -> list[Cand]:
    """Apply the word-boundary and short-form guards; name the rule of each."""
    cache: dict = {}
    out, pending = [], []
    fulls = Spans([c for c in cands if not c.short])
    for c in cands:
        if not c.short and not _stands_as_word(ctx, c, cache) and not _in_chain(ctx, c, fulls, cache):
            if not (c.form[-1] in "市县区" and (c := _demote(c))):
                continue
        if c.short and (not _stands_as_word(ctx, c, cache) or _follows_suffix(ctx.text, c.end)):
            continue
        c.rule = _support(ctx.text, c)
        if c.rule == "place.<short>" and any(o.start < c.start < o.end for o in cands):
            c.rule = ""  # 红河源 (红河 | 河源), 陕西安康 (西安): the bare short needs a neighbour
        if c.rule == "place.<locative><short>" and c.form in weak_shorts() and _noun_after(ctx, c, cache):
            c.rule = ""  # 推荐至合作企业: the ordinary word modifies the noun after it
        (out if c.rule else pending).append(c)
    out = _first_longest(out)
    return _first_longest(out + by_neighbours(ctx.text, out, pending))


def _support(text: str, c: Cand) -> str:
    """The rule by which a candidate stands as a place, or '' if it needs a neighbour.

    Full names always do; a short form does before a qualifier head (遂宁人社局),
    after a locative word (赴温州; an ordinary word not before a particle: 在合作
    举办, not 在新建的车间), or alone when it is a province's or city's short
    form that is no ordinary word (北京, 温州; not 合作, 安康, nor a county's 潼南).
    """
    heads, before = _context_res()
    if not c.short:
        return "place.<full name>"
    if _whole_unit(c.form):
        return ""  # 全州就业 (the whole prefecture): only a parent or a list supports it
    if heads.match(text, c.end) and c.form not in weak_shorts() and not _county_school(text, c):
        return "place.<short><head>"
    if before.search(text[max(0, c.start - 4):c.start]) and (
            c.form not in weak_shorts() or text[c.end:c.end + 1] not in PARTICLES):
        return "place.<locative><short>"
    if c.form not in weak_shorts() and any(d.level != "county" for d in c.divisions):
        return "place.<short>"
    return ""


def _noun_after(ctx: DocContext, c: Cand, cache: dict) -> bool:
    """The word after the candidate (jieba's segmentation) is a noun or a locality
    word: 至合作企业, 在合作中 — not 在合作举办, 赴合作考察."""
    from extract.places_stems import is_noun

    lo, b = _window(ctx, c, cache)
    nxt = b.next_after(c.end - lo)
    return nxt is not None and is_noun(ctx.text[c.end:lo + nxt])


def _whole_unit(form: str) -> bool:
    """全州 (全 + 州, 'the whole prefecture') reads as 全市, 全县 do: a short form of a
    quantifier and a level word names no place alone (全州县 written in full does).

    >>> _whole_unit("全州"), _whole_unit("全椒"), _whole_unit("本溪")
    (True, False, False)
    """
    return len(form) == 2 and form[0] in "全各本该每我此" and form[1] in "省市县区州盟旗"


def _county_school(text: str, c: Cand) -> bool:
    """A county's or district's short form opening a university's name (西华师范大学,
    南开大学): universities bear the names of provinces, cities and county-level
    cities; a bare county short there is a historical or regional name.

    >>> _county_school("西华师范大学", Cand(0, 2, "西华", True, tuple(gz.find_division("西华"))))
    True
    """
    if not _school_re().match(text, c.end):
        return False
    return all(d.level == "county" and not d.name.endswith("市") for d in c.divisions)


@functools.cache
def _school_re() -> regex.Pattern:
    return regex.compile(alternation(load_list("place_school_heads.txt")))


def _demote(c: Cand) -> Optional[Cand]:
    """A full name ending in 市/县/区 that jieba reads as X + 市场/县委/区委 … is its
    short form X before that word (蓬溪县委 → 蓬溪; 合作市场 → 合作)."""
    short = c.form[:-1]
    ds = tuple(d for d in c.divisions if d.short == short)
    return Cand(c.start, c.end - 1, short, True, ds) if ds else None


def _first_longest(cands: list[Cand]) -> list[Cand]:
    """Overlap policy: the earliest start wins, then the longest span."""
    out: list[Cand] = []
    for c in sorted(cands, key=lambda c: (c.start, -(c.end - c.start))):
        if not out or c.start >= out[-1].end:
            out.append(c)
    return out


def disambiguate(cands: list[Cand]) -> None:
    """Choose one division per candidate (``chosen``) or mark it ambiguous."""
    weight: Counter = Counter()
    for c in cands:
        if len(c.divisions) == 1:
            for d in gz.parent_chain(c.divisions[0])[:-1] + [c.divisions[0]]:
                weight[d.adcode] += 2 if d.level != "province" else 1
    prev: Optional[Cand] = None
    for c in cands:
        ds = c.divisions
        if len(ds) > 1 and prev is not None and prev.end == c.start and prev.chosen:
            under = [d for d in ds if gz.is_within(d, prev.chosen) and d is not prev.chosen]
            ds = tuple(under) or ds
        if len(ds) > 1 and c.short:
            ds = _named_after_parent(ds, weight)
        if len(ds) > 1:
            ds = _by_weight(ds, weight)
        if len(ds) > 1 and c.short:  # a bare short form: the highest level (吉林 → 吉林省)
            top = min(LEVEL_RANK[d.level] for d in ds)
            ds = tuple(d for d in ds if LEVEL_RANK[d.level] == top)
        c.chosen, c.ambiguous = ds[0], len(ds) > 1
        if c.ambiguous and len({d.name for d in ds}) > 1:
            c.chosen = None
        prev = c


def _named_after_parent(ds: tuple[gz.Division, ...], weight: Counter) -> tuple[gz.Division, ...]:
    """A short form shared by a division and one inside it (吉安: 吉安市 and its 吉安县;
    长沙: 长沙市, 长沙县) is the parent, unless the inner one is written in full
    elsewhere in the document (only then does its own weight count).

    >>> ds = tuple(gz.find_division("吉安"))
    >>> [d.name for d in _named_after_parent(ds, Counter())]
    ['吉安市']
    """
    inner = {d.adcode for d in ds for u in ds if d is not u and gz.is_within(d, u)}
    keep = tuple(d for d in ds if d.adcode not in inner or weight[d.adcode] > 0)
    return keep or ds


def _by_weight(ds: tuple[gz.Division, ...], weight: Counter) -> tuple[gz.Division, ...]:
    scores = [sum(weight[p.adcode] for p in gz.parent_chain(d)[:-1]) for d in ds]
    best = max(scores)
    if best == 0:
        return ds
    return tuple(d for d, s in zip(ds, scores) if s == best)


def division_places(ctx: DocContext) -> list[Cand]:
    """The division mentions of a document, guarded and resolved."""
    cands = guard(ctx, candidates(ctx))
    disambiguate(cands)
    return [c for c in cands if c.chosen is not None]


def to_place(ctx: DocContext, c: Cand) -> Place:
    d = c.chosen
    assert d is not None
    chain = {x.level: x.name for x in gz.parent_chain(d)}
    return Place(
        doc_id=ctx.doc_id, text=ctx.text[c.start:c.end], start=c.start, end=c.end,
        sentence=ctx.sentence_at(c.start).text, rule=c.rule, name=d.name, level=d.level,
        adcode=None if c.ambiguous else d.adcode,
        province=d.province, city=d.city if d.level != "province" else None,
        county=chain.get("county"),
        longitude=None if c.ambiguous else d.lon, latitude=None if c.ambiguous else d.lat,
        adcode_vintage=None if c.ambiguous else gz.vintage())


def extract(ctx: DocContext) -> list[Place]:
    """Every place mention of the document (never raises).

    >>> from extract.context import make_context
    >>> [(p.name, p.adcode) for p in extract(make_context("d", "重庆市江北区与投资兴业的合作。"))]
    [('重庆市', '500000'), ('江北区', '500105')]
    """
    from extract.places_stems import garbled
    from extract.places_suffix import suffixed_places

    try:
        divs = division_places(ctx)
        out = [to_place(ctx, c) for c in divs]
        out += suffixed_places(ctx, divs)
        out = [p for p in out if not garbled(ctx.text, p.start, p.end)]
    except Exception as exc:  # noqa: BLE001 — an extractor never raises; the pipeline logs it
        ctx.report("places", exc)
        return []
    return sorted(out, key=lambda p: (p.start, p.end))
