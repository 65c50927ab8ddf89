"""The right side of a title: its dependents.

Genitive phrases (``директор департамента``), ``по``/``при`` phrases and the phrases that
continue them (``по работе с проектами``), an instrumental after heads that govern it
(``заведующий кафедрой``), ``в``/``на``/``от`` before a place or an organization (``посол в
Грузии``, ``наблюдатель от ОБСЕ``), organizations, places, quoted and Latin names, and lists of
the same case (``по промышленной политике, развитию …``).
"""

from __future__ import annotations

from ..dates.grammar import MONTHS
from ..morph import FORMER_PREFIXES, fold
from ..ner import Analysis
from ..records import LOC, ORG, PER
from ..text import OPENING_QUOTES, POSSESSIVES, REASONS_AFTER_PO
from .decrees import by_decree, governs_instrumental
from .lexicon import POSTS, TitleLexicon
from .quotes import closing_paren, closing_quote, quotes_words
from .reach import direction, one_of, place_follows, places_listed, quoted_in_case
from .sees import see_end, starts_all_of
from .tokens import case_of, is_latin, is_word, number_of, past_participle_phrase

PREPS_ALWAYS = {"по", "при"}
PREPS_BEFORE_NAME = {"в", "во", "на", "от", "из"}
# "по профессии", "по образованию", "по происхождению": what a person is by trade, training or birth, not a
# dependent of the title
BY_TRADE = {"профессии", "специальности", "образованию", "призванию", "происхождению", "национальности",
            "рождению", "вероисповеданию"}
# "венгерского происхождения", "русского происхождения": a genitive of birth, not a dependent of the title
_ORIGIN = {"происхождения"}
# abbreviations of a branch of the economy that do not decline and complete a ministry's or a deputy's remit
# ("министр строительства и ЖКХ", "по вопросам ТЭК и ЖКХ"): a genitive whatever case the tagger guesses
SECTORS = frozenset({"ЖКХ", "ТЭК", "АПК", "ЖКК", "ИКТ", "МСП", "ЧС", "ГО", "ИЖС", "ОПК", "ВПК", "СМИ"})
# prepositions that may continue a prepositional phrase already inside a title ("по работе с проектами")
_PREPS_INNER = {"с", "со", "в", "во", "на", "за", "для"}
_TIMES = ("год", "сезон", "месяц", "недел", "дня", "века", "квартал", "лета", "зимы", "весны", "осени", "период")


