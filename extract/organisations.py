"""Organisations (guideline section 5): head words found first, names grown leftwards.

Match: one regex finds every head word (局, 有限公司, 领导小组办公室 …); from each
head the name grows leftwards by reverse maximum matching over typed words
(places from the gazetteer, modifiers, stops, generic markers) up to its true
start — the leftmost place qualifier, or the modifiers that touch the head
(the walk itself lives in ``org_walk``).
Resolve: anaphors and generic plurals are declined, list members inherit their
list's standing (a station with no place is a name only in a good list),
issuers inside document numbers (人社部发〔2013〕20号), names inside a venue's
(县城中心广场), classes counted (服务站2个) and firm heads with
trade words only (科技有限公司) are declined, spans inside longer names are dropped (one policy: the longest
span wins), and ``org_canonical`` supplies the canonical name and org_type.

Rules (written on every record as ``rule``):
``org.<place>…<head>`` a name starting at a place qualifier; ``org.<mod>…<head>``
modifiers only; ``org.<proper><head>`` a proper name before a firm's head;
``org.<head>`` a head that is a name alone; ``org.<X>、<Y>等<class>`` firms listed
before 等+a class noun; ``org.<source>:<media>`` a website or paper named as a source
or a link; ``org.<corps><division>`` a unit of the Xinjiang Corps (``org_lists``).
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from typing import Optional

from extract import org_lexicon as lx
from extract.org_lists import firm_lists, media_sources, xpcc_units
from extract.org_walk import (Tok, brand_start, county_in_proper, cross_conjunction, cross_weak_stop,
                              merge_villages, walk_left)
from extract.context import DocContext
from schemas.records import Organisation

DIRECT_HEADS = ("委",)  # heads besides the 'adjacent' ones a bare level qualifies alone: 省委
MAX_PROPER = 5         # unknown characters allowed in a firm's proper name
LIST_SEPARATORS = ("、", "和", "及", "与", "以及", "（", "(", "，")
_XPCC_FULL = "新疆生产建设兵团"  # the Corps' full name, the canonical start of its units
AFTER_REASONS = (("embedded_after", "inside a platform's name"), ("venue_after", "inside a venue's name"),
                 ("counted_after", "a class counted"), ("doc_number", "inside a document number"))


@dataclass
class Candidate:
    start: int
    end: int
    head: lx.Head
    rule: str
    ok: bool
    reason: str = ""
    anchored: bool = False
    link: Optional["Candidate"] = field(default=None, repr=False)


# ---------------------------------------------------------------- patterns

@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        # a generic plural written before the name: 各县（市、区）, 各市(州); or a
        # level with its alternatives in brackets, a class of bodies: 县（区）, 市（州）
        "generic_before": re.compile(r"""
            (?:(?:各|该|本|相关|有关)                 # the generic or anaphoric word
               [省市县区州乡镇级]*                    # a level it qualifies
               (?:[（(][省市县区州旗、]+[)）])?       # the levels in brackets: （市、区）
             | [省市县区州旗乡镇]{1,2}                 # or a bare level: 县, 市
               [（(][省市县区州旗盟乡镇街道、/]+[)）]    # its alternatives: （区）, （市、区）
            )$""", re.VERBOSE),
        # a name followed by what makes it part of a platform's or programme's name
        "embedded_after": re.compile(r"""
            (?:[“"「][^”"」\n]{1,10}[”"」]                # the platform's own name right after: “豫才通”
             | [\u4e00-\u9fff]{0,6}?)                   # or a few more name characters
            (?:平台|公众号|小程序|客户端|APP|App)       # the platform word
            """, re.VERBOSE),
        # a venue word after a name makes it part of a place's or venue's name:
        # 县城中心广场, 市政府广场, 人民医院路 (not 路演, 路线)
        "venue_after": re.compile(r"广场|公园|大道|大街|大厦|花园|小区|路(?![演线径费上过子])"),
        # a number of bodies closing a clause after a name makes it a class counted,
        # not one body: 设立织金籍务工人员服务站2个, 新建零工市场20家；an apposition
        # before a class noun counts a list (A公司、B公司两家企业) and is no class
        "counted_after": re.compile(r"""
            \s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十几][一二三四五六七八九十百千万]*)
            \s*[多余]?\s*(?:个|家|所|座|间)
            (?:[多余]|以上|左右)?
            (?=[^\u4e00-\u9fff]|$|[和及与])          # the clause goes on with no noun
            """, re.VERBOSE),
        # a document number after an issuer's short name: 人社部发〔2013〕20号
        "doc_number": re.compile(r"""
            [\u4e00-\u9fff]{0,3}                        # 发, 函, 办发, 厅字
            [〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]   # the year in brackets
            \s*第?\s*\d+\s*号                            # the serial number
            """, re.VERBOSE),
        # a venue head used as a location: 在…人力资源市场举行, 走进…零工市场, …市场内
        "venue_before": re.compile(r"(?:在|于|到|进|入|至)$"),
        "venue_after_use": re.compile(r"内|里|现场|门口|大厅"),
        # book-title marks: names inside are documents
        "book": re.compile(r"《[^》\n]{0,120}》"),
    }


# ---------------------------------------------------------------- start of a name

def _is_place(tok: Tok, leftmost: bool) -> bool:
    return tok.kind in lx.PLACE_KINDS or (tok.kind == "level" and leftmost)


def _places(run: list[Tok], head: lx.Head) -> list[int]:
    """Indices of the place words of a run; a place after a head starts a new name.

    区委区政府: the 区 after 区委 starts 区政府 (a bare level right after a head is a place).
    A bare level right before a head that takes its place directly (委, 政府, 人大)
    is a place after any word: 落实省委、省政府部署.
    """
    direct = head.needs == "adjacent" or head.word in DIRECT_HEADS
    places = [i for i, t in enumerate(run)
              if _is_place(t, i == len(run) - 1 or run[i + 1].kind == "head" or (direct and i == 0))]
    first_head = next((i for i, t in enumerate(run) if t.kind == "head"), len(run))
    nearer = [i for i in places if i < first_head]
    return nearer or places


def _regions(run: list[Tok], head: lx.Head) -> list[Tok]:
    """A regional abbreviation (津甘, 川渝) qualifies a body's name as a place does
    (津甘劳务协作工作站); in a firm's name it is part of the proper name (苏宁)."""
    if not head.proper and head.needs in ("place", "any"):
        return [Tok(t.start, t.end, "zone") if t.kind == "region" else t for t in run]
    return [Tok(t.start, t.end, "unk") if t.kind == "region" else t for t in run]


