"""Words and marks of organizations' names: legal forms, kinds of bodies, abbreviations,
Latin names, and the key that says who an organization is."""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from ..morph import fold, oc_inflect
from ..text import OPENING_QUOTES, strip_acronym_ending

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..morph import Morph
    from ..ner import Token
    from ..places import Gazetteer
    from .lexicon import OrgLexicon

# kind words that end a company's name capitalised after words that do not decline with them (``Кедрофф Банк``,
# ``Лорикс Капитал``)
NAME_KIND_WORDS = frozenset({"банк", "капитал", "лизинг", "холдинг"})

LEGAL_FORMS = (
    "ПАО", "ОАО", "ЗАО", "АО", "ООО", "НАО", "АНО", "НКО", "НП", "ФГУП", "ГУП", "МУП", "ГБУ", "ГАУ", "ГКУ",
    "МБУ", "МАУ", "МКУ", "ФГБУ", "ФГАУ", "ФГБОУ", "ФГАОУ", "ГБОУ", "ГАОУ", "МБОУ", "ГБПОУ", "ВО", "ВПО", "ДПО",
    "ИП", "ТОО", "ОДО", "ФКУ", "ГК", "ОГУП", "ОГБУ", "КГБУ", "АУ", "БУ", "НО", "ФОНД",
)
FOLDED_LEGAL_FORMS = frozenset(fold(form) for form in LEGAL_FORMS)  # as :func:`~nerpipe.morph.fold` writes them
# abbreviations of a unit of an organization written before the organization's abbreviation
# (``ГУ МВД``: its main directorate, ``СУ СК``: its investigative directorate, ``КДК`` a federation's
# disciplinary committee, ``ЦК`` a party's central committee)
UNIT_ABBREVIATIONS = frozenset({"ГУ", "ГСУ", "СУ", "ТУ", "МРУ", "КДК", "ЦК"})
# abbreviations of a kind of organization written before its quoted name, as a legal form is (``ФК «Вектор»``:
# the football club «Вектор»)
_KIND_ABBREVIATIONS = frozenset({"фк", "пфк", "мфк", "хк", "бк", "вк", "тк", "трк", "ид", "нпо", "нпп", "кб",
                                 "ак", "нк", "гк", "ск", "оэз", "сэз", "тор", "афк", "ик", "ук", "тд", "чвк"})
# abbreviations of a sports club, dropped by a key before an unquoted name too (``ПФК ВМК``)
_CLUB_ABBREVIATIONS = frozenset({"фк", "пфк", "мфк", "хк", "бк", "вк"})
# what a key drops before a quoted name: a legal form or a kind's abbreviation
_NAME_OPENERS = _KIND_ABBREVIATIONS | FOLDED_LEGAL_FORMS
# kinds of several words before a quoted name (abbreviated above) and spelt-out legal forms, longest first
_KIND_PHRASES = ("особая экономическая зона", "свободная экономическая зона", "территория опережающего развития",
                 "акционерный коммерческий банк", "коммерческий банк", "публичное акционерное общество",
                 "открытое акционерное общество", "закрытое акционерное общество", "акционерное общество",
                 "общество с ограниченной ответственностью", "автономная некоммерческая организация")
# compound names written in lower case too (минпромторг, росстат, госдума, мосгордума, центробанк)
COMPOUND_PREFIXES = ("мин", "рос", "гос", "мос", "центро", "центриз")
# the first parts of compound kind words, a field or an owner before a descriptor (``инвестфонд``,
# ``агрохолдинг``, ``госкорпорация``, ``нефтекомпания``, ``телерадиокомпания``): known or not to pymorphy, such a
# compound is a descriptor too
DESCRIPTOR_PREFIXES = ("инвест", "агро", "гос", "нефте", "нефтегаз", "газо", "энерго", "медиа", "теле", "радио",
                       "телерадио", "кино", "авто", "тур", "строй", "фарм", "хим", "электро", "агропром")
