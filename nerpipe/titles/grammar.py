"""The title grammar: find titles, grow them to their modifiers and dependents, trim them.

A title is built around a head from the lexicon (``директор``, ``губернатор``,
``заместитель`` …): the adjectives and participles before it (``генеральный``,
``чрезвычайный и полномочный``, ``управляющий``, ``бывший``, ``и. о.``) and its
dependents after it — genitive phrases, ``по``/``при`` phrases, the
organizations, places and quoted names inside it (``заместитель мэра Лесногорска
по транспорту``; ``заведующий кафедрой …``). :func:`is_generic` tells a title
that names a class of people (``эксперты``, ``200 волонтёров``) from one that
names one holder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..morph import fold
from ..ner import Analysis, Token
from ..records import LOC, ORG, PER, Span
from ..text import CLOSING_QUOTES, OPENING_QUOTES, QUOTE_PAIRS, line_ends, line_starts
from .lexicon import FORMER_PREFIXES, TitleLexicon
from .tokens import case_of, index_cover, is_latin, is_participle, is_word, number_of, same_case, starts_clause

_ACTING_RE = re.compile(
    r"(?i)(?:\b(?:и\.\s?о\.|врио|вр\.\s?и\.\s?о\.)|\bисполняющ\w*\s+обязанност\w*"
    r"|\bвременно\s+исполняющ\w*\s+обязанност\w*)\s*$"
)
# words before a title that make it a count or a class, not one holder: "134 журналиста", "каждый журналист"
_QUANTIFIERS = {"каждый", "любой", "всякий", "некоторый", "многий", "иной", "весь", "оба", "обе", "несколько",
                "много", "немало", "ряд", "множество", "большинство", "число", "количество", "сотня", "десяток",
                "тысяча", "пара", "группа"}
# "34-летний", "5-кратный": an adjective written with digits
_NUMERIC_ADJECTIVE = re.compile(r"\d+-[а-яё]+$")
_CAUSE_PREPOSITIONS = {"за", "с", "со", "против"}
PREPS_ALWAYS = {"по", "при"}
PREPS_BEFORE_NAME = {"в", "во", "на", "от", "из"}
# prepositions that may continue a prepositional phrase already inside a title ("по работе с проектами")
_PREPS_INNER = {"с", "со", "в", "во", "на", "за", "для"}


@dataclass(frozen=True, slots=True)
class Title:
    """A title found in the text, before attachment (token indices are inclusive)."""

    start: int
    end: int
    head: int  # token index of the head
    first: int  # token index of the first word
    last: int  # token index of the last word
    acting: bool
    former: bool
    governed: bool = False  # the dependent of a relative ("дочь президента"): only a name that agrees holds it


def find_titles(analysis: Analysis, spans: list[Span], lexicon: TitleLexicon) -> list[Title]:
    """Every title in the text (heads from the lexicon, widened to their modifiers and dependents)."""
    tokens = analysis.tokens
    cover = index_cover(analysis, [s for s in spans if not _is_title_word(analysis, s, lexicon)])
    titles: list[Title] = []
    index = 0
    while index < len(tokens):
        if not is_title_head(analysis, index, cover, lexicon):
            index += 1
            continue
        title = grow_title(analysis, index, cover, lexicon)
        if title is not None:
            title = _mark_governed(analysis, title, lexicon)
            titles.append(title)
            index = title.last + 1
        else:
            index += 1
    return titles


def _mark_governed(analysis: Analysis, title: Title, lexicon: TitleLexicon) -> Title:
    """A title in the genitive after a relative (``дочь президента``, ``вдовы бывшего министра``) is the title of
    the person the relative is related to, not the relative's."""
    tokens = analysis.tokens
    before = title.first - 1
    if before < 0 or tokens[before].sent != tokens[title.head].sent or not is_word(tokens[before]):
        return title
    if case_of(tokens[title.head]) not in ("Gen", "Acc") or not lexicon.is_relative(tokens[before].text):
        return title
    return replace(title, governed=True)


def _is_title_word(analysis: Analysis, span: Span, lexicon: TitleLexicon) -> bool:
    """An ORG span that is one title word (``Замглавы`` at the start of a sentence) is a title."""
    tokens = analysis.tokens_in(span.start, span.end)
    return span.type == ORG and len(tokens) == 1 and not tokens[0].text.isupper() and (
        lexicon.title_lemma(tokens[0].text) is not None or lexicon.occupation_lemma(tokens[0].text.lower()) is not None)


