"""Encodings are detected, bad files are reported and the run goes on."""
from __future__ import annotations

import codecs
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from extract.pipeline import run
from extract.reader import ReadError, decode, read

TEXT = "12月21日，遂宁市人社系统召开巩固脱贫成果助力乡村振兴推进会议，参会22名。"


@pytest.mark.parametrize("encoding, data", [
    ("utf-8", TEXT.encode("utf-8")),
    ("utf-8-sig", codecs.BOM_UTF8 + TEXT.encode("utf-8")),
    ("gb18030", TEXT.encode("gb18030")),
    ("gb18030", TEXT.encode("gbk")),
    ("utf-16", TEXT.encode("utf-16")),          # with BOM
    ("utf-16", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be")),
])
def test_encodings_are_detected(encoding: str, data: bytes) -> None:
    text, used = decode(data)
    assert text == TEXT
    assert used == encoding


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"  \n\t\n", "empty"),
    (bytes(range(256)) * 20, "binary"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "binary"),
])
def test_bad_bytes_raise_a_clear_reason(data: bytes, reason: str) -> None:
    with pytest.raises(ReadError, match=reason):
        decode(data)


def test_truncated_utf8_keeps_the_text_and_notes_the_cut(tmp_path: Path) -> None:
    p = tmp_path / "cut.txt"
    p.write_bytes(TEXT.encode("utf-8") + "就".encode("utf-8")[:2])
    raw = read(p, "cut.txt")
    assert raw.text == TEXT
    assert raw.notes and "truncated UTF-8" in raw.notes[0]


def test_one_bad_file_never_stops_a_run(tmp_path: Path) -> None:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text(TEXT, encoding="utf-8")
    (src / "sub" / "b.txt").write_bytes(TEXT.encode("gb18030"))
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (src / "cut.txt").write_bytes(TEXT.encode("utf-8")[:-1])
    (src / "ignored.bin").write_bytes(b"\x00")
    out = tmp_path / "out"
    summary = run([src], out, jobs=1, progress=False)
    assert sorted(summary.failed) == ["binary.txt", "empty.txt"]
    docs = pq.read_table(out / "documents.parquet").to_pylist()
    assert sorted(d["source"] for d in docs) == ["a.txt", "cut.txt", "sub/b.txt"]
    assert {d["text"] for d in docs if d["source"] != "cut.txt"} == {TEXT}
    errors = pq.read_table(out / "errors.parquet").to_pylist()
    by_source = {e["source"]: e for e in errors if e["stage"] in ("read", "decode")}
    assert set(by_source) == {"binary.txt", "empty.txt", "cut.txt"}
    assert "empty" in by_source["empty.txt"]["message"]
    assert "binary" in by_source["binary.txt"]["message"]


def test_same_bytes_same_doc_id(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(TEXT, encoding="utf-8")
    b.write_text(TEXT, encoding="utf-8")
    assert read(a, "a.txt").doc_id == read(b, "b.txt").doc_id
    b.write_text(TEXT + "。", encoding="utf-8")
    assert read(a, "a.txt").doc_id != read(b, "b.txt").doc_id


@pytest.mark.parametrize("name, fmt", [("a.txt", "txt"), ("a.HTM", "html"), ("a.shtml", "html"),
                                       ("a.docx", "docx"), ("a.pdf", "pdf"), ("README", "txt")])
def test_format_by_suffix(name: str, fmt: str) -> None:
    from extract.reader import format_of

    assert format_of(Path(name)) == fmt


def test_discover_finds_every_format_and_escapes_odd_names(tmp_path: Path) -> None:
    from extract.reader import discover

    for name in ("a.txt", "b.html", "c.docx", "d.pdf", "e.doc", ".hidden.txt", "f\nx.txt"):
        (tmp_path / name).write_bytes(b"x")
    assert [s for _, s in discover([tmp_path])] == ["a.txt", "b.html", "c.docx", "d.pdf", "f\\x0ax.txt"]


def test_mixed_encodings_are_decoded_line_by_line_with_a_note(tmp_path: Path) -> None:
    p = tmp_path / "mixed.txt"
    p.write_bytes(TEXT.encode("utf-8") + b"\n" + TEXT.encode("gbk") + b"\n" + TEXT.encode("utf-8"))
    raw = read(p, "mixed.txt")
    assert raw.text == "\n".join([TEXT] * 3)
    assert raw.encoding == "utf-8+gb18030"
    assert raw.notes == ("mixed encodings: 1 line(s) decoded as GB18030, the rest UTF-8 (first: line 2)",)
