"""Reading inputs: find files, read bytes, detect the encoding, decode.

Plain text (``.txt``) is decoded here; HTML, DOCX and PDF are turned into text
of the same shape by ``extract.formats`` (the libraries chosen, and why, are
named there). Every failure is a ``ReadError`` with a one-line reason; the
pipeline turns it into an ``errors`` row and goes on with the next file.
Problems that were worked around (a truncated last character, lines in a
second encoding) are kept as ``notes`` and become ``errors`` rows too.
"""
from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

FORMATS = {".txt": "txt", ".html": "html", ".htm": "html", ".shtml": "html", ".xhtml": "html",
           ".docx": "docx", ".pdf": "pdf"}
SUFFIXES = tuple(FORMATS)
MAX_BYTES = 200 * 1024 * 1024
# No bulletin has a line this long (bytes of a raw .txt line, characters of a
# converted one): such a file is a dump or an attack, reported, not processed.
MAX_LINE = 8 * 1024 * 1024
CHUNK = 1024 * 1024
# Signatures of binary formats that sometimes arrive with a text extension.
_MAGIC = ((b"%PDF-", "a PDF"), (b"PK\x03\x04", "a zip archive (DOCX?)"), (b"\x89PNG", "a PNG image"),
          (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"), (b"\x7fELF", "an executable"),
          (b"\xd0\xcf\x11\xe0", "an OLE file (old .doc/.xls?)"))
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


class ReadError(Exception):
    """An input that cannot be turned into text; ``stage`` says where it failed."""

    def __init__(self, stage: str, message: str) -> None:
        super().__init__(message)
        self.stage = stage


@dataclass(frozen=True)
class RawDocument:
    source: str      # path relative to the input root (or the file name)
    path: Path
    doc_id: str      # hash of the raw bytes
    text: str        # decoded, not yet normalized
    encoding: str | None
    source_format: str
    notes: tuple[str, ...] = ()   # problems worked around while decoding


def discover(inputs: list[Path]) -> Iterator[tuple[Path, str]]:
    """Yield ``(path, source)`` for every input file, folders walked recursively
    in sorted order, symlink loops and unreadable folders skipped."""
    for root in inputs:
        if not root.is_dir():
            yield root, display_name(root.name)
            continue
        seen: set[tuple[int, int]] = set()
        for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
            try:
                st = os.stat(dirpath)
            except OSError:
                dirnames[:] = []
                continue
            if (st.st_dev, st.st_ino) in seen:  # a symlink back to a folder already walked
                dirnames[:] = []
                continue
            seen.add((st.st_dev, st.st_ino))
            dirnames.sort()
            for name in sorted(filenames):
                if name.lower().endswith(SUFFIXES) and not name.startswith("."):
                    p = Path(dirpath) / name
                    yield p, display_name(str(p.relative_to(root)))


def display_name(name: str) -> str:
    r"""``name`` safe to print and to store: undecodable bytes and control
    characters escaped, everything else as given.

    >>> display_name("a\nb\udcff.txt")
    'a\\x0ab\\xff.txt'
    """
    name = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}", name)


def format_of(path: Path) -> str:
    """``txt``, ``html``, ``docx`` or ``pdf`` by suffix (anything else is text)."""
    return FORMATS.get(path.suffix.lower(), "txt")


def doc_id_of(data: bytes) -> str:
    """Stable id: the first 16 hex digits of the SHA-256 of the raw bytes."""
    return hashlib.sha256(data).hexdigest()[:16]


def read(path: Path, source: str) -> RawDocument:
    """Read and decode (or convert) one file; raise ``ReadError`` with the reason."""
    fmt = format_of(path)
    data = read_bytes(path, line_limit=fmt == "txt")
    if fmt == "txt":
        _refuse_binary(data)
        text, encoding, notes = decode_text(data)
    else:
        from extract.formats import convert

        converted = convert(fmt, data)
        text, encoding, notes = converted.text, converted.encoding, converted.notes
        longest = max(map(len, text.splitlines()), default=0)
        if longest > MAX_LINE:
            raise ReadError("decode", f"a line of {longest // 2**20} M characters (limit "
                                      f"{MAX_LINE // 2**20} M): not a bulletin")
    return RawDocument(source, path, doc_id_of(data), text, encoding, fmt, notes)


def read_bytes(path: Path, line_limit: bool = False) -> bytes:
    """The file's bytes, read in chunks; refused early when too large or (with
    ``line_limit``) when a line runs past ``MAX_LINE`` bytes."""
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            raise ReadError("read", "not a regular file")
        if st.st_size > MAX_BYTES:
            raise ReadError("read", f"file larger than {MAX_BYTES // 2**20} MB")
        chunks: list[bytes] = []
        total = run = 0
        with open(path, "rb") as f:
            while chunk := f.read(CHUNK):
                total += len(chunk)
                if total > MAX_BYTES:
                    raise ReadError("read", f"file larger than {MAX_BYTES // 2**20} MB")
                if line_limit:
                    run = _line_run(chunk, run)
                chunks.append(chunk)
    except ReadError:
        raise
    except OSError as exc:
        raise ReadError("read", f"cannot read: {exc.strerror or exc}") from None
    return b"".join(chunks)


