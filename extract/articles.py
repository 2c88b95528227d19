"""Splitting a document into articles (guideline section 6).

Three rules, tried in order; the first that finds titles wins:

- ``article.md_heading``: markdown headings of 8 or more characters are titles
  (shorter ones are section heads inside an article);
- ``article.toc``: a table of contents (lines led by ★, ●, ...) names the titles,
  which open the paragraphs they head;
- ``article.heading_block``: one or two short lines without closing punctuation,
  followed (past bylines and stamps) by a body paragraph.

Text outside titled articles becomes untitled items, cut after closing
attributions such as ``（市就业局）``.
"""
from __future__ import annotations

import functools
import re
from typing import Optional, Sequence

from extract.context import ArticleSpan
from extract.lexicon import load_list
from extract.normalize import is_mojibake_line

Line = tuple[int, int, str]  # start, end, text
TOC_MARK = "★●◆■▲☆◇○•"
_ATTRIBUTION = re.compile(r"^[（(][^（）()]{1,30}[）)]$|[（(][^（）()\n]{1,24}(?:通讯员|供稿|记者|中心|局|办|委|厅)[）)]$")
# Lines between a headline and its body that are neither: stamps, bylines, page
# headers, issue numbers, document numbers.
_META = re.compile(r"""
    发布时间|发布日期|来源[:：]|作者[:：]|编辑[:：]|浏览|点击[数量率]|阅读[:：]|字号|打印|分享到
  | ^(?:□|通讯员|记者|本报记者|文/|图/)
  | ^\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?
  | 第\d+版|星期[一二三四五六日天]|第\d+期
  | ^\S{0,12}[〔\[［]\d{4}[〕\]］]\d+号$
  | \S\s*[>＞»]\s*\S.*[>＞»]|^首页|当前位置|[|｜].*[|｜]          # breadcrumbs, menus
  | 相关链接|主办单位|承办单位|网站标识码|ICP备|公网安备|版权所有|技术支持|联系电话|邮编
  | \d{4}年\d{1,2}月\d{1,2}日(?:[（(][^（）()]{1,12}[）)])?$             # an issuer's line with its date
  | [〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日  # …办公室二〇一四年四月十日
    (?:[（(][^（）()]{1,12}[）)])?$                                  # …（此件公开发布）
  | ^[－\-—–]\s*\d{1,4}\s*[－\-—–]$|^第\d{1,4}页                        # page numbers
  | ^原标题[:：]                                                      # a repeated original headline
  | ^[^，。：:]{2,40}文件(?:\S{0,12}[〔\[［(（]\d{4}[〕\]］)）]\s*第?\d+号)?$  # 阜阳市…局文件 阜人社秘〔2018〕12号
  | 点击(?:上方|下方|蓝字|关注)|关注我们$|长按(?:识别)?二维码|阅读原文|^原创\S{0,20}$  # WeChat chrome
  | ^(?:阅读|在看|点赞|分享|收藏)\d                                   # WeChat counters: 阅读2156
""", re.VERBOSE)
# The name of a periodical with its issue number (上饶人社工作动态（2022年第9期）): a
# bulletin's or newsletter's masthead, never an article's title.
_ISSUE = re.compile(r"""[（(]?(?:\d{4}年)?总?第\d+期[）)]?$    # …工作动态（2022年第9期）, 简报第18期
                        | [（(]?\d{4}年\d{1,2}期[）)]?$         # …简报2022年9期""", re.VERBOSE)
# The issuer standing above a bulletin's title (海东市人力资源和社会保障局): not a kicker.
_ISSUER = re.compile(r"""^([^，。：:]{2,40}(?:局|厅|委员会|办公室|人民政府|政府|中心|协会|联合会))
                        (?:新闻发布稿|新闻稿|发布稿|简报|快报|专报|通讯|工作动态|动态|信息)?$""", re.VERBOSE)
_SERIES = re.compile(r"^[^|｜]{1,10}[|｜]")  # a series label before a separator: 巫溪看变化|
_ACT = re.compile(r"召开|举办|举行|开展|启动|印发|发布|推进|助力|实施|签署|签订|组织|成立|表彰")
_SECTION = re.compile(r"^[一二三四五六七八九十]{1,3}、[^，。；]{1,20}$")  # 一、申请对象


