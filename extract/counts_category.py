"""What a count counts (guideline §2, category), read from the clause around it.

Cues come from ``data/count_categories.tsv``, found by ``extract.counts_cues``:
nouns (the thing counted, read right after the unit or right before the number)
and clause words (the verb or topic governing it). A cue must suit the unit's
class (``COMPATIBLE``). The steps, first answer wins:

0. a quantity per unit is other (每人至少完成2次, 每村设一个岗位), money and rates aside;
1. the unit decides alone (``%``, ``百分点``, ``倍`` -> rate);
1b. for people, an outcome predicate after them in the clause (580名求职者达成就业意向,
   46名获奖选手与企业签订了就业意向协议, 40名讲师参加培训);
2. an award word next to the number (一等奖1个, 4个项目二等奖, 创业明星124名,
   认定12家单位为…示范企业);
3. the head of the noun after the unit (22名选手, 54个比赛项目 -> projects);
4. for things the noun before the number (车间473个; not across ``等``: a list
   before 等 names the items, the noun follows), then the clause words;
   for people the clause words (培训…4.1万人次), then the noun before;
   a quotation just before the number is the noun (新建“家门口就业服务站”320个);
   clause words inside a masked compound (务工人员, 服务中心) govern nothing;
5. a clause word elsewhere in the sentence that no other count is nearer to;
6. after 其中, the category of the count it breaks down when steps 1-5 found
   nothing or other (吸纳就业680余人，其中贫困户136户);
7. the category of the previous count of the same unit in the sentence
   (其中脱贫人口4121人; money after a loan count is a loan amount);
8. the unit's default (元 -> money, 场次 -> events, 部门 -> organisations), else other.
"""
from __future__ import annotations

import bisect
import functools
from typing import TYPE_CHECKING, Optional

import regex

from extract.context import DocContext
from extract.counts_cues import find as _find, first as _first, head as _head, last as _last
from extract.lexicon import load_table

if TYPE_CHECKING:
    from extract.counts import Candidate, Reading

COMPATIBLE: dict[str, frozenset[str]] = {
    "person": frozenset({"trainees", "employment", "awards", "participants", "loans", "other"}),
    "money": frozenset({"money", "loans"}),
    "rate": frozenset({"rate"}),
    "quantity": frozenset({"other"}),          # 2.2万亩, 350头, 800吨
    "thing": frozenset({"awards", "loans", "organisations", "events", "projects", "other",
                        "employment", "participants"}),
}
# clause words are weaker than nouns: things take only these categories from them
CLAUSE_COMPATIBLE_THING = frozenset({"awards", "loans", "organisations", "events", "projects"})

_CLAUSE_END = "，。；！？,;!?：:\n \u3000"   # a space between words parts a headline's phrases
_WINDOW_STOP = "的是为到从把被将让给对向和与及并"
_WINDOW = 12


_TITLES_QUOTES = regex.compile(r"《[^》]*》|“[^”]*”")
_PARENTHESES = regex.compile(r"（[^）]*）|\([^)]*\)")


def _strip_inserts(text: str) -> str:
    """Drop titles, quotations and parentheses: they name, they are not the noun."""
    text = _TITLES_QUOTES.sub("", text)
    return _PARENTHESES.sub("\u2063", text)   # an invisible noun boundary


def _after(ctx: DocContext, c: "Candidate", stop: str = _WINDOW_STOP, width: int = _WINDOW) -> str:
    raw = ctx.text[c.end:c.end + 3 * width]
    if raw.startswith("“"):          # 3个“订单班”: a quotation right after the unit is the noun
        raw = raw[1:].replace("”", "", 1)
    text = _strip_inserts(raw)
    text = _YEAR.sub("", text) if "为" not in stop else text
    m = _words_until(stop).match(text)
    return m.group()[:width] if m else ""


@functools.cache
def _words_until(stop: str) -> regex.Pattern:
    """The characters before a clause end, an enumeration comma, a digit or ``stop``."""
    return regex.compile(rf"[^{_CLAUSE_END}、\d{stop}]*")


_YEAR = regex.compile(r"\d{4}年度?")
_AWARD_STOP = _WINDOW_STOP.replace("为", "")   # 认定12家单位为…示范企业: read past 为


def _clause_bounds(ctx: DocContext, pos: int) -> tuple[int, int]:
    sent = ctx.sentence_at(pos)
    lo, hi = pos, pos
    while lo > sent.start and ctx.text[lo - 1] not in _CLAUSE_END:
        lo -= 1
    while hi < sent.end and ctx.text[hi] not in _CLAUSE_END:
        hi += 1
    return lo, hi


