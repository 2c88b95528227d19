"""What a town's or village's stem may be (guideline §4), for extract.places_suffix.

The stem is the text before a suffix (锦屏 in 锦屏社区). It names no place when it
names a kind of place (``place_not_words.txt``: 农村, 全村; ``place_generic_stems.txt``:
贫困村, 示范园区), is a slogan (产业兴村), holds a body (人社局乡), or opens with a
verb, an ordinal, a quantifier or a negation (``place_stem_verbs.txt``: 组织锦屏社区
→ 锦屏社区; 实现街道全覆盖, 首期社区工厂, 不出社区, 未来社区 → none).

An ethnic designation between a town's stem and its suffix (向海|蒙古族|乡;
``place_ethnic_groups.txt``) is part of the name: ``designation_start``.

Also here, for every place: ``garbled`` (no place from mojibake, by the share of
characters outside ``common_chars.txt`` around it, or by their reading back as
UTF-8 once written in GB18030) and ``is_noun`` (jieba's
part-of-speech tags, for extract.places' ordinary-word guard).
"""
from __future__ import annotations

from array import array

import functools
from typing import Optional

import regex

from extract.lexicon import alternation, load_list, load_table
from extract.normalize import common_chars

# Characters that make X + 古镇/山村 a description, not a name (小山村, 老城镇).
MODIFIERS = "小大老新旧古穷富美偏远深千万百一二两三几多各全本该每此这那其某"
# Heads of bodies and of workplaces or venues that no town or village name holds
# (扶贫车间、凤山镇 is no 车间镇; a 糖厂社区 or 农场村 may exist).
ORG_IN_STEM = (r"政府|公司|集团|学校|大学|学院|医院|协会|银行|支部|党委"
               r"|车间|工厂|基地|合作社|企业|单位|部门|机构")
# What no name opens with: ordinals and first batches (首期, 首批, 第二), negations
# and aspect adverbs (不出, 未来, 没有, 已建成, 均, 都), pointers to a part of what was
# said (其中, 其他, 其余).
NOT_OPENING = regex.compile(r"首[期批个家届轮次座]|第|[不没未已均都]|其[中他余它]")
# Characters that are no one-character village name (代村, 张村 are): numerals and
# modifiers (两村, 大村), level and unit words (县村, 镇街村), motion verbs (驻村, 进村).
NOT_ONE_CHAR = MODIFIERS + "直城乡镇街区县市省州村组社驻进入到回返出下上在和与及或的"


@functools.cache
def _lead_re() -> regex.Pattern:
    """A verb of ``place_stem_verbs.txt`` at the start of a stem."""
    return regex.compile("(?:" + alternation(load_list("place_stem_verbs.txt")) + ")")


def name_start(stem: str, min_len: int = 2) -> Optional[int]:
    """Where the name begins in ``stem`` after the verbs that open it, or ``None``
    when what is left opens with an ordinal, a quantifier or a negation or is
    shorter than ``min_len`` (a bare suffix after a verb is generic: 实现街道).

    >>> [name_start(s) for s in ("组织锦屏", "锦屏", "实现", "首期", "举办首期", "不出", "已建成")]
    [2, 0, None, None, None, None, None]
    """
    i = 0
    while (m := _lead_re().match(stem, i)) is not None and m.end() > i:
        i = m.end()
    if NOT_OPENING.match(stem, i) or len(stem) - i < min_len:
        return None
    return i


def plain_name(stem: str) -> bool:
    """A full-length stem after punctuation that reads as a name's characters
    (白音套海): no dictionary word in it but shorter nouns, no negation or pointer,
    no unit word inside — not 大力发展, 推进龙潭, 找活不出, 该乡李楼 (the name is 李楼).

    >>> [plain_name(s) for s in ("白音套海", "大力发展", "推进龙潭", "找活不出", "该乡李楼")]
    [True, False, False, False, False]
    """
    from extract.places import _tokenizer

    if NOT_IN_PLAIN.search(stem) or _lead_re().match(stem):
        return False
    words = [w for w in _tokenizer().cut(stem, HMM=False) if len(w) > 1]
    return all(is_noun(w) and len(w) < len(stem) for w in words)


# Negations, pointers, and a unit word after the first character: no plain name.
NOT_IN_PLAIN = regex.compile(r"[不没未已均都该本各全每此这那其某]|.[乡镇村街区县市省州旗]")


@functools.cache
def _designation_re() -> regex.Pattern:
    """An ethnic designation at the end of a span: 蒙古族, 纳西民族, 回族彝族."""
    groups = alternation(load_list("place_ethnic_groups.txt"))
    return regex.compile(f"(?:(?:{groups})(?:民族|族))+\\Z")


