"""The kind of an occurrence, read from the trigger words of its clause, and
whether a text names any occurrence at all (``has_cue``), and the text around a
date the kind is read from (``before_text``, ``follow_up``, ``previous_sentence``). The guards that tell
one occurrence from a total, a plan or a summary live in ``event_guards``.

The cue table ``data/event_type_cues.tsv`` maps trigger words to types; a cue
is a ``head`` (names the occurrence) or a ``phase`` (its opening, closing or
start, used only when nothing else is named). Policy, in order:

1. clauses are read segment by segment (split at ，；：) from the date on; the
   first segment that holds a head cue decides;
2. a head cue glued to the next head cue, or linked to a following head
   noun (a cue naming a gathering: ``…会``, ``…赛``, ``…班``) by a short
   nominal link, is a modifier and yields to it (``大赛颁奖晚会`` is a
   ceremony, ``调研座谈会`` and ``培训工作推进会`` are meetings);
3. inside a segment the type ranked highest in ``data/event_type_priority.txt`` wins;
4. text inside 《》 names documents, not occurrences, and is ignored.

>>> event_type("召开巩固脱贫成果推进会议，总结2021年工作")
'meeting'
>>> event_type("将于在“农民工原创文艺作品大赛颁奖晚会”上表演")
'ceremony'
>>> event_type("四川省第三届创业大赛总决赛和闭幕式在成都举行")
'competition'
>>> event_type("开展亲子团圆活动") is None
True
"""
from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING, Optional, Sequence

from extract.event_cues import context_cues, starts_with
from extract.lexicon import alternation, load_list, load_table

if TYPE_CHECKING:
    from extract.context import DocContext
    from extract.dates import DateSpan

_TYPES = ("meeting", "competition", "training", "job_fair", "visit", "signing",
          "launch", "publication", "ceremony", "promotion", "other")


@functools.cache
def _cues() -> tuple[dict[str, tuple[str, str]], "re.Pattern[str]"]:
    """Cue word → (type, role), and a longest-first pattern of all cues."""
    rows = load_table("event_type_cues.tsv", required=("cue", "type", "role"))
    bad = [r["cue"] for r in rows if r["type"] not in _TYPES or r["role"] not in ("head", "phase")]
    if bad:
        raise ValueError(f"[E001] event_type_cues.tsv: bad type or role for {bad}")
    table = {r["cue"]: (r["type"], r["role"]) for r in rows}
    return table, re.compile(alternation(list(table)))


@functools.cache
def _rank() -> dict[str, int]:
    order = load_list("event_type_priority.txt")
    return {t: i for i, t in enumerate(order)}


_TITLE = re.compile(r"《[^《》\n]*》")          # document titles: masked before reading cues
_SEGMENT = re.compile(r"[，,；;：:]")             # segment boundaries inside a clause
_SEGMENT_OR_END = re.compile(r"[，,；;：:。！？!?\n]")


