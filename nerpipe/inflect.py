"""Put a noun phrase into the nominative while its dependents keep their case.

``Томской торгово-промышленной палаты`` → ``Томская торгово-промышленная палата``;
``заместителем губернатора Томской области`` → ``заместитель губернатора Томской области``.

The head is the first noun of the phrase outside quotes; it and the adjectives
before it are inflected, everything after it is kept as written. This is what
Russian names of organizations and titles need, where natasha's syntax-based
normalization sometimes inflects the genitive dependents too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .morph import UD_CASE, UD_GENDER, UD_NUMBER, Morph, agreement, oc_inflect, restore_case
from .text import TYPOGRAPHIC_CLOSING, TYPOGRAPHIC_OPENING, strip_acronym_ending


@dataclass(frozen=True, slots=True)
class Word:
    """A token as the normalizers see it: its text, offsets, and the tagger's POS and features."""

    start: int
    end: int
    text: str
    pos: str = "X"
    feats: tuple[tuple[str, str], ...] = ()

    @property
    def feat(self) -> dict:
        return dict(self.feats)


def join_words(words: list[str], spacing: list[str]) -> str:
    """Rebuild text from words and the white space that stood before each (first ignored)."""
    out = []
    for index, word in enumerate(words):
        if index:
            out.append(spacing[index])
        out.append(word)
    return "".join(out)


def spacing_of(words: list[Word]) -> list[str]:
    """One space where the text had white space between two words, nothing where it had none."""
    gaps = [""]
    for prev, word in zip(words, words[1:]):
        gaps.append(" " if word.start > prev.end else "")
    return gaps


def _is_abbr(text: str) -> bool:
    """``МИДа``, ``СПбГУ``, ``ВЭБ.РФ`` — not ``Северо-Восточного`` (capitals start its parts only), nor a
    word an acronym opens before a capitalised noun that heads it (``ВЕКТА-Банком``: a bank, declined)."""
    last = text.rsplit("-", 1)[-1]
    if "-" in text and len(last) > 3 and last[:1].isupper() and last[1:].isalpha() and last[1:].islower():
        return False
    letters = [ch for ch in text if ch.isalpha()]
    upper = sum(ch.isupper() for ch in letters)
    return len(letters) >= 2 and upper >= 2 and upper * 2 >= len(letters)


def find_head(words: list[Word], morph: Morph) -> int | None:
    """Index of the phrase's head noun: the first noun outside quotes that is not an abbreviation.

    An abbreviation before a quoted name (``ПАО «…»``) is the head when no other noun precedes it.
    """
    depth = 0
    first_abbr = None
    for index, word in enumerate(words):
        text = word.text
        if text in TYPOGRAPHIC_OPENING or (text == '"' and depth == 0):
            depth += 1
            continue
        if text in TYPOGRAPHIC_CLOSING or (text == '"' and depth > 0):
            depth = max(0, depth - 1)
            continue
        if depth or not text[:1].isalpha():
            continue
        if _is_abbr(text):
            if first_abbr is None:
                first_abbr = index
            continue
        if word.pos in ("NOUN", "PROPN"):
            if morph.has_gram(text, "ADJF") and not morph.has_gram(text, "NOUN"):
                continue  # an adjective the tagger took for a name: «Северо-Восточного»
            if _is_undeclined_qualifier(words, index, morph):
                continue  # ``Северной медиа группы``: the adjective agrees with ``группы``, which ``медиа`` qualifies
            return index
        if word.pos not in ("ADJ", "DET", "NUM", "VERB", "ADP", "CCONJ", "SCONJ") and morph.has_gram(text, "NOUN"):
            return index  # not a preposition with an archaic noun's reading ("при": "пря")
        if word.pos == "ADJ" and text[:1].isupper() and morph.is_known(text) and _has_noun_in_case(word, morph) \
                and not morph.has_gram(text, "ADJF") and not morph.has_gram(text, "PRTF"):
            # ``Дирекции радиовещания``: a capitalised noun of the dictionary the tagger took for an adjective (not an
            # unknown name before its noun, ``Хоувер Банком``)
            return index
        if word.pos in ("ADJ", "VERB", "DET", "NUM", "ADV") or word.pos == "CCONJ" and index:
            continue  # "продовольственной и сельскохозяйственной организации", "ныне покойного ректора"
        return None
    return first_abbr