def is_title_head(analysis: Analysis, index: int, cover: list[Span | None], lexicon: TitleLexicon) -> bool:
    """Whether token ``index`` is the head noun of a title.

    Capitalised titles count (``Президент``, ``Председатель Правительства``); names of
    people and organizations do not. A participle or adjective from the lexicon
    (``управляющий``, ``рабочие``) is a head only when no noun follows that it
    qualifies (``управляющий директор``, ``рабочие места``).
    """
    tokens = analysis.tokens
    token = tokens[index]
    covering = cover[index]
    if covering is not None and covering.type in (PER, ORG):
        return False
    if not is_word(token) or not (token.pos in ("NOUN", "PROPN", "ADJ", "X") or is_participle(token)):
        return False
    if fold(token.text) in lexicon.abbreviated and index + 2 < len(tokens) and tokens[index + 1].text == ".":
        return tokens[index + 2].text[:1].islower()  # "зав. кафедрой", "зам. начальника"
    if token.text.isupper() and len(token.text) > 1:
        return False  # an acronym
    feats = token.feat
    if token.pos == "PROPN" and starts_clause(analysis, index):
        feats = {"Number": feats.get("Number")}  # a capital at the start: the tagger guesses a name's gender
    lemma = lexicon.title_lemma(token.text, feats)
    if lemma is None:
        return _occupation_beside_name(analysis, index, cover, lexicon)
    if lemma in lexicon.ambiguous and token.feat.get("Animacy") != "Anim":
        return False  # "модель автомобиля", "проводник тока"
    if lemma in lexicon.causes and index + 1 < len(tokens) and fold(tokens[index + 1].text) in _CAUSE_PREPOSITIONS:
        return False  # "борец с коррупцией"
    if lemma in lexicon.degrees and any(lexicon.morph.lemma(t.text) == "наука" for t in tokens[index + 1: index + 4]):
        return False  # "доктор экономических наук": a degree
    if lemma in lexicon.candidates:
        return _candidate_for(analysis, index + 1, token.sent) > index + 1  # "кандидат в президенты", not "… наук"
    if token.pos in ("ADJ", "VERB") or lexicon.morph.has_gram(token.text, "ADJF") \
            or lexicon.morph.has_gram(token.text, "PRTF"):
        return not _attributive(analysis, index, lexicon)
    return True


def _occupation_beside_name(analysis: Analysis, index: int, cover: list[Span | None], lexicon: TitleLexicon) -> bool:
    """An animate noun of a suffix of occupations in apposition to a name (``битмейкер Пётр Орлов``,
    ``Пётр Орлов, битмейкер,``): a profession even when no list has it."""
    tokens = analysis.tokens
    token = tokens[index]
    if token.pos not in ("NOUN", "PROPN") or token.feat.get("Animacy") != "Anim":
        return False
    after = index + 1
    before = index - 1
    if after < len(tokens) and tokens[after].sent == token.sent and _starts_person(cover, tokens, after):
        pass  # "битмейкер Пётр Орлов"
    elif before < 1 or tokens[before].text != "," or tokens[before].sent != token.sent:
        return False
    else:  # "Пётр Орлов, битмейкер,"
        person = cover[before - 1]
        closes = after >= len(tokens) or tokens[after].text in (",", ".", "—", "–", ")", ";")
        if person is None or person.type != PER or not closes:
            return False
    word = token.text.lower() if starts_clause(analysis, index) else token.text
    noun = token.pos == "NOUN" or word != token.text
    return noun and lexicon.occupation_lemma(word) is not None


def _starts_person(cover: list[Span | None], tokens, index: int) -> bool:
    span = cover[index]
    return span is not None and span.type == PER and span.start == tokens[index].start


def _attributive(analysis: Analysis, index: int, lexicon: TitleLexicon) -> bool:
    """An adjective before a noun it agrees with (``рабочие места``, ``управляющий директор``)."""
    tokens = analysis.tokens
    if index + 1 >= len(tokens) or tokens[index + 1].sent != tokens[index].sent:
        return False
    token, nxt = tokens[index], tokens[index + 1]
    if not (lexicon.morph.has_gram(token.text, "ADJF") or lexicon.morph.has_gram(token.text, "PRTF")):
        return False  # "экс-председатель" tagged as an adjective is still a noun
    if nxt.pos == "PROPN" and nxt.text[:1].isupper() and nxt.feat.get("Animacy") == "Anim":
        return False  # "нападающий Пётр Орлов": a name follows, the participle is a noun
    if nxt.pos in ("NOUN", "PROPN", "ADJ") and case_of(nxt) == case_of(token) and is_word(nxt):
        return True
    # the parser's word: "судебной и военной реформам" (a modifier, or one coordinated with a modifier)
    modifier = token if token.rel != "conj" or token.head is None else tokens[token.head]
    return modifier.rel == "amod" and modifier.head is not None and modifier.head > index


