"""Document dates by guideline section 1."""
from __future__ import annotations

import datetime as dt

import pytest

from extract.docdate import document_date
from extract.normalize import normalize

D = dt.date
EXAMPLES = [
    # an issue date beside the issuer in the header
    ("遂宁市农民工工作领导小组办公室   2023年7月17日\n\n正文。2021年开展。", (D(2023, 7, 17), "day")),
    # an issue date line in the footer, Chinese numerals
    ("正文。2019年开展活动。\n\n遂宁市人力资源和社会保障局\n二〇二一年十二月二十一日", (D(2021, 12, 21), "day")),
    # a web page's publication stamp
    ("首页 > 工作动态\n标题\n发布时间：2022-03-15 来源：省人社厅\n正文。2020年开展。", (D(2022, 3, 15), "day")),
    # a news dateline without a year takes the body's year
    ("新华社成都5月8日电 2019年，四川省开展培训。", (D(2019, 5, 8), "day")),
    ("本报南宁9月2日讯（记者 李明）日前举行招聘会。", (None, None)),
    # the latest year of a reported occurrence
    ("2017年，雅安市开展技能培训。", (D(2017, 1, 1), "year")),
    ("2011年以来，截至2013年累计培训。2012年举办大赛。", (D(2012, 1, 1), "year")),
    ("计划到2025年，规模保持在76万人以上。2021年开展。", (D(2021, 1, 1), "year")),
    ("2024第二届“旌湖论剑”网络安全活动启动仪式举行", (D(2024, 1, 1), "year")),
    # 今年 with no year beside it establishes nothing
    ("今年，我市开展培训。", (None, None)),
    ("2019—2020年度工作计划", (None, None)),
]


@pytest.mark.parametrize("text, expected", EXAMPLES)
def test_document_date(text: str, expected: tuple) -> None:
    date, precision, _ = document_date(normalize(text).text)
    assert (date, precision) == expected


@pytest.mark.parametrize("name, expected", [
    ("000_f2603b34aed6320e.txt", (D(2021, 1, 1), "year")),
    ("001_01c02c6ddd31601f.txt", (D(2023, 7, 17), "day")),
    ("002_7f47214507696cc7.txt", (D(2021, 1, 1), "year")),
    ("003_a2d5733838057759.txt", (D(2024, 1, 1), "year")),
    ("004_e724c7f9a0258902.txt", (D(2017, 1, 1), "year")),
])
def test_seed_dates(seed_texts: dict[str, str], name: str, expected: tuple) -> None:
    date, precision, _ = document_date(normalize(seed_texts[name]).text)
    assert (date, precision) == expected


@pytest.mark.parametrize("text, expected", [
    # an unlabelled stamp line under a web page's headline, with time and source
    ("首页 > 新闻动态\n招聘会在吴江举行\n2023-02-08 16:30　来源：吴江日报　阅读：3568\n2月6日，招聘会举行。", D(2023, 2, 8)),
    ("标题\n2014年04月15日 09:12 来源：黑龙江日报\n正文。", D(2014, 4, 15)),
    # full-width digits and separators in a page's stamp
    ("标题\n来源：驻马店市人社局　发布日期：２０２５－０４－１８　字号：[大 中 小]\n正文。", D(2025, 4, 18)),
    ("标题\n发布时间：２０１９／０６／０３\n正文。", D(2019, 6, 3)),
    # a newspaper page header comes before the dateline and gives the date
    ("湖北日报　2022年8月15日　星期一　第5版　要闻\n\n标题\n\n本报武汉8月14日讯（记者 张文）正文。", D(2022, 8, 15)),
])
def test_header_stamp_lines(text: str, expected: dt.date) -> None:
    assert document_date(normalize(text).text)[:2] == (expected, "day")


def test_a_dated_sentence_in_the_header_is_not_a_stamp() -> None:
    assert document_date("2017年6月28日，全市推进会在仪陇县召开。")[:2] == (dt.date(2017, 1, 1), "year")


@pytest.mark.parametrize("text, expected", [
    # years that only a plan names are not the document's (guideline §1)
    ("2014年全年完成转移就业12.8万人。\n四、2015年工作打算\n2015年，力争新增转移3.5万人；计划于2015年3月举办培训。", D(2014, 1, 1)),
    ("2016年全市新增就业2万人。2017年全市将继续实施技能提升行动。", D(2016, 1, 1)),
    ("2018年开展培训5万人次。下一步，拟于2019年启动新项目。", D(2018, 1, 1)),
    # a headline reporting 去年's figure over the body's dated figure: one step of arithmetic
    ("人民网>>黑龙江频道\n\n齐齐哈尔：去年转移就业86.3万人\n\n人民网哈尔滨3月6日电 2024年，全市转移就业86.3万人。", D(2025, 3, 6)),
    ("去年全市新增城镇就业5.2万人\n\n2018年，全市新增城镇就业5.2万人，开展培训3万人次。", D(2019, 1, 1)),
    # ... but not a 去年 in the body, nor a headline figure the body does not date
    ("标题\n\n去年，全市转移就业86.3万人。2024年开展培训。", D(2024, 1, 1)),
])
def test_body_year_rules(text: str, expected: dt.date) -> None:
    assert document_date(normalize(text).text)[0] == expected