def _is_meta(t: str) -> bool:
    s = _squeeze(t)
    return len(s) <= 80 and "。" not in s and _META.search(s) is not None
_TAG = re.compile(r"^【[^】\n]{1,12}】")  # a column tag: 【工作动态】
_NOT_TITLE_START = re.compile(r"^(?:[（(]?[一二三四五六七八九十\d]+[、.．）)]|原标题|联系人|联系方式|电话[:：]|地址[:：]|邮箱[:：]|传真[:：]|呈送|抄送|印发|主送|发[:：]|报[:：]|送[:：]|首页|当前位置|上一篇|下一篇|附件|相关新闻|相关阅读)")
# a sentence opening with its date and a comma (4月，县政府印发…; 3月5日，…): a body line
_DATED_CLAUSE = re.compile(r"""^(?:\d{4}年|[〇零一二三四五六七八九]{4}年)[，,]   # 2021年，全市计划…
                             | ^(?:\d{4}年|[〇零一二三四五六七八九]{4}年)?
                               (?:\d{1,2}|[一二三四五六七八九十]{1,3})月
                               (?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)?
                               (?:[上中下]旬|初|底|中)?[，,]""", re.VERBOSE)
MAX_KICKER = 30  # characters of a kicker line above a headline
_PAIRS = ("《》", "（）", "()", "“”")  # brackets a title closes on its own lines


# a headline closing on a count: …车间37个, …达63家, …1860人
_CLOSING_COUNT = re.compile(r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千两]+)[万亿]?[余多]?"
                            r"(?:人次|个|人|名|家|元|户|项|场|次|所|期|条|笔|岗)$")
MIN_HEADLINE = 8  # characters of a headline that may carry a subtitle line


@functools.cache
def _closing_words() -> tuple[str, ...]:
    return load_list("article_closing_words.txt")


def is_subtitle(headline: str, line: str) -> bool:
    """A line below a complete headline, no longer than it, is its subtitle
    (guideline section 6: not part of the title); a headline cut mid-phrase
    (…助力乡村振兴暨 / 后评估工作推进会议) or a short kicker above a longer
    headline (津天协作再结硕果 / 首批368名务工人员乘专列赴津) is no such headline.

    >>> is_subtitle("全州新增就业扶贫车间37个", "吸纳贫困劳动力1860人")
    True
    >>> is_subtitle("大理州第三届“金花杯”扎染技能大赛落幕", "86名选手比拼“指尖上的非遗”")
    True
    >>> is_subtitle("全市人社系统召开巩固脱贫成果助力乡村振兴暨", "后评估工作推进会议")
    False
    >>> is_subtitle("津天协作再结硕果", "首批368名务工人员乘专列赴津")
    False
    """
    h, s = _squeeze(headline), _squeeze(line)
    if len(h) < MIN_HEADLINE or len(s) > len(h):
        return False
    return bool(_CLOSING_COUNT.search(h)) or h.endswith(_closing_words())


@functools.cache
def _column_headings() -> frozenset[str]:
    return frozenset(load_list("column_headings.txt"))


def _lines(text: str) -> list[Line]:
    return [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]+", text)]


def _squeeze(s: str) -> str:
    return re.sub(r"\s+", "", s)


def is_column_heading(line: str) -> bool:
    """A label over untitled items rather than a title.

    >>> is_column_heading("工作简讯："), is_column_heading("我市召开会议")
    (True, False)
    """
    squeezed = _squeeze(line)
    if re.fullmatch(r"【[^】]{1,12}】[：:]?", squeezed):
        return True  # a bracketed tag standing alone: 【区域协作】
    if re.fullmatch(r"[^，。]{0,6}(?:简讯|动态|快讯|短讯|要闻|传真|集锦|速递|播报|资讯)[：:]?", squeezed):
        return True  # 市县简讯, 基层动态, 县区快讯
    return squeezed.strip("：:【】[]") in _column_headings()


