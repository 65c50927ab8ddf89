"""One organization whose quoted name the text once declines inside its quotes: a name after the word
that says what it is stays as the text writes it (:func:`nerpipe.orgs.canonical_name`: ``клуба «16 тонн»``),
so ``дочерней компанией «Вектора»`` or ``компании «Кедра»`` is named ``Вектора``, ``Кедра``. When the
document names an organization whose name is that name's lemma (``Вектор``, ``Кедр``), the declined one
is that organization."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..morph import Morph, fold
from ..orgs import is_latin_name
from ..records import Span
from .org_spellings import name_words, point_at_joined

if TYPE_CHECKING:
    from .organizations import ResolvedOrg


def join_declined_names(text: str, resolved: dict[Span, ResolvedOrg], morph: Morph) -> None:
    """Every organization whose name is a case form of exactly one other organization's name of the
    document, word by word (each word the same or an oblique form whose lemma is the other's word, the
    other's word being its own lemma), takes that organization: ``Вектора`` beside ``Вектор``,
    ``Городского`` beside ``Городской``; a lemma guessed with a soft sign, ``Стройкапиталь`` beside
    ``Стройкапитал``, when the text writes it only in the locative (:func:`_written_as_locative`); ``Вектора`` beside
    ``Векторы`` or ``Векторный`` stays, and so do Latin names."""
    orgs = {org.org_id: org for org in resolved.values()}
    targets: dict[str, ResolvedOrg] = {}
    for org in orgs.values():
        governed = _stands_governed(text, resolved, org, morph)
        matches = [other for other in orgs.values() if other.org_id != org.org_id
                   and (_declines_to(name_words(org), name_words(other), morph, governed)
                        or _guessed_soft_sign(name_words(org), name_words(other), morph)
                        and _written_as_locative(text, resolved, org, name_words(other)[0]))]
        if len(matches) == 1 and _written_as_other(text, resolved, org, matches[0], morph):
            targets.setdefault(matches[0].org_id, org)  # ``«Бранкой»`` beside ``«Бранке»`` read as ``Бранк``
        elif len(matches) == 1:
            targets[org.org_id] = matches[0]
    point_at_joined(resolved, {key: org for key, org in targets.items() if org.org_id not in targets})


def _written_as_other(text: str, resolved: dict[Span, ResolvedOrg], org: ResolvedOrg, other: ResolvedOrg,
                      morph: Morph) -> bool:
    """Whether the one-word name ``other`` is a misread case form of ``org``'s, the other way round: a mention of
    ``org`` writes a form that cannot be ``other``'s (``Бранкой``, only ever ``Бранка``), and every mention of
    ``other`` writes a form of ``org``'s name (``Бранке``, ``Бранку``, which pymorphy may read as ``Бранк``)."""
    name, other_name = name_words(org), name_words(other)
    if len(name) != 1 or len(other_name) != 1:
        return False
    written = _written_words(text, resolved, org)
    others = _written_words(text, resolved, other)
    return bool(written) and bool(others) and any(not _reads_as(word, other_name[0], morph) for word in written) \
        and all(_reads_as(word, name[0], morph) for word in others)


def _written_words(text: str, resolved: dict[Span, ResolvedOrg], org: ResolvedOrg) -> list[str]:
    """The last word of every mention of ``org`` as the text writes it, without quotes."""
    words = [text[span.start:span.end].split()[-1:] for span, each in resolved.items() if each.org_id == org.org_id]
    return [word[0].strip(_MARKS) for word in words if word]


_MARKS = "«»\"“”„'.,:;!?()"
# the endings of a feminine noun in ``-а`` / ``-я`` (``Бранка``: ``Бранки``, ``Бранке``, ``Бранку``, ``Бранкой``)
_FEMININE_ENDINGS = {"а": ("а", "ы", "и", "е", "у", "ой", "ою"), "я": ("я", "и", "е", "ю", "ей", "ею")}


def _reads_as(word: str, lemma: str, morph: Morph) -> bool:
    """Whether ``word`` may be a case form of ``lemma``: the same word, a reading of pymorphy's, or an ending of the
    feminine declension of a lemma in ``-а`` / ``-я`` that pymorphy's guess misses (``Бенфику`` of ``Бенфика``)."""
    word, lemma = fold(word), fold(lemma)
    if word == lemma or any(fold(p.normal_form) == lemma for p in morph.parses(word)):
        return True
    endings = _FEMININE_ENDINGS.get(lemma[-1:], ())
    return word.startswith(lemma[:-1]) and word[len(lemma) - 1:] in endings


def _declines_to(words: list[str], lemmas: list[str], morph: Morph, governed: bool = False) -> bool:
    """Whether ``words`` are a case form of ``lemmas``: as many words, at least one differing, every
    differing word a singular oblique form whose lemma is the other's word and no nominative of it (a plural
    genitive is a name of its own: ``16 тонн``; so is a plural: ``Города России``, ``Альфа сети`` beside ``Альфа
    сеть``), that word its own lemma and of the same capital. A later word after a first word the forms share may
    also read as a plural nominative when the name stands where a case is governed (``governed``,
    :func:`_stands_governed`: ``запасы «Вектор нефти»`` beside ``Вектор нефть``)."""
    if len(words) != len(lemmas) or any(is_latin_name(word) for word in words):
        return False
    changed = [(word, lemma, governed and at > 0 and words[0] == lemmas[0])
               for at, (word, lemma) in enumerate(zip(words, lemmas, strict=True)) if word != lemma]
    return bool(changed) and all(_is_form_of(word, lemma, morph, after_shared) for word, lemma, after_shared in changed)


# the last word before a mention, with the quotes that open it (escaped ones too: ``\\"``)
_WORD_BEFORE = re.compile(r"(\w+)[\s«„“\"'\\]*$")
_GOVERNING = frozenset({"NOUN", "PREP"})  # what puts the name after it in an oblique case: "запасы", "у"


def _stands_governed(text: str, resolved: dict[Span, ResolvedOrg], org: ResolvedOrg, morph: Morph) -> bool:
    """Whether a mention of ``org`` is its bare name (no word of its kind before it, after which a name stays as
    written: ``компания «Мир книги»``) right after a noun or a preposition in its sentence, which governs its case
    (``акционеры «Кедр стали»``); not a name opening a sentence or after a conjunction (``«Альфа сети» и …``)."""
    first = fold(name_words(org)[0]) if name_words(org) else ""
    for span, each in resolved.items():
        if each.org_id != org.org_id or not fold(text[span.start:span.end].lstrip("«„“\" ")).startswith(first):
            continue
        before = _WORD_BEFORE.search(text[max(0, span.start - 40):span.start])
        if before and any(p.tag.POS in _GOVERNING for p in morph.parses(fold(before.group(1)))):
            return True
    return False


def _guessed_soft_sign(words: list[str], others: list[str], morph: Morph) -> bool:
    """Whether a one-word name is another's with a soft sign added to a word no dictionary knows: the lemma
    pymorphy guessed for a locative (``Стройкапитале`` → ``Стройкапиталь``) beside the name another case
    shows (``Стройкапитала`` → ``Стройкапитал``)."""
    if len(words) != 1 or len(others) != 1 or not words[0].isalpha():
        return False
    word, other = words[0], others[0]
    return word == other + "ь" and len(other) > 3 and not morph.is_known(word)


def _written_as_locative(text: str, resolved: dict[Span, ResolvedOrg], org: ResolvedOrg, stem: str) -> bool:
    """Whether every mention of ``org`` writes the name ``stem`` in the locative (``Стройкапитале``), the form
    whose lemma pymorphy guessed with a soft sign; not when one writes the soft sign (``Ремсталь``, a name
    of its own beside ``Ремстал``)."""
    locative = re.compile(rf"(?<!\w){re.escape(stem)}е(?!\w)", re.IGNORECASE)
    return all(locative.search(text[span.start:span.end]) for span, each in resolved.items()
               if each.org_id == org.org_id)


def _is_form_of(word: str, lemma: str, morph: Morph, after_shared: bool = False) -> bool:
    """Whether ``word`` is a singular oblique form of ``lemma`` and no nominative of it (``after_shared``: no
    singular nominative, a word after a first word both names share)."""
    if not word.isalpha() or not lemma.isalpha() or word[:1].isupper() != lemma[:1].isupper() \
            or word.isupper() or fold(word) == fold(lemma):
        return False
    readings = [p for p in morph.parses(fold(word)) if fold(p.normal_form) == fold(lemma)]
    singular = [p for p in readings if "sing" in p.tag]
    nominative = [p for p in (singular if after_shared else readings) if "nomn" in p.tag]
    return bool(singular) and not nominative \
        and fold(lemma) in {fold(p.normal_form) for p in morph.parses(fold(lemma))}
