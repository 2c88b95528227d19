"""Reading inputs: find files, read bytes, detect the encoding, decode.

Every failure is a ``ReadError`` with a one-line reason; the pipeline turns it
into an ``errors`` row and goes on with the next file.
"""
from __future__ import annotations

import codecs
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

SUFFIXES = (".txt",)
MAX_BYTES = 200 * 1024 * 1024


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
    encoding: str
    source_format: str
    notes: tuple[str, ...] = ()   # problems worked around while decoding


def discover(inputs: list[Path]) -> Iterator[tuple[Path, str]]:
    """Yield ``(path, source)`` for every input file, folders walked recursively
    in sorted order, symlink loops and unreadable folders skipped."""
    for root in inputs:
        if root.is_dir():
            seen: set[tuple[int, int]] = set()
            for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
                st = os.stat(dirpath)
                if (st.st_dev, st.st_ino) in seen:
                    dirnames[:] = []
                    continue
                seen.add((st.st_dev, st.st_ino))
                dirnames.sort()
                for name in sorted(filenames):
                    if name.lower().endswith(SUFFIXES) and not name.startswith("."):
                        p = Path(dirpath) / name
                        yield p, str(p.relative_to(root))
        else:
            yield root, root.name


def doc_id_of(data: bytes) -> str:
    """Stable id: the first 16 hex digits of the SHA-256 of the raw bytes."""
    return hashlib.sha256(data).hexdigest()[:16]


def read(path: Path, source: str) -> RawDocument:
    """Read and decode one file; raise ``ReadError`` with the reason."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ReadError("read", f"file larger than {MAX_BYTES // 2**20} MB")
        data = path.read_bytes()
    except ReadError:
        raise
    except OSError as exc:
        raise ReadError("read", f"cannot read: {exc.strerror or exc}") from None
    notes: tuple[str, ...] = ()
    try:
        text, encoding = decode(data)
    except ReadError:
        cut = _truncated_utf8(data)
        if cut is None:
            raise
        text, encoding = _checked(data[:cut].decode("utf-8"), "utf-8")
        notes = (f"truncated UTF-8: the last {len(data) - cut} byte(s) are an incomplete character and were dropped",)
    return RawDocument(source, path, doc_id_of(data), text, encoding, "txt", notes)


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
    """Decode bytes by BOM, then strict UTF-8, then GB18030, then detection.

    >>> decode("就业".encode("gb18030"))
    ('就业', 'gb18030')
    >>> decode(codecs.BOM_UTF8 + "就业".encode())
    ('就业', 'utf-8-sig')
    """
    if not data.strip():
        raise ReadError("read", "empty file")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _checked(data.decode(enc), enc)
            except UnicodeDecodeError as exc:
                raise ReadError("decode", f"invalid {enc}: {exc.reason} at byte {exc.start}") from None
    if b"\x00" in data[:4096]:
        raise ReadError("decode", "binary file (NUL bytes, no UTF-16 byte-order mark)")
    if _truncated_utf8(data) is not None:
        raise ReadError("decode", "truncated UTF-8")
    for enc in ("utf-8", "gb18030"):
        try:
            return _checked(data.decode(enc), enc)
        except (UnicodeDecodeError, ReadError):
            continue
    return _detect(data)


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ReadError("decode", "undecodable: no text encoding fits (binary or corrupt file)")
    return _checked(str(best), best.encoding)


def _checked(text: str, encoding: str) -> tuple[str, str]:
    """Reject decodings that are mostly control characters (binary data)."""
    sample = text[:20000]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    if sample and bad / len(sample) > 0.05:
        raise ReadError("decode", f"binary content ({bad} control characters in the first {len(sample)})")
    if not text.strip():
        raise ReadError("read", "empty file (whitespace only)")
    return text, encoding