def _branch_start(text: str, parent: Tok, place_start: int,
                  barrier: Optional[Tok]) -> tuple[Optional[int], str, Optional[Tok]]:
    """A branch (分行, 支行, 分公司) starts where its parent's name starts.

    中国工商银行遂宁分行 is one name, not 中国工商银行 + 遂宁分行.
    """
    head = lx.heads().get(text[parent.start:parent.end])
    start, rule, bar = choose_start(text, parent.start, head) if head else (None, "", None)
    if start is None:
        return place_start, "org.<place>…<head>", None
    return start, "org.<org><place><branch>", bar


def _under_parent(text: str, run: list[Tok], j: int, head: lx.Head) -> bool:
    """Whether the place starting a name follows its parent body's head: a branch
    (中国工商银行遂宁分行) or a firm under its group (中国移动通信集团广东有限公司,
    XX集团四川分公司), whose name starts where the parent's starts.

    >>> t = "与中国移动通信集团广东有限公司签约"
    >>> run, _ = walk_left(t, t.index("有限公司"))
    >>> _under_parent(t, run, 0, lx.heads()["有限公司"])
    True
    """
    if j + 1 >= len(run) or run[j + 1].kind != "head":
        return False
    if head.word[0] in "分支":
        return True
    parent = lx.heads().get(text[run[j + 1].start:run[j + 1].end])
    return head.org_type == "enterprise" and parent is not None and parent.org_type == "enterprise"


def _place_start(text: str, run: list[Tok], places: list[int], head: lx.Head,
                 barrier: Optional[Tok]) -> tuple[Optional[int], str, Optional[Tok]]:
    """A name that starts at its leftmost place (or a prefix before it)."""
    j = max(places)
    while j + 1 < len(run) and run[j + 1].kind == "prefix":
        j += 1
    if head.needs == "adjacent" and 0 not in places:
        return None, "not adjacent", barrier
    if len(head.word) == 1 and 1 in places and run[0].kind == "unk":
        return None, "a verb after a place", barrier  # 怒江州地处偏远
    if _under_parent(text, run, j, head):
        return _branch_start(text, run[j + 1], run[j].start, barrier)
    if county_in_proper(text, run, j, head, barrier):
        return run[-1].start, "org.<proper><head>", barrier
    b = brand_start(text, run, j, head, barrier)
    rule = "org.<proper><place>…<head>" if b != j else "org.<place>…<head>"
    return run[b].start, rule, barrier if b == len(run) - 1 else None


