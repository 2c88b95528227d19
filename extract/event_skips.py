"""Dates whose context makes them no occurrence (guideline sections 1 and 3):
page stamps and issue lines, related-article lists, news datelines, photo
dates, document titles, periods, deadlines and comparisons; and the day
something begins from (``7月1日起``), which does anchor one.

>>> sp = find_dates("发布时间：2022-03-15 10:23")[0]
>>> skip_reason("发布时间：2022-03-15 10:23", sp)
'stamp'
"""
from __future__ import annotations

import re
from typing import Optional

from extract.dates import DateSpan, find_dates  # noqa: F401 - find_dates is used by the doctests
from extract.event_cues import contains_cue, context_cues, ends_with, starts_with
from extract.event_guards import labels_period
from extract.event_types import has_cue


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, (len(text) if hi < 0 else hi)


def around(text: str, sp: DateSpan) -> tuple[str, str]:
    """The few characters right before and right after ``sp``."""
    return (text[max(0, sp.start - 6):sp.start].rstrip(" \t\u3000"),
            text[sp.end:sp.end + 12].lstrip(" \t\u3000"))


def skip_reason(text: str, sp: DateSpan) -> Optional[str]:
    """Why the context of ``sp`` makes it no occurrence, else None."""
    before, after = around(text, sp)
    lo, hi = _line(text, sp.start, sp.end)
    line = text[lo:hi]
    starts = starts_from(sp, before, after)
    if labels_period(text[max(0, sp.start - 12):sp.start]):
        return "period-label"
    if ends_with("not_after", before) and not starts:
        return "period-prefix"
    if starts_with("not_before", after) and not starts_with("not_before_except", after) and not starts:
        return "period-suffix"
    if starts_with("dateline", after):
        return "dateline-or-photo"
    if _is_stamp(text, sp, line, lo, after):
        return "stamp"
    if _in_title(text[lo:sp.start]):
        return "in-title"
    if re.search(r"摄影?\s*[）)]?\s*$", line) and "，" not in text[lo:sp.start] and "," not in text[lo:sp.start]:
        return "photo-caption"
    return None


def starts_from(sp: DateSpan, before: str, after: str) -> bool:
    """A day something takes effect or begins from (``7月1日起，…开放``,
    ``自2022年1月1日起施行``): the day anchors an occurrence. A month or a
    year with 起 (``2021年起，每年…``) and ``…起至…`` stay periods.

    >>> sp = find_dates("7月1日起")[0]
    >>> starts_from(sp, "", "起，各级机构开放"), starts_from(sp, "", "起至12月31日")
    (True, False)
    """
    if sp.precision != "day" or {"pm", "d2"} & set(sp.groups):
        return False
    if not starts_with("start_after", after) or starts_with("not_before_except", after):
        return False
    if re.match(r"(?:起|开始)\s*[至到止]", after):
        return False
    return not ends_with("not_after", before) or before.endswith(("自", "从"))


def _is_stamp(text: str, sp: DateSpan, line: str, lo: int, after: str) -> bool:
    """Page stamps, issue lines and header/footer lines: ``发布时间：…``,
    ``XX办公室   2023年7月17日``, ``2023年第5期 2023年7月17日``."""
    if contains_cue("stamp_line", line) or re.match(r"\d{1,2}[:：]\d{2}", after):
        return True
    head = text[lo:sp.start].strip()
    rest = text[sp.end:lo + len(line)].strip()
    bare = re.compile(r"[\[【（(]?\s*|[)）\]】]?\s*(?:[（(]?星期.[)）]?)?")
    if bare.fullmatch(head) and (bare.fullmatch(rest) or starts_with("issue_suffix", rest) and len(rest) <= 4):
        return True                       # the date alone on its line
    if _ends_line(head, rest) and (sp.rule == "date.<y>.<m>.<d>" or _issue_suffix(rest) or _DISCLOSURE.match(rest)
                                   or _neighbour_ends_with_date(text, lo, lo + len(line))):
        return True                       # a list entry's stamp, an issuer's 印发 line
    # a short line with no sentence punctuation that names no occurrence
    return (len(line.strip()) <= 60 and re.search(r"[，,。；;！？!?]", line) is None
            and not has_cue(line) and not ends_with("not_after", head) and not ends_with("lead", head))


_CLAUSE_PUNCT = re.compile(r"[，,。；;！？!?：:]")
_LINE_END_DATE = re.compile(r"(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-/]\d{1,2}|\d+日)\s*[)）\]】]?\s*$")


def _ends_line(head: str, rest: str) -> bool:
    """The date ends a line of a title or a name with no clause punctuation
    (``疏附县开展订单式纺织技能培训2023-03-10``, ``XX局办公室2018年1月26日印发``);
    a line broken after a lead word (``…于2023年3月10日``) goes on in the next one.

    >>> _ends_line("文山州召开全州人社工作会议", ""), _ends_line("市人社局于", "")
    (True, False)
    >>> _ends_line("12月21日，市人社局召开", "")
    False
    >>> _ends_line("XX市人社局XX市财政局", "（此件公开发布）"), _ends_line("XX市人社局", "(此件主动公开)")
    (True, True)
    """
    if not head or _CLAUSE_PUNCT.search(head) or ends_with("lead", head) or ends_with("not_after", head):
        return False
    rest = _DISCLOSURE.sub("", rest).strip()
    return re.fullmatch(r"[)）\]】]?", rest) is not None or _issue_suffix(rest)


# a disclosure note after a notice's issue date: （此件公开发布）, （此件主动公开）, （此页无正文）
_DISCLOSURE = re.compile(r"\s*[（(]\s*此(?:件|文|页)[^（()）\n]{0,10}[)）]\s*$")


def _issue_suffix(rest: str) -> bool:
    return any(m.group() == rest for m in context_cues()["issue_suffix"].finditer(rest))


def _neighbour_ends_with_date(text: str, lo: int, hi: int) -> bool:
    """The line before or after (blank lines skipped) ends with a date too: a
    list of titles with their stamps."""
    before = text[:lo].rstrip().rsplit("\n", 1)[-1]
    after = text[hi:].lstrip().split("\n", 1)[0]
    return any(_LINE_END_DATE.search(x) for x in (before, after) if x)


def _in_title(head: str) -> bool:
    """Is the position after ``head`` (text of its line) inside 《…》?"""
    return head.rfind("《") > head.rfind("》")


def in_quote(head: str) -> bool:
    """Inside a short quoted name (``“2021年春风行动”``); a quoted speech
    (``“去年只能采茶，今年考了证``) holds clauses and is no name."""
    i = head.rfind("“")
    return i > head.rfind("”") and re.search(r"[，,。；;！？!?]", head[i:]) is None
