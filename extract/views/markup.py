"""Text with spans as HTML: nested elements, crossing spans split into fragments.

Spans that nest become nested elements; a span that crosses the end of an
enclosing one is closed there and reopened after it, its pieces sharing one
``data-rec`` id (the first piece carries the element ``id``; later pieces the
class ``cont``). Every character of the text is written exactly once, escaped.

>>> render("ab cd", [Span("x", 0, 5, "span", "a"), Span("y", 3, 5, "mark", "b")])
'<span class="a" data-rec="x" id="x">ab <mark class="b" data-rec="y" id="y">cd</mark></span>'
>>> render("abcd", [Span("x", 0, 3, "mark", "a"), Span("y", 2, 4, "mark", "b")])
'<mark class="a" data-rec="x" id="x">ab<mark class="b" data-rec="y" id="y">c</mark></mark><mark class="b cont" data-rec="y">d</mark>'
>>> render("<&>", [])
'&lt;&amp;&gt;'
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Iterable


@dataclass(frozen=True)
class Span:
    """One element to lay over ``text[start:end]``."""

    rid: str
    start: int
    end: int
    tag: str
    classes: str
    title: str = ""
    rank: int = 0
    attrs: tuple[tuple[str, str], ...] = field(default=())


def _open(span: Span, cont: bool) -> str:
    classes = f"{span.classes} cont" if cont else span.classes
    parts = [f'<{span.tag} class="{html.escape(classes)}" data-rec="{html.escape(span.rid)}"']
    if not cont:
        parts.append(f' id="{html.escape(span.rid)}"')
    if span.title:
        parts.append(f' title="{html.escape(span.title)}"')
    parts.extend(f' {k}="{html.escape(v)}"' for k, v in span.attrs)
    return "".join(parts) + ">"


def valid_spans(text: str, spans: Iterable[Span]) -> tuple[list[Span], list[Span]]:
    """Spans that fit the text (non-empty, inside it) and those that do not."""
    good: list[Span] = []
    bad: list[Span] = []
    for s in spans:
        (good if 0 <= s.start < s.end <= len(text) else bad).append(s)
    return good, bad


def render(text: str, spans: Iterable[Span]) -> str:
    """``text`` as escaped HTML with every valid span wrapped in its element."""
    good, _ = valid_spans(text, spans)
    opens: dict[int, list[Span]] = {}
    for s in sorted(good, key=lambda s: (s.start, -s.end, s.rank)):
        opens.setdefault(s.start, []).append(s)
    bounds = sorted({0, len(text)} | {s.start for s in good} | {s.end for s in good})
    out: list[str] = []
    stack: list[Span] = []
    prev = 0
    for pos in bounds:
        out.append(html.escape(text[prev:pos], quote=False))
        prev = pos
        ending = [i for i, s in enumerate(stack) if s.end == pos]
        if ending:
            low = min(ending)
            reopen = [s for s in stack[low:] if s.end != pos]
            out.extend(f"</{s.tag}>" for s in reversed(stack[low:]))
            del stack[low:]
            for s in reopen:
                out.append(_open(s, cont=True))
                stack.append(s)
        for s in opens.get(pos, []):
            out.append(_open(s, cont=False))
            stack.append(s)
    return "".join(out)