def grow_right(analysis: Analysis, head: int, cover, lexicon: TitleLexicon) -> int:
    """The last word of a title: genitive phrases, ``по``/``при`` phrases, names, places, quotes."""
    tokens = analysis.tokens
    sent = tokens[head].sent
    last = head
    k = head + 1
    prep_case = None  # the case a prepositional phrase governs, while inside one
    places = False  # whether the title has taken "в/на + place" already
    head_word = fold(tokens[head].text)
    if head_word in lexicon.abbreviated and k < len(tokens) and tokens[k].text == ".":
        last = k
        k += 1
    first_dependent = k
    lemma = lexicon.title_lemma(tokens[head].text) or head_word
    if lemma in lexicon.instrumental or head_word in lexicon.instrumental:
        prep_case = "Ins"  # "заведующий кафедрой", "управляющий компанией"
    if lemma in lexicon.candidates:
        k = candidate_for(analysis, k, sent)
        last = max(last, k - 1)
    if k < len(tokens) and tokens[k].sent == sent and lexicon.is_postposed(tokens[k].text):
        last = k  # "папа римский"
        k += 1
    elif lemma in lexicon.clergy_ranks and (see := see_end(tokens, k, tokens[head], lexicon.morph)) > k:
        return see - 1  # "митрополит Казанский и Татарстанский": the see ends the title, a monk's name may follow
    while k < len(tokens) and tokens[k].sent == sent and not analysis.line_break_between(k - 1, k):
        tok = tokens[k]
        covering = cover[k]
        if covering is not None and not (covering.type == LOC and tok.pos == "ADJ" and covering.end == tok.end):
            if covering.type == PER and not _named_after(tokens, k):
                break
            # an organization or a place inside the title: take it whole (an adjective of a place is a word
            # like any other: "министр японского правительства", not "наблюдатель от ОБСЕ польский …")
            end = k
            while end + 1 < len(tokens) and cover[end + 1] is covering:
                end += 1
            prep_case = _inner_prep_case(tokens, k, end, prep_case)
            last = end
            k = end + 1
            continue
        word = fold(tok.text)
        if tok.text in OPENING_QUOTES:
            close = closing_quote(tokens, k, sent)
            if close is None or k == head + 1 and nickname_end(tokens, cover, k) is not None \
                    or quotes_words(tokens, k):
                break
            last = close
            k = close + 1
            continue
        if tok.text == "(":
            close = closing_paren(tokens, k, sent)
            inside = tokens[k + 1] if k + 1 < len(tokens) else tok
            if close is None or close - k > 6 or inside.pos == "NOUN" and inside.text[:1].islower() and is_word(inside):
                break  # "посол в Твери (резиденция в Москве)": a remark, not a name or an abbreviation of the body
            last = close
            k = close + 1
            continue
        if word in PREPS_ALWAYS and k + 1 < len(tokens) and tokens[k + 1].sent == sent:
            nxt = tokens[k + 1]
            if word == "по" and fold(nxt.text) in BY_TRADE | REASONS_AFTER_PO:
                break  # "врач по профессии", "министра по собственному желанию"
            if nxt.pos in ("NOUN", "ADJ", "PROPN") or cover[k + 1] is not None:
                prep_case = case_of(nxt)
                k += 1
                continue
            break
        if word in PREPS_BEFORE_NAME and place_follows(tokens, cover, k, lexicon.morph) \
                and not direction(tokens, k, lexicon):
            places = True
            if cover[k + 1] is None and tokens[k + 1].pos == "ADJ":
                prep_case = case_of(tokens[k + 1])  # "в нижнетагильском Молодёжном театре": the adjective's case
            k += 1
            continue
        if word == "и" or tok.text == ",":
            # "президента и кабмина": with no dependent yet, "и" joins another noun to the head itself
            if k + 1 < len(tokens) and last > head and _continues(
                tokens, cover, k + 1, prep_case, tok.text == ",", case_of(tokens[last]), lexicon,
                case_of(tokens[head])
            ):
                k += 1
                continue
            if places and k + 1 < len(tokens) and fold(tokens[k + 1].text) in PREPS_BEFORE_NAME \
                    and place_follows(tokens, cover, k + 1, lexicon.morph):
                k += 1  # "в Италии, во Франции, в Испании и Португалии"
                continue
            if word == "и" and quoted_in_case(tokens, last, k + 1, lexicon):
                k += 1  # "актёр «Вечной весны» и «Тихого берега»": two works in one case
                continue
            if word == "и" and last > head and starts_all_of(tokens, k) and tokens[k + 2].sent == sent:
                last, k = k + 2, k + 3  # "совета муфтиев Москвы и всей России": the land the body's reach goes on to
                continue
            if tok.text == "," and places_listed(tokens, cover, last, k + 1):
                k += 1  # "министры обороны Польши, Чехии и Литвы": a list of places closed by "и"
                continue
            break
        if word in _PREPS_INNER and prep_case is not None and k + 1 < len(tokens) and tokens[k + 1].sent == sent:
            nxt = tokens[k + 1]
            if lexicon.morph.lemma(nxt.text) in MONTHS or fold(nxt.text).startswith(_TIMES):
                break  # "командующим войсками округа с января": when, not whose
            if nxt.pos in ("NOUN", "ADJ") and case_of(nxt) not in ("Nom", None):
                prep_case = case_of(nxt)
                k += 1
                continue
            break
        if is_latin(tok) and (tok.text[:1].isupper() or tok.text.isupper()):
            last = k
            k += 1
            continue
        if word in _ORIGIN or tok.pos == "ADJ" and k + 1 < len(tokens) and fold(tokens[k + 1].text) in _ORIGIN:
            break  # "актриса венгерского происхождения": where the holder comes from, not the post's body
        if one_of(tokens, k):
            k, prep_case = k + 2, "Gen"  # "начальник одного из отделов министерства": one of the units
            continue
        if word == "же" and last == k - 1 and tokens[last].pos == "DET":
            k += 1  # "заместителем прокурора этого же района"
            continue
        if (tok.pos in ("NOUN", "ADJ", "PROPN") or adjectival(tok) or _determiner(tokens, k)) and is_word(tok):
            if (agreed := past_participle_phrase(tokens, k)) is not None:
                k = agreed  # "глава входящего в неё Северного банка": the participle's phrase is inside
                continue
            case = _case_of_dependent(tok)
            governed = case == "Ins" and governs_instrumental(tokens, k, head, lexicon)
            if case == "Ins" and by_decree(tokens, k, governed, lexicon):
                break  # "начальника управления приказом министра назначен …": by whose order, not what is governed
            if governed:
                prep_case = "Ins"
            misread = k == first_dependent or last == k - 1 and tokens[last].pos == "ADJ" and last == first_dependent
            if case == "Acc" and misread and lexicon.morph.has_gram(tok.text, "gent"):
                # "зам. начальника", "помощницу генерального директора": the tagger reads a genitive after a head
                # (and the noun its adjective goes with) as an accusative
                case = "Gen"
            if case == "Gen" or (prep_case is not None and case == prep_case):
                if tok.text[:1].isupper() and tok.pos == "PROPN" and case != "Gen":
                    break
                if prep_case is None and _depends_elsewhere(tokens, k, head):
                    break  # "лишение депутата мандата": the genitive belongs to another phrase
                if (_complement_before(tokens, cover, first_dependent, k, lexicon)
                        or lemma not in lexicon.assisting and is_personal_rank(tok, lexicon)) \
                        and _titles_name(tokens, cover, k, lexicon):
                    # "министра обороны генерала Петра Орлова", "первого проректора профессора Петра Орлова": the
                    # rank is the name's, not a dependent; not after a head that assists one person ("помощник
                    # профессора Петра Орлова Анна Котова": the professor's assistant)
                    break
                last = k
                k += 1
                continue
        if (tok.text.startswith("№") or word == "номер") and last == k - 1 and last > head:
            # "школы № 5", "больницы №2", "судебного участка номер 3": the number of the body the title names
            if tok.text[1:].strip().isdigit():
                last = k
                k += 1
                continue
            if k + 1 < len(tokens) and tokens[k + 1].sent == sent and tokens[k + 1].text[:1].isdigit():
                last = k + 1
                k += 2
                continue
        if tok.text in (".",) and tokens[k - 1].text.lower() in ("им", "г", "св"):
            k += 1
            continue
        break
    return last


