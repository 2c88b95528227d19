"""What every extractor receives: the normalized text, its sentences and date.

Extractors are pure functions ``(DocContext) -> list[Record]``; everything they
may depend on is in here, passed in explicitly (no ``now()``).
"""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from typing import Optional


@dataclass(frozen=True)
class Sentence:
    """A sentence as a half-open span of the document text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ArticleSpan:
    """An article: its title (may be empty) and body span."""

    title: str
    start: int
    end: int
    title_start: Optional[int] = None
    title_end: Optional[int] = None
    rule: str = ""


@dataclass
class DocContext:
    doc_id: str
    text: str
    doc_date: Optional[dt.date] = None
    doc_date_precision: Optional[str] = None  # 'day' | 'month' | 'year'
    sentences: list[Sentence] = field(default_factory=list)
    articles: list[ArticleSpan] = field(default_factory=list)
    # Records of the extractors that ran before this one, by table name
    # (the registry order is places, organisations, counts, events).
    prior: dict[str, list] = field(default_factory=dict)
    # Per-document memo of derived values that several rules ask for (word
    # boundaries of a sentence …); never shared between documents.
    memo: dict = field(default_factory=dict, repr=False)
    # What went wrong inside an extractor that carried on (or gave up) instead of
    # raising; the pipeline writes each to the ``errors`` table.
    problems: list[str] = field(default_factory=list, repr=False)
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.sentences]

    def report(self, where: str, exc: BaseException) -> None:
        """Record an exception an extractor caught, so it is not lost.

        >>> c = DocContext("d", ""); c.report("counts", ValueError("bad")); c.problems
        ['counts: ValueError: bad']
        """
        self.problems.append(f"{where}: {type(exc).__name__}: {exc}")

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence that holds ``offset`` (a whole-text sentence if none).

        >>> c = DocContext("d", "甲。乙。", sentences=[Sentence(0, 2, "甲。"), Sentence(2, 4, "乙。")])
        >>> c.sentence_at(3).text
        '乙。'
        """
        i = bisect.bisect_right(self._starts, offset) - 1
        if 0 <= i < len(self.sentences) and self.sentences[i].start <= offset < max(
            self.sentences[i].end, self.sentences[i].start + 1
        ):
            return self.sentences[i]
        return Sentence(0, len(self.text), self.text)

    def article_at(self, offset: int) -> Optional[ArticleSpan]:
        """The article whose title or body holds ``offset``."""
        for a in self.articles:
            lo = a.title_start if a.title_start is not None else a.start
            if lo <= offset < a.end:
                return a
        return None


def make_context(doc_id: str, text: str, doc_date: Optional[dt.date] = None,
                 doc_date_precision: Optional[str] = None) -> DocContext:
    """Build a context with sentences split by the project's one splitter.

    Handy in notebooks and extractor tests:

    >>> c = make_context("d", "召开会议。参加人员22名。")
    >>> [s.text for s in c.sentences]
    ['召开会议。', '参加人员22名。']
    """
    from extract.segment import split_sentences, split_articles

    return DocContext(doc_id=doc_id, text=text, doc_date=doc_date,
                      doc_date_precision=doc_date_precision,
                      sentences=split_sentences(text), articles=split_articles(text))
