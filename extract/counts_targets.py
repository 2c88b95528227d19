"""is_target of counts (guideline §2): plans, goals, quotas and forecasts not
yet achieved, against results and sums budgeted, granted or allotted.

Cues come from ``data/count_targets.tsv`` (target, directive, quota, result,
tally, grant and pay words); ``targets`` walks the counts of a document in
order, so a list of quotas can go on across clauses and sentences. Examples
are in tests/test_counts.py (TARGET, TARGET_WIDENED).
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Optional

import regex

from extract.context import DocContext, Sentence
from extract.lexicon import load_table

if TYPE_CHECKING:
    from extract.counts import Candidate, Reading


@functools.cache
def _target_cues() -> tuple[tuple["regex.Pattern[str]", str], ...]:
    rows = load_table("count_targets.tsv", ("pattern", "kind", "comment"))
    return tuple((regex.compile(r["pattern"]), r["kind"]) for r in rows if r["kind"] not in ("grant", "pay"))


_KEEP_INSIDE_RESULT = ("result", "tally", "quota")   # cues kept even inside a result cue


@functools.cache
def _words(kind: str) -> "regex.Pattern[str]":
    """The grant or pay words of ``count_targets.tsv`` as one pattern."""
    rows = load_table("count_targets.tsv", ("pattern", "kind", "comment"))
    return regex.compile("|".join(r["pattern"] for r in rows if r["kind"] == kind))


def _clause_of(ctx: DocContext, c: "Candidate") -> str:
    """The clause of the count, between clause punctuation of its sentence."""
    sent = ctx.sentence_at(c.start)
    lo, hi = c.start, c.end
    while lo > sent.start and ctx.text[lo - 1] not in "，。；！？,;!?\n":
        lo -= 1
    while hi < sent.end and ctx.text[hi] not in "，。；！？,;!?\n":
        hi += 1
    return ctx.text[lo:hi]


def granted_sum(ctx: DocContext, c: "Candidate", r: "Reading") -> bool:
    """A sum of money with a grant word in its clause: a standard or an allotment.

    >>> from extract.counts import match, resolve
    >>> from extract.context import make_context
    >>> t = "并享受每人1000元的培训补贴"; c = match(t)[0]
    >>> granted_sum(make_context("d", t), c, resolve(c))
    True
    """
    return r.unit_class == "money" and _words("grant").search(_clause_of(ctx, c)) is not None


_PER_UNIT = regex.compile(r"每(?:人|户|名|位|个|家|次|月|天|日|期|班|年)|人均|户均|一次性|标准")


def standard_sum(ctx: DocContext, c: "Candidate", r: "Reading") -> bool:
    """A sum that sets a standard rather than a goal when a goal's cue stands in an
    earlier clause: a cap (最高800元), a sum granted per head or to a recipient (每人给予
    1000元, 对…给予奖补5万元), pay offered (月均工资4500元以上). A bounded or paid-out
    total (发放贷款不少于2000万元, 发放小额担保贷款2.5亿元) and a promised floor of pay
    (月薪不低于4500元) are goals.

    >>> from extract.counts import match, resolve
    >>> from extract.context import make_context
    >>> [standard_sum(make_context("d", t), match(t)[0], resolve(match(t)[0]))
    ...  for t in ("给予每人一次性交通补助最高800元", "月均工资4500元以上", "月薪不低于4500元", "发放贷款不少于2000万元")]
    [True, True, False, False]
    """
    if r.unit_class != "money":
        return False
    clause = _clause_of(ctx, c)
    if r.approx == "up_to":
        return True
    if _words("pay").search(clause):
        return r.approx != "at_least"
    if not _words("grant").search(clause):
        return False
    if _PER_UNIT.search(clause):
        return True
    return r.approx not in ("at_least", "over") and not _total_paid_out(clause)


# a total paid out (发放小额担保贷款2.5亿元), not a sum one recipient is entitled to (对…给予奖补5万元)
_PAID_OUT = regex.compile(r"发放|拨付|兑现|兑付|投放")
_ENTITLED = regex.compile(r"给予|享受|可申请|申领|可获|获得|^对|标准")


def _total_paid_out(clause: str) -> bool:
    """A total paid out, not a recipient's entitlement.

    >>> [_total_paid_out(c) for c in ("发放小额担保贷款2.5亿元", "对新认定的基地给予奖补50万元")]
    [True, False]
    """
    return bool(_PAID_OUT.search(clause)) and not _ENTITLED.search(clause)


def _cues(text: str, doc_year: Optional[int]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every target/result cue; a cue starting inside a result cue is dropped."""
    found = []
    for pat, kind in _target_cues():
        for m in pat.finditer(text):
            year = regex.search(r"20\d\d", m.group())
            if year and doc_year and int(year.group()) < doc_year:
                kind = "result"           # 到2020年 in a 2021 report is past
            found.append((m.start(), m.end(), kind))
    results = [(s, e) for s, e, k in found if k in ("result", "tally")]
    return _tallies(text, sorted((s, e, k) for s, e, k in found
                                 if k in _KEEP_INSIDE_RESULT or not any(rs <= s < re_ for rs, re_ in results)))