def designation_start(text: str, p: int, level: str) -> int:
    """Where a town's ethnic designation starts before its suffix at ``p``
    (向海|蒙古族|乡, 盐井|纳西民族|乡, 某某|回族彝族|镇); ``p`` when there is none.

    >>> t = "通榆县向海蒙古族乡"
    >>> t[designation_start(t, 8, "town"):8]
    '蒙古族'
    >>> t = "少数民族乡"
    >>> designation_start(t, 4, "town")
    4
    """
    if level != "town":
        return p
    m = _designation_re().search(text, max(0, p - 12), p)
    return m.start() if m and m.start() > 0 else p


def one_char_name(ch: str, suffix: str) -> bool:
    """A one-character stem after its county or town is a village name (兰陵县代村,
    滕州市张村), unless it is a numeral, modifier, level word or verb (某镇两村).

    >>> one_char_name("代", "村"), one_char_name("两", "村"), one_char_name("代", "镇")
    (True, False, False)
    """
    if suffix != "村" or not regex.match(r"\p{Han}", ch) or ch in NOT_ONE_CHAR:
        return False
    return ch + suffix not in _not_words() and not NOT_OPENING.match(ch)


@functools.cache
def _not_words() -> frozenset[str]:
    return frozenset(load_list("place_not_words.txt"))


@functools.cache
def _longest_not_word() -> int:
    return max(map(len, _not_words()), default=0)


@functools.cache
def _generic_re() -> regex.Pattern:
    return regex.compile("(?:" + alternation(load_list("place_generic_stems.txt")) + r")\Z")


def is_generic(stem: str, suffix: str) -> bool:
    """True for stems that name a kind of place (贫困村, 市直园区, 城乡).

    >>> is_generic("贫困", "村"), is_generic("石鱼", "镇"), is_generic("统筹城", "乡")
    (True, False, True)
    """
    name = stem + suffix
    longest = _longest_not_word()
    inside = {name[i:j] for i in range(len(name)) for j in range(i + 1, min(len(name), i + longest) + 1)}
    hits = [w for w in inside & _not_words() if not _verb_in_name(name, w)]
    if hits and not _named_tail(stem, suffix, hits):
        return True
    if regex.search(r"[全各本该每此这那其某个等]\Z|[^\p{Han}]", stem):
        return True
    if suffix in ("镇", "乡", "街道", "村", "社区") and (_slogan(stem) or _org_in(stem)):
        return True
    return _generic_re().search(stem) is not None


def _slogan(stem: str) -> bool:
    """产业兴村, 人才强镇: a frequent noun and a verb of ``place_slogan_verbs.txt``.

    >>> _slogan("产业兴"), _slogan("党建强"), _slogan("振兴"), _slogan("大湾")
    (True, True, False, False)
    """
    from extract.places import _tokenizer

    if len(stem) < 3 or stem[-1] not in _slogan_verbs():
        return False
    tk = _tokenizer()
    tk.check_initialized()
    return tk.FREQ.get(stem[:-1], 0) >= 100


@functools.cache
def _slogan_verbs() -> frozenset[str]:
    return frozenset(load_list("place_slogan_verbs.txt"))


def _org_in(stem: str) -> bool:
    """A town or village stem never holds an organisation's head (人社局乡 in
    县人社局、花石乡政府; 农业农村局村).

    A sector word before 局/厅/委/办 (财政局, 教育局), an abbreviated body
    (``org_abbrev.tsv``: 人社局, 发改委) or a body's head (政府, 公司) is one; a
    name that merely ends in 局 is not (铜元局街道).

    >>> _org_in("人社局"), _org_in("财政局"), _org_in("花石"), _org_in("糖厂"), _org_in("铜元局")
    (True, True, False, False, False)
    """
    from extract.places import _tokenizer

    if regex.search(ORG_IN_STEM, stem) or any(a in stem for a in _org_abbrevs()):
        return True
    m = regex.search(r"(\p{Han}{2})[局厅委办]\Z", stem)
    if m is None:
        return False
    tk = _tokenizer()
    tk.check_initialized()
    return tk.FREQ.get(m.group(1), 0) >= 1000


@functools.cache
def _org_abbrevs() -> tuple[str, ...]:
    """Abbreviated bodies ending in a head character (人社局, 发改委, 网信办)."""
    rows = load_table("org_abbrev.tsv", required=("short", "full"))
    return tuple(r["short"] for r in rows if r["short"][-1] in "局厅委办部")


# Motion verbs that open a not-word before a unit word (进村, 驻乡, 进苏木).
MOTION_VERBS = "进到驻入下回返出在离归还赴"


