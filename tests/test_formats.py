"""HTML, DOCX and PDF inputs give what the .txt seeds give.

The corpus is built here: every seed rendered as an HTML page (with chrome that
must vanish), a Word document and a PDF (reportlab's built-in CID font
``STSong-Light``: no font file needed). Paragraphs are the seed's blank-line
blocks, ``#`` lines become headings.
"""
from __future__ import annotations

import html
import io
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from extract.formats import docx_text
from extract.formats_html import html_text
from extract.pipeline import process_file
from extract.reader import ReadError, read

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
RECORD_TABLES = ("places", "organisations", "counts", "events")
OFFSETS = {"doc_id", "start", "end", "sentence", "title_start", "title_end"}


def blocks(text: str) -> list[tuple[int, list[str]]]:
    """(heading level or 0, lines) for each blank-line block of a seed."""
    out = []
    for block in re.split(r"\n\s*\n", text):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        m = re.match(r"(#{1,6}) (.*)", lines[0]) if len(lines) == 1 else None
        if m:
            out.append((len(m.group(1)), [m.group(2)]))
        elif lines:
            out.append((0, lines))
    return out


def to_html(text: str, charset: str = "utf-8") -> bytes:
    body = []
    for level, lines in blocks(text):
        if level:
            body.append(f"<h{level}>{html.escape(lines[0])}</h{level}>")
        else:  # a line break as <br>, '，' as a numeric entity
            esc = "<br>\n".join(html.escape(ln).replace("，", "&#65292;") for ln in lines)
            body.append(f"<p>{esc}</p>")
    page = (f"<!DOCTYPE html><html><head><meta http-equiv='Content-Type' content='text/html; "
            f"charset={charset}'><title>人社局</title><style>p{{color:red}}</style>"
            "<script>var org='市就业局';</script></head><body>"
            "<nav><ul><li>首页</li><li>市人社局</li></ul></nav><div class='top-menu'>遂宁市</div>"
            + "\n".join(body) + "<div style='display:none'>成都市</div></body></html>")
    return page.encode(charset)


def to_docx(text: str) -> bytes:
    import docx

    d = docx.Document()
    for level, lines in blocks(text):
        if level:
            d.add_heading(lines[0], level)
            continue
        para = d.add_paragraph()
        for i, ln in enumerate(lines):
            run = para.add_run(ln)
            if i < len(lines) - 1:
                run.add_break()
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _cid_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


def to_pdf(text: str) -> bytes:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = ParagraphStyle("body", fontName=_cid_font(), fontSize=10.5, leading=16,
                          wordWrap="CJK", spaceAfter=6)
    head = ParagraphStyle("head", parent=body, fontSize=16, leading=22)
    flow = [Paragraph("<br/>".join(html.escape(ln) for ln in lines), head if level else body)
            for level, lines in blocks(text)]
    buf = io.BytesIO()
    SimpleDocTemplate(buf).build(flow)
    return buf.getvalue()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for seed in SEEDS:
        text = seed.read_text(encoding="utf-8")
        (folder / f"{seed.stem}.html").write_bytes(to_html(text))
        (folder / f"{seed.stem}.docx").write_bytes(to_docx(text))
        (folder / f"{seed.stem}.pdf").write_bytes(to_pdf(text))
    return folder


def records(rows: dict[str, list[dict[str, Any]]]) -> Counter[tuple]:
    """Records without offsets, as a multiset."""
    return Counter((table,) + tuple((k, str(v)) for k, v in sorted(r.items()) if k not in OFFSETS)
                   for table in RECORD_TABLES for r in rows.get(table, []))


def _run(path: Path) -> dict[str, list[dict[str, Any]]]:
    res = process_file(str(path), path.name, "test")
    assert not res.failed, res.rows["errors"]
    return res.rows


@pytest.mark.parametrize("fmt", ["html", "docx"])
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_html_and_docx_give_the_seed_text_and_records(corpus: Path, seed: Path, fmt: str) -> None:
    want, got = _run(seed), _run(corpus / f"{seed.stem}.{fmt}")
    assert got["documents"][0]["source_format"] == fmt
    assert got["documents"][0]["text"] == want["documents"][0]["text"]
    assert records(got) == records(want)


