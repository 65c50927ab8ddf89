"""The models a process needs, built once and passed to the stages.

natasha's embeddings, taggers and the yargy grammars take about a second to
build and cannot all be pickled, so every worker process builds its own set
with :func:`get_models` (cached per process) and nothing heavy travels between
processes.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from typing import Any

_lock = threading.Lock()
_models: Models | None = None


@dataclass(frozen=True)
class Models:
    segmenter: Any
    morph_vocab: Any
    morph_tagger: Any
    syntax_parser: Any
    ner_tagger: Any
    names_extractor: Any
    morph: Any  # nerpipe.morph.Morph
    dates: Any  # nerpipe.dates.DateExtractor
    gazetteer: Any  # nerpipe.places.Gazetteer
    titles: Any  # nerpipe.titles.TitleLexicon
    orgs: Any  # nerpipe.orgs.OrgLexicon


def load_models() -> Models:
    """Build every model (about a second and 300 MB). Prefer :func:`get_models`."""
    import warnings

    # pymorphy2 imports pkg_resources, which setuptools deprecates; nothing to act on here
    warnings.filterwarnings("ignore", message="pkg_resources is deprecated", category=UserWarning)
    from natasha import (
        MorphVocab,
        NamesExtractor,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        NewsSyntaxParser,
        Segmenter,
    )

    from .dates import DateExtractor
    from .morph import Morph
    from .orgs import OrgLexicon
    from .places import Gazetteer
    from .titles import TitleLexicon

    morph_vocab = MorphVocab()
    embedding = NewsEmbedding()
    morph = Morph(morph_vocab)
    return Models(
        segmenter=Segmenter(),
        morph_vocab=morph_vocab,
        morph_tagger=NewsMorphTagger(embedding),
        syntax_parser=NewsSyntaxParser(embedding),
        ner_tagger=NewsNERTagger(embedding),
        names_extractor=NamesExtractor(morph_vocab),
        morph=morph,
        dates=DateExtractor(morph_vocab),
        gazetteer=Gazetteer(morph),
        titles=TitleLexicon(morph),
        orgs=OrgLexicon(morph),
    )


def get_models() -> Models:
    """This process's models, built on first use."""
    global _models
    if _models is None:
        with _lock:
            if _models is None:
                os.environ.setdefault("OMP_NUM_THREADS", "1")
                _models = load_models()
    return _models
