"""ORG spans natasha takes from what surrounds a story on a web page or from words that name no
body: a menu word (``Новости``, ``Главная``), a hashtag or a file name (``#Край_Россия``,
``IMG_0042``), a sector of the economy by its abbreviation (``ОПК``, ``Крымский АПК``), a lone
participle opening a sentence (``Сформированный``) and a count of things (``Два завода``)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..morph import Morph, fold
from ..ner import Analysis
from ..orgs import NAMED_AFTER
from ..records import ORG, PER, Span
from ..text import OPENING_QUOTES

# words of a site's menu or page furniture that natasha tags ORG at the head of a line
_MENU_WORDS = frozenset({"новости", "главная", "лента", "logo", "меню", "рубрики", "рус", "eng", "img",
                         "топ", "подписывайтесь", "поделиться"})
# sectors of the economy, no body: ``предприятия ОПК``, ``ОПК Российской Федерации``
_SECTORS = frozenset({"опк", "впк", "апк", "тэк", "жкх", "мсп", "оэз", "тор"})
_SECTOR_SIZE = 4
# nouns of a branch of the economy a compound ends with: no body (``IT-индустрии``, ``ИТ-отрасль``)
_SECTOR_NOUNS = frozenset({"индустрия", "отрасль", "рынок", "сектор", "сфера"})
# what a participle or an adjective alone is: no name of a body (``Сформированный`` opening a sentence)
_QUALITY_POS = frozenset({"ADJF", "PRTF", "ADJS", "PRTS"})


def is_page_chrome(analysis: Analysis, span: Span, morph: Morph) -> bool:
    """Whether an ORG span is page furniture or names no body (see the module)."""
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens:
        return False
    before = mark_before(analysis.text, span.start)
    if before in OPENING_QUOTES:
        return False  # ``«Новости»``: a quoted name
    words = [t.text for t in tokens]
    first = fold(words[0])
    if before == "#" or any("_" in word for word in words):
        return True
    if first in _MENU_WORDS or first.split("-")[0] in _MENU_WORDS:
        return True
    named = any(word in OPENING_QUOTES for word in words) or analysis.text[span.end:].lstrip()[:1] in OPENING_QUOTES
    if len(words) <= _SECTOR_SIZE and not named and (fold(words[0]) in _SECTORS and words[0].isupper()
                                       or fold(words[-1]) in _SECTORS and words[-1].isupper()):
        return True
    return _counted(words, morph) or _lone_quality(analysis, tokens, morph) or is_sector(words, morph)


def is_sector(words: list[str], morph: Morph) -> bool:
    """One compound whose last part is a lower-case noun of a branch of the economy (``IT-индустрии``)."""
    last = words[0].rpartition("-")[2] if len(words) == 1 and "-" in words[0] else ""
    return last.isalpha() and last.islower() and morph.lemma(last) in _SECTOR_NOUNS


def mark_before(text: str, start: int) -> str:
    """The last character before offset ``start`` that is no space (``«`` before a quoted name), ``""`` for none."""
    at = start
    while at and text[at - 1].isspace():
        at -= 1
    return text[at - 1:at]


def _counted(words: list[str], morph: Morph) -> bool:
    """A cardinal number before a noun (``Два завода``, ``Пять компаний``): things counted."""
    parses = morph.parses(fold(words[0])) if len(words) >= 2 and words[0].isalpha() else []
    return bool(parses) and all(p.tag.POS == "NUMR" for p in parses)


def _lone_quality(analysis: Analysis, tokens, morph: Morph) -> bool:
    """One known word opening a sentence that pymorphy reads only as an adjective or a participle."""
    if len(tokens) != 1 or not tokens[0].text.isalpha() or tokens[0].text.isupper() \
            or not analysis.starts_sentence(tokens[0].index):
        return False
    word = fold(tokens[0].text)
    parses = morph.parses(word) if morph.is_known(word) else []
    return bool(parses) and all(p.tag.POS in _QUALITY_POS for p in parses)


_KINDS_OF_OFFICE = frozenset({"body", "unit", "ministry"})


def drop_trailing_people(analysis: Analysis, spans: list[Span], lexicon) -> list[Span]:
    """ORG spans of an office and its genitive dependents that ran on over the name of the person after
    them, cut before the name (``департамента строительства Ивана Орлова`` → ``департамента
    строительства``); a body named after a person stays (``театра имени Орлова``, ``фонда Ивана Орлова``:
    no word between the body's noun and the name), and so does one of a person's office (``администрации
    президента Орлова``)."""
    first_start: dict[int, int] = {}  # the earliest start of a person's span ending at each offset
    for s in spans:
        if s.type == PER:
            first_start[s.end] = min(s.start, first_start.get(s.end, s.start))
    out = []
    for span in spans:
        if span.type == ORG and span.end in first_start:
            person_start = first_start[span.end]
            tokens = analysis.tokens_in(span.start, person_start)
            if person_start > span.start and len(tokens) >= 2 and fold(tokens[-1].text) not in NAMED_AFTER \
                    and lexicon.kind_of(tokens[0].text) in _KINDS_OF_OFFICE \
                    and not _of_a_person(tokens[-1].text, lexicon.morph):
                span = Span(span.start, tokens[-1].end, ORG)
        out.append(span)
    return out


def _of_a_person(word: str, morph: Morph) -> bool:
    """A noun of a person before a name (``администрация президента Орлова``): the name is the body's."""
    return any(p.tag.POS == "NOUN" and "anim" in p.tag for p in morph.parses(fold(word)))


_OFFICE_KINDS = frozenset({"body", "unit", "ministry", "descriptor"})


def drop_leading_nouns_of_no_body(analysis: Analysis, spans: list[Span], lexicon, gazetteer) -> list[Span]:
    """ORG spans that open with a common noun of no kind of organization (a title, people, things): cut to
    the body in the genitive after it (``[Председателя] Правительства области`` → ``Правительства
    области``), dropped where a place follows it at a sentence's start (``Предприятия Курской области``,
    ``Жители Москвы``): a noun of people or a plural, not one body of a kind the dictionary does not
    list (``Гимназия Тамбова``, ``Епархия Курской области``);
    a noun before a genitive of no body stays (``Дом культуры``), and so does a lower-case one, which heads a
    body's name whose noun two names share (``культуры`` of ``министерств туризма и культуры``)."""
    out = []
    for span in spans:
        tokens = analysis.tokens_in(span.start, span.end) if span.type == ORG else []
        if _title_before_body(tokens, span, spans, lexicon):
            continue  # ``[Главным врачом] Тверской областной больницы``: the body is a span of its own
        quoted = mark_before(analysis.text, span.start) in OPENING_QUOTES  # ``«Голоса Америки»``: a name
        if len(tokens) >= 2 and tokens[0].text[:1].isupper() and _noun_opening(tokens[0], lexicon.morph) \
                and lexicon.kind_of(tokens[0].text) is None \
                and tokens[1].text[:1].isalpha() and lexicon.morph.has_gram(tokens[1].text, "gent") \
                and (not quoted or _person_of_known_body(tokens, lexicon)):
            rest = analysis.text[tokens[1].start:span.end]
            if lexicon.kind_of(tokens[1].text) in _OFFICE_KINDS or quoted \
                    or _noun_of_known_body(analysis, tokens, lexicon):
                span = Span(tokens[1].start, span.end, ORG)
            elif gazetteer.lookup(rest) is not None and analysis.starts_sentence(tokens[0].index) \
                    and _of_members(tokens[0].text, lexicon.morph) \
                    and lexicon.match_at([t.text for t in tokens]) is None:
                continue  # not ``Голос Америки`` inside a sentence, nor a name the dictionary knows
        out.append(span)
    return out


def _noun_opening(token, morph: Morph) -> bool:
    """A common noun, also one the tagger reads as an adjective after a plural (``заместителями [Председателя]
    Правительства``) that the dictionary has as no adjective (not ``Малого театра``)."""
    from .organizations import common_noun

    if token.pos != "ADJ":
        return common_noun(token, morph)
    adjective = any(p.tag.POS in ("ADJF", "PRTF") for p in morph.parses(fold(token.text)))
    return not adjective and common_noun(replace(token, pos="NOUN"), morph)


def _person_of_known_body(tokens, lexicon) -> bool:
    """Whether a span is a noun of a person before a body the dictionary knows, named by all its other words
    (``[Дознавателем] МЧС``, ``[Специалисты] Роспотребнадзора``)."""
    return _of_a_person(tokens[0].text, lexicon.morph) \
        and lexicon.lookup_words([t.text for t in tokens[1:]]) is not None


def _noun_of_known_body(analysis: Analysis, tokens, lexicon) -> bool:
    """Whether a span's first word is a noun before a body the dictionary knows, named by all its other words: a
    noun of a person (:func:`_person_of_known_body`), or any noun opening a sentence (``[Доклад] Объединённых
    Наций``, ``[Эксперты] Международного валютного фонда``) where the whole is no name the dictionary knows."""
    return lexicon.lookup_words([t.text for t in tokens[1:]]) is not None \
        and (_of_a_person(tokens[0].text, lexicon.morph)
             or analysis.starts_sentence(tokens[0].index) and lexicon.lookup_words([t.text for t in tokens]) is None)


def _title_before_body(tokens, span: Span, spans: list[Span], lexicon) -> bool:
    """An ORG span that opens with a noun of a person and its adjectives (a title: ``Главным врачом``,
    ``Директора``) before a body that is an ORG span of its own to the same end."""
    lead = next((k for k, t in enumerate(tokens) if t.pos != "ADJ"), None)
    if lead is None or lead + 1 >= len(tokens) or not _of_a_person(tokens[lead].text, lexicon.morph) \
            or lexicon.kind_of(tokens[lead].text) is not None:
        return False
    after = tokens[lead + 1].start
    return any(s.type == ORG and s.start == after and s.end == span.end for s in spans)


def _of_members(word: str, morph: Morph) -> bool:
    """A noun of people (``Жители``, ``Сотрудники``) or the nominative plural of a noun of things
    (``Предприятия``): the members of a place, no body of it."""
    return any(p.tag.POS == "NOUN" and ("anim" in p.tag or {"plur", "nomn"} in p.tag)
               for p in morph.parses(fold(word)))


# a university's acronym: a town's or a region's letters and ``ГУ`` (``ТулГУ``, ``СПбГУ``), ``ГТУ``, ``ФУ`` …
_UNIVERSITY = re.compile(r"[А-ЯЁ][А-ЯЁа-яё]{0,4}(?:ГУ|ГТУ|ГПУ|ГМУ|ГАУ|ГЭУ|ФУ|ТУ)")


def is_university_acronym(surface: str) -> bool:
    """Whether a word is a university's acronym (``ТулГУ``, ``ЮФУ``, ``МГТУ``), which natasha may tag a place."""
    return bool(_UNIVERSITY.fullmatch(surface.strip()))


_TRAILING_MARKS = "/\\|"


def drop_trailing_marks(text: str, span: Span) -> Span:
    """A span without the slashes or bars of a photo credit it took in (``Коммерсантъ /`` → ``Коммерсантъ``)."""
    end = span.end
    while end > span.start and (text[end - 1] in _TRAILING_MARKS or text[end - 1].isspace()):
        end -= 1
    return span if end == span.end or end == span.start else Span(span.start, end, span.type)


# nouns of the people or the offices at the head of bodies, no body of their own before one in the genitive
# (``[Руководство] мэрии Твери``, ``[следственными органами] СУ СК по Омской области``)
_HEADS_OF_BODIES = frozenset({"руководство"})
_PLURAL_HEADS = frozenset({"орган"})  # ``органы``, in the plural only: ``орган власти`` is one body


def cut_heads_of_bodies(analysis: Analysis, spans: list[Span], lexicon) -> list[Span]:
    """ORG spans that open with ``руководство`` or with plural ``органы`` and their adjectives, before a body
    in the genitive (a word of a kind of organization, after its adjectives, an abbreviation in capitals, or a
    body's name: ``Руководство Кедрбанка``): cut to that body
    (``Руководство мэрии Твери`` → ``мэрии Твери``, ``Следственные органы СУ СК по Омской области`` → ``СУ СК
    по Омской области``); ``руководство`` before a place stays (``руководство Никарагуа``), and so does a span
    with no body after its head (``следственными органами по Омской области``), but for ``под руководством``
    (:func:`_led_by`)."""
    out = []
    named = {s.start for s in spans if s.type == ORG}  # a name of a body (``Руководство Кедрбанка``)
    for span in spans:
        tokens = analysis.tokens_in(span.start, span.end) if span.type == ORG else []
        head = _head_of_bodies(tokens, lexicon.morph)
        noun = head + 1 if head is not None else len(tokens)
        while noun < len(tokens) and tokens[noun].pos == "ADJ" and not tokens[noun].text.isupper():
            noun += 1  # ``следственного [управления]``
        quoted = noun + 1 < len(tokens) and tokens[noun].text in OPENING_QUOTES  # ``Руководство «Кедра»``
        if noun < len(tokens) and (_body_opening(tokens[noun], lexicon)
                                   or tokens[noun + quoted].start in named and tokens[noun].start != span.start):
            span = Span(tokens[head + 1].start, span.end, ORG)
            if quoted and span.start not in named and tokens[noun + 1].start in named:
                continue  # ``Руководство «Кедра»``: the quoted name has its span
        elif head == 0 and _led_by(analysis, tokens[0]):
            continue  # ``под руководством члена комиссии``: a person leads, no body is named
        out.append(span)
    return out


def _led_by(analysis: Analysis, token) -> bool:
    """Whether ``руководством`` follows ``под``: the phrase says who leads something (``группа под руководством
    члена комиссии``), it names no leadership of a body."""
    before = analysis.tokens[token.index - 1] if token.index > 0 else None
    return before is not None and before.text.lower() == "под" and token.text.lower().endswith("ом")


def _head_of_bodies(tokens, morph: Morph) -> int | None:
    """The index of ``руководство`` opening a span, or of plural ``органы`` after its adjectives only."""
    for k, token in enumerate(tokens):
        parses = morph.parses(fold(token.text))
        lemmas = {p.normal_form for p in parses if p.tag.POS == "NOUN"}
        if lemmas & _HEADS_OF_BODIES and k == 0:
            return k
        if lemmas & _PLURAL_HEADS and any("plur" in p.tag for p in parses if p.normal_form in _PLURAL_HEADS):
            return k
        if token.pos != "ADJ":
            return None
    return None


def _body_opening(token, lexicon) -> bool:
    """A genitive word that opens a body: of a kind of organization (``мэрии``, ``управления``) or an
    abbreviation in capitals (``СУ``, ``ГСУ``)."""
    if token.text.isupper() and len(token.text) >= 2 and token.text.isalpha():
        return True
    return lexicon.kind_of(token.text) is not None and lexicon.morph.has_gram(token.text, "gent")


def cut_unattached_nouns(analysis: Analysis, spans: list[Span], lexicon) -> list[Span]:
    """ORG spans that open with a lower-case common noun (and its adjectives) the next word, a noun of a kind of
    organization in another case than the genitive and the noun's, does not depend on (a nominative depends on no
    noun of another case, whatever the parser read): two phrases the tagger ran together, cut to the body
    (``компьютерную сеть комитет по разведке`` → ``комитет по разведке``: ``сеть`` the object of the verb,
    ``комитет`` its subject); ``сеть магазинов «Вектор»`` (a genitive after it) stays."""
    out = []
    for span in spans:
        tokens = analysis.tokens_in(span.start, span.end) if span.type == ORG else []
        k = 0
        while k < len(tokens) and tokens[k].pos == "ADJ" and tokens[k].text[:1].islower():
            k += 1
        if k + 1 < len(tokens) and tokens[k].pos == "NOUN" and tokens[k].text[:1].islower() \
                and tokens[k + 1].pos == "NOUN" and lexicon.kind_of(tokens[k + 1].text) is not None \
                and tokens[k + 1].feat.get("Case") not in (None, "Gen") \
                and tokens[k + 1].feat.get("Case") != tokens[k].feat.get("Case") \
                and (tokens[k + 1].feat.get("Case") == "Nom"
                     or tokens[k + 1].head not in {t.index for t in tokens[:k + 1]}):
            span = Span(tokens[k + 1].start, span.end, ORG)
        out.append(span)
    return out


def cut_at_verbs(analysis: Analysis, spans: list[Span], morph: Morph) -> list[Span]:
    """ORG spans that run on into the verb of their sentence (``Партия набрала 17,3``, ``Концерн образован``):
    cut before a lower-case finite verb or short participle outside quotes after the first word, for a body's
    unquoted name holds none (a full participle may: ``совет пострадавших соинвесторов``; a span opening right
    after a quote mark is a quoted name, never cut); a span
    left with nothing but its first word is that word (a kind's noun :mod:`nerpipe.resolve.generic_orgs` reads).
    A word that may be a noun or an adjective as well is the verb only where it heads the span's subject
    (``Союз производителей стали выступил``: ``стали`` the genitive of the chain). A headline in capitals with
    its verb is dropped whole."""
    out = []
    for span in spans:
        quoted = mark_before(analysis.text, span.start) in OPENING_QUOTES  # ``«Мы построим»``
        tokens = analysis.tokens_in(span.start, span.end) if span.type == ORG and not quoted else []
        if _is_capitals_headline(tokens, morph):
            continue
        cut = next((t for at, t in enumerate(tokens) if at and t.pos in ("VERB", "AUX") and t.text[:1].islower()
                    and _predicate(analysis, t, tokens[:at], morph)), None)
        if cut is not None and not any(t.text in OPENING_QUOTES for t in tokens if t.start < cut.start):
            kept = [t for t in tokens if t.start < cut.start and t.text[:1].isalnum()]
            if not kept:
                continue
            span = Span(span.start, kept[-1].end, ORG)
        out.append(span)
    return out


def _is_capitals_headline(tokens: list, morph: Morph) -> bool:
    """Whether an ORG span is words in capitals that a word pymorphy reads only as a finite verb opens (``ПОСТРОИТ
    ЗАВОД``, two words or more) or holds after its first (``ЗАВОД ЗАКРОЮТ К ВЕСНЕ``, three words or more): a
    headline in capitals, no body's name."""
    words = [t.text for t in tokens if t.text.isalpha()]
    if len(words) < 2 or not all(word.isupper() for word in words):
        return False
    return _is_only_verb(words[0], morph) or len(words) >= 3 and any(_is_only_verb(word, morph) for word in words[1:])


def _is_only_verb(word: str, morph: Morph) -> bool:
    return bool(parses := morph.parses(word.lower())) and all(p.tag.POS == "VERB" for p in parses)


# pymorphy's parts of speech of a word that may be no verb (``стали``: the genitive of ``сталь``)
_NOT_VERBS = frozenset({"NOUN", "ADJF", "ADJS", "PRTF", "NPRO", "NUMR"})


def _predicate(analysis: Analysis, token, before: list, morph: Morph) -> bool:
    """Whether a verb token after the span's tokens ``before`` is the predicate of its clause: a finite verb or a
    short participle, not a full participle, one pymorphy reads so too (not ``ремёсел``, a genitive the tagger
    took for a verb); and when pymorphy reads it as a noun or an adjective as well, one a word of ``before``
    depends on as its subject, with no finite verb right after it (``стали выступил``: a genitive then)."""
    if token.feat.get("VerbForm") != "Fin" and token.feat.get("Variant") != "Short":
        return False
    parses = morph.parses(token.text.lower())
    if not any(p.tag.POS in ("VERB", "PRTS") for p in parses):
        return False
    if not any(p.tag.POS in _NOT_VERBS for p in parses):
        return True
    after = analysis.tokens[token.index + 1] if token.index + 1 < len(analysis.tokens) else None
    return any(t.head == token.index and t.rel.startswith("nsubj") for t in before) \
        and not (after is not None and after.pos in ("VERB", "AUX") and after.feat.get("VerbForm") == "Fin")


def drop_plural_kinds(analysis: Analysis, spans: list[Span], lexicon) -> list[Span]:
    """ORG spans that name several bodies of a kind, no one of them: adjectives, the plural of a descriptor in lower
    case (after a Latin prefix maybe) and the places whose they are, if any (``Парламентские партии Германии``,
    ``IT-компаний США``, ``крупные компании`` alone), no quotes, no name (``Мариинского театров``: a shared head;
    ``агентства RAEX``); the singular the tagger reads as one stays (``члены партии``)."""
    out = []
    for span in spans:
        tokens = analysis.tokens_in(span.start, span.end) if span.type == ORG else []
        head = next((t for t in tokens if t.pos != "ADJ"), None)
        if head is not None and _plural_kind(head, lexicon) \
                and all(t.pos == "ADJ" and (t.text[:1].islower() or analysis.starts_sentence(t.index))
                        for t in tokens[:tokens.index(head)]) \
                and all(t.pos == "PROPN" and t.feat.get("Case") in (None, "Gen") and t.text[:1].isupper()
                        and lexicon.morph.has_gram(t.text, "Geox") for t in tokens[tokens.index(head) + 1:]):
            continue
        out.append(span)
    return out


def _plural_kind(token, lexicon) -> bool:
    """Whether a token is the plural of a descriptor in lower case, after a Latin or capital prefix maybe
    (``партии``, ``IT-компаний``)."""
    word = token.text.rpartition("-")[2]
    if not word[:1].islower() or lexicon.kind_of(word) != "descriptor":
        return False
    return token.feat.get("Number") == "Plur" or (
        word != token.text and all(p.tag.number == "plur" for p in lexicon.morph.parses(word.lower())
                                   if p.tag.POS == "NOUN"))
