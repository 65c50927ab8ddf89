"""The models a process needs, built once and passed to the stages.

natasha's embeddings, taggers and the yargy grammars take about a second to
build and cannot all be pickled, so every worker process builds its own set
with :func:`get_models` (cached per process) and nothing heavy travels between
processes. A stage takes only the models it uses, as arguments;
:func:`nerpipe.pipeline.process_text` hands them out.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # natasha's modules are heavy: imported when the models are built
    from natasha import MorphVocab, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

    from .dates import DateExtractor
    from .events import EventLexicon
    from .morph import Morph
    from .neural import BatchTagger
    from .orgs import OrgLexicon
    from .places import Gazetteer
    from .titles import TitleLexicon

_lock = threading.Lock()
_models: Models | None = None


@dataclass(frozen=True)
class Models:
    segmenter: Segmenter  # razdel: sentences and tokens
    morph_vocab: MorphVocab  # pymorphy2's dictionary
    morph_tagger: NewsMorphTagger  # slovnet: part of speech and features
    syntax_parser: NewsSyntaxParser  # slovnet: dependency tree
    ner_tagger: NewsNERTagger  # slovnet: PER, ORG, LOC spans
    tagger: BatchTagger  # the three slovnet models above, run on many documents at once
    morph: Morph  # cached pymorphy queries
    dates: DateExtractor  # yargy grammar of dates
    gazetteer: Gazetteer  # regions, towns, countries
    orgs: OrgLexicon  # organizations dictionary and kinds
    titles: TitleLexicon  # titles and roles
    events: EventLexicon  # event nouns and the words around them


def load_models() -> Models:
    """Build every model (about a second and 300 MB). Prefer :func:`get_models`."""
    import warnings

    # pymorphy2 imports pkg_resources, which setuptools deprecates; nothing to act on here
    warnings.filterwarnings("ignore", message="pkg_resources is deprecated", category=UserWarning)
    from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

    from .dates import DateExtractor
    from .events import EventLexicon
    from .morph import Morph
    from .neural import BatchTagger
    from .orgs import OrgLexicon
    from .places import Gazetteer
    from .titles import TitleLexicon

    morph_vocab = MorphVocab()
    embedding = NewsEmbedding()
    morph = Morph(morph_vocab)
    morph_tagger, syntax_parser, ner_tagger = (NewsMorphTagger(embedding), NewsSyntaxParser(embedding),
                                               NewsNERTagger(embedding))
    return Models(
        segmenter=Segmenter(),
        morph_vocab=morph_vocab,
        morph_tagger=morph_tagger,
        syntax_parser=syntax_parser,
        ner_tagger=ner_tagger,
        tagger=BatchTagger(morph_tagger, syntax_parser, ner_tagger),
        morph=morph,
        dates=DateExtractor(morph_vocab),
        gazetteer=Gazetteer(morph),
        orgs=OrgLexicon(morph),
        titles=TitleLexicon(morph),
        events=EventLexicon(morph),
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


def models_or_shared(models: Models | None) -> Models:
    """``models``, or this process's own (:func:`get_models`) when none are given."""
    return models if models is not None else get_models()
