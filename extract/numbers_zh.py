"""Tiny helpers for Chinese digit strings used in dates (二〇二一, 十二, 二十一)."""
from __future__ import annotations

from typing import Optional

DIGITS = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
          "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def zh_digits_to_int(s: str) -> Optional[int]:
    """Read digit-by-digit years and small numbers up to 99.

    >>> [zh_digits_to_int(x) for x in ("二〇二一", "十二", "二十一", "十", "九")]
    [2021, 12, 21, 10, 9]
    """
    if not s:
        return None
    if "十" not in s:
        if all(c in DIGITS for c in s):
            return int("".join(str(DIGITS[c]) for c in s))
        return None
    head, _, tail = s.partition("十")
    if (head and head not in DIGITS) or (tail and tail not in DIGITS) or len(s) > 3:
        return None
    return (DIGITS[head] if head else 1) * 10 + (DIGITS[tail] if tail else 0)
