"""The words of a PER span put in the case the syntax tells, whatever case the tagger reads them in: the
names of a list in the case of its first, a direct object in the accusative, a name in one given case, a name
in apposition to a title in the nominative."""

from __future__ import annotations

import re
from dataclasses import replace

from ..morph import Morph
from ..names import WOMANS_NOMINATIVE, Name, first_name_grammemes, is_kin
from ..names.cases import after_consonant


def strip_soft_hyphens(words: list) -> list:
    """The words of a name without the soft hyphens a web page hides in them (``Ко\u00adваленко`` →
    ``Коваленко``): no letter of the name."""
    return [replace(w, text=w.text.replace("\u00ad", "")) if "\u00ad" in w.text else w for w in words]


def in_list_case(words: list, case: str | None) -> list:
    """The words of a later name of a list the tagger reads all in the nominative, in the oblique case of
    the list's first name (``с Альваро Кинтаной, Фелипе Аррудой``: ``Аррудой`` tagged a nominative), or
    those of an indirect object in the dative."""
    if case is None or any(w.feat.get("Case") not in (None, "Nom", case) for w in words):
        return words  # a word in the case already (``позвонил Бауыржану`` + ``Омарулы`` tagged a nominative)
    return [replace(w, feats=tuple((k, case if k == "Case" else v) for k, v in w.feats)) for w in words]


def in_case(words: list, case: str | None) -> list:
    """The words in the tagger's ``case`` (``Acc``), whatever it reads them in, and of no gender it reads
    (its gender goes with the case it read: ``Орлову`` as a man's dative); as they are for ``None``."""
    if case is None:
        return words
    return [replace(w, feats=tuple((k, case if k == "Case" else v) for k, v in w.feats if k != "Gender"))
            for w in words]


def in_preposition_case(words: list, case: str | None) -> list:
    """The words of a name after a preposition of one ``case`` in that case (``при Бруно Кастильесе`` tagged an
    instrumental, ``об Амаду Траоре`` an accusative), of the gender the tagger reads, unless it reads them so
    already."""
    if case is None or all(w.feat.get("Case") in (None, case) for w in words):
        return words
    return [replace(w, feats=tuple((k, case if k == "Case" else v) for k, v in w.feats)) for w in words]


def in_object_case(words: list, is_object: bool) -> list:
    """The words of a direct object the tagger reads in the accusative by one word and in the dative
    or instrumental by another (``видели Дильнозу`` + ``Каримову`` tagged a dative), or in the dative
    only, all in the accusative (not those it reads in the instrumental only: ``гордится Орловым``)."""
    cases = {w.feat.get("Case") for w in words} - {None}
    mixed = "Acc" in cases and cases & {"Dat", "Ins"} and "Gen" not in cases
    dative = "Dat" in cases and cases <= {"Dat", "Nom"}  # ``видели Гюльнар Кадырову``, read all in the dative
    if not is_object or not (mixed or dative):
        return words
    return [replace(w, feats=tuple((k, "Acc" if k == "Case" else v) for k, v in w.feats)) for w in words]


_DASHES = ("—", "–", "-")
_OBLIQUE = ("Gen", "Dat", "Acc", "Ins", "Loc")


def read_dash_apposition_case(analysis, span) -> str | None:
    """The oblique case of a prepositional phrase a dash sets a name beside (``дозвонился до главного судьи
    – Вадима Стрежнева``: ``Gen``): a name in apposition to it is in its case, not in the nominative a name
    after a dash mostly is (``Пострадавшая — Руслана Кравцова``); the phrase runs back from the dash to a
    punctuation mark or a verb of its sentence and opens with a preposition and a word in that case."""
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens or tokens[0].index < 2:
        return None
    dash = analysis.tokens[tokens[0].index - 1]
    if dash.text not in _DASHES or analysis.text[dash.end:tokens[0].start] != " ":
        return None
    at = dash.index
    while at > 0 and analysis.tokens[at - 1].sent == dash.sent \
            and analysis.tokens[at - 1].pos not in ("PUNCT", "VERB", "AUX", "SCONJ", "CCONJ"):
        at -= 1
    stretch = analysis.tokens[at:dash.index]
    if len(stretch) < 2 or stretch[0].pos != "ADP":
        return None
    case = stretch[1].feat.get("Case")
    return case if case in _OBLIQUE and stretch[1].pos in ("NOUN", "ADJ", "PROPN", "PRON", "NUM") else None


# ``имени`` or ``им.`` right before a name: the person a body or a thing is named after (``университет имени …``)
_NAMED_AFTER = re.compile(r"(?:^|[^\w])(?:имени|им\.)\s*$", re.IGNORECASE)
# ``имени`` governed by a preposition is the noun of a name (``по имени Анна``, ``от имени Анны``): no such person
_NAME_NOUN = re.compile(r"(?:^|[^\w])(?:по|от|из|для|без|до|у|с|со|под|вместо|ради)\s+имени\s*$", re.IGNORECASE)


def names_after(text: str, start: int) -> bool:
    """Whether ``имени`` with no preposition before it, or ``им.``, ends right before ``start``
    (``университета имени И. М. Тарбина``, ``вуза им. Тарбина``; not ``по имени Анна``, ``от имени Анны``)."""
    window = text[max(0, start - 24):start]
    return _NAMED_AFTER.search(window) is not None and _NAME_NOUN.search(window) is None


