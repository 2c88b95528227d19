"""jieba's word boundaries (dictionary only, no HMM), computed without jieba's
per-call overheads.

``jieba.Tokenizer.cut(text, HMM=False)`` builds a DAG of dictionary words per
block, then a best route by dynamic programming over log frequencies. Here the
DAG walk and the route are one loop per block, log frequencies are memoised,
and only word lengths are produced: about twice as fast, with the same floats
compared in the same order, so the same segmentation (``tests`` compare it
with jieba on every window of the seeds). The block and skip patterns are
jieba's own (``jieba.re_han_default``, ``jieba.re_skip_default``).
"""
from __future__ import annotations

import functools
import math
import re
from typing import Any, Iterator

_HAN_BLOCK = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)", re.U)  # jieba.re_han_default
_SKIP = re.compile("(\r\n|\\s)", re.U)                                     # jieba.re_skip_default
_ENG = re.compile("[a-zA-Z0-9]", re.U)                                     # jieba's re_eng


@functools.cache
def tokenizer() -> Any:
    """The one jieba tokenizer of the process (its dictionary loaded)."""
    import jieba

    jieba.setLogLevel(60)
    tk = jieba.Tokenizer()
    tk.initialize()
    return tk


class _Model:
    """The dictionary's frequencies and memoised log probabilities."""

    def __init__(self, tk: Any) -> None:
        self.freq: dict[str, int] = tk.FREQ
        self.logtotal = math.log(tk.total)
        self.logp: dict[str, float] = {}

    def route(self, blk: str) -> list[int]:
        """For each offset, the last offset of the best word starting there
        (jieba's ``get_DAG`` + ``calc``: the greatest (score, end) wins)."""
        freq, logp, logtotal = self.freq, self.logp, self.logtotal
        n = len(blk)
        score = [0.0] * (n + 1)
        last = [0] * n
        for k in range(n - 1, -1, -1):
            best_s, best_x = 0.0, -1
            i, frag = k, blk[k]
            while i < n and frag in freq:
                if freq[frag]:
                    lp = logp.get(frag)
                    if lp is None:
                        lp = logp[frag] = math.log(freq[frag]) - logtotal
                    s = lp + score[i + 1]
                    if best_x < 0 or s >= best_s:
                        best_s, best_x = s, i
                i += 1
                frag = blk[k:i + 1]
            if best_x < 0:               # no word: the character alone (log 1 = 0)
                best_s, best_x = 0.0 - logtotal + score[k + 1], k
            score[k], last[k] = best_s, best_x
        return last


@functools.cache
def _model() -> _Model:
    return _Model(tokenizer())


def _block_lengths(blk: str) -> Iterator[int]:
    """Word lengths of one Han block; single Latin letters or digits run together."""
    last = _model().route(blk)
    x, buf = 0, 0
    while x < len(blk):
        y = last[x] + 1
        if y - x == 1 and _ENG.match(blk[x]):
            buf += 1
        else:
            if buf:
                yield buf
                buf = 0
            yield y - x
        x = y
    if buf:
        yield buf


def word_lengths(text: str) -> Iterator[int]:
    """The lengths of ``jieba.cut(text, HMM=False)``'s words, in order.

    >>> list(word_lengths("投资兴业 ab12，在遂宁市"))
    [2, 2, 1, 4, 1, 1, 3]
    """
    for blk in _HAN_BLOCK.split(text):
        if not blk:
            continue
        if _HAN_BLOCK.match(blk):
            yield from _block_lengths(blk)
            continue
        for x in _SKIP.split(blk):
            if _SKIP.match(x):
                yield len(x)
            else:
                yield from (1 for _ in x)


def _in_block(ch: str) -> bool:
    """A character of jieba's Han blocks (``re_han_default``)."""
    return "\u4e00" <= ch <= "\u9fd5" or ch in _BLOCK_ASCII


_BLOCK_ASCII = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+#&._%-")
_MAX_WORD = 16  # the longest word of jieba's dictionary


def crossed(text: str, p: int) -> bool:
    """Whether a dictionary word of a Han block could run across offset ``p``
    (start < p < end). When none can, every route of jieba's DAG, hence its
    segmentation, has a word boundary at ``p``.

    >>> crossed("投资兴业", 1), crossed("在遂宁市举办", 1)
    (True, False)
    """
    if p <= 0 or p >= len(text) or not (_in_block(text[p - 1]) and _in_block(text[p])):
        return False
    freq = _model().freq
    k = p - 1
    while k >= 0 and p - k < _MAX_WORD and _in_block(text[k]):
        j = p + 1
        frag = text[k:j]
        while frag in freq:
            if freq[frag]:
                return True
            if j >= len(text) or not _in_block(text[j]):
                break
            j += 1
            frag = text[k:j]
        k -= 1
    return False


class Boundaries:
    """The word boundaries of ``jieba.cut(text, HMM=False)`` as a lazy set of
    offsets. Membership is answered from the dictionary alone where no word
    can run across the offset; where one can, only the Han block around it is
    segmented (jieba cuts blocks independently). Iterating segments it all.

    >>> b = Boundaries("在遂宁市举办投资兴业")
    >>> 1 in b, 2 in b, sorted(b)
    (True, False, [0, 1, 4, 6, 8, 10])
    """

    __slots__ = ("text", "_full", "_blocks")

    def __init__(self, text: str) -> None:
        self.text = text
        self._full: frozenset[int] | None = None
        self._blocks: dict[int, frozenset[int]] = {}

    def full(self) -> frozenset[int]:
        if self._full is None:
            out, pos = {0}, 0
            for n in word_lengths(self.text):
                pos += n
                out.add(pos)
            self._full = frozenset(out)
        return self._full

    def __contains__(self, p: object) -> bool:
        text = self.text
        if self._full is not None or not isinstance(p, int) or not 0 < p < len(text):
            return p in self.full()
        if not (_in_block(text[p - 1]) and _in_block(text[p])):
            return text[p - 1:p + 1] != "\r\n"
        if not crossed(text, p) and not _glued(text, p):
            return True
        return p in self._block(p)

    def _block(self, p: int) -> frozenset[int]:
        """Boundaries of the Han block around ``p`` (absolute offsets)."""
        text, lo, hi = self.text, p, p
        while lo > 0 and _in_block(text[lo - 1]):
            lo -= 1
        if lo not in self._blocks:
            while hi < len(text) and _in_block(text[hi]):
                hi += 1
            out, pos = {lo}, lo
            for n in _block_lengths(text[lo:hi]):
                pos += n
                out.add(pos)
            self._blocks[lo] = frozenset(out)
        return self._blocks[lo]

    def __iter__(self) -> Iterator[int]:
        return iter(self.full())

    def next_after(self, p: int) -> int | None:
        """The first boundary after offset ``p`` (None past the end).

        >>> Boundaries("在遂宁市举办").next_after(1), Boundaries("ab").next_after(2)
        (4, None)
        """
        text = self.text
        if p < 0:
            return 0
        if p >= len(text):
            return None
        if self._full is None and _in_block(text[p]):
            return min(b for b in self._block(p) if b > p)
        return min(b for b in self.full() if b > p)


def _glued(text: str, p: int) -> bool:
    """Offsets jieba may join without a dictionary word: single Latin letters
    or digits run together, and ``\\r\\n`` is one token."""
    a, b = text[p - 1], text[p]
    return (a + b == "\r\n") or (_ENG.match(a) is not None and _ENG.match(b) is not None)
