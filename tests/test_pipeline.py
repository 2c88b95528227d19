"""End to end over seeds/: every table, its schema, its spans."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyarrow.dataset as ds
import pyarrow.parquet as pq

from schemas.arrow import arrow_schema
from schemas.dictionary import render
from schemas.records import TABLES

ROOT = Path(__file__).resolve().parent.parent
SPAN_TABLES = ("counts", "events", "places", "organisations")


def test_every_table_is_written_with_its_schema(seed_run) -> None:
    summary, out = seed_run
    assert summary.documents == 5 and not summary.failed
    for table in TABLES:
        written = ds.dataset(out / f"{table}.parquet", format="parquet").schema
        assert written.remove_metadata().equals(arrow_schema(table).remove_metadata(), check_metadata=False)
    assert (out / "README.md").read_text(encoding="utf-8") == render()


def test_every_span_points_at_its_text(seed_run) -> None:
    _, out = seed_run
    texts = {d["doc_id"]: d["text"] for d in pq.read_table(out / "documents.parquet").to_pylist()}
    checked = 0
    for table in SPAN_TABLES:
        for r in pq.read_table(out / f"{table}.parquet").to_pylist():
            assert texts[r["doc_id"]][r["start"]:r["end"]] == r["text"], (table, r)
            assert r["rule"]
            checked += 1
    for a in pq.read_table(out / "articles.parquet").to_pylist():
        assert 0 <= a["start"] <= a["end"] <= len(texts[a["doc_id"]])
    assert checked > 0


def test_no_stage_failed_on_the_seeds(seed_run) -> None:
    _, out = seed_run
    assert pq.read_table(out / "errors.parquet").to_pylist() == []


def test_documents_record_dates_and_normalizations(seed_run) -> None:
    _, out = seed_run
    docs = {d["source"]: d for d in pq.read_table(out / "documents.parquet").to_pylist()}
    assert docs["004_e724c7f9a0258902.txt"]["normalizations"][:2] == ["pinyin_removed", "traditional_to_simplified"]
    assert docs["001_01c02c6ddd31601f.txt"]["doc_date_precision"] == "day"
    assert all(d["extractor_version"] and d["run_id"] for d in docs.values())


def test_committed_data_dictionary_is_current() -> None:
    assert (ROOT / "outputs" / "README.md").read_text(encoding="utf-8") == render()


def test_cli_exit_status_says_whether_a_document_failed(tmp_path: Path) -> None:
    good = tmp_path / "in"
    good.mkdir()
    (good / "a.txt").write_text("12月21日，召开推进会议，参会22名。", encoding="utf-8")
    cmd = [sys.executable, "-m", "extract", "run", str(good), "--out", str(tmp_path / "o1"), "--jobs", "1"]
    ok = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    assert ok.returncode == 0, ok.stderr
    assert "1 documents (0 failed)" in ok.stderr
    (good / "b.txt").write_bytes(b"")
    cmd[-3] = str(tmp_path / "o2")
    bad = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 1
    assert "b.txt" in bad.stderr and "empty" in bad.stderr


def test_a_failed_run_leaves_the_previous_tables(tmp_path: Path, monkeypatch) -> None:
    from extract import pipeline

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("12月21日，召开推进会议。", encoding="utf-8")
    out = tmp_path / "out"
    pipeline.run([src], out, jobs=1, progress=False)
    before = pq.read_table(out / "documents.parquet").to_pylist()

    def boom(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(pipeline, "process_file", boom)
    try:
        pipeline.run([src], out, jobs=1, progress=False)
    except KeyboardInterrupt:
        pass
    assert pq.read_table(out / "documents.parquet").to_pylist() == before
    assert not list(out.rglob(".*.tmp"))


def test_an_exception_an_extractor_caught_is_recorded(monkeypatch) -> None:
    """An extractor never raises, but what it caught is not lost: it becomes an
    errors row, and the other extractors' records are still there."""
    from extract import counts, pipeline
    from extract.reader import RawDocument

    def broken(ctx):  # noqa: ANN001, ANN202
        raise ValueError("a rule broke")

    monkeypatch.setattr(counts, "_extract", broken)
    raw = RawDocument(source="a.txt", path=Path("a.txt"), doc_id="d1",
                      text="2023年6月3日，遂宁市人社局举办招聘会，吸纳就业300人。",
                      encoding="utf-8", source_format="txt")
    res = pipeline.process_raw(raw, "run")
    messages = [e["message"] for e in res.rows["errors"]]
    assert any(m.startswith("counts: ValueError: a rule broke") for m in messages), messages
    assert res.rows["counts"] == []
    assert res.rows["places"] and res.rows["organisations"] and res.rows["events"]
