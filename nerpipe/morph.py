"""Small morphology helpers on top of natasha's ``MorphVocab`` (pymorphy2).

natasha's tagger speaks Universal Dependencies (``Case=Gen``), pymorphy speaks
OpenCorpora (``gent``): the maps between the two are here, once.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from os.path import commonprefix
from typing import Generic, TypeVar

from pymorphy2.analyzer import Parse as _PymorphyParse

from .text import split_words

# UD features of natasha's tagger → OpenCorpora grammemes of pymorphy
UD_CASE = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
CASE_UD = {gram: case for case, gram in UD_CASE.items()}  # the reverse: OpenCorpora case → UD
UD_GENDER = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
UD_NUMBER = {"Sing": "sing", "Plur": "plur"}


def fold(text: str) -> str:
    """Case- and ё-insensitive key: ``'Ёлкин'`` → ``'елкин'``."""
    return text.lower().replace("ё", "е")


# the prefix of a title held before (``экс-мэр``), with a plain or a non-breaking hyphen
FORMER_PREFIXES = ("экс-", "экс‑")


def without_former(word: str) -> str:
    """A folded word without the ``экс-`` it opens with (``экс-мэр`` → ``мэр``)."""
    for prefix in FORMER_PREFIXES:
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            return word[len(prefix):]
    return word


class Morph:
    """Cached pymorphy queries that the normalizers share.

    One instance lives in :class:`nerpipe.models.Models`; its caches make the
    repeated questions of a corpus (the same words again and again) cheap.
    """

    def __init__(self, vocab):
        self.vocab = vocab
        self.forms = lru_cache(maxsize=200_000)(self._forms)
        self.parses = lru_cache(maxsize=200_000)(self._parses)

    def _parses(self, word: str):
        try:
            return tuple(self.vocab.parse(word))
        except ValueError:  # pymorphy2 asks unicodedata for the name of a letter that has none (U+17000)
            return ()

    def _forms(self, word: str) -> frozenset[str]:
        """The folded word and every lemma pymorphy proposes for it."""
        folded = fold(word)
        forms = {folded}
        for parse in self.parses(folded):
            forms.add(fold(parse.normal_form))
        return frozenset(forms)

    def lookup(self, word: str, table: dict):
        """The value ``table`` holds for any lemma of ``word`` (``'томские'`` in ``{'томский': …}``), or ``None``."""
        for form in self.forms(word):
            value = table.get(form)
            if value:
                return value
        return None

    def is_known(self, word: str) -> bool:
        return self.vocab.word_is_known(fold(word))

    def lemma(self, word: str) -> str:
        parses = self.parses(fold(word))
        return fold(parses[0].normal_form) if parses else fold(word)

    def has_gram(self, word: str, gram: str) -> bool:
        """Whether pymorphy has a reading of ``word`` with the grammeme ``gram``, whatever the tagger reads
        (``'gent'``: ``Орлова``, ``Смит`` of a woman, ``связи``; not ``Лиза``)."""
        return any(gram in p.tag for p in self.parses(fold(word)))

    def inflect(self, word: str, grams: set[str], prefer: dict | None = None,
                lemmas: frozenset[str] = frozenset()) -> str | None:
        """Inflect ``word`` to the OpenCorpora grammemes ``grams``.

        ``prefer`` narrows the parse: ``{'POS': 'NOUN', 'case': 'gent', 'gender': 'femn'}``;
        parses that contradict it are tried last. Of readings of two lexemes that tie (``большим``
        of ``большой`` and ``больший``, ``окружного`` of ``окружной`` and ``окружный``), the one whose
        lemma ``lemmas`` holds comes first, then a relative adjective before a qualitative
        one (:func:`tie_rank`). Returns ``None`` when pymorphy cannot.
        """
        parses = self.parses(fold(word))
        if not parses:
            return None
        prefer = prefer or {}
        ranked = sorted(parses, key=lambda p: (-agreement(p, prefer), tie_rank(p, lemmas)))
        for parse in ranked:
            form = oc_inflect(parse, grams)
            if form is not None:
                if "-" in word and "-" not in form.word:
                    # pymorphy writes some compounds solid (южноуральский): inflect the last part only
                    head, _, last = fold(word).rpartition("-")
                    tail = self.inflect(last, grams, prefer, lemmas)
                    return f"{head}-{tail}" if tail else form.word
                return form.word
        return None


T = TypeVar("T")


class PhraseIndex(Generic[T]):
    """Multi-word names matched in any grammatical case.

    A name is a sequence of words; a word of the text matches a word of the name
    when their sets of possible lemmas (:meth:`Morph.forms`) meet, so
    ``Министерства промышленности и торговли`` matches ``Министерство промышленности
    и торговли``. Punctuation must match as written.
    """

    def __init__(self, morph: Morph):
        self.morph = morph
        self._by_first: dict[str, list[tuple[tuple[frozenset, ...], T]]] = {}

    def word_forms(self, word: str) -> frozenset[str]:
        if not word[:1].isalnum():
            return frozenset({word})
        return self.morph.forms(word)

    def add(self, name: str, value: T) -> None:
        forms = tuple(self.word_forms(w) for w in split_words(name))
        if not forms:
            return
        entry = (forms, value)
        for form in forms[0]:
            bucket = self._by_first.setdefault(form, [])
            if entry not in bucket:
                bucket.append(entry)

    def starts(self, word: str) -> bool:
        """Whether some name can start with ``word`` (a cheap test before :meth:`match_prefix`)."""
        return any(form in self._by_first for form in self.word_forms(word))

    def match(self, words: Sequence[str]) -> list[T]:
        """The values of every name that is exactly ``words``."""
        return [value for length, value in self.match_prefix(words) if length == len(words)]

    def match_prefix(self, words: Sequence[str]) -> list[tuple[int, T]]:
        """``(length, value)`` for every name that ``words`` starts with, longest first."""
        if not words:
            return []
        forms = [self.word_forms(words[0])]
        found: list[tuple[int, T]] = []
        seen: set[int] = set()
        for first in forms[0]:
            for entry_forms, value in self._by_first.get(first, ()):
                length = len(entry_forms)
                if length > len(words) or id(entry_forms) in seen:
                    continue
                seen.add(id(entry_forms))
                while len(forms) < length:
                    forms.append(self.word_forms(words[len(forms)]))
                if all(a & b for a, b in zip(entry_forms, forms)):
                    found.append((length, value))
        found.sort(key=lambda item: -item[0])
        return found


def oc_inflect(parse, grams: set[str]):
    """Inflect a pymorphy parse with OpenCorpora grammemes (natasha's parses expect UD ones)."""
    return _inflect_parse(parse, frozenset(grams))


@lru_cache(maxsize=20_000)
def _inflect_parse(parse, grams: frozenset[str]):
    # pymorphy builds every form of the word's lexeme to choose one: worth keeping for the next time
    form = _PymorphyParse.inflect(parse, set(grams))
    if form is not None and "Supr" in parse.tag:
        form = _of_its_stem(parse, form)
    return form


def _of_its_stem(parse, form):
    """Of the forms a superlative's lexeme has for one tag (``высшая``, ``высочайшая``), the one of
    the inflected word's own stem (``высшей`` → ``высшая``)."""
    alike = [f for f in parse.lexeme if f.tag == form.tag]
    return max(alike, key=lambda f: (len(commonprefix([f.word, parse.word])), f.word == form.word), default=form)


def tie_rank(parse, lemmas) -> tuple[bool, bool]:
    """How late to try a reading among readings that agree alike: one of a lemma not in ``lemmas``
    after one in it, a qualitative adjective (``окружный``) after a relative one (``окружной``)."""
    return parse.normal_form not in lemmas, "Qual" in parse.tag


def agreement(parse, prefer: dict) -> float:
    score = parse.score
    tag = parse.tag
    for key, value in prefer.items():
        if value is None:
            continue
        actual = tag.POS if key == "POS" else getattr(tag, key, None)
        if isinstance(value, (set, frozenset, tuple)):
            ok = actual in value
        else:
            ok = actual == value
        score += 1.0 if ok else -1.0
    return score


def unshouted(word: str) -> str:
    """A word written in capitals (``КЫРБА``) with a capital first letter only (``Кырба``); any other as written."""
    return word[:1].upper() + word[1:].lower() if word.isupper() else word


def restore_case(word: str, model: str) -> str:
    """Give ``word`` the capitalisation of ``model``: ``('минпромторг', 'МИНПРОМТОРГА')`` → ``'МИНПРОМТОРГ'``."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        # keep inner capitals of hyphenated parts: Ханты-Мансийск
        parts = word.split("-")
        model_parts = model.split("-")
        out = []
        for index, part in enumerate(parts):
            ref = model_parts[index] if index < len(model_parts) else model_parts[-1]
            if part.lower() == ref.lower():
                out.append(ref)  # a part the inflection left alone keeps its letters: IT-компаний
            else:
                out.append(_letters_cased(part, ref))
        return "-".join(out)
    return word


def _letters_cased(word: str, model: str) -> str:
    """``word`` with the capitals of ``model`` over the letters the two share from the start (``МегаФона``
    → ``МегаФон``), its first letter a capital where the model's is."""
    shared = 0
    while shared < min(len(word), len(model)) and word[shared].lower() == model[shared].lower():
        shared += 1
    cased = model[:shared] + word[shared:]
    return cased[:1].upper() + cased[1:] if model[:1].isupper() else cased


def plural_noun(token, morph: Morph, folded: bool = False) -> bool:
    """Whether a noun is in the plural: so the tagger says, or every parse of its form as a noun does
    (``Министерствам``, which a capital letter may make the tagger read as a singular name); with ``folded``,
    the parses of the folded form (:func:`fold`)."""
    if token.feat.get("Number") == "Plur":
        return True
    nouns = [p for p in morph.parses(fold(token.text) if folded else token.text) if "NOUN" in p.tag]
    return bool(nouns) and all("plur" in p.tag for p in nouns)


def takes_form(parses, number: str, case: str | None) -> bool:
    """Whether a parse has the word in ``number`` and, when given, ``case`` (pymorphy grammemes; ``gen2``,
    ``loc2`` count as ``gent``, ``loct``): a form the word can take."""
    return any(p.tag.number == number and (case is None or (p.tag.case or "")[:3] == case[:3]) for p in parses)


def is_predicate(word: str, morph: Morph) -> bool:
    """Whether a word is a finite verb or a short participle in all its readings (``Создан``, ``Открылся``),
    never a noun or an adjective."""
    parses = morph.parses(fold(word))
    return word.isalpha() and bool(parses) and all(p.tag.POS in ("VERB", "PRTS") for p in parses)
