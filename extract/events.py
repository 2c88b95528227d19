"""Events (guideline section 3): date expressions that anchor an occurrence.

Match, then decide, then resolve, then type:

1. ``dates.find_dates`` finds every date expression;
2. ``event_skips.skip_reason`` drops those whose context makes them no occurrence: page
   stamps and issue lines, news datelines, photo dates, document titles,
   periods, deadlines and comparisons (``以来``, ``截至``, ``到2025年``);
3. ``_anchors`` applies the rule of the anchor's shape: a day always anchors;
   a month, a year or ``今年`` only at the head of a clause (or between a
   short subject and a one-off verb: ``合作社2014年成立``) that names an
   occurrence and is no total (``2019年共发放…``) and no name (``2020年项目``);
   ``近日``/``日前`` always, ``目前``/``近期`` only before a named occurrence;
4. ``dates.resolve_span`` resolves against the year of the story (an explicit
   ``2023年7月…`` earlier in the paragraph) or the document's date;
5. ``event_types.event_type`` names the kind, ``other`` when nothing does.

>>> import datetime as dt
>>> from extract.context import make_context
>>> ctx = make_context("d", "12月21日，市人社局召开推进会议。截至目前，共建成车间473个。", dt.date(2021, 1, 1), "year")
>>> [(e.text, str(e.date_start), e.type) for e in extract(ctx)]
[('12月21日', '2021-12-21', 'meeting')]
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import Iterator, Optional

from extract.context import DocContext
from extract.dates import DateSpan, Resolved, find_dates, resolve_span
from extract.event_cues import contains_cue, context_cues, ends_with, starts_with
from extract.event_guards import (COUNT, acts, back_clause, before_first_cue, counts_occurrences, dates_gathering,
                                  is_tally, narrated, noun_then_act, one_off, person_acts, since_one_off, subject_acts, trailing_subject)
from extract.event_skips import around, in_quote, skip_reason, starts_from
from extract.event_types import before_text, event_type, follow_up, has_cue, previous_sentence
from extract.lexicon import load_table
from schemas.records import Event

_CLAUSE_END = re.compile(r"[。！？!?；;\n]")
_BOUNDARY = set("，,。；;：:！？!?、（(“\"‘【[　 \t\n—●○◆◇■□▲△▶►★☆◎•▪")   # with list bullets
_SENT_END = "。！？!?"


# ------------------------------------------------------------------ anchors
def _clause(text: str, sp: DateSpan, nxt: Optional[DateSpan], sent_end: int) -> str:
    """From the end of ``sp`` to the end of its sentence or the next date that
    heads a clause (a date inside a name, ``…暨2021年省农民工春晚``, does not)."""
    stop = min(sent_end, nxt.start if nxt else sent_end)
    m = _CLAUSE_END.search(text, sp.end, max(stop, sp.end))
    return text[sp.end:m.start() if m else max(stop, sp.end)]


def _first_segment(clause: str) -> str:
    for seg in re.split(r"[，,；;：:]", clause):
        if seg.strip():
            return seg
    return ""


def _glossed(text: str, sp: DateSpan, nxt: list[DateSpan]) -> bool:
    """A relative word glossed by the explicit date: ``昨天（9月26日）`` is one
    event, on the explicit date, so the word makes none."""
    relative = {"vague", "rday", "rmonth", "ry1"} & set(sp.groups) and not {"m1", "d1"} & set(sp.groups)
    return bool(relative and nxt and text[sp.end:nxt[0].start].strip() in ("（", "("))


def _after_punctuation(text: str, sp: DateSpan) -> bool:
    before = text[max(0, sp.start - 2):sp.start].rstrip(" \t\u3000")
    return not before or before[-1] in _BOUNDARY


def _heads_clause(text: str, sp: DateSpan) -> bool:
    """A date after clause punctuation that may head a clause of its own; a
    year or month glued to a name (``8月12日，2022年湖南省劳务品牌推介活动
    在长沙举行``) qualifies the name and does not.

    >>> t = "8月12日，2022年湖南省推介活动举行，2021年，入选案例。"
    >>> [_heads_clause(t, d) for d in find_dates(t)[1:]]
    [False, True]
    """
    if not _after_punctuation(text, sp):
        return False
    return sp.precision not in ("year", "month") or _followed_as_anchor(text, sp)


def _at_clause_head(text: str, sp: DateSpan) -> bool:
    """Only punctuation or a lead word (于, 我市…) stands before the anchor."""
    before = text[max(0, sp.start - 4):sp.start].rstrip(" \t\u3000")
    if not before or before[-1] in _BOUNDARY:
        return True
    if before[-1] in "”’」』" and len(before) > 1 and before[-2] in _SENT_END:
        return True                       # …就有工作。”今年4月，…
    if before[-1] in "）)" and _BYLINE_OR_MARKER.search(text[max(0, sp.start - 24):sp.start]):
        return True                       # 本报讯（记者 陈静）今年3月，…  （二）2019年，…
    return ends_with("lead", before)


# a closed parenthesis that holds a byline or a list marker: （记者 陈静）, （通讯员 李华）, （二）, (3)
_PAST_DAYS = ("昨天", "昨日", "前天", "前日")    # a past day dates what its clause tells, unless it reports
_BYLINE_OR_MARKER = re.compile(r"[（(](?:[^（()）\n]*(?:记者|通讯员|特约)[^（()）\n]*|[一二三四五六七八九十\d]{1,3})\s*[）)]\s*$")


def _followed_as_anchor(text: str, sp: DateSpan) -> bool:
    """Punctuation or a follow word (成功, 被, 在…) comes after the anchor, or
    a short subject and the verb of a start (``2019年3月车间开工后``)."""
    after = text[sp.end:sp.end + 10].lstrip(" \t\u3000")
    if not after or after[0] in "，,、" or starts_with("follow", after) or acts(after):
        return True
    return noun_then_act(after) or person_acts(_first_segment(text[sp.end:sp.end + 40]))


def _lead_in(text: str, sp: DateSpan) -> str:
    """The few characters since the clause began before ``sp`` (``全市``,
    ``合作社``); empty when the clause began further back."""
    lo = max(0, sp.start - 7)
    head = text[lo:sp.start]
    cut = max(head.rfind(c) for c in _BOUNDARY)
    return head[cut + 1:] if cut >= 0 or lo == 0 else ""


def _anchors(text: str, sp: DateSpan, clause: str) -> bool:
    """The rule of the anchor's shape (see the module docstring)."""
    g = sp.groups
    if "half" in g or ("y2" in g and "m1" not in g) or ("m2" in g and "d1" not in g and g.get("m1") in ("1", "01", "一")):
        return False                      # half years, year ranges, 1-6月 tallies: periods
    if "rday" in g or ("rmonth" in g and "d1" not in g):
        return has_cue(clause) or (g.get("rday", "") in _PAST_DAYS and not contains_cue("report", _first_segment(clause)))
    if "vague" in g:
        if g["vague"] in _strict_vague():
            return has_cue(clause) and not contains_cue("state", clause) and not COUNT.search(clause)
        return True
    if sp.precision == "day" and "pm" not in g:
        return True
    head = text[:sp.start][-200:]
    if in_quote(head[head.rfind("\n") + 1:]):
        return False                      # 2021年 inside “…” names something
    if dates_gathering(text[sp.end:sp.end + 40]) and not ends_with("not_after", head):
        return True                       # 参加8月在保定市举办的技能大赛
    if back_clause(text, sp.end):
        return has_cue(clause) or one_off(_first_segment(clause)) or narrated(clause)
    lead = _lead_in(text, sp) or trailing_subject(text[max(0, sp.start - 6):sp.start], text[sp.end:sp.end + 12])
    if not (_at_clause_head(text, sp) and _followed_as_anchor(text, sp)) and not subject_acts(lead, text[sp.end:]):
        return False
    seg = _first_segment(clause)
    if sp.precision == "year" and any("m1" in d.groups for d in find_dates(seg)):
        return False                      # 今年我市“春风行动”于2月7日—3月31日开展: the finer date anchors
    rest = since_one_off(seg)             # 前年挂牌成立以来，…: the launch anchors, 以来 runs from it
    if contains_cue("state", rest) or is_tally(_unscheduled(lead, rest), sp.precision == "year"):
        return False
    if before_first_cue("summary", clause) or (sp.precision == "year" and counts_occurrences(clause)):
        return False                      # a month dates the batch it counts: 8月，开展培训班12期
    return has_cue(clause) or one_off(seg) or _scheduled_subject(text, sp) or narrated(clause)


