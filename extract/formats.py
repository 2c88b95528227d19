"""Documents in other formats -> plain text shaped like the ``.txt`` bulletins.

Every converter returns a ``Converted``: paragraphs separated by a blank line,
line breaks kept where the source has them, headings as their own line with
markdown marks (``# ``, ``## ``) so that normalization records them exactly as
it does for a markdown-flavoured ``.txt``. Normalization (line joining, width
folding, ...) runs afterwards, the same for every format.

Libraries, and why:

- HTML: ``lxml.html`` (``formats_html``) — libxml2's forgiving HTML parser is
  fast, recovers from malformed markup, decodes entities, and reports its
  resource limits (nesting depth) instead of recursing; a small rule over its
  tree (drop scripts, styles, navigation menus and ruby readings; keep every
  other visible text, site chrome included, as the guideline asks) is all the
  "main text" logic we need. ``trafilatura``/readability would drop the footer
  that names the organisation running the site.
- DOCX: ``python-docx`` (here) — the maintained reader of the WordprocessingML
  package (MIT); we walk its body XML ourselves so paragraphs and tables come
  in document order and ruby readings / deleted text are left out.
- PDF: ``pdfminer.six`` (``formats_pdf``) — pure Python, MIT, and its layout
  analysis (``LAParams``) orders text boxes across columns and gives line
  geometry and font sizes, which we use to join wrapped lines and mark
  headings. PyMuPDF is AGPL and is not used; pypdf has no layout analysis.
  Scanned PDFs are reported, never OCR'd.

Every failure is a ``ReadError`` with a one-line reason.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from typing import Any, Callable, Iterator

from extract.reader import ReadError

# Stand-ins for breaks while a document is being flattened (control characters
# never survive in text nodes: ``clean`` strips them).
PARA = "\x1e"
LINE = "\x1f"
CELL = "\x1d"   # between table cells: one space in the end
MAX_UNZIPPED = 256 * 1024 * 1024  # a .docx expanding beyond this is a zip bomb


@dataclass(frozen=True)
class Converted:
    text: str
    encoding: str | None = None
    notes: tuple[str, ...] = ()


def convert(fmt: str, data: bytes) -> Converted:
    """Plain text of ``data`` in format ``fmt`` (``html``, ``docx`` or ``pdf``)."""
    converters: dict[str, Callable[[bytes], Converted]] = {
        "html": _html, "docx": docx_text, "pdf": _pdf}
    return converters[fmt](data)


def _html(data: bytes) -> Converted:
    from extract.formats_html import html_text

    return html_text(data)


def _pdf(data: bytes) -> Converted:
    from extract.formats_pdf import pdf_text

    return pdf_text(data)


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\n\r\f]+")   # HTML whitespace: nbsp and U+3000 are text
_CELLS = re.compile(r"[ \t]*\x1d[ \t]*")
_WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


def clean(text: str) -> str:
    """A text node without control characters (and without our break marks)."""
    return _CONTROLS.sub("", text)


def squash(line: str) -> str:
    r"""Collapse whitespace runs to one space (a tab if they hold one, so that
    normalization treats it as in a .txt); a source line break between two
    Chinese characters is no space at all (browsers and Word show none).

    >>> squash("  市就业局\n  召开  会议 \t Ok\u00a0")
    '市就业局召开 会议\tOk\xa0'
    """
    def repl(m: re.Match[str]) -> str:
        a, b = line[m.start() - 1:m.start()], line[m.end():m.end() + 1]
        if "\n" in m.group() and _WIDE.match(a) and _WIDE.match(b):
            return ""
        return "\t" if "\t" in m.group() else " "
    return _SPACES.sub(repl, line).strip(" \t")


def assemble(pieces: list[str]) -> str:
    """Join flattened pieces; runs of marks become one line or paragraph break.

    >>> assemble(["# 标题", PARA, "第一段", LINE, "续行", PARA, PARA, " ", PARA, "第二段"])
    '# 标题\\n\\n第一段\\n续行\\n\\n第二段'
    """
    out: list[str] = []
    for block in "".join(pieces).split(PARA):
        lines = [_CELLS.sub(" ", squash(ln)).strip(" ") for ln in block.split(LINE)]
        text = "\n".join(ln for ln in lines if ln.strip("# "))  # no empty headings
        if text:
            out.append(text)
    return "\n\n".join(out)


def require_text(text: str, what: str) -> str:
    if not text.strip():
        raise ReadError("decode", f"{what} has no visible text")
    return text


# --- DOCX -----------------------------------------------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_HEADING_STYLE = re.compile(r"(?i)^(?:heading|标题)\s*([1-6])$")


def docx_text(data: bytes) -> Converted:
    """Paragraphs and tables of a .docx body, in document order."""
    _check_zip(data, "DOCX")
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        styles = {s.style_id: s.name or "" for s in document.styles}
        pieces = list(_docx_blocks(document.element.body, styles))
    except ReadError:
        raise
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds
        raise ReadError("decode", f"corrupt DOCX: {type(exc).__name__}: {exc}") from None
    return Converted(require_text(assemble(pieces), "DOCX"), "utf-8")


def _check_zip(data: bytes, what: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            size = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise ReadError("decode", f"corrupt {what}: not a zip package ({exc})") from None
    if size > MAX_UNZIPPED:
        raise ReadError("decode", f"{what} unpacks to {size // 2**20} MB (zip bomb?)")


def _docx_blocks(body: Any, styles: dict[str, str]) -> Iterator[str]:
    """Walk the body (iteratively) yielding paragraph and table text pieces."""
    stack = [iter(body)]
    while stack:
        el = next(stack[-1], None)
        if el is None:
            stack.pop()
        elif el.tag == W + "p":
            yield _heading_mark(el, styles) + _run_text(el)
            yield PARA
        elif el.tag == W + "tbl":
            yield from _table(el)
            yield PARA
        elif el.tag != W + "sectPr" and el.tag != MC_FALLBACK:
            stack.append(iter(el))  # sdt, customXml, ...: look inside


def _heading_mark(p: Any, styles: dict[str, str]) -> str:
    style = p.find(f"{W}pPr/{W}pStyle")
    name = styles.get(style.get(W + "val"), style.get(W + "val")) if style is not None else ""
    if name in ("Title", "标题"):
        return "# "
    m = _HEADING_STYLE.match(name or "")
    return "#" * int(m.group(1)) + " " if m else ""


def _run_text(p: Any) -> str:
    """Visible text of one paragraph: ruby readings, deleted text, field codes
    and fallback copies of text boxes left out."""
    out: list[str] = []
    stack = [iter(p)]
    while stack:
        el = next(stack[-1], None)
        if el is None:
            stack.pop()
            continue
        tag = el.tag
        if tag == W + "t":
            out.append(clean(el.text or ""))
        elif tag == W + "tab":
            out.append("\t")
        elif tag in (W + "br", W + "cr"):
            out.append(LINE)
        elif tag == W + "noBreakHyphen":
            out.append("-")
        elif tag not in (W + "rt", W + "pPr", W + "rPr", MC_FALLBACK) and isinstance(tag, str):
            stack.append(iter(el))
    return "".join(out)


def _table(tbl: Any) -> Iterator[str]:
    """One line per row, cells separated by a space (nested tables flattened)."""
    for row in tbl.findall(W + "tr"):
        cells = [" ".join(_run_text(p) for p in tc.iter(W + "p")) for tc in row.findall(W + "tc")]
        yield CELL.join(c.replace(LINE, " ") for c in cells)
        yield LINE