# the first letters of a level's adjective (or of ``законодательный``) and the body's noun a compound of both is
# made of (``Облдума``, ``Горсовет``, ``Крайизбирком``, ``Райсуд``, ``Заксобрание``)
_LEVEL_CUTS = ("обл", "край", "гор", "мосгор", "рай", "окр", "респ", "зак")
_LEVEL_BODIES = ("дум", "суд", "совет", "избирком", "администрац", "прокуратур", "собрани", "комитет", "исполком",
                 "здрав", "комисси", "управлени", "инспекци", "отдел")
_LEVEL_FIELD = 6  # letters at most of the field a body works in between the level and its noun (``спорт``)


def is_level_compound(word: str) -> bool:
    """A compound of a level of government and the noun of a body each place of that level has, in any case
    form, maybe with the field it works in between (``спорткомитет``): ``Облдума``, ``Горсовета``,
    ``Крайизбиркому``, ``Заксобрания``, ``облспорткомитета``, ``горздрав`` (not ``Профсоюз``, ``Городок``)."""
    folded = fold(word)
    if not folded.isalpha():
        return False
    for cut in _LEVEL_CUTS:
        rest = folded[len(cut):]
        if folded.startswith(cut) and any(rest.find(body, 0, _LEVEL_FIELD + len(body)) >= 0 for body in _LEVEL_BODIES):
            return True
    return False


# adjectives of a level of government and common nouns standing for a place
LEVEL_ADJECTIVES = frozenset({
    "областной", "краевой", "городской", "районный", "республиканский", "муниципальный", "окружной",
    "региональный", "губернский", "столичный",
})
PLACE_NOUNS = frozenset({
    "республика", "область", "край", "город", "район", "округ", "страна", "регион", "столица", "штат",
    "провинция", "муниципалитет", "поселение",
})
# bodies a country or a town has one of: the noun alone names the government, parliament, mayor's
# office or police of the place the text is about; a parliament's own name written in lower case
# (``бундестаг``, ``кнессет``) is one body wherever it stands
NATIONAL_BODIES = frozenset({
    "правительство", "парламент", "кабмин", "конгресс", "сенат", "мэрия", "полиция",
    "бундестаг", "бундесрат", "кнессет", "риксдаг", "стортинг", "фолькетинг", "альтинг", "эдускунта", "сейм",
    "меджлис", "хурал",
})
# bodies of one person or office: a genitive person or head of state or region makes them one organization
# (``пресс-служба губернатора``, ``администрация президента``, ``канцелярия канцлера``, ``штаб кандидата``)
PERSONAL_BODIES = frozenset({"пресс-служба", "администрация", "канцелярия", "секретариат", "пресс-секретариат", "штаб"})
# bodies a person leads: a person in the genitive makes them one organization (``партии Петрова``,
# ``кабинета премьера Сомова``, ``правительства Орлова``, ``офиса президента``), while a place alone does
# not (a party of a country is one of many)
OWNED_BODIES = frozenset({"партия", "кабинет", "правительство", "кабмин", "блок", "коалиция", "движение", "офис"})
# bodies whose noun names what they do too (``передать дело в суд``, ``до суда``): one organization
# only in the singular, with an adjective of a place or a level of government or a place the tagger
# found (``районного суда``, ``суд Тверской области``), and the noun alone never refers back to one
PROCEEDING_BODIES = frozenset({"суд"})
# the people at the head of something (``руководство``): one organization only with a place or an
# organization the tagger found after it (``руководство Никарагуа``), never with a common noun or
# a level of government alone (``руководство страны``, ``руководства партии``, ``столичное руководство``)
LEADERSHIP_BODIES = frozenset({"руководство"})
# adjectives of when a body is or was (``нынешнее правительство``, ``в новом краевом парламенте``), no part of its
# name: the spans leave them out, the resolvers read a name without them
TIME_ADJECTIVES = frozenset({"новый", "нынешний", "прежний", "будущий", "тогдашний", "бывший", "старый", "предыдущий",
                             "новоизбранный", "действующий", "сегодняшний", "вчерашний", "последний", "очередной"})


def is_time_adjective(word: str, morph: Morph) -> bool:
    """Whether a word is one of :data:`TIME_ADJECTIVES` by any of its lemmas (``действующий``, whose first is
    ``действовать``)."""
    return bool(morph.forms(word) & TIME_ADJECTIVES)


