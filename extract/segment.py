"""Segmentation: sentences (used by every extractor) and articles."""
from __future__ import annotations

import re

from extract.context import ArticleSpan, Sentence

# A sentence ends after 。！？；!? (with closing quotes/brackets kept) or at a line break.
_SENT_END = re.compile(r"""
    [。！？!?；;]+[”’」』）)】]*   # terminal punctuation, closing marks kept with it
  | \n+                            # a line break always ends a sentence
""", re.VERBOSE)


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences, spans trimmed of surrounding whitespace.

    >>> [s.text for s in split_sentences("一是聚焦。二是“好”！\\n标题\\n")]
    ['一是聚焦。', '二是“好”！', '标题']
    """
    out: list[Sentence] = []
    pos = 0
    for m in _SENT_END.finditer(text):
        _add(out, text, pos, m.end())
        pos = m.end()
    _add(out, text, pos, len(text))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


def split_articles(text: str, headings: tuple = ()) -> list[ArticleSpan]:
    """Articles of ``text``: see ``extract.articles``."""
    from extract.articles import split_articles as _split

    return _split(text, headings)
