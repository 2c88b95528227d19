"""The extractor version: the package version plus a digest of the code and
vocabulary files that make the rows, so that any change to a rule or a lexicon
makes earlier rows stale (incremental runs redo them)."""
from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from extract import __version__

_ROOT = Path(__file__).resolve().parent


@functools.cache
def extractor_version() -> str:
    """``0.1.0+<12 hex digits>``; stable while the code and data are unchanged."""
    h = hashlib.sha256()
    files = sorted(p for p in list(_ROOT.rglob("*.py")) + list((_ROOT / "data").glob("*"))
                   if p.is_file() and "__pycache__" not in p.parts and "views" not in p.parts)
    for p in files:
        h.update(p.relative_to(_ROOT).as_posix().encode())
        h.update(p.read_bytes())
    return f"{__version__}+{h.hexdigest()[:12]}"
