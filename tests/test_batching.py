"""The neural models run on many documents at once (nerpipe.neural) give natasha's tags exactly,
and a batch whose joint analysis fails costs only the document that made it fail."""

from __future__ import annotations

import os
import signal
import time
from dataclasses import replace

import numpy as np
import pytest

import nerpipe.neural
from nerpipe.engines import WORKER_DIED
from nerpipe.ner import (
    MAX_SENTENCE_TOKENS,
    Analysis,
    Token,
    analyze_texts,
    segment_text,
    sentence_pieces,
    split_paragraphs,
)
from nerpipe.pipeline import document_job, process_document, process_documents
from nerpipe.records import Span
from nerpipe.runner import run

from .conftest import SEEDS, TODAY
from .corpus import write_articles

INVENTED = [
    "Глава администрации Северного района Пётр Лесной открыл форум «Города будущего» 12 марта 2024 года.",
    "Короткая строка",
    "!!! ... ???",
    "",
    "   \n\n  ",
    "Да.",
    "ООО «Ромашка-Инвест» и АО «Вектор» подписали соглашение. Ещё одно предложение! И вопрос?",
    "Заголовок без точки\nМОСКВА, 5 марта — Министр экономики Иван Полевой заявил, что рост составит 2,5%.",
    " ".join(f"слово{n} Анна Речная, " for n in range(150)),  # one sentence of 750 tokens: cut in pieces
    "\n".join(f"Пункт {n} Карп Озёрный" for n in range(80)),
    "Latin words, digits 123-456 and e-mail test@example.org; URL https://example.org/a?b=c.",
    "А" * 300 + " " + "б" * 2,
    "Заголовок без точки\n\nМОСКВА, 5 марта — Мэр Игорь Степной открыл парк.\n \nИ ещё строка без точки\n\n",
]


def natasha_analysis(text: str, models) -> Analysis:
    """What natasha's own pipeline gives, document by document (``Doc.segment``, ``tag_morph``,
    ``parse_syntax``, ``tag_ner``), converted as nerpipe reads it."""
    from natasha import Doc
    from natasha.doc import DocSent

    if not text.strip():
        return Analysis(text, (), (), ())
    doc = Doc(text)
    doc.segment(models.segmenter)
    sents = []
    for sent in doc.sents:  # a sentence is cut at its blank lines, then into pieces of at most the limit
        by_start = {t.start: t for t in sent.tokens}
        for _start, _stop, words in split_paragraphs([(sent.start, sent.stop, [(t.start, t.stop, t.text)
                                                                                for t in sent.tokens])], text):
            tokens = [by_start[w[0]] for w in words]
            for lo, hi in sentence_pieces(words, text, MAX_SENTENCE_TOKENS):
                start, stop = tokens[lo].start, tokens[hi - 1].stop
                sents.append(DocSent(start, stop, text[start:stop], tokens=tokens[lo:hi]))
    doc.sents = sents
    doc.tag_morph(models.morph_tagger)
    doc.parse_syntax(models.syntax_parser)
    doc.tag_ner(models.ner_tagger)
    tokens = []
    for sent_index, sent in enumerate(doc.sents):
        ids = {token.id: len(tokens) + offset for offset, token in enumerate(sent.tokens)}
        for token in sent.tokens:
            tokens.append(Token(len(tokens), token.start, token.stop, token.text, token.pos or "X",
                                tuple(sorted((token.feats or {}).items())), ids.get(token.head_id), token.rel or "",
                                sent_index))
    spans = tuple(Span(span.start, span.stop, span.type) for span in doc.spans)
    return Analysis(text, tuple((s.start, s.stop) for s in doc.sents), tuple(tokens), spans,
                    tuple(t.start for t in tokens))


@pytest.fixture(scope="module")
def texts():
    seeds = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    return seeds + INVENTED


@pytest.fixture(scope="module")
def expected(texts, models):
    return [natasha_analysis(text, models) for text in texts]


def test_texts_analysed_together_are_tagged_as_natasha_tags_each(texts, expected, models):
    assert analyze_texts(texts, models.tagger) == expected


def test_the_tags_do_not_depend_on_the_company_or_the_buckets(texts, expected, models, monkeypatch):
    for text, analysis in zip(texts, expected):
        assert analyze_texts([text], models.tagger) == [analysis]
    monkeypatch.setattr(nerpipe.neural, "BUCKET_STRETCH", 1.0)  # a bucket for every length
    monkeypatch.setattr(nerpipe.neural, "BUCKET_TOKENS", 64)
    assert analyze_texts(texts[::-1], models.tagger) == expected[::-1]