def categorize(ctx: DocContext, kept: list[tuple["Candidate", "Reading"]]) -> list[str]:
    """The category of every kept count, in order.

    >>> from extract.context import make_context
    >>> from extract.counts import extract
    >>> [c.category for c in extract(make_context("d", "建成就业帮扶车间473个，吸纳就业9986人，其中脱贫人口4121人。"))]
    ['organisations', 'employment', 'employment']
    """
    out: list[str] = []
    for i, (c, r) in enumerate(kept):
        cat = _per_unit(ctx, kept, i) or _own(ctx, kept, out, i)
        if cat in (None, "other"):
            cat = _subset_of_previous(ctx, kept, out, i) or _subset_of_topic(ctx, kept, i) or cat
        elif cat == "participants" and i and kept[i - 1][1].unit == r.unit:
            # 培训987人次，其中低收入农户家庭成员312人次: a group noun inside a
            # breakdown of trainees or placed people does not make them participants
            sub = _subset_of_previous(ctx, kept, out, i)
            cat = sub if sub in ("trainees", "employment") else cat
        out.append(cat or _inherited(ctx, kept, out, i) or _default(c, r))
    return out


_TIME_AFTER_EACH = ("年", "月", "季", "周", "天", "日", "晚", "星期", "小时", "学期", "届")


# 各 + a verb right before the number: a quantity for each (各建设1个, 各推荐10名), not 各地, 各类
_EACH_DOES = regex.compile(r"各(?![县市区镇乡村地类级部单企省州盟旗校项界族种个])\p{Han}{1,3}$")


def _per_unit(ctx: DocContext, kept: list, i: int) -> Optional[str]:
    """A quantity per unit is `other` (guideline §2: 每村设一个岗位, 每省两名选手, and
    各 + a verb: 三个区各建设1个基地); money keeps its category, and 每年, 每月 are
    periods, not units."""
    c, r = kept[i]
    if r.unit_class in ("money", "rate"):
        return None
    lo, _ = _clause_bounds(ctx, c.start)
    text = ctx.text[max(lo, _prev_end(kept, i)):c.num_start]
    if _EACH_DOES.search(text):
        return "other"                     # 三个区各建设1个基地, 每县各选派2名
    j = text.rfind("每")
    while j != -1:
        if not text[j + 1:].lstrip("一个").startswith(_TIME_AFTER_EACH):
            return "other"
        j = text.rfind("每", 0, j)
    return None


def _subset_of_previous(ctx: DocContext, kept: list, cats: list[str], i: int) -> Optional[str]:
    """其中 breaks down the count before it: 吸纳就业680余人，其中贫困户136户."""
    if not i:
        return None
    c, r = kept[i]
    prev = kept[i - 1][0]
    if prev.start < ctx.sentence_at(c.start).start or "其中" not in ctx.text[prev.end:c.num_start]:
        return None
    return cats[i - 1] if cats[i - 1] in COMPATIBLE[r.unit_class] else None


def _subset_of_topic(ctx: DocContext, kept: list, i: int) -> Optional[str]:
    """其中 with no count before it breaks down the group the sentence is about:
    此次赴沪务工人员…，其中脱贫劳动力136人 -> the category of 务工人员."""
    c, r = kept[i]
    sent = ctx.sentence_at(c.start)
    j = ctx.text.rfind("其中", sent.start, c.num_start)
    if j == -1 or any(sent.start <= o.start < j for o, _ in kept[:i]):
        return None
    allowed = COMPATIBLE[r.unit_class] - {"other"}
    nouns = _find(_strip_inserts(ctx.text[sent.start:j]), "noun", r.unit, allowed | {"other"})
    cat = _last(nouns)
    return cat if cat in allowed else None


def _prev_end(kept: list, i: int) -> int:
    return kept[i - 1][0].end if i and kept[i - 1][0].end <= kept[i][0].start else 0


def _own(ctx: DocContext, kept: list, cats: list[str], i: int) -> Optional[str]:
    c, r = kept[i]
    if r.unit_class == "rate":
        return "rate"
    allowed = COMPATIBLE[r.unit_class]
    unit_noun = _first(_find(c.unit, "noun", r.unit, allowed)) if len(c.unit) > 1 else None
    if unit_noun:
        return unit_noun                   # 5部门, 36合作社: the unit is the noun
    if r.unit_class == "money" and _loan_before(ctx, kept, cats, i):
        return "loans"                     # 贷款65笔，金额4864万元
    lo, hi = _clause_bounds(ctx, c.start)
    outcome = _outcome(ctx, c, hi, r.unit, allowed) if r.unit_class == "person" else None
    if outcome:
        return outcome
    before = _before(ctx, max(lo, _prev_end(kept, i)), c)
    after = _after(ctx, c)
    if "awards" in allowed and _award_near(ctx, c, r.unit, before, allowed):
        return "awards"
    listed = ctx.text[c.start - 1:c.start] == "等"     # 求职登记、技能培训等4个功能区
    clause_allowed = allowed if r.unit_class == "person" else allowed & CLAUSE_COMPATIBLE_THING
    steps = [lambda: _noun_after(after, r, allowed, clause_allowed)]
    noun_before = lambda: None if listed else _noun_before(before, r.unit, allowed, clause_allowed)  # noqa: E731
    clause = lambda: _clause_word(ctx, c, lo, hi, r.unit, clause_allowed)  # noqa: E731
    steps += [clause, noun_before] if r.unit_class == "person" else [noun_before, clause]
    if r.unit_class in ("person", "thing"):     # 贷款贴息，但累计次数不得超过3次
        steps.append(lambda: _sentence_word(ctx, kept, i, r.unit, clause_allowed))
    for step in steps:
        cat = step()
        if cat:
            return cat
    return None