def split_articles(text: str, headings: Sequence[tuple[int, int, int]] = ()) -> list[ArticleSpan]:
    """Articles of ``text`` in order; ``headings`` are markdown headings found
    by normalization as (start, end, level)."""
    lines = _lines(text)
    titles = (_md_titles(text, headings) or _toc_titles(text, lines)
              or _block_titles(lines))
    return _assemble(text, lines, titles)


def _md_titles(text: str, headings: Sequence[tuple[int, int, int]]) -> list[tuple[int, int, str]]:
    return [(s, e, "article.md_heading") for s, e, _ in _join_kickers(text, headings)
            if len(_squeeze(text[s:e])) >= 8 and not is_column_heading(text[s:e])
            and not _ISSUE.search(_squeeze(text[s:e]))]


def _is_kicker(text: str, h: tuple[int, int, int], nxt: tuple[int, int, int]) -> bool:
    """A smaller heading right above a larger one is its kicker (an <h3> over the <h1>):
    not a column label, a masthead or a page's chrome."""
    s, e, level = h
    line = _squeeze(text[s:e])
    return (level > nxt[2] and not text[e:nxt[0]].strip() and 2 <= len(line) <= MAX_KICKER
            and not is_column_heading(line) and not _ISSUE.search(line) and not _is_meta(line)
            and line[-1] not in "：:。")


