"""Normalization: raw decoded text -> the text every offset points into.

Steps run in a fixed order; each one that changes the text is named in the
result's ``steps`` (written to ``documents.normalizations``). Suspicious content
that is left in place is reported in ``warnings``.
"""
from __future__ import annotations

import functools
import re
import statistics
import unicodedata
from dataclasses import dataclass, field

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Characters that end a sentence or a clause that may stand at a line's end.
TERMINAL = "。！？!?；;：:…”’」』）)】"


@dataclass
class Normalized:
    text: str
    steps: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    headings: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, level)


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    tone = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
    syllable = rf"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[aeiouv{tone}]+(?:ng|n|r)?"
    return {
        # 動(dòng): a reading in ASCII or full-width brackets right after a CJK char
        "pinyin": re.compile(rf"""
            (?<=[{CJK}])                # after a Chinese character
            (?:[(（]|\?(?=[a-z{tone}]*[{tone}]))  # opening bracket (or a '?' left by a broken conversion)
            (?=[a-z{tone}]*[{tone}]     # a tone mark somewhere, or ...
               |{syllable}[)）])          # ... one plain pinyin syllable
            [a-z{tone}]{{1,7}}           # the reading itself
            [)）]                        # closing bracket
        """, re.VERBOSE),
        "bookmark": re.compile(r"\[bookmark:[^\]\n]*\]|\[(?:TOC|PAGE|ref)[^\]\n]*\]"),
        "tags": re.compile(r"</?(?:br|p|div|span|b|i|strong|em|font)\b[^>\n]{0,200}>", re.I),
        "md_heading": re.compile(r"^[ \t\u3000]*(#{1,6})[ \t]+"),
        "md_bold": re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"),
        # spaces between a CJK character and a digit (either order)
        "cjk_digit_space": re.compile(rf"(?<=[{CJK}])[ \t\u3000\u00a0]+(?=[0-9])|(?<=[0-9.%])[ \t\u3000\u00a0]+(?=[{CJK}])"),
        # runs of tabs or several spaces between CJK characters or CJK punctuation
        "cjk_gap": re.compile(rf"(?<=[{CJK}、，。：；])(?:[ \u3000\u00a0]*\t[ \t\u3000\u00a0]*|[ \u3000\u00a0]{{2,}})(?=[{CJK}])"),
        "mojibake": re.compile(rf"\ufffd|\?;[{CJK}]|[{CJK}]\?\?"),
        "controls": re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff\ud800-\udfff]"),
    }


@functools.cache
def _t2s():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("t2s")


def normalize(raw: str) -> Normalized:
    """Run every normalization step over ``raw``.

    >>> normalize("市州動(dòng)態(tài)，今年 ７ 月 13 日（市就业局）(1)").text
    '市州动态，今年7月13日（市就业局）(1)'
    """
    result = Normalized(raw)
    steps: list[tuple[str, object]] = [
        ("controls_removed", _remove_controls), ("mojibake_repaired", _repair_mojibake),
        ("pinyin_removed", _remove_pinyin),
        ("markup_removed", _remove_markup), ("traditional_to_simplified", _to_simplified),
        ("fullwidth_to_ascii", _fullwidth), ("page_breaks_removed", _remove_page_breaks),
        ("lines_joined", _join_lines),
        ("cjk_digit_spaces_removed", _cjk_spaces),
    ]
    for name, fn in steps:
        new = fn(result.text)  # type: ignore[operator]
        if new != result.text:
            result.steps.append(name)
            result.text = new
    _layout(result)
    result.warnings.extend(_mojibake(result.text))
    return result


