"""Parallel, incremental and distributed runs write the same rows."""
from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from extract.pipeline import run
from schemas.records import TABLES

ROOT = Path(__file__).resolve().parent.parent


def table(out: Path, name: str) -> list[dict]:
    rows = ds.dataset(out / f"{name}.parquet", format="parquet", ignore_prefixes=[".", "_"]).to_table().to_pylist()
    for r in rows:
        r.pop("run_id", None)
    return sorted(rows, key=lambda r: (r.get("doc_id") or "", r.get("start") or 0, repr(r)))


def same_tables(a: Path, b: Path) -> None:
    for name in TABLES:
        ta, tb = table(a, name), table(b, name)
        assert len(ta) == len(tb), name
        for ra, rb in zip(ta, tb):
            assert {k: v for k, v in ra.items() if ra[k] != rb.get(k)} == {}, name


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    shutil.copytree(ROOT / "seeds", src)
    return src


def test_second_run_adds_nothing_and_a_new_file_adds_its_rows(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run([corpus], out, jobs=1, progress=False)
    assert first.documents == 5
    counts_before = len(table(out, "counts"))
    second = run([corpus], out, jobs=1, progress=False)
    assert (second.documents, second.skipped) == (0, 5)
    assert len(table(out, "documents")) == 5 and len(table(out, "counts")) == counts_before

    new = corpus / "extra.txt"
    new.write_text("12月21日，遂宁市召开推进会议，参会22名选手，发放补贴3万元。", encoding="utf-8")
    alone = tmp_path / "alone"
    run([new], alone, jobs=1, progress=False)
    third = run([corpus], out, jobs=1, progress=False)
    assert (third.documents, third.skipped) == (1, 5)
    assert len(table(out, "documents")) == 6
    for name in ("counts", "events", "places", "organisations"):
        extra = [r for r in table(out, name) if r["doc_id"] == table(alone, "documents")[0]["doc_id"]]
        assert extra == table(alone, name), name


def test_force_redoes_everything(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run([corpus], out, jobs=1, progress=False)
    again = run([corpus], out, jobs=1, progress=False, force=True)
    assert again.documents == 5 and again.skipped == 0
    assert len(table(out, "documents")) == 5
    assert len(list((out / "documents.parquet").glob("part-*.parquet"))) == 1


def test_a_crashed_run_leaves_readable_tables_and_no_orphans(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    from extract import pipeline

    out = tmp_path / "out"
    run([corpus], out, jobs=1, progress=False)
    before = {n: table(out, n) for n in TABLES}
    (corpus / "new.txt").write_text("12月21日，召开推进会议。", encoding="utf-8")
    calls = {"n": 0}
    real = pipeline.process_file

    def dies_on_second(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] > 0:
            raise KeyboardInterrupt
        return real(*args, **kwargs)
    monkeypatch.setattr(pipeline, "process_file", dies_on_second)
    with pytest.raises(KeyboardInterrupt):
        run([corpus], out, jobs=1, progress=False)
    assert {n: table(out, n) for n in TABLES} == before
    assert not list(out.rglob(".*.tmp"))


def test_parallel_run_has_the_same_rows_in_the_same_order(corpus: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    run([corpus], one, jobs=1, progress=False)
    run([corpus], two, jobs=2, progress=False)
    for name in TABLES:
        a = ds.dataset(one / f"{name}.parquet").to_table().drop_columns(["run_id"] if name == "documents" else [])
        b = ds.dataset(two / f"{name}.parquet").to_table().drop_columns(["run_id"] if name == "documents" else [])
        assert a.equals(b), name


def test_dask_local_cluster_writes_the_same_tables(corpus: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    local, dask_out = tmp_path / "local", tmp_path / "dask"
    run([corpus], local, jobs=1, progress=False)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1",
                                  dashboard_address=None, processes=True) as cluster:
        run([corpus], dask_out, progress=False, scheduler=cluster.scheduler_address)
    same_tables(local, dask_out)