def grow_title(analysis: Analysis, head: int, cover: list[Span | None], lexicon: TitleLexicon) -> Title | None:
    """The title around ``head``: its modifiers on the left, its dependents on the right.

    ``None`` when the head is the end of a proper name (``Частного корреспондента``).
    """
    first, former = _grow_left(analysis, head, cover, lexicon)
    if first is None:
        return None
    tokens = analysis.tokens
    acting = any(fold(t.text) in lexicon.acting for t in tokens[first:head])
    window_start = max(0, tokens[first].start - 40)
    found = _ACTING_RE.search(analysis.text[window_start: tokens[first].start])
    if found:  # "и. о. губернатора", "исполняющего обязанности директора"
        acting = True
        while first > 0 and tokens[first - 1].start >= window_start + found.start():
            first -= 1
    last = _grow_right(analysis, head, cover, lexicon)
    return Title(start=tokens[first].start, end=tokens[last].end, head=head, first=first, last=last,
                 acting=acting, former=former)


def _grow_left(analysis: Analysis, head: int, cover, lexicon: TitleLexicon) -> tuple[int | None, bool]:
    """The first word of a title: adjectives and participles agreeing with the head, ``экс``, region adjectives."""
    tokens = analysis.tokens
    sent = tokens[head].sent
    head_lower = tokens[head].text[:1].islower()
    first = head
    former = fold(tokens[head].text).startswith(FORMER_PREFIXES)
    j = head - 1
    while j >= 0 and tokens[j].sent == sent and not analysis.line_break_between(j, j + 1):
        tok = tokens[j]
        covering = cover[j]
        region_adjective = covering is not None and covering.type == LOC and covering.start == tok.start \
            and covering.end == tok.end and tok.pos == "ADJ"
        if covering is not None and not region_adjective:
            break
        modifier = (tok.pos == "ADJ" or is_participle(tok)) and (is_word(tok) or _NUMERIC_ADJECTIVE.match(tok.text)) \
            and same_case(tok, tokens[head])
        if modifier or (region_adjective and tok.text[:1].islower()):
            if tok.text[:1].isupper() and not starts_clause(analysis, j) and head_lower:
                return None, False  # "Частного корреспондента": a title inside a name
            if lexicon.is_former(tok.text) or counts_holders(tok, tokens[head], lexicon):
                former = True
            first = j
            j -= 1
            continue
        if fold(tok.text) in lexicon.former_adverbs and j + 1 == first and lexicon.is_former(tokens[first].text):
            first = j  # "ныне покойный"
            j -= 1
            continue
        if fold(tok.text) == "и" and j - 1 >= 0 and tokens[j - 1].pos == "ADJ" and first == j + 1:
            j -= 1
            continue
        if fold(tok.text) == "экс" and j + 1 == first:
            former = True
            first = j
            j -= 1
            continue
        break
    return first, former


def counts_holders(word: Token, head: Token, lexicon: TitleLexicon) -> bool:
    """``первый президент``, ``третьего ректора``: an ordinal before an office held by one person at a time
    counts its holders; a holder named so is a former one (``первый заместитель`` is a title of its own, and
    ``первая женщина-спикер`` the first woman to hold it)."""
    return lexicon.morph.lemma(word.text) in lexicon.ordinals and lexicon.title_lemma(head.text) in lexicon.offices \
        and not fold(head.text).startswith("женщин")


