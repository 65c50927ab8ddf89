"""One person a document names in full in two ways: the same words read in two ways, or one
foreign name written with other vowels, or with a letter doubled.

``Дино Ровелле`` written twice may be read once as written and once as the prepositional of
``Дин Ровелль``; ``Кэрри Лоуден`` and ``Керри Лоуден`` are one name Russian news spells two ways.
Either pair is one person of the document: :func:`same_written_names` gives every span of one written
full name one reading, :func:`vowel_respellings` takes the rarer spelling to the commoner. A first name
misspelt by a letter (``Алекей Орлов`` beside ``Алексей Орлов``) goes to the right one:
:func:`misspelt_first_names`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..morph import Morph, fold
from ..names import Name, is_russian_surname, known_first_name
from ..names.endings import CONSONANTS
from ..records import Span
from .forms import first_name_gender, surname_key
from .spelling import russian_japanese

_VOWELS = set("аеиоуыэюя")
_MIN_RESPELLED_LETTERS = 4  # shorter words share their consonants with too many others (``Ким``, ``Кем``)


def same_written_names(text: str, names: dict[Span, Name]) -> None:
    """Spans of a full name written alike (the same words, case aside) read as two names (``Дино
    Ровелле`` and ``Дин Ровелль``): each takes the reading most of them have, of a tie the first span's,
    in place."""
    written: dict[str, list[Span]] = {}
    for span in sorted(names, key=lambda s: s.start):
        words = text[span.start:span.end].split()
        if names[span].is_full and len(words) >= 2:
            written.setdefault(fold(" ".join(words)), []).append(span)
    for spans in written.values():
        readings = Counter(names[span] for span in spans)
        if len(readings) < 2:
            continue
        most = max(readings.values())
        chosen = next(names[span] for span in spans if readings[names[span]] == most)
        for span in spans:
            names[span] = chosen


def vowel_respellings(full: list[Name], morph: Morph) -> dict[Name, Name]:
    """Full names of a document that are another of its full names written with other vowels in the
    first name or the surname (``Кэрри Лоуден`` of ``Керри Лоуден``): each goes to the one more of its
    spans give (of a tie the first), when it is the only one. Not the surnames of the Russian families,
    and not two first names pymorphy knows both (``Алина``, ``Алена``): those are two names, unless they differ by a
    vowel written softened only (``Эммануэль``, ``Эмманюэль``)."""
    counts = Counter(full)
    order = list(dict.fromkeys(full))
    out: dict[Name, Name] = {}
    for name in order:
        others = [other for other in order if other != name and _respelled_name(name, other, morph)]
        if len(others) != 1:
            continue
        other = others[0]
        if counts[other] > counts[name] or (counts[other] == counts[name] and order.index(other) < order.index(name)):
            out[name] = other
    return out


def _respelled_name(name: Name, other: Name, morph: Morph) -> bool:
    if name.middle or other.middle or not name.first or not other.first or not name.last or not other.last:
        return False
    if is_russian_surname(name.last) or is_russian_surname(other.last):
        return False
    pairs = [(name.first, other.first), (name.last, other.last)]
    if not all(vowel_respelled(a, b) or differ_by_doubling(a, b) for a, b in pairs):
        return False
    first, second = fold(name.first), fold(other.first)
    return first == second or iotated(first, second) \
        or not (known_first_name(morph, first) and known_first_name(morph, second))


# a vowel and the one that writes it after a soft consonant: one sound, two spellings of a foreign name
_IOTATED = {frozenset(pair) for pair in ("ую", "ая", "эе", "ыи", "оё")}


def iotated(word: str, other: str) -> bool:
    """Whether two words of one length differ only by vowels written plain in one and softened in the other
    (``Эммануэль``, ``Эмманюэль``): one foreign name, even when pymorphy knows both."""
    return len(word) == len(other) and word != other and all(
        x == y or frozenset((x, y)) in _IOTATED for x, y in zip(fold(word), fold(other)))


_DOUBLED = re.compile(r"(\w)\1+")


def differ_by_doubling(word: str, other: str) -> bool:
    """Whether two words in Cyrillic letters differ only by letters written doubled in one and single in the other
    (``Крассефф``, ``Красеф``; ``Тулльгрен``, ``Тульгрен``), their first letters alike and four letters or more: one
    foreign name the news transcribes two ways. Not one word that is the other and a letter more (``Ковалл``,
    ``Ковал``): the shorter may be a case form's stem, which :func:`.oblique_names.oblique_forms` weighs."""
    a, b = fold(word), fold(other)
    return min(len(a), len(b)) >= _MIN_RESPELLED_LETTERS \
        and not a.startswith(b) and not b.startswith(a) and _DOUBLED.sub(r"\1", a) == _DOUBLED.sub(r"\1", b)


