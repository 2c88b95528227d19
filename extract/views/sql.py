"""``extract sql``: DuckDB over the Parquet tables, each contract table a view.

A table may be one Parquet file or a folder of parts; the view reads either
(a folder through a recursive glob). A missing table is an empty view with the
contract's columns, so queries that join it still run.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from schemas.arrow import arrow_schema
from schemas.records import TABLES


def _quote(text: str) -> str:
    """A SQL string literal.

    >>> _quote("it's")
    "'it''s'"
    """
    return "'" + text.replace("'", "''") + "'"


def source(out: Path, table: str) -> str:
    """The ``read_parquet`` call for a table: a file, or every part under a folder."""
    path = out / f"{table}.parquet"
    pattern = str(path / "**" / "*.parquet") if path.is_dir() else str(path)
    return f"read_parquet({_quote(pattern)}, union_by_name = true)"


def connect(out: Path) -> Any:
    """An in-memory DuckDB connection with one view per contract table."""
    import duckdb

    con = duckdb.connect(":memory:")
    for table in TABLES:
        path = out / f"{table}.parquet"
        if path.exists():
            con.execute(f'CREATE VIEW "{table}" AS SELECT * FROM {source(out, table)}')
        else:
            con.register(f"_empty_{table}", arrow_schema(table).empty_table())
            con.execute(f'CREATE VIEW "{table}" AS SELECT * FROM "_empty_{table}"')
    return con


def query(out: Path, sql: str) -> Any:
    """The result of ``sql`` as a pandas DataFrame."""
    con = connect(out)
    try:
        return con.execute(sql).fetchdf()
    finally:
        con.close()


def render(frame: Any, fmt: str = "table", max_rows: int = 100) -> str:
    """A result frame as text: a boxed table, CSV or JSON lines."""
    if fmt == "csv":
        return str(frame.to_csv(index=False))
    if fmt == "json":
        return str(frame.to_json(orient="records", lines=True, force_ascii=False, date_format="iso"))
    shown = frame.head(max_rows)
    more = f"\n({len(frame)} rows, {max_rows} shown)" if len(frame) > max_rows else f"\n({len(frame)} rows)"
    return box(shown) + more


def _width(text: str) -> int:
    """Display width: East Asian wide and full-width characters count two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cell(value: Any, limit: int = 40) -> str:
    text = "NULL" if value is None or (isinstance(value, float) and value != value) else str(value)
    text = text.replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def box(frame: Any) -> str:
    """A frame as a plain text table aligned for CJK text.

    >>> import pandas as pd; print(box(pd.DataFrame({"name": ["成都市"], "n": [2]})))
    name   | n
    -------+--
    成都市 | 2
    """
    cols = [str(c) for c in frame.columns]
    rows = [[_cell(v) for v in r] for r in frame.itertuples(index=False)]
    widths = [max([_width(c)] + [_width(r[i]) for r in rows]) for i, c in enumerate(cols)]

    def line(cells: list[str]) -> str:
        return " | ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths)).rstrip()

    rule = "-+-".join("-" * w for w in widths)
    return "\n".join([line(cols), rule, *(line(r) for r in rows)])