def _determiner(tokens, k: int) -> bool:
    """A demonstrative or a possessive that declines, before a noun of its case (``режиссёр этого театра``,
    ``директор своей компании``): a word of the dependent like an adjective (not ``его``, ``её``, ``их``, which do
    not decline)."""
    token = tokens[k]
    nxt = k + 2 if k + 2 < len(tokens) and fold(tokens[k + 1].text) == "же" else k + 1  # "этого же района"
    return token.pos == "DET" and fold(token.text) not in POSSESSIVES and nxt < len(tokens) \
        and tokens[nxt].pos in ("NOUN", "ADJ") and case_of(tokens[nxt]) == case_of(token) \
        and not fold(tokens[nxt].text).startswith(_TIMES)  # "актриса этого года": when, not whose


def nickname_end(tokens, cover, opener: int) -> int | None:
    """The closing quote of a quoted phrase right before a name, that names no organization and opens in the
    nominative (``цирковой артист «Весёлый клоун» Пётр Орлов``): the name's nickname, right after a title's head
    no part of it (``ведущий «Вечера» Пётр Орлов`` names what is presented, ``ведущий программы «Вечер»`` the
    programme); ``None`` for another phrase."""
    if tokens[opener].text not in OPENING_QUOTES:
        return None
    close = closing_quote(tokens, opener, tokens[opener].sent)
    if close is None or close == opener + 1 or close + 1 >= len(tokens):
        return None
    person = cover[close + 1]
    if person is None or person.type != PER or person.start != tokens[close + 1].start \
            or any(cover[j] is not None for j in range(opener, close + 1)):
        return None
    first = tokens[opener + 1]
    return close if case_of(first) in ("Nom", None) and first.pos in ("NOUN", "ADJ", "PROPN") else None


def _inner_prep_case(tokens, first: int, last: int, prep_case: str | None) -> str | None:
    """The case of the ``по``/``при`` phrase an organization taken whole ends with (``управления по работе``, so
    that ``с обращениями граждан`` goes on), else ``prep_case`` unchanged."""
    if not any(fold(t.text) in PREPS_ALWAYS for t in tokens[first:last + 1]):
        return prep_case
    return case_of(tokens[last]) or prep_case