def _scheduled_subject(text: str, sp: DateSpan) -> bool:
    """The occurrence is named before a scheduling word and its date
    (``大赛将于7月中旬在南昌举行``, ``第二届招聘会定于9月举办``).

    >>> t = "第二届技能大赛计划于9月举办。各地将于9月完成摸底。"
    >>> [_scheduled_subject(t, d) for d in find_dates(t)]
    [True, False]
    """
    head = text[max(0, sp.start - 30):sp.start]
    subject = head[max(head.rfind(c) for c in _BOUNDARY) + 1:]
    return ends_with("schedule_lead", subject) and has_cue(subject)


def _unscheduled(lead: str, seg: str) -> str:
    """The text a tally is judged on: a plan word that schedules the date
    (``计划于5月举办大赛``) is left out; a quantity (``计划于2025年完成培训
    10万人次``) still makes a target.

    >>> _unscheduled("三是计划于", "举办大赛"), _unscheduled("全省", "计划完成培训")
    ('举办大赛', '全省计划完成培训')
    """
    if ends_with("schedule_lead", lead) and not COUNT.search(seg):
        return seg
    return lead + seg


@functools.cache
def _strict_vague() -> frozenset[str]:
    return frozenset(r["cue"] for r in load_table("event_cues.tsv") if r["kind"] == "vague_strict")


