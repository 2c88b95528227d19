"""The context words of ``data/event_cues.tsv`` (guideline section 3), loaded
once as one longest-first alternation per kind, and the three ways the event
modules ask about them: does a kind start, end or occur in a text.

>>> starts_with("lead", "于2021年"), ends_with("lead", "市人社局于"), contains_cue("state", "共计3场")
(True, True, True)
"""
from __future__ import annotations

import functools
import re

from extract.lexicon import alternation, load_table


@functools.cache
def context_cues() -> dict[str, "re.Pattern[str]"]:
    """One longest-first alternation per cue kind of ``event_cues.tsv``."""
    rows = load_table("event_cues.tsv", required=("cue", "kind"))
    kinds: dict[str, list[str]] = {}
    for r in rows:
        kinds.setdefault(r["kind"], []).append(r["cue"])
    return {k: re.compile(alternation(v)) for k, v in kinds.items()}


def contains_cue(kind: str, text: str) -> bool:
    return context_cues()[kind].search(text) is not None


def starts_with(kind: str, text: str, pos: int = 0) -> bool:
    return context_cues()[kind].match(text, pos) is not None


def ends_with(kind: str, text: str) -> bool:
    return any(text.endswith(m.group()) for m in context_cues()[kind].finditer(text[-6:]))
