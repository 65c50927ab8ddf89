"""Unattended runs: what moves, empties, swaps or damages the inputs and the output between or during runs
never loses data silently and never stops every later run."""

from __future__ import annotations

import pandas as pd
import pytest

# -- over-long sentences and documents over the memory budget --------------------------------------


def test_an_over_long_sentence_is_cut_before_syntax(models):
    from nerpipe.ner import MAX_SENTENCE_TOKENS, analyze_text

    text = "\n".join(f"Иван Петров {n} голосов" for n in range(600))  # a list without punctuation
    analysis = analyze_text(text, models)
    assert len(analysis.tokens) == 2400
    per_sentence = pd.Series([token.sent for token in analysis.tokens]).value_counts()
    assert per_sentence.max() <= MAX_SENTENCE_TOKENS
    assert all(start == 0 or text[start - 1] == "\n" for start, _end in analysis.sentences)  # cut at line breaks


@pytest.mark.parametrize("text, pieces", [
    ("a b c d e f g h i j", ["a b c d", "e f g h", "i j"]),  # nowhere better: at the limit
    ("a b c\nd e f g h i j", ["a b c", "d e f g", "h i j"]),  # at a line break in the second half
    ("a b , c d e f", ["a b ,", "c d e f"]),  # after punctuation
    ("a\nb c d e f g", ["a b c d", "e f g"]),  # a break in the first half is too early
])
def test_sentence_pieces(text, pieces):
    from nerpipe.ner import sentence_pieces

    tokens, offset = [], 0
    for word in text.replace("\n", " ").split(" "):
        start = text.index(word, offset)
        tokens.append((start, start + len(word), word))
        offset = start + len(word)
    cut = [" ".join(word for _s, _e, word in tokens[lo:hi]) for lo, hi in sentence_pieces(tokens, text, 4)]
    assert cut == pieces


def test_date_windows_stay_short_and_find_every_date(models):
    from nerpipe.dates import _WINDOW_MAX, _windows

    text = ", ".join(["1 января 2020 года"] * 300)
    windows = _windows(text, 0, len(text))
    assert max(end - start for start, end in windows) <= _WINDOW_MAX
    raws = models.dates.find_raw(text)
    assert len(raws) == 300 and all((r.d1, r.m1, r.y1) == (1, 1, 2020) for r in raws)
