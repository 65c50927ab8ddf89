"""What the words of a name are read as: a first name, a patronymic or a surname by pymorphy's likeliest
reading (:func:`word_role`), a word before a name that is none of it, a particle that opens a surname, and
the readings of a first name by case and gender that tell a name's case."""

from __future__ import annotations

from ..morph import Morph, fold
from .cases import mans_surname
from .eastasia import is_east_asian, is_east_asian_nominative, is_given_syllable
from .endings import CONSONANTS, MASC_STEMS
from .firsts import womans_undeclined
from .name import is_initial
from .nominative import CAPITAL_PARTICLES, PARTICLES
from .shown import shows_no_case, surname_readings
from .words import is_patronymic, known_first_name

# words that stand before a name and are none of it: pronouns (``сама``, ``весь``), particles
_LEADING_POS = ("ADJF", "NPRO", "PRCL", "ADJS", "PRTF", "NUMR", "ADVB", "CONJ", "PREP")


def without_leading_pronoun(morph: Morph, parts: list) -> list:
    """The words of a name without a pronoun, particle or adjective that opens them (``Сама Орлова``,
    ``Пятидесятилетняя Орлова`` → ``Орлова``): a word pymorphy knows as no name, whose likeliest reading
    is of those parts of speech (an adjective: in the singular nominative, before no first name alone);
    ``Сами`` (a first name too) only before a plural (``Сами Орловы``); not the particles of names (``фон``),
    nor a family name of Korea or China before the syllables of its given name (``Чей Ын Хо``)."""
    if len(parts) < 2 or is_initial(parts[0][0]):
        return parts
    lowered = fold(parts[0][0])
    parses = morph.parses(lowered)
    if not (morph.is_known(lowered) or _compound_adjective(morph, lowered)) or not parses \
            or parses[0].tag.POS not in _LEADING_POS \
            or lowered in PARTICLES or lowered in CAPITAL_PARTICLES:
        return parts
    if any(gram in p.tag for p in parses for gram in ("Surn", "Patr", "Geox", "Orgn")):
        return parts
    if is_east_asian([text for text, _word in parts], morph):
        return parts  # ``Чей Ын Хо``: a Korean family name, written as a pronoun is
    if len(parts) == 2 and is_given_syllable(parts[0][0]) and is_east_asian_nominative(parts[1][0]):
        return parts  # ``Ну Лян``: a given syllable written before its family name, as a conjunction is
    top = parses[0].tag
    if top.POS in ("ADJF", "ADJS", "PRTF") and "Apro" not in top and not (
            top.POS == "ADJF" and top.number == "sing" and top.case == "nomn"
            and not (len(parts) == 2 and known_first_name(morph, fold(parts[1][0])))
            and not any(is_initial(text) for text, _word in parts[1:])):
        return parts  # ``Долгих О.``, ``Лыкова Анна``, ``Бережная О.``: a surname first; ``Белый Андрей``
        # a surname before his first name
    if any("Name" in p.tag for p in parses) and not _plural_only(morph, parts[1][0]):
        return parts
    return parts[1:]


def _compound_adjective(morph: Morph, lowered: str) -> bool:
    """Whether a word pymorphy does not know ends in an adjective it knows, after a stem of five letters or
    more (``шестидесятивосьмилетняя``: ``…летняя``)."""
    return any(morph.is_known(lowered[cut:]) and morph.parses(lowered[cut:])[0].tag.POS == "ADJF"
               for cut in range(5, len(lowered) - 4))


def _plural_only(morph: Morph, text: str) -> bool:
    """Whether pymorphy reads a word as a plural only (``Орловы``); not a man's surname in ``-ов``, ``-ин``
    (``Касумов``), which it may read as the genitive plural of a first name alone."""
    lowered = fold(text)
    parses = morph.parses(lowered)
    return bool(parses) and all(p.tag.number == "plur" for p in parses) and not lowered.endswith(MASC_STEMS)


def particle_at(texts: list[str]) -> int:
    """Where the surname begins: at its particle, whatever its letter case (``Карл ван Хорн``,
    ``Ахмед бин Саид``, ``Пьер Де Брие``: the particle is the surname's, no middle name), or at the last word."""
    return next((index for index in range(1, len(texts) - 1) if fold(texts[index]) in PARTICLES), len(texts) - 1)


def particle_surname(text: str) -> bool:
    """A word that opens with a particle and a hyphen is a surname (``аль-Захири``), no first name."""
    head, dash, tail = fold(text).partition("-")
    return bool(dash) and head in PARTICLES and bool(tail)