def _has_noun_in_case(word: Word, morph: Morph) -> bool:
    """Whether a word has a noun's reading in the case the tagger gives it (``Дирекции`` read as a genitive; not
    ``Кедр`` read as the instrumental of an adjective before ``Банком``)."""
    case = UD_CASE.get(word.feat.get("Case", ""))
    return case is not None and any(p.tag.POS == "NOUN" and p.tag.case == case for p in morph.parses(word.text.lower()))


def _is_undeclined_qualifier(words: list[Word], index: int, morph: Morph) -> bool:
    """Whether the noun at ``index`` is an indeclinable one (``медиа``) that qualifies the common noun right after
    it, the head the adjective before it agrees with in gender and number (``Северной медиа группы``), not the head
    itself. An adjective that may agree with the indeclinable noun itself (``Московского бюро журнала``: neuter
    ``бюро``) leaves it the head."""
    if index == 0 or index + 1 >= len(words):
        return False
    before, after = words[index - 1], words[index + 1]
    parses = morph.parses(words[index].text.lower())
    if before.pos not in ("ADJ", "PROPN") or after.pos != "NOUN" or not after.text.islower() \
            or not parses or not all("Fixd" in p.tag for p in parses):
        return False
    adjective = {_read_agreement(p) for p in morph.parses(before.text.lower()) if p.tag.POS == "ADJF"}
    own = {_read_agreement(p) for p in parses if p.tag.POS == "NOUN"}
    head = {_read_agreement(p) for p in morph.parses(after.text) if p.tag.POS == "NOUN"}
    return not adjective & own and bool(adjective & head)


def _read_agreement(parse) -> tuple[str | None, str | None, str | None]:
    """What an adjective agrees with a noun in: gender (singular only), number and case of a parse."""
    return parse.tag.gender if parse.tag.number == "sing" else None, parse.tag.number, parse.tag.case


def nominative(words: list[Word], morph: Morph, number: str = "keep", animate: bool = False,
               lemmas: frozenset[str] = frozenset()) -> str:
    """The phrase with its head (and the adjectives before it) in the nominative.

    ``number``: ``"keep"`` keeps the head's number, ``"sing"`` makes it singular
    (titles: ``академиками`` → ``академик``). ``animate`` prefers readings of the
    head as a person (titles: ``политику`` → ``политик``, not ``политика``). ``lemmas``: the lemmas
    that the tied readings of an adjective prefer (the words of a dictionary's names: ``большой``).
    """
    if not words:
        return ""
    spacing = spacing_of(words)
    texts = [w.text for w in words]
    head = find_head(words, morph)
    if head is None:
        return join_words(texts, spacing)
    head_word = words[head]
    feats = head_word.feat
    case = UD_CASE.get(feats.get("Case", ""))
    if _is_abbr(head_word.text):
        # японского МИДа → японский МИД: the acronym loses its ending, its adjectives agree with it
        texts[head] = strip_acronym_ending(head_word.text)
        if case not in (None, "nomn"):
            nouns = [p for p in morph.parses(texts[head].lower()) if p.tag.POS == "NOUN"]
            _inflect_modifiers(words, texts, head, morph, case, "sing", nouns[0].tag.gender if nouns else None,
                               lemmas)
        return join_words(texts, spacing)
    number_gram = UD_NUMBER.get(feats.get("Number", ""))
    want_number = "sing" if number == "sing" else number_gram
    if case == "nomn" and (want_number in (None, number_gram)) and _is_nominative(head_word.text, morph, want_number):
        return join_words(texts, spacing)
    new_head, gender = _inflect_head(head_word, morph, case, want_number, animate)
    if new_head is None:
        return join_words(texts, spacing)
    texts[head] = restore_case(new_head, head_word.text)
    _inflect_modifiers(words, texts, head, morph, case, want_number, gender, lemmas)
    return join_words(texts, spacing)


