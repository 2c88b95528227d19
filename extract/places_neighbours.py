"""Support from other places for short forms that need it (guideline §4).

A county's short form (潼南, 缙云) or a short form that is an ordinary word
(合作, 安居) names no place alone; ``by_neighbours`` accepts it beside another
place: a parent written just before it (重庆黔江), a list neighbour across
、/和/与/及 (铜梁、合川、大足), or — for a short form that is no ordinary word — a
city written in full elsewhere in the document that contains it (缙云烧饼 in a
page that names 丽水市).
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from extract import gazetteer as gz
from extract.lexicon import load_list

if TYPE_CHECKING:
    from extract.places import Cand

ROUNDS = 3  # list neighbours accepted in turn: 铜梁、合川、大足 needs two rounds


@functools.cache
def weak_shorts() -> frozenset[str]:
    """Short forms that are ordinary words (place_weak_shorts.txt).

    >>> "合作" in weak_shorts(), "缙云" in weak_shorts()
    (True, False)
    """
    return frozenset(load_list("place_weak_shorts.txt"))


class Spans:
    """Candidates indexed by their start and end offsets."""

    def __init__(self, cands: list[Cand]) -> None:
        self._by_end: dict[int, list[Cand]] = {}
        self._by_start: dict[int, list[Cand]] = {}
        for c in cands:
            self.add(c)

    def add(self, c: Cand) -> None:
        self._by_end.setdefault(c.end, []).append(c)
        self._by_start.setdefault(c.start, []).append(c)

    def ending(self, offset: int) -> list[Cand]:
        return self._by_end.get(offset, [])

    def starting(self, offset: int) -> list[Cand]:
        return self._by_start.get(offset, [])

    def ends(self) -> set[int]:
        return set(self._by_end)

    def starts(self) -> set[int]:
        return set(self._by_start)


def by_neighbours(text: str, accepted: list[Cand], pending: list[Cand]) -> list[Cand]:
    """The pending short forms that another place supports, each with its rule."""
    if not pending:
        return []
    out: list[Cand] = []
    taken: set[int] = set()
    pend_ends = {c.end for c in pending}
    pend_starts = {c.start for c in pending}
    placed = Spans(accepted)
    for _ in range(ROUNDS):
        ends, starts = placed.ends() | pend_ends, placed.starts() | pend_starts
        found = []
        for c in pending:
            if id(c) in taken:
                continue
            if _under_parent(c, placed.ending(c.start)):
                c.rule = "place.<parent><short>"
            elif _listed(text, c, ends, starts):
                c.rule = "place.<list of places>"
            else:
                continue
            found.append(c)
            taken.add(id(c))
        if not found:
            break                          # a round that adds nothing ends the search
        out += found
        for c in found:                    # seen by the next round, not this one
            placed.add(c)
    cities = _named_cities(accepted)
    out += [c for c in pending if id(c) not in taken and _in_named_city(c, cities)]
    return out


def _under_parent(c: Cand, before: list[Cand]) -> bool:
    """A place written just before the short form (``before``: the places ending
    where it starts) contains one of its divisions (重庆黔江) or, for a short form
    that is no ordinary word, lies in the same province (遂宁绵竹); not
    织金县|惠民服饰 (惠民县 is in Shandong, and 惠民 an ordinary word)."""
    weak = c.form in weak_shorts()
    return any(d is not u and (
        gz.is_within(d, u) or (not weak and d.province == u.province))
        for p in before for u in p.divisions for d in c.divisions)


def _listed(text: str, c: Cand, ends: set[int], starts: set[int]) -> bool:
    left = c.start - 1 in ends and text[c.start - 1] in "、和与及"
    right = c.end + 1 in starts and text[c.end:c.end + 1] in ("、", "和", "与", "及")
    return left or right


def _named_cities(accepted: list[Cand]) -> list[gz.Division]:
    """Cities the document writes in full (丽水市, 遂宁市)."""
    return [c.divisions[0] for c in accepted
            if not c.short and len(c.divisions) == 1 and c.divisions[0].level == "city"]


def _in_named_city(c: Cand, cities: list[gz.Division]) -> bool:
    """A short form that is no ordinary word and names a county of a city written
    in full in the document: 缙云 (缙云县) in a page naming 丽水市. The rule is
    written on the candidate."""
    if c.form in weak_shorts() or not any(
            gz.is_within(d, u) and d is not u for d in c.divisions for u in cities):
        return False
    c.rule = "place.<short in the document's city>"
    return True
