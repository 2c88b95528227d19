"""The report's charts: plotly figures as HTML fragments (plotly.js inlined once).

Every function takes a frame that may be empty and returns an HTML fragment;
an empty frame gives a short note instead of an empty chart. No geo traces:
plotly's maps fetch their base layers from a CDN, so places are drawn as a
plain longitude/latitude scatter that works offline.
"""
from __future__ import annotations

import html
import math

import pandas as pd

CONFIG = {"displaylogo": False, "responsive": True}
PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
           "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79"]


def plotly_js() -> str:
    """The plotly.js bundle, to inline once per page."""
    from plotly.offline import get_plotlyjs

    return get_plotlyjs()


def empty(note: str) -> str:
    """The fragment shown instead of a chart with no data."""
    return f'<p class="empty">{html.escape(note)}</p>'


def fragment(fig, height: int = 380) -> str:  # type: ignore[no-untyped-def]
    """A figure as a ``<div>`` and its script, with no plotly.js."""
    fig.update_layout(height=height, margin={"l": 10, "r": 10, "t": 30, "b": 10},
                      font={"family": "system-ui, 'Noto Sans CJK SC', sans-serif"})
    return str(fig.to_html(full_html=False, include_plotlyjs=False, config=CONFIG))


def bars(labels: list[str], values: list[float], title: str, log: bool = False) -> str:
    """A horizontal bar chart, largest on top."""
    import plotly.graph_objects as go

    if not labels:
        return empty(f"{title}: no rows.")
    fig = go.Figure(go.Bar(x=values[::-1], y=labels[::-1], orientation="h", marker_color=PALETTE[0]))
    fig.update_layout(title=title)
    if log:
        fig.update_xaxes(type="log")
    return fragment(fig, height=max(220, 26 * len(labels) + 80))


def events_over_time(events: pd.DataFrame) -> str:
    """Events per month of their first day, stacked by type."""
    import plotly.graph_objects as go

    if events.empty:
        return empty("No events.")
    month = pd.to_datetime(events["date_start"]).dt.to_period("M").dt.to_timestamp()
    table = events.assign(month=month).groupby(["month", "type"]).size().unstack(fill_value=0)
    fig = go.Figure()
    for i, kind in enumerate(table.columns):
        fig.add_bar(x=table.index, y=table[kind], name=str(kind), marker_color=PALETTE[i % len(PALETTE)])
    fig.update_layout(barmode="stack", title="Events per month, by type",
                      xaxis_title="month of date_start", yaxis_title="events")
    return fragment(fig)


def places_map(places: pd.DataFrame) -> str:
    """Mentioned places at their coordinates, sized by mentions, coloured by level."""
    import plotly.graph_objects as go

    located = places.dropna(subset=["longitude", "latitude"])
    if located.empty:
        return empty("No place has coordinates.")
    agg = (located.groupby(["name", "level", "longitude", "latitude"], dropna=False)
           .agg(mentions=("doc_id", "size"), documents=("doc_id", "nunique")).reset_index())
    fig = go.Figure()
    for i, (level, rows) in enumerate(agg.groupby("level")):
        fig.add_scatter(
            x=rows.longitude, y=rows.latitude, mode="markers", name=str(level),
            text=[f"{n}<br>{m} mentions in {d} documents" for n, m, d in
                  zip(rows.name, rows.mentions, rows.documents)],
            hoverinfo="text", marker={"size": [6 + 4 * math.sqrt(m) for m in rows.mentions],
                                      "color": PALETTE[i % len(PALETTE)], "opacity": 0.7})
    mid = float(agg.latitude.mean())
    fig.update_yaxes(scaleanchor="x", scaleratio=1 / max(math.cos(math.radians(mid)), 0.2),
                     title="latitude")
    fig.update_xaxes(title="longitude")
    fig.update_layout(title="Places by coordinates (no base map, works offline)")
    return fragment(fig, height=520)
