"""The one date grammar: find date expressions in text and resolve them to days.

Finding and resolving are separate (the duckling split). ``find_dates`` returns
every date expression of a text as a ``DateSpan`` (offsets, the rule that
matched, its named groups); ``parse_date`` resolves one expression to
``(first day, last day, precision)`` or declines with ``None``. Both share the
rules of ``_rule_sources``, so what is found is exactly what can be parsed.

Relative words resolve against ``ref`` (the document's date) at
``ref_precision``; nothing here reads the clock.

>>> import datetime as dt
>>> parse_date("2023年7月17日")
(datetime.date(2023, 7, 17), datetime.date(2023, 7, 17), 'day')
>>> parse_date("12月30日至1月2日", dt.date(2021, 1, 1), "year")
(datetime.date(2021, 12, 30), datetime.date(2022, 1, 2), 'day')
>>> parse_date("12月") is None        # no year and no reference: declined
True
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Optional

import regex

Resolved = tuple[dt.date, dt.date, str]

# ---------------------------------------------------------------- fragments
_S = r"[ \t\u3000]{0,2}"                       # stray spaces the normalizer left
_SEP = r"[ \t\u3000]*(?:-|－|—{1,2}|–|―|～|~|〜|至|到)[ \t\u3000]*"   # range separators
_CN = "〇零一二三四五六七八九"
_YEARNUM = rf"(?<![\d.])(?:19[4-9]\d|20\d\d)(?!\d)|(?<![{_CN}十])[{_CN}]{{4}}"
_MONNUM = r"(?<![\d.．/])(?:1[0-2]|0?[1-9])(?!\d)|(?<![〇零一二三四五六七八九十两])(?:十[一二]|十|[一二三四五六七八九])"
_DAYNUM = (r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
           r"|(?:三十一?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])")
_RELYEAR = r"大前年|前年|去年|今年|本年|明年"
_REL_YEAR_OFFSET = {"大前年": -3, "前年": -2, "去年": -1, "今年": 0, "本年": 0, "明年": 1,
                    "当年": 0}             # 当年: the story's year, passed in as ``ref``
_REL_DAY_OFFSET = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "前日": -2, "明天": 1, "明日": 1}
_REL_MONTH_OFFSET = {"上月": -1, "上个月": -1, "本月": 0, "下月": 1, "下个月": 1}
_RELMONTH = r"上个月|下个月|上月|本月|下月"
_VAGUE = r"近日|日前|近期|目前|前不久|不久前|近来"


def _y(n: int, rel: bool = True) -> str:
    """An explicit year (``2021年``, ``二〇二一年``) or, if ``rel``, 今年/去年/…"""
    explicit = rf"(?P<y{n}>{_YEARNUM}){_S}年"
    return rf"(?:{explicit}|(?P<ry{n}>{_RELYEAR}))" if rel else explicit


def _m(n: int) -> str:
    return rf"(?P<m{n}>{_MONNUM}){_S}月份?"


def _d(n: int, unit: bool = True) -> str:
    return rf"(?P<d{n}>{_DAYNUM}){_S}(?:日|号)" + ("" if unit else "?")


# A bare day (``8日上午，``) only right after clause punctuation or 于/在, and only
# before a time of day or punctuation: elsewhere ``8日`` is rarely a date.
_DAY_LEAD = r"(?<=^|[\n，,。；;：:）)、\s]|于|在|和|及)"
_DAY_FOLLOW = r"(?=上午|下午|中午|晚上|晚|早上|凌晨|[，,、至到起]|\Z)"
_MONTH_PART = r"(?P<pm>中下旬|上中旬|上旬|中旬|下旬|初|底|末)"
_YEAR_PART = r"(?P<py>初|底|末)"


def _rule_sources() -> list[tuple[str, str]]:
    """(rule name, pattern) pairs, most specific shapes first."""
    y1, y2 = f"(?:{_y(1)}{_S})?", f"(?:{_y(2)}{_S})?"
    return [
        ("date.<y>.<m>.<d>",                   # 2021.12.21, 2021/12/21, 2021-12-21
         r"(?<![\d.\-/])(?P<y1>(?:19[4-9]\d|20\d\d))(?P<sep>[./\-])(?P<m1>1[0-2]|0?[1-9])"
         r"(?P=sep)(?P<d1>3[01]|[12]\d|0?[1-9])(?![\d])(?!\.\d)"),
        ("date.<m>月<d>日-<m>月<d>日", rf"{y1}{_m(1)}{_S}{_d(1)}{_SEP}{y2}{_m(2)}{_S}{_d(2)}"),
        ("date.<m>月<d>日-<d>日", rf"{y1}{_m(1)}{_S}{_d(1, unit=False)}{_SEP}{_d(2)}"),
        ("date.<y>年<m>月<d>日", rf"{y1}{_m(1)}{_S}{_d(1)}"),
        ("date.<m>月-<m>月",                    # the lookahead (a year's or month's first
         rf"(?=[0-9{_CN}十大前去今本明]){y1}(?P<m1>{_MONNUM}){_S}(?:月份?)?{_SEP}{y2}{_m(2)}"),  # char) is 8x faster
        ("date.<y>年<m>月", rf"{y1}{_m(1)}{_MONTH_PART}?"),
        ("date.<y>年-<y>年", rf"(?P<y1>{_YEARNUM}){_S}年?{_SEP}{_y(2, rel=False)}"),
        ("date.<half-year>", rf"{y1}(?P<half>上半年|下半年)"),
        ("date.<rel-month><d>日-<d>日",         # 上月8日, 本月16日至17日: the month by arithmetic
         rf"(?P<rmonth>{_RELMONTH}){_S}{_d(1, unit=False)}(?:{_SEP}{_d(2)})?(?<=[日号])"),
        ("date.<d>日-<d>日",                    # 8日上午, 8—10日 (month from the story)
         rf"{_DAY_LEAD}(?P<d1>3[01]|[12]\d|0?[1-9])(?:日|号)?{_SEP}(?P<d2>3[01]|[12]\d|0?[1-9])(?:日|号)"
         rf"{_DAY_FOLLOW}"),
        ("date.<d>日", rf"{_DAY_LEAD}(?P<d1>3[01]|[12]\d|0?[1-9])(?:日|号){_DAY_FOLLOW}"),
        ("date.<y>年", rf"{_y(1, rel=False)}{_YEAR_PART}?"),
        ("date.<rel-year>", rf"(?P<ry1>{_RELYEAR}){_YEAR_PART}?"),
        ("date.<that-year-part>", rf"(?<![每])(?P<ry1>当年){_YEAR_PART}"),   # 当年底: the story's year
        ("date.<rel-day>",                     # 今日头条, 今日关注: names of media and columns
         r"(?<![每])(?P<rday>今天|今日|昨天|昨日|前天|前日|明天|明日)(?!头条|说法|关注|要闻|快讯|聚焦|视点|看点|热点|新闻|之星)"),
        ("date.<rel-month>", rf"(?P<rmonth>{_RELMONTH})"),
        ("date.<vague>", rf"(?<![最接将节生假数几多\d{_CN}十])(?P<vague>{_VAGUE})"),
        ("date.<year-part>", r"(?<![\d年〇零一二三四五六七八九今去明前本当每])年(?P<py>初|底|末)"),
    ]


@functools.cache
def _rules() -> tuple[tuple[str, "regex.Pattern[str]"], ...]:
    return tuple((name, regex.compile(src)) for name, src in _rule_sources())


# ---------------------------------------------------------------- finding
@dataclass(frozen=True)
class DateSpan:
    """A date expression found in a text: half-open offsets, rule and groups."""

    start: int
    end: int
    text: str
    rule: str
    groups: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def has_year(self) -> bool:
        """An explicit year number is part of the expression."""
        return "y1" in self.groups

    @property
    def year(self) -> Optional[int]:
        """The explicit year of the expression, if any.

        >>> find_dates("二〇二一年十二月")[0].year
        2021
        """
        return _num(self.groups["y1"]) if "y1" in self.groups else None

    @property
    def precision(self) -> str:
        """The expression's own grain: 'day', 'month' or 'year' (vague: '')."""
        g = self.groups
        if "d1" in g or "rday" in g or g.get("pm", "").endswith("旬"):
            return "day"
        if "m1" in g or "rmonth" in g or "pm" in g:
            return "month"
        return "" if "vague" in g else "year"


