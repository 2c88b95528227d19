"""Guards of the event extractor: whether a year or month anchors one
occurrence rather than a total, a plan or a summary (guideline section 3,
"Not events"), and the shapes of text around an anchor that make it one
(a short subject and a one-off verb: ``合作社2014年成立``).

The words they read are the context cues of ``data/event_cues.tsv``.
"""
from __future__ import annotations

import re

from extract.event_cues import context_cues, contains_cue, ends_with
from extract.event_types import cue_hits, states_plan

_SEGMENT_OR_END = re.compile(r"[，,；;：:。！？!?\n]")


# Context words of ``data/event_cues.tsv`` and the guards built on them, which tell a
# year or month that anchors one occurrence from one that dates a total, a plan or a
# summary (guideline section 3, "Not events").

COUNT = re.compile(r"\d[\d.]*\s*(?:万|亿)?\s*(?:个|人|名|家|件|项|场|次|户|元|笔|期|所|条|%)")
_TALLY = re.compile(r"\d[\d.]*\s*(?:万|亿)?\s*(?:人次|人|名|场次|场|次|期|户)")   # people or times: a total

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
    segment names (``举办拉面技能培训班42期，培训3150人次``): the year is the
    period of a total, not the date of one occurrence. (A month dates the batch
    it names, ``8月，开展培训班12期``, unless a scope or total word makes it a
    tally: ``is_tally``.)

    >>> counts_occurrences("市人社局依托培训机构，举办拉面技能培训班42期，培训3150人次")
    True
    >>> counts_occurrences("成功入选首批特色劳务品牌，累计带动就业15万余人次，组织专项招聘会3次")
    False
    >>> counts_occurrences("举办第3次培训，200名学员参加"), counts_occurrences("举办招聘会，提供岗位3万个")
    (False, False)
    >>> counts_occurrences("人社局组织开展行前培训，培训务工人员210人次")   # attendance of the one named
    False
    >>> counts_occurrences("县里启动春季专项行动，计划举办招聘会20场")        # a target
    False
    >>> counts_occurrences("两县签订劳务协作协议，约定每年联合举办招聘会不少于4场")   # a term of the one named
    False
    """
    for seg in re.split(r"[，,；;：:]", clause):
        if states_plan(seg):
            continue                      # 计划举办招聘会20场: a target, not a tally
        heads = any(h[3] == "head" for h in cue_hits(seg))
        if COUNT.search(seg) or _OCCURRENCES.search(seg):
            return _OCCURRENCES.search(seg) is not None and heads
        if heads:
            return False                  # an earlier segment named the occurrence; counts are its details
    return False


def since_one_off(seg: str) -> str:
    """The segment after a date without a leading one-off act that a period runs
    from (``前年挂牌成立以来``, ``2019年正式投产以来``): the date anchors the act;
    only what follows is judged as the period's tally. Other segments as they are.

    >>> since_one_off("挂牌成立以来"), since_one_off("正式投产以来累计"), since_one_off("开展以来")
    ('', '累计', '开展以来')
    """
    cues = context_cues()
    adverb = cues["act_adverb"].match(seg)
    verb = cues["oneoff"].match(seg, adverb.end() if adverb else 0)
    if verb is None or not seg.startswith("以来", verb.end()):
        return seg
    return seg[verb.end() + 2:]


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
    >>> one_off("我市组织首批327名农村劳动力赴京务工")     # the size of one batch
    True
    """
    if not contains_cue("oneoff", seg):
        return False
    return _TALLY.search(seg) is None or contains_cue("batch", seg)


# ------------------------------------------------------------------ the shape around an anchor
_SUBJECT = re.compile(r"[\u4e00-\u9fff]{1,6}")                     # a short subject or noun
_NOT_SUBJECT = re.compile(r"[的从在了比和与及到把将是为对向给等新再又已共均总曾还也都就才]")  # particles, adverbs


def acts(text: str) -> bool:
    """``text`` opens with the verb of a one-off act or of a start (成立, 开工).

    >>> acts("成立，现有社员56人"), acts("开工后"), acts("资金全部到位")
    (True, True, False)
    >>> acts("在张三营镇启动“万名农民素质提升工程”"), acts("参加了挖掘机操作培训班"), acts("参加人数达300人")
    (True, True, False)
    >>> acts("在县体育馆举办专场招聘会"), acts("举办的活动丰富多彩")
    (True, False)
    """
    text = past_place(text)
    cues = context_cues()
    adverb = cues["act_adverb"].match(text)  # 一手创办, 正式成立
    text = text[adverb.end():] if adverb and cues["oneoff"].match(text, adverb.end()) else text
    if cues["hold"].match(text):          # 举办…招聘会, 参加了…培训班: holding or joining a named occurrence
        seg = _SEGMENT_OR_END.split(text, 1)[0]
        return any(h[3] == "head" for h in cue_hits(seg))
    return (cues["oneoff"].match(text) is not None
            or any(h[0] == 0 and h[2] == "launch" for h in cue_hits(text[:6])))


# a short place phrase between the date and the verb: 在张三营镇, 于县体育馆
_LOCATIVE = re.compile(r"(?:在|于)[\u4e00-\u9fff]{1,10}?(?:省|市|州|县|区|镇|乡|村|街道|社区|馆|中心|基地|广场)")