def read_honoured_case(text: str, start: int) -> str | None:
    """``Gen`` for a name right after ``имени`` or ``им.`` (:func:`names_after`: ``университета имени И. М. Тарбина``
    outside any organization's span, the person it is named after, in the genitive), else ``None``."""
    return "Gen" if names_after(text, start) else None


def read_apposed_nominative(analysis, span, morph: Morph) -> str | None:
    """``Nom`` for a name the parser sets in apposition to a common noun in the nominative before it (``серебряный
    призёр Александра Игнатьева``, ``призеры конкурса Евгения Сомова``) while the tagger reads it in an oblique case,
    when its first name pymorphy knows both as a woman's nominative and as a man's oblique case (``Александра``:
    hers, or his genitive): an apposition is in its noun's case; never after a noun of kin (``дочь Александра
    Игнатьева``: his daughter); else ``None``."""
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens or tokens[0].rel != "appos" or tokens[0].head is None \
            or tokens[0].feat.get("Case") not in _OBLIQUE:
        return None
    head = analysis.tokens[tokens[0].head]
    if head.index >= tokens[0].index or head.pos != "NOUN" or head.feat.get("Case") != "Nom" \
            or head.sent != tokens[0].sent or not head.text.islower() or is_kin(morph, head.text):
        return None
    readings = first_name_grammemes(morph, tokens[0].text)
    return "Nom" if ("nomn", "femn") in readings and any(g == "masc" and c != "nomn" for c, g in readings) else None


def read_apposed_mans_genitive(analysis, span, morph: Morph) -> Name | None:
    """A man's name for two words between commas after a lower-case animate noun in the genitive or accusative, which
    the parser hangs on a word before them (``Прежнего акима, Ерика Кадырбаева, перевели``: ``Ерик Кадырбаев``;
    ``заместителя мэра, Ерика …``), and the tagger reads in an oblique case too, when they can be a woman's
    nominative or a man's genitive and pymorphy knows the first name as a woman's only: an apposition is in its
    noun's case, and her genitive would be ``Ерики Кадырбаевой``; else ``None``."""
    tokens = analysis.tokens_in(span.start, span.end)
    if len(tokens) != 2 or tokens[0].rel not in ("appos", "conj") or tokens[0].head is None \
            or tokens[0].head >= tokens[0].index or tokens[0].feat.get("Case") not in ("Gen", "Acc") \
            or tokens[0].index < 2 or tokens[1].index + 1 >= len(analysis.tokens):
        return None
    comma, noun, after = (analysis.tokens[tokens[0].index - 1], analysis.tokens[tokens[0].index - 2],
                          analysis.tokens[tokens[1].index + 1])
    if comma.text != "," or after.text != "," or noun.pos != "NOUN" or noun.feat.get("Case") not in ("Gen", "Acc") \
            or noun.feat.get("Animacy") != "Anim" or noun.sent != tokens[0].sent or not noun.text.islower() \
            or is_kin(morph, noun.text):
        return None
    first, last = tokens[0].text, tokens[1].text
    if not first.isalpha() or not after_consonant(first.lower(), "а") \
            or not last.lower().endswith(WOMANS_NOMINATIVE) \
            or first_name_grammemes(morph, first) != {("nomn", "femn")}:
        return None
    return Name(first[:-1], None, last[:-1])


def read_apposed_subject_case(analysis, span) -> str | None:
    """``Nom`` for a name set off by commas after the genitive that follows the subject's noun (``Адвокат Ивана
    Сомова, Бека Мчедлурая, заявил``), which the parser hangs on that noun in the nominative, the subject of a verb,
    while the tagger reads it in an oblique case: an apposition is in its noun's case (the lawyer is Бека Мчедлурая,
    not the genitive of ``Бек Мчедлурай``); else ``None``. Not when the genitive between is a noun of a person, a
    title (``Помощник главы, Бека Мчедлурая,``): the name may be the apposition of that one, in the genitive."""
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens or tokens[0].rel not in ("appos", "conj") or tokens[0].head is None \
            or tokens[0].feat.get("Case") not in _OBLIQUE \
            or tokens[-1].index + 1 >= len(analysis.tokens):
        return None
    head = analysis.tokens[tokens[0].head]
    before, after = analysis.tokens[tokens[0].index - 1], analysis.tokens[tokens[-1].index + 1]
    if head.index >= tokens[0].index - 2 or head.pos != "NOUN" or head.feat.get("Case") != "Nom" \
            or head.rel != "nsubj" or head.sent != tokens[0].sent or before.text != "," or after.text != ",":
        return None
    for t in analysis.tokens[head.index + 1:before.index]:  # not empty: the head is two tokens before or more
        if t.feat.get("Case") != "Gen" and t.pos != "PUNCT":
            return None  # only the genitive the noun governs between it and the comma
        if t.pos == "NOUN" and t.feat.get("Animacy") == "Anim":
            # a person's noun in the genitive (``Помощник главы, …,``): the name may be that one's, its case
            return None
    return "Nom"