def _grow_right(analysis: Analysis, head: int, cover, lexicon: TitleLexicon) -> int:
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
        k = _candidate_for(analysis, k, sent)
        last = max(last, k - 1)
    while k < len(tokens) and tokens[k].sent == sent and not analysis.line_break_between(k - 1, k):
        tok = tokens[k]
        covering = cover[k]
        if covering is not None:
            if covering.type == PER:
                break
            # an organization or a place inside the title: take it whole
            end = k
            while end + 1 < len(tokens) and cover[end + 1] is covering:
                end += 1
            last = end
            k = end + 1
            continue
        word = fold(tok.text)
        if tok.text in OPENING_QUOTES:
            close = _closing_quote(tokens, k, sent)
            if close is None:
                break
            last = close
            k = close + 1
            continue
        if tok.text == "(":
            close = _closing_paren(tokens, k, sent)
            if close is None or close - k > 6:
                break
            last = close
            k = close + 1
            continue
        if word in PREPS_ALWAYS and k + 1 < len(tokens) and tokens[k + 1].sent == sent:
            nxt = tokens[k + 1]
            if nxt.pos in ("NOUN", "ADJ", "PROPN") or cover[k + 1] is not None:
                prep_case = case_of(nxt)
                k += 1
                continue
            break
        if word in PREPS_BEFORE_NAME and _place_follows(tokens, cover, k):
            places = True
            k += 1
            continue
        if word == "и" or tok.text == ",":
            # "президента и кабмина": with no dependent yet, "и" joins another noun to the head itself
            if k + 1 < len(tokens) and last > head and _continues(
                tokens, cover, k + 1, prep_case, tok.text == ",", case_of(tokens[last]), lexicon
            ):
                k += 1
                continue
            if places and k + 1 < len(tokens) and fold(tokens[k + 1].text) in PREPS_BEFORE_NAME \
                    and _place_follows(tokens, cover, k + 1):
                k += 1  # "в Италии, во Франции, в Испании и Португалии"
                continue
            break
        if word in _PREPS_INNER and prep_case is not None and k + 1 < len(tokens) and tokens[k + 1].sent == sent:
            nxt = tokens[k + 1]
            if nxt.pos in ("NOUN", "ADJ") and case_of(nxt) not in ("Nom", None):
                prep_case = case_of(nxt)
                k += 1
                continue
            break
        if is_latin(tok) and (tok.text[:1].isupper() or tok.text.isupper()):
            last = k
            k += 1
            continue
        if tok.pos in ("NOUN", "ADJ", "PROPN") and is_word(tok):
            case = case_of(tok)
            if case == "Acc" and k == first_dependent and lexicon.morph.has_gram(tok.text, "gent"):
                case = "Gen"  # "зам. начальника": the tagger reads a genitive after a head as an accusative
            if case == "Gen" or (prep_case is not None and case == prep_case):
                if tok.text[:1].isupper() and tok.pos == "PROPN" and case != "Gen":
                    break
                if prep_case is None and _depends_elsewhere(tokens, k, head):
                    break  # "лишение депутата мандата": the genitive belongs to another phrase
                last = k
                k += 1
                continue
        if tok.text in (".",) and tokens[k - 1].text.lower() in ("им", "г", "св"):
            k += 1
            continue
        break
    return last


def _candidate_for(analysis: Analysis, k: int, sent: int) -> int:
    """After ``кандидат``: ``в президенты``, ``на пост главы`` (the index after the phrase, ``k`` if none)."""
    tokens = analysis.tokens
    if k + 1 >= len(tokens) or tokens[k + 1].sent != sent:
        return k
    word, nxt = fold(tokens[k].text), tokens[k + 1]
    if word in ("в", "во") and nxt.pos == "NOUN" and number_of(nxt) == "Plur":
        return k + 2
    if word == "на" and fold(nxt.text) in ("пост", "должность"):
        return k + 2
    return k


def _place_follows(tokens, cover, k: int) -> bool:
    """``в Грузии``, ``от ОБСЕ``, ``от штата Аризона``, ``от «Единой России»``: a preposition before a place
    or an organization."""
    for j in (k + 1, k + 2):
        if j >= len(tokens) or tokens[j].sent != tokens[k].sent:
            return False
        if cover[j] is not None and cover[j].type in (LOC, ORG):
            return True
        genitive = tokens[j].pos == "NOUN" and case_of(tokens[j]) == "Gen" and fold(tokens[k].text) == "от"
        if j == k + 1 and not (genitive or tokens[j].text in OPENING_QUOTES):
            return False
    return False


def _depends_elsewhere(tokens, k: int, head: int) -> bool:
    """A noun the parser attaches to a verb, or to a word of the same phrase before the title's head (no
    punctuation between: in a long list the parser's attachments across commas are not to be trusted)."""
    token = tokens[k]
    if token.pos not in ("NOUN", "PROPN") or token.head is None:
        return False
    if tokens[token.head].pos in ("VERB", "AUX"):
        return True
    return token.head < head and not any(t.pos == "PUNCT" for t in tokens[token.head: head])