def find_dates(text: str) -> list[DateSpan]:
    """Every date expression of ``text``; overlaps settled first-longest-wins.

    >>> [d.text for d in find_dates("今年7月13日—15日,去年以来,2021遂潼大赛,12月29日前")]
    ['今年7月13日—15日', '去年', '12月29日']
    """
    cands: list[DateSpan] = []
    for name, pat in _rules():
        for m in pat.finditer(text):
            if m.end() > m.start():
                groups = {k: v for k, v in m.groupdict().items() if v is not None}
                cands.append(DateSpan(m.start(), m.end(), m.group(), name, groups))
    return _longest_first(cands)


def _longest_first(cands: list[DateSpan]) -> list[DateSpan]:
    """The overlap policy: longest span wins, the earlier one on a tie."""
    taken: list[DateSpan] = []
    covered: set[int] = set()
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.start)):
        if not any(x in covered for x in range(c.start, c.end)):
            taken.append(c)
            covered.update(range(c.start, c.end))
    return sorted(taken, key=lambda c: c.start)


# ---------------------------------------------------------------- resolving
def parse_date(text: str, ref: Optional[dt.date] = None,
               ref_precision: Optional[str] = None) -> Optional[Resolved]:
    """Resolve one date expression to (first day, last day, precision).

    ``ref`` is the document's date (its first day) at ``ref_precision``
    ('day' when omitted); expressions lacking a year, and relative words, are
    declined without it. Never raises.

    >>> parse_date("二〇二一年十二月二十一日")
    (datetime.date(2021, 12, 21), datetime.date(2021, 12, 21), 'day')
    >>> parse_date("7月4-7日", dt.date(2023, 7, 17))[:2]
    (datetime.date(2023, 7, 4), datetime.date(2023, 7, 7))
    >>> parse_date("去年底", dt.date(2021, 1, 1), "year")
    (datetime.date(2020, 12, 1), datetime.date(2020, 12, 31), 'month')
    >>> parse_date("近日", dt.date(2024, 1, 1), "year")
    (datetime.date(2024, 1, 1), datetime.date(2024, 12, 31), 'year')
    >>> parse_date("昨天", dt.date(2024, 1, 1), "year") is None
    True
    """
    try:
        s = (text or "").strip()
        for name, pat in _rules():
            m = pat.fullmatch(s)
            if m:
                groups = {k: v for k, v in m.groupdict().items() if v is not None}
                return _checked(_resolve(groups, ref, ref_precision or "day"))
        return None
    except (ValueError, OverflowError, TypeError, KeyError):
        return None