# ------------------------------------------------------------------ resolving
def _resolved(ctx: DocContext, spans: list[DateSpan], i: int) -> Optional[Resolved]:
    """Resolve ``spans[i]`` against the story's year or the document's date;
    a month-day reported as done after the document's date took place the
    year before (``_done_after_issue``)."""
    sp = spans[i]
    ref, prec = _reference(ctx, sp, spans, i)
    res = resolve_span(sp, ref, prec)
    if res is not None and ref is not None and ref == ctx.doc_date and _done_after_issue(ctx, sp, res[0]):
        res = resolve_span(sp, ref.replace(year=ref.year - 1, day=1), prec)
    return res


def _reference(ctx: DocContext, sp: DateSpan, spans: list[DateSpan],
               i: int) -> tuple[Optional[dt.date], Optional[str]]:
    """Year of the story for a yearless month-day or 当年, else the document's date."""
    g = sp.groups
    if "d1" in g and not {"m1", "rmonth"} & set(g):
        return _month_of_story(ctx, spans, i)
    if g.get("ry1") == "当年" or ("m1" in g and "y1" not in g and "ry1" not in g):
        year = _story_year(ctx, spans, i, any_year=g.get("ry1") == "当年")
        if year is not None and not _scheduled_past(ctx, sp, year):
            return dt.date(year, 1, 1), "year"
    return ctx.doc_date, ctx.doc_date_precision


def _scheduled_past(ctx: DocContext, sp: DateSpan, year: int) -> bool:
    """A story year before the document's cannot hold what the document
    schedules (``2020年，全市共完成…。…定于4月15日举办…`` in a 2021 notice):
    the scheduled date takes the document's year.

    >>> from extract.context import make_context
    >>> ctx = make_context("d", "2020年，全市共完成培训。市人社局定于4月15日举办培训班。", dt.date(2021, 3, 12), "day")
    >>> sp = find_dates(ctx.text)[1]
    >>> _scheduled_past(ctx, sp, 2020), _scheduled_past(ctx, sp, 2021)
    (True, False)
    """
    if ctx.doc_date is None or year >= ctx.doc_date.year:
        return False
    head = ctx.text[ctx.sentence_at(sp.start).start:sp.start]
    head = re.split(r"[，,；;：:]", head)[-1]
    return contains_cue("scheduled", head)


