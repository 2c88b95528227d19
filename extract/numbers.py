"""The one number parser: Arabic, Chinese and mixed numerals, percents, ranges.

Everything is computed with ``decimal.Decimal`` so that ``4.1万`` is exactly
41000 and ``1.57`` never becomes ``1.5699999999999998``. Parsing never raises:
text that is not a numeral gives ``None``.

Public functions:

- ``parse_decimal(text) -> Decimal | None``: one numeral, exactly.
- ``parse_range(text) -> (lo, hi) | None``: a numeral or a range of two
  (``2000-3000元``, ``两三千``, ``七八``, ``20至30人``); ``hi`` is ``None`` for a
  single number.
- ``parse_number(text) -> float | None``: the value (the lower end of a range).

Characters that only mark approximation inside a numeral (``余``, ``多``, ``几``,
``数``, ``上`` as in ``3万余``, ``十几``, ``数万``, ``上百``) are dropped by the
parser; the counts extractor reads them as ``approx``. A trailing unit
(``元``, ``人次``...) is ignored, so ``parse_number("4.1万人次")`` is 41000.
"""
from __future__ import annotations

import functools

import re
from decimal import Decimal, InvalidOperation
from typing import Optional

DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2,
    "三": 3, "叁": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6,
    "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS: dict[str, int] = {"万": 10_000, "亿": 100_000_000}
APPROX_MARKS = "余多几数上"
RANGE_SEPARATORS = "-－—–~～至到"

_CN_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS) + "点"
# one token: an Arabic number (thousands separators allowed) or one Chinese character
_TOKEN = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|[" + _CN_CHARS + r"]")
_CORE = re.compile(r"[\d,.%％" + _CN_CHARS + APPROX_MARKS + r"]+")


def parse_number(text: str) -> Optional[float]:
    """The value of a numeral, the lower end of a range, or None.

    >>> parse_number("1,382"), parse_number("4.1万人次"), parse_number("5.08亿元")
    (1382.0, 41000.0, 508000000.0)
    >>> parse_number("一百二十三"), parse_number("两千"), parse_number("一万二")
    (123.0, 2000.0, 12000.0)
    >>> parse_number("百分之九十"), parse_number("98%"), parse_number("2000元-3000元")
    (90.0, 98.0, 2000.0)
    >>> parse_number("四川省") is None, parse_number("七八位"), parse_number("至少100个人")
    (True, 7.0, 100.0)
    """
    rng = parse_range(text)
    return None if rng is None else float(rng[0])


def parse_range(text: str) -> Optional[tuple[Decimal, Optional[Decimal]]]:
    """``(lo, hi)`` of a numeral or a range; ``hi`` is None for one number.

    >>> parse_range("2000-3000元")
    (Decimal('2000'), Decimal('3000'))
    >>> parse_range("两三千元"), parse_range("七八位")
    ((Decimal('2000'), Decimal('3000')), (Decimal('7'), Decimal('8')))
    >>> parse_range("5-10万")
    (Decimal('50000'), Decimal('100000'))
    >>> parse_range("20至30人"), parse_range("76万")
    ((Decimal('20'), Decimal('30')), (Decimal('760000'), None))
    """
    try:
        return _parse_range(text)
    except (InvalidOperation, ValueError, OverflowError):
        return None


def _parse_range(text: str) -> Optional[tuple[Decimal, Optional[Decimal]]]:
    text = _strip_words(text.strip())
    if text is None:
        return None
    for sep in RANGE_SEPARATORS:
        if sep in text:
            left, _, right = text.partition(sep)
            lo_core, hi_core = _core(left), _core(right)
            if not lo_core or not hi_core:
                return None
            if hi_core[-1] in BIG_UNITS and lo_core[-1] not in BIG_UNITS:
                lo_core += hi_core[-1]          # 5-10万: the magnitude applies to both
            lo, hi = parse_decimal(lo_core), parse_decimal(hi_core)
            if lo is None or hi is None or lo >= hi:
                return None
            return lo, hi
    core = _core(text)
    if not core:
        return None
    pair = _chinese_pair(core)
    if pair is not None:
        return pair
    value = parse_decimal(core)
    return None if value is None else (value, None)


def _strip_words(text: str) -> Optional[str]:
    """Drop approximation cues and units around the numeral; None if other words remain.

    >>> _strip_words("至少100个人"), _strip_words("百分之九十"), _strip_words("四川省")
    ('100', '九十', None)
    """
    cues, firsts, units, cue_end = _cue_words()
    if text[:1] in firsts:
        for cue in cues + ("百分之",):
            if text.startswith(cue) and len(text) > len(cue) and _CORE.match(text[len(cue):]):
                text = text[len(cue):]
                break
    pieces = _RANGE_SPLIT.split(text)
    out = []
    for piece in pieces:
        m = _CORE.match(piece)
        rest = piece[m.end():] if m else piece
        e = cue_end.search(rest)
        if e:
            rest = rest[:e.start()]
        if rest and rest not in units and piece not in RANGE_SEPARATORS:
            return None
        out.append(piece[: m.end()] if m else piece)
    return "".join(out)


_RANGE_SPLIT = re.compile("([" + RANGE_SEPARATORS + "])")