def vowel_respelled(word: str, other: str) -> bool:
    """Whether two words in Cyrillic letters are one, or one written with other vowels in the same
    places (``Кэрри``, ``Керри``; ``Хантер-младший``, ``Хантор-младший``), their first and last letters
    alike and four letters or more."""
    a, b = russian_japanese(word), russian_japanese(other)  # ``Тадао Киширо``, ``Тадао Кисиро``
    if a == b:
        return True
    if len(a) != len(b) or len(a) < _MIN_RESPELLED_LETTERS or a[0] != b[0] or a[-1] != b[-1]:
        return False
    return all(x == y or (x in _VOWELS and y in _VOWELS) for x, y in zip(a, b))


def misspelt_first_names(full: list[Name], morph: Morph) -> dict[Name, Name]:
    """Full names of a document with one surname, the only two of the document with it, whose first
    names are one letter apart (a letter left out, added or changed: ``Алекей Орлов`` beside ``Алексей
    Орлов``): the first name pymorphy does not know goes to the one it knows; of two it does not know,
    the one fewer spans give to the other, as of two it knows of one gender one letter longer than the
    other. Two first names of two genders are two people (``Ян``, ``Яна``), as are two it knows a letter
    changed apart (``Алина``, ``Алена``) and two names of a surname a third person has."""
    counts = Counter(full)
    by_last: dict[str, list[Name]] = defaultdict(list)
    for name in dict.fromkeys(full):
        if name.is_full and name.key not in {other.key for other in by_last[surname_key(name.last)]}:
            by_last[surname_key(name.last)].append(name)
    out: dict[Name, Name] = {}
    for pair in by_last.values():
        if len(pair) != 2 or fold(pair[0].last) != fold(pair[1].last) \
                or not one_letter_apart(pair[0].first, pair[1].first) or iotated(pair[0].first, pair[1].first):
            continue  # a vowel softened is a spelling, :func:`vowel_respellings`'s
        known = [known_first_name(morph, fold(name.first)) for name in pair]
        genders = {first_name_gender(morph, name.first) for name in pair} - {None}
        if all(known) and (len(genders) > 1 or len(pair[0].first) == len(pair[1].first)):
            continue  # ``Алина``, ``Алена``: a letter changed between two names is two names
        if any(known) and not all(known):
            wrong, right = pair if known[1] else pair[::-1]
        elif counts[pair[0]] != counts[pair[1]]:
            wrong, right = sorted(pair, key=lambda name: counts[name])
        else:
            continue
        out[wrong] = right
    return out


def count_edits(word: str, other: str) -> int:
    """Levenshtein's distance of two words: letters changed, added or dropped."""
    row = list(range(len(other) + 1))
    for i, letter in enumerate(word, 1):
        previous, row[0] = row[0], i
        for j, other_letter in enumerate(other, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (letter != other_letter))
    return row[-1]