_NOT_SUBJECT = "帮为对向让使促推带给助引领组"   # 帮助200人实现就业: the count is not the subject


def _outcome(ctx: DocContext, c: "Candidate", hi: int, unit: str,
             allowed: frozenset[str]) -> Optional[str]:
    """An outcome predicate after a person count, with the count as its subject:
    580名女性求职者达成就业意向 -> employment; 40名讲师参加培训 -> trainees; not
    across a helper verb or another number (200名干部帮助群众实现就业)."""
    text = ctx.text[c.end:hi]
    found = _find(text, "outcome", unit, allowed)
    blocked = found and regex.search(rf"[{_NOT_SUBJECT}\d]", text[:found[0][0]])
    if found and not blocked:
        return found[0][2]
    for pattern, category in _OUTCOME_PHRASES:      # 参加了为期10天的电工培训
        if category in allowed and pattern.match(text):
            return category
    return None


# outcomes with words between verb and object: 180名青年参加了为期10天的电工培训 ->
# trainees; 为230名返乡创业人员发放创业担保贷款 -> loans (the borrowers)
_OUTCOME_PHRASES = (
    (regex.compile(r"[^\d，。；！？,;]{0,10}?(?:参加|接受|参与)了?[^，。；！？,;]{0,16}?(?:培训|轮训|研修|培训班)"),
     "trainees"),
    (regex.compile(r"[^\d，。；！？,;]{0,10}?(?:发放|办理|提供|落实|申请)了?[^\d，。；！？,;]{0,8}?贷款"), "loans"),
)


def _before(ctx: DocContext, lo: int, c: "Candidate") -> str:
    """The clause before the number, titles and quotations dropped, except a quotation
    standing right before it: that names the things counted (“家门口就业服务站”320个)."""
    raw = ctx.text[lo:c.num_start]
    head = ctx.text[lo:c.start]
    if head.endswith("”") and "“" in head:
        j = head.rfind("“")
        return _strip_inserts(raw[:j]) + head[j + 1:-1] + raw[len(head):]
    return _strip_inserts(raw)


def _noun_after(after: str, r: "Reading", allowed: frozenset[str],
                clause_allowed: frozenset[str]) -> Optional[str]:
    """The head noun after the unit; a group of people of category other (困难人员)
    yields to the verb that follows it: 3360名就业困难人员实现就业 -> employment."""
    found = _find(after, "noun", r.unit, allowed)
    cat = _head(found)
    if cat == "other" and r.unit_class == "person":
        verbs = [f for f in _find(after, "clause", r.unit, clause_allowed)
                 if f[0] >= found[0][1] and f[2] != "other"]
        return verbs[0][2] if verbs else cat
    return cat


def _award_near(ctx: DocContext, c: "Candidate", unit: str, before: str,
                allowed: frozenset[str]) -> bool:
    """An award word right after the count (read past 为: 认定12家单位为…示范企业) or
    right before it (一等奖1个, 就业示范企业（6家）)."""
    for text in (_after(ctx, c, _AWARD_STOP, 2 * _WINDOW), before[-_WINDOW:]):
        for scope in ("noun", "clause"):
            if any(cat == "awards" for *_, cat in _find(text, scope, unit, allowed)):
                return True
    return False


def _noun_before(before: str, unit: str, allowed: frozenset[str],
                 clause_allowed: frozenset[str]) -> Optional[str]:
    """The nearest noun before the number, unless a clause word stands between
    them (计划全年开展技能培训40期: 培训 governs, 计划 is a verb here)."""
    nouns = _find(before, "noun", unit, allowed)
    if not nouns:
        return None
    end, cat = max((e, k) for _, e, k in nouns)
    if any(s >= end for s, _, _ in _find(before, "clause", unit, clause_allowed)):
        return None
    return cat


# subsidies are money, not loans (guideline §2): 财政贴息2100余万元, 兑现创业补贴416万元
_SUBSIDY = regex.compile(r"补贴|补助|奖补|贴息|奖励|奖金|资助")


