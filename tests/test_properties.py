"""Property-based: random Unicode never crashes the pipeline, and every span it reports is exact."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nerpipe.models import get_models
from nerpipe.pipeline import process_document, process_text
from nerpipe.read import decode_bytes
from nerpipe.records import PER, POSITION

from .conftest import TODAY

# words that wake every stage up: names, titles, organizations, places, dates, quotes, odd spacing
WORDS = [
    "Губернатор", "губернатора", "Томской", "области", "Сергей", "Жвачкин", "Жвачкина", "Денисом", "Мантуровым",
    "министр", "министра", "промышленности", "и", "торговли", "Минпромторга", "России", "РФ", "ООО", "«Ромашка»",
    "«", "»", '"', "„", "“", "вице-губернатор", "заместитель", "председателя", "правительства", "и.о.", "врио",
    "мэр", "Москвы", "Якутии", "Республики", "Саха", "(Якутия)", "г.", "Гусеве", "Калининградской", "Санкт-Петербурге",
    "5", "марта", "2019", "года", "1990-х", "с", "1", "по", "15", "мая", "вчера", "в", "понедельник", "XXI", "века",
    "ГУБЕРНАТОР", "ТОМСКОЙ", "ОБЛАСТИ", "Ё", "ёлка", "—", "-", "–", ",", ".", ";", ":", "(", ")", "…", "!", "?",
    "\n", "\n\n", "\t", "\u00a0", "\u200b", "\ufeff", "\u0301", "́", "😀", "東京", "مرحبا", "Ιωάννης", "A.", "Smith",
]

tokens = st.one_of(st.sampled_from(WORDS), st.text(max_size=6))
texts = st.one_of(
    st.text(max_size=300),
    st.lists(tokens, max_size=80).map(" ".join),
    st.lists(tokens, max_size=80).map("".join),
)

# the models are built once per process (get_models), not per example
PROPERTY_SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_exact_spans(text: str, result) -> None:
    spans = {}
    for m in result.mentions:
        assert 0 <= m.start < m.end <= len(text), m
        assert text[m.start:m.end] == m.text, m
        spans.setdefault(m.type, set()).add((m.start, m.end))
    for d in result.dates:
        assert 0 <= d.start < d.end <= len(text), d
        assert text[d.start:d.end] == d.text, d
    for p in result.positions:
        assert (p.start, p.end) in spans.get(POSITION, set()), p
        assert (p.person_start, p.person_end) in spans.get(PER, set()), p


@PROPERTY_SETTINGS
@given(text=texts)
def test_random_text_never_crashes_and_spans_are_exact(text):
    result = process_text(text, get_models(), doc_id="property", today=TODAY)
    assert result.n_chars == len(text)
    assert_exact_spans(text, result)


@PROPERTY_SETTINGS
@given(data=st.one_of(
    st.binary(max_size=400),
    texts.map(lambda t: t.encode("utf-8")),
    texts.map(lambda t: t.encode("utf-16")),
    texts.map(lambda t: t.encode("cp1251", errors="ignore")),
))
def test_random_bytes_never_crash_a_document(data):
    result = process_document(data, get_models(), today=TODAY)
    assert result.status in ("ok", "error")
    if result.status == "error":
        assert result.error and "\n" not in result.error
        assert not result.mentions
        return
    text = decode_bytes(data).text
    assert result.n_chars == len(text)
    assert_exact_spans(text, result)
