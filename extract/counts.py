"""Counts (guideline §2): a number with a unit that measures people, money, things.

Match, then resolve. ``match`` finds every candidate span with the named rules
below (overlapping candidates included); ``resolve`` turns one into a value,
unit and approx or declines; the exclusion rules of ``extract.counts_rules``
decline the rest; overlaps are settled by one policy (first, then longest, wins);
``extract.counts_category`` labels what is counted and ``counts_targets.targets``
tells plans from results.

Rules (the ``rule`` written on every record):

- ``count.<num><unit>``          4.1万人次, 近2800名, 76万人以上, 二十二条
- ``count.<num>-<num><unit>``    2000元-3000元, 2000-3000元, 20至30人
- ``count.百分之<num>``          百分之九十
- ``count.<bound><verb><num><unit>`` 至少完成2次, 不低于…标准的60% (a bound before a verb)
- ``count.<approx><mag><unit>``  近万人, 逾千家, 超百万人次 (a bare magnitude after a cue)
- ``count.<mag><person>``        千名务工人员, 百名专家, 万人 (a bare magnitude before a person unit)
- ``count.<num><noun>``          12万农村劳动力, 36合作社 (no measure word)
- ``count.<num><place>人``       20万新化人, 3000四川籍人 (people named by their place;
  ``counts_rules.not_a_place`` declines a word that is no division)
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

import regex

from extract.context import DocContext
from extract.lexicon import load_table
from extract.numbers import parse_decimal, parse_range
from schemas.records import Count

_DIG = "零〇○一二两三四五六七八九"
_MAG = "十百千万亿"
# Bounded on purpose: nested unbounded digit runs backtrack quadratically (or
# worse) on long digit strings; no count has more than 15 integer digits.
_ARABIC = r"\d{1,15}(?:,\d{3}){0,5}(?:\.\d{1,8})?"
NUMERAL = rf"""
    (?:   (?<![\d.,]){_ARABIC}                       # Arabic start: 3341, 1,382, 76.9
        | (?<![{_DIG}{_MAG}点线以之马网晚早])上(?=[百千万亿])   # 上百, 上万
        | (?<![{_DIG}{_MAG}点人总次户件个倍指系分参函岗])数(?=[十百千万亿])  # 数万
        | (?<![{_DIG}{_MAG}点])几(?=[十百千万])          # 几十, 几百
        | (?<![{_DIG}{_MAG}点])[一二两三四五六七八九十]    # Chinese start: 三, 十, 两
        | (?<![{_DIG}{_MAG}点])[零〇○](?=点)            # 零点五; 零 alone starts no count (零部件, 零售)
        | (?<![{_DIG}{_MAG}点])[百千万](?=[余多])        # 百余, 千余, 万余
    )
    (?:   (?<=[{_MAG}]){_ARABIC}                     # 十亿3000万, 13万2 (digits only after a magnitude)
        | [{_DIG}{_MAG}]                             # 一百二十三, 4.1万
        | 点(?=[{_DIG}])                             # 一点五
        | [余多几](?=[{_MAG}])                       # 20余万, 十几万
    ){{0,12}}
    (?:[余多几](?![年月日天周时岁]))?                 # 3000余, 300多, 十几