def _continues(tokens, cover, k: int, prep_case: str | None, comma: bool, last_case: str | None,
               lexicon: TitleLexicon) -> bool:
    """Whether the word after ``и`` or a comma continues the title's phrase.

    After a comma only a list of the same oblique case goes on
    (``по промышленной политике, развитию …``; ``диверсификации, импортозамещения``);
    a title after ``и`` is one of its own (``губернатора области и мэра города``).
    """
    token, covering = tokens[k], cover[k]
    if covering is not None:
        return covering.type in (ORG, LOC) and not comma
    if token.pos not in ("NOUN", "ADJ"):
        return False
    if token.pos == "NOUN" and lexicon.title_lemma(token.text, token.feat) is not None:
        return False
    case = case_of(token)
    if comma:
        return case in ("Gen", "Dat", "Ins", "Loc") and case in (prep_case, last_case)
    return case == "Gen" or (prep_case is not None and case == prep_case)


def _closing_quote(tokens, k: int, sent: int) -> int | None:
    opener = tokens[k].text
    closer = QUOTE_PAIRS[opener]
    depth = 0
    for j in range(k + 1, min(len(tokens), k + 20)):
        if tokens[j].sent != sent:
            return None
        if tokens[j].text == opener and opener != '"':
            depth += 1
        elif tokens[j].text == closer or (closer == "”" and tokens[j].text == '"'):
            if depth == 0:
                return j
            depth -= 1
    return None


def _closing_paren(tokens, k: int, sent: int) -> int | None:
    for j in range(k + 1, min(len(tokens), k + 10)):
        if tokens[j].sent != sent:
            return None
        if tokens[j].text == ")":
            return j
    return None


def inner_title(analysis: Analysis, title: Title, lexicon: TitleLexicon) -> Title | None:
    """The title a title governs in the genitive (``помощник президента России`` → ``президента России``),
    with its own modifiers and dependents up to the title's first preposition; ``None`` if it has none."""
    tokens = analysis.tokens
    for k in range(title.head + 1, title.last + 1):
        word = fold(tokens[k].text)
        if word in PREPS_ALWAYS or word in PREPS_BEFORE_NAME:
            return None
        token = tokens[k]
        if token.pos != "NOUN" or case_of(token) not in ("Gen", "Acc") or lexicon.title_lemma(token.text) is None:
            continue
        first = k
        while first - 1 > title.head and tokens[first - 1].pos == "ADJ":
            first -= 1
        last = k
        while last + 1 <= title.last and fold(tokens[last + 1].text) not in PREPS_ALWAYS | PREPS_BEFORE_NAME \
                and tokens[last + 1].text != ",":
            last += 1
        former = any(lexicon.is_former(t.text) or counts_holders(t, token, lexicon) for t in tokens[first:k])
        return Title(tokens[first].start, tokens[last].end, k, first, last, False, former)
    return None


def trim_title(analysis: Analysis, title: Title) -> Title:
    """Drop trailing conjunctions, prepositions and punctuation from a title."""
    tokens = analysis.tokens
    last = title.last
    while last > title.head and (
        fold(tokens[last].text) in PREPS_ALWAYS | PREPS_BEFORE_NAME | {"и", ","}
        or tokens[last].text in ("«", "(", "-", "—")
    ):
        last -= 1
    if last == title.last:
        return title
    return replace(title, end=tokens[last].end, last=last)


def is_generic(analysis: Analysis, title: Title, lexicon: TitleLexicon) -> bool:
    """A title with no holder that speaks of a class of people, not of one person.

    Plurals (``эксперты``, ``представители партии``), counts (``134 журналиста``,
    ``каждый третий журналист``), quoted names of titles (``звание «Чемпион мира»``)
    and headings (a line that is only the word ``Политика``).
    """
    tokens = analysis.tokens
    head = tokens[title.head]
    if number_of(head) == "Plur":
        return True
    if line_starts(analysis.text, title.start) and line_ends(analysis.text, title.end):
        return True  # a heading: "Политика"
    before = title.first - 1
    if before < 0 or tokens[before].sent != head.sent:
        return False
    prev = tokens[before]
    if prev.pos == "NUM" or prev.text.isdigit():
        return True
    if prev.text in OPENING_QUOTES and title.last + 1 < len(tokens) and tokens[title.last + 1].text in CLOSING_QUOTES:
        return True
    for index in range(before, max(before - 3, -1), -1):  # "каждый третий заключённый журналист"
        if not is_word(tokens[index]) or tokens[index].sent != head.sent:
            break
        if lexicon.morph.lemma(tokens[index].text) in _QUANTIFIERS:
            return True
    return False
