"""HTML pages -> plain text: every visible text, site chrome included, minus
scripts, styles, form controls, navigation menus and ruby readings.

Why ``lxml.html``: see ``extract.formats``. The tree is walked with an explicit
stack (no recursion), and libxml2's depth limit is reported, not hidden.
"""
from __future__ import annotations

import codecs
import re
from typing import Any

from extract.formats import CELL, LINE, PARA, Converted, assemble, clean, require_text
from extract.reader import ReadError, check_text, decode

MAX_DEPTH = 2048  # libxml2's nesting limit with XML_PARSE_HUGE
_META_CHARSET = re.compile(rb"""
    <meta\b[^>]{0,512}?        # a meta tag (bounded: no runaway scan)
    charset\s*=\s*["']?\s*      # http-equiv content="...; charset=" or charset="
    ([A-Za-z0-9_.:-]{1,40})     # the encoding name
""", re.I | re.X)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]{0,200}\?>")
_GB = {"gb2312", "gbk", "gb_2312-80", "x-gbk", "cp936", "euc-cn", "hz-gb-2312"}

# Not shown, or not text of the page.
_DROP = frozenset("""
    head script style noscript template title meta link iframe frame frameset object embed
    svg math canvas audio video map area select option button input textarea nav rt rp rtc
""".split())
_BLOCK = frozenset("""
    address article aside blockquote body caption center details dialog dir div dl fieldset
    figcaption figure footer form header hgroup hr html legend main menu ol p pre section
    summary table tbody tfoot thead ul
""".split())
_LINE = frozenset("br li tr dt dd".split())
_HEADING = {f"h{n}": n for n in range(1, 7)}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_NAV_NAME = re.compile(r"""
    (?:^|[\s_-])                                     # a token edge
    (?:nav|navbar|navigation|menu|menubar|topnav|subnav|mainnav)
    (?:$|[\s_-])
""", re.I | re.X)


def html_text(data: bytes) -> Converted:
    """Decode (meta charset, else detection), parse and flatten one page.

    >>> html_text('<title>x</title><p>市就业局&amp;<ruby>汉<rt>hàn</rt></ruby></p>'.encode()).text
    '市就业局&汉'
    """
    text, encoding, notes = decode_html(data)
    root = _parse(text)
    return Converted(require_text(assemble(_flatten(root)), "HTML page"), encoding, notes)


def decode_html(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    """Bytes by the ``<meta charset>`` when it fits, else as any text file."""
    declared = _declared(data)
    if declared and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text, encoding = check_text(data.decode(declared), declared)
            return text, encoding, ()
        except UnicodeDecodeError:
            pass
    text, encoding = decode(data)
    note = (f"declared charset {declared} does not fit the bytes; decoded as {encoding}",)
    return text, encoding, note if declared and declared != encoding else ()


def _declared(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:8192])
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    if name in _GB:
        return "gb18030"   # a superset: pages labelled gb2312 use GBK characters
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _parse(text: str) -> Any:
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(_XML_DECL.sub("", text, count=1), parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ReadError("decode", f"HTML page has no visible text ({exc})") from None
    for err in parser.error_log:
        if err.type_name == "ERR_RESOURCE_LIMIT":
            raise ReadError("decode", f"HTML nested deeper than {MAX_DEPTH} levels: "
                                      "the parser stops there, text would be lost")
    return root


def _skipped(el: Any, tag: str) -> bool:
    if tag in _DROP or el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    if el.get("role") == "navigation" or _HIDDEN_STYLE.search(el.get("style") or ""):
        return True
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    return tag not in ("html", "body") and bool(_NAV_NAME.search(names))


def _flatten(root: Any) -> list[str]:
    """Text pieces and break marks in document order (explicit stack)."""
    out: list[str] = []
    state = {"pre": 0, "heading": 0}
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        el, closing = stack.pop()
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if closing:
            _close(tag, out, state)
        elif tag and not _skipped(el, tag):
            _open(tag, out, state)
            if el.text:
                out.append(_node_text(el.text, state))
            stack.append((el, True))
            stack.extend((child, False) for child in reversed(el))
            continue
        if el.tail:
            out.append(_node_text(el.tail, state))
    return out


def _node_text(text: str, state: dict[str, int]) -> str:
    text = clean(text)
    return text.replace("\n", LINE) if state["pre"] and not state["heading"] else text


def _open(tag: str, out: list[str], state: dict[str, int]) -> None:
    if tag in _HEADING:
        if not state["heading"]:
            out.extend((PARA, "#" * _HEADING[tag] + " "))
        state["heading"] += 1
    elif state["heading"]:
        out.append(" " if tag in _BLOCK or tag in _LINE else "")
    elif tag in _BLOCK:
        out.append(PARA)
    elif tag in _LINE:
        out.append(LINE)
    state["pre"] += tag == "pre"


def _close(tag: str, out: list[str], state: dict[str, int]) -> None:
    state["pre"] -= tag == "pre"
    if tag in _HEADING:
        state["heading"] -= 1
        if not state["heading"]:
            out.append(PARA)
    elif state["heading"]:
        return
    elif tag in _BLOCK:
        out.append(PARA)
    elif tag in ("li", "tr", "dt", "dd"):
        out.append(LINE)
    elif tag in ("td", "th"):
        out.append(CELL)
