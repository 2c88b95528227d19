"""Hostile inputs: each gives a clear one-line reason in ``errors``, the run goes
on, the exit status says that something failed, and good inputs are complete."""
from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from extract import reader
from extract.pipeline import process_file, run
from extract.reader import MAX_LINE, ReadError, read

GOOD = "12月21日，遂宁市人社系统召开巩固脱贫成果助力乡村振兴推进会议，参会22名。"
UTF8_LINE = "遂宁市人社局召开就业工作推进会议。"
GBK_LINE = "成都市人社局举办招聘会，提供岗位3000个。"


def _deep_html(depth: int) -> bytes:
    return ("<html><body>" + "<div>" * depth + "深层" + "</div>" * depth + "</body></html>").encode()


def _scanned_pdf() -> bytes:
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    img = io.BytesIO()
    Image.new("L", (60, 20), 200).save(img, format="PNG")
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawImage(ImageReader(io.BytesIO(img.getvalue())), 50, 600, 300, 100)
    c.showPage()
    c.save()
    return buf.getvalue()


# name -> (bytes, stage, words the one-line reason must hold); None: the file is read, with a note
BAD: dict[str, tuple[bytes, str, str]] = {
    "empty.txt": (b"", "read", "empty file"),
    "blank.html": (b" \n\t ", "read", "empty file"),
    "binary.txt": (bytes(range(256)) * 40, "decode", "binary"),
    "image.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "decode", "binary file: a PNG image"),
    "pdf-named.txt": (b"%PDF-1.4\n" + bytes(range(256)), "decode", "binary file: a PDF"),
    "deep.html": (_deep_html(100_000), "decode", "nested deeper than 2048 levels"),
    "scripts-only.html": (b"<script>var a = 1;</script><style>p{}</style>", "decode", "no visible text"),
    "corrupt.docx": (b"PK\x03\x04" + b"\x00garbage" * 50, "decode", "corrupt DOCX"),
    "text-named.docx": (GOOD.encode(), "decode", "corrupt DOCX: not a zip package"),
    "corrupt.pdf": (b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%EOF garbage", "decode", "corrupt PDF"),
    "truncated.pdf": (b"", "decode", ""),  # filled in below: a real PDF cut in half
    "scanned.pdf": (_scanned_pdf(), "decode", "scanned PDF: no text layer"),
}


def _truncated_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(100, 700, "Employment bulletin " * 5)
    c.save()
    return buf.getvalue()[: len(buf.getvalue()) // 3]


BAD["truncated.pdf"] = (_truncated_pdf(), "decode", "PDF")

NOTED: dict[str, tuple[bytes, str, str]] = {  # read, with an errors row saying what was repaired
    "cut.txt": (GOOD.encode()[:-1], GOOD[:-1], "truncated UTF-8"),
    "mixed.txt": (f"{UTF8_LINE}\n".encode() + GBK_LINE.encode("gbk"), f"{UTF8_LINE}\n{GBK_LINE}",
                  "mixed encodings: 1 line(s) decoded as GB18030"),
    "malformed.html": (f"<p>{GOOD}<b><i></p></div></span><td>参会22名".encode(), f"{GOOD}\n\n参会22名", ""),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_each_bad_input_is_one_clear_error(tmp_path: Path, name: str) -> None:
    data, stage, words = BAD[name]
    path = tmp_path / name
    path.write_bytes(data)
    t0 = time.perf_counter()
    res = process_file(str(path), name, "test")
    assert time.perf_counter() - t0 < 10
    assert res.failed
    [err] = res.rows["errors"]
    assert err["stage"] == stage and words in err["message"]
    assert "\n" not in err["message"] and len(err["message"]) < 300


@pytest.mark.parametrize("name", sorted(NOTED))
def test_repairable_inputs_are_read_with_a_note(tmp_path: Path, name: str) -> None:
    data, text, note = NOTED[name]
    path = tmp_path / name
    path.write_bytes(data)
    res = process_file(str(path), name, "test")
    assert not res.failed
    assert res.rows["documents"][0]["text"] == text
    notes = [e["message"] for e in res.rows["errors"] if e["stage"] == "decode"]
    assert (note in notes[0]) if note else not notes


def test_a_100_mb_single_line_is_refused_quickly_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "one-line.txt"
    chunk = ("就业" * 174763).encode()   # ~1 MiB of text without a line break
    with open(path, "wb") as f:
        for _ in range(100):
            f.write(chunk)
    t0 = time.perf_counter()
    with pytest.raises(ReadError, match="without a line break"):
        read(path, path.name)
    assert time.perf_counter() - t0 < 5


def test_a_long_line_below_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_bytes(("就业" * (MAX_LINE // 8)).encode())  # 3/4 of the limit, in bytes
    assert len(read(path, path.name).text) == MAX_LINE // 4


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(GOOD, encoding="utf-8")
    path.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make open() fail as it would for a user
        real_open = open

        def deny(file, *args, **kwargs):  # type: ignore[no-untyped-def]
            if Path(file) == path:
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)
        monkeypatch.setattr("builtins.open", deny)
    with pytest.raises(ReadError, match="cannot read: Permission denied"):
        read(path, path.name)


def test_a_folder_of_hostile_inputs(tmp_path: Path) -> None:
    """The whole zoo in one run: exit status, failed list, errors rows, good rows."""
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    for name, (data, _, _) in {**BAD, **NOTED}.items():
        (src / name).write_bytes(data)
    good = {"good.txt": GOOD, "sub/好 文件 (1)#.txt": GOOD + "再次。", "odd\nname\t.txt": GOOD + "三。"}
    for name, text in good.items():
        (src / name).write_text(text, encoding="utf-8")
    os.symlink(src, src / "sub" / "loop")                       # a folder loop
    os.symlink(src / "self.txt", src / "self.txt")              # a file loop
    os.symlink(src / "missing.txt", src / "dangling.txt")       # a dangling link
    os.mkfifo(src / "fifo.txt")                                 # would block a naive read
    bad_name = os.fsencode(src) + b"/latin1-\xe9.txt"           # not UTF-8
    with open(bad_name, "wb") as f:
        f.write(GOOD.encode("gb18030"))
    out = tmp_path / "out"
    result = CliRunner().invoke(_app(), ["run", str(src), "--out", str(out), "--jobs", "1",
                                         "--no-progress"])
    assert result.exit_code == 1, result.output
    errors = pq.read_table(out / "errors.parquet").to_pylist()
    failed = {e["source"]: e for e in errors if e["stage"] in ("read", "decode")
              and e["source"] not in NOTED}
    assert set(failed) == set(BAD) | {"self.txt", "dangling.txt", "fifo.txt"}
    assert "Too many levels of symbolic links" in failed["self.txt"]["message"]
    assert "not a regular file" in failed["fifo.txt"]["message"]
    docs = {d["source"]: d for d in pq.read_table(out / "documents.parquet").to_pylist()}
    assert set(docs) == set(NOTED) | {"good.txt", "sub/好 文件 (1)#.txt", "odd\\x0aname\\x09.txt",
                                      "latin1-\\xe9.txt"}
    assert not any(s.startswith("sub/loop") for s in docs)
    assert docs["latin1-\\xe9.txt"]["text"] == GOOD
    places = pq.read_table(out / "places.parquet").to_pylist()
    assert {p["doc_id"] for p in places} >= {docs["good.txt"]["doc_id"]}


def _app():  # type: ignore[no-untyped-def]
    from extract.cli import app

    return app


# --- bounded time -----------------------------------------------------------

# For 10 MB through every stage: linear code needs well under a minute here (about
# 5 s per MB of digits on a loaded 2-core machine); a quadratic pattern needs hours.
# The margin is generous on purpose: this guards against catastrophic backtracking,
# it is not a speed target (those live in `make bench`).
BOUND_SECONDS = 240
_BOUND_SCRIPT = textwrap.dedent("""
    import sys
    from pathlib import Path
    from extract.pipeline import process_file
    unit, path = sys.argv[1], Path(sys.argv[2])
    line = (unit * (1000 // len(unit) + 1))[:1000] + "\\n"
    with open(path, "w", encoding="utf-8") as f:
        for _ in range(10 * 2**20 // len(line.encode())):
            f.write(line)
    res = process_file(str(path), path.name, "t")
    assert not res.failed, res.rows["errors"]
""")


@pytest.mark.parametrize("unit", ["1234567890", "，。、；：“”（）%.-!?…—"], ids=["digits", "punctuation"])
def test_ten_megabytes_of_digits_or_punctuation_in_bounded_time(tmp_path: Path, unit: str) -> None:
    """10 MB in lines of 1,000 characters through reader, normalizer and every extractor."""
    try:
        subprocess.run([sys.executable, "-c", _BOUND_SCRIPT, unit, str(tmp_path / "big.txt")],
                       check=True, timeout=BOUND_SECONDS, cwd=Path(__file__).resolve().parent.parent)
    except subprocess.TimeoutExpired:
        pytest.fail(f"10 MB of {unit[:3]}… took more than {BOUND_SECONDS} s")
