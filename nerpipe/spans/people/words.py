"""The words a person's name is made of: a first name, a surname of the Russian families, a foreign
word, a common noun that is no name, initials."""

from __future__ import annotations

from functools import lru_cache

from ...morph import Morph, fold, without_former
from ...names import is_patronymic, is_russian_surname, surname_readings
from ...orgs import is_latin_name
from ...resources import read_word_groups

# the grammemes of pymorphy's readings of a name: a person's, a place's, a body's
NAME_GRAMMEMES = ("Name", "Surn", "Patr", "Geox", "Orgn")
# the same and a trade mark's (pymorphy's ``Trad``): no common noun
PROPER_GRAMMEMES = frozenset({*NAME_GRAMMEMES, "Trad"})
# the nominative endings of a man's surname of the Russian families
_MANS_SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ын")


def read_nameless_tags(lowered: str, morph: Morph, grammemes: tuple[str, ...] = NAME_GRAMMEMES) -> list[str] | None:
    """pymorphy's tags of a lowered word, as text; ``None`` when one of them holds one of ``grammemes`` (a name's,
    a place's or a body's reading, by default)."""
    tags = [str(p.tag) for p in morph.parses(lowered)]
    return None if any(g in t for t in tags for g in grammemes) else tags


def common_noun(word: str, morph: Morph) -> bool:
    """A word pymorphy knows first as an animate common noun and never as a name; a noun after ``экс-`` counts
    (``Экс-следователь``)."""
    lowered = without_former(fold(word))
    parses = morph.parses(lowered)
    return morph.is_known(lowered) and bool(parses) and parses[0].tag.POS == "NOUN" \
        and parses[0].tag.animacy == "anim" and read_nameless_tags(lowered, morph) is not None


def thing_noun(word: str, morph: Morph) -> bool:
    """A word pymorphy knows only as an inanimate common noun (``Увертюру``, ``Интродукция``), no place's or
    body's name and not ending as the Russian families do (``Лапина`` is a surname): no name of a person, whatever
    its capital."""
    parses = morph.parses(fold(word))
    return morph.is_known(fold(word)) and bool(parses) and not is_russian_surname(word) and all(
        p.tag.POS == "NOUN" and p.tag.animacy == "inan" and not p.tag.grammemes & PROPER_GRAMMEMES for p in parses)


# the groups of titles.txt and professions.txt that list no noun of a person: words around a title (units,
# modifiers, ordinals, a state's or a region's bodies, verbs of a visit, what a presenter presents) and endings
_NOT_ROLES = frozenset({"unit", "agency", "modifier", "former", "former_adverb", "qualifier", "nomination",
                        "post_making", "holder_office", "ordinal", "regional_body", "visit", "lineage", "state",
                        "compound", "show", "postposed", "idiom", "agentive", "distinction"})


@lru_cache(maxsize=1)
def _title_lemmas() -> frozenset[str]:
    """The lemmas of titles, professions and kin (``resources/titles.txt``, ``professions.txt``), not of the
    words their files list beside them (``_NOT_ROLES``: ``концерт``, ``департамент``, ``визит``)."""
    groups = [words for name, words in [*read_word_groups("titles.txt").items(),
                                        *read_word_groups("professions.txt").items()] if name not in _NOT_ROLES]
    return frozenset(fold(word) for word in frozenset().union(*groups))


def names_a_role(word: str, morph: Morph) -> bool:
    """Whether a word is a title, a profession or a kin word by one of pymorphy's lemmas
    (``Доктором``, ``Шейх``, ``Астронавт``, ``Режиссёра``, its lemma's ``ё`` read as ``е``): a capitalised noun
    that says what a person is, not who."""
    lowered = without_former(fold(word))
    return lowered in _title_lemmas() or any(fold(p.normal_form) in _title_lemmas() for p in morph.parses(lowered))


def nominative_noun(word: str, morph: Morph) -> bool:
    """A word pymorphy knows first of all as a common noun in its own nominative singular, animate
    or not, and never as a name (``Модель``, ``Эксперт``)."""
    lowered = fold(word)
    parses = morph.parses(lowered)
    return len(lowered) > 3 and morph.is_known(lowered) and bool(parses) and parses[0].tag.POS == "NOUN" \
        and parses[0].tag.case == "nomn" and parses[0].tag.number == "sing" \
        and fold(parses[0].normal_form) == lowered and read_nameless_tags(lowered, morph) is not None


def is_first_name(word: str, morph: Morph) -> bool:
    """A word pymorphy knows first of all as a first name (``Анна``, not ``Роза`` or ``Орлов``): its
    likeliest reading, or its readings as a name together outweigh the rest (``Хорхе``, an
    indeclinable name in six cases, beside one reading of a noun); of a compound first name, its
    first part (``Ахмед-Хаджи``)."""
    if "-" in word.strip("-") and not morph.is_known(fold(word)):
        return is_first_name(word.split("-", 1)[0], morph)
    parses = morph.parses(fold(word))
    if not parses or not morph.is_known(fold(word)):
        return False
    named = sum(p.score for p in parses if "Name" in p.tag)
    return "Name" in parses[0].tag or named > sum(p.score for p in parses) - named