def _remove_controls(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _patterns()["controls"].sub("", text)


def _remove_pinyin(text: str) -> str:
    return _patterns()["pinyin"].sub("", text)


def _remove_markup(text: str) -> str:
    p = _patterns()
    text = p["bookmark"].sub("", text)
    text = p["tags"].sub("", text)
    return p["md_bold"].sub(r"\1", text)


def _to_simplified(text: str) -> str:
    if text.isascii():
        return text
    return str(_t2s().convert(text))


def _fullwidth(text: str) -> str:
    """Full-width digits, letters and ％ made ASCII (other punctuation stays)."""
    def fold(m: re.Match[str]) -> str:
        return unicodedata.normalize("NFKC", m.group())
    text = re.sub(r"[０-９Ａ-Ｚａ-ｚ％]", fold, text)
    return re.sub(r"(?<=[0-9])．(?=[0-9])", ".", text)


def _cjk_spaces(text: str) -> str:
    p = _patterns()
    return p["cjk_gap"].sub("", p["cjk_digit_space"].sub("", text))


@functools.cache
def common_chars() -> frozenset[str]:
    """The common-character list (mojibake is told by the share of rare characters)."""
    from extract.lexicon import load_list

    return frozenset("".join(load_list("common_chars.txt")))


def is_mojibake_line(line: str) -> bool:
    """A line of ten or more Chinese characters of which 30% or more are rare:
    text decoded with the wrong codec (UTF-8 read as GBK gives 涓诲姙鍗曚綅).

    >>> is_mojibake_line("涓诲姙鍗曚綅锛氭捣鍗楃渷浜哄姏璧勬簮"), is_mojibake_line("怒江傈僳族自治州人社局开展培训")
    (True, False)
    """
    cjk = _MOJIBAKE_CHARS.findall(line)   # a regex, not a Python loop per character
    if len(cjk) < 10:
        return False
    rare = len(cjk) - sum(map(common_chars().__contains__, cjk))
    return rare / len(cjk) >= 0.3


_MOJIBAKE_CHARS = re.compile("[\u3400-\u9fff\U00010000-\U0010ffff]")


def _rare_share(text: str) -> tuple[int, float]:
    cjk = _MOJIBAKE_CHARS.findall(text)
    if not cjk:
        return 0, 0.0
    return len(cjk), (len(cjk) - sum(map(common_chars().__contains__, cjk))) / len(cjk)


def _rare_in(text: str) -> frozenset[str]:
    """The Chinese characters of ``text`` outside the common-character list (one
    pass over the distinct characters: most documents have few or none)."""
    return frozenset(ch for ch in set(text).difference(common_chars())
                     if "\u3400" <= ch <= "\u9fff" or ch >= "\U00010000")


_MOJIBAKE_RUN = re.compile("[^\\s\ufffd>|｜]{4,}")


def _repair_mojibake(text: str) -> str:
    """Undo UTF-8 text that was read as GBK and saved again (主办单位 shown as
    涓诲姙鍗曚綅): a run of rare characters whose GB18030 bytes are valid UTF-8
    made of common characters is replaced by that reading. Runs that do not
    decode strictly stay as they are (and are flagged as warnings).

    >>> _repair_mojibake("涓诲姙鍗曚綅锛氭捣鍗楃渷浜哄姏璧勬簮鍜岀ぞ浼氫繚闅滃巺")
    '主办单位：海南省人力资源和社会保障厅'
    >>> _repair_mojibake("沐川縣幸福鄉共和村開展活動")  # real traditional text is left alone
    '沐川縣幸福鄉共和村開展活動'
    """
    rare = _rare_in(text)
    if not rare:
        return text                      # no rare character at all: nothing garbled

    def fix(m: re.Match[str]) -> str:
        run = m.group()
        if rare.isdisjoint(run):
            return run
        n, share = _rare_share(run)
        if n < 4 or share < 0.3:
            return run
        try:
            fixed = run.encode("gb18030").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return run
        n2, share2 = _rare_share(fixed)
        return fixed if n2 and share2 < 0.1 else run
    return _MOJIBAKE_RUN.sub(fix, text)


def _mojibake(text: str) -> list[str]:
    found = [f"suspected mojibake at {m.start()}: {text[max(0, m.start() - 3):m.end() + 3]!r}"
             for m in _patterns()["mojibake"].finditer(text)]
    pos = 0
    rare = _rare_in(text)
    for line in text.split("\n"):
        if rare and not rare.isdisjoint(line) and is_mojibake_line(line):
            found.append(f"suspected mojibake line at {pos}: {line[:20]!r}")
        pos += len(line) + 1
    return found[:20]


_SPACES = re.compile(r"\s+")


def _content_len(line: str) -> int:
    return len(_SPACES.sub("", line))


_PAGE_NUMBER = re.compile(r"[ \t\u3000]*(?:[—－\-–·•]+[ \t\u3000]*)?(?:第[ \t\u3000]*)?\d{1,3}"
                          r"[ \t\u3000]*页?[ \t\u3000]*(?:[—－\-–·•]+)?[ \t\u3000]*")
_PAGE_BREAK = re.compile(rf"(?<=[^\n{TERMINAL}])\n(?:[ \t\u3000]*\n)*(?:{_PAGE_NUMBER.pattern})\n(?:[ \t\u3000]*\n)*(?=[{CJK}0-9])")


def _remove_page_breaks(text: str) -> str:
    """A page number on a line of its own that cuts a sentence (…扶贫车 / — 1 — /
    间216个) is dropped with the blank lines around it, so the sentence can be
    joined; page numbers between paragraphs stay.

    >>> _remove_page_breaks("（二）车间建设加快推进。全年新建就业扶贫车\\n\\n— 1 —\\n\\n间216个。\\n- 2 -\\n下段")
    '（二）车间建设加快推进。全年新建就业扶贫车间216个。\\n- 2 -\\n下段'
    >>> _remove_page_breaks("二、主要做法\\n— 3 —\\n全年新建车间。")
    '二、主要做法\\n全年新建车间。'
    """
    def cut(m: re.Match[str]) -> str:
        start = text.rfind("\n", 0, m.start()) + 1
        return "" if _content_len(text[start:m.start()]) >= 15 else "\n"  # a long line runs on
    return _PAGE_BREAK.sub(cut, text)


def _ends_open(line: str) -> bool:
    """True when a line ends where a sentence cannot (after ，、 or a connector)."""
    s = line.rstrip()
    return bool(s) and s[-1] in "，,、—-（(“‘《"


def _is_hard_wrapped(lens: list[int], lines: list[str]) -> bool:
    """A PDF/column conversion: many short lines that mostly end mid-sentence."""
    filled = [(n, ln) for n, ln in zip(lens, lines) if n]
    if len(filled) < 10:
        return False
    open_share = sum(1 for _, ln in filled if ln.rstrip()[-1] not in TERMINAL) / len(filled)
    widths = sorted(n for n, _ in filled)
    width = widths[int(len(widths) * 0.75)]  # the column width: most lines run to it
    # a column's lines share one width; headlines over long paragraphs do not
    near = sum(1 for n in widths if 0.8 * width <= n <= 1.1 * width) / len(widths)
    return width <= 45 and near >= 0.4 and open_share >= 0.5


def _join_lines(text: str) -> str:
    """Join line breaks that fall inside a sentence; keep paragraph and heading breaks.

    Linear in the text: a paragraph being joined is kept as a list of parts
    (joining by string concatenation was quadratic).

    >>> _join_lines("一个句子被分在了\\n两行里，每行八个\\n字。\\n" * 4)[:20]
    '一个句子被分在了两行里，每行八个字。\\n一'
    """
    lines = text.split("\n")
    widths = [_content_len(ln) for ln in lines]  # as laid out, before any joining
    wrapped = _is_hard_wrapped(widths, lines)
    nonblank = [i for i, n in enumerate(widths) if n]
    nxt_of = dict(zip(nonblank, nonblank[1:]))
    out: list[str] = []
    para: list[str] = []
    for i, line in enumerate(lines):
        para.append(line.lstrip() if para else line)
        j = nxt_of.get(i)
        if widths[i] and j is not None and (_joins(line.rstrip(), lines[j].lstrip(), widths, i, j, wrapped)
                                            or _runs_on(line.rstrip(), lines[j].lstrip(), j - i, len(para) > 1)):
            para[-1] = para[-1].rstrip()
            continue
        if widths[i] or not para[:-1]:
            out.append("".join(para))
            para = []
        else:
            para.pop()  # a blank line inside a paragraph being joined
    if para:
        out.append("".join(para))
    return "\n".join(out)


_NUMBER_CUT = re.compile(r"[0-9][0-9.]*[ \t\u3000]*[万亿千百]?$")
_UNIT_NEXT = re.compile(r"(?:[万亿]?(?:人次|人|名|个|元|家|户|项|场|次|件|条|所|批|期|笔|位|辆|亩|吨|台|套)|%|[，、。；])")


_RUNNING = re.compile(rf"[{CJK}0-9]$")
_RUNNING_NEXT = re.compile(rf"[{CJK}0-9]")


def _runs_on(line: str, nxt: str, gap: int, continuing: bool) -> bool:
    """A paragraph line cut at an arbitrary point in a text that is not wrapped as a
    whole (a newspaper page pasted line by line): a long line of running text (it
    holds a comma) or the continuation of one, ending in a word, before a line that
    goes on with a word. Headlines (short, no comma) and list items stay apart.

    >>> _runs_on("州人社局相关负责人表示，下半年，全州将力争新增扶贫车间50个以上，确保年底前", "每个贫困村至少有1个", 1, False)
    True
    >>> _runs_on("川渝携手，共促就业", "今年以来，两地……", 1, False), _runs_on("扶贫车间或扶贫", "工厂。", 1, True)
    (False, True)
    """
    if gap != 1 or not _RUNNING.search(line) or not _RUNNING_NEXT.match(nxt):
        return False
    if re.match(r"[（(]?[一二三四五六七八九十0-9]+(?:[、）)]|[.．](?![0-9]))", nxt):
        return False
    return continuing or (_content_len(line) >= 25 and ("，" in line or "," in line))


def _joins(line: str, nxt: str, widths: list[int], i: int, j: int, wrapped: bool) -> bool:
    if nxt[:1] in "#★●■◆▲□☆" or re.match(r"[（(]?[一二三四五六七八九十0-9]+(?:[、）)]|[.．](?![0-9]))", nxt):
        return False
    if _ends_open(line):
        return True
    if line[-1] in TERMINAL:
        return False
    if j == i + 1 and _NUMBER_CUT.search(line) and _UNIT_NEXT.match(nxt):
        return True  # a number cut from its unit: 76.9万 / 人
    if j > i + 1:  # a blank line between: join only a long paragraph line cut mid-word
        return (widths[i] >= 40 and bool(re.search(rf"[{CJK}]$", line))
                and bool(re.search(r"[，,。；]", line))  # a paragraph, not a long headline
                and not line.endswith("摄")  # a photo caption's credit ends it
                and bool(re.match(rf"[{CJK}，、。”）)]", nxt)))
    if not wrapped:
        return False
    window = [n for n in widths[max(0, i - 3): i + 4] if n]
    return widths[i] >= max(6, 0.75 * statistics.median(window))


def _layout(result: Normalized) -> None:
    """Strip line edges, drop markdown heading marks (remembering the headings)
    and collapse runs of blank lines; the last step, so heading offsets hold."""
    md = _patterns()["md_heading"]
    out: list[str] = []
    pos = 0
    blank = True  # drop leading blank lines
    changed: set[str] = set()
    for raw in result.text.split("\n"):
        line = raw.strip(" \t\u3000\u00a0")
        m = md.match(line)
        level = 0
        if m:
            level = len(m.group(1))
            line = line[m.end():]
            changed.add("markdown_headings_removed")
        if line != raw and not m:
            changed.add("whitespace_trimmed")
        if not line:
            if not blank:
                out.append("")
                pos += 1
            else:
                changed.add("blank_lines_collapsed")
            blank = True
            continue
        if level:
            result.headings.append((pos, pos + len(line), level))
        out.append(line)
        pos += len(line) + 1
        blank = False
    while out and not out[-1]:
        out.pop()
    text = "\n".join(out)
    if text != result.text:
        result.steps.extend(sorted(changed) or ["layout"])
    result.text = text