def past_place(text: str) -> str:
    """``text`` after a short place phrase that opens it: ``在张三营镇``, or the
    point a move starts from before its verb (``从广东东莞返乡``, ``自浙江义乌
    回到村里``); ``text`` itself when none opens it.

    >>> past_place("在张三营镇启动工程"), past_place("从广东东莞返乡"), past_place("从2018年的7600元")
    ('启动工程', '返乡', '从2018年的7600元')
    """
    place = _LOCATIVE.match(text)
    if place:
        return text[place.end():]
    if text[:1] in ("从", "自"):
        oneoff = context_cues()["oneoff"]
        for k in range(3, min(len(text), 12)):
            if not re.fullmatch(r"[\u4e00-\u9fff]+", text[1:k]):
                break
            if oneoff.match(text, k):
                return text[k:]
    return text


def subject_acts(subject: str, after: str) -> bool:
    """A short subject before a year or month and the verb of a one-off act
    or a start after it make the date an anchor (``合作社2014年成立``,
    ``他2015年回到家乡``); ``收入从2018年的…`` does not.

    >>> subject_acts("合作社", "成立，现有社员56人"), subject_acts("她家的收入从", "的7600元")
    (True, False)
    >>> subject_acts("32岁的扎西", "参加了培训班"), subject_acts("隆化县", "在张三营镇启动工程")
    (True, True)
    >>> subject_acts("光山县召开", "返乡创业表彰大会")   # the date opens the object's name
    False
    """
    subject = subject.rsplit("的", 1)[-1]     # 32岁的扎西: the head noun after its modifier
    if ends_with("object_verb", subject):
        return False
    return (_SUBJECT.fullmatch(subject) is not None and _NOT_SUBJECT.search(subject) is None
            and acts(after))



def trailing_subject(head: str, after: str) -> str:
    """The last characters of a clause that began further back, as the subject
    of a one-off act that follows the date at once (``…青年刘明远2015年一手
    创办的``); empty when a particle ends them or the act qualifies a noun
    (``现有2015年建成的车间``).

    >>> trailing_subject("返乡创业青年刘明远", "一手创办的。"), trailing_subject("全县现有", "建成的车间12个")
    ('刘明远', '')
    >>> trailing_subject("负责人普志红", "从广东东莞返乡，在园区")
    '普志红'
    >>> trailing_subject("收入比", "增长了")
    ''
    """
    m = re.search(r"[\u4e00-\u9fff]{1,3}$", head)
    cues = context_cues()
    after = past_place(after)
    adverb = cues["act_adverb"].match(after)
    verb = cues["oneoff"].match(after, adverb.end() if adverb else 0)
    if m is None or verb is None or re.match(r"的[\u4e00-\u9fff]", after[verb.end():]):
        return ""
    return m.group()


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


def narrated(clause: str) -> bool:
    """A segment of the clause opened by a personal subject and a one-off verb
    in it or after it tell one act of a person's story (``2013年冬天，煤矿效益
    不好，我就带着积蓄回来了``, ``2014年3月，我把积蓄全拿出来，…建了18个大棚``).

    >>> narrated("冬天，煤矿效益不好，我就带着攒下的20多万元回来了"), narrated("，我市建成基地5个")
    (True, False)
    >>> narrated("，他家人均收入3万元，比上年增长两成")
    False
    """
    segs = [x for x in re.split(r"[，,；;：:]", clause) if x.strip()]
    return any(person_acts("，".join([seg.strip()] + segs[k + 1:])) for k, seg in enumerate(segs))


def labels_period(head: str) -> bool:
    """The text before a date names the period it fills in: a publicity,
    application or validity period is no occurrence (``公示期为…``, ``申报时间：…``).

    >>> labels_period("名单予以公示，公示期为"), labels_period("申报时间："), labels_period("市人社局于")
    (True, True, False)
    """
    head = re.sub(r"(?:为|是|：|:|自|从)+$", "", head.rstrip(" \t\u3000")).rstrip(" \t\u3000")
    return any(head.endswith(m.group()) for m in context_cues()["period_label"].finditer(head[-8:]))


# a sentence that ends with a date and one that picks it up: 转机出现在2015年。这一年，…
_BACK_REFERENCE = re.compile(r"\s*[。！!]\s*(?:这一年|那一年|这年|那年|这一天|那一天|这一月)[，,]?([^。！？!?\n]*)")


def back_clause(text: str, end: int) -> str:
    """The sentence after a date that ends its own sentence when it opens by
    picking the date up (``这一年，…参加了创业培训``): it tells what the date
    anchors. Empty otherwise (``当年``, ``当天`` are dates of their own).

    >>> back_clause("转机出现在2015年。这一年，他参加了创业培训。", 10)
    '他参加了创业培训'
    >>> back_clause("目标定在2015年。全市将继续推进。", 9)
    ''
    """
    m = _BACK_REFERENCE.match(text, end)
    return m.group(1) if m else ""


# a date that qualifies a gathering held on it: 8月在保定市举办的技能大赛, 去年举办的招聘会
_HELD = re.compile(r"(?:(?:在|于)[^，,。；;：:、“”]{1,12}?)?(?:举办|举行|召开|开展|组织)的")


def dates_gathering(after: str) -> bool:
    """The text after a date tells of a gathering held on it, named in the
    same segment (``参加8月在保定市举办的全省技能大赛``); a held thing that
    names no gathering (``2021年举办的活动丰富多彩``) does not.

    >>> dates_gathering("在保定市举办的河北省第二届职业技能大赛。"), dates_gathering("举办的活动丰富多彩")
    (True, False)
    >>> dates_gathering("在北京举办的全国招聘会上，他找到了工作"), dates_gathering("以来举办的培训班")
    (True, False)
    """
    m = _HELD.match(after)
    if m is None:
        return False
    seg = _SEGMENT_OR_END.split(after[m.end():], 1)[0]
    return any(h[0] <= 16 and h[3] == "head" for h in cue_hits(seg))
