"""One validating loader for every vocabulary file in ``extract/data``.

A vocabulary file is UTF-8 text. Lines starting with ``#`` are its header (say
where the data came from) or comments; blank lines are skipped. A plain list has
one entry a line; a table has tab-separated columns whose names are given by
the first non-comment line. Every problem in a file is reported at once.

Files are read once per process (``functools.cache``); nothing is read at import.
"""
from __future__ import annotations

import functools
from importlib import resources
from typing import Sequence


class LexiconError(ValueError):
    """A vocabulary file is malformed; the message lists every problem."""


def _lines(name: str) -> list[tuple[int, str]]:
    raw = resources.files("extract.data").joinpath(name).read_text(encoding="utf-8")
    out = []
    for no, line in enumerate(raw.splitlines(), 1):
        line = line.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append((no, line))
    return out


@functools.cache
def load_list(name: str) -> tuple[str, ...]:
    """Entries of a one-column list, in file order, duplicates rejected."""
    problems, seen, out = [], set(), []
    for no, line in _lines(name):
        entry = line.strip()
        if "\t" in entry:
            problems.append(f"{name}:{no}: tab in a one-column list: {entry!r}")
        elif entry in seen:
            problems.append(f"{name}:{no}: duplicate entry {entry!r}")
        seen.add(entry)
        out.append(entry)
    if problems:
        raise LexiconError("[L001] " + "; ".join(problems))
    return tuple(out)


@functools.cache
def load_table(name: str, required: Sequence[str] = ()) -> tuple[dict[str, str], ...]:
    """Rows of a tab-separated table as dicts keyed by the header's names."""
    rows = _lines(name)
    if not rows:
        raise LexiconError(f"[L002] {name}: no header line")
    header = rows[0][1].split("\t")
    problems = [f"{name}: missing column {c!r}" for c in required if c not in header]
    out = []
    for no, line in rows[1:]:
        cells = line.split("\t")
        if len(cells) != len(header):
            problems.append(f"{name}:{no}: {len(cells)} cells, header has {len(header)}")
            continue
        out.append(dict(zip(header, cells)))
    if problems:
        raise LexiconError("[L003] " + "; ".join(problems))
    return tuple(out)


def alternation(words: Sequence[str]) -> str:
    """A regex matching any of ``words``, preferring the longest, each escaped.

    Built as a trie (shared prefixes factored out), so that a large vocabulary
    costs one branch per character rather than one try per word; at a given
    start it matches what a longest-first alternation would.

    >>> alternation(["人", "人次", "名"])
    '(?:人(?:次)?|名)'
    >>> import re
    >>> re.match(alternation(["遂宁", "遂宁市", "遂"]), "遂宁市人社局").group()
    '遂宁市'
    """
    trie: dict = {}
    for w in set(words):
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _render(trie)


def _render(node: dict) -> str:
    import re

    branches = [re.escape(ch) + _render(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if "" in node else body
