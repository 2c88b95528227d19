"""Left expansion of organisation names: the typed words met walking left from a head.

``walk_left`` segments the text before a head by reverse maximum matching over the
words ``org_lexicon.word_kinds`` knows (places, zones, modifiers, stops, generic
markers, prefixes, heads) up to the first barrier. Two repairs follow the walk:
``merge_villages`` joins unknown characters with a town or village ending
(龙珠社区, 东风镇, 铜元局街道), and ``cross_weak_stop`` lets a firm's name run
past a single-character stop when the firm has no proper name yet (华为技术有限公司).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from extract import gazetteer
from extract import org_lexicon as lx
from extract.org_lists import xpcc_end

CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
MAX_SPAN = 32          # longest name the left expansion will build
LEVEL_WORDS = ("自治区", "自治州", "自治县")  # bare levels written in full
MAX_VILLAGE = 5        # characters of a town or village name before its ending
MAX_CROSSED = 3        # proper-name characters a crossed weak stop may bring
MAX_IN_PROPER = 3      # unknown characters before a county's short form inside a proper name
MAX_BEYOND = 6         # unknown characters between a crossed weak stop and a place
# a date ends the text before a name: 9月1日市人社局, 2019年县政府, 二〇一九年…
DATE_END_RE = re.compile(r"(?:\d|[〇零一二三四五六七八九十]{2}|月[一二三四五六七八九十]{1,3})[年月日]$")
# a batch makes the stations after it a class of several: 首批…工作站, 第二批…基地
BATCH_RE = re.compile(r"(?:首|头|第[一二三四五六七八九十\d]{1,3}|新一|[一两几这该本每])批$")
CONJUNCTIONS = ("和", "与", "及")  # joining two modifiers of one body: 就业和人才中心
# a measure word after a number ends the text before a name: 8家家政公司, 3所学校
COUNTED_RE = re.compile(r"(?:\d|[两几数多])[余多]?[家个所名位座间户支批]$")
BRAND_STOPS = ("和",)  # weak stops crossed only inside a two-character brand: 湖北佳和服饰


@dataclass
class Tok:
    """A word met while walking left from a head."""

    start: int
    end: int
    kind: str  # a kind of org_lexicon.KINDS, or 'unk', 'hard', 'level', 'pparen', 'region'


def _paren_place(text: str, p: int, lo: int) -> Optional[Tok]:
    """A bracketed place or group word inside a name, ending at ``p``:
    重庆(潼南)种苗繁育中心, 包头钢铁（集团）有限责任公司.

    >>> t = "包头钢铁（集团）有限责任公司"
    >>> tok = _paren_place(t, t.index("有限"), 0); t[tok.start:tok.end], tok.kind
    ('（集团）', 'pparen')
    >>> _paren_place("县（区）", 4, 0) is None
    True
    """
    opener = text.rfind("（" if text[p - 1] == "）" else "(", max(lo, p - 10), p - 1)
    if opener < 0:
        return None
    inner = text[opener + 1:p - 1]
    if lx.word_kinds().get(inner) in ("place", "pshort") or inner in lx.paren_words():
        return Tok(opener, p, "pparen")
    return None


def _region(text: str, p: int, lo: int) -> Optional[Tok]:
    """Two or three province or city abbreviations ending at ``p``, standing alone:
    津甘, 川渝, 京津冀 (a longer run of abbreviations is no region).

    >>> t = "“津甘劳务"
    >>> tok = _region(t, 3, 0); t[tok.start:tok.end], tok.kind
    ('津甘', 'region')
    >>> t = "京津冀协同"; tok = _region(t, 3, 0); t[tok.start:tok.end]
    '京津冀'
    >>> _region("沪苏浙皖协同", 4, 0) is None
    True
    """
    chars = lx.region_chars()
    for n in (3, 2):
        b = p - n
        if b >= lo and all(c in chars for c in text[b:p]) and _bounded(text, b):
            return Tok(b, p, "region")
    return None


def _bounded(text: str, b: int) -> bool:
    """Whether a word may start at ``b``: the text's start, a non-Han character or
    a stop word before it (共建川渝…), not a Han character of another word (建成新…).

    >>> _bounded("“津甘", 1), _bounded("共建川渝", 2), _bounded("已建成新", 2)
    (True, True, False)
    """
    if b == 0 or not CJK_RE.match(text[b - 1]):
        return True
    kinds = lx.word_kinds()
    return any(kinds.get(text[b - n:b]) in ("stop", "generic") for n in range(1, min(4, b) + 1))


def _overlapped(text: str, start: int, lo: int) -> bool:
    """Whether a short place form starting at ``start`` is the tail of a longer reading.

    浙江华固: 江华 (a county's short form) shares 江 with 浙江, which reads first.

    >>> _overlapped("浙江华固", 1, 0), _overlapped("遂宁船山", 2, 0), _overlapped("和顺德", 1, 0)
    (True, False, False)
    """
    if start - 1 < lo or lx.word_kinds().get(text[start - 1]) == "stop":
        return False  # 和顺德: 和 is a conjunction, 顺德 stands
    return lx.word_kinds().get(text[start - 1:start + 1]) in ("place", "pshort")


def _token_at(text: str, p: int, lo: int) -> Tok:
    """The longest known word ending at ``p`` (reverse maximum matching)."""
    ch = text[p - 1]
    if ch in ")）":
        return _paren_place(text, p, lo) or Tok(p - 1, p, "hard")
    if not CJK_RE.match(ch):
        return Tok(p - 1, p, "hard")
    if ch in "年月日" and DATE_END_RE.search(text, max(lo, p - 5), p):
        return Tok(p - 1, p, "hard")
    if COUNTED_RE.search(text, max(lo, p - 3), p):
        return Tok(p - 1, p, "hard")
    batch = BATCH_RE.search(text, max(lo, p - 5), p)
    if batch:
        return Tok(batch.start(), p, "generic")
    if ch in "团师":
        corps = xpcc_end().search(text, max(lo, p - 16), p)
        if corps:  # a unit of the Xinjiang Corps qualifies a body as a place does
            return Tok(corps.start(), p, "zone")
    kinds = lx.word_kinds()
    for n in range(min(lx.max_word(), p - lo), 1, -1):
        kind = kinds.get(text[p - n:p])
        if kind == "pshort" and _overlapped(text, p - n, lo):
            continue
        if kind:
            return Tok(p - n, p, kind)
    if text[max(lo, p - 3):p] in LEVEL_WORDS:
        return Tok(p - 3, p, "level")
    region = _region(text, p, lo)
    if region is not None:
        return region
    kind = kinds.get(ch)
    if kind:
        return Tok(p - 1, p, kind)
    return Tok(p - 1, p, "level" if ch in lx.LEVEL_CHARS else "unk")


def _walk(text: str, p: int, lo: int) -> tuple[list[Tok], Optional[Tok]]:
    run: list[Tok] = []
    while p > lo:
        tok = _token_at(text, p, lo)
        if tok.kind in ("hard", "stop", "generic"):
            return run, tok
        run.append(tok)
        p = tok.start
    return run, (Tok(0, 0, "hard") if p == 0 else None)  # the text's start bounds a name


def walk_left(text: str, head_start: int) -> tuple[list[Tok], Optional[Tok]]:
    """Words left of a head up to the first barrier: (run right-to-left, barrier).

    >>> run, bar = walk_left("由省人社厅", 2)
    >>> [(t.kind) for t in run], bar.kind
    (['level'], 'stop')
    >>> t = "1.浙江华固蓄电池科技有限公司"
    >>> [t[x.start:x.end] for x in walk_left(t, t.index("有限"))[0]]
    ['科技', '蓄电池', '固', '华', '浙江']
    """
    return _walk(text, head_start, max(0, head_start - MAX_SPAN))


def _proper_beyond(more: list[Tok], bar2: Optional[Tok]) -> bool:
    """A short proper name up to a real boundary: 华 in 走访了华为."""
    return bar2 is not None and 0 < len(more) <= MAX_CROSSED and all(t.kind == "unk" for t in more)


def _place_beyond(more: list[Tok]) -> bool:
    """A place with only unknown words and levels before it: 长兴县小浦镇八 in …八都岕村."""
    kinds = [t.kind for t in more]
    return (any(k in lx.PLACE_KINDS for k in kinds)
            and all(k in lx.PLACE_KINDS or k in ("unk", "level") for k in kinds)
            and kinds.count("unk") <= MAX_BEYOND)


def _brand_beyond(run: list[Tok], more: list[Tok]) -> bool:
    """A conjunction that is the second character of a firm's two-character brand:
    a place, one unknown character, the stop, then trade words only (湖北佳和服饰
    有限公司); not 农户和合作社, 武汉和宜昌服饰有限公司."""
    return (bool(run) and all(t.kind == "mod" for t in run) and len(more) >= 2
            and more[0].kind == "unk" and more[0].end - more[0].start == 1
            and more[1].kind in lx.PLACE_KINDS)


def _parent_beyond(run: list[Tok], more: list[Tok]) -> bool:
    """A sub-unit named after its parent with a weak stop inside its own name:
    湖北省农业科学院|食用菌|研究所 (用 is a stop). The stop stands between unknown
    characters (short on both sides) and the parent's head ends the words beyond;
    not 县人社局为华为公司 (nothing unknown between the parent and the stop)."""
    if not run or any(t.kind != "unk" for t in run):
        return False
    k = 0
    while k < len(more) and more[k].kind == "unk":
        k += 1
    width = sum(t.end - t.start for t in run + more[:k])
    return 0 < k and width <= MAX_CROSSED and k < len(more) and more[k].kind == "head"


def cross_weak_stop(text: str, run: list[Tok], barrier: Optional[Tok],
                    head_start: int) -> tuple[list[Tok], Optional[Tok]]:
    """A firm's run goes on past a weak single-character stop inside its name.

    Crossed when the firm has no proper name yet and 1–3 unknown characters
    follow up to a real boundary (走访了华为技术有限公司 → 华为), or when a
    place lies beyond with only unknown words and levels between
    (长兴县小浦镇八都岕村股份经济合作社: 都 is part of the village's name).
    A conjunction (``BRAND_STOPS``) is crossed only inside a brand after a place.

    >>> t = "走访了华为技术有限公司"
    >>> run, bar = cross_weak_stop(t, *walk_left(t, 7), 7)
    >>> t[run[-1].start:7], t[bar.start:bar.end]
    ('华为技术', '了')
    >>> t = "积极为技术有限公司"
    >>> run, bar = cross_weak_stop(t, *walk_left(t, 5), 5)
    >>> t[run[-1].start:5], t[bar.start:bar.end]
    ('技术', '为')
    """
    if barrier is None or text[barrier.start:barrier.end] not in lx.weak_stops():
        return run, barrier
    more, bar2 = _walk(text, barrier.start, max(0, head_start - MAX_SPAN))
    nameless = not any(t.kind == "unk" for t in run)
    if text[barrier.start:barrier.end] in BRAND_STOPS:
        crossed = _brand_beyond(run, more)
    else:
        crossed = ((nameless and _proper_beyond(more, bar2)) or _place_beyond(more)
                   or _parent_beyond(run, more))
    if crossed:
        return run + [Tok(barrier.start, barrier.end, "unk")] + more, bar2
    return run, barrier


def _parent_chain(more: list[Tok]) -> bool:
    """A modifier right before a conjunction, then a parent body or a place (a bare
    level leftmost) up to a boundary with only known name words between: 人社局就业
    in …就业和人才中心, 县就业 in 县就业和社保中心."""
    kinds = [t.kind for t in more]
    return (bool(kinds) and kinds[0] == "mod"
            and (kinds[-1] == "level" or any(k == "head" or k in lx.PLACE_KINDS for k in kinds))
            and all(k in ("mod", "head", "prefix", "level") or k in lx.PLACE_KINDS for k in kinds))


def cross_conjunction(text: str, run: list[Tok], barrier: Optional[Tok],
                      head_start: int) -> tuple[list[Tok], Optional[Tok]]:
    """A 和/与/及 between two modifiers of one body is part of its name.

    Crossed when the words on its right are modifiers only and those on its left
    are a modifier reached from a parent body or a place: 巫溪县人社局就业和人才中心
    is one body (a sub-unit written after its parent); 省人社厅和就业中心 are two.

    >>> t = "巫溪县人社局就业和人才中心负责人"
    >>> run, bar = cross_conjunction(t, *walk_left(t, t.index("中心")), t.index("中心"))
    >>> t[run[-1].start:t.index("中心")]
    '巫溪县人社局就业和人才'
    >>> t = "省人社厅和就业中心"
    >>> run, bar = cross_conjunction(t, *walk_left(t, 7), 7)
    >>> t[run[-1].start:7], t[bar.start:bar.end]
    ('就业', '和')
    """
    if (barrier is None or text[barrier.start:barrier.end] not in CONJUNCTIONS
            or not run or any(t.kind != "mod" for t in run)):
        return run, barrier
    more, bar2 = _walk(text, barrier.start, max(0, head_start - MAX_SPAN))
    if bar2 is None or not _parent_chain(more):
        return run, barrier
    return run + [Tok(barrier.start, barrier.end, "mod")] + more, bar2


def _village_body(run: list[Tok], i: int) -> int:
    """Index past the short unknown words that name a town or village ending at run[i]."""
    j, width = i + 1, 0
    while j < len(run):
        tok = run[j]
        width += tok.end - tok.start
        single = tok.end - tok.start == 1 and tok.kind != "level"  # 局 in 铜元局街道
        if width > MAX_VILLAGE or not (tok.kind in ("unk", "pshort") or single):
            break
        j += 1
    return j


def merge_villages(text: str, run: list[Tok], barrier: Optional[Tok]) -> list[Tok]:
    """Unknown characters + a town/village ending, bounded on the left: 龙珠社区.

    Bounded means a barrier or a place (a village under its town) stands left of
    it: 长兴县小浦镇八都岕村, 。东风镇党委, 铜元局街道零工市场.
    """
    for i, tok in enumerate(run):
        word = text[tok.start:tok.end]
        if not word.endswith(lx.LEVEL_SUFFIXES) or tok.kind not in ("mod", "level", "unk"):
            continue
        j = _village_body(run, i)
        if j == i + 1:
            continue
        bounded = barrier is not None if j == len(run) else _is_placeish(run[j])
        if bounded:
            return run[:i] + [Tok(run[j - 1].start, tok.end, "place")] + merge_villages(
                text, run[j:], barrier)
    return run


def _is_placeish(tok: Tok) -> bool:
    return tok.kind in lx.PLACE_KINDS or tok.kind == "level"


# ---------------------------------------------------------------- proper names before a place

def brand_start(text: str, run: list[Tok], j: int, head: lx.Head, barrier: Optional[Tok]) -> int:
    """Index of the first word of a brand before a firm's place, ``j`` if none:
    首钢 in 首钢迁安钢铁有限责任公司, 国网 in 国网遂宁供电公司 (``org_brands.txt``).

    The brand must fill the run from the place back to a real boundary: a verb
    there (带领遂宁…) is no brand.
    """
    if not head.proper or barrier is None or j + 1 >= len(run):
        return j
    if text[run[-1].start:run[j].start] in lx.brands():
        return len(run) - 1
    return j


def county_in_proper(text: str, run: list[Tok], j: int, head: lx.Head, barrier: Optional[Tok]) -> bool:
    """A county's short form inside a firm's proper name, not its place: when
    two or three unknown characters stand before it up to a real boundary (成立了
    盐井古|盐田|旅游服务专业合作社; 盐田 is also a district of 深圳); one is a verb
    (将有紫金矿业集团股份有限公司).

    >>> t = "成立了盐井古盐田旅游服务专业合作社"
    >>> run, bar = walk_left(t, t.index("专业合作社"))
    >>> county_in_proper(t, run, 2, lx.heads()["专业合作社"], bar), t[run[2].start:run[2].end]
    (True, '盐田')
    """
    beyond = run[j + 1:]
    if not (head.proper and run[j].kind == "pshort" and barrier is not None and beyond):
        return False
    width = sum(t.end - t.start for t in beyond)  # one character is a verb: 将有|紫金矿业
    if not 2 <= width <= MAX_IN_PROPER or any(t.kind != "unk" for t in beyond):
        return False
    divisions = gazetteer.find_division(text[run[j].start:run[j].end])
    return bool(divisions) and all(d.level == "county" for d in divisions)
