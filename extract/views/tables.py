"""Reading the output tables: a Parquet file or a folder of parts, or nothing.

A table that is missing is read as an empty frame with the contract's columns,
so every view works on a partial or empty output folder.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Optional

import pandas as pd
import pyarrow.parquet as pq

from schemas.arrow import arrow_schema

SPAN_TABLES = ("counts", "events", "places", "organisations")


def table_path(out: Path, table: str) -> Path:
    """Where a table lives in an output folder (file or folder of parts)."""
    return out / f"{table}.parquet"


def read_table(out: Path, table: str, columns: Optional[list[str]] = None,
               filters: Optional[list[tuple[str, str, Any]]] = None) -> pd.DataFrame:
    """One table as a DataFrame; an empty frame with its columns when missing."""
    path = table_path(out, table)
    schema = arrow_schema(table)
    if not path.exists():
        empty = schema.empty_table()
        return empty.select(columns).to_pandas() if columns else empty.to_pandas()
    frame = pq.read_table(path, columns=columns, filters=filters or None).to_pandas()
    return frame


def find_document(out: Path, doc: str) -> Optional[str]:
    """The doc_id for DOC: a doc_id, a source path, a source file name or a unique id prefix."""
    index = read_table(out, "documents", columns=["doc_id", "source"])
    for key in (index.doc_id == doc, index.source == doc,
                index.source.map(lambda s: Path(s).name == doc)):
        hits = index[key]
        if len(hits):
            return str(hits.doc_id.iloc[0])
    hits = index[index.doc_id.str.startswith(doc)] if doc else index.iloc[0:0]
    return str(hits.doc_id.iloc[0]) if len(hits) == 1 else None


def document_rows(out: Path, doc_id: str) -> dict[str, pd.DataFrame]:
    """Every table's rows for one document (documents, errors, articles and spans)."""
    flt = [("doc_id", "=", doc_id)]
    return {t: read_table(out, t, filters=flt)
            for t in ("documents", "errors", "articles", *SPAN_TABLES)}


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    """The text of a file shipped in ``extract/views/assets``."""
    return resources.files("extract.views").joinpath("assets", name).read_text(encoding="utf-8")


def jsonable(value: Any) -> Any:
    """A cell as a JSON value: dates as ISO text, arrays as lists, NaN as null.

    >>> import datetime as dt, numpy as np
    >>> [jsonable(v) for v in (dt.date(2021, 3, 1), np.array(["a"]), float("nan"), np.int64(3))]
    ['2021-03-01', ['a'], None, 3]
    """
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "tolist"):
        return jsonable(value.tolist())
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, float) and value != value:
        return None
    return value


def script_json(data: Any) -> str:
    """JSON safe to place inside a ``<script>`` element.

    >>> script_json({"a": "</script>&"})
    '{"a": "\\\\u003c/script\\\\u003e\\\\u0026"}'
    """
    import json

    text = json.dumps(data, ensure_ascii=False, default=str)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