def known_only_as(word: str, morph: Morph, grams: tuple[str, ...]) -> bool:
    """Whether every reading pymorphy gives ``word`` has one of ``grams`` (``Surn``, ``Name``), and it gives one."""
    parses = morph.parses(word)
    return bool(parses) and all(any(gram in parse.tag for gram in grams) for parse in parses)


def lone_russian_surname(word: str, morph: Morph) -> bool:
    """A capitalised surname of the Russian families that is no first name nor patronymic."""
    return word[:1].isupper() and is_russian_surname(word) and not is_first_name(word, morph) \
        and not is_patronymic(morph, word)


def surname_word(word: str, morph: Morph, unknown: bool = False) -> bool:
    """A capitalised word that can only be a surname: pymorphy knows it as one and as nothing else
    (``Ветлугин``), or (``unknown``) knows it not at all and it ends as the Russian families do
    (``Кормилов``)."""
    if not (word[:1].isupper() and word.replace("-", "").isalpha() and len(word) > 2 and not word.isupper()):
        return False
    lowered = fold(word)
    if morph.is_known(lowered):
        return known_only_as(lowered, morph, ("Surn",))
    return unknown and is_russian_surname(lowered)


def mans_surname_only_nominative(word: str, morph: Morph) -> bool:
    """A capitalised word ending as a man's surname of the Russian families does in the nominative that pymorphy can
    read in the nominative as nothing but a surname, no place's or body's name (``Значков``: else ``значков`` of
    ``значок``; ``Котов``: else a plural genitive or accusative): as a verb's subject it is that surname."""
    if not (word[:1].isupper() and word.isalpha() and len(word) > 4 and not word.isupper()):
        return False
    lowered = fold(word)
    parses = morph.parses(lowered)
    return morph.is_known(lowered) and bool(parses) and lowered.endswith(_MANS_SURNAME_ENDINGS) \
        and not any("Geox" in p.tag or "Orgn" in p.tag for p in parses) \
        and all("Surn" in p.tag or p.tag.case != "nomn" for p in parses)


def foreign_word(word: str, morph: Morph) -> bool:
    """A capitalised Cyrillic word pymorphy does not know at all (``Гарсия``), as a surname after a first name."""
    return word[:1].isupper() and not word.isupper() and word.isalpha() and len(word) > 2 \
        and not is_latin_name(word) and not morph.is_known(fold(word))


def initials_only(words: list[str]) -> bool:
    letters = " ".join(words).replace(".", " ").split()
    return bool(letters) and all(len(w) == 1 and w.isupper() for w in letters)


def first_and_patronymic(words: list[str], morph: Morph) -> bool:
    """Two words, a first name and a patronymic (``Ольга Андреевна``)."""
    return len(words) == 2 and is_first_name(words[0], morph) and is_patronymic(morph, words[1])


def is_person_name(words: list[str], morph: Morph) -> bool:
    """Words natasha tagged as an organization or a place that are a person's name: a first name pymorphy
    knows first of all as one, then one or two capitalised words, the last a surname
    (``Савватий Луговской``), or a word it does not know before a surname of the Russian families (``Гюнель
    Алекперовой``), with no quotes, digits or Latin letters."""
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    if any(w.isupper() or is_latin_name(w) for w in words):
        return False
    last = fold(words[-1])
    if not is_first_name(words[0], morph):
        return len(words) == 2 and not morph.is_known(fold(words[0])) and is_russian_surname(last)  # ``Гюнель
        # Алекперовой``: a first name pymorphy does not know before a surname of the Russian families
    return morph.has_gram(last, "Surn") or last.endswith(("ов", "ев", "ин", "ский", "цкий", "ова", "ева", "ина",
                                                           "ская", "цкая"))


def is_foreign_name(tokens, morph: Morph) -> bool:
    """Two words natasha tagged as a place that are a foreign person's name: a first name pymorphy
    knows first of all as one, then a capitalised word it does not know at all, or one the parser
    reads as part of the name (``Жуана`` + ``Пинту``, ``flat:name``) and no adjective (not ``мост``
    ``Петра Великого``, a place named after a person)."""
    if len(tokens) != 2:
        return False
    first, last = tokens
    adjective = any(p.tag.POS in ("ADJF", "PRTF") for p in morph.parses(fold(last.text)))
    return first.text[:1].isupper() and not first.text.isupper() and is_first_name(first.text, morph) \
        and (foreign_word(last.text, morph) or last.rel == "flat:name" and last.head == first.index
             and last.text[:1].isupper() and not last.text.isupper() and last.text.isalpha() and not adjective)


def is_lone_surname(word: str, morph: Morph) -> bool:
    """One word natasha tagged as a place that pymorphy knows only as a surname or a first name (``Рейган``,
    ``Свиридове``): a person. A word that may also be a place (``Королёв``, ``Киров``) is not."""
    if not word[:1].isupper() or not word.replace("-", "").isalpha() or word.isupper() or not morph.is_known(word):
        return False
    return known_only_as(word, morph, ("Surn", "Name"))