def word_role(morph: Morph, text: str, index: int, count: int) -> str:
    """``first``, ``middle``, ``last`` or ``initial``: pymorphy's likeliest reading of the word as a
    first name, patronymic or surname, and its place when it has none (``Петров Иван``: a surname
    first, since ``петров`` is far likelier a surname than the genitive of ``Пётр``)."""
    if is_initial(text):
        return "initial"
    if count == 1 and not morph.is_known(fold(text)) and (surname_readings(morph, text) or not womans_undeclined(text)):
        return "last"  # ``Зиминой`` alone: a surname of the Russian families pymorphy guesses as a name; ``Тоскано``,
        # ``Джеррард``: a word alone pymorphy does not know is a surname far oftener than a first name
    scores = {"Name": 0.0, "Surn": 0.0, "Patr": 0.0}
    for parse in morph.parses(fold(text)):
        for gram in scores:
            if gram in parse.tag:
                scores[gram] = max(scores[gram], parse.score)
    if scores["Patr"] and index > 0 and is_patronymic(morph, text):
        return "middle"
    if scores["Patr"] and not scores["Name"] and not scores["Surn"]:
        scores["Surn"] = scores["Patr"]  # ``Радковича``: a surname that looks like a patronymic
    name, surname = scores["Name"], scores["Surn"]
    if name and surname:
        if count == 1 or index == 0:
            return "first" if name >= surname else "last"
        return "last" if index == count - 1 else "first"
    if name:
        return "first"
    if surname:
        return "last"
    return "last" if index == count - 1 or count == 1 else "first"


def womans_accusative_only(morph: Morph, text: str) -> bool:
    """Whether pymorphy knows a word as a woman's first name in the accusative only (``Паулу``), the
    case whose ``-у`` ends names that do not decline as well (not ``Ольги``, whose subject is a
    parser's mistake)."""
    names = [p for p in morph.parses(fold(text)) if "Name" in p.tag and p.tag.number != "plur"]
    return bool(names) and all(p.tag.gender == "femn" and p.tag.case == "accs" for p in names)


def is_undeclined_before_nominative(texts: list[str], roles: list[str]) -> bool:
    """Whether a first name in ``-у`` stands before a surname written in a consonant (``Салиму Дембар``): the
    subject of a man's verb, or tagged a man's nominative word by word, that surname is his nominative (his dative
    ends in ``-у``), so the first name is one that does not decline, no man's dative nor woman's accusative."""
    last = fold(texts[-1])
    return roles == ["first", "last"] and fold(texts[0]).endswith("у") and len(last) >= 4 \
        and last[-1] in CONSONANTS and last[-2] not in CONSONANTS


def womans_name_only(morph: Morph, texts: list[str], roles: list[str], case: str) -> bool:
    """Whether a first name is one pymorphy knows as a woman's in ``case`` and not as a man's, declined there
    (``Луизе``): her surname in ``-у`` is one that does not decline (``Луизе Кордейру``), no man's dative. A name
    it knows as a woman's that does not decline (``Нико``, ``Ренато``, often men's) shows no case and leaves
    the surname's ending to tell a man's (``Нико Хальворсену``)."""
    return any(role == "first" and name_in(morph, text, case, "femn") and not name_in(morph, text, case, "masc")
               and not shows_no_case(morph, text) for text, role in zip(texts, roles))


def nominative_pair(morph: Morph, texts: list[str], roles: list[str]) -> str | None:
    """The one gender a first name pymorphy knows and the surname after it can both be nominatives of
    (``Владислава Зимина``: a woman's, though a man's genitive too); ``None`` when none or both."""
    if roles != ["first", "last"]:
        return None
    readings = surname_readings(morph, texts[-1])
    genders = {gender for gender in ("masc", "femn")
               if name_in(morph, texts[0], "nomn", gender) and ("nomn", gender) in readings}
    return genders.pop() if len(genders) == 1 else None


def mans_accusative(morph: Morph, texts: list[str], roles: list[str], case: str | None) -> bool:
    """A surname pymorphy does not know in ``-а``, ``-я`` after a consonant, in the accusative, after first names
    that show no case (``Нико Хальворсена``): a woman's surname ends there in ``-у``, ``-ю`` or as in the
    nominative, in a consonant, so the name is a man's whatever gender pymorphy knows the first name in."""
    return case == "accs" and roles[0] == "first" and mans_surname(morph, texts[-1], "gent") and all(
        shows_no_case(morph, text) for text, role in zip(texts, roles) if role == "first")


def name_in(morph: Morph, text: str, case: str, gender: str) -> bool:
    """Whether pymorphy knows a word as a first name in ``case`` and of ``gender``, in the singular (``Анны`` is
    no woman's nominative: one person's name is no plural)."""
    return any("Name" in p.tag and p.tag.case == case and p.tag.gender == gender and p.tag.number != "plur"
               for p in morph.parses(fold(text)))
