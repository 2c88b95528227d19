"""The kind of an occurrence, read from the trigger words of its clause, and
whether a clause dated by a year or month names one occurrence at all (the
guards at the end of the module: totals, plans, summaries).

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

import functools
import re
from typing import Optional, Sequence

from extract.lexicon import alternation, load_list, load_table

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
    """
    table, pat = _cues()
    masked = _TITLE.sub(lambda m: "□" * len(m.group()), text)
    hits = [(m.start(), m.end(), *table[m.group()]) for m in pat.finditer(masked)]
    return sorted(hits + _reporter_hits(masked))


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
_NOT_LINK = re.compile(r"[暨和及与并后前在为对将于了的时中上举召开办行参加组织、]")  # verbs, coordinators


def _modifies(segment: str, h: tuple[int, int, str, str],
              nxt: Optional[tuple[int, int, str, str]]) -> bool:
    """Is head cue ``h`` a modifier of the next head cue ``nxt``?

    >>> seg = "召开秋季职业技能培训工作推进会"
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
    return (_HEAD_NOUN.search(segment[nxt[0]:nxt[1]]) is not None
            and _LINK.fullmatch(link) is not None and _NOT_LINK.search(link) is None)


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
        t = head_type(seg) or carried_type(seg, previous)
        if t:
            return t
    for text in (before, follow_up):
        for seg in _SEGMENT.split(text):
            t = head_type(seg)
            if t:
                return t
    return phase_type(clause) or phase_type(follow_up)


def has_cue(text: str) -> bool:
    """Does ``text`` name any kind of occurrence (head or phase cue)?

    >>> has_cue("我市共建成就业帮扶车间473个"), has_cue("已完成全部赛事和评奖工作")
    (False, True)
    """
    return bool(cue_hits(text))


# ------------------------------------------------------------------ occurrence or total
# Context words of ``data/event_cues.tsv`` and the guards built on them, which tell a
# year or month that anchors one occurrence from one that dates a total, a plan or a
# summary (guideline section 3, "Not events").

COUNT = re.compile(r"\d[\d.]*\s*(?:万|亿)?\s*(?:个|人|名|家|件|项|场|次|户|元|笔|期|所|条|%)")
_TALLY = re.compile(r"\d[\d.]*\s*(?:万|亿)?\s*(?:人次|人|名|场次|场|次|期|户)")   # people or times: a total

@functools.cache
def context_cues() -> dict[str, "re.Pattern[str]"]:
    """One longest-first alternation per cue kind of ``event_cues.tsv``."""
    rows = load_table("event_cues.tsv", required=("cue", "kind"))
    kinds: dict[str, list[str]] = {}
    for r in rows:
        kinds.setdefault(r["kind"], []).append(r["cue"])
    return {k: re.compile(alternation(v)) for k, v in kinds.items()}


def contains_cue(kind: str, text: str) -> bool:
    return context_cues()[kind].search(text) is not None


def before_first_cue(kind: str, clause: str) -> bool:
    """A cue of ``kind`` stands in ``clause`` before its first trigger: a
    summary word so placed makes the year open a summary of its work
    (``2023年，…各项工作取得新成效，我市获评…``); one after the trigger is a
    result of the act (``2021年成功入选…，累计带动就业15万人次``).

    >>> before_first_cue("summary", "在市委领导下，各项工作取得新成效，我市获评先进市")
    True
    >>> before_first_cue("summary", "成功入选首批特色劳务品牌，累计带动就业15万余人次")
    False
    """
    m = context_cues()[kind].search(clause)
    return m is not None and m.start() < min((h[0] for h in cue_hits(clause)), default=len(clause))


# a number of occurrences: 42期, 20场次, 3次, 3150人次 (not 第3次)
_OCCURRENCES = re.compile(r"(?<![第\d.])\d[\d.]*\s*(?:万|亿)?\s*[余多]?\s*(?:人次|场次|期|场|次|批|轮)")


def counts_occurrences(clause: str) -> bool:
    """The first quantity of the clause counts occurrences of the kind its
    segment names (``举办拉面技能培训班42期，培训3150人次``): the year or month
    is the period of a total, not the date of one occurrence.

    >>> counts_occurrences("市人社局依托培训机构，举办拉面技能培训班42期，培训3150人次")
    True
    >>> counts_occurrences("成功入选首批特色劳务品牌，累计带动就业15万余人次，组织专项招聘会3次")
    False
    >>> counts_occurrences("举办第3次培训，200名学员参加"), counts_occurrences("举办招聘会，提供岗位3万个")
    (False, False)
    >>> counts_occurrences("人社局组织开展行前培训，培训务工人员210人次")   # attendance of the one named
    False
    """
    named = False                         # an earlier segment named one occurrence
    for seg in re.split(r"[，,；;：:]", clause):
        heads = any(h[3] == "head" for h in cue_hits(seg))
        if COUNT.search(seg) or _OCCURRENCES.search(seg):
            occ = [m for m in _OCCURRENCES.finditer(seg) if not (named and m.group().endswith("人次"))]
            return bool(occ) and heads
        named = named or heads
    return False


def is_tally(seg: str, year: bool) -> bool:
    """A plan, target, total or budget rather than an occurrence: a plan word
    before the first trigger (``全省计划完成培训…``), or a quantity with a
    collective scope or a budget verb (``今年全省安排资金1.8亿元``), or, for a
    year, with a word of the future (``今年将新建基地30个``).

    >>> is_tally("全省计划完成粤菜师傅培训3万人次以上", True), is_tally("全省举办技能大赛", True)
    (True, False)
    >>> is_tally("将新建省级培训基地30个", True), is_tally("将新建省级培训基地30个", False)
    (True, False)
    """
    plan = context_cues()["plan"].search(seg)
    if plan and plan.start() <= min((h[0] for h in cue_hits(seg)), default=len(seg)):
        return True
    if year and _plans_policy(seg):
        return True
    if COUNT.search(seg) is None:
        return False
    kinds = ("scope", "budget", "future") if year else ("scope", "budget")
    return any(contains_cue(k, seg) for k in kinds)


def _plans_policy(seg: str) -> bool:
    """A word of the future followed by a policy verb (``将把…结合起来``,
    ``将进一步加大…``): the year's clause is a plan, not a scheduled occurrence.

    >>> _plans_policy("今年将把电商培训与精准扶贫结合起来"), _plans_policy("市人社局将举办第五届创业大赛")
    (True, False)
    """
    cues = context_cues()
    return any(cues["policy"].match(seg, m.end()) for m in cues["future"].finditer(seg))


def one_off(seg: str) -> bool:
    """A verb of a one-off act names the occurrence though no trigger types
    it (``2003年离开家乡``, ``合作社投资120万元建成了冷库``); with a tally of
    people or times the clause is a total (``完成培训3万人次``).

    >>> one_off("离开家乡到北京打工"), one_off("完成培训3万人次"), one_off("工人在车间忙碌")
    (True, False, False)
    """
    return contains_cue("oneoff", seg) and _TALLY.search(seg) is None


# ------------------------------------------------------------------ the shape around an anchor
_SUBJECT = re.compile(r"[\u4e00-\u9fff]{1,6}")                     # a short subject or noun
_NOT_SUBJECT = re.compile(r"[的从在了比和与及到把将是为对向给等新再又已共均总曾还也都就才]")  # particles, adverbs


def acts(text: str) -> bool:
    """``text`` opens with the verb of a one-off act or of a start (成立, 开工).

    >>> acts("成立，现有社员56人"), acts("开工后"), acts("资金全部到位")
    (True, True, False)
    """
    return (context_cues()["oneoff"].match(text) is not None
            or any(h[0] == 0 and h[2] == "launch" for h in cue_hits(text[:6])))


def subject_acts(subject: str, after: str) -> bool:
    """A short subject before a year or month and the verb of a one-off act
    or a start after it make the date an anchor (``合作社2014年成立``,
    ``他2015年回到家乡``); ``收入从2018年的…`` does not.

    >>> subject_acts("合作社", "成立，现有社员56人"), subject_acts("她家的收入从", "的7600元")
    (True, False)
    """
    return (_SUBJECT.fullmatch(subject) is not None and _NOT_SUBJECT.search(subject) is None
            and acts(after))


def noun_then_act(after: str) -> bool:
    """A short noun and the verb of a start follow the date (``2019年3月车间开工后``).

    >>> noun_then_act("车间开工后，她在家门口上了班"), noun_then_act("项目资金全部到位")
    (True, False)
    """
    return any(subject_acts(after[:k], after[k:]) for k in range(1, 5))


def person_acts(seg: str) -> bool:
    """A personal subject opens the segment after a date and a one-off verb
    ends it (``他带着积攒的15万元回到村里``); ``我市…`` is a scope, no person.

    >>> person_acts("他带着积蓄回到村里"), person_acts("她们办起了合作社"), person_acts("我市建成基地")
    (True, True, False)
    >>> person_acts("他家人均收入3万元"), person_acts("他完成培训30人次")
    (False, False)
    """
    m = context_cues()["pronoun"].match(seg)
    return m is not None and not re.match(r"[市省区县州局厅镇乡村国家]", seg[m.end():]) and one_off(seg)


def labels_period(head: str) -> bool:
    """The text before a date names the period it fills in: a publicity,
    application or validity period is no occurrence (``公示期为…``, ``申报时间：…``).

    >>> labels_period("名单予以公示，公示期为"), labels_period("申报时间："), labels_period("市人社局于")
    (True, True, False)
    """
    head = re.sub(r"(?:为|是|：|:|自|从)+$", "", head.rstrip(" \t\u3000")).rstrip(" \t\u3000")
    return any(head.endswith(m.group()) for m in context_cues()["period_label"].finditer(head[-8:]))