def _line_run(chunk: bytes, run: int) -> int:
    """Length of the line still open after ``chunk``; raise when one is too long."""
    ends = [i for i in (chunk.find(b"\n"), chunk.find(b"\r")) if i >= 0]
    if not ends:
        run += len(chunk)
    elif run + min(ends) > MAX_LINE:
        run += min(ends)
    else:
        run = len(chunk) - 1 - max(chunk.rfind(b"\n"), chunk.rfind(b"\r"))
    if run > MAX_LINE:  # CHUNK < MAX_LINE, so a line inside one chunk is short enough
        raise ReadError("read", f"a line longer than {MAX_LINE // 2**20} MB without a line break: "
                                "not a bulletin")
    return run


def _refuse_binary(data: bytes) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ReadError("decode", f"binary file: {what}, not text (wrong extension?)")


def decode_text(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    """``decode`` that keeps a file whose last character was cut off, with a note."""
    try:
        return _decode(data)
    except ReadError:
        cut = _truncated_utf8(data)
        if cut is None:
            raise
    text, encoding = check_text(data[:cut].decode("utf-8"), "utf-8")
    return text, encoding, (f"truncated UTF-8: the last {len(data) - cut} byte(s) are an "
                            "incomplete character and were dropped",)


def _truncated_utf8(data: bytes) -> int | None:
    """Where valid UTF-8 ends when only an incomplete last character is wrong."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            try:
                data[:exc.start].decode("utf-8")
                return exc.start
            except UnicodeDecodeError:
                return None
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes by BOM, then strict UTF-8, then line by line (mixed
    UTF-8 and GB18030), then GB18030, then detection.

    >>> decode("就业".encode("gb18030"))
    ('就业', 'gb18030')
    >>> decode(codecs.BOM_UTF8 + "就业".encode())
    ('就业', 'utf-8-sig')
    >>> decode("市就业局召开会议\\n".encode() + "市人社局召开会议".encode("gbk"))
    ('市就业局召开会议\\n市人社局召开会议', 'utf-8+gb18030')
    """
    text, encoding, _ = _decode(data)
    return text, encoding


def _decode(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    if not data.strip():
        raise ReadError("read", "empty file")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return check_text(data.decode(enc), enc) + ((),)
            except UnicodeDecodeError as exc:
                raise ReadError("decode", f"invalid {enc}: {exc.reason} at byte {exc.start}") from None
    if b"\x00" in data[:4096]:
        raise ReadError("decode", "binary file (NUL bytes, no UTF-16 byte-order mark)")
    if _truncated_utf8(data) is not None:
        raise ReadError("decode", "truncated UTF-8")
    try:
        return check_text(data.decode("utf-8"), "utf-8") + ((),)
    except UnicodeDecodeError:
        pass
    mixed = _by_line(data)
    if mixed is not None:
        return mixed
    try:
        return check_text(data.decode("gb18030"), "gb18030") + ((),)
    except UnicodeDecodeError:
        pass
    return _detect(data) + ((),)


def _by_line(data: bytes) -> tuple[str, str, tuple[str, ...]] | None:
    """A file that is UTF-8 in some lines and not in others, decoded line by
    line (GB18030 for the others); ``None`` when no line is clearly UTF-8."""
    lines = data.split(b"\n")
    utf8 = any(not ln.isascii() and _is_utf8_cjk(ln) for ln in lines)
    if not utf8:
        return None
    out, gb, bad = [], [], []
    for n, ln in enumerate(lines, 1):
        try:
            out.append(ln.decode("utf-8"))
            continue
        except UnicodeDecodeError:
            pass
        try:
            out.append(ln.decode("gb18030"))
            gb.append(n)
        except UnicodeDecodeError:
            out.append(ln.decode("utf-8", "replace"))
            bad.append(n)
    text, _ = check_text("\n".join(out), "utf-8")
    note = f"mixed encodings: {len(gb)} line(s) decoded as GB18030, the rest UTF-8 (first: line {(gb or bad)[0]})"
    notes = (note,) + ((f"{len(bad)} line(s) in no known encoding, bad bytes replaced (first: line {bad[0]})",)
                       if bad else ())
    return text, "utf-8+gb18030" if gb else "utf-8", notes


def _is_utf8_cjk(line: bytes) -> bool:
    try:
        return len(_CJK.findall(line.decode("utf-8"))) >= 4
    except UnicodeDecodeError:
        return False


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ReadError("decode", "undecodable: no text encoding fits (binary or corrupt file)")
    return check_text(str(best), best.encoding)


def check_text(text: str, encoding: str) -> tuple[str, str]:
    """Reject decodings that are mostly control characters (binary data)."""
    sample = text[:20000]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    if sample and bad / len(sample) > 0.05:
        raise ReadError("decode", f"binary content ({bad} control characters in the first {len(sample)})")
    if not text.strip():
        raise ReadError("read", "empty file (whitespace only)")
    return text, encoding