def _join_kickers(text: str, headings: Sequence[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Headings with each kicker joined to the headline below it (guideline section 6).

    >>> t = "京蒙协作结硕果\\n\\n赤峰翁牛特旗：订单班让牧民端上技能饭碗\\n\\n正文"
    >>> [t[s:e] for s, e, _ in _join_kickers(t, [(0, 7, 3), (9, 28, 1)])]
    ['京蒙协作结硕果\\n\\n赤峰翁牛特旗：订单班让牧民端上技能饭碗']
    >>> t = "工作动态\\n\\n我市召开就业工作推进会议"
    >>> [t[s:e] for s, e, _ in _join_kickers(t, [(0, 4, 3), (6, 18, 2)])]
    ['工作动态', '我市召开就业工作推进会议']
    """
    out: list[tuple[int, int, int, bool]] = []  # a heading, and whether it may still take one
    for h in sorted(headings):
        if out and out[-1][3] and _is_kicker(text, out[-1][:3], h):
            out[-1] = (out[-1][0], h[1], h[2], False)
        else:
            out.append((*h, True))
    return [(s, e, level) for s, e, level, _ in out]


def _toc_titles(text: str, lines: list[Line]) -> list[tuple[int, int, str]]:
    entries = [_squeeze(t.lstrip(TOC_MARK)) for _, _, t in lines[:40] if t[:1] in TOC_MARK]
    entries = [e for e in entries if len(e) >= 4 and not is_column_heading(e)]
    if len(entries) < 2:
        return []
    out = []
    for s, _, t in lines:
        if t[:1] in TOC_MARK:
            continue
        for e in entries:
            end = _prefix_end(t, e)
            if end is not None:
                out.append((s, s + end, "article.toc"))
                break
    return out


def _prefix_end(line: str, squeezed: str) -> Optional[int]:
    """Offset in ``line`` after a prefix equal to ``squeezed`` ignoring whitespace."""
    k = 0
    for i, ch in enumerate(line):
        if ch.isspace():
            continue
        if k < len(squeezed) and ch == squeezed[k]:
            k += 1
            if k == len(squeezed):
                return i + 1
        else:
            return None
    return None


def _is_salutation(t: str) -> bool:
    """市政府： / 各省、自治区、直辖市人力资源社会保障厅（局）： above a notice's body."""
    s = _squeeze(t)
    return len(s) <= 40 and s[-1:] in "：:" and "。" not in s


def _is_issuer(t: str) -> bool:
    """The issuer's name standing alone on a line.

    >>> _is_issuer("海东市人力资源和社会保障局"), _is_issuer("我市召开就业工作推进会")
    (True, False)
    """
    s = _squeeze(t)
    m = _ISSUER.match(s)
    return bool(m) and not _ACT.search(s[:m.end(1)] if m.lastindex else s)


def _is_heading_line(t: str) -> bool:
    if is_mojibake_line(t):
        return False
    s = _squeeze(_SERIES.sub("", _TAG.sub("", t.strip())))
    return (2 <= len(s) <= 50 and "。" not in s and not s.startswith("—") and s[-1] not in "；;：:，,、…"
            and not _ATTRIBUTION.search(s)
            and not _is_meta(s) and not _NOT_TITLE_START.match(s) and not _DATED_CLAUSE.match(s)
            and not is_column_heading(s))


def _balanced(s: str) -> bool:
    """A title closes the brackets it opens; a line cut inside 《…》 is a broken
    sentence (县政府印发《…方案（2018—2020年） with 》，明确了… on the next line).

    >>> _balanced("我市印发《就业方案》"), _balanced("县政府印发《浠水县行动方案（2018—2020年）")
    (True, False)
    """
    return all(s.count(a) == s.count(b) for a, b in _PAIRS)


def _is_body(t: str) -> bool:
    s = _squeeze(t)
    return len(s) >= 40 or (len(s) >= 8 and s[-1] in "。！？!?”")


def _block_titles(lines: list[Line]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(lines):
        if not _is_heading_line(lines[i][2]):
            i += 1
            continue
        official = i + 1 < len(lines) and _squeeze(lines[i + 1][2]).startswith("关于")
        if _is_issuer(lines[i][2]) and not official and i + 1 < len(lines) \
                and _is_heading_line(lines[i + 1][2]):
            i += 1  # the issuer above a bulletin's title is not its kicker
            continue
        j = i + 1
        if j < len(lines) and (official or _is_heading_line(lines[j][2]) and not lines[j][2].startswith("—")
                               and not _is_issuer(lines[j][2])):
            j += 1  # an official title (issuer / 关于…), a title over two lines, a kicker
        k = j
        while k < len(lines) and (_is_meta(lines[k][2]) or lines[k][2].startswith("—")
                                  or _is_salutation(lines[k][2]) or _SECTION.match(lines[k][2])
                                  or _is_issuer(lines[k][2])):
            k += 1
        if j == i + 1 and _is_issuer(lines[i][2]):
            i += 1  # an issuer alone (a footer's signature) is not a title
            continue
        if not _balanced("".join(t for _, _, t in lines[i:j])):
            i += 1
            continue
        if k < len(lines) and _is_body(lines[k][2]) and not _is_heading_line(lines[k][2]):
            first = lines[i][2]
            skip = (_TAG.match(first) or _SERIES.match(first))
            last = i if j == i + 2 and not official and is_subtitle(first, lines[i + 1][2]) else j - 1
            out.append((lines[i][0] + (skip.end() if skip else 0), lines[last][1], "article.heading_block"))
            i = k
        else:
            i += 1
    return out


def _assemble(text: str, lines: list[Line], titles: list[tuple[int, int, str]]) -> list[ArticleSpan]:
    arts: list[ArticleSpan] = []
    titles = sorted(titles)
    first = titles[0][0] if titles else len(text)
    arts.extend(_untitled(text, lines, 0, first))
    for n, (ts, te, rule) in enumerate(titles):
        end = titles[n + 1][0] if n + 1 < len(titles) else len(text)
        body_start = te
        while body_start < end and text[body_start] in " \n。":
            body_start += 1
        body_end = end
        while body_end > body_start and text[body_end - 1].isspace():
            body_end -= 1
        arts.append(ArticleSpan(_squeeze(text[ts:te]), body_start, body_end, ts, te, rule))
    return arts


def _untitled(text: str, lines: list[Line], lo: int, hi: int) -> list[ArticleSpan]:
    """Untitled items between ``lo`` and ``hi``, cut after closing attributions."""
    out, start = [], None
    for s, e, t in lines:
        if s < lo or e > hi or is_column_heading(t):
            continue
        start = s if start is None else start
        if re.search(r"[（(][^（）()]{1,20}[）)]$", t):
            out.append(ArticleSpan("", start, e, rule="article.untitled"))
            start = None
    if start is not None:
        last_end = max(e for s, e, _ in lines if lo <= s and e <= hi)
        out.append(ArticleSpan("", start, last_end, rule="article.untitled"))
    return out