# institutions named by a common noun: with a place (``тверской колонии``, ``университета штата
# Огайо``) or a number (``колонии № 3``) they are one organization
INSTITUTIONS = frozenset({
    "университет", "институт", "академия", "колледж", "музей", "театр", "библиотека", "больница", "госпиталь",
    "поликлиника", "колония", "тюрьма", "цирк", "филармония", "консерватория", "зоопарк", "техникум", "училище",
    "хоспис", "биржа", "епархия", "гарнизон", "компартия", "военкомат", "типография",
})
# bodies named by what they do and whose they are: with a genitive or ``по`` phrase of what they do
# and a place the text names (``комитет по делам молодёжи Тверской области``,
# ``управления культуры Курской области``), or written with a capital letter inside a sentence
# (``Заводу керамических изделий``), they are one organization
NAMED_BODIES = frozenset({
    "комитет", "департамент", "управление", "служба", "агентство", "фонд", "центр", "союз", "ассоциация",
    "инспекция", "палата", "банк", "завод", "комбинат", "фабрика", "академия", "институт",
    "университет", "музей", "театр", "библиотека", "больница",
})
# bodies of administration named by what they do alone, without a place (``департамента транспорта``,
# ``комитет по образованию``, ``управления культуры``), as a ministry is
ADMINISTRATIVE_BODIES = frozenset({"департамент", "управление", "комитет", "агентство", "служба", "инспекция"})
# bodies whose members a genitive of people names (``совет депутатов``, ``союза журналистов``):
# with a place the tagger found after them they are one organization
MEMBER_BODIES = frozenset({"совет", "союз", "ассоциация"})
# institutions a place has many of: one only with its number (``школы № 12``, not ``московской школы``)
NUMBERED_INSTITUTIONS = frozenset({"школа", "гимназия", "лицей", "интернат", "детсад", "роддом", "детдом"})
HEAD_TITLES = frozenset({
    "президент", "премьер", "премьер-министр", "губернатор", "мэр", "глава", "канцлер", "король", "королева",
    "патриарх", "папа", "председатель", "главнокомандующий", "шейх", "эмир", "султан", "монарх", "вице-президент",
    "генеральный прокурор",
})  # lemmas, or canonical roles of ``resources/roles.csv`` (``генеральный прокурор`` for ``генпрокурора``)


@lru_cache(maxsize=1)
def read_roles() -> dict[str, str]:
    """``resources/roles.csv``, read once: each variant of a title (folded) and its canonical role
    (``вице-губернатор`` → ``заместитель губернатора``); the titles' lexicon and :func:`head_title_words` share it."""
    with resources.files("nerpipe.resources").joinpath("roles.csv").open(encoding="utf-8") as handle:
        return {fold(row["variant"]): row["role"] for row in csv.DictReader(handle)}


@lru_cache(maxsize=1)
def head_title_words() -> frozenset[str]:
    """The one-word lemmas of :data:`HEAD_TITLES` and of every variant of ``resources/roles.csv`` whose
    canonical role is one of them (``генпрокурор``)."""
    variants = {variant for variant, role in read_roles().items() if role in HEAD_TITLES}
    return frozenset(title for title in HEAD_TITLES if " " not in title) | variants


def is_head_title(tokens: Sequence[Token], index: int, morph: Morph) -> bool:
    """Whether the noun ``tokens[index]`` names the title of one who heads a body (:data:`HEAD_TITLES`), as one
    word or its role (``генпрокурора``) or with the adjective before it (``генерального прокурора``)."""
    forms = morph.forms(tokens[index].text)
    if forms & head_title_words():
        return True
    before = tokens[index - 1] if index > 0 else None
    return before is not None and before.pos == "ADJ" and before.sent == tokens[index].sent \
        and any(f"{morph.lemma(before.text)} {form}" in HEAD_TITLES for form in forms)


# adjectives that name a unit of an organization with its noun, though pymorphy takes them for
# qualities (``наблюдательный совет``, ``балетная труппа``, ``учёный совет``)
UNIT_ADJECTIVES = frozenset({
    "наблюдательный", "попечительский", "учёный", "ученый", "экспертный", "координационный", "консультативный",
    "художественный", "балетный", "оперный", "исполнительный", "редакционный", "дисциплинарный", "ревизионный",
    "избирательный", "диссертационный", "методический", "общественный", "главный", "высший", "верховный",
})


