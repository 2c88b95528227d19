"""The data dictionary (Markdown), generated from the record models."""
from __future__ import annotations

from schemas.arrow import arrow_schema
from schemas.records import TABLES

INTRO = """# Output tables

Generated from `schemas/records.py` by `schemas/dictionary.py`; do not edit by hand
(`make dictionary` rewrites it, and a test checks it is current).

Each table is `<table>.parquet` in the output folder. Offsets `start`/`end` are
character offsets into `documents.text` of the same `doc_id`, end exclusive, and
`documents.text[start:end] == text` for every record. Dates are `date32`; a month
or a year is written as its first and last day with a `precision`.
"""


def render() -> str:
    """Markdown describing every table and column."""
    parts = [INTRO]
    for table, model in TABLES.items():
        doc = (model.__doc__ or "").strip().splitlines()
        parts.append(f"\n## {table}\n")
        if doc and not doc[0].startswith("Base"):
            parts.append(f"{doc[0]}\n")
        parts.append("| column | type | nullable | meaning |\n|---|---|---|---|")
        for field in arrow_schema(table):
            desc = field.metadata[b"description"].decode() if field.metadata else ""
            parts.append(f"| {field.name} | {field.type} | {'yes' if field.nullable else 'no'} | {desc} |")
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    print(render(), end="")