def choose_start(text: str, head_start: int, head: lx.Head) -> tuple[Optional[int], str, Optional[Tok]]:
    """Where the name that ends in ``head`` starts, with the rule, or None.

    A head that needs a place but has none gets its modifiers' start; the
    candidate is then declined unless it is a member of a good list.

    >>> h = lx.heads()
    >>> t = "调研组深入北京佳坤诚建筑工程有限公司"
    >>> s, rule, _ = choose_start(t, t.index("有限公司"), h["有限公司"]); t[s:], rule
    ('北京佳坤诚建筑工程有限公司', 'org.<place>…<head>')
    >>> t = "视察组视察示范基地绿然公司"
    >>> s, rule, _ = choose_start(t, t.index("公司"), h["公司"]); t[s:], rule
    ('绿然公司', 'org.<proper><head>')
    """
    run, barrier = walk_left(text, head_start)
    if head.proper:
        run, barrier = cross_weak_stop(text, run, barrier, head_start)
    run, barrier = cross_conjunction(text, run, barrier, head_start)
    run = merge_villages(text, _regions(run, head), barrier)
    places = _places(run, head)
    if places:
        return _place_start(text, run, places, head, barrier)
    if head.needs == "adjacent":
        return None, "no place", barrier
    k = 0
    while k < len(run) and run[k].kind in ("mod", "head", "prefix", "pparen"):
        k += 1
    if head.proper and k < len(run) and barrier is not None:
        unknown = sum(1 for t in run if t.kind in ("unk", "level"))
        if unknown <= MAX_PROPER:
            return run[-1].start, "org.<proper><head>", barrier
    if k == 0:
        if head.needs == "none":
            return head_start, "org.<head>", barrier
        return None, "no qualifier", barrier
    if k < len(run) and head.needs != "none":
        return None, "modifiers cut by unknown words", None  # 加强就业服务中心建设
    return run[k - 1].start, "org.<mod>…<head>", barrier if k == len(run) else None


# ---------------------------------------------------------------- candidates

def _is_title_head(text: str, m: re.Match[str], prev_end: int) -> bool:
    """A head that begins a title right after another head: 党组 in …局党组书记."""
    return prev_end == m.start() and text.startswith(lx.title_heads(), m.start())


def _declined(text: str, start: int, barrier: Optional[Tok], anchored: bool) -> str:
    """Why a name is an anaphor or a generic class, or '' when it is a name."""
    if barrier is not None and barrier.kind == "generic":
        return "generic"
    if _patterns()["generic_before"].search(text, max(0, start - 12), start):
        return "generic"
    if not anchored and barrier is not None and text[barrier.start:barrier.end] == "的":
        return "generic"
    return ""


def _before_post(text: str, pos: int) -> int:
    """Where the name before a list separator ends, past a post written after it:
    各县（市、区）人社局局长、就业中心主任 links 就业中心 to 人社局.

    >>> t = "人社局局长、就业中心"; t[:_before_post(t, t.index("、"))]
    '人社局'
    """
    post = next((p for p in lx.posts() if text.startswith(p, pos - len(p))), "")
    return pos - len(post)


def _is_venue(text: str, start: int, end: int, head: lx.Head) -> bool:
    """A marketplace's name used as a location (guideline section 5: venues are no
    organisations): 招聘会在莎车县人力资源市场举行; not 船山区人力资源市场举办招聘会.

    >>> t = "招聘会在市人力资源市场举行"
    >>> _is_venue(t, 4, len(t) - 2, lx.heads()["人力资源市场"])
    True
    """
    if head.word not in lx.venue_heads():
        return False
    return bool(_patterns()["venue_before"].search(text, max(0, start - 1), start)
                or _patterns()["venue_after_use"].match(text, end))


def _candidate(text: str, m: re.Match[str], head: lx.Head) -> Optional[Candidate]:
    start, rule, barrier = choose_start(text, m.start(), head)
    if start is None:
        return None
    anchored = rule in ("org.<place>…<head>", "org.<proper><place>…<head>")
    cand = Candidate(start, m.end(), head, rule, True, anchored=anchored)
    cand.reason = _declined(text, start, barrier, anchored)
    if barrier is not None and text[barrier.start:barrier.end] in LIST_SEPARATORS:
        at = _before_post(text, barrier.start)
        cand.link = Candidate(at, at, head, "", False)  # resolved later
    if not cand.reason and _is_venue(text, start, m.end(), head):
        cand.reason = "a venue"
    for key, reason in AFTER_REASONS:  # what follows the head: 平台, 广场, 2个, 〔2013〕20号
        if not cand.reason and _patterns()[key].match(text, m.end()):
            cand.reason = reason
    if head.org_type == "enterprise" and rule == "org.<mod>…<head>":
        cand.reason = cand.reason or "a class of firms"  # 转型为科技有限公司
    if head.needs == "place" and "<place>" not in rule:
        cand.reason = cand.reason or "unplaced"  # 设立就业服务站: rescued by a good list
    cand.ok = not cand.reason
    return cand


