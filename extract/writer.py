"""Writing tables: Parquet row groups streamed to a hidden file, renamed on commit.

A crash before ``commit`` leaves every table as it was (the hidden files are
removed on ``abort`` or ignored by readers); ``commit`` renames each finished
file over its table, an atomic step per table.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any, Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from schemas.arrow import arrow_schema
from schemas.records import TABLES


class TableSink:
    """Buffered writer of one table; rows are dicts shaped like its model."""

    def __init__(self, out: Path, table: str, batch_rows: int = 50_000) -> None:
        self.table, self.batch_rows = table, batch_rows
        self.schema = arrow_schema(table)
        self.final = out / f"{table}.parquet"
        self.tmp = out / f".{table}.{uuid.uuid4().hex[:8]}.parquet.tmp"
        self.buffer: list[dict[str, Any]] = []
        self.rows = 0
        self.writer = pq.ParquetWriter(self.tmp, self.schema, compression="zstd")

    def write(self, rows: Iterable[dict[str, Any]]) -> None:
        self.buffer.extend(rows)
        if len(self.buffer) >= self.batch_rows:
            self.flush()

    def flush(self) -> None:
        if self.buffer:
            self.writer.write_table(pa.Table.from_pylist(self.buffer, schema=self.schema))
            self.rows += len(self.buffer)
            self.buffer = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


class Output:
    """All tables of one run, committed together at the end."""

    def __init__(self, out: Path, batch_rows: int = 50_000) -> None:
        out.mkdir(parents=True, exist_ok=True)
        self.out = out
        self.sinks = {t: TableSink(out, t, batch_rows) for t in TABLES}

    def write(self, table: str, rows: Iterable[dict[str, Any]]) -> None:
        self.sinks[table].write(rows)

    def commit(self) -> dict[str, int]:
        for s in self.sinks.values():
            s.close()
        for s in self.sinks.values():
            if s.final.is_dir():
                import shutil
                shutil.rmtree(s.final)
            os.replace(s.tmp, s.final)
        return {t: s.rows for t, s in self.sinks.items()}

    def abort(self) -> None:
        for s in self.sinks.values():
            try:
                s.writer.close()
            except Exception:  # noqa: BLE001 - best effort clean-up
                pass
            s.tmp.unlink(missing_ok=True)