def test_a_long_sentence_is_cut_into_pieces(models):
    analysis = analyze_texts([INVENTED[8]], models.tagger)[0]
    counts = [sum(1 for t in analysis.tokens if t.sent == s) for s in range(len(analysis.sentences))]
    assert sum(counts) == 750 and len(counts) == 4 and max(counts) <= MAX_SENTENCE_TOKENS


@pytest.mark.parametrize("text, sentences", [
    ("Заголовок без точки\n\nПервая фраза. Вторая", ["Заголовок без точки", "Первая фраза.", "Вторая"]),
    ("Мэр открыл парк\n  \n\nГубернатор края", ["Мэр открыл парк", "Губернатор края"]),
    ("Строка без точки\nещё строка", ["Строка без точки\nещё строка"]),  # one line break: razdel decides
])
def test_a_blank_line_ends_a_sentence(text, sentences):
    assert [text[start:end] for start, end, _tokens in segment_text(text)[0]] == sentences


@pytest.mark.parametrize("lengths", [[1], [5], [7, 1, 30, 2], [40, 40, 3]])
def test_viterbi_of_many_sequences_is_slovnets_of_each(lengths, models):
    crf = models.ner_tagger.infer.model.head.crf
    rng = np.random.default_rng(len(lengths))
    tags = crf.transitions.array.shape[0]
    emissions = [rng.standard_normal((n, tags)).astype(np.float32) for n in lengths]
    expected = [crf.decode(e[None], np.ones((1, len(e)), dtype=bool))[0].tolist() for e in emissions]
    assert nerpipe.neural.viterbi(emissions, crf.transitions.array) == expected


def test_documents_processed_together_are_processed_as_each_alone(models):
    datas = [path.read_bytes() for path in sorted(SEEDS.glob("*.txt"))[:3]] + [b"", "Да.".encode(), b"\xff\xfe\x00"]
    together = process_documents([document_job(data) for data in datas], models, TODAY)
    alone = [process_document(data, models, TODAY) for data in datas]
    assert [replace(r, seconds=0.0) for r in together] == [replace(r, seconds=0.0) for r in alone]


# -- a batch whose analysis fails --------------------------------------------------------------------

TRIGGER = "Загадочное слово ломает разметку."


def _break_the_analysis(monkeypatch, models, action):
    """The models misbehave (``action``) on any set of documents one of which holds TRIGGER, analysed together
    or alone; forked workers inherit the replacement."""
    tag = models.tagger.tag

    def misbehaving(documents):
        if any("ломает" in words for _sentences, words in documents):
            action()
        return tag(documents)

    monkeypatch.setattr(models.tagger, "tag", misbehaving)


def _corpus(directory, count, bad):
    paths = write_articles(directory, count)
    paths[bad].write_text(paths[bad].read_text(encoding="utf-8") + TRIGGER, encoding="utf-8")


def _failures(tmp_path, **options):
    summary = run([str(tmp_path / "in")], tmp_path / "out", progress=False, today=TODAY, **options)
    assert summary.processed == summary.rows["documents"]
    return {f["path"]: f["error"] for f in summary.failures}


def test_an_exception_in_a_batchs_analysis_fails_only_its_document(tmp_path, monkeypatch, models):
    def fail():
        raise ZeroDivisionError("division by zero")

    _corpus(tmp_path / "in", 6, bad=2)
    _break_the_analysis(monkeypatch, models, fail)
    assert _failures(tmp_path, workers=1) == {"a0002.txt": "internal error: ZeroDivisionError: division by zero"}


def test_a_batchs_analysis_over_the_time_limit_costs_only_its_document(tmp_path, monkeypatch, models):
    _corpus(tmp_path / "in", 4, bad=1)
    _break_the_analysis(monkeypatch, models, lambda: time.sleep(600))
    assert _failures(tmp_path, workers=1, timeout=5) == {"a0001.txt": "processing took longer than 5 s (--timeout)"}


def test_a_batchs_analysis_over_the_memory_budget_costs_only_its_document(tmp_path, monkeypatch, models):
    def hog():
        hog = bytearray(1024 * 1024 * 1024)
        hog[-1] = 1

    _corpus(tmp_path / "in", 5, bad=4)
    _break_the_analysis(monkeypatch, models, hog)
    failures = _failures(tmp_path, workers=1, max_memory=256 * 1024 * 1024)
    assert failures == {"a0004.txt": "out of memory: processing needed more than 256 MB (--max-memory)"}


@pytest.mark.slow
def test_a_batchs_analysis_that_kills_its_worker_costs_only_its_document(tmp_path, monkeypatch, models):
    _corpus(tmp_path / "in", 6, bad=3)
    _break_the_analysis(monkeypatch, models, lambda: os.kill(os.getpid(), signal.SIGKILL))
    assert _failures(tmp_path, workers=1) == {"a0003.txt": WORKER_DIED}
