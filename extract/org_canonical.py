"""Canonical organisation names: the place resolved from context, abbreviations expanded.

``canonical(name, offset, places)`` splits a name into its place qualifier and
its body, resolves a bare level (市, 省, 县) to the nearest place of that level
mentioned before it in the document (else the document's most frequent one),
and expands common abbreviations of the body (人社局 → 人力资源和社会保障局).
It may decline (``None``) — never raises.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from typing import Optional, Sequence

from extract import gazetteer
from extract import org_lexicon as lx
from extract.context import DocContext
from extract.gazetteer import Division

MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
PARTY_CENTRE = {"党中央": "中国共产党中央委员会", "中共中央": "中国共产党中央委员会",
                "国务院": "中华人民共和国国务院"}
CORPS = "新疆生产建设兵团"  # the Xinjiang Corps, written in full
CORPS_PREFIXES = ("", "新疆", "生产建设", "新疆生产建设")  # what may stand before its 兵团
DocPlaces = Sequence[tuple[int, Division]]


class PlaceList(tuple):  # type: ignore[type-arg]
    """The document's places, hashed by identity so per-level indexes are cached cheaply."""

    __hash__ = object.__hash__

    def __eq__(self, other: object) -> bool:
        return self is other


@functools.cache
def _full_names() -> re.Pattern[str]:
    return re.compile(gazetteer.place_name_alternation(short=False))


def doc_places(ctx: DocContext) -> PlaceList:
    """(offset, division) of the places the document names, in text order.

    Taken from the places extractor's records when it ran; else a scan for
    full names (遂宁市, 潼南区) with the gazetteer.
    """
    out: list[tuple[int, Division]] = []
    for r in ctx.prior.get("places", []) or []:
        code = getattr(r, "adcode", None)
        d = gazetteer.by_adcode(code) if code else None
        if d is not None:
            out.append((r.start, d))
    if out:
        return PlaceList(sorted(out, key=lambda p: p[0]))
    for m in _full_names().finditer(ctx.text):
        ds = gazetteer.find_division(m.group())
        if len(ds) == 1:
            out.append((m.start(), ds[0]))
    return PlaceList(out)


def _level_of(level_char: str, d: Division) -> bool:
    """Whether ``d`` is what a bare 省/市/县/区/州 denotes."""
    if level_char == "省":
        return d.level == "province" and d.name not in MUNICIPALITIES
    if level_char == "市":
        return (d.level == "city" and d.name.endswith("市")) or d.name in MUNICIPALITIES
    if level_char == "州":
        return d.level == "city" and d.name.endswith("州")
    return d.level == "county" and d.name.endswith(level_char)


@functools.lru_cache(maxsize=4096)
def _up(level_char: str, d: Division) -> Optional[Division]:
    """The division of the wanted level that ``d`` lies in (or is)."""
    for x in gazetteer.parent_chain(d)[::-1]:
        if _level_of(level_char, x):
            return x
    return None


def resolve_level(level_char: str, offset: int, places: DocPlaces) -> Optional[Division]:
    """The place a bare level word at ``offset`` stands for.

    The nearest place of that level named before it, else the most frequent.
    >>> p = [(0, gazetteer.by_adcode("510903"))]  # 船山区, in 遂宁市, 四川省
    >>> resolve_level("市", 10, p).name, resolve_level("省", 10, p).name
    ('遂宁市', '四川省')
    """
    key = places if isinstance(places, PlaceList) else PlaceList(places)
    offsets, ups, common = _level_index(level_char, key)
    i = bisect.bisect_left(offsets, offset) - 1
    return ups[i] if i >= 0 else common


@functools.lru_cache(maxsize=64)
def _level_index(level_char: str, places: PlaceList
                 ) -> tuple[list[int], list[Division], Optional[Division]]:
    """Offsets and divisions of the places of one level, and the most frequent one."""
    found = [(o, u) for o, d in places if (u := _up(level_char, d)) is not None]
    counts = Counter(u.adcode for _, u in found)
    common = gazetteer.by_adcode(counts.most_common(1)[0][0]) if counts else None
    return [o for o, _ in found], [u for _, u in found], common


def split_place(name: str) -> tuple[list[str], str]:
    """The place words at the start of a name, and the rest.

    >>> split_place("遂宁市船山区驻温州农民工服务管理党支部")
    (['遂宁市', '船山区'], '驻温州农民工服务管理党支部')
    >>> split_place("市就业局")
    (['市'], '就业局')
    """
    kinds, words, pos = lx.word_kinds(), [], 0
    while pos < len(name):
        for n in range(min(lx.max_word(), len(name) - pos), 1, -1):
            kind = kinds.get(name[pos:pos + n])
            if kind == "place" or (kind == "pshort" and _short_ok(name, pos, n)):
                words.append(name[pos:pos + n])
                pos += n
                break
        else:
            if pos == 0 and name[0] in "省市县区州镇乡村" and len(name) >= 2:
                words.append(name[0])
                pos = 1
                continue
            break
    return words, name[pos:]


