"""extract.wordseg must segment exactly as ``jieba.Tokenizer.cut(text, HMM=False)``:
the places guards read its word boundaries, so any difference changes output."""
from __future__ import annotations

import random

from hypothesis import given, settings, strategies as st

from extract.normalize import normalize
from extract.wordseg import Boundaries, tokenizer, word_lengths


def jieba_lengths(text: str) -> list[int]:
    return [len(w) for w in tokenizer().cut(text, HMM=False)]


EXAMPLES = ["", "投资兴业", "在遂宁市人社局", "ab12，C3 中华人民共和国\r\n\t-._%#&+",
            "甘肃省甘南藏族自治州", "蓼子乡长湾村", "２０２４年 3月5日", "x" * 3 + "一" * 40]


def test_examples() -> None:
    for text in EXAMPLES:
        assert list(word_lengths(text)) == jieba_lengths(text), text


def test_every_window_of_the_seeds(seed_texts: dict[str, str]) -> None:
    rng = random.Random(7)
    for raw in seed_texts.values():
        text = normalize(raw).text
        samples = text.split("。") + [text[a:a + rng.randint(1, 40)]
                                      for a in (rng.randrange(len(text)) for _ in range(400))]
        for s in samples:
            assert list(word_lengths(s)) == jieba_lengths(s), s


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="投资兴业遂宁市人社局长乡村镇中华人民共和国ab12AZ０１ ，。\n\r\t-._%#&+", max_size=40))
def test_random_strings(text: str) -> None:
    assert list(word_lengths(text)) == jieba_lengths(text)


def _jieba_bounds(text: str) -> set[int]:
    out, pos = {0}, 0
    for n in jieba_lengths(text):
        pos += n
        out.add(pos)
    return out


def test_lazy_boundaries_agree_with_jieba_everywhere(seed_texts: dict[str, str]) -> None:
    """Membership answered from the dictionary alone (or one block) is the
    same as in jieba's full segmentation, in any order of asking."""
    rng = random.Random(11)
    for raw in seed_texts.values():
        text = normalize(raw).text
        for a in (rng.randrange(len(text)) for _ in range(200)):
            s = text[a:a + rng.randint(1, 60)]
            want, lazy = _jieba_bounds(s), Boundaries(s)
            offsets = list(range(-1, len(s) + 2))
            rng.shuffle(offsets)
            assert {p for p in offsets if p in lazy} == want, s
            for p in offsets:
                assert Boundaries(s).next_after(p) == min((b for b in want if b > p), default=None), (s, p)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="投资兴业遂宁市人社局长乡村镇中华人民共和国ab12AZ ，。\n\r\t-._%#&+", max_size=40),
       st.integers(min_value=-1, max_value=41))
def test_lazy_membership_random(text: str, p: int) -> None:
    assert (p in Boundaries(text)) == (p in _jieba_bounds(text))
