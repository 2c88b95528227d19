"""Organisations found by their context rather than by a head word (guideline section 5).

Three finders, each a pure function of the text returning half-open spans:

- ``media_sources``: websites and papers named as a source, a byline, a
  dateline, a masthead or an entry of a link list (来源：XX网, 友情链接：中国政府网…);
  a source's channel stays with it (人民网-内蒙古频道);
- ``firm_lists``: firms listed before 等 and a class noun (创办A、B等经济实体);
- ``xpcc_units``: the Xinjiang Production and Construction Corps and its divisions
  and regiments (新疆生产建设兵团第四师, 第七师一二三团, 农八师), which carry no
  head word a leftward walk could start from.
"""
from __future__ import annotations

import functools
import re

CN_NUM = "一二三四五六七八九十百〇零"
# a regiment's number and 团, not a word that goes on (团结, 团队, 团委, 团员)
REGIMENT = rf"[{CN_NUM}]{{2,4}}团(?!结|队|委|员|体|伙|聚|圆|购|拜|建|的|长|场)"
# a unit of the Corps: the Corps written in full, or a division with the Corps
# before it or a regiment after it (a bare 第四师 is no name), or 农八师
XPCC_UNIT = rf"""
    (?:(?:新疆)?生产建设)?兵团                          # the Corps
    (?:(?:第|农)[一二三四五六七八九十]{{1,3}}师           # its division
       (?:{REGIMENT})?)?                                # its regiment
  | (?:第|农)[一二三四五六七八九十]{{1,3}}师{REGIMENT}     # a division with its regiment
  | 农[一二三四五六七八九十]{{1,3}}师                       # the old form: 农八师
"""


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        # a website or paper named as a source or byline: 来源：XX网, XX网记者, （XX网）
        "media_source": re.compile(r"""
            (?:(?:来源|稿源|转自|转载自|信息来源|文章来源)[:：]?\s*       # a source label
               (?P<a>[\u4e00-\u9fff]{2,12}?(?:网|社|日报|晚报|报|电视台|客户端)
                  (?:[-－—]{1,2}[\u4e00-\u9fff]{2,10}?(?:频道|分站|站|版))?)  # its channel: -内蒙古频道
               (?![\u4e00-\u9fff])
             | (?:友情链接|相关链接|网站链接|政府网站|链接)[:：]\s*          # a link list's label
               (?P<f>[\u4e00-\u9fff]{2,10}?网)                              # its first entry: 中国政府网
               (?!站|络|址|页|点|格)
             | (?<![\u4e00-\u9fff])据?(?P<b>[\u4e00-\u9fff]{2,10}?(?:网|社|日报|晚报))
               (?=记者|讯|消息|报道|通讯员)                               # before a byline word
             | [（(](?:(?:据|来源[:：]?|转自|摘自)                          # （据云南网）, （据新华社）
                      (?P<g>[\u4e00-\u9fff]{2,10}?(?:网|社|日报|晚报|报|电视台))
                    | (?P<c>[\u4e00-\u9fff]{2,10}网))[)）]                  # （XX网）
             | ^(?P<e>[\u4e00-\u9fff]{2,8}(?<![简通快专汇公情申举上填预海画年月周])报)  # a paper's masthead
               (?=\s*(?:\d{4}年\d{1,2}月\d{1,2}日[^\n]{0,20}?(?:星期|第\s*\d+\s*版)   # 城口报 2021年4月16日 星期五
                      |第\s*\d+\s*版))                                     # XX报 第2版
             | (?<![\u4e00-\u9fff])据?(?!本报|本刊|本台|本网)            # a dateline, not 本报
               (?P<d>[\u4e00-\u9fff]{2,8}?(?:网|社|日报|晚报))            # 中新网 in 中新网济南
               [\u4e00-\u9fff]{2,8}\s*                                   # the place: 济南
               (?:\d{1,2}|[一二三四五六七八九十]{1,3})月                     # 3月5日电
               (?:\d{1,2}|[一二三四五六七八九十]{1,3})日\s*[电讯])
            """, re.VERBOSE | re.MULTILINE),
        # firms listed before 等 and a class noun: 创办浩石模块、绿山微湖等经济实体
        "firm_list": re.compile(r"""
            (?:创办|引进|培育|打造|扶持|孵化|包括|如|成立|组建|吸引|带动|涌现出?)
            (?P<items>[\u4e00-\u9fff]{2,10}(?:、[\u4e00-\u9fff]{2,10})+)   # X、Y
            等(?:[\d一二三四五六七八九十百千万余多]+[家个])?                  # 等 (N家)
            (?:经济实体|龙头企业|企业|公司|合作社|市场主体)                  # the class
            """, re.VERBOSE),
        "xpcc": re.compile(XPCC_UNIT, re.VERBOSE),
    }


def media_sources(text: str) -> list[tuple[int, int]]:
    """Websites and papers named as a source, in a byline or in a link list.

    >>> t = "来源：遂宁日报 。甘肃日报、每日甘肃网记者报道（中国就业网）"
    >>> [t[s:e] for s, e in media_sources(t)]
    ['遂宁日报', '每日甘肃网', '中国就业网']
    >>> t = "大众网济南3月5日电 记者从省人社厅获悉。本报北京3月5日讯\\n据齐鲁晚报青岛3月6日讯"
    >>> [t[s:e] for s, e in media_sources(t)]
    ['大众网', '齐鲁晚报']
    >>> t = "就业2.6万人。（据云南网）（据新华社）"
    >>> [t[s:e] for s, e in media_sources(t)]
    ['云南网', '新华社']
    >>> t = "来源：人民网-内蒙古频道\\n友情链接：中国政府网山西省人民政府"
    >>> [t[s:e] for s, e in media_sources(t)]
    ['人民网-内蒙古频道', '中国政府网']
    """
    out = []
    for m in _patterns()["media_source"].finditer(text):
        group = next(g for g in ("a", "f", "b", "c", "g", "d", "e") if m.group(g))
        out.append((m.start(group), m.end(group)))
    return out


def firm_lists(text: str) -> list[tuple[int, int]]:
    """Firms named in a list before 等 and a class noun.

    >>> t = "创办浩石模块、绿山微湖等经济实体1382个"
    >>> [t[s:e] for s, e in firm_lists(t)]
    ['浩石模块', '绿山微湖']
    """
    out = []
    for m in _patterns()["firm_list"].finditer(text):
        pos = m.start("items")
        for item in m.group("items").split("、"):
            out.append((pos, pos + len(item)))
            pos += len(item) + 1
    return out


def xpcc_units(text: str) -> list[tuple[int, int]]:
    """Units of the Xinjiang Production and Construction Corps named alone.

    >>> t = "新疆生产建设兵团第四师与伊犁州签约，第七师一二三团、农八师和兵团第三师参加；第四师各团场"
    >>> [t[s:e] for s, e in xpcc_units(t)]
    ['新疆生产建设兵团第四师', '第七师一二三团', '农八师', '兵团第三师']
    """
    out = []
    for m in _patterns()["xpcc"].finditer(text):
        if m.group() != "兵团":  # a bare 兵团 (志愿者兵团) is no name
            out.append((m.start(), m.end()))
    return out


@functools.cache
def xpcc_end() -> re.Pattern[str]:
    """A Corps unit ending where a search stops: a place-like qualifier inside a
    body's name (兵团第四师人社局, 第七师一二三团劳动保障所).

    >>> t = "兵团第四师人社局"; xpcc_end().search(t, 0, 5).group()
    '兵团第四师'
    """
    return re.compile(rf"(?:{XPCC_UNIT})$", re.VERBOSE)