def one_letter_apart(word: str, other: str) -> bool:
    """Whether two words of four letters or more, with one first letter, differ by one letter left out,
    added or changed (``Алекей``, ``Алексей``; ``Мэдисон``, ``Мэддисон``)."""
    a, b = fold(word), fold(other)
    if a == b or min(len(a), len(b)) < _MIN_RESPELLED_LETTERS or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    return count_edits(a, b) == 1


_MIN_MISSPELT_ALONE = 6  # a shorter word alone is a letter apart from too many first names


def misspelt_first_alone(written: str, full: list[Name], morph: Morph) -> list[Name]:
    """The full names of a document whose first name a word written alone is, misspelt by a letter left out or
    added (``Гарбиэла`` alone beside ``Габриэла Сомоса``): a word pymorphy does not know, of six letters or more,
    that is no case form of any name of the document. Several names: the caller takes none."""
    word = fold(written)
    if len(word) < _MIN_MISSPELT_ALONE or morph.is_known(word):
        return []
    out = []
    for name in full:
        first = fold(name.first or "")
        if len(first) != len(word) and one_letter_apart(word, first) and name not in out:
            out.append(name)
    return out


# the Arabic article opening a surname with a hyphen (``аль-``, ``ас-``, ``эд-``), folded
_ARTICLE = ("аль-", "ал-", "эль-", "ас-", "ад-", "ат-", "ан-", "ар-", "аз-", "аш-", "эс-", "эд-", "эт-", "эн-", "эр-",
            "эз-", "эш-")
_MIN_ARABIC_GIVEN = 8  # letters of the given names run together: shorter ones are too near each other
_ARABIC_EDITS = 2  # letters changed, added or dropped: ``Абд аль-Карим`` and ``Абдель Карим``


def find_arabic_respellings(full: list[Name]) -> dict[Name, Name]:
    """Full names of one surname opening with the Arabic article (``ас-Заради``) whose given names, run together
    without spaces and hyphens, are a letter or two apart (``Абд аль-Карим`` and ``Абдель Карим``), the last of three
    given names or more left out or not (``Абдул-Латиф Самир``, ``Абдель Латиф``): one transliterated two ways;
    each later one goes to the first written."""
    out: dict[Name, Name] = {}
    seen: dict[str, list[tuple[Name, list[str]]]] = defaultdict(list)  # each name with its given forms
    for name in dict.fromkeys(full):
        last = fold(name.last)
        if not last.startswith(_ARTICLE):
            continue
        given = _given_forms(name)  # none when the given names run together are too short
        if given:
            same = [c for c, forms in seen[last] if forms and forms[0][:3] == given[0][:3]
                    and any(count_edits(one, other) <= _ARABIC_EDITS for one in forms for other in given)]
            if same:
                out[name] = same[0]
                continue
        seen[last].append((name, given))
    return out


# the Arabic article written whole, before any stem (``аль-``); its other forms are assimilated to the stem's first
# consonant (``аз-Зуби``, ``аш-Шарими``), and stand before that consonant only
_WHOLE_ARTICLE = ("аль-", "ал-", "эль-")


def _without_article(last: str) -> str | None:
    """A folded surname opening with the Arabic article, without it (``ас-сиси`` → ``сиси``); None for another,
    or for an assimilated article whose consonant is not the stem's first letter (``аш-зуби``: no form the language
    has)."""
    for article in _ARTICLE:
        if last.startswith(article) and len(last) > len(article):
            stem = last[len(article):]
            return stem if article in _WHOLE_ARTICLE or stem[0] == article[-2] else None
    return None


def find_article_respellings(full: list[Name]) -> dict[Name, Name]:
    """Full names of a document with the same given names whose surnames are one after the Arabic article, the
    article written two ways (``Абдель Карим аль-Зухри``, ``Абдель Карим аз-Зухри``: the article's consonant
    assimilated or not): one name; each later one goes to the first written."""
    out: dict[Name, Name] = {}
    seen: dict[tuple[str, str], Name] = {}
    for name in dict.fromkeys(full):
        stem = _without_article(fold(name.last or ""))
        if stem is None or not name.first:
            continue
        key = (fold(f"{name.first} {name.middle or ''}").replace("-", " ").strip(), stem)
        if key in seen and fold(seen[key].last) != fold(name.last):
            out[name] = seen[key]
        else:
            seen.setdefault(key, name)
    return out


