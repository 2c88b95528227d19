"""Exclusions of counts (guideline §2, "Not counts"); targets are in counts_targets.

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


@functools.cache
def _before_by_last_char() -> dict[str, tuple[tuple[str, str, str, tuple[str, ...]], ...]]:
    """The 'before' context words by their last character, longest first."""
    out: dict[str, list] = {}
    for entry in _context_words("before"):
        out.setdefault(entry[0][-1], []).append(entry)
    return {k: tuple(v) for k, v in out.items()}


def word_before(ctx: DocContext, c: "Candidate", r: "Reading") -> bool:
    """Ordinals, ranks, pointers, view counters: 第三名, 前十名, 前三场, 这两个, 浏览次数：12
    (not 节前3万人, 目前5家: a longer word that ends in the cue is something else).

    >>> from extract.counts import match, resolve
    >>> from extract.context import make_context
    >>> c = match("全省第三名")[0]; word_before(make_context("d", "全省第三名"), c, resolve(c))
    True
    """
    head = ctx.text[max(0, c.start - 8):c.start]
    for word, _reason, unit_list, not_after in _before_by_last_char().get(head[-1:], ()):
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
    """A number inside a short quotation is a slogan or name: “四个不摘”, “3个100%” —
    unless the quotation is speech (“春茶季还拿了两千块奖金”)."""
    text = ctx.text
    lo = max(0, c.num_start - _SHORT_QUOTE)
    for i in range(c.num_start - 1, lo - 1, -1):
        ch = text[i]
        if ch in "”」』’。；！？\n":
            return False
        if ch in _QUOTES:
            close = text.find(_QUOTES[ch], c.num_end, i + 1 + _SHORT_QUOTE + 1)
            inner = text[i + 1:close] if close != -1 else ""
            return close != -1 and not regex.search(r"[，。；！？,;]", inner) and not _SPEECH.search(inner)
    return False


# words of a quoted utterance, never of a slogan: particles, pronouns, earning verbs
# (“春茶季还拿了两千块奖金”, “我一个月挣三千块” — not “四个不摘”, “一户一技能”)
_SPEECH = regex.compile(r"[了吗呢吧啊呀嘛我咱俺挣赚]")


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