def resolve_span(span: DateSpan, ref: Optional[dt.date] = None,
                 ref_precision: Optional[str] = None) -> Optional[Resolved]:
    """Resolve an already found ``DateSpan`` (same result as ``parse_date``)."""
    try:
        return _checked(_resolve(span.groups, ref, ref_precision or "day"))
    except (ValueError, OverflowError, TypeError, KeyError):
        return None


def _checked(r: Optional[Resolved]) -> Optional[Resolved]:
    return r if r is not None and r[0] <= r[1] else None


def _resolve(g: dict[str, str], ref: Optional[dt.date], prec: str) -> Optional[Resolved]:
    if "vague" in g:
        return None if ref is None else _period_of(ref, prec)
    if "rday" in g:
        if ref is None or prec != "day":
            return None
        d = ref + dt.timedelta(days=_REL_DAY_OFFSET[g["rday"]])
        return d, d, "day"
    if "rmonth" in g:
        if ref is None or prec not in ("day", "month"):
            return None
        y, m = _add_months(ref.year, ref.month, _REL_MONTH_OFFSET[g["rmonth"]])
        if "d1" in g:                     # 上月8日, 本月16日至17日
            return dt.date(y, m, _num(g["d1"])), dt.date(y, m, _num(g.get("d2", g["d1"]))), "day"
        return _month(y, m)
    y1 = _year(g, 1, ref)
    if y1 is None:
        return None
    if "half" in g:
        first = g["half"] == "上半年"
        return _month(y1, 1 if first else 7)[0], _month(y1, 6 if first else 12)[1], "month"
    if "m1" not in g and "d1" in g:
        return _resolve_bare_days(g, ref, prec)
    if "m1" not in g:
        return _resolve_years(g, y1, ref)
    return _resolve_months(g, y1, ref)


