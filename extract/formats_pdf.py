"""PDF text layers -> plain text, with pdfminer.six's layout analysis.

Why ``pdfminer.six``: see ``extract.formats``. Its ``LAParams`` analysis groups
characters into lines and text boxes and orders the boxes across columns
(``boxes_flow``); that is the reading order we keep. Inside a box we use the
geometry the text format lacks: a line that runs to the box's right edge was
wrapped and is joined to the next one (unless that one is indented: a new
paragraph); any other line ends a paragraph. Lines set clearly larger than the
body text become markdown headings. What is left over (a paragraph cut by a
page break) is joined by normalization, as for ``.txt``.

A PDF without a text layer (a scan) is reported, never OCR'd.
"""
from __future__ import annotations

import io
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable

from extract.formats import Converted, clean
from extract.reader import ReadError

HEADING_RATIO = 1.15   # a line this much larger than the body text is a heading
_CID = re.compile(r"\(cid:\d+\)")
_SENTENCE_END = re.compile(r"[。！？!?][”’」』）)]?$")


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    y0: float
    y1: float
    size: float       # mean font size of its characters
    box: int          # text box number on its page
    left: float = 0.0     # left edge of its box
    right: float = 0.0    # right edge its text runs to when wrapped


@dataclass
class Page:
    lines: list[Line]
    images: int


def pdf_text(data: bytes) -> Converted:
    """Text of every page, boxes in pdfminer's reading order."""
    pages = _pages(data)
    text = _render(pages)
    n_cid = len(_CID.findall(text))
    visible = len(re.sub(r"\s+", "", text))
    if not visible:
        with_images = sum(1 for p in pages if p.images)
        if with_images:
            raise ReadError("decode", f"scanned PDF: no text layer ({len(pages)} page(s), "
                                      f"{with_images} with images only); OCR is not done")
        raise ReadError("decode", f"PDF has no text ({len(pages)} page(s))")
    if n_cid and n_cid * 7 > visible * 0.3:
        raise ReadError("decode", f"PDF text cannot be decoded: {n_cid} glyphs have no Unicode "
                                  "mapping (fonts without ToUnicode)")
    notes = (f"{n_cid} PDF glyph(s) without Unicode mapping dropped",) if n_cid else ()
    return Converted(_CID.sub("", text), None, notes)


def _pages(data: bytes) -> list[Page]:
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LAParams

        pages: list[Page] = []
        for layout in extract_pages(io.BytesIO(data), laparams=LAParams()):
            pages.append(_page(layout))
        return pages
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds
        name = type(exc).__name__
        if "Password" in name or "Encrypt" in name:
            raise ReadError("decode", f"encrypted PDF ({name}): cannot read without the password") from None
        raise ReadError("decode", f"corrupt PDF: {name}: {exc}") from None


def _page(layout: Any) -> Page:
    """The text lines (with their box) and the number of images of one page."""
    from pdfminer.layout import LTChar, LTImage, LTTextBox, LTTextLine

    lines: list[Line] = []
    images = 0
    box = 0
    for obj in _walk(layout):
        if isinstance(obj, LTImage):
            images += 1
        elif isinstance(obj, LTTextBox):
            box += 1
            for ln in obj:
                if not isinstance(ln, LTTextLine):
                    continue
                sizes = [ch.size for ch in ln if isinstance(ch, LTChar)]
                text = clean(ln.get_text()).strip()
                if text:
                    lines.append(Line(text, ln.x0, ln.x1, ln.y0, ln.y1,
                                      statistics.fmean(sizes) if sizes else 0.0, box))
    _edges(lines)
    return Page(lines, images)


def _edges(lines: list[Line]) -> None:
    """Each line's box edges; a one-line box is measured against the page's text."""
    text_right = max((ln.x1 for ln in lines), default=0.0)
    by_box: dict[int, list[Line]] = {}
    for ln in lines:
        by_box.setdefault(ln.box, []).append(ln)
    for mates in by_box.values():
        left, right = min(m.x0 for m in mates), max(m.x1 for m in mates)
        for ln in mates:
            ln.left, ln.right = left, right if len(mates) > 1 else text_right


def _walk(layout: Any) -> Iterable[Any]:
    """Top-level objects and the contents of figures (iteratively)."""
    from pdfminer.layout import LTFigure

    stack = [iter(layout)]
    while stack:
        obj = next(stack[-1], None)
        if obj is None:
            stack.pop()
        elif isinstance(obj, LTFigure):
            stack.append(iter(obj))
        else:
            yield obj


def _render(pages: list[Page]) -> str:
    """The lines in reading order: a wrapped line joined to the next; a line
    break between the lines of a paragraph; a blank line where the vertical gap
    is wider, at a page or column change and around headings."""
    body = _body_size(pages)
    gap = _usual_gap(pages)
    out: list[str] = []
    prev: Line | None = None
    for page in pages:
        for i, ln in enumerate(page.lines):
            em = ln.size or body or 10.0
            heading = body > 0 and ln.size >= body * HEADING_RATIO and len(ln.text) <= 60
            same_kind = bool(out) and heading == out[-1].lstrip("\n").startswith("# ")
            if prev is not None and same_kind and _continues(prev, ln, em):
                out[-1] += _joiner(out[-1], ln.text) + ln.text
            else:
                near = i > 0 and prev is not None and -1 <= prev.y0 - ln.y1 <= gap + 0.4 * em
                sep = "" if not out else "\n" if near and same_kind else "\n\n"
                out.append(sep + ("# " if heading else "") + ln.text)
            prev = ln
    return "".join(out)


def _continues(prev: Line, ln: Line, em: float) -> bool:
    """``prev`` ran to its box's right edge without ending a sentence, and
    ``ln`` is not indented."""
    return (prev.right - prev.x1 < 2 * em and ln.x0 - ln.left < 1.5 * em
            and not _SENTENCE_END.search(prev.text))


def _body_size(pages: list[Page]) -> float:
    """The font size that holds the most characters."""
    counts: Counter[float] = Counter()
    for page in pages:
        for ln in page.lines:
            counts[round(ln.size * 2) / 2] += len(ln.text)
    return counts.most_common(1)[0][0] if counts else 0.0


def _usual_gap(pages: list[Page]) -> float:
    """The median white space between a line and the next one below it."""
    gaps = [a.y0 - b.y1 for p in pages for a, b in zip(p.lines, p.lines[1:]) if a.y0 - b.y1 >= -1]
    return statistics.median(gaps) if gaps else 0.0


def _joiner(a: str, b: str) -> str:
    """A space between two words of a Latin-script text, nothing after CJK.

    >>> _joiner("Employment", "services"), _joiner("就业", "服务")
    (' ', '')
    """
    return " " if a[-1:].isascii() and a[-1:].isalnum() and b[:1].isascii() and b[:1].isalnum() else ""