@functools.cache
def _cue_words() -> tuple[tuple[str, ...], frozenset[str], frozenset[str], re.Pattern]:
    """(approximation cues, longest first; their first characters and 百分之's;
    unit words; the longest cue at a text's end)."""
    from extract.lexicon import load_table

    cues = sorted((r["cue"] for r in load_table("count_approx.tsv")), key=len, reverse=True)
    cue_end = re.compile("(?:" + "|".join(re.escape(c) for c in cues) + r")\Z")
    units = frozenset(r["unit"] for r in load_table("count_units.tsv"))
    return tuple(cues), frozenset(c[0] for c in cues) | {"百"}, units, cue_end


def _core(text: str) -> str:
    """The numeral at the start of ``text``, units and approx marks dropped.

    >>> _core("3万余人次"), _core("十几个"), _core("98%以上")
    ('3万', '十', '98')
    """
    m = _CORE.match(text.strip())
    if not m:
        return ""
    core = m.group()
    return "".join(ch for ch in core if ch not in APPROX_MARKS + "%％").rstrip(",.")


def _chinese_pair(core: str) -> Optional[tuple[Decimal, Decimal]]:
    """A Chinese approximate range written as two adjacent digits (两三千, 十七八).

    >>> _chinese_pair("两三千"), _chinese_pair("三四十"), _chinese_pair("二〇二一")
    ((Decimal('2000'), Decimal('3000')), (Decimal('30'), Decimal('40')), None)
    >>> _chinese_pair("一两"), _chinese_pair("一点五七")
    ((Decimal('1'), Decimal('2')), None)
    """
    m = re.search(r"(?<![" + "".join(DIGITS) + r"])([一二两三四五六七八九])([二两三四五六七八九])(?![" + "".join(DIGITS) + r"])", core)
    if not m or "点" in core:
        return None
    a, b = DIGITS[m.group(1)], DIGITS[m.group(2)]
    if not 1 <= b - a <= 2:
        return None
    lo = parse_decimal(core[:m.start()] + m.group(1) + core[m.end():])
    hi = parse_decimal(core[:m.start()] + m.group(2) + core[m.end():])
    if lo is None or hi is None or lo >= hi:
        return None
    return lo, hi


def parse_decimal(text: str) -> Optional[Decimal]:
    """One numeral (no range), exactly, or None.

    >>> parse_decimal("三万五"), parse_decimal("十亿3000万"), parse_decimal("13万2")
    (Decimal('35000'), Decimal('1030000000'), Decimal('132000'))
    >>> parse_decimal("一点五七"), parse_decimal("二〇二一"), parse_decimal("一百零二")
    (Decimal('1.57'), Decimal('2021'), Decimal('102'))
    >>> parse_decimal("十万"), parse_decimal("4.1万"), parse_decimal("万"), parse_decimal("一5")
    (Decimal('100000'), Decimal('41000'), Decimal('10000'), None)
    """
    text = text.replace(",", "")
    tokens = _TOKEN.findall(text)
    if not tokens or "".join(tokens) != text:
        return None
    if "点" in tokens:
        return _with_point(tokens)
    if all(t in DIGITS for t in tokens) and len(tokens) > 1:
        return Decimal("".join(str(DIGITS[t]) for t in tokens))  # 二〇二一
    return _fold(tokens)


def _with_point(tokens: list[str]) -> Optional[Decimal]:
    """一点五七 -> 1.57; 一点五万 -> 15000."""
    i = tokens.index("点")
    whole = _fold(tokens[:i]) if i else Decimal(0)
    rest = tokens[i + 1:]
    mag = Decimal(1)
    while rest and rest[-1] in BIG_UNITS:
        mag *= BIG_UNITS[rest.pop()]
    if whole is None or not rest or any(t not in DIGITS for t in rest):
        return None
    frac = Decimal("0." + "".join(str(DIGITS[t]) for t in rest))
    return (whole + frac) * mag


def _fold(tokens: list[str]) -> Optional[Decimal]:
    """Fold digit and magnitude tokens into one value (the classic section walk)."""
    total, section = Decimal(0), Decimal(0)
    current: Optional[Decimal] = None
    last_unit: Optional[int] = None     # magnitude just passed, for 三万五 / 一百二
    seen_digit = False
    for t in tokens:
        if t in DIGITS or t[0].isdigit():
            if current is not None:
                return None          # two digits in a row: 一5, 3一
            current = Decimal(DIGITS[t]) if t in DIGITS else Decimal(t)
            seen_digit = True
            if t in ("零", "〇", "○"):
                last_unit, current = None, None
        elif t in SMALL_UNITS:
            section += (current if current is not None else Decimal(1)) * SMALL_UNITS[t]
            current, last_unit, seen_digit = None, SMALL_UNITS[t], True
        elif t in BIG_UNITS:
            if not seen_digit and section == 0 and total == 0:
                section, seen_digit = Decimal(1), True     # bare 万 in 数万, 上万, 近万
            sec = section + (current or 0)
            total = (total + sec) * BIG_UNITS[t] if t == "亿" else total + sec * BIG_UNITS[t]
            section, current, last_unit = Decimal(0), None, BIG_UNITS[t]
        else:
            return None
    if not seen_digit:
        return None
    if current is not None and last_unit and current < 10 and current == current.to_integral():
        current *= Decimal(last_unit) / 10   # 三万五 = 35000, 一百二 = 120, 13万2 = 132000
    return _tidy(total + section + (current or 0))


def _tidy(value: Decimal) -> Decimal:
    """Drop a zero fraction: Decimal('41000.0') -> Decimal('41000')."""
    return value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize()
