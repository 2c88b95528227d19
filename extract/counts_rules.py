"""Exclusions and targets of counts (guideline §2, "Not counts" and is_target).

Each exclusion is a small named rule ``(ctx, candidate, reading) -> bool``;
``exclusion`` returns the name of the first rule that declines a candidate.
Examples for every rule are in tests/test_counts.py (NEGATIVES).
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Callable, Optional

import regex

from extract.context import DocContext
from extract.lexicon import load_list, load_table

if TYPE_CHECKING:
    from extract.counts import Candidate, Reading

_QUOTES = {"“": "”", "「": "」", "『": "』", "‘": "’", '"': '"'}
_SHORT_QUOTE = 12           # a quotation this short around a number is a slogan or name
_PER_ITEM = "每各均"         # 每村设一个岗位: a per-unit 一 is a count


@functools.cache
def _context_words(kind: str) -> tuple[tuple[str, str, str, tuple[str, ...]], ...]:
    rows = load_table("count_context_words.tsv", ("word", "kind", "reason", "units", "not_after"))
    return tuple(sorted(((r["word"], r["reason"], r["units"], tuple(w for w in r["not_after"].split(",") if w))
                         for r in rows if r["kind"] == kind), key=lambda t: -len(t[0])))


def word_before(ctx: DocContext, c: "Candidate", r: "Reading") -> bool:
    """Ordinals, ranks, pointers, view counters: 第三名, 前十名, 前三场, 这两个, 浏览次数：12
    (not 节前3万人, 目前5家: a longer word that ends in the cue is something else).

    >>> from extract.counts import match, resolve
    >>> from extract.context import make_context
    >>> c = match("全省第三名")[0]; word_before(make_context("d", "全省第三名"), c, resolve(c))
    True
    """
    head = ctx.text[max(0, c.start - 8):c.start]
    for word, _reason, unit_list, not_after in _context_words("before"):
        if head.endswith(word) and (not unit_list or r.unit in unit_list.split(",")):
            return not head.endswith(not_after) if not_after else True
    return False


def duration_after(ctx: DocContext, c: "Candidate", r: "Reading") -> bool:
    """Durations written with 个: 6个月, 两个多月, 3个工作日."""
    if r.unit != "个":
        return False
    tail = ctx.text[c.unit_end:c.unit_end + 4]
    return any(tail.startswith(w) for w, *_ in _context_words("after"))


def short_quote(ctx: DocContext, c: "Candidate", r: "Reading") -> bool:
    """A number inside a short quotation is a slogan or name: “四个不摘”, “3个100%”."""
    text = ctx.text
    lo = max(0, c.num_start - _SHORT_QUOTE)
    for i in range(c.num_start - 1, lo - 1, -1):
        ch = text[i]
        if ch in "”」』’。；！？\n":
            return False
        if ch in _QUOTES:
            close = text.find(_QUOTES[ch], c.num_end, i + 1 + _SHORT_QUOTE + 1)
            inner = text[i + 1:close] if close != -1 else ""
            return close != -1 and not regex.search(r"[，。；！？,;]", inner)
    return False


@functools.cache
def _fixed_phrases() -> "regex.Pattern[str]":
    words = sorted(load_list("count_fixed_phrases.txt"), key=len, reverse=True)
    return regex.compile("|".join(regex.escape(w) for w in words))


def fixed_phrase(ctx: DocContext, c: "Candidate", r: "Reading") -> bool:
    """Numbers inside fixed phrases: 十四五, 三支一扶, 两个维护, 一件事."""
    lo, hi = max(0, c.num_start - 8), min(len(ctx.text), c.unit_end + 8)
    for m in _fixed_phrases().finditer(ctx.text, lo, hi, overlapped=True):
        if m.start() < c.num_end and m.end() > c.num_start:
            return True
    return False


# compiled once (regex's pattern cache costs more than the match on these short strings)
_HAN = regex.compile(r"\p{Han}")
_YEAR = regex.compile(r"(?:19|20)\d\d")
_DIGIT_OR_PERCENT = regex.compile(r"\d|百分之")
_CODE_CHAR = regex.compile(r"[A-Za-z/#№\-－]")
_NON_DIGIT = regex.compile(r"\D")
_NUMERAL = regex.compile(r"[\d万亿千百]")


@functools.cache
def _abstract_nouns() -> tuple[str, ...]:
    return tuple(sorted(load_list("count_abstract_nouns.txt"), key=len, reverse=True))


def abstract_enumeration(ctx: DocContext, c: "Candidate", r: "Reading") -> bool:
    """Enumerations of aspects and levels: 三个方面, 四个不变, 3个100%."""
    if r.unit_class not in ("thing",):
        return False
    tail = ctx.text[c.unit_end:c.unit_end + 10]
    if _STAMP_AFTER.match(tail):
        return False                       # …已开班20期2023-05-22: a list's date follows
    return bool(_DIGIT_OR_PERCENT.match(tail)) or tail.startswith(_abstract_nouns())


_STAMP_AFTER = regex.compile(r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}")


def appositive_pair(ctx: DocContext, c: "Candidate", r: "Reading") -> bool:
    """Appositive 两 before a quoted name already named in the text: 两个“朝阳”
    (the two are known, as in 这两个品牌); 开设3个“订单班” stays a count."""
    if c.num not in ("两", "二") or c.num2 or ctx.text[c.unit_end:c.unit_end + 1] != "“":
        return False
    close = ctx.text.find("”", c.unit_end + 1, c.unit_end + 2 + _SHORT_QUOTE)
    name = ctx.text[c.unit_end + 1:close] if close != -1 else ""
    return bool(name) and name in ctx.text[:c.start]


_EDITION_COUNTED = ("连续", "累计", "共", "先后", "已")


def ordinal_edition(ctx: DocContext, c: "Candidate", r: "Reading") -> bool:
    """届 is an ordinal or a cohort (十四届全国人大, 二十届三中全会, 2024届毕业生) unless
    it ends its phrase (举办招聘会27届) or a counting word leads (连续27届获评);
    二次 before a noun is ordinal too (十四届全国人大二次会议), and so is a phase
    (产业园二期建设, 一期工程)."""
    follows_han = bool(_HAN.match(ctx.text[c.end:c.end + 1]))
    if r.unit == "期":      # 二期建设, 一期工程: a phase (count: 两期, 举办培训班三期)
        return c.num in _DIG_ONE and (c.num == "二" and follows_han or _phase_word(ctx, c))
    if r.unit == "次":      # 二 before a measure word is ordinal: 二次会议, 二次创业 (count: 两次)
        return c.num == "二" and follows_han
    if r.unit != "届":
        return False
    if _YEAR.fullmatch(c.num):
        return True
    if not follows_han or ctx.text[c.end:c.end + 1] == "的":
        return False
    head = ctx.text[max(0, c.start - 4):c.start]
    return not any(w in head for w in _EDITION_COUNTED)


_DIG_ONE = tuple("一二三四五六七八九")


def _phase_word(ctx: DocContext, c: "Candidate") -> bool:
    tail = ctx.text[c.end:c.end + 4]
    return any(tail.startswith(w) for w, *_ in _context_words("phase"))


def figurative_one(ctx: DocContext, c: "Candidate", r: "Reading") -> bool:
    """Indefinite or figurative 一: 一张名片, 一份工作, 一批, 一家人 (but 每村设一个岗位)."""
    if c.num not in ("一", "壹") or c.num2:
        return False
    head = ctx.text[max(0, c.start - 4):c.start]
    return not any(ch in head for ch in _PER_ITEM)


def inside_name(ctx: DocContext, c: "Candidate", r: "Reading") -> bool:
    """A numeral inside a place or organisation name: 七台河市, 三台县, 五家渠市."""
    return _name_cover(ctx).get(c.num_start, -1) > c.unit_end


def _name_cover(ctx: DocContext) -> dict[int, int]:
    """For each offset inside a place or organisation name, the furthest end
    of a name covering it (memoised for the document)."""
    names = [ctx.prior.get(table, ()) for table in ("places", "organisations")]
    key = ("name cover", *map(id, names))
    cover = ctx.memo.get(key)
    if cover is None:
        cover = ctx.memo[key] = {}
        for records in names:
            for rec in records:
                for x in range(rec.start, rec.end):
                    if cover.get(x, -1) < rec.end:
                        cover[x] = rec.end
    return cover


def code_like(ctx: DocContext, c: "Candidate", r: "Reading") -> bool:
    """Codes, phone numbers, denominators: 0825…, G318, /2人, 12位以上数字串."""
    before = ctx.text[c.start - 1] if c.start > 0 else ""
    if before and (_CODE_CHAR.match(before)):
        return True
    digits = _NON_DIGIT.sub("", c.num)
    return (len(digits) > 1 and c.num[0] == "0" and not c.num.startswith("0.")) or len(digits) >= 11


def weight_of_one_item(ctx: DocContext, c: "Candidate", r: "Reading") -> bool:
    """The weight of a single item is not a count: 每个3斤重."""
    return r.unit in ("斤", "公斤", "千克", "克") and ctx.text[c.unit_end:c.unit_end + 1] == "重"


def implausible(ctx: DocContext, c: "Candidate", r: "Reading") -> bool:
    """Readings no count has: 成 above ten tenths, a year or small numeral before a bare noun."""
    if c.unit == "成" and r.value > 100:
        return True
    if c.rule == "count.<num><noun>":
        if _YEAR.fullmatch(c.num) or not _NUMERAL.search(c.num):
            return True
    return False


def not_a_place(ctx: DocContext, c: "Candidate", r: "Reading") -> bool:
    """``count.<num><place>人`` needs a division between number and 人: 20万新化人,
    3000四川籍人 — not 12万农村人 (农村 is no place)."""
    if c.rule != "count.<num><place>人":
        return False
    from extract import gazetteer
    place = ctx.text[c.num_end:c.unit_start].removesuffix("籍")
    return not gazetteer.find_division(place)


EXCLUSIONS: tuple[tuple[str, Callable[[DocContext, "Candidate", "Reading"], bool]], ...] = (
    ("not.ordinal_rank_pointer", word_before),
    ("not.duration", duration_after),
    ("not.quoted_slogan", short_quote),
    ("not.fixed_phrase", fixed_phrase),
    ("not.enumeration", abstract_enumeration),
    ("not.figurative_one", figurative_one),
    ("not.appositive_pair", appositive_pair),
    ("not.ordinal_edition", ordinal_edition),
    ("not.inside_name", inside_name),
    ("not.code", code_like),
    ("not.item_weight", weight_of_one_item),
    ("not.implausible", implausible),
    ("not.place", not_a_place),
)


def exclusion(ctx: DocContext, c: "Candidate", r: "Reading") -> Optional[str]:
    """The name of the first exclusion rule that declines the candidate, or None."""
    for name, rule in EXCLUSIONS:
        if rule(ctx, c, r):
            return name
    return None


# --- targets -----------------------------------------------------------------

@functools.cache
def _target_cues() -> tuple[tuple["regex.Pattern[str]", str], ...]:
    rows = load_table("count_targets.tsv", ("pattern", "kind", "comment"))
    return tuple((regex.compile(r["pattern"]), r["kind"]) for r in rows if r["kind"] != "grant")


_KEEP_INSIDE_RESULT = ("result", "tally", "quota")   # cues kept even inside a result cue


@functools.cache
def _grant_words() -> "regex.Pattern[str]":
    rows = load_table("count_targets.tsv", ("pattern", "kind", "comment"))
    return regex.compile("|".join(r["pattern"] for r in rows if r["kind"] == "grant"))


def granted_sum(ctx: DocContext, c: "Candidate", r: "Reading") -> bool:
    """A sum of money with a grant word in its clause: a standard or an allotment.

    >>> from extract.counts import match, resolve
    >>> from extract.context import make_context
    >>> t = "并享受每人1000元的培训补贴"; c = match(t)[0]
    >>> granted_sum(make_context("d", t), c, resolve(c))
    True
    """
    if r.unit_class != "money":
        return False
    sent = ctx.sentence_at(c.start)
    lo, hi = c.start, c.end
    while lo > sent.start and ctx.text[lo - 1] not in "，。；！？,;!?\n":
        lo -= 1
    while hi < sent.end and ctx.text[hi] not in "，。；！？,;!?\n":
        hi += 1
    return bool(_grant_words().search(ctx.text, lo, hi))


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
        return not granted_sum(ctx, c, r) and not (same_clause and "的" in between)
    if kind == "target":     # a cap in a later clause is a standard: 可申请最高10万元的贷款
        return same_clause or not (granted_sum(ctx, c, r) or (r.unit_class == "money" and r.approx == "up_to"))
    return False


def _continues_target(ctx: DocContext, start: int, prev: dict[int, tuple[int, bool]]) -> bool:
    """A sentence after a semicolon goes on with the quotas of the one before it."""
    head = ctx.text[:start].rstrip()
    if not head.endswith(("；", ";")):
        return False
    before = ctx.sentence_at(len(head) - 1)
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


_AGREEMENT = regex.compile(r"签(?:订|署|约)[^。；！？]{0,40}?(?:协议|协定|备忘录|合同|责任书)")
_PER_YEAR = regex.compile(r"每年|年均|全年|每季度")
_DONE_WORDS = regex.compile(r"共|累计|已|实现|完成|达到|后")


def _agreed_quota(ctx: DocContext, sent_start: int, c: "Candidate") -> bool:
    """A yearly bound promised in an agreement signed in the sentence is a quota for
    the years ahead (签订协议，北京市每年为我市提供岗位不少于1万个)."""
    head = ctx.text[sent_start:c.start]
    m = _AGREEMENT.search(head)
    return (m is not None and _PER_YEAR.search(head, m.end()) is not None
            and _DONE_WORDS.search(head, m.end()) is None)


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
        sent = ctx.sentence_at(c.start)
        if sent.start not in sent_cues:       # the whole sentence: lookaheads see the number (将3000万元)
            sent_cues[sent.start] = _cues(ctx.text[sent.start:sent.end], doc_year)
        cues = [cue for cue in sent_cues[sent.start] if cue[1] <= c.start - sent.start]
        last = cues[-1][2] if cues else None
        target = bool(cues) and _cue_governs(ctx, c, r, sent.start + cues[-1][1], last or "")
        if target and _DONE_AFTER.match(ctx.text, c.end):
            target = False                         # 将共同开发…，首批120名农牧民已赴北京
        if last is None and r.approx in ("over", "at_least") and _quota_before(ctx, sent.start, c, prev):
            target = True
        if last is None and r.approx in ("over", "at_least") and _agreed_quota(ctx, sent.start, c):
            target = True
        if last is None and sent.start in prev and prev[sent.start][1]:
            target = True                          # a list of quotas goes on
        if last is None and sent.start not in prev and _continues_target(ctx, sent.start, prev):
            target = True                          # …不少于1.2万人；举办招聘会不少于30场
        out.append(target)
        prev[sent.start] = (c.end, target)
    return out