_OBJECT_BEFORE_NUMBER = regex.compile(r"\p{Han}{2}")


def _tallies(text: str, cues: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """累计, 共计, 完成 are results, except inside a plan: after a target or directive
    cue in the same clause (预计全市将累计举办…), or opening a later clause of it with
    an object before the number (力争…，完成贫困劳动力技能培训2万人次) — not 目标5000人，完成5200人."""
    out: list[tuple[int, int, str]] = []
    plan: Optional[int] = None          # end of the last target/directive cue, if still in force
    for s, e, k in cues:
        if k == "tally":
            clause_start = max(text.rfind(p, 0, s) for p in _CLAUSE_PUNCT) + 1
            opens = not text[clause_start:s].strip() and _OBJECT_BEFORE_NUMBER.match(text, e)
            if plan is not None and (plan >= clause_start or opens):
                continue
            k = "result"
        plan = e if k in ("target", "directive") else (None if k == "result" else plan)
        out.append((s, e, k))
    return out


_CLAUSE_PUNCT = "，。；！？,;!?：:"


def _cue_governs(ctx: DocContext, c: "Candidate", r: "Reading", cue_end: int, kind: str) -> bool:
    """Whether the last cue makes the count a target. A directive inside a modifier
    (即将赴闽务工的32名: the people exist) does not; nor does a sum granted in a later
    clause than a goal (力争…，对…每人给予一次性奖补1000元), nor under a directive."""
    between = ctx.text[cue_end:c.start]
    same_clause = not any(ch in _CLAUSE_PUNCT for ch in between)
    if kind == "quota":      # 完成年度目标任务3.5万人的91.4%: only the quota itself
        return cue_end == c.num_start or cue_end == c.start
    if kind == "directive":
        return not (granted_sum(ctx, c, r) or standard_sum(ctx, c, r)) and not (same_clause and "的" in between)
    if kind == "target":     # a cap in a later clause is a standard: 可申请最高10万元的贷款
        return same_clause or not standard_sum(ctx, c, r)
    return False


def _clause_start(ctx: DocContext, c: "Candidate") -> int:
    return max(ctx.text.rfind(p, 0, c.start) for p in _CLAUSE_PUNCT) + 1


def _sums_named_list(ctx: DocContext, c: "Candidate", clause_kinds: list[str]) -> bool:
    """A number after ``等`` sums a list of named things that exist already (到A、B等12家
    企业就业) — no goal, unless a forecast word in its clause predicts it (预计将有…等200余家)."""
    return ctx.text[max(0, c.start - 1):c.start] == "等" and "target" not in clause_kinds


def _continues_target(ctx: DocContext, start: int, prev: dict[int, tuple[int, bool]]) -> bool:
    """A sentence after a semicolon goes on with the quotas of the one before it."""
    head = ctx.text[:start].rstrip()
    if not head.endswith(("；", ";")):
        return False
    before = logical_sentence(ctx, len(head) - 1)
    return before.start in prev and prev[before.start][1]


_QUOTA = regex.compile(r"(?<!\d{4}年?|去|上)(?:全年|年底|年内|年末)")


def _quota_before(ctx: DocContext, sent_start: int, c: "Candidate", prev: dict[int, tuple[int, bool]]) -> bool:
    """全年, 年底 right before a bound (全年新增就业1.2万人以上) with no count between: a
    count between (全年承接项目52个，…合格率达到96%以上) makes 全年 a past year's tally."""
    lo = max(sent_start, prev[sent_start][0]) if sent_start in prev else sent_start
    m = _QUOTA.search(ctx.text, lo, c.start)
    return m is not None and not regex.search(r"共|累计|已", ctx.text[m.end():c.start])


# a subject count whose own clause says it is done: 120名农牧民已赴北京, 30人已经上岗
_DONE_AFTER = regex.compile(r"[^，。；！？,;!?\d]{0,8}?(?:已经|已)(?!经费)")


_AGREEMENT = regex.compile(r"签(?:订|署|约)?(?:了|下)?[^。；！？]{0,40}?(?:协议|协定|备忘录|合同|责任书)")
_PER_YEAR = regex.compile(r"每年|年均|全年|每季度|每月")
_EVERY = regex.compile(r"每年|年均|每季度|每月")    # a recurring amount: a term even without a bound
_DONE_WORDS = regex.compile(r"共|累计|已|实现|完成|达到|后")


def _agreed_quota(ctx: DocContext, sent_start: int, c: "Candidate", r: "Reading", last_cue: int) -> bool:
    """A yearly bound promised in an agreement signed in the sentence is a quota for
    the years ahead (签订协议，北京市每年为我市提供岗位不少于1万个), and so is a
    recurring amount under a contract (签了合同，对方每年收购鲜菇600吨). Cues up to the
    signing (已签订, 签了) date the signing, not the terms; ``last_cue`` is where the
    last cue before the count ends (sentence offset, 0 if none)."""
    head = ctx.text[sent_start:c.start]
    m = _AGREEMENT.search(head)
    if m is None or last_cue > m.end() or _DONE_WORDS.search(head, m.end()) is not None:
        return False
    if r.approx in ("over", "at_least"):
        return _PER_YEAR.search(head, m.end()) is not None
    # an exact recurring quantity; money here is what the deal yields (绣娘每月可增收800元)
    return r.unit_class != "money" and _EVERY.search(head, m.end()) is not None


_WRAP_END = regex.compile(r"[\p{Han}\d、]$")   # a line cut mid-sentence ends in a word, not punctuation


def logical_sentence(ctx: DocContext, offset: int) -> Sentence:
    r"""The sentence at ``offset``, joined with the sentences before it that a hard line
    wrap cut off (…培训12万人次，其中农民工培训\n5.5万人次、…): the line before ends in
    a word and holds a comma, so it is running text, not a heading.

    >>> from extract.context import make_context
    >>> t = "一、目标任务\n全年计划培训1万人，其中农民工培训\n5000人次。"
    >>> ctx = make_context("d", t); logical_sentence(ctx, t.index("5000")).text[:9]
    '全年计划培训1万人'
    """
    sent = ctx.sentence_at(offset)
    while sent.start > 1 and ctx.text[sent.start - 1] == "\n":
        before = ctx.sentence_at(sent.start - 2)
        line = ctx.text[before.start:sent.start - 1]
        if before.end != sent.start - 1 or "\n" in line or not _WRAP_END.search(line) or not regex.search(r"[，,]", line):
            break                   # a blank line, a heading, or a line that ends its sentence
        sent = Sentence(before.start, sent.end, ctx.text[before.start:sent.end])
    return sent


# the sentence that opens the tasks of a notice or an opinion (现就有关工作通知如下：)
_NOTICE_BODY = regex.compile(r"(?:通知|意见|要求|安排)如下[：:]|提出(?:如下|以下)意见[：:]")
# …unless what follows is a report: 现将考核结果通知如下, 现将有关情况通报如下
_REPORTED = regex.compile(r"结果|情况|名单|考核|检查|评估|评选|表彰|公示|公布|通报|总结")


def directive_body(ctx: DocContext) -> Optional[int]:
    """Where the tasks of a notice begin (after ``通知如下：``), or None: what a notice
    tells its readers to do is a plan, quotas included (开展专项培训不少于40期,
    每县选派2名骨干教师, 各建设1个实训基地).

    >>> from extract.context import make_context
    >>> directive_body(make_context("d", "现就有关工作通知如下：一、开展培训40期。"))
    11
    >>> directive_body(make_context("d", "现将考核结果通知如下：全市培训40期。")) is None
    True
    """
    key = ("directive body",)
    if key not in ctx.memo:
        m = _NOTICE_BODY.search(ctx.text)
        clause = ctx.text[max(ctx.text.rfind(p, 0, m.start()) for p in _CLAUSE_PUNCT + "\n") + 1:m.start()] if m else ""
        ctx.memo[key] = m.end() if m and not _REPORTED.search(clause) else None
    return ctx.memo[key]


def _notice_task(ctx: DocContext, c: "Candidate", r: "Reading") -> bool:
    """A count in the tasks of a notice, not a sum granted or a standard."""
    body = directive_body(ctx)
    if body is None or c.start < body or "标准" in _clause_of(ctx, c):
        return False                   # 见习补贴标准不低于最低工资标准的60%: a standard
    return not (granted_sum(ctx, c, r) or standard_sum(ctx, c, r))


def targets(ctx: DocContext, kept: list[tuple["Candidate", "Reading"]]) -> list[bool]:
    """is_target of each count: plans, goals and quotas, not results.

    >>> from extract.context import make_context
    >>> from extract.counts import extract
    >>> [c.is_target for c in extract(make_context("d", "计划到2025年就业76万人以上。已就业3501人。"))]
    [True, False]
    """
    doc_year = ctx.doc_date.year if ctx.doc_date else None
    out: list[bool] = []
    prev: dict[int, tuple[int, bool]] = {}        # sentence start -> (end of last count, target)
    sent_cues: dict[int, list[tuple[int, int, str]]] = {}
    for c, r in kept:
        sent = logical_sentence(ctx, c.start)
        if sent.start not in sent_cues:       # the whole sentence: lookaheads see the number (将3000万元)
            sent_cues[sent.start] = _cues(ctx.text[sent.start:sent.end], doc_year)
        cues = [cue for cue in sent_cues[sent.start] if cue[1] <= c.start - sent.start]
        last = cues[-1][2] if cues else None
        target = bool(cues) and _cue_governs(ctx, c, r, sent.start + cues[-1][1], last or "")
        if target and _DONE_AFTER.match(ctx.text, c.end):
            target = False                         # 将共同开发…，首批120名农牧民已赴北京
        if last is None and r.approx in ("over", "at_least") and _quota_before(ctx, sent.start, c, prev):
            target = True
        if not target and _agreed_quota(ctx, sent.start, c, r, cues[-1][1] if cues else 0):
            target = True
        if last is None and sent.start in prev and prev[sent.start][1]:
            target = True                          # a list of quotas goes on
        if last is None and sent.start not in prev and _continues_target(ctx, sent.start, prev):
            target = True                          # …不少于1.2万人；举办招聘会不少于30场
        if last is None and not target and _notice_task(ctx, c, r):
            target = True                          # 通知如下：…开展专项培训不少于40期
        if last is None and target and standard_sum(ctx, c, r):
            target = False                         # …；给予每人一次性交通补助最高800元
        if target and _sums_named_list(ctx, c, [k for s, e, k in cues if sent.start + e > _clause_start(ctx, c)]):
            target = False                         # 将到…等12家企业就业: named things that exist
        out.append(target)
        prev[sent.start] = (c.end, target)
    return out
