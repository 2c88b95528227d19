"""The pipeline: read -> normalize -> segment -> extract -> validate -> write.

``process_raw`` turns one decoded document into rows for every table and never
raises: whatever fails becomes an ``errors`` row. ``run`` walks the inputs,
processes documents (in worker processes when ``jobs > 1``, results kept in
input order) and streams the rows to the output tables.
"""
from __future__ import annotations

import bisect
import multiprocessing
import os
import sys
import time
import uuid
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from extract.version import extractor_version
from extract.context import DocContext
from extract.docdate import document_date
from extract.normalize import normalize
from extract.reader import RawDocument, ReadError, discover, doc_id_of, read
from extract.registry import EXTRACTORS, extractor
from extract.segment import split_articles, split_sentences
from schemas.records import TABLES, Article, Document, ErrorRow, Event, Span

Row = dict[str, Any]


@dataclass
class DocResult:
    source: str
    rows: dict[str, list[Row]] = field(default_factory=dict)
    failed: bool = False


@dataclass
class Summary:
    documents: int = 0
    skipped: int = 0
    failed: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def line(self) -> str:
        counts = ", ".join(f"{t} {n}" for t, n in self.rows.items() if t != "documents")
        failed = f"{len(self.failed)} failed" + (f": {', '.join(self.failed[:5])}" if self.failed else "")
        more = " …" if len(self.failed) > 5 else ""
        skipped = f", {self.skipped} already done" if self.skipped else ""
        return f"{self.documents} documents ({failed}{more}{skipped}); {counts}; {self.seconds:.1f} s"


def _error(source: str, stage: str, message: str, doc_id: Optional[str] = None) -> Row:
    message = " ".join(str(message).split())[:500]
    return ErrorRow(source=source, stage=stage, message=message, doc_id=doc_id).model_dump()


def process_file(path: str, source: str, run_id: str) -> DocResult:
    """Read one file and process it; a file that cannot be read is one error row."""
    try:
        raw = read(Path(path), source)
    except ReadError as exc:
        return DocResult(source, {"errors": [_error(source, exc.stage, str(exc))]}, failed=True)
    except Exception as exc:  # noqa: BLE001 - one bad file never stops a run
        return DocResult(source, {"errors": [_error(source, "read", f"{type(exc).__name__}: {exc}")]}, failed=True)
    return process_raw(raw, run_id)


def process_raw(raw: RawDocument, run_id: str) -> DocResult:
    """Every table's rows for one decoded document."""
    res = DocResult(raw.source, {t: [] for t in TABLES})
    errors = res.rows["errors"]
    errors.extend(_error(raw.source, "decode", n, raw.doc_id) for n in raw.notes)
    try:
        norm = normalize(raw.text)
        date, precision, date_rule = document_date(norm.text)
        ctx = DocContext(raw.doc_id, norm.text, date, precision, split_sentences(norm.text),
                         split_articles(norm.text, tuple(norm.headings)))
    except Exception as exc:  # noqa: BLE001
        errors.append(_error(raw.source, "normalize", f"{type(exc).__name__}: {exc}", raw.doc_id))
        res.failed = True
        return res
    res.rows["documents"].append(Document(
        doc_id=raw.doc_id, source=raw.source, source_format=raw.source_format, encoding=raw.encoding,
        text=ctx.text, doc_date=date, doc_date_precision=precision, doc_date_rule=date_rule,
        normalizations=norm.steps, warnings=norm.warnings, extractor_version=extractor_version(),
        run_id=run_id).model_dump())
    res.rows["articles"] = [Article(doc_id=raw.doc_id, title=a.title, start=a.start, end=a.end,
                                    title_start=a.title_start, title_end=a.title_end,
                                    rule=a.rule).model_dump() for a in ctx.articles]
    for table, module in EXTRACTORS:
        records = _run_extractor(table, module, ctx, raw.source, errors)
        ctx.prior[table] = records
    _link_events(ctx)
    for table, _ in EXTRACTORS:
        res.rows[table] = [r.model_dump() for r in ctx.prior[table]]
    return res


def _run_extractor(table: str, module: str, ctx: DocContext, source: str,
                   errors: list[Row]) -> list[Span]:
    try:
        found = extractor(module)(ctx)
    except Exception as exc:  # noqa: BLE001 - reported, the other extractors go on
        errors.append(_error(source, "extract", f"{table}: {type(exc).__name__}: {exc}", ctx.doc_id))
        return []
    finally:                   # what the extractor caught and carried on from
        errors.extend(_error(source, "extract", p, ctx.doc_id) for p in ctx.problems)
        ctx.problems.clear()
    kept = []
    for rec in found:
        problem = _check(rec, TABLES[table], ctx)
        if problem:
            errors.append(_error(source, "validate", f"{table}: {problem}", ctx.doc_id))
        else:
            kept.append(rec)
    return kept