def _subsidy_nearer(ctx: DocContext, c: "Candidate", lo: int, hi: int) -> bool:
    """A subsidy word in the amount's clause stands nearer to it than any loan word
    (贴息贷款1000万元 is a loan; 给予5000元一次性创业补贴 is not)."""
    def dist(s: int, e: int) -> int:
        return c.start - e if e <= c.start else s - c.end
    subs = [dist(m.start() + lo, m.end() + lo) for m in _SUBSIDY.finditer(ctx.text[lo:hi])]
    loans = [dist(s + lo, e + lo) for s, e, _ in _find(ctx.text[lo:hi], "clause", "元", frozenset({"loans"}))
             if not _SUBSIDY.fullmatch(ctx.text[s + lo:e + lo])]
    return bool(subs) and min(subs) <= min(loans, default=len(ctx.text))


def _loan_before(ctx: DocContext, kept: list, cats: list[str], i: int) -> bool:
    """A loan word before the amount in its clause, or a loan count just before it,
    unless a subsidy word is nearer to the amount."""
    c = kept[i][0]
    lo, hi = _clause_bounds(ctx, c.start)
    if _subsidy_nearer(ctx, c, lo, hi):
        return False
    if any(cat == "loans" for *_, cat in _find(ctx.text[lo:c.start], "clause", "元", frozenset({"loans"}))):
        return True
    sent = ctx.sentence_at(c.start)
    return i > 0 and kept[i - 1][0].start >= sent.start and cats[i - 1] == "loans"


def _clause_word(ctx: DocContext, c: "Candidate", lo: int, hi: int, unit: str,
                 allowed: frozenset[str]) -> Optional[str]:
    """The clause word nearest before the number, else nearest after."""
    lo, hi = _inside_parentheses(ctx.text, lo, hi, c.num_start)
    before = _find(ctx.text[lo:c.num_start], "clause", unit, allowed)
    if before:
        return max(before, key=lambda f: f[1])[2]
    return _first(_find(ctx.text[c.end:hi], "clause", unit, allowed))


def _inside_parentheses(text: str, lo: int, hi: int, pos: int) -> tuple[int, int]:
    """A count inside parentheses takes its clause words from inside them:
    招用…15%（超过100人的企业达到8%） — 招用 does not govern 100人."""
    for open_, close in (("（", "）"), ("(", ")")):
        j = text.rfind(open_, lo, pos)
        if j != -1 and text.find(close, j, pos) == -1:
            k = text.find(close, pos, hi)
            return j + 1, (k if k != -1 else hi)
    return lo, hi


def _counts_of_sentence(kept: list, lo: int, hi: int) -> list[int]:
    """Indices of the counts (sorted by start) that start in [lo, hi)."""
    a = bisect.bisect_left(kept, lo, key=lambda k: k[0].start)
    b = bisect.bisect_left(kept, hi, key=lambda k: k[0].start)
    return list(range(a, b))


def _sentence_word(ctx: DocContext, kept: list, i: int, unit: str,
                   allowed: frozenset[str]) -> Optional[str]:
    """A clause word earlier in the sentence whose nearest count is this one (a
    topic leads: 脱贫人口就业形势总体平稳，规模保持在76万人以上; a word after the
    count belongs to what follows: 增加19万人，就业形势更加严峻)."""
    c = kept[i][0]
    sent = ctx.sentence_at(c.start)
    mine = _counts_of_sentence(kept, sent.start, sent.end)
    best: Optional[tuple[int, str]] = None
    for s, e, cat in _find(sent.text, "clause", unit, allowed):
        s, e = s + sent.start, e + sent.start
        if e > c.start:
            break
        dist = lambda j: min(abs(kept[j][0].start - e), abs(s - kept[j][0].end))  # noqa: E731
        nearest = min(mine, key=dist)
        if nearest == i and (best is None or dist(i) < best[0]):
            best = (dist(i), cat)
    return best[1] if best else None


def _inherited(ctx: DocContext, kept: list, cats: list[str], i: int) -> Optional[str]:
    """The previous count's category: same unit, or a loan amount after a loan count."""
    c, r = kept[i]
    sent = ctx.sentence_at(c.start)
    for j in range(i - 1, -1, -1):
        o, ro = kept[j]
        if o.start < sent.start:
            break
        if ro.unit == r.unit and cats[j] != "other":
            return cats[j]
        if cats[j] == "loans" and r.unit_class in ("money", "thing"):
            return "loans"            # 发放“拉面贷”3.6亿元，支持1850户: the borrowers
    return None


@functools.cache
def _defaults() -> dict[str, str]:
    """The default category of each unit, as written and as folded."""
    rows = load_table("count_units.tsv")
    return {**{r["folded"]: r["default"] for r in rows}, **{r["unit"]: r["default"] for r in rows}}


def _default(c: "Candidate", r: "Reading") -> str:
    return _defaults().get(c.unit) or _defaults().get(r.unit, "other")