def test_pdf_gives_at_least_95_percent_of_the_seed_records(corpus: Path) -> None:
    want: Counter[tuple] = Counter()
    got: Counter[tuple] = Counter()
    for seed in SEEDS:
        want += records(_run(seed))
        rows = _run(corpus / f"{seed.stem}.pdf")
        assert rows["documents"][0]["source_format"] == "pdf"
        got += records(rows)
    assert sum(want.values()) > 100
    assert sum((want & got).values()) >= 0.95 * sum(want.values())


# --- HTML -----------------------------------------------------------------

PAGE = """<html><head><meta charset="gb2312"><title>标题</title></head><body>
<nav>首页 | 工作动态</nav><ul class="nav-bar"><li>政务公开</li></ul>
<div class="breadcrumb">当前位置：首页 &gt; 工作动态</div>
<h1>遂宁市召开就业工作会议</h1>
<p>　　7月13日，<ruby>遂<rp>(</rp><rt>suì</rt><rp>)</rp>宁</ruby>市人社局召开会议，
参会人员&nbsp;22名&amp;。</p>
<script>document.write("市就业局")</script><style>.a{}</style><noscript>请启用脚本</noscript>
<table><tr><td>成都市</td><td>120人</td></tr><tr><td>遂宁市</td><td>80人</td></tr></table>
<p hidden>隐藏</p><!-- 注释 -->
<footer>主办单位：四川省人力资源和社会保障厅</footer></body></html>"""


def test_html_keeps_visible_text_and_chrome_but_no_scripts_menus_or_readings() -> None:
    conv = html_text(PAGE.encode("gbk"))
    assert conv.encoding == "gb18030"
    assert conv.text.split("\n\n") == [
        "当前位置：首页 > 工作动态",
        "# 遂宁市召开就业工作会议",
        "\u3000\u30007月13日，遂宁市人社局召开会议，参会人员\xa022名&。",
        "成都市 120人\n遂宁市 80人",
        "主办单位：四川省人力资源和社会保障厅",
    ]


def test_html_without_meta_is_detected_and_bad_meta_is_noted() -> None:
    page = "<p>遂宁市人社局召开会议，参会人员22名。</p>"
    assert html_text(page.encode("gb18030")).text == "遂宁市人社局召开会议，参会人员22名。"
    lying = '<meta charset="utf-8"><p>遂宁市人社局召开会议。</p>'.encode("gbk")
    conv = html_text(lying)
    assert conv.text == "遂宁市人社局召开会议。" and "declared charset utf-8" in conv.notes[0]


def test_html_headings_keep_their_level_and_pre_keeps_lines() -> None:
    page = "<h2>工作<br>动态</h2><pre>第一行\n第二行</pre><h3><span></span></h3>"
    assert html_text(page.encode()).text == "## 工作 动态\n\n第一行\n第二行"


def test_html_with_only_scripts_is_an_error() -> None:
    with pytest.raises(ReadError, match="no visible text"):
        html_text(b"<html><head><script>var a=1;</script></head><body> </body></html>")


# --- DOCX -----------------------------------------------------------------

def test_docx_paragraphs_and_tables_in_order() -> None:
    import docx

    d = docx.Document()
    d.add_heading("遂宁市人社局工作简报", 1)
    d.add_paragraph("7月13日，遂宁市人社局召开会议。")
    table = d.add_table(rows=2, cols=2)
    for r, row in enumerate([("成都市", "120人"), ("遂宁市", "80人")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.add_paragraph("（市就业局）")
    buf = io.BytesIO()
    d.save(buf)
    assert docx_text(buf.getvalue()).text == (
        "# 遂宁市人社局工作简报\n\n7月13日，遂宁市人社局召开会议。\n\n成都市 120人\n遂宁市 80人\n\n（市就业局）")


# --- PDF ------------------------------------------------------------------

def test_pdf_two_columns_read_column_by_column(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "cols.pdf"
    c = canvas.Canvas(str(path))
    c.setFont(_cid_font(), 11)
    left = ["遂宁市人社局召开会议", "部署就业工作。", "", "参会人员22名。"]
    right = ["成都市举办招聘会", "提供岗位3000个。"]
    for i, line in enumerate(left):
        c.drawString(60, 760 - 16 * i, line)
    for i, line in enumerate(right):
        c.drawString(320, 760 - 16 * i, line)
    c.save()
    text = read(path, "cols.pdf").text
    assert text.index("部署就业工作") < text.index("参会人员") < text.index("成都市")
    assert text.index("成都市") < text.index("提供岗位")
