"""List the words of pymorphy's dictionary that may name an occupation and that neither list has yet.

An animate common noun whose lemma ends in one of the suffixes of occupations
(``resources/professions.txt``, group ``agentive``) and is neither a title nor a profession nor
in the ``not`` group. Read the list, and put each word in its field of ``professions.txt`` or in
``not``::

    .venv/bin/python scripts/profession_candidates.py > /tmp/candidates.txt
"""

from __future__ import annotations

import sys


def main() -> None:
    from natasha import MorphVocab

    from nerpipe.morph import Morph, fold
    from nerpipe.titles import TitleLexicon

    vocab = MorphVocab()
    lexicon = TitleLexicon(Morph(vocab))
    known = lexicon.titles | lexicon.not_occupations
    names = {"Name", "Surn", "Patr", "Geox", "Orgn"}
    seen: set[str] = set()
    for word, tag, _normal, _para, index in vocab.dictionary.iter_known_words():
        if index != 0 or tag.POS != "NOUN" or "anim" not in tag or names & tag.grammemes:
            continue
        lemma = fold(word)
        if lemma in seen or lemma in known or not lemma.endswith(lexicon.agentive):
            continue
        seen.add(lemma)
        if lexicon.title_lemma(lemma) is None:
            sys.stdout.write(lemma + "\n")


if __name__ == "__main__":
    main()
