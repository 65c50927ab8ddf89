"""PER spans recast: one-word ones that name no one person dropped (a family, a common noun opening a
sentence) or made a place or the kind of thing named after its noun, and a name in Latin letters in brackets
after a place or organization made one of its type (spans reshaped: :mod:`.shape`)."""

from __future__ import annotations

import re

from ...metadata import known_agency
from ...morph import Morph, fold
from ...names import east_asian_surname, is_honorific, is_russian_surname, names_family, surname_readings
from ...names.endings import MASC_STEMS
from ...ner import Analysis
from ...orgs import is_latin_name
from ...places import PLACE_TYPES
from ...records import LOC, ORG, PER, Span
from ...resolve.spelling import spells
from ...resources import read_word_groups
from ...text import REASONS_AFTER_PO, REPORT_NOUNS
from .words import after_named_kind, common_noun, is_first_name, names_a_role, read_nameless_tags, thing_noun

# a line of a match's score: two sides between dashes, then the score (``Сокол – Буревестник – 2:1``); the groups:
# the last word before the first dash, the side between the dashes, the score
_SCORE_LINE = re.compile(r"(\S+)\s[–—-]\s([^–—\n]+?)\s[–—-]\s(\d{1,2}:\d{1,2})(?!\d)")
# words of team sports (their normal forms): around a line of a score, its sides are teams, whatever their names
_TEAM_WORDS = frozenset({"клуб", "команда", "футбол", "хоккей", "волейбол", "баскетбол", "гандбол", "регби", "лига",
                         "стадион", "дерби", "болельщик", "фк", "хк"})
_TEAM_WORDS_BEFORE = 300  # characters before the score's line where a word of team sports is looked for


def _is_common_word(word: str, morph: Morph) -> bool:
    """A word pymorphy knows, and not as a name (``Черноморец``, ``Буревестник``): no player's surname."""
    lowered = fold(word)
    return morph.is_known(lowered) and read_nameless_tags(lowered, morph, ("Name", "Surn", "Patr")) is not None


def _is_score_line_team(text: str, span: Span, morph: Morph) -> bool:
    """Whether a one-word span, a word pymorphy knows and not as a name, is a side of a line of a match's score
    (:data:`_SCORE_LINE`) between teams: its other side is such a word too (``Буревестник – Сокол – 1:1``), or a
    word of team sports (:data:`_TEAM_WORDS`) stands on the line or just before it; not a line of players' results
    (``Гусь – Кузнецов – 1:0``: chess, tennis)."""
    start = text.rfind("\n", 0, span.start) + 1
    stop = text.find("\n", span.end)
    stop = len(text) if stop < 0 else stop
    match = _SCORE_LINE.search(text, start, stop)
    if match is None or not match.start() <= span.end <= match.start(3) \
            or not _is_common_word(text[span.start:span.end], morph):
        return False
    other = match.group(2).split()[0] if span.end <= match.end(1) else match.group(1)
    other = other.strip(".,:;!?«»\"()")
    if other.isalpha() and other[:1].isupper() and _is_common_word(other, morph):
        return True
    around = re.findall(r"\w+", text[max(0, start - _TEAM_WORDS_BEFORE):stop])
    return any(morph.forms(word) & _TEAM_WORDS for word in around)


