"""The date a document speaks from (guideline section 1).

Best first: a publication stamp, an issue-date line in the header or footer, or
a news dateline (whichever comes first in the text) at its own precision; else
the latest year of a reported occurrence that the body states, at year precision.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Optional

from extract.numbers_zh import zh_digits_to_int

DocDate = tuple[Optional[dt.date], Optional[str], Optional[str]]  # date, precision, rule
YMD = r"(?P<y>(?:19|20)\d\d)\s*(?:年|[-/.－／．])\s*(?P<m>1[0-2]|0?[1-9])\s*(?:月|[-/.－／．])\s*(?P<d>3[01]|[12]\d|0?[1-9])日?"
ZH_YMD = r"(?P<zy>[〇零一二三四五六七八九]{4})年(?P<zm>[一二三四五六七八九十]{1,2})月(?P<zd>[一二三四五六七八九十]{1,3})日"


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        "stamp": re.compile(rf"(?:发布|发表|更新|印发|成文|日期|时间)[^\n:：]{{0,6}}[:：]\s*{YMD}"),
        # a header or footer line that holds a full date and no sentence: an issuer
        # and date, a page header (湖北日报 2022年8月15日 星期一 第5版), a stamp line
        "line": re.compile(rf"^[^\n，。；！？,;!?]{{0,80}}?(?:{YMD}|{ZH_YMD})[^\n，。；！？,;!?]{{0,80}}$", re.M),
        "dateline": re.compile(r"""
            (?:新华社|中新社|中新网|人民网|央视网|新华网|本报|本刊|本网|记者)   # who files the story
            [^\n，。,]{0,12}?                                               # the place, a reporter's name
            (?:(?P<y>(?:19|20)\d\d)年)?(?P<m>1[0-2]|[1-9])月(?P<d>3[01]|[12]\d|[1-9])日
            (?:电|讯)                                                        # 电 / 讯 closes a dateline
        """, re.VERBOSE),
        "year": re.compile(r"(?<![0-9])(?P<y>(?:19|20)\d\d)(?=年(?!代)|第|届)"),
    }


def document_date(text: str) -> DocDate:
    """Find the document's date.

    >>> document_date("办公室   2023年7月17日\\n正文")
    (datetime.date(2023, 7, 17), 'day', 'doc_date.issue_line')
    >>> document_date("2017年，雅安市开展培训。计划到2025年完成。")
    (datetime.date(2017, 1, 1), 'year', 'doc_date.body_year')
    >>> document_date("今年，我市开展培训。")
    (None, None, None)
    """
    body_year = _body_year(text)
    found = _issue_date(text, body_year)
    if found[0] is not None:
        return found
    if body_year is not None:
        return dt.date(body_year, 1, 1), "year", "doc_date.body_year"
    return None, None, None


def _issue_date(text: str, body_year: Optional[int]) -> DocDate:
    p = _patterns()
    lines = [m for m in re.finditer(r"[^\n]+", text)]
    edge = {m.start() for m in lines[:8] + lines[-8:]}
    cands: list[tuple[int, dt.date, str]] = []
    for m in p["stamp"].finditer(text):
        d = _ymd(m)
        if d:
            cands.append((m.start(), d, "doc_date.stamp"))
    for m in p["line"].finditer(text):
        d = _ymd(m)
        if d and m.start() in edge:
            cands.append((m.start(), d, "doc_date.issue_line"))
    for m in p["dateline"].finditer(text[:2000]):
        y = int(m.group("y")) if m.group("y") else body_year
        if y is not None:
            d = _safe_date(y, int(m.group("m")), int(m.group("d")))
            if d:
                cands.append((m.start(), d, "doc_date.dateline"))
    if not cands:
        return None, None, None
    _, d, rule = min(cands, key=lambda c: c[0])
    return d, "day", rule


def _ymd(m: re.Match[str]) -> Optional[dt.date]:
    if m.groupdict().get("y"):
        return _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    if m.groupdict().get("zy"):
        y, mo, d = (zh_digits_to_int(m.group(g)) for g in ("zy", "zm", "zd"))
        if None not in (y, mo, d):
            return _safe_date(y, mo, d)  # type: ignore[arg-type]
    return None


def _safe_date(y: int, m: int, d: int) -> Optional[dt.date]:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


_NOT_OCCURRENCE_BEFORE = re.compile(
    r"(?:截至|截止|到|至|迄|—|-|~|～|计划|规划|预计|力争|目标|拟|将|定)(?:于|在)?\s*$")
_NOT_OCCURRENCE_AFTER = re.compile(r"^年?(?:以来|至今|起|开始|以前|之前|前|底前|年底前|度?目标|[-—~～至到](?:19|20)\d\d)")
# a plan opens the clause after the year: 2015年，力争…; 2015年工作打算; 2015年全市将…
_PLAN_AFTER = re.compile(r"""^年[^，。；！？,;!?\n]{0,12}?
    (?:力争|计划|打算|预计|拟|目标|规划|思路|要点|设想|安排|将(?:继续|进一步|着力|重点|全面|力争|大力|加快|围绕|以))""",
                         re.VERBOSE)
_PLAN_AFTER_COMMA = re.compile(r"^年[，,]\s*[^，。；！？,;!?\n]{0,10}?(?:力争|计划|打算|预计|拟|目标|将)")


def _body_year(text: str) -> Optional[int]:
    """The latest year of a reported occurrence: not of a period, deadline or plan;
    one year later where a headline reports it as 去年 (guideline §1).

    >>> _body_year("2011年以来，截至2013年，到2025年，2012年开展。2019—2020年")
    2012
    >>> _body_year("2014年全市完成培训。四、2015年工作打算\\n2015年，力争新增就业3万人。计划于2015年3月举办。")
    2014
    """
    years = []
    for m in _patterns()["year"].finditer(text):
        before = text[max(0, m.start() - 4):m.start()]
        after = text[m.end():m.end() + 30]
        if (_NOT_OCCURRENCE_BEFORE.search(before) or _NOT_OCCURRENCE_AFTER.match(after)
                or _PLAN_AFTER.match(after) or _PLAN_AFTER_COMMA.match(after)):
            continue
        years.append(int(m.group("y")))
    if not years:
        return None
    return max(max(years), _after_last_year_headline(text) or 0)


def _after_last_year_headline(text: str) -> Optional[int]:
    """One step of arithmetic: a headline in the first lines reports a figure
    as 去年's, and the body gives the same figure under a year Y: the document
    speaks from Y + 1.

    >>> _after_last_year_headline("人民网>>频道\\n\\n齐齐哈尔：去年转移就业86.3万人\\n\\n2024年，全市转移就业86.3万人。")
    2025
    >>> _after_last_year_headline("标题\\n\\n去年，全市转移就业86.3万人。2024年转移就业86.3万人。")
    """
    for head in list(re.finditer(r"[^\n]+", text[:3000]))[:12]:
        line = head.group().strip()
        if "去年" not in line or len(line) > 40 or re.search(r"[。；！？]|去年以来|去年同期", line):
            continue
        for figure in re.findall(r"\d+(?:\.\d+)?[万亿]?", line[line.index("去年"):]):
            for sentence in re.split(r"[。！？\n]", text[head.end():]):
                if figure in sentence:
                    m = _patterns()["year"].search(sentence)
                    if m:
                        return int(m.group("y")) + 1
    return None