def _resolve_years(g: dict[str, str], y1: int, ref: Optional[dt.date]) -> Optional[Resolved]:
    """Year, year range, year start/end (年初 → January, 年底 → December)."""
    if "y2" in g:
        y2 = _year(g, 2, ref)
        return None if y2 is None else (dt.date(y1, 1, 1), dt.date(y2, 12, 31), "year")
    part = g.get("py")
    if part == "初":
        return _month(y1, 1)
    if part in ("底", "末"):
        return _month(y1, 12)
    return dt.date(y1, 1, 1), dt.date(y1, 12, 31), "year"


def _resolve_months(g: dict[str, str], y1: int, ref: Optional[dt.date]) -> Optional[Resolved]:
    """Dates with a month: a day, a day range, a month, a month range, 上旬…"""
    m1 = _num(g["m1"])
    if "d1" not in g:
        if "m2" in g:
            y2, m2 = _second_point(g, y1, m1, ref)
            return _month(y1, m1)[0], _month(y2, m2)[1], "month"
        return _month_part(y1, m1, g.get("pm"))
    start = dt.date(y1, m1, _num(g["d1"]))
    if "d2" not in g:
        return start, start, "day"
    if "m2" in g:
        y2, m2 = _second_point(g, y1, m1, ref)
    else:
        y2, m2 = y1, m1
    end = dt.date(y2, m2, _num(g["d2"]))
    return start, end, "day"


def _resolve_bare_days(g: dict[str, str], ref: Optional[dt.date], prec: str) -> Optional[Resolved]:
    """``8日`` / ``8—10日``: the day of the reference's month (needs its month)."""
    if ref is None or prec not in ("day", "month"):
        return None
    d2 = _num(g.get("d2", g["d1"]))
    return dt.date(ref.year, ref.month, _num(g["d1"])), dt.date(ref.year, ref.month, d2), "day"


def _second_point(g: dict[str, str], y1: int, m1: int, ref: Optional[dt.date]) -> tuple[int, int]:
    """Year and month of a range's end: its own year, else y1 (+1 when it wraps)."""
    m2 = _num(g["m2"])
    y2 = _year(g, 2, ref)
    if y2 is None:
        y2 = y1 + 1 if m2 < m1 else y1
    return y2, m2


def _month_part(y: int, m: int, part: Optional[str]) -> Resolved:
    last = calendar.monthrange(y, m)[1]
    spans = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, last),
             "上中旬": (1, 20), "中下旬": (11, last)}
    if part in spans:
        a, b = spans[part]
        return dt.date(y, m, a), dt.date(y, m, b), "day"
    return _month(y, m)


def _year(g: dict[str, str], n: int, ref: Optional[dt.date]) -> Optional[int]:
    """Year of point ``n``: explicit, relative to ``ref``, else ``ref``'s (n=1)."""
    if f"y{n}" in g:
        return _num(g[f"y{n}"])
    if f"ry{n}" in g:
        return None if ref is None else ref.year + _REL_YEAR_OFFSET[g[f"ry{n}"]]
    if n == 1 and ref is not None:
        return ref.year
    return None


def _month(y: int, m: int) -> Resolved:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1]), "month"


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def _period_of(ref: dt.date, prec: str) -> Resolved:
    if prec == "year":
        return dt.date(ref.year, 1, 1), dt.date(ref.year, 12, 31), "year"
    if prec == "month":
        return _month(ref.year, ref.month)
    return ref, ref, "day"


_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}


def _num(s: str) -> int:
    """Arabic or Chinese numeral of a year, month or day.

    >>> [_num(x) for x in ("07", "二〇二一", "十二", "二十一", "三十", "廿五", "十")]
    [7, 2021, 12, 21, 30, 25, 10]
    """
    s = s.strip()
    if s.isdigit() and s.isascii():
        return int(s)
    if "十" not in s and "廿" not in s:
        return int("".join(str(_DIGIT[c]) for c in s))
    s = s.replace("廿", "二十")
    tens, _, ones = s.partition("十")
    return (_DIGIT[tens] if tens else 1) * 10 + (_DIGIT[ones] if ones else 0)