def recast_single_words(analysis: Analysis, spans: list[Span], morph: Morph, is_place) -> list[Span]:
    """One-word PER spans that name no one person: a family in the plural (``Ивановых``, or one in
    ``-ей`` the tagger reads as a plural, ``Журавелей``: dropped), or
    after a word that names one (``супругов Смит``: dropped); a
    capitalised common noun opening a sentence (``Внук бывшего мэра``, ``Сцена``: dropped), unless another
    name of the document ends in it; a place named after a person (``на углу Лескова и Садовой``,
    ``округа Чарльз``, ``отправлен в Ершов``: a LOC span); a place ``is_place`` (a callable on a surface)
    knows that pymorphy reads as a place and not as a name, and that has no surname's form (``Калуга``: a LOC
    span), a word ending as a neuter adjective (``Заречное``: a LOC span), nor is
    the surname of a name the text writes in Latin letters (``Javier Mendoza`` … ``Мендоса``); a word that ends as the
    names of news agencies do where it reports (``сообщили Заречпресс``: an ORG span), or a team of a line of a
    match's score (``Буревестник – Сокол – 2:1``: an ORG span)."""
    text = analysis.text
    surnames = {fold(text[s.start:s.end].split()[-1]) for s in spans if s.type == PER and " " in text[s.start:s.end]}
    latin = {match.group(1) for match in _LATIN_FULL_NAME.finditer(text)}
    # the tokens of the one-word PER spans
    lone = {t[0].index for s in spans if s.type == PER and len(t := analysis.tokens_in(s.start, s.end)) == 1}
    people = _find_per_tokens(analysis, spans)  # the tokens of all PER spans (``lone`` among them)
    out = []
    for span in spans:
        tokens = analysis.tokens_in(span.start, span.end)
        if span.type == PER and len(tokens) == 1 and _hyphenated_noun(tokens[0].text, morph):
            continue  # a word for a kind of person, no name: "Депутат-консерватор", "Анархо-коммунист"
        if span.type == LOC and len(tokens) == 1 \
                and _listed_with_surname(analysis, tokens[0].index, lone, morph, is_place):
            out.append(Span(span.start, span.end, PER))  # ``до Мейерлица и Браунсона``
            continue
        if span.type != PER or len(tokens) != 1 or not tokens[0].text.isalpha():
            out.append(span)
            continue
        word = tokens[0].text
        index = tokens[0].index
        if index > 0 and names_family(morph, analysis.tokens[index - 1].text) and not is_first_name(word, morph):
            continue  # a family: "супругов Смит"
        if is_honorific(morph, word) and east_asian_surname(word) is None:
            continue  # a form of address alone: "Его Святейшество", "Владыка"
        if is_agency_word(analysis, index, morph) or _is_score_line_team(text, span, morph):
            out.append(Span(span.start, span.end, ORG))  # "сообщили Заречпресс": a news agency
            continue
        if _names_a_place(analysis, index, morph) or _neuter_adjective(word) or _town_gone_into(analysis, index) \
                or _is_listed_adjective(analysis, index, people):
            out.append(Span(span.start, span.end, LOC))  # "на углу Лескова и Садовой", "округа Чарльз"
            continue
        kind = after_named_kind(analysis, index, morph)
        if kind is not None:  # "банда Вэйлун", "на вираже Тальмонте", "ураган Орсола"
            out.extend([Span(span.start, span.end, kind)] if kind else [])
            continue
        if is_place(word) and _title_of_town(analysis, index, morph):
            out.append(Span(span.start, span.end, LOC))  # "мэру Покрова": the town the title heads
            continue
        tags = [str(parse.tag) for parse in morph.parses(word)] if morph.is_known(word) else []
        named = any(("Name" in t or "Surn" in t or "Patr" in t) and "plur" not in t for t in tags)
        if not named and _family_plural(tokens[0]):
            continue  # a family: "отравление Журавелей"
        if not tags or named or fold(word) in surnames or any(spells(surname, word) for surname in latin):
            out.append(span)
        elif any("Surn" in t and "plur" in t for t in tags):
            continue  # a family: "Ивановых"
        elif any("Geox" in t for t in tags):  # "Орлова" is a surname before it is the genitive of a town
            out.append(Span(span.start, span.end, LOC) if (is_place(word) or _after_resident(analysis, index, morph))
                       and not is_russian_surname(word) else span)  # ``житель Авиньона``
        elif _short_adjective_surname(tokens[0], morph):
            out.append(span)  # "Лыков поддержал": a surname, no short form of "лыковый" opening a sentence
        elif not analysis.starts_sentence(tokens[0].index) and not (
                _thing_noun(analysis, index, morph) and not _listed_with_people(analysis, index, spans)
                and not acts_as_person(analysis, index, morph) and not _surname_of_document(word, surnames, morph)):
            out.append(span)  # not a work's or a thing's name inside a sentence: "исполнит Увертюру"
        # else a common noun opening a sentence: "Внук", "Сцена"
    return out


# the tagger's oblique cases a title's noun shows no genitive in, as pymorphy writes them
_TITLE_CASES = {"Dat": "datv", "Ins": "ablt", "Loc": "loct"}


def _title_of_town(analysis: Analysis, index: int, morph: Morph) -> bool:
    """Whether token ``index`` follows a title's noun in the dative, instrumental or locative (``мэру``) and has no
    surname's reading in that case: no name in apposition to the title, the town it heads (``мэру Покрова``)."""
    if index == 0:
        return False
    title, word = analysis.tokens[index - 1], analysis.tokens[index]
    case = _TITLE_CASES.get(title.feat.get("Case", ""))
    return case is not None and title.sent == word.sent and title.text[:1].islower() \
        and analysis.text[title.end:word.start] == " " and names_a_role(title.text, morph) \
        and all(reading != case for reading, _gender in surname_readings(morph, word.text))