"""


@dataclass(frozen=True)
class Candidate:
    """One matched span with its parts (offsets into the document)."""

    rule: str
    start: int
    end: int
    num_start: int
    num_end: int
    unit_start: int
    unit_end: int
    pre: str
    num: str
    num2: str
    unit1: str
    unit: str
    post: str


@functools.cache
def units() -> dict[str, dict[str, str]]:
    """The unit lexicon keyed by the unit as written."""
    rows = load_table("count_units.tsv", ("unit", "folded", "class", "default", "not_before"))
    return {r["unit"]: r for r in rows}


def _unit_alternation() -> str:
    parts = []
    for u in sorted(units(), key=lambda w: (-len(w), w)):
        chars, *words = units()[u]["not_before"].split(",")
        banned = ([f"[{regex.escape(chars)}]"] if chars else []) + [regex.escape(w) for w in words if w]
        parts.append(regex.escape(u) + (f"(?!{'|'.join(banned)})" if banned else ""))
    return "|".join(parts)


def _approx_alternation(position: str, gap_only: bool = False, gaps: tuple[str, ...] = ("yes",)) -> str:
    """Cues of one position, longest first; ``gap_only``: the bounds that may
    stand before a short verb (至少完成2次)."""
    rows = [r for r in load_table("count_approx.tsv", _APPROX_COLUMNS)
            if r["position"] == position and (r["gap"] in gaps or not gap_only)]
    parts = []
    for r in sorted(rows, key=lambda r: -len(r["cue"])):
        na, only = r["not_after"], r["after_units"]
        guard = f"(?<![{regex.escape(na)}])" if na else ""
        if only:   # 多 only after 成, 倍: 六成多, 1倍多
            guard += "(?<=" + "|".join(regex.escape(u) for u in only.split(",")) + ")"
        parts.append(guard + regex.escape(r["cue"]))
    return "|".join(parts)


_APPROX_COLUMNS = ("cue", "position", "approx", "not_after", "gap", "after_units")
# between a bound and its number: a short verb (完成, 建设, 补贴) or a compared
# quantity ending in 的 (不低于当地最低工资标准的60%); no digits, no punctuation
_GAP = rf"""(?: (?:(?![{_DIG}{_MAG}余多几数上第])\p{{Han}}){{1,3}}
             | [^，。；：！？,;:!?\n\d“”《》]{{1,16}}?的 )"""
_GAP_OF = r"[^，。；：！？,;:!?\n\d“”《》]{1,16}?的"   # a compared quantity only: 超过全县劳动力总数的35%


@functools.cache
def patterns() -> tuple[tuple[str, "regex.Pattern[str]"], ...]:
    """The named rules, compiled once."""
    unit, pre, post = _unit_alternation(), _approx_alternation("pre"), _approx_alternation("post")
    bound = _approx_alternation("pre", gap_only=True)
    bound_of = _approx_alternation("pre", gap_only=True, gaps=("of",))
    nouns = "|".join(regex.escape(r["noun"]) for r in sorted(
        load_table("count_bare_nouns.tsv", ("noun", "unit")), key=lambda r: -len(r["noun"])))
    seps = r"[-－—–~～至到]"
    return (
        ("count.<num>-<num><unit>", regex.compile(rf"""
            (?P<pre>{pre})? (?P<num>{NUMERAL}) (?P<unit1>{unit})? {seps}
            (?P<num2>{NUMERAL}) (?P<unit>{unit}) (?P<post>{post})?""", regex.VERBOSE)),
        ("count.<num><unit>", regex.compile(rf"""
            (?P<pre>{pre})? (?P<num>{NUMERAL}) (?P<unit>{unit}) (?P<post>{post})?""", regex.VERBOSE)),
        ("count.<bound><verb><num><unit>", regex.compile(rf"""
            (?P<pre>{bound}) {_GAP} (?P<num>{NUMERAL}) (?P<unit>{unit}) (?P<post>{post})?""",
                                                           regex.VERBOSE)),
        ("count.<bound><noun>的<num><unit>", regex.compile(rf"""
            (?P<pre>{bound_of}) {_GAP_OF} (?P<num>{NUMERAL}) (?P<unit>{unit}) (?P<post>{post})?""",
                                                           regex.VERBOSE)),
        ("count.百分之<num>", regex.compile(rf"""
            (?P<pre>{pre})? (?P<unit>百分之) (?P<num>{NUMERAL}) (?P<post>{post})?""", regex.VERBOSE)),
        ("count.<approx><mag><unit>", regex.compile(rf"""
            (?P<pre>{pre}) (?P<num>[百千]?[百千万亿]) (?P<unit>{unit}) (?P<post>{post})?""",
                                                     regex.VERBOSE)),
        ("count.<mag><person>", regex.compile(rf"""
            (?P<pre>) (?<![\d{_DIG}{_MAG}点数上几余多近逾超约]) (?P<num>[百千]?[百千万])   # 千名, 百万人: no numeral or cue before
            (?P<unit>名|人(?![民社才大力事均数员工计空心次])) (?P<post>{post})?""", regex.VERBOSE)),
        ("count.<num><place>人", regex.compile(rf"""
            (?P<pre>{pre})? (?P<num>{NUMERAL}) (?<![\d{_MAG}][{_DIG}])   # 2万|四川, not 2万四|川
            \p{{Han}}{{2,6}}?籍?                                      # 新化, 四川籍
            (?P<unit>人(?![民社才大力事均数员工计空心次口])) (?P<post>)""", regex.VERBOSE)),
        ("count.<num><noun>", regex.compile(rf"""
            (?P<pre>{pre})? (?P<num>{NUMERAL}) (?=(?P<unit>{nouns})) (?P<post>)""", regex.VERBOSE)),
    )


def match(text: str) -> list[Candidate]:
    """Every candidate span of every rule, overlaps included.

    >>> [c.num + "|" + c.unit for c in match("招聘近2800名高校毕业生")][:1]
    ['2800|名']
    """
    out = []
    for rule, pat in patterns():
        for m in pat.finditer(text, overlapped=True):
            out.append(_candidate(rule, m))
    return out


def _candidate(rule: str, m: "regex.Match[str]") -> Candidate:
    g = lambda name: m.groupdict().get(name) or ""  # noqa: E731 - a rule may lack a group
    span = lambda name: m.span(name) if m.group(name) is not None else (m.end(), m.end())  # noqa: E731
    num_start = m.start("num")
    unit_start, unit_end = span("unit")
    has_num2 = bool(m.groupdict().get("num2"))
    num_end = m.end("num2") if has_num2 else m.end("num")
    return Candidate(rule, m.start(), m.end(), num_start, num_end, unit_start, unit_end,
                     g("pre"), g("num"), m.groupdict().get("num2") or "",
                     m.groupdict().get("unit1") or "", g("unit"), g("post"))


@dataclass(frozen=True)
class Reading:
    """A resolved candidate: value, upper end, folded unit, approx."""

    value: Decimal
    value_max: Optional[Decimal]
    unit: str
    unit_class: str
    approx: str


def resolve(c: Candidate) -> Optional[Reading]:
    """Value, folded unit and approx of a candidate, or None if it is no number.

    >>> r = resolve(match("3万余人次")[0]); (r.value, r.unit, r.approx)
    (Decimal('30000'), '人次', 'over')
    >>> r = resolve(match("七成以上")[0]); (r.value, r.unit, r.approx)
    (Decimal('70'), '%', 'over')
    """
    unit, unit_class = _fold_unit(c.unit)
    if unit is None:
        return None
    if c.num2:
        if c.unit1 and _fold_unit(c.unit1)[0] != unit:
            return None
        lo, hi = parse_decimal(_clean(c.num)), parse_decimal(_clean(c.num2))
        if lo is not None and hi is not None and c.num2[-1] in "万亿" and c.num[-1] not in "万亿":
            lo = parse_decimal(_clean(c.num) + c.num2[-1])
        if lo is None or hi is None or lo >= hi:
            return None
        rng: Optional[tuple[Decimal, Optional[Decimal]]] = (lo, hi)
    else:
        rng = parse_range(_clean(c.num))
    if rng is None:
        return None
    lo, hi = rng
    if c.unit == "成":
        lo, hi = lo * 10, (hi * 10 if hi is not None else None)
    return Reading(lo, hi, unit, unit_class, _approx(c, hi is not None))


def _clean(num: str) -> str:
    return "".join(ch for ch in num if ch not in "余多几数上")


def _fold_unit(unit: str) -> tuple[Optional[str], str]:
    if unit == "百分之":
        return "%", "rate"
    row = units().get(unit)
    if row is not None:
        return row["folded"], row["class"]
    noun = {r["noun"]: r["unit"] for r in load_table("count_bare_nouns.tsv")}.get(unit)
    return (noun, "person" if noun == "人" else "thing") if noun else (None, "")


@functools.cache
def _approx_of(cue: str) -> str:
    return {r["cue"]: r["approx"] for r in load_table("count_approx.tsv")}.get(cue, "exact")


def _approx(c: Candidate, is_range: bool) -> str:
    if c.pre:
        return _approx_of(c.pre)
    if c.post:
        return _approx_of(c.post)
    if not is_range and any(ch in c.num for ch in "余多几数上"):
        return "over"
    return "exact"


def extract(ctx: DocContext) -> list[Count]:
    """All counts of a document; never raises.

    >>> from extract.context import make_context
    >>> [(c.text, c.value, c.unit, c.approx, c.category) for c in extract(make_context("d", "吸纳就业9986人。"))]
    [('9986人', 9986.0, '人', 'exact', 'employment')]
    """
    try:
        return _extract(ctx)
    except Exception as exc:  # noqa: BLE001 - an extractor never takes the run down
        ctx.report("counts", exc)
        return []


def _extract(ctx: DocContext) -> list[Count]:
    from extract import counts_category, counts_rules, counts_targets

    kept: list[tuple[Candidate, Reading]] = []
    for c in match(ctx.text):
        reading = resolve(c)
        if reading is None or counts_rules.exclusion(ctx, c, reading) is not None:
            continue
        kept.append((c, reading))
    kept = _first_longest(kept)
    categories = counts_category.categorize(ctx, kept)
    targets = counts_targets.targets(ctx, kept)
    out = []
    for (c, r), cat, tgt in zip(kept, categories, targets):
        try:
            out.append(Count(
                doc_id=ctx.doc_id, text=ctx.text[c.start:c.end], start=c.start, end=c.end,
                sentence=ctx.sentence_at(c.start).text, rule=c.rule, value=float(r.value),
                value_max=float(r.value_max) if r.value_max is not None else None,
                unit=r.unit, approx=r.approx, category=cat, is_target=tgt))
        except Exception as exc:  # noqa: BLE001 - one bad record loses only itself
            ctx.report(f"counts [{c.start}:{c.end}]", exc)
    return out


def _first_longest(items: list[tuple[Candidate, Reading]]) -> list[tuple[Candidate, Reading]]:
    """Overlap policy: the earliest start wins, then the longest span."""
    items = sorted(items, key=lambda cr: (cr[0].start, -(cr[0].end - cr[0].start)))
    out: list[tuple[Candidate, Reading]] = []
    last_end = -1
    for c, r in items:
        if c.start >= last_end:
            out.append((c, r))
            last_end = c.end
    return out