def cue_hits(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, type, role) of every cue in ``text`` (titles masked).

    >>> [(t, r) for _, _, t, r in cue_hits("举办《培训办法》解读会暨招聘会开幕式")]
    [('job_fair', 'head'), ('launch', 'phase')]
    >>> [(t, r) for _, _, t, r in cue_hits("技能培训基地正式揭牌")]     # a trigger in a body's name
    [('launch', 'phase')]
    >>> [(t, r) for _, _, t, r in cue_hits("走访车间")]
    [('visit', 'head')]
    """
    table, pat = _cues()
    masked = _TITLE.sub(lambda m: "□" * len(m.group()), text)
    hits = [(m.start(), m.end(), *table[m.group()]) for m in pat.finditer(masked)
            if not _in_body_name(masked, m.end(), table[m.group()][0])]
    return sorted(hits + _reporter_hits(masked))


_NOMINAL = ("training", "job_fair", "meeting", "promotion")   # kinds whose triggers also modify nouns


def _in_body_name(text: str, end: int, kind: str) -> bool:
    """A noun trigger glued to a body or facility noun is part of its name
    (``培训学校``, ``会议中心``); a verb before its object (``成立公司``,
    ``走访车间``) still names the act."""
    return kind in _NOMINAL and context_cues()["body_noun"].match(text, end) is not None


def _reporter_hits(text: str) -> list[tuple[int, int, str, str]]:
    """A reporter or visitor on site names a visit: the on-site verb after a
    reporter word in the same segment (``记者来到…村``, ``记者在合作社看到``);
    ``记者从市人社局获悉`` reports and names nothing.

    >>> _reporter_hits("记者在十八洞村苗绣合作社看到"), _reporter_hits("记者从市人社局获悉")
    ([(12, 14, 'visit', 'head')], [])
    """
    cues = context_cues()
    out = []
    for m in cues["reporter"].finditer(text):
        seg_end = _SEGMENT_OR_END.search(text, m.end())
        verb = cues["on_site"].search(text, m.end(), seg_end.start() if seg_end else len(text))
        if verb is not None and verb.start() - m.end() <= 24:
            out.append((verb.start(), verb.end(), "visit", "head"))
    return out


def head_type(segment: str) -> Optional[str]:
    """Type named by the head cues of one segment, or None.

    >>> head_type("赴北京开展回引创业宣讲暨驻外农民工服务工作站调研活动")
    'visit'
    >>> head_type("大赛暨特色劳务品牌推介会")
    'competition'
    """
    heads = [h for h in cue_hits(segment) if h[3] == "head"]
    kept = [h for h, nxt in zip(heads, heads[1:] + [None]) if not _modifies(segment, h, nxt)]
    return _best([h[2] for h in kept])


_HEAD_NOUN = re.compile(r"(?:会|会议|赛|班|仪式|典礼|论坛|峰会)$")   # cues naming a gathering
_LINK = re.compile(r"[\u4e00-\u9fff]{1,4}")                    # a short nominal link: 工作, 技能提升
_NOT_LINK = re.compile(r"[暨和及与并后前在为对将于了的时中上举召开办参加组织、]|行(?!动)")  # verbs, coordinators (行动 is a noun)


def _modifies(segment: str, h: tuple[int, int, str, str],
              nxt: Optional[tuple[int, int, str, str]]) -> bool:
    """Is head cue ``h`` a modifier of the next head cue ``nxt``?

    >>> seg = "召开秋季职业技能培训工作推进会"
    >>> hits = cue_hits(seg)
    >>> _modifies(seg, hits[0], hits[1])
    True
    >>> seg = "召开全市职业技能提升行动推进会"
    >>> hits = cue_hits(seg)
    >>> _modifies(seg, hits[0], hits[1])
    True
    >>> seg = "走访企业宣传政策"
    >>> hits = cue_hits(seg)
    >>> _modifies(seg, hits[0], hits[1])
    False
    """
    if nxt is None:
        return False
    if nxt[0] == h[1]:
        return True
    link = segment[h[1]:nxt[0]]
    if _quoted_name(segment, h, link) or _joined_activity(segment, h, link):
        return True
    return (_HEAD_NOUN.search(segment[nxt[0]:nxt[1]]) is not None
            and _LINK.fullmatch(link) is not None and _NOT_LINK.search(link) is None)


_QUOTE_LINK = re.compile(r"[^“”\"，,。；;：:]{0,8}[”\"][\u4e00-\u9fff]{0,8}")   # rest of the name, ”, a short link


def _quoted_name(segment: str, h: tuple[int, int, str, str], link: str) -> bool:
    """A cue inside a quoted name before the head cue names a brand or a
    campaign, not the kind (``“就业援助月”走访慰问活动`` is a visit, ``“汉商大会”
    返乡创业专场推介会`` a promotion); campaign names the guideline types by
    fiat (``“春风行动”宣传活动``) keep their kind.

    >>> [head_type(s) for s in ("开展“就业援助月”走访慰问活动", "举办第三届“汉商大会”返乡创业专场推介会")]
    ['visit', 'promotion']
    >>> head_type("开展“春风行动”宣传活动"), head_type("召开就业援助月工作推进会")
    ('job_fair', 'meeting')
    """
    opened = segment.rfind("“", 0, h[0]) > segment.rfind("”", 0, h[0])
    if not opened or context_cues()["campaign"].search(segment[h[0]:h[1]]):
        return False
    return _QUOTE_LINK.fullmatch(link) is not None and _NOT_LINK.search(link.split("”")[-1]) is None


def _joined_activity(segment: str, h: tuple[int, int, str, str], link: str) -> bool:
    """An activity joined by 暨 to a named gathering is its topic: the gathering
    names the occurrence (``技能培训暨农村劳动力转移就业推进会`` is a meeting);
    a gathering before 暨 keeps its rank (``大赛暨推介会``).

    >>> head_type("召开“畲乡工匠”技能培训暨农村劳动力转移就业推进会"), head_type("大赛暨特色劳务品牌推介会")
    ('meeting', 'competition')
    >>> head_type("召开就业创业培训暨技能提升工作座谈会"), head_type("举办招聘会暨政策宣讲会")
    ('meeting', 'job_fair')
    """
    if not link.startswith("暨") or _HEAD_NOUN.search(segment[h[0]:h[1]]) is not None:
        return False
    rest = segment[h[1] + 1:h[1] + 16]
    for start, end, _, role in cue_hits(rest):
        if role == "head" and _HEAD_NOUN.search(rest[start:end]):
            return _NOT_LINK.search(rest[:start]) is None
    return False


_TIME_OF_DAY = re.compile(r"^\s*(?:凌晨|清晨|早上|上午|中午|下午|傍晚|晚上|当晚|晚|夜间)?\s*")
_QUOTES_ONLY = re.compile(r"[\u4e00-\u9fff“”\"'‘’「」]{0,6}")


def carried_type(segment: str, previous: str) -> Optional[str]:
    """Type of the occurrence a segment continues: its subject is the thing a
    head trigger of the previous sentence named (``“春风行动”务工专列…出发。`` then
    ``专列抵达苏州站``: the train is the 春风行动, a job fair).

    >>> prev = "由区人社局组织的“春风行动”务工专列从达州出发。"
    >>> carried_type("专列抵达苏州站", prev), carried_type("市人社局带队赴企业", "市人社局召开会议。")
    ('job_fair', None)
    """
    subject = _TIME_OF_DAY.sub("", segment)[:2]
    if not previous or len(subject) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]{2}", subject):
        return None
    for start, end, kind, role in cue_hits(previous):
        at = previous.find(subject, end, end + 8)
        if role == "head" and at >= 0 and _QUOTES_ONLY.fullmatch(previous[end:at]):
            return kind
    return None


_PROGRAMME = re.compile(r"(?:计划|工程|项目)(?![\u4e00-\u9fff]{0,2}[会班赛])")   # a programme, not a gathering


def _launched_programme(seg: str) -> Optional[str]:
    """A programme started in a segment that names no gathering is a launch
    (``启动“螺蛳粉+电商”直播人才培训计划``, ``实施素质提升工程正式启动``),
    whatever later segments tell of its first batch.

    >>> _launched_programme("启动直播人才培训计划"), _launched_programme("启动招聘会"), _launched_programme("开展培训")
    ('launch', None, None)
    """
    if not any(h[2] == "launch" and h[3] == "phase" for h in cue_hits(seg)):
        return None
    return "launch" if _PROGRAMME.search(seg) else None


def phase_type(text: str) -> Optional[str]:
    """Type named only by phase cues (开幕式 → launch), or None."""
    return _best([h[2] for h in cue_hits(text) if h[3] == "phase"])


def _best(types: Sequence[str]) -> Optional[str]:
    if not types:
        return None
    rank = _rank()
    return min(types, key=lambda t: rank.get(t, len(rank)))


def event_type(clause: str, before: str = "", follow_up: str = "", previous: str = "") -> Optional[str]:
    """Type of the occurrence a date anchors, None when nothing names it.

    ``clause`` runs from the date to the end of its sentence (or the next
    date); ``before`` is the sentence before the date; ``follow_up`` a
    continuing sentence (活动中…, 会上…) read when the others name no kind;
    ``previous`` the sentence before, whose occurrence a segment continues
    when its subject is the thing a trigger there named (``carried_type``).

    >>> event_type("在成都举行开幕式", before="全国乡村振兴技能大赛")
    'competition'
    >>> event_type("服务活动在黔江举行", follow_up="活动中，专家通过实地调研走访、座谈等形式")
    'visit'
    """
    for seg in _SEGMENT.split(clause):
        if states_plan(seg):
            continue                      # 计划3年内培训…1万人: the goal, not the occurrence
        t = head_type(seg) or _launched_programme(seg) or carried_type(seg, previous)
        if t:
            return t
    for text in (before, follow_up):
        for seg in _SEGMENT.split(text):
            t = head_type(seg)
            if t:
                return t
    return phase_type(clause) or phase_type(follow_up)


def states_plan(seg: str) -> bool:
    """A segment that opens with a plan word states a goal (``计划3年内培训
    1万人``, ``力争全年新增就业…``); one that schedules (``计划于5月举办``) does not.

    >>> states_plan("计划3年内培训农村劳动力1万人"), states_plan("计划于5月举办大赛")
    (True, False)
    """
    seg = seg.lstrip(" \t\u3000")
    cues = context_cues()
    return cues["plan"].match(seg) is not None and cues["schedule_lead"].match(seg) is None


def has_cue(text: str) -> bool:
    """Does ``text`` name any kind of occurrence (head or phase cue)?

    >>> has_cue("我市共建成就业帮扶车间473个"), has_cue("已完成全部赛事和评奖工作")
    (False, True)
    """
    return bool(cue_hits(text))


# ------------------------------------------------------------------ the text a type is read from
def before_text(text: str, spans: list[DateSpan], i: int, sent_start: int) -> str:
    """The sentence before ``spans[i]``, from the end of an earlier date of the
    sentence that heads a clause of its own (``去年参加了…培训班，今年3月取得
    证书``: the training is last year's); a gloss (``昨天（9月26日）``) does not cut.

    >>> from extract.dates import find_dates
    >>> t = "扎西去年参加了培训班，今年3月取得证书。"
    >>> before_text(t, find_dates(t), 1, 0)
    ''
    >>> t = "全国技能大赛昨天（9月26日）在成都开幕。"
    >>> before_text(t, find_dates(t), 1, 0)
    '全国技能大赛昨天（'
    """
    lo = sent_start
    first = i
    while first > 0 and spans[first - 1].end > sent_start:
        first -= 1                        # only dates of this sentence can cut it
    for prev in spans[first:i]:
        cut = [m.end() for m in _CLAUSE_MARK.finditer(text, max(prev.end, lo), spans[i].start)]
        if prev.end > lo and cut:
            lo = cut[-1]                  # the earlier date's clause ends here
    return text[lo:spans[i].start]


_CLAUSE_MARK = re.compile(r"[，,；;]")


def follow_up(ctx: DocContext, sent_end: int) -> str:
    """The next sentence when it continues the story (活动中…, 会上…)."""
    k = bisect.bisect_left(ctx.sentences, sent_end, key=lambda s: s.start)
    if k >= len(ctx.sentences) or not starts_with("continuation", ctx.sentences[k].text):
        return ""
    return ctx.sentences[k].text


def previous_sentence(ctx: DocContext, sent_start: int) -> str:
    """The sentence before the one starting at ``sent_start``, in its article."""
    k = bisect.bisect_left(ctx.sentences, sent_start, key=lambda s: s.start)
    if k == 0:
        return ""
    prev = ctx.sentences[k - 1]
    same = ctx.article_at(prev.start) is ctx.article_at(sent_start)
    return prev.text if same else ""