def _link_lists(cands: list[Candidate]) -> None:
    """List members without their own place take the standing of the member before.

    省人社厅、财政厅 → both names; 各县（市、区）人社局、就业局 → neither;
    …党支部、农民工服务工作站 → the station, unplaced alone, is a name.
    """
    by_end = {c.end: c for c in cands}
    for c in cands:
        prev = by_end.get(c.link.start) if c.link else None
        c.link = prev
        if prev is not None and prev.ok and c.reason == "unplaced":
            c.ok, c.reason = True, ""
        if prev is not None and not c.anchored and not prev.ok and prev.reason.startswith("generic"):
            c.ok, c.reason = False, "generic list"


def _inside_books(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _patterns()["book"].finditer(text)]


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies strictly inside one of the sorted, disjoint ``spans``."""
    i = bisect.bisect_right(spans, (pos, 10**12)) - 1
    return i >= 0 and spans[i][0] < pos < spans[i][1]


def find_candidates(text: str) -> list[Candidate]:
    """Every head's name, accepted or declined, longest spans kept.

    >>> [(text[c.start:c.end], c.ok) for text in ["该县人社局和省人社厅、财政厅"] for c in find_candidates(text)]
    [('县人社局', False), ('省人社厅', True), ('财政厅', True)]
    """
    books = _inside_books(text)
    cands, prev_end = [], -1
    for m in lx.head_pattern().finditer(text):
        head = lx.heads().get(m.group())
        title = _is_title_head(text, m, prev_end)
        prev_end = m.end()
        if head is None or title:
            continue
        if _inside(books, m.start()) and head.org_type != "media":
            continue
        cand = _candidate(text, m, head)
        if cand is not None:
            cands.append(cand)
    _link_lists(cands)
    return _longest(cands)


def _longest(cands: list[Candidate]) -> list[Candidate]:
    """Drop every candidate inside a longer one (first longest wins).

    Sorted by start, longest first, a candidate lies inside an earlier one exactly
    when some earlier candidate reaches as far.
    """
    kept: list[Candidate] = []
    reach = -1
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        if c.end > reach:
            kept.append(c)
            reach = c.end
    return kept


# ---------------------------------------------------------------- records

def _record(ctx: DocContext, start: int, end: int, rule: str, canonical: Optional[str],
            org_type: Optional[str]) -> Organisation:
    text = ctx.text[start:end]
    return Organisation(doc_id=ctx.doc_id, text=text, start=start, end=end,
                        sentence=ctx.sentence_at(start).text, rule=rule,
                        name=re.sub(r"\s+", "", text), canonical=canonical, org_type=org_type)


def _records(ctx: DocContext) -> list[Organisation]:
    from extract import org_canonical as oc

    places = oc.doc_places(ctx)
    out, canon_at = [], {}
    for c in find_candidates(ctx.text):
        if not c.ok:
            continue
        name = ctx.text[c.start:c.end]
        inherited = canon_at.get(c.link.end, "") if c.link is not None else ""
        proper = c.head.proper or c.head.needs == "none" or c.head.org_type == "media"
        canon = oc.canonical(name, c.start, places, inherited, proper)
        canon_at[c.end] = oc.place_prefix_of(canon, name) if canon else ""
        out.append(_record(ctx, c.start, c.end, c.rule, canon, oc.org_type(name, c.head.org_type)))
    return sorted(_with_extra(ctx, out), key=lambda r: r.start)


def _with_extra(ctx: DocContext, out: list[Organisation]) -> list[Organisation]:
    """Add the names found by context (``org_lists``); the longest span wins:
    a head's name inside one is dropped (人民网 in 人民网-内蒙古频道)."""
    extra = [(s, e, "org.<X>、<Y>等<class>", "enterprise", None) for s, e in firm_lists(ctx.text)]
    extra += [(s, e, "org.<source>:<media>", "media", None) for s, e in media_sources(ctx.text)]
    extra += [(s, e, "org.<corps><division>", "government", _XPCC_FULL) for s, e in xpcc_units(ctx.text)]
    for s, e, rule, kind, full in extra:
        if any(r.start <= s and e <= r.end for r in out):
            continue
        out = [r for r in out if not (s <= r.start and r.end <= e)]
        name = ctx.text[s:e]
        canon = name if full is None else full + name.partition("兵团")[2 if "兵团" in name else 0]
        out.append(_record(ctx, s, e, rule, canon, kind))
    return out


def extract(ctx: DocContext) -> list[Organisation]:
    """Every organisation named in the document (guideline section 5); never raises.

    >>> from extract.context import make_context
    >>> ctx = make_context("d", "遂宁市人社局局长出席。由省人社厅、财政厅主办，该县人社局承办。")
    >>> [(o.name, o.canonical) for o in extract(ctx)]
    [('遂宁市人社局', '遂宁市人力资源和社会保障局'), ('省人社厅', '四川省人力资源和社会保障厅'), ('财政厅', '四川省财政厅')]
    """
    try:
        return _records(ctx)
    except Exception as exc:  # noqa: BLE001 - an extractor never raises; the pipeline logs it
        ctx.report("organisations", exc)
        return []
