"""Example tables for extract.numbers: surface forms grouped under one value."""
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from extract.numbers import parse_decimal, parse_number, parse_range

VALUES = {
    1382: ["1,382", "1382"],
    123: ["一百二十三", "壹佰贰拾叁"],
    2000: ["两千", "二千", "2千"],
    12000: ["一万二", "1.2万", "一万二千"],
    100000: ["十万", "10万"],
    35000: ["三万五", "3.5万", "三万五千"],
    41000: ["4.1万", "4.1万人次"],
    508000000: ["5.08亿", "5.08亿元"],
    32000: ["3.2万", "3.2万余人"],
    1030000000: ["十亿3000万"],
    132000: ["13万2"],
    90: ["百分之九十", "90%", "九十"],
    1.57: ["百分之一点五七", "1.57%", "一点五七"],
    98: ["98%", "98%以上"],
    102: ["一百零二"],
    0: ["零", "〇"],
    100: ["至少100个人", "上百元"],
    10000: ["数万人", "上万户"],
    10: ["十几个", "几十个"],
}


@pytest.mark.parametrize("text,value", [(t, v) for v, ts in VALUES.items() for t in ts])
def test_value(text, value):
    assert parse_number(text) == pytest.approx(value, abs=0)


def test_exact_decimal():
    assert parse_decimal("1.57") == Decimal("1.57")
    assert parse_decimal("0.1") + parse_decimal("0.2") == Decimal("0.3")


RANGES = {
    (2000, 3000): ["2000元-3000元", "2000-3000元", "两三千元", "2000至3000元", "2000～3000元"],
    (2, 3): ["两三个", "二三"],
    (7, 8): ["七八位"],
    (20, 30): ["20至30人", "20到30人", "二三十人"],
    (1, 2): ["一两个"],
    (50000, 100000): ["5-10万元", "5万-10万元"],
    (17, 18): ["十七八"],
}


@pytest.mark.parametrize("text,lohi", [(t, v) for v, ts in RANGES.items() for t in ts])
def test_range(text, lohi):
    lo, hi = parse_range(text)
    assert (float(lo), float(hi)) == lohi
    assert parse_number(text) == lohi[0]


NOT_NUMBERS = ["四川省", "万达", "", "abc", "第", "元", "3000-2000元", "一5", "统一"]


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_not_a_number(text):
    assert parse_number(text) is None


@given(st.text(max_size=30))
def test_never_raises(text):
    parse_number(text)
    parse_range(text)