# the parts of speech no word of a name is (pymorphy's tags)
_NO_NAME_POS = {"ADVB", "CONJ", "PREP", "PRCL", "INTJ", "NPRO", "PRED", "NUMR", "COMP", "GRND", "VERB", "INFN"}


def function_word(word: str, morph: Morph) -> bool:
    """A word pymorphy knows only as an adverb, conjunction, pronoun, verb or another part of speech
    no name is of, and not as a name (``Вчера``, ``Когда``, ``Также``); not an imperative or a
    gerund, which foreign names may be written as (``Жиль``, ``Жиля``)."""
    lowered = fold(word)
    parses = morph.parses(lowered)
    return morph.is_known(lowered) and bool(parses) and all(p.tag.POS in _NO_NAME_POS for p in parses) \
        and not any("impr" in p.tag or p.tag.POS == "GRND" for p in parses)  # ``Жиль``, ``Жиля``: written
    # as a name may be, and no comma parts a gerund from a name after it


# kinds of things a name after them names, no person (``банда Вэйлун``, ``на вираже Тальмонте``,
# ``ураган Орсола``, ``яхта Эсмеральда``): the type of the span they make, ``""`` for none
NAMED_KINDS: dict[str, str] = {
    **dict.fromkeys(("группировка", "банда", "триада", "картель", "синдикат", "мафия"), "ORG"),
    **dict.fromkeys(("поворот", "вираж", "шикана", "трасса", "перевал", "вулкан", "ледник", "кратер"), "LOC"),
    **dict.fromkeys(("ураган", "тайфун", "шторм", "циклон", "антициклон", "торнадо", "яхта", "судно", "лайнер",
                     "танкер", "крейсер", "фрегат", "эсминец", "авианосец", "ледокол", "теплоход", "паром",
                     "подлодка"), ""),
}


def named_kind(kind_word: str, name: str, morph: Morph, kinds: dict[str, str] | None = None,
               number: str | None = None) -> str | None:
    """The type of span (``""``: none) a name makes after a lower-case noun of a kind of thing it
    names (of ``kinds``, :data:`NAMED_KINDS` unless given), or ``None``: no such noun, or the name can be a
    genitive after a genitive, or one that cannot be in the noun's case: the owner of the thing (``яхту
    Абрамцева``, ``банды Кормилова``; not ``яхта Эсмеральда``). ``number`` is the tagger's number of the noun in
    its sentence (``Plur``), when known."""
    if not kind_word[:1].islower():
        return None
    table = NAMED_KINDS if kinds is None else kinds
    found = [table[form] for form in morph.forms(kind_word) if form in table]
    if not found or number != "Plur" and _other_noun_before(kind_word, table, morph):
        return None
    cases = {p.tag.case for p in morph.parses(fold(kind_word)) if fold(p.normal_form) in table}
    lowered = fold(name)
    named = {p.tag.case for p in morph.parses(lowered)} if morph.is_known(lowered) else set()
    named |= {case for case, _gender in surname_readings(morph, name)}  # ``Абрамцева``, a surname's genitive
    if "gent" in named and ("gent" in cases or not named & (cases - {"accs"})):
        return None  # ``банды Кормилова``: a genitive after a genitive is its owner's
    return found[0]


def _other_noun_before(kind_word: str, table: dict[str, str], morph: Morph) -> bool:
    """Whether a word is a kind's noun in the plural only and another noun in the singular (``суда``: ``судно``'s
    plural, ``суд``'s genitive): unless the tagger reads it in the plural (``вошли суда Сокол и Буревестник``), one
    name after it is of no list of the kind's things, the other noun's dependent (``председатель суда Журавлёв``)."""
    parses = [p for p in morph.parses(fold(kind_word)) if "NOUN" in p.tag]
    kinds = [p for p in parses if fold(p.normal_form) in table]
    return bool(kinds) and all(p.tag.number == "plur" for p in kinds) \
        and any(p.tag.number == "sing" and fold(p.normal_form) not in table for p in parses)


def after_named_kind(analysis, index: int, morph: Morph) -> str | None:
    """:func:`named_kind` of token ``index`` after the word before it in its sentence, in the number the tagger
    reads that word in."""
    if index == 0 or analysis.tokens[index - 1].sent != analysis.tokens[index].sent:
        return None
    before = analysis.tokens[index - 1]
    return named_kind(before.text, analysis.tokens[index].text, morph, number=before.feat.get("Number"))


def noun_as_first_name(word: str, opens: bool, surname: str, morph: Morph) -> bool:
    """A capitalised word inside a sentence (not opening it) that pymorphy knows as a first name too, if
    first of all as a common noun (``Славы``, ``Веры``), before a surname of the Russian families that is
    no first name (``Славы Кормиловой``): a first name."""
    return not opens and word[:1].isupper() and not word.isupper() \
        and any("Name" in p.tag for p in morph.parses(fold(word))) and lone_russian_surname(surname, morph)