def _story_year(ctx: DocContext, spans: list[DateSpan], i: int, any_year: bool = False) -> Optional[int]:
    """The year that governs the story of ``spans[i]``: the nearest earlier
    one of its article that is no period, deadline or comparison and dates a
    month (``2019年12月2日…``), stands in the same sentence (``2022年“春风行动”
    启动仪式3月1日举行``), opens a clause (``2023年，…`` heads a yearly report)
    or stands in the title; a relative year (``今年3月``) stands for the
    document's. Any other relative year in between (``今年已培训…``,
    ``增加到去年的4.2万元``) speaks from the document's time and ends the
    earlier story: the document's date governs. For ``当年底``
    (``any_year``) the nearest explicit year.

    >>> from extract.context import make_context
    >>> ctx = make_context("d", "2023年，各项工作取得新成效。\\n\\n2月6日，举办招聘会。")
    >>> _story_year(ctx, find_dates(ctx.text), 1)
    2023
    """
    sp, text = spans[i], ctx.text
    art = ctx.article_at(sp.start)
    lo = 0 if art is None else art.start if art.title_start is None else min(art.start, art.title_start)
    sent_lo = ctx.sentence_at(sp.start).start
    for prev in reversed(spans[:i]):
        if prev.start < lo:
            break
        relative = prev.groups.get("ry1", "当年") != "当年" and not any_year
        if "vague" in prev.groups and not any_year and not skip_reason(text, prev):
            return None                   # 前不久…。2月8日: back in the document's time
        if not (prev.has_year or relative) or skip_reason(text, prev) in _NOT_STORY:
            continue
        in_title = art is not None and prev.start < (art.title_end or -1)
        if relative and "\n" in text[prev.end:sp.start]:
            return None                   # 去年11月 in an earlier paragraph: the document's time
        if any_year or _sets_month(text, prev, sp) or prev.start >= sent_lo or in_title or _opens_clause(text, prev):
            if not relative:
                return prev.year
            res = resolve_span(prev, ctx.doc_date, ctx.doc_date_precision)
            return None if res is None else res[0].year     # 今年3月 intervenes
        if relative:
            return None                   # 今年已培训…, 去年的收入: back in the document's time
    return None


def _sets_month(text: str, prev: DateSpan, sp: DateSpan) -> bool:
    """A date with a month sets the story's year for its paragraph; from an
    earlier paragraph only when it heads its clause (``该市于2012年10月被确定为…``
    mid-sentence is background, not the story of the next item).

    >>> t = "该市于2012年10月被确定为试点。\\n3月下旬，举办招聘会。\\n2019年1月，召开会议。\\n3月，举办培训。"
    >>> d = find_dates(t)
    >>> _sets_month(t, d[0], d[1]), _sets_month(t, d[2], d[3])
    (False, True)
    """
    return "m1" in prev.groups and ("\n" not in text[prev.end:sp.start] or _after_punctuation(text, prev))


_NOT_STORY = ("period-prefix", "period-suffix", "period-label", "in-title", "dateline-or-photo")


def _opens_clause(text: str, sp: DateSpan) -> bool:
    """A year at the head of a clause, set off by a comma (``2023年，…``)."""
    return _at_clause_head(text, sp) and text[sp.end:sp.end + 1] in ("，", ",")


def _done_after_issue(ctx: DocContext, sp: DateSpan, start: dt.date) -> bool:
    """A yearless month-day that would fall after the document's date (day or
    month precision) in a sentence that reports it as done (已, 了, 圆满…) and
    announces nothing (将于, 拟于, 计划).

    >>> from extract.context import make_context
    >>> done = make_context("d", "4月18日，两地签订了协议。", dt.date(2024, 1, 15), "day")
    >>> to_come = make_context("d", "4月18日，两地将签订协议。", dt.date(2024, 1, 15), "day")
    >>> [_done_after_issue(c, find_dates(c.text)[0], dt.date(2024, 4, 18)) for c in (done, to_come)]
    [True, False]
    """
    ref, prec, g = ctx.doc_date, ctx.doc_date_precision, sp.groups
    if ref is None or prec not in ("day", "month") or "m1" not in g or {"y1", "ry1"} & set(g):
        return False
    last = ref if prec == "day" else ref.replace(day=calendar.monthrange(ref.year, ref.month)[1])
    sentence = ctx.sentence_at(sp.start).text
    if start <= last or contains_cue("scheduled", sentence):
        return False
    return contains_cue("past", context_cues()["past_except"].sub("", sentence))