# the endings of the one-word names of news agencies (``Заречпресс``, ``Лесинформ``, ``Мирфакс``): no surname ends so
_AGENCY_ENDINGS = ("пресс", "информ", "факс")
# the verbs a news agency is the subject or the addressee of when it reports or is told (``сообщили Заречпресс``,
# ``передаёт Лесинформ``)
_REPORTING_VERBS = frozenset({"сообщить", "сообщать", "передать", "передавать", "информировать", "написать", "писать",
                              "уточнить", "уточнять", "пояснить", "процитировать", "цитировать", "распространить"})
# what an agency is to such a verb, no preposition between: its subject, or whom it tells (the parser reads
# ``сообщили Заречпресс`` either way)
_REPORTING_ROLES = frozenset({"nsubj", "iobj", "obj"})


def is_agency_word(analysis: Analysis, index: int, morph: Morph) -> bool:
    """Whether the word at ``index`` is a news agency's one-word name: one :func:`nerpipe.metadata.known_agency`
    knows, or a word ending as their names do, with a stem of its own before the ending, where it reports or is
    told: the subject or the object of a verb of reporting (``сообщили Заречпресс``, ``сообщили Заречпресс в
    управлении``), or the source after ``по данным``, ``по сообщению``, ``со ссылкой на`` (``по данным
    Лесинформ``)."""
    token = analysis.tokens[index]
    lowered = fold(token.text)
    if known_agency(token.text) == token.text:
        return True
    if not any(lowered.endswith(ending) and len(lowered) - len(ending) >= 3 for ending in _AGENCY_ENDINGS):
        return False
    head = analysis.tokens[token.head] if token.head is not None else None
    if head is not None and token.rel in _REPORTING_ROLES and morph.forms(head.text) & _REPORTING_VERBS:
        return True
    before = [fold(t.text) for t in analysis.tokens[max(0, index - 2):index]]
    return len(before) == 2 and (before[0] == "по" and before[1] in REPORT_NOUNS or before == ["ссылкой", "на"])


# verbs of what people do and works of art and things do not
_THINGS = read_word_groups("things.txt")
_PERSON_ACTS = frozenset(_THINGS["person_act"] | _THINGS["body_act"])
# a name in Latin letters, its surname the last word (``Javier Mendoza``)
_LATIN_FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z'’-]+)*? ([A-Z][a-z'’-]+)\b")


# the kinds of place a surname names after them, besides the gazetteer's: a corner of two
# streets, a district or county
_STREET_PLACES = PLACE_TYPES | {"угол", "округ"}


def _thing_noun(analysis: Analysis, index: int, morph: Morph) -> bool:
    """A capitalised word pymorphy knows only as an inanimate common noun (``Увертюру``, ``Интродукция``), that
    does not end as the Russian families do (``Лапина``, :func:`.words.thing_noun`) nor is a family name of China
    or Korea (``Пак``, ``Си``), after no title, profession or other noun of a person (``министр Зима``, ``певица
    Зара``): a work's or a thing's name, no person's."""
    word, before = analysis.tokens[index].text, analysis.tokens[index - 1] if index > 0 else None
    return thing_noun(word, morph) and east_asian_surname(word) is None \
        and not (before is not None and (names_a_role(before.text, morph) or _of_a_person(before)))


def _short_adjective_surname(token, morph: Morph) -> bool:
    """Whether a word the tagger reads as a proper noun is one pymorphy knows only as a short adjective and ends as
    the Russian families do (``Лыков``, ``Лыкова`` of ``лыковый``): a surname, wherever it stands."""
    parses = morph.parses(fold(token.text))
    return token.pos == "PROPN" and is_russian_surname(token.text) and bool(parses) \
        and all(p.tag.POS == "ADJS" for p in parses)


def acts_as_person(analysis: Analysis, index: int, morph: Morph) -> bool:
    """Whether the word at ``index`` is set beside a noun of a person (``лидер страны Бланк``), the subject of a
    verb of what people do and works do not (``заявил Кисель``; ``resources/things.txt``), or the one whose words a
    ``по`` phrase reports (``По словам Шпиля``): as a surname is, where a work's name is done, given or heard
    (``исполнит Увертюру``, ``Его Высокопреосвященству сослужили``, ``прозвучит Интродукция``)."""
    token = analysis.tokens[index]
    head = analysis.tokens[token.head] if token.head is not None else None
    if head is not None and (token.rel == "appos" and _of_a_person(head)
                             or token.rel == "nsubj" and morph.forms(head.text) & _PERSON_ACTS):
        return True
    return head is not None and head.index > 0 and fold(head.text) in REASONS_AFTER_PO \
        and fold(analysis.tokens[head.index - 1].text) == "по"


