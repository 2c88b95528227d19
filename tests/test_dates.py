"""Example tables for ``extract.dates``: surface forms grouped under one value.

"Now" is pinned: REF is the document date every relative form resolves against.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from extract.dates import find_dates, parse_date

D = dt.date
REF = D(2021, 6, 15)

# (expected (start, end, precision), surface forms) -- ref = REF at day precision
EXAMPLES = [
    ((D(2023, 7, 17), D(2023, 7, 17), "day"),
     ["2023年7月17日", "2023年07月17日", "二〇二三年七月十七日", "2023.7.17", "2023/07/17",
      "2023-07-17", "2023年7月17号", "2023 年 7 月 17 日"]),
    ((D(2021, 12, 21), D(2021, 12, 21), "day"),
     ["12月21日", "十二月二十一日", "二〇二一年十二月二十一日", "2021.12.21", "今年12月21日"]),
    ((D(2021, 1, 1), D(2021, 12, 31), "year"), ["2021年", "二〇二一年", "今年", "本年"]),
    ((D(2020, 1, 1), D(2020, 12, 31), "year"), ["去年", "2020年"]),
    ((D(2019, 1, 1), D(2019, 12, 31), "year"), ["前年"]),
    ((D(2022, 1, 1), D(2022, 12, 31), "year"), ["明年"]),
    ((D(2021, 12, 1), D(2021, 12, 31), "month"), ["12月", "十二月", "12月份", "今年12月", "年底", "今年底", "12月底", "12月初"]),
    ((D(2021, 7, 1), D(2021, 7, 31), "month"), ["今年7月", "7月", "2021年7月"]),
    ((D(2021, 5, 1), D(2021, 5, 31), "month"), ["上月", "上个月"]),
    ((D(2021, 6, 1), D(2021, 6, 30), "month"), ["本月"]),
    ((D(2021, 6, 15), D(2021, 6, 15), "day"), ["今天", "近日", "日前", "近期", "目前", "前不久", "不久前"]),
    ((D(2021, 6, 14), D(2021, 6, 14), "day"), ["昨天", "昨日"]),
    ((D(2021, 6, 13), D(2021, 6, 13), "day"), ["前天", "前日"]),
    ((D(2021, 6, 15), D(2021, 6, 15), "day"), ["今日"]),
    ((D(2021, 5, 8), D(2021, 5, 8), "day"), ["上月8日", "上个月8号", "上月8号"]),
    ((D(2021, 6, 16), D(2021, 6, 17), "day"), ["本月16日至17日", "本月16日-17日", "本月16—17日"]),
    ((D(2021, 7, 3), D(2021, 7, 3), "day"), ["下月3日", "下个月3号"]),
    ((D(2020, 12, 1), D(2020, 12, 31), "month"), ["去年底", "去年末", "2020年底", "2020年12月"]),
    ((D(2021, 1, 1), D(2021, 1, 31), "month"), ["年初", "今年初", "2021年初", "1月", "当年初"]),
    ((D(2021, 12, 1), D(2021, 12, 31), "month"), ["当年底", "当年末"]),   # 当年: the year passed in
    ((D(2021, 12, 10), D(2021, 12, 11), "day"),
     ["12月10日-11日", "12月10日—11日", "12月10日–11日", "12月10日～11日", "12月10日~11日",
      "12月10日至11日", "12月10日到11日", "12月10-11日", "12月10日至12月11日"]),
    ((D(2021, 7, 4), D(2021, 7, 7), "day"), ["7月4-7日", "7月4日-7日", "今年7月4—7日"]),
    ((D(2021, 7, 13), D(2021, 7, 15), "day"), ["7月13日—15日", "今年7月13日—15日", "2021年7月13日至15日"]),
    ((D(2021, 12, 30), D(2022, 1, 2), "day"), ["12月30日至1月2日", "12月30日-2022年1月2日"]),
    ((D(2021, 7, 21), D(2021, 7, 31), "day"), ["7月下旬"]),
    ((D(2021, 7, 1), D(2021, 7, 10), "day"), ["7月上旬"]),
    ((D(2021, 7, 11), D(2021, 7, 20), "day"), ["7月中旬"]),
    ((D(2024, 1, 1), D(2024, 3, 31), "month"), ["2024年1月到3月", "2024年1-3月", "2024年1月至2024年3月"]),
    ((D(2021, 1, 1), D(2021, 6, 30), "month"), ["上半年", "今年上半年", "2021年上半年"]),
    ((D(2021, 7, 1), D(2021, 12, 31), "month"), ["下半年"]),
    ((D(2019, 1, 1), D(2021, 12, 31), "year"), ["2019-2021年", "2019年至2021年"]),
]


@pytest.mark.parametrize("expected,form", [(e, f) for e, forms in EXAMPLES for f in forms])
def test_parse(expected, form):
    assert parse_date(form, REF, "day") == expected


# Relative words against a year-precision document date resolve to that year;
# words that need a day decline.
YEAR_REF = [
    ("近日", (D(2024, 1, 1), D(2024, 12, 31), "year")),
    ("目前", (D(2024, 1, 1), D(2024, 12, 31), "year")),
    ("5月6日", (D(2024, 5, 6), D(2024, 5, 6), "day")),
    ("今天", None),
    ("上月", None),
    ("上月8日", None),
    ("前日", None),
]


@pytest.mark.parametrize("form,expected", YEAR_REF)
def test_year_precision_ref(form, expected):
    assert parse_date(form, D(2024, 1, 1), "year") == expected


# Without a reference, only expressions with their own year resolve.
NO_REF = ["12月", "12月21日", "今年", "去年底", "近日", "昨天", "7月4-7日", "上月", "年底", "本月16日至17日", "前日"]


@pytest.mark.parametrize("form", NO_REF)
def test_no_ref_declines(form):
    assert parse_date(form) is None


# Strings that hold no date expression at all.
NEGATIVE = ["移动4/5G", "(20)湛仲字第2号", "最近一次年报", "是一个十一点的事", "帮扶我市1820人",
            "2000元-3000元", "两个多月", "6个月以上", "第三届", "每月", "2021遂潼大赛",
            "76.9万人", "3万元/个", "2月30日", "13月", "近年来", "每学期", "38岁",
            "今日头条", "每日"]


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text):
    assert find_dates(text) == [] or all(parse_date(d.text, REF) is None for d in find_dates(text))


# Finding: the expression spans found in running text (longest wins).
FIND = [
    ("12月21日，遂宁市召开会议", ["12月21日"]),
    ("今年7月13日—15日，活动在黔江举行", ["今年7月13日—15日"]),
    ("2022年以来，累计兑付", ["2022年"]),
    ("将于12月29日在晚会上表演", ["12月29日"]),
    ("5月31日前完成", ["5月31日"]),
    ("2019年成立，当年底投产", ["2019年", "当年底"]),
    ("当年就实现盈利，每年底结算", []),
    ("发布时间：2022-03-15 10:23", ["2022-03-15"]),
    ("新华社成都5月8日电", ["5月8日"]),
]


@pytest.mark.parametrize("text,spans", FIND)
def test_find(text, spans):
    found = find_dates(text)
    assert [d.text for d in found] == spans
    assert all(text[d.start:d.end] == d.text for d in found)


@settings(max_examples=300, deadline=None)
@given(st.text(), st.one_of(st.none(), st.dates()), st.sampled_from([None, "day", "month", "year"]))
def test_parse_never_raises(text, ref, prec):
    r = parse_date(text, ref, prec)
    assert r is None or (r[0] <= r[1] and r[2] in ("day", "month", "year"))


_DATEISH = st.text(alphabet="0123456789年月日号至到-—~今去明上下旬初底半〇一二三十", max_size=14)


@settings(max_examples=500, deadline=None)
@given(_DATEISH, st.one_of(st.none(), st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31))),
       st.sampled_from([None, "day", "month", "year"]))
def test_dateish_never_reversed(text, ref, prec):
    r = parse_date(text, ref, prec)
    assert r is None or r[0] <= r[1]
    for d in find_dates(text):
        assert text[d.start:d.end] == d.text