def _short_ok(name: str, pos: int, n: int) -> bool:
    """A short place form is a place here: not 市中 of 市中心, not 明水 of 明水街道."""
    if pos == 0 and name[0] in "省市县区州":
        return False
    return name[pos + n:pos + n + 1] not in ("街", "镇", "乡", "村", "社")


def _division(words: list[str], offset: int, places: DocPlaces) -> Optional[Division]:
    """The most specific division the place words name."""
    if not words:
        return None
    last = words[-1]
    if len(last) == 1:
        return resolve_level(last, offset, places)
    cands = gazetteer.find_division(last)
    if len(cands) > 1:
        known = {d.adcode for _, d in places} | {d.adcode for w in words[:-1]
                                                  for d in gazetteer.find_division(w)}
        inside = [c for c in cands if any(x.adcode in known for x in gazetteer.parent_chain(c))]
        cands = inside or cands
    return cands[0] if cands else None


def place_prefix(d: Division) -> str:
    """How a canonical name writes its place: 遂宁市, 重庆市潼南区, 遂宁市安居区, 蓬溪县.

    >>> place_prefix(gazetteer.by_adcode("500152")), place_prefix(gazetteer.by_adcode("510904"))
    ('重庆市潼南区', '遂宁市安居区')
    """
    if d.level != "county":
        return d.name
    if d.name.endswith("区") and d.city:
        return d.city + d.name
    return d.name


def expand_body(body: str) -> str:
    """The body of a name with its abbreviations written out.

    >>> expand_body("人社局"), expand_body("医保局党支部"), expand_body("政府")
    ('人力资源和社会保障局', '医疗保障局党支部', '人民政府')
    """
    for short, full in lx.abbreviations():
        if short in body and full not in body:
            body = body.replace(short, full, 1)
            break
    if body.startswith("政府"):
        body = "人民" + body
    return body


def canonical(name: str, offset: int, places: DocPlaces, inherited: str = "",
              proper: bool = False) -> Optional[str]:
    """The canonical form of ``name`` found at ``offset`` (see module doc).

    >>> p = [(0, gazetteer.by_adcode("510900"))]
    >>> canonical("市人力资源社会保障局", 50, p), canonical("潼南区委", 50, p)
    ('遂宁市人力资源和社会保障局', '中共重庆市潼南区委员会')
    >>> canonical("兵团第四师人社局", 0, p), canonical("新疆生产建设兵团就业局", 0, p)
    ('新疆生产建设兵团第四师人力资源和社会保障局', '新疆生产建设兵团就业局')
    """
    if name in PARTY_CENTRE:
        return PARTY_CENTRE[name]
    if name.partition("兵团")[0] in CORPS_PREFIXES and "兵团" in name:
        return CORPS + expand_body(name.partition("兵团")[2])  # 兵团人社局: the Corps, not 新疆
    if proper and name[0] not in "省市县区州镇乡村":
        return name
    if name.startswith("团") and name.endswith("委") and len(name) == 3:
        d = resolve_level(name[1], offset, places)
        return f"共青团{d.name}委员会" if d else name
    prefix_word = next((p for p in lx.load_prefixes() if name.startswith(p)), "")
    words, body = split_place(name[len(prefix_word):])
    d = _division(words, offset, places)
    where = place_prefix(d) if d else (inherited if not words else "".join(words))
    if words and not d and len(words[-1]) == 1:
        return expand_body(name)  # a bare level the document does not resolve
    if body == "委":
        return f"中共{where}委员会"
    if body.startswith("委") and where:
        return f"中共{where}委{expand_body(body[1:])}"
    body = expand_body(body)
    if not words and not where and body.endswith("部") and len(body) > 3:
        where = "中华人民共和国"
    return prefix_word + where + body


def org_type(name: str, head_type: str) -> str:
    """The head's org_type, with party committees told apart (市委, 中共…).

    >>> org_type("德阳市委", "government"), org_type("市人社局", "government")
    ('party', 'government')
    """
    if name.startswith(("中共", "中国共产党", "共青团")) or re.search(r"[省市县区州]委$", name):
        return "party"
    return head_type


def place_prefix_of(canon: str, name: str) -> str:
    """The place part of a canonical name, for list members that follow it.

    >>> place_prefix_of("四川省人力资源和社会保障厅", "省人社厅")
    '四川省'
    """
    words, _ = split_place(canon)
    return "".join(words)