def _of_a_person(token) -> bool:
    """Whether a token is a noun of a person (``лидер``, ``министр``): what a name is set beside, not a work's
    name (``концерт … - Увертюру``)."""
    return token.pos == "NOUN" and token.feat.get("Animacy") == "Anim"


def _surname_of_document(word: str, surnames: set[str], morph: Morph) -> bool:
    """Whether ``word`` is a case form of the surname of a full name the document writes (``Киселя`` beside
    ``Олег Кисель``)."""
    forms = morph.forms(word)
    return any(forms & morph.forms(surname) for surname in surnames)


def _listed_with_people(analysis: Analysis, index: int, spans: list[Span]) -> bool:
    """Whether the word at ``index`` is listed with a PER span, a comma or ``и`` between (``Дженнифер Лорес, Компас
    и Энрике Мальдонадо``, ``Коро, Милле, Дюпре``): a stage name or a surname among people."""
    people = [t for s in spans if s.type == PER and (t := analysis.tokens_in(s.start, s.end))]
    ends = {t[-1].index for t in people}
    starts = {t[0].index for t in people}
    before, after = find_list_neighbours(analysis.tokens, index)
    return before in ends or after in starts


def find_list_neighbours(tokens, index: int) -> tuple[int | None, int | None]:
    """The tokens a word at ``index`` is listed with: the one two before it when a comma or ``и`` stands just
    before it, the one two after it when one stands just after it; ``None`` where none does."""
    before = index - 2 if index > 1 and tokens[index - 1].text in (",", "и") else None
    after = index + 2 if index + 2 < len(tokens) and tokens[index + 1].text in (",", "и") else None
    return before, after


def _listed_with_surname(analysis: Analysis, index: int, lone: set[int], morph: Morph, is_place) -> bool:
    """Whether a capitalised word the tagger took for a place, that ``is_place`` does not know and pymorphy's
    dictionary holds only as a surname if at all (not ``Садовой``, an adjective, nor ``Заречья``, a common noun a
    place is named by), is listed with a PER span of one word (its token among ``lone``), a comma or ``и`` between
    (``до Мейерлица и Браунсона``, ``Браунсон, Мейерлиц``): a surname among surnames."""
    tokens = analysis.tokens
    word = tokens[index].text
    if not word.isalpha() or not word[:1].isupper() or word.isupper() or is_place(word) \
            or morph.is_known(fold(word)) and not morph.has_gram(fold(word), "Surn") \
            or any("Geox" in str(p.tag) or p.tag.POS in ("ADJF", "ADJS") for p in morph.parses(fold(word))):
        return False
    return any(mate in lone and tokens[mate].sent == tokens[index].sent
               for mate in find_list_neighbours(tokens, index))  # ``None`` is in no ``lone``


def _hyphenated_noun(word: str, morph: Morph) -> bool:
    """Whether a hyphenated word is a common noun for a kind of person: its last part one pymorphy knows as an
    animate common noun and never as a name, its first part no name nor surname (not ``Зорин-Сибиряк``,
    ``Жан-Поль``)."""
    parts = word.split("-")
    if len(parts) != 2 or not all(part.isalpha() for part in parts) or not common_noun(parts[1], morph):
        return False
    first = fold(parts[0])
    return not is_russian_surname(first) and not any(
        gram in p.tag for p in morph.parses(first) for gram in ("Name", "Surn", "Patr", "Geox"))


def _names_a_place(analysis: Analysis, index: int, morph: Morph) -> bool:
    """Whether token ``index`` names a place by a surname: it follows a word of a kind of place in
    lower case (``округа Чарльз``, ``на углу Лескова``), or such a word + a word + ``и`` (``на углу
    Садовой и Лескова``)."""
    tokens = analysis.tokens

    def kind(at: int) -> bool:
        word = tokens[at].text if at >= 0 else ""
        return word[:1].islower() and tokens[at].sent == tokens[index].sent \
            and bool(morph.forms(word) & _STREET_PLACES)

    return kind(index - 1) or index >= 3 and fold(tokens[index - 1].text) == "и" and kind(index - 3)