def _check(rec: Any, model: type, ctx: DocContext) -> Optional[str]:
    if not isinstance(rec, model):
        return f"not a {model.__name__} record: {type(rec).__name__}"
    if rec.doc_id != ctx.doc_id:
        return f"doc_id {rec.doc_id!r} is not the document's"
    if ctx.text[rec.start:rec.end] != rec.text:
        return f"span [{rec.start}:{rec.end}] is {ctx.text[rec.start:rec.end]!r}, record says {rec.text!r}"
    return None


def _link_events(ctx: DocContext) -> None:
    """Fill each event's organisations and places from its sentence."""
    index = {t: sorted(ctx.prior.get(t, []), key=lambda r: r.start) for t in ("organisations", "places")}
    starts = {t: [r.start for r in rs] for t, rs in index.items()}

    def names(table: str, lo: int, hi: int) -> list[str]:
        a, b = bisect.bisect_left(starts[table], lo), bisect.bisect_left(starts[table], hi)
        return list(dict.fromkeys(r.name for r in index[table][a:b]))
    linked = []
    for ev in ctx.prior.get("events", []):
        s = ctx.sentence_at(ev.start)
        linked.append(ev.model_copy(update={"organisations": names("organisations", s.start, s.end),
                                            "places": names("places", s.start, s.end)}))
    ctx.prior["events"] = linked


def _ordered(results: Iterable[Any], window: int) -> Iterator[DocResult]:
    """Results in input order with at most ``window`` futures in flight (memory
    stays flat however many files there are)."""
    pending: deque[Any] = deque()
    for item in results:
        pending.append(item)
        if len(pending) >= window:
            yield _value(pending.popleft())
    while pending:
        yield _value(pending.popleft())


def _value(item: Any) -> DocResult:
    return item if isinstance(item, DocResult) else item.result()


def _todo(files: Iterable[tuple[Path, str]], done: set[str], summary: "Summary") -> Iterator[tuple[str, str]]:
    """Files not yet processed by this version (doc_id is a hash of the bytes)."""
    for path, source in files:
        if done:
            try:
                if doc_id_of(path.read_bytes()) in done:
                    summary.skipped += 1
                    continue
            except OSError:
                pass  # the worker reports it
        yield str(path), source


def _results(todo: Iterator[tuple[str, str]], run_id: str, jobs: int,
             scheduler: Optional[str]) -> Iterator[DocResult]:
    if scheduler:
        from extract.cluster import dask_results

        yield from dask_results(todo, run_id, scheduler)
        return
    if jobs <= 1:
        yield from (process_file(p, s, run_id) for p, s in todo)
        return
    # spawn, not fork: a forked worker would carry the parent's pyarrow pages
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        yield from _ordered((pool.submit(process_file, p, s, run_id) for p, s in todo), jobs * 8)


def run(inputs: Iterable[Path], out: Path, jobs: int = 1, progress: Optional[bool] = None,
        force: bool = False, scheduler: Optional[str] = None) -> Summary:
    """Process every input file and write all tables to ``out``.

    Documents already in ``out`` from this extractor version are skipped unless
    ``force``; ``scheduler`` (``tcp://host:port``) runs the work on a Dask cluster.
    """
    from extract.writer import Output

    t0 = time.perf_counter()
    run_id = time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    roots = list(inputs)
    show = progress if progress is not None else sys.stderr.isatty()
    total = sum(1 for _ in discover(roots)) if show else 0  # counted, not held: a list of
    files = discover(roots)                                  # 60k paths costs ~30 MB
    summary = Summary()
    output = Output(out, run_id, extractor_version(), force=force)
    try:
        todo = _todo(files, output.done, summary)
        for n, res in enumerate(_results(todo, run_id, jobs, scheduler), 1):
            _collect(res, summary, output)
            if show:
                print(f"\r{n + summary.skipped}/{total} documents", end="", file=sys.stderr)
        if show:
            print(file=sys.stderr)
        summary.rows = output.commit()
        _write_dictionary(out)
    except BaseException:
        output.abort()
        raise
    summary.seconds = time.perf_counter() - t0
    return summary


def _collect(res: DocResult, summary: Summary, output: Any) -> None:
    summary.documents += 1
    if res.failed:
        summary.failed.append(res.source)
    for err in res.rows.get("errors", []):
        print(f"error: {err['source']}: [{err['stage']}] {err['message']}", file=sys.stderr)
    for table, rows in res.rows.items():
        output.write(table, rows)


def _write_dictionary(out: Path) -> None:
    """The data dictionary beside the tables, generated from the schemas."""
    from schemas.dictionary import render

    tmp = out / ".README.md.tmp"
    tmp.write_text(render(), encoding="utf-8")
    os.replace(tmp, out / "README.md")


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