def _verb_in_name(name: str, word: str) -> bool:
    """A motion-verb not-word (进村) inside a name whose verb jieba's dictionary
    reads into the word before it (前进|村): the name's own character,
    not a verb (送|岗|进|乡 stays a phrase).

    >>> _verb_in_name("前进村", "进村"), _verb_in_name("送岗进乡", "进乡"), _verb_in_name("背井离乡", "离乡")
    (True, False, False)
    """
    from extract.places import _tokenizer

    i = name.rfind(word)
    if word[0] not in MOTION_VERBS or i <= 0:
        return False
    pos, cuts = 0, set()
    for tok in _tokenizer().cut(name, HMM=False):  # dictionary words only
        pos += len(tok)
        cuts.add(pos)
    return i not in cuts and i + 1 in cuts


def _named_tail(stem: str, suffix: str, hits: list[str]) -> bool:
    """焕古镇, 周市镇, 东新村: one name character before a noun that is no name
    alone (古镇, 市镇, 新村), read by jieba as that character + the noun.

    >>> _named_tail("焕古", "镇", ["古镇"]), _named_tail("小山", "村", ["山村"])
    (True, False)
    """
    from extract.places import _tokenizer

    name = stem + suffix
    if len(hits) != 1 or hits[0] not in _tails() or name != stem[0] + hits[0]:
        return False
    return stem[0] not in MODIFIERS and list(_tokenizer().cut(name, HMM=False)) == [stem[0], hits[0]]


@functools.cache
def _tails() -> frozenset[str]:
    return frozenset(load_list("place_name_tails.txt"))


# Tags of jieba's dictionary that an ordinary word may modify (合作企业, 合作伙伴,
# 合作中): a noun or a locality word.
NOUN_TAGS = frozenset({"n", "nz", "ng", "nt", "f"})


@functools.cache
def _noun_hashes() -> array:
    """Sorted hashes of the nouns and locality words of jieba's dictionary
    (dict.txt, MIT), read once per process: about 1 MB where a word -> tag dict
    would hold 50 MB."""
    import os

    import jieba

    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    out = array("q")
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3 and parts[2] in NOUN_TAGS:
                out.append(hash(parts[0]))
    return array("q", sorted(out))


def is_noun(word: str) -> bool:
    """Whether jieba's dictionary tags ``word`` as a noun or a locality word.

    >>> is_noun("企业"), is_noun("举办"), is_noun("凤山镇食")
    (True, False, False)
    """
    import bisect

    table, h = _noun_hashes(), hash(word)
    i = bisect.bisect_left(table, h)
    return i < len(table) and table[i] == h


GARBLE_WINDOW = 8  # characters of the line on each side of a place that are checked
_HAN_ANY = regex.compile(r"[\u3400-\u9fff\U00010000-\U0010ffff\ufffd]")


def garbled(text: str, start: int, end: int) -> bool:
    """The place sits in mojibake (UTF-8 read as GBK, left unrepaired): 30% or more
    of the Chinese characters and replacement characters (U+FFFD) around it on its
    line are outside the common-character list (鍓𡺃溅闂村凡绛捐 holds no 溅闂村).
    One undecodable character beside a name is no mojibake.

    >>> garbled("杞﹂棿璐熻矗浜轰粙𬭼�鍓𡺃溅闂村凡绛捐�㈡湇瑁", 13, 16)
    True
    >>> garbled("婺源县人社局在江湾镇篁岭村举办民宿管家培训", 10, 13)
    False
    >>> garbled("近日，吉安市�人社局在井冈山举办培训", 3, 6)
    False
    """
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    hi = min(len(text) if le < 0 else le, end + GARBLE_WINDOW)
    window = text[max(ls, start - GARBLE_WINDOW):hi]
    han = _HAN_ANY.findall(window)
    rare = sum(ch not in common_chars() for ch in han)
    return len(han) >= 8 and (rare >= 0.3 * len(han) or _reads_as_utf8("".join(han)))


def _reads_as_utf8(han: str) -> bool:
    """The characters, written back in GB18030, are mostly valid UTF-8 Chinese: the
    signature of UTF-8 read as GBK (浜哄潎骞村 is 人均年收 garbled), which common
    characters alone (浜, 骞, 村) do not reveal. Real text almost never decodes so.

    >>> _reads_as_utf8("浜猴纴浜哄潎骞村"), _reads_as_utf8("江湾镇篁岭村举办民宿")
    (True, False)
    """
    raw = han.encode("gb18030", errors="ignore")
    decoded = raw.decode("utf-8", errors="replace")
    return len(_HAN_ANY.findall(decoded.replace("\ufffd", ""))) >= 0.3 * len(han)
