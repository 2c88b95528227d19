"""Writing tables: one folder of Parquet parts per table, one part per run.

``OUT/<table>.parquet/part-<run_id>.parquet``: pandas, DuckDB and
``pyarrow.dataset`` read each folder as one table. Row groups are streamed to a
hidden file (readers skip names starting with ``.``) and renamed on ``commit``,
``documents`` last: a part whose run has no ``documents`` part is an orphan of a
crashed run and is removed when the next run opens the folder. A crash therefore
never leaves a table that cannot be read, nor half a run's rows.

Incremental runs: ``Output.done`` holds the doc_ids already written by this
extractor version; the pipeline skips them. ``force`` (or an older version's
rows) replaces every part on commit. ``errors`` always holds the latest run's.
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from schemas.arrow import arrow_schema
from schemas.records import TABLES


class TableSink:
    """Buffered writer of one table's part for this run."""

    def __init__(self, folder: Path, table: str, run_id: str, batch_rows: int) -> None:
        self.table, self.batch_rows = table, batch_rows
        self.schema = arrow_schema(table)
        self.final = folder / f"part-{run_id}.parquet"
        self.tmp = folder / f".part-{run_id}.parquet.tmp"
        self.buffer: list[dict[str, Any]] = []
        self.buffer_chars = 0
        self.rows = 0
        # Statistics only where they help a reader skip row groups: min/max of text
        # columns would copy whole documents and sentences into the footer, which
        # is kept in memory until the file closes (memory growing with the corpus).
        stats = [f.name for f in self.schema
                 if not (pa.types.is_string(f.type) or pa.types.is_list(f.type)) or f.name == "doc_id"]
        self.writer = pq.ParquetWriter(self.tmp, self.schema, compression="zstd", write_statistics=stats)

    # A row group is written when the buffer holds this many characters of
    # text: documents rows carry whole texts, so a row count alone lets memory
    # grow with document size.
    MAX_BUFFER_CHARS = 500_000

    def write(self, rows: Iterable[dict[str, Any]]) -> None:
        for row in rows:
            self.buffer.append(row)
            self.buffer_chars += sum(len(v) for v in row.values() if isinstance(v, str))
        if len(self.buffer) >= self.batch_rows or self.buffer_chars >= self.MAX_BUFFER_CHARS:
            self.flush()

    def flush(self) -> None:
        if self.buffer:
            self.writer.write_table(pa.Table.from_pylist(self.buffer, schema=self.schema))
            self.rows += len(self.buffer)
            self.buffer = []
            self.buffer_chars = 0

    def close(self) -> None:
        self.flush()
        self.writer.close()


def _parts(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("part-*.parquet") if p.is_file())


def _run_of(part: Path) -> str:
    return part.name[len("part-"):-len(".parquet")]


class Output:
    """All tables of one run, committed together at the end."""

    def __init__(self, out: Path, run_id: str, version: str, force: bool = False,
                 batch_rows: int = 20_000) -> None:
        out.mkdir(parents=True, exist_ok=True)
        self.out, self.run_id = out, run_id
        self.replace = force
        if self._migrate_layout():
            remove_plain_files(out)
            self.replace = True
        self.done: set[str] = set()
        if not self.replace:
            self.done, stale = self._existing(version)
            self.replace = stale
            if stale:
                self.done = set()
        self.sinks = {t: TableSink(self._folder(t), t, run_id, batch_rows) for t in TABLES}

    def _folder(self, table: str) -> Path:
        folder = self.out / f"{table}.parquet"
        folder.mkdir(exist_ok=True)
        return folder

    def _migrate_layout(self) -> bool:
        """A table written as one plain file (older layout) is redone whole."""
        return any((self.out / f"{t}.parquet").is_file() for t in TABLES)

    def _existing(self, version: str) -> tuple[set[str], bool]:
        """doc_ids already written, and whether any came from another version;
        orphan parts of crashed runs are removed."""
        folder = self.out / "documents.parquet"
        if not folder.is_dir() or not _parts(folder):
            return set(), False
        # part by part with pyarrow.parquet: pyarrow.dataset would pull in pandas (~50 MB)
        docs: dict[str, list[str]] = {"doc_id": [], "extractor_version": [], "run_id": []}
        for part in _parts(folder):
            cols = pq.read_table(part, columns=list(docs)).to_pydict()
            for k in docs:
                docs[k].extend(cols[k])
        runs = set(docs["run_id"])
        for t in TABLES:
            for part in _parts(self.out / f"{t}.parquet"):
                if _run_of(part) not in runs and t != "errors":
                    part.unlink()
        stale = any(v != version for v in docs["extractor_version"])
        return set(docs["doc_id"]), stale

    def write(self, table: str, rows: Iterable[dict[str, Any]]) -> None:
        self.sinks[table].write(rows)

    def commit(self) -> dict[str, int]:
        for s in self.sinks.values():
            s.close()
        order = [t for t in TABLES if t != "documents"] + ["documents"]
        for t in order:
            s = self.sinks[t]
            folder = s.final.parent
            old = _parts(folder) if (self.replace or t == "errors") else []
            if s.rows == 0 and (_parts(folder) and not old):
                s.tmp.unlink()  # nothing new; the table already has parts
                continue
            s.tmp.replace(s.final)
            for p in old:
                if p != s.final:
                    p.unlink()
        return {t: s.rows for t, s in self.sinks.items()}

    def abort(self) -> None:
        for s in self.sinks.values():
            try:
                s.writer.close()
            except Exception:  # noqa: BLE001 - best effort clean-up
                pass
            s.tmp.unlink(missing_ok=True)


def remove_plain_files(out: Path) -> None:
    """Drop tables of the older one-file layout (called before a replacing commit)."""
    for t in TABLES:
        f = out / f"{t}.parquet"
        if f.is_file():
            f.unlink()
        elif f.is_dir() and not any(f.iterdir()):
            shutil.rmtree(f)
