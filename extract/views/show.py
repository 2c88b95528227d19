"""``extract show``: one document's text with every record highlighted in place.

The page is static HTML (styles, script and data inlined): each record is a
``<mark class="rec t-<table>" data-rec=ID>``; nested records become nested
marks, crossing ones are split into pieces sharing the id (see ``markup``).
Articles are ``<span class="article">`` regions with a marker before each.
Clicking a mark shows the fields of every record under the pointer.
"""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Iterator

import pandas as pd

from extract.views.markup import Span, render, valid_spans
from extract.views.tables import SPAN_TABLES, asset, document_rows, jsonable, script_json

LABELS = {"counts": "counts", "events": "events", "places": "places", "organisations": "organisations"}
# Opening order for spans that start and end at the same place: outermost first.
RANK = {"article": 0, "title": 1, "organisations": 2, "places": 3, "events": 4, "counts": 5}
SUMMARY = {
    "counts": ("category", "value", "unit", "approx"),
    "events": ("type", "date_start", "date_end"),
    "places": ("name", "level", "adcode"),
    "organisations": ("canonical", "name", "org_type"),
}


def record_id(table: str, row: dict[str, Any], taken: set[str]) -> str:
    """A page-unique id for a record: table and offsets (``counts-12-18``).

    >>> taken = set(); [record_id("places", {"start": 1, "end": 3}, taken) for _ in range(2)]
    ['places-1-3', 'places-1-3-2']
    """
    base = f"{table}-{row['start']}-{row['end']}"
    rid, n = base, 1
    while rid in taken:
        n += 1
        rid = f"{base}-{n}"
    taken.add(rid)
    return rid


def summary(table: str, row: dict[str, Any]) -> str:
    """The hover text of a record: its table, main fields and rule."""
    parts = [str(row[c]) for c in SUMMARY[table] if row.get(c) not in (None, "")]
    return f"{table}: {' · '.join(parts)} [{row.get('rule', '')}]"


def record_spans(rows: dict[str, pd.DataFrame]) -> tuple[list[Span], dict[str, dict[str, Any]]]:
    """Spans for every record of the document, and each record's fields by id."""
    spans: list[Span] = []
    records: dict[str, dict[str, Any]] = {}
    taken: set[str] = set()
    for table in SPAN_TABLES:
        frame = rows[table].sort_values(["start", "end"], kind="stable")
        for row in frame.to_dict("records"):
            row = {k: jsonable(v) for k, v in row.items() if k != "doc_id"}
            rid = record_id(table, row, taken)
            records[rid] = {"table": table, **row}
            spans.append(Span(rid, int(row["start"]), int(row["end"]), "mark",
                              f"rec t-{table}", summary(table, row), RANK[table]))
    return spans, records


def article_spans(articles: pd.DataFrame) -> Iterator[Span]:
    """A region per article body and a bold span per title."""
    frame = articles.sort_values("start", kind="stable").reset_index(drop=True)
    for n, a in enumerate(frame.to_dict("records"), 1):
        title = str(a["title"] or "(untitled)")
        attrs = (("data-n", str(n)), ("data-title", title))
        yield Span(f"article-{n}", int(a["start"]), int(a["end"]), "span",
                   f"article a{n % 2}", f"article {n}: {title}", RANK["article"], attrs)
        if pd.notna(a.get("title_start")) and pd.notna(a.get("title_end")):
            yield Span(f"article-{n}-title", int(a["title_start"]), int(a["title_end"]),
                       "span", "art-title", f"title of article {n}", RANK["title"])


def legend(records: dict[str, dict[str, Any]]) -> str:
    """Checkboxes that show or hide each table's highlights, with counts."""
    items = []
    for table in SPAN_TABLES:
        n = sum(1 for r in records.values() if r["table"] == table)
        items.append(f'<label class="key"><input type="checkbox" checked data-table="{table}">'
                     f'<mark class="rec t-{table}">{LABELS[table]}</mark> {n}</label>')
    items.append('<label class="key"><input type="checkbox" checked data-table="article">'
                 '<span class="article a1">articles</span></label>')
    return '<div id="legend">' + "".join(items) + "</div>"


def article_nav(articles: list[Span]) -> str:
    """Links to every article of the document."""
    links = [f'<li><a href="#{a.rid}">{html.escape(dict(a.attrs)["data-title"])}</a></li>'
             for a in articles if a.tag == "span" and "article" in a.classes.split()]
    return "<ol>" + "".join(links) + "</ol>" if links else "<p>No articles.</p>"


def error_list(errors: pd.DataFrame) -> str:
    """This document's rows of the errors table."""
    if errors.empty:
        return "<p>No errors.</p>"
    rows = "".join(f"<li><b>{html.escape(str(e['stage']))}</b> {html.escape(str(e['message']))}</li>"
                   for e in errors.to_dict("records"))
    return f"<ul class='errors'>{rows}</ul>"


def header(doc: dict[str, Any]) -> str:
    """Title and facts of the document."""
    facts = [("doc_id", doc["doc_id"]), ("date", doc.get("doc_date")),
             ("precision", doc.get("doc_date_precision")), ("format", doc.get("source_format")),
             ("version", doc.get("extractor_version"))]
    dl = "".join(f"<dt>{k}</dt><dd>{html.escape(str(jsonable(v)))}</dd>" for k, v in facts if v is not None)
    return f"<h1>{html.escape(str(doc['source']))}</h1><dl class='facts'>{dl}</dl>"


def page(rows: dict[str, pd.DataFrame]) -> str:
    """The whole HTML page for one document's rows."""
    doc = rows["documents"].iloc[0].to_dict()
    text = str(doc["text"])
    spans, records = record_spans(rows)
    good, bad = valid_spans(text, spans)
    for s in bad:
        records.pop(s.rid, None)
    articles = list(article_spans(rows["articles"]))
    body = render(text, [*articles, *good])
    warn = f"<p class='warn'>{len(bad)} record(s) with offsets outside the text were left out.</p>" if bad else ""
    return asset("show.html").format(
        title=html.escape(f"{doc['source']} - extract show"), css=asset("show.css"),
        js=asset("show.js"), header=header(doc), legend=legend(records), warn=warn,
        text=body, nav=article_nav(articles), errors=error_list(rows["errors"]),
        records=script_json(records))


def write_show(out: Path, doc_id: str, dest: Path) -> dict[str, int]:
    """Write the page of ``doc_id`` to ``dest``; the number of records per table."""
    rows = document_rows(out, doc_id)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(page(rows), encoding="utf-8")
    return {t: len(rows[t]) for t in SPAN_TABLES}
