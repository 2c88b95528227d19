"""``extract report``: one static page over every table, charts embedded.

The page inlines plotly.js, so it works offline. Documents are linked to
their ``extract show`` pages, written beside the report in ``<stem>_docs/``
(capped by ``max_doc_pages``; beyond it a document is named, not linked).
"""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable, Optional

import pandas as pd

from extract.views import charts
from extract.views.show import page as show_page
from extract.views.tables import SPAN_TABLES, asset, read_table

TABLE_NAMES = ("documents", "errors", "articles", *SPAN_TABLES)
MONEY_AND_PEOPLE = ("trainees", "employment", "loans", "money")
Link = Callable[[str, str], Optional[str]]


def fmt(value: Any) -> str:
    """A cell as text: thousands separators, no trailing ``.0``, dash for nulls.

    >>> [fmt(v) for v in (1234567.0, 0.5, None, "a<b")]
    ['1,234,567', '0.5', '—', 'a<b']
    """
    if value is None or (isinstance(value, float) and value != value):
        return "—"
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.4g}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def table(frame: pd.DataFrame, href: Optional[pd.Series] = None, link_col: str = "") -> str:
    """A frame as an escaped HTML table; ``link_col`` cells link to ``href``."""
    if frame.empty:
        return charts.empty("No rows.")
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
    body = []
    for i, row in enumerate(frame.itertuples(index=False)):
        cells = []
        for col, value in zip(frame.columns, row):
            text = html.escape(fmt(value))
            num = isinstance(value, (int, float)) and not isinstance(value, bool)
            url = href.iloc[i] if href is not None and col == link_col else None
            if url:
                text = f'<a href="{html.escape(url)}">{text}</a>'
            cells.append(f'<td class="num">{text}</td>' if num else f"<td>{text}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def section(anchor: str, title: str, *parts: str) -> str:
    return f'<section id="{anchor}"><h2>{html.escape(title)}</h2>{"".join(parts)}</section>'


def overview(t: dict[str, pd.DataFrame], link: Link) -> str:
    """Rows per table, and records per document."""
    cards = "".join(f'<div class="card"><b>{len(t[n]):,}</b><span>{n}</span></div>' for n in TABLE_NAMES)
    docs = t["documents"][["doc_id", "source", "doc_date"]].copy()
    for name in ("articles", *SPAN_TABLES):
        docs[name] = docs.doc_id.map(t[name].groupby("doc_id").size()).fillna(0).astype(int)
    docs = docs.sort_values("source").reset_index(drop=True)
    href = docs.doc_id.map(lambda d: link(d, ""))
    return section("overview", "Documents and records",
                   f'<div class="cards">{cards}</div>',
                   table(docs.drop(columns="doc_id"), href, "source"))


def count_section(t: dict[str, pd.DataFrame], link: Link, top: int = 10) -> str:
    """Sums by category and unit; the largest rows of people and money."""
    counts = t["counts"]
    if counts.empty:
        return section("counts", "Counts", charts.empty("No counts."))
    kind = counts.is_target.map({True: "targets", False: "results"})
    sums = (counts.assign(kind=kind).pivot_table(index=["category", "unit"], columns="kind",
                                                  values="value", aggfunc=["size", "sum"], fill_value=0))
    sums.columns = [f"{'records' if a == 'size' else 'sum'} ({b})" for a, b in sums.columns]
    sums = sums.reset_index().sort_values(["category", "unit"])
    results = counts[~counts.is_target].groupby(["category", "unit"]).value.sum().sort_values(ascending=False)
    chart = charts.bars([f"{c} ({u})" for c, u in results.index], list(results.values),
                        "Sum of result values by category and unit (log scale)", log=True)
    parts = [chart, table(sums)]
    docs = t["documents"].set_index("doc_id").source
    for cat in MONEY_AND_PEOPLE:
        rows = counts[counts.category == cat].nlargest(top, "value")
        if rows.empty:
            continue
        view = pd.DataFrame({
            "value": rows.value, "unit": rows.unit, "approx": rows.approx, "target": rows.is_target,
            "text": rows.text, "document": rows.doc_id.map(docs)}).reset_index(drop=True)
        href = pd.Series([link(d, f"counts-{s}-{e}") for d, s, e in zip(rows.doc_id, rows.start, rows.end)])
        parts.append(f"<h3>Largest {html.escape(cat)}</h3>" + table(view, href, "document"))
    return section("counts", "Counts", *parts)


def event_section(t: dict[str, pd.DataFrame]) -> str:
    events = t["events"]
    by_type = events.groupby("type").size().sort_values(ascending=False).rename("events").reset_index()
    return section("events", "Events over time", charts.events_over_time(events), table(by_type))


def place_section(t: dict[str, pd.DataFrame]) -> str:
    places = t["places"]
    keys = places[["province", "city"]].fillna("—")
    by_area = (places.assign(province=keys.province, city=keys.city)
               .groupby(["province", "city"])
               .agg(mentions=("doc_id", "size"), places=("name", "nunique"), documents=("doc_id", "nunique"))
               .reset_index().sort_values("mentions", ascending=False))
    return section("places", "Places", charts.places_map(places), table(by_area))


def org_section(t: dict[str, pd.DataFrame], top: int = 30) -> str:
    orgs = t["organisations"]
    name = orgs.canonical.where(orgs.canonical.notna() & (orgs.canonical != ""), orgs.name)
    agg = (orgs.assign(organisation=name).groupby("organisation")
           .agg(mentions=("doc_id", "size"), documents=("doc_id", "nunique"))
           .reset_index().sort_values(["mentions", "organisation"], ascending=[False, True]).head(top))
    chart = charts.bars(list(agg.organisation), list(agg.mentions), f"Top {top} organisations by mentions")
    return section("organisations", "Organisations", chart, table(agg))


def error_section(t: dict[str, pd.DataFrame], top: int = 200) -> str:
    errors = t["errors"]
    by_stage = errors.groupby("stage").size().rename("errors").reset_index()
    rows = errors[["source", "stage", "message"]].head(top)
    return section("errors", "Errors", table(by_stage), table(rows))


def build(out: Path, link: Link) -> str:
    """The report page for the output folder ``out``."""
    t = {name: read_table(out, name) for name in TABLE_NAMES}
    body = "".join([overview(t, link), count_section(t, link), event_section(t),
                    place_section(t), org_section(t), error_section(t)])
    return asset("report.html").format(
        title=html.escape(f"Extraction report: {out.resolve().name}"), css=asset("report.css"),
        plotly=charts.plotly_js(), source=html.escape(str(out)), body=body)


def write_report(out: Path, dest: Path, doc_pages: bool = True, max_doc_pages: int = 500) -> int:
    """Write the report (and the linked document pages); the number of document pages."""
    folder = dest.parent / f"{dest.stem}_docs"
    ids: list[str] = []
    if doc_pages:
        ids = sorted(read_table(out, "documents", columns=["doc_id"]).doc_id)[:max_doc_pages]
    linked = set(ids)

    def link(doc_id: str, anchor: str) -> Optional[str]:
        if doc_id not in linked:
            return None
        return f"{folder.name}/{doc_id}.html" + (f"#{anchor}" if anchor else "")

    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(build(out, link), encoding="utf-8")
    if ids:
        write_doc_pages(out, folder, ids)
    return len(ids)


def write_doc_pages(out: Path, folder: Path, ids: list[str]) -> None:
    """One ``extract show`` page per document id, from one read of each table."""
    folder.mkdir(parents=True, exist_ok=True)
    wanted = [("doc_id", "in", ids)]
    frames = {n: read_table(out, n, filters=wanted) for n in TABLE_NAMES}
    groups = {n: dict(tuple(f.groupby("doc_id"))) for n, f in frames.items()}
    for doc_id in ids:
        rows = {n: groups[n].get(doc_id, frames[n].iloc[0:0]) for n in TABLE_NAMES}
        (folder / f"{doc_id}.html").write_text(show_page(rows), encoding="utf-8")
