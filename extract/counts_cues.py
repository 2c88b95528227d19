"""Cue lookup for the count categories (guideline §2): where the cues of
``data/count_categories.tsv`` stand in a stretch of text.

A cue row gives a word, the category it points to, its scope (``noun``: the
thing counted; ``clause``: the verb or topic governing it; ``outcome``: a
predicate after a person count) and, optionally, the units it suits. ``find``
returns the usable cues of one scope, longest first at each place, as offsets
into the text; ``head``, ``first`` and ``last`` pick one category from them.
The rules that use them are in ``extract.counts_category``.
"""
from __future__ import annotations

import functools
from typing import Optional

import ahocorasick
import regex

from extract.lexicon import load_table

MASK = "-"          # a clause-scope compound that holds a clause word but governs nothing


@functools.cache
def cues(scope: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(cue, category, units) of every row of ``scope``, longest cue first."""
    rows = load_table("count_categories.tsv", ("cue", "category", "scope", "units"))
    out = [(r["cue"], r["category"], frozenset(u for u in r["units"].split(",") if u and u != "-"))
           for r in rows if r["scope"] == scope]
    return tuple(sorted(out, key=lambda t: -len(t[0])))


@functools.cache
def _cue_automaton(scope: str) -> ahocorasick.Automaton:
    """Every cue of ``scope`` mapped to its rows' places in ``cues(scope)``."""
    rows: dict[str, list[int]] = {}
    for k, (cue, _, _) in enumerate(cues(scope)):
        rows.setdefault(cue, []).append(k)
    auto = ahocorasick.Automaton()
    for cue, ks in rows.items():
        auto.add_word(cue, (cue, tuple(ks)))
    if rows:
        auto.make_automaton()
    return auto


def find(text: str, scope: str, unit: str, allowed: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, category) of every usable cue in ``text``, longest at each place.

    One Aho–Corasick pass finds the cues present; they are then tried in
    ``cues`` order (longest first), each cue's occurrences left to right
    without overlapping one another, as repeated ``str.find`` would.

    >>> find("比赛项目", "noun", "个", frozenset({"projects", "other"}))
    [(2, 4, 'projects')]
    """
    starts: dict[str, list[int]] = {}
    order: list[int] = []
    auto = _cue_automaton(scope)
    for end, (cue, ks) in (auto.iter(text) if len(auto) else ()):
        if cue not in starts:
            starts[cue] = []
            order.extend(ks)
        starts[cue].append(end - len(cue) + 1)
    found: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    rows = cues(scope)
    for k in sorted(order):
        cue, cat, units = rows[k]
        if (cat not in allowed and cat != MASK) or (units and unit not in units):
            continue
        nxt = 0
        for i in starts[cue]:
            if i < nxt:
                continue       # str.find resumes after the previous occurrence
            end = nxt = i + len(cue)
            if not (scope == "noun" and len(cue) == 1 and not _whole_noun(text, i)) \
                    and not taken.intersection(range(i, end)):
                found.append((i, end, cat))
                taken.update(range(i, end))
    return sorted(f for f in found if f[2] != MASK)


_HAN = regex.compile(r"\p{Han}")
_ADVERBS = "同共均各都也已正全还又"   # 16个市同步举办: an adverb ends the noun


def _whole_noun(text: str, i: int) -> bool:
    """A one-character noun (村, 组, 站) counts only standing alone next to the number:
    4个村, 村4个 — not 20位村民, not 脱贫人口就业石柱县."""
    alone_after = i == 0 and (not _HAN.match(text[1:2]) or text[1:2] in _ADVERBS)
    alone_before = i == len(text) - 1 and not _HAN.match(text[i - 1:i] if i else "")
    return alone_after or alone_before


def head(found: list[tuple[int, int, str]]) -> Optional[str]:
    """The head of the noun compound right after the unit: the last of a run of
    adjacent cues (54个比赛项目 -> 项目).

    >>> head([(0, 2, "other"), (2, 4, "projects"), (6, 8, "awards")])
    'projects'
    """
    if not found:
        return None
    end, cat = found[0][1], found[0][2]
    for s, e, k in found[1:]:
        if s != end:
            break
        end, cat = e, k
    return cat


def first(found: list[tuple[int, int, str]]) -> Optional[str]:
    """The category of the first cue found."""
    return found[0][2] if found else None


def last(found: list[tuple[int, int, str]]) -> Optional[str]:
    """The category of the cue that ends last."""
    return max(found, key=lambda f: f[1])[2] if found else None
