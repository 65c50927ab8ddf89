"""Analyses built by hand: fixed tokens, features, syntax and spans, with no tagger involved.

A stage tested on one of these sees exactly the analysis the test wrote, the way
yargy's tests feed one predicate one token::

    analysis = tagged(
        ("директор", "NOUN Nom Sing Masc"),
        ("школы", "NOUN Gen Sing Fem", 0, "nmod"),
        ("Пётр", "PROPN Nom Sing Masc"),
        ("Орлов", "PROPN Nom Sing Masc"),
        spans=[(2, 3, "PER")],
    )

Each token is ``(text, "POS Feature …", head, rel)`` (head and rel may be left out:
a root). Features are written short: ``Nom`` … ``Loc`` (case), ``Sing``/``Plur``,
``Masc``/``Fem``/``Neut``, ``Anim``/``Inan``, ``Part`` (a participle), ``Short``.
The text is the tokens with spaces, none before closing punctuation or after an
opening one; ``"\\n"`` starts a new line. A sentence ends at a line break and after
``.``, ``!`` or ``?`` followed by a capital letter (``и. о.`` stays in one sentence).
Spans are ``(first token, last token, type)``, inclusive.
"""

from __future__ import annotations

from nerpipe.ner import Analysis, Token
from nerpipe.records import Span

_FEATURES = {
    "Nom": ("Case", "Nom"), "Gen": ("Case", "Gen"), "Dat": ("Case", "Dat"), "Acc": ("Case", "Acc"),
    "Ins": ("Case", "Ins"), "Loc": ("Case", "Loc"), "Sing": ("Number", "Sing"), "Plur": ("Number", "Plur"),
    "Masc": ("Gender", "Masc"), "Fem": ("Gender", "Fem"), "Neut": ("Gender", "Neut"),
    "Anim": ("Animacy", "Anim"), "Inan": ("Animacy", "Inan"), "Part": ("VerbForm", "Part"),
    "Short": ("Variant", "Short"),
}
_NO_SPACE_BEFORE = {",", ".", ")", "»", ":", ";", "!", "?", "”"}
_NO_SPACE_AFTER = {"«", "(", "„"}
_SENTENCE_ENDS = {".", "!", "?"}


def tagged(*specs: tuple, spans: list[tuple[int, int, str]] = ()) -> Analysis:
    """An :class:`~nerpipe.ner.Analysis` of the tokens ``specs`` (see the module's docstring)."""
    text, tokens, sentences = "", [], []
    sent, sent_start, new_line = 0, 0, False
    for spec in specs:
        if spec == "\n":
            new_line = True
            continue
        word, tags, head, rel = (*spec, None, "")[:4] if len(spec) < 4 else spec
        if tokens and tokens[-1].text in _SENTENCE_ENDS and word[:1].isupper() and not new_line:
            sentences.append((sent_start, len(text)))
            sent += 1
            sent_start = len(text) + 1
        if tokens and new_line:
            sentences.append((sent_start, len(text)))
            sent += 1
            text += "\n"
            sent_start = len(text)
        elif tokens and word not in _NO_SPACE_BEFORE and tokens[-1].text not in _NO_SPACE_AFTER:
            text += " "
        new_line = False
        pos, *short = tags.split()
        tokens.append(Token(index=len(tokens), start=len(text), end=len(text) + len(word), text=word, pos=pos,
                            feats=tuple(sorted(_FEATURES[s] for s in short)), head=head, rel=rel or "",
                            sent=sent))
        text += word
    sentences.append((sent_start, len(text)))
    entity_spans = tuple(Span(tokens[first].start, tokens[last].end, type_) for first, last, type_ in spans)
    return Analysis(text, tuple(sentences), tuple(tokens), entity_spans, tuple(t.start for t in tokens))


def span_of(analysis: Analysis, first: int, last: int, type_: str) -> Span:
    """The span of tokens ``first`` to ``last`` (inclusive)."""
    return Span(analysis.tokens[first].start, analysis.tokens[last].end, type_)