# the endings of a district's or a land's adjective listed with others (``Кирсановский, Пичаевский``)
_ADJECTIVE_ENDINGS = ("ский", "цкий", "ская", "цкая", "ское", "цкое")


def _find_per_tokens(analysis: Analysis, spans: list[Span]) -> set[int]:
    """The indices of the tokens inside PER spans."""
    return analysis.indices_in(s for s in spans if s.type == PER)


def _is_listed_adjective(analysis: Analysis, index: int, people: set[int]) -> bool:
    """Whether token ``index`` ends as an adjective of a district or land (:data:`_ADJECTIVE_ENDINGS`) in a list of
    three or more capitalised words of the same ending joined by commas and ``и``, one of them in no PER span
    (``people``: token indices): ``Кирсановский, Пичаевский, Рассказовский и Тамбовский`` районы name places."""
    tokens = analysis.tokens
    ending = next((e for e in _ADJECTIVE_ENDINGS if fold(tokens[index].text).endswith(e)), None)
    if ending is None:
        return False

    def mate(at: int) -> bool:
        return 0 <= at < len(tokens) and tokens[at].sent == tokens[index].sent \
            and tokens[at].text[:1].isupper() and fold(tokens[at].text).endswith(ending)

    chain = [index]
    for step in (-2, 2):
        at = index + step
        while mate(at) and fold(tokens[at - step // 2].text) in (",", "и"):
            chain.append(at)
            at += step
    return len(chain) >= _MIN_LISTED and any(at not in people for at in chain)


_MIN_LISTED = 3  # two surnames in -ский may be two people (``Бобровский и Ельнинский``)


# words of a person by the place he lives in or comes from: the capitalised word after them names the place
_RESIDENTS = frozenset({"житель", "жительница", "уроженец", "уроженка", "выходец"})


def _after_resident(analysis: Analysis, index: int, morph: Morph) -> bool:
    """Whether token ``index`` follows, in the same sentence, a word in lower case of a person by the place he lives
    in or comes from (``житель Авиньона``, ``уроженка Миранды``)."""
    tokens = analysis.tokens
    before = tokens[index - 1] if index > 0 else None
    return before is not None and before.text[:1].islower() and before.sent == tokens[index].sent \
        and bool(morph.forms(before.text) & _RESIDENTS)


def _town_gone_into(analysis: Analysis, index: int) -> bool:
    """Whether token ``index`` follows ``в`` or ``во`` and ends as a man's surname in the nominative (``отправлен в
    Ершов``): the accusative of an inanimate noun, a town where someone goes; a man's accusative would be ``Ершова``."""
    tokens = analysis.tokens
    return index > 0 and tokens[index - 1].text in ("в", "во") and tokens[index - 1].sent == tokens[index].sent \
        and fold(tokens[index].text).endswith(MASC_STEMS)  # ``Ершов`` as ``Орлов``


# endings of a neuter adjective in the nominative, as villages, lakes and districts are named (``Заречное``,
# ``Луговское``): no surname ends so
_NEUTER_ENDINGS = ("ское", "цкое", "ное", "вое", "кое")


def _neuter_adjective(word: str) -> bool:
    """Whether a capitalised word ends as a neuter adjective (``муниципальное образование Заречное``): a place."""
    return len(word) > 5 and fold(word).endswith(_NEUTER_ENDINGS)


# the ending of a family name in the plural that no man's or woman's surname has in the singular
# (``Журавелей``; not ``-ов``, ``-ых`` of ``Петров``, ``Черных``, which the tagger may take for plurals)
_PLURAL_ENDING = "ей"


def _family_plural(token) -> bool:
    """Whether the tagger reads a word of a plural ending as a plural: a family, no one person."""
    return token.feat.get("Number") == "Plur" and fold(token.text).endswith(_PLURAL_ENDING)


def recast_bracketed_spellings(text: str, spans: list[Span]) -> list[Span]:
    """A name in Latin letters in brackets right after a place or organization, and after no person,
    spells that place or organization (``на вираже Тальмонте (Talmonte Curve)``): a span of its type."""
    ends = {}
    for span in spans:
        ends.setdefault(span.end, set()).add(span.type)
    out = []
    for span in spans:
        before = text[:span.start].rstrip()
        if span.type == PER and before.endswith("(") and is_latin_name(text[span.start:span.end]):
            types = ends.get(len(before[:-1].rstrip()), set())
            if types and PER not in types:
                span = Span(span.start, span.end, sorted(types)[0])
        out.append(span)
    return out