def candidate_for(analysis: Analysis, k: int, sent: int) -> int:
    """After ``кандидат``: ``в президенты``, ``на пост главы`` (the index after the phrase, ``k`` if none)."""
    tokens = analysis.tokens
    if k + 1 >= len(tokens) or tokens[k + 1].sent != sent:
        return k
    word, nxt = fold(tokens[k].text), tokens[k + 1]
    if word in ("в", "во") and nxt.pos == "NOUN" and number_of(nxt) == "Plur":
        return k + 2
    if word == "на" and fold(nxt.text) in POSTS:
        return k + 2
    return k


def _complement_before(tokens, cover, first: int, k: int, lexicon: TitleLexicon) -> bool:
    """Whether the last noun of a title's dependents before ``k`` is no title (``министра обороны``, a place the
    tagger reads as an adjective, ``архиепископа Тулы``; not ``заместителя`` in ``помощник заместителя
    госсекретаря``, where each title governs the next)."""
    nouns = [t for t in tokens[first:k] if t.pos in ("NOUN", "PROPN") or cover[t.index] is not None]
    return bool(nouns) and lexicon.title_lemma(nouns[-1].text, nouns[-1].feat) is None


def is_personal_rank(token, lexicon: TitleLexicon) -> bool:
    """A rank one holds as a person, a scholar's, a cleric's or a soldier's (``профессора``, ``архиепископа``,
    ``полковника``): after a title that leads a body, the rank of the name after it, not what that title governs
    (only a head that assists one person governs it: ``помощник профессора``)."""
    lemma = lexicon.title_lemma(token.text, token.feat)
    return lemma is not None and lemma in lexicon.personal_ranks


def _titles_name(tokens, cover, k: int, lexicon: TitleLexicon) -> bool:
    """A title noun in the genitive that a name in the genitive follows within a few words (``генерала армии
    Петра Орлова``): the title of that name, standing beside it, not a dependent of the title before it. A title
    noun in the plural names no one person (``председателя совета директоров Петра Орлова``). So across a second
    title joined by ``и`` in the same case (``академика и вице-президента академии Петра Орлова``)."""
    if tokens[k].pos != "NOUN" or lexicon.title_lemma(tokens[k].text, tokens[k].feat) is None \
            or number_of(tokens[k]) == "Plur":
        return False
    reach = k + 4
    j = k + 1
    while j < min(reach, len(tokens)):
        if tokens[j].sent != tokens[k].sent:
            return False
        if cover[j] is not None and cover[j].type == PER:
            # a name in the title's case: "генерала Петра Орлова", not "губернатора Пётр Орлов"
            # or in one oblique case ("с начальником управления генерал-майором Петром Орловым")
            return {case_of(tokens[k]), case_of(tokens[j])} <= {"Gen", "Acc"} \
                or case_of(tokens[k]) == case_of(tokens[j]) and case_of(tokens[k]) in ("Ins", "Dat", "Loc")
        if cover[j] is not None and reach > k + 4:
            j = next((i for i in range(j, len(tokens)) if cover[i] is not cover[j]), len(tokens))
            continue  # "академика и вице-президента РАН Петра Орлова": the second title's body
        if fold(tokens[j].text) == "и" and reach == k + 4 and j + 1 < len(tokens) and tokens[j + 1].pos == "NOUN" \
                and lexicon.title_lemma(tokens[j + 1].text, tokens[j + 1].feat) is not None \
                and case_of(tokens[j + 1]) == case_of(tokens[k]):
            reach = j + 6  # a second title joined by "и", in the same case, before the name
            j += 1
            continue
        if cover[j] is not None and not (j == k + 1 and _service_of_rank(tokens, cover, k, j, lexicon)) \
                or tokens[j].pos not in ("NOUN", "ADJ"):
            return False
        j += 1
    return False


def _service_of_rank(tokens, cover, k: int, j: int, lexicon: TitleLexicon) -> bool:
    """A one-word body in the genitive right after a personal rank, the service the rank is of (``генерал-майором
    полиции``, ``генерал-лейтенанта юстиции``): part of the rank, not a name that ends the look for one."""
    span = cover[j]
    return span.type != PER and span.start == tokens[j].start and (j + 1 >= len(tokens) or cover[j + 1] is not span) \
        and case_of(tokens[j]) == "Gen" and is_personal_rank(tokens[k], lexicon)