# adjectives of rank that name a body only with a noun of a body of its own (``Высший совет``, ``Верховный суд``)
RANK_ADJECTIVES = frozenset({"высший", "верховный"})
# nouns of a body's leaders or of any body: with an adjective of rank they say who leads, no body's name
# (``высшее руководство банка``, ``высший орган управления компании``, ``верховное командование``)
RANKLESS_BODIES = frozenset({"руководство", "орган", "командование", "управление", "менеджмент", "начальство"})


def is_unit_adjective(word: str, morph: Morph, noun: str | None = None) -> bool:
    """Whether ``word`` is a form of an adjective of :data:`UNIT_ADJECTIVES`, a superlative by its own stem
    (``высшего`` → ``высший``, not the lexeme's ``высокий``); one of :data:`RANK_ADJECTIVES` only before a
    ``noun`` of a body of its own (``высшего совета``), not of its leaders (``высшего руководства``)."""
    lemmas = morph.forms(word) & UNIT_ADJECTIVES
    if not lemmas:
        forms = (oc_inflect(p, {"masc", "sing", "nomn"}) for p in morph.parses(fold(word)) if "Supr" in p.tag)
        lemmas = {form.word for form in forms if form is not None and form.word in UNIT_ADJECTIVES}
    if not lemmas or not lemmas <= RANK_ADJECTIVES:
        return bool(lemmas)
    return noun is not None and not morph.forms(noun) & RANKLESS_BODIES
# bodies named by their place alone, whose ``по`` phrases are never part of their name
# (``инициатив правительства по стимулированию экономики``)
PLACE_BODIES = frozenset({
    "правительство", "кабмин", "парламент", "мэрия", "муниципалитет", "ратуша", "сенат", "конгресс",
    "бундестаг", "сейм", "кнессет", "меджлис", "посольство", "консульство", "генконсульство",
})
# bodies of one state in another or at an organization, named by where they are (``посольство в Риге``)
DIPLOMATIC_BODIES = frozenset({
    "посольство", "консульство", "генконсульство", "представительство", "постпредство", "торгпредство", "миссия",
})
# legal forms written after a Latin name (``Kedron Plc``, ``Kedron Co. Ltd.``)
LATIN_LEGAL_FORMS = frozenset({"plc", "inc", "corp", "co", "ltd", "llc", "llp", "ag", "sa", "se", "nv", "gmbh"})
# nouns of time: a genitive of them says when, not which (``сборной последних лет``)
TIME_NOUNS = frozenset({"год", "месяц", "неделя", "день", "век", "десятилетие", "сезон", "период", "время"})
_RUSSIA = re.compile(r"\b(российской федерации|российская федерация|рф|россии|россия)\b")
_PUNCT = re.compile(r"[^\w\s]+")
# ``Россия`` quoted alone: a body's own name (``банк «Россия»``), which no way of naming Russia stands for
_QUOTED_RUSSIA = re.compile(r"[«\"“„]\s*россия\s*[»\"”]")


def opens_quoted_name(word: str) -> bool:
    """Whether a word is a legal form or a kind's abbreviation written before a quoted name (``ХК``, ``ПАО``)."""
    return fold(word) in _NAME_OPENERS


def org_key(name: str) -> str:
    """Who an organization is, independent of case form, quotes, legal form (or an abbreviated kind before its
    name: ``ФК``) and the way Russia is named."""
    for phrase in _KIND_PHRASES:  # ``Особая экономическая зона «Березка»``: the zone «Березка»
        if fold(name[:len(phrase)]) == phrase and name[len(phrase) + 1:len(phrase) + 2] in OPENING_QUOTES:
            name = name[len(phrase) + 1:]
    kind, _, rest = name.partition(" ")
    while rest[:1] in OPENING_QUOTES and fold(kind) in _NAME_OPENERS or \
            fold(kind) in FOLDED_LEGAL_FORMS and rest.partition(" ")[0].lower() in _KIND_ABBREVIATIONS:
        name = rest  # ``ФК «Вектор»``: the club «Вектор»; ``ПАО НК «Вектор»``: the company «Вектор»
        kind, _, rest = name.partition(" ")
    if fold(kind) in _CLUB_ABBREVIATIONS and rest[:1].isupper():
        name = rest  # ``ПФК ВМК``, ``ФК Вектор``: the club, its name unquoted
    key = fold(strip_acronym_ending(name)).replace("им.", "имени ")
    key = _QUOTED_RUSSIA.sub(" россия_ ", key)  # ``банк «Россия»``: a name of its own, not ``Банк России``
    key = _PUNCT.sub(" ", key)
    key = _RUSSIA.sub("россии", key).replace("россия_", "россия")
    words = key.split()
    while len(words) > 1 and words[0] in FOLDED_LEGAL_FORMS:
        words = words[1:]
    return " ".join(words)