def _month_of_story(ctx: DocContext, spans: list[DateSpan],
                    i: int) -> tuple[Optional[dt.date], Optional[str]]:
    """Month for a bare day (``8日上午``): the nearest earlier date with a month
    in the same article (a dateline counts), else a day/month document date."""
    art = ctx.article_at(spans[i].start)
    lo = art.start if art else 0
    for k in range(i - 1, -1, -1):
        prev = spans[k]
        if prev.start < lo or spans[i].start - prev.start > 3000:
            break
        if "m1" in prev.groups or {"rmonth", "d1"} <= set(prev.groups):
            res = _resolved(ctx, spans, k)
            return (None, None) if res is None else (res[1].replace(day=1), "month")
    if ctx.doc_date_precision in ("day", "month"):
        return ctx.doc_date, ctx.doc_date_precision
    return None, None


# ------------------------------------------------------------------ records
def extract(ctx: DocContext) -> list[Event]:
    """Every event of the document, in text order. Never raises."""
    out: list[Event] = []
    try:
        spans = find_dates(ctx.text)
    except Exception as exc:  # noqa: BLE001 - an extractor must not stop the run
        ctx.report("events", exc)
        return out
    for i, sp in enumerate(spans):
        try:
            ev = _event(ctx, spans, i)
        except Exception as exc:  # noqa: BLE001 - one bad date loses only itself
            ctx.report(f"events [{sp.start}:{sp.end}]", exc)
            ev = None
        if ev is not None:
            out.append(ev)
    return out


def _event(ctx: DocContext, spans: list[DateSpan], i: int) -> Optional[Event]:
    sp, text = spans[i], ctx.text
    if skip_reason(text, sp):
        return None
    sent = ctx.sentence_at(sp.start)
    nxt = next((n for n in spans[i + 1:] if _heads_clause(text, n)), None)
    clause = _clause(text, sp, nxt, max(sent.end, sp.end)) or back_clause(text, sp.end)
    if not _anchors(text, sp, clause) or _glossed(text, sp, spans[i + 1:i + 2]):
        return None
    res = _resolved(ctx, spans, i)
    if res is None:
        return None
    kind = event_type(_shared_clause(text, spans, i, clause, max(sent.end, sp.end)), before=before_text(text, spans, i, sent.start), follow_up=follow_up(ctx, sent.end),
                      previous=previous_sentence(ctx, sent.start))
    if kind is None:                      # a day something begins from is a launch
        kind = "launch" if starts_from(sp, *around(text, sp)) else "other"
    return Event(doc_id=ctx.doc_id, text=sp.text, start=sp.start, end=sp.end,
                 sentence=sent.text, rule=sp.rule, date_start=res[0], date_end=res[1],
                 precision=res[2], relative="vague" in sp.groups, type=kind)


_COORDINATOR = re.compile(r"\s*(?:、|和|及|与|以及|或|，|,)?\s*")


def _shared_clause(text: str, spans: list[DateSpan], i: int, clause: str, sent_end: int) -> str:
    """The clause a date shares with the dates coordinated after it: in
    ``于2月13日、2月14日分别举办了招聘会`` the first date's own clause is
    only ``、``; the fair after the last date types both.

    >>> t = "两县于2月13日、2月14日分别举办了专场招聘会。"
    >>> d = find_dates(t)
    >>> _shared_clause(t, d, 0, "、", len(t))
    '分别举办了专场招聘会'
    """
    k = i
    while _COORDINATOR.fullmatch(clause) and k + 1 < len(spans) and spans[k + 1].start < sent_end:
        k += 1
        nxt = next((n for n in spans[k + 1:] if _heads_clause(text, n)), None)
        clause = _clause(text, spans[k], nxt, sent_end)
    return clause


def iter_skipped(ctx: DocContext) -> Iterator[tuple[DateSpan, str]]:
    """Date expressions left out by context, with the reason (for debugging)."""
    for sp in find_dates(ctx.text):
        why = skip_reason(ctx.text, sp)
        if why:
            yield sp, why