def _depends_elsewhere(tokens, k: int, head: int) -> bool:
    """A noun the parser attaches to a verb, or to a word of the same phrase before the title's head (no
    punctuation between: in a long list the parser's attachments across commas are not to be trusted). Not a
    noun the parser attaches to the head itself, nor one right after a head the tagger took for a participle, an
    adjective or a thing, or one written with ``экс-`` it does not know (``о ведущем программы``, ``экс-ведущему
    программы``: the parse rests on that reading)."""
    token = tokens[k]
    if token.pos not in ("NOUN", "PROPN") or token.head is None or token.head == head:
        return False
    if k == head + 1 and (tokens[head].pos in ("VERB", "ADJ") or tokens[head].feat.get("Animacy") == "Inan"
                          or fold(tokens[head].text).startswith(FORMER_PREFIXES)):
        return False
    if tokens[token.head].pos in ("VERB", "AUX"):
        return True
    return token.head < head and not any(t.pos == "PUNCT" for t in tokens[token.head: head])


def _continues(tokens, cover, k: int, prep_case: str | None, comma: bool, last_case: str | None,
               lexicon: TitleLexicon, head_case: str | None = None) -> bool:
    """Whether the word after ``и`` or a comma continues the title's phrase.

    After a comma only a list of the same oblique case goes on
    (``по промышленной политике, развитию …``; ``диверсификации, импортозамещения``);
    a title after ``и`` is one of its own (``губернатора области и мэра города``).
    """
    token, covering = tokens[k], cover[k]
    if covering is not None:
        # "главой митрополии и Преосвященным Кедровским": after a head in the instrumental or dative, a name
        # whose first word cannot be a genitive is no dependent, but a second title coordinated with the head
        coordinated = head_case in ("Ins", "Dat") and prep_case is None and token.text[:1].isalpha() \
            and not token.text[:1].isascii() and lexicon.morph.parses(fold(token.text)) \
            and not lexicon.morph.has_gram(token.text, "gent")
        return covering.type in (ORG, LOC) and not comma and not coordinated
    # a participle after "и" only ("пищевой и перерабатывающей"): after a comma it opens a clause of its own
    if token.pos not in ("NOUN", "ADJ") and not (adjectival(token) and not comma) and token.text not in SECTORS:
        return False
    if token.pos == "NOUN" and lexicon.title_lemma(token.text, token.feat) is not None:
        return False
    if token.pos == "ADJ" and _title_after_adjectives(tokens, k, lexicon, head_case):
        return False  # "замначальника управления и первого замначальника …": a second title, with its modifiers
    if comma and token.pos == "ADJ" and lexicon.is_honorary(token.text):
        return False  # "народного художника СССР, почётного гражданина …": another honorary title
    case = _case_of_dependent(token)
    if comma:
        return case in ("Gen", "Dat", "Ins", "Loc") and case in (prep_case, last_case)
    return case == "Gen" or (prep_case is not None and case == prep_case)


def _title_after_adjectives(tokens, k: int, lexicon: TitleLexicon, head_case: str | None) -> bool:
    """Whether the adjectives from ``k`` on lead to a noun that is a title in their case, in the case of the first
    title's head and in the singular (``первого замначальника``, ``нового главы``): a title of its own, not a
    dependent (``внутренней политики``; ``совета ветеранов и молодых педагогов``, ``музея первого мэра и первого
    губернатора``: a body's members, whom it is of)."""
    j = k
    while j < len(tokens) and tokens[j].sent == tokens[k].sent and tokens[j].pos == "ADJ" and j - k < 3:
        j += 1
    return j > k and j < len(tokens) and tokens[j].sent == tokens[k].sent and tokens[j].pos == "NOUN" \
        and case_of(tokens[j]) == case_of(tokens[k]) and head_case in (None, case_of(tokens[j])) \
        and number_of(tokens[j]) != "Plur" and lexicon.title_lemma(tokens[j].text, tokens[j].feat) is not None


def _named_after(tokens, k: int) -> bool:
    """A name after ``имени`` or ``им.`` is part of the body's name (``университета имени Н. И. Лобачевского``),
    not the holder of the title."""
    before = fold(tokens[k - 1].text)
    return before == "имени" or before == "." and k >= 2 and fold(tokens[k - 2].text) == "им"


def adjectival(token) -> bool:
    """A full participle in an adjective's place (``перерабатывающей промышленности``)."""
    return token.pos == "VERB" and token.feat.get("VerbForm") == "Part" and token.feat.get("Variant") != "Short" \
        and "Case" in token.feat


def _case_of_dependent(token) -> str | None:
    """The tagger's case, but a branch's abbreviation (:data:`SECTORS`) is a genitive (``по вопросам ТЭК``)."""
    return "Gen" if token.text in SECTORS else case_of(token)