# the first word after ``по`` of an electoral district or list a deputy was elected by (``избран в Думу по
# одномандатному округу``): how a seat was won, no field of the body before it (an election commission of a
# district keeps it: ``комиссия по одномандатному округу``)
_ELECTORAL_AFTER_PO = frozenset({"одномандатному", "многомандатному", "мажоритарному", "партийному",
                                 "пропорциональной", "партийным", "одномандатным"})


def is_electoral_district(following: str, head: str) -> bool:
    """Whether ``по`` + ``following`` after a body whose head word is ``head`` names the district or list
    a seat was won by (``Думу по одномандатному округу``), not the body's field."""
    return fold(following) in _ELECTORAL_AFTER_PO and not fold(head).startswith(("комисс", "избирком"))


def is_abbreviation(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return 2 <= len(letters) <= 8 and all(ch.isupper() for ch in letters)


# the name of Russia a body's name ends with before the abbreviation in brackets
_COUNTRY_AFTER = re.compile(r"\s+(?:РФ|России|Российской\s+Федерации)(?=\s*\()")


def bracketed_after(text: str, end: int, limit: int = 60) -> tuple[int, int] | None:
    """The offsets of what stands in brackets right after ``end`` (spaces and a closing quote
    may come between, and the country a name of Russia's body ends with: ``службы РФ (ФТС РФ)``),
    trimmed, or ``None``."""
    country = _COUNTRY_AFTER.match(text, end)
    index = country.end() if country is not None else end
    while index < len(text) and text[index] in " \u00a0»\"":
        index += 1
    if index < len(text) and text[index] == "/":
        return slashed_after(text, index)
    if index >= len(text) or text[index] != "(":
        return None
    close = text.find(")", index, index + limit)
    if close == -1 or "\n" in text[index:close] or "(" in text[index + 1:close]:
        return None
    start, end = index + 1, close
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


# an abbreviation between slashes, as news agencies bracket it (``Федерации гребли Заречья /ФГЗ/``)
_SLASHED = re.compile(r"/[ \u00a0]*([^/\n]{2,12}?)[ \u00a0]*/")


def slashed_after(text: str, index: int) -> tuple[int, int] | None:
    """The offsets of an abbreviation between the slash at ``index`` and the next one on its line
    (``лиги /ЛСК/``, ``союза / ФС /``), or ``None`` when no abbreviation stands there."""
    found = _SLASHED.match(text, index)
    if found is None or not is_abbreviation(found.group(1)):
        return None
    return found.span(1)


# ``далее`` and a dash before the short name a text gives in brackets (``(далее — ДЖКХ)``)
_FURTHER = re.compile(r"(?i)далее\s*[—–-]?\s*")


def bracketed_parts(text: str, end: int) -> list[tuple[int, int]]:
    """What stands in brackets right after ``end`` (:func:`bracketed_after`), as the names it gives:
    a name and its abbreviation after a comma are two (``(Clean Water Alliance, CWA)``); ``далее``
    before the name is none of it (``(далее — ДЖКХ)``); a remark after an abbreviation and a semicolon
    neither (``(ЗТК; банкрот с 2009 года)``)."""
    inner = bracketed_after(text, end)
    if inner is None:
        return []
    start, stop = inner
    further = _FURTHER.match(text, start, stop)
    if further is not None and further.end() < stop:
        start = further.end()  # ``(далее — ДЖКХ)``
        inner = (start, stop)
    semicolon = text.find(";", start, stop)
    if semicolon > start and is_abbreviation(text[start:semicolon].strip()):
        return [(start, start + len(text[start:semicolon].rstrip()))]  # ``(ВТК; в процедуре банкротства)``
    comma = text.rfind(",", start, stop)
    if comma > start:
        abbreviation = text[comma + 1:stop].strip()
        if is_abbreviation(abbreviation) and text[start:comma].strip():
            return [(start, start + len(text[start:comma].rstrip())), (stop - len(abbreviation), stop)]
    return [inner]


def abbreviation_comma(candidate: str) -> int | None:
    """The offset of the comma before an abbreviation that closes ``candidate`` (``Clean Water
    Alliance, CWA``), or ``None``."""
    comma = candidate.rfind(", ")
    return comma if comma > 0 and is_abbreviation(candidate[comma + 2:]) else None


def is_full_word(text: str) -> bool:
    """A word of more than three Cyrillic letters, which no full stop of an abbreviation follows."""
    return len(text) > 3 and all("а" <= ch <= "я" or ch == "ё" for ch in text.lower())


def is_short_name(candidate: str, gazetteer: Gazetteer | None) -> bool:
    """One capitalised Cyrillic word, maybe hyphenated, that the gazetteer knows as no place: the
    short name a text gives in brackets after an organization's full one (``(Роснадзор)``)."""
    letters = candidate.replace("-", "")
    return gazetteer is not None and " " not in candidate and len(letters) > 3 and letters.isalpha() \
        and candidate[:1].isupper() and not is_latin_name(candidate) and gazetteer.lookup(candidate) is None


def is_latin_name(candidate: str, max_words: int = 6) -> bool:
    """``Amnesty International``, ``Volkswagen``, ``Jörg Mählmann``: Latin letters, capitalised,
    at most ``max_words`` words."""
    words = candidate.split()
    letters = [ch for ch in candidate if ch.isalpha()]
    return (0 < len(words) <= max_words and bool(letters) and all(_is_latin_letter(ch) for ch in letters)
            and words[0][:1].isupper())


def _is_latin_letter(ch: str) -> bool:
    """``a``–``z`` and the Latin letters with diacritics (``ü``, ``é``, ``ł``)."""
    return "a" <= ch.lower() <= "z" or unicodedata.name(ch, "").startswith("LATIN")


# a territorial office's abbreviation: ``У`` (управление) and its agency's (``УФАС``, ``УМВД``), or a unit's
# abbreviation written before the agency's (``ГУ МВД``, ``СУ СК``)
_OFFICE_ABBREVIATION = re.compile(r"У[А-ЯЁ]{2,5}")
_OFFICE_UNITS = frozenset({"ГУ", "СУ", "ГСУ", "МО", "МУ"})  # ``МО``, ``МУ``: an inter-municipal office, management


def is_office_abbreviation(words: list[str], lexicon: OrgLexicon) -> bool:
    """Whether ``words`` are a territorial office's abbreviation (see :data:`_OFFICE_ABBREVIATION`): one of its own
    (``УФАС``), or a unit's before the agency's (``ГУ`` + ``МВД``), the agency a Russian one of the dictionary
    (not ``УАЗ``, ``УЕФА``)."""
    if len(words) == 1:
        return _OFFICE_ABBREVIATION.fullmatch(words[0]) is not None and _names_agency(words[0][1:], lexicon)
    return words[0] in _OFFICE_UNITS and all(is_abbreviation(word) for word in words[1:]) \
        and _names_agency(" ".join(words[1:]), lexicon)


def _names_agency(name: str, lexicon: OrgLexicon) -> bool:
    """Whether ``name`` is a Russian body of the dictionary (``ФАС``, ``МВД России``), or the remit of a ministry
    of the dictionary an office of its own is named by (``ВД`` of ``УВД``, the ``МВД``'s)."""
    ref = lexicon.lookup(name)
    if ref is not None:
        return ref.country == "RU"
    ministry = lexicon.lookup(f"М{name}")
    return ministry is not None and ministry.country == "RU" and lexicon.names_state_body(ministry.name)