def _given_forms(name: Name) -> list[str]:
    """A name's given names run together, and, for three or more, without the last (``Абдул-Латиф Самир`` beside
    ``Абдель Латиф``: the father's name one text adds), of :data:`_MIN_ARABIC_GIVEN` letters or more."""
    words = fold(f"{name.first} {name.middle or ''}").replace("-", " ").split()
    forms = ["".join(words)] + (["".join(words[:-1])] if len(words) >= 3 else [])
    return [form for form in forms if len(form) >= _MIN_ARABIC_GIVEN]


_CONSONANTS = frozenset(CONSONANTS + "й")


def find_fleeting_vowel_forms(full: list[Name], literal: set[Name] = frozenset()) -> dict[Name, Name]:
    """Full names of a document read from an oblique case with a vowel before the last consonant that the
    document's nominative of the same name does not have (``Мигель Вальтец`` of ``Мигеля Вальтца`` beside
    ``Мигель Вальтц``, as pymorphy reads ``конца`` of ``конец``): each goes to the one without it; and the other
    way round, a name read from an oblique case without the fleeting vowel the document writes in its nominative
    (``Олег Гарбузк`` of ``Олега Гарбузка`` beside ``Олег Гарбузок``, written as it is: ``literal``)."""
    out: dict[Name, Name] = {}
    distinct = list(dict.fromkeys(full))
    for name in distinct:
        for other in distinct:
            if other == name or fold(other.first) != fold(name.first):
                continue
            if _drops_fleeting_vowel(fold(other.last), fold(name.last), "её") \
                    and not (other not in literal and name in literal):
                out[name] = other
                break
            if name not in literal and other in literal and _drops_fleeting_vowel(fold(name.last), fold(other.last)):
                out[name] = other
                break
    return out


def _drops_fleeting_vowel(cluster: str, vowel: str, vowels: str = "оеё") -> bool:
    """Whether a surname ending in two consonants is another without the vowel before its last consonant
    (``вальтц`` of ``вальтец``, ``гарбузк`` of ``гарбузок``)."""
    return len(cluster) >= 4 and len(vowel) == len(cluster) + 1 and vowel[-2] in vowels \
        and vowel[:-2] + vowel[-1] == cluster and cluster[-1] in _CONSONANTS and cluster[-2] in _CONSONANTS


# the letters one sound of a name of Korea or China is written with by two systems: ``Чжу`` and ``Чу``, ``Чжэ``
# and ``Чже``
_EAST_ASIAN_VARIANTS = (("чж", "ч"), ("э", "е"))


def find_east_asian_respellings(full: list[Name]) -> dict[Name, Name]:
    """Full names of a document written family name first that are one name spelt by two systems of writing
    Korean or Chinese in Russian (``Пак Мин Чжу``, ``Пак Мин Чу``): the same family name, given names alike but for
    ``чж`` written ``ч`` and ``э`` written ``е``; each goes to the one more of its spans give (of a tie the first)."""
    counts = Counter(full)
    order = list(dict.fromkeys(full))
    groups: dict[tuple[str, str], list[Name]] = defaultdict(list)
    for name in order:
        if name.family_first and name.first and name.last and not name.middle:
            given = fold(name.first).replace("-", " ")
            for letters, variant in _EAST_ASIAN_VARIANTS:
                given = given.replace(letters, variant)
            groups[(fold(name.last), given)].append(name)
    out: dict[Name, Name] = {}
    for names in groups.values():
        best = max(names, key=lambda n: counts[n])  # of a tie the first: max keeps the first, names are in order
        out.update({name: best for name in names if name != best})
    return out