_COMMON = "ms-f"  # the dictionary's common gender of a noun of a person (``глава``, ``судья``)
# an ordinal written in digits with the ending of its case: ``16-й``, ``3-го``, ``5-ой``, ``2-м``
_ORDINAL = re.compile(r"(\d+[-‑])(?:й|я|е|ей|ий|ья|ье|ьей|го|ого|му|ому|м|ом|ым|ой|ую|ю|х|ых|ми|ыми|ая|ое|ые|ый)")
# its nominative ending, by the gender (or plural number) of the noun it goes with
_ORDINAL_NOMINATIVE = {"masc": "й", "femn": "я", "neut": "е", "plur": "е", None: "й"}


def _inflect_modifiers(words: list[Word], texts: list[str], head: int, morph: Morph, case: str | None,
                       number: str | None, gender: str | None, lemmas: frozenset[str] = frozenset()) -> None:
    """Put the adjectives right before the head into the nominative, agreeing with it (in ``texts``)."""
    gender = str(gender) if gender else None  # the dictionary's grammeme compares only with its own values
    for index in range(head - 1, -1, -1):
        word = words[index]
        ordinal = _ORDINAL.fullmatch(word.text)
        if ordinal:
            texts[index] = ordinal.group(1) \
                + _ORDINAL_NOMINATIVE.get(gender if (number or "sing") == "sing" else "plur", "й")
            continue
        adjective = word.pos in ("ADJ", "VERB", "DET", "NUM") or (
            word.pos in ("PROPN", "NOUN", "X") and morph.has_gram(word.text, "ADJF")
        )
        if not adjective or not word.text[:1].isalpha() or _is_abbr(word.text):
            if index == head - 1 and _is_undeclined_qualifier(words, index, morph):
                continue  # ``Северной медиа группы`` → ``Северная медиа группа``
            if word.text in ("-", "‑") or word.text.lower() in ("и",) or word.pos == "ADV":
                continue  # "ныне покойного ректора": an adverb of an adjective, the words before it agree still
            break
        grams = {"nomn", number or "sing"}
        if (number or "sing") == "sing" and gender:
            grams.add(_gender_of_common(word) if gender == _COMMON else gender)
        inflected = morph.inflect(word.text, grams, prefer={"POS": {"ADJF", "PRTF", "NUMR", "ADJS"}, "case": case},
                                  lemmas=lemmas)
        if inflected:
            texts[index] = restore_case(inflected, word.text)


def _gender_of_common(word: Word) -> str:
    """The gender an adjective gives a noun of common gender (``прежней главы`` → ``прежняя глава``,
    ``прежнего главы`` → ``прежний глава``): feminine when the tagger reads it so, else masculine, never the
    neuter of an ambiguous genitive."""
    return "femn" if word.feat.get("Gender") == "Fem" else "masc"


def _is_nominative(text: str, morph: Morph, number: str | None) -> bool:
    for parse in morph.parses(text.lower()):
        if parse.tag.case == "nomn" and (number is None or parse.tag.number in (None, number)) \
                and parse.tag.POS == "NOUN":
            return True
    return not morph.parses(text.lower())


def _inflect_head(
    word: Word, morph: Morph, case: str | None, number: str | None, animate: bool = False
) -> tuple[str | None, str | None]:
    feats = word.feat
    prefer = {
        "POS": "NOUN",
        "animacy": "anim" if animate else None,
        "case": case,
        "gender": UD_GENDER.get(feats.get("Gender", "")),
        "number": UD_NUMBER.get(feats.get("Number", "")),
    }
    parses = morph.parses(word.text.lower())
    if not parses:
        return None, None
    ranked = sorted(parses, key=lambda p: -agreement(p, prefer))
    for parse in ranked:
        if parse.tag.POS != "NOUN":
            continue
        grams = {"nomn"}
        if number:
            grams.add(number)
        form = oc_inflect(parse, grams)
        if form is None and number == "sing" and "Pltm" in parse.tag:
            form = oc_inflect(parse, {"nomn"})
        if form is not None:
            return form.word, parse.tag.gender or (_COMMON if _COMMON in parse.tag else None)
    return None, None

