"""The title grammar: find titles and grow them to their modifiers.

A title is built around a head from the lexicon (``директор``, ``губернатор``,
``заместитель`` …; :mod:`.heads` tells which words head one): the adjectives and participles before it (``генеральный``,
``чрезвычайный и полномочный``, ``управляющий``, ``бывший``, ``и. о.``) and its
dependents after it (:mod:`.dependents`: genitive phrases, ``по``/``при`` phrases, the
organizations, places and quoted names inside it: ``заместитель мэра Лесногорска
по транспорту``; ``заведующий кафедрой …``). :mod:`.trimming` cuts a title's edges and finds
the title it governs; :mod:`.generic` tells a title that names a class of people
(``эксперты``, ``200 волонтёров``) from one that names one holder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..morph import FORMER_PREFIXES, UD_CASE, UD_GENDER, fold
from ..ner import Analysis, Token
from ..records import LOC, ORG, Span
from .dependents import grow_right, nickname_end
from .heads import is_title_head
from .lexicon import POSTS, TitleLexicon
from .tokens import case_of, index_cover, is_participle, is_word, same_case, starts_clause

# "исполняющий полномочия главы": the powers of a post, as its duties
_ACTING_RE = re.compile(
    r"(?i)(?:\b(?:и\.\s?о\.|врио|вр\.\s?и\.\s?о\.)|\bисполняющ\w*\s+(?:обязанност|полномочи)\w*"
    r"|\bвременно\s+исполняющ\w*\s+(?:обязанност|полномочи)\w*)\s*$"
)
ACTING_OBJECTS = ("обязанност", "полномочи")  # what an acting holder does: the duties, the powers
# "исполнял обязанности министра": a verb that makes its subject the acting holder; not part of the title
_ACTING_VERB = re.compile(r"исполн(?:ял[аио]?|яет|яют|ять|яя|ит|ят|явш\w+)")
# a verb that lays a post's duties on someone: "возложено", "возложил", "возлагаются"
_LAYING_VERB = re.compile(r"возл(?:ож|аг)\w*")
# "34-летний", "5-кратный": an adjective written with digits
_NUMERIC_ADJECTIVE = re.compile(r"\d+-[а-яё]+$")


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
    spouse: str | None = None  # the gender of a spouse in the genitive that governs it ("вдовы министра": femn)
    relative: tuple[str, str | None] | None = None  # the case and gender of a relative in another case ("женой")


def find_titles(analysis: Analysis, spans: list[Span], lexicon: TitleLexicon) -> list[Title]:
    """Every title in the text (heads from the lexicon, widened to their modifiers and dependents)."""
    tokens = analysis.tokens
    cover = index_cover(analysis, [s for s in spans if not _is_title_word(analysis, s, lexicon)
                                   and not _office_of_title(analysis, s, lexicon)
                                   and not _opens_with_appointee(analysis, s, lexicon)])
    titles: list[Title] = []
    index = 0
    while index < len(tokens):
        if not is_title_head(analysis, index, cover, lexicon):
            index += 1
            continue
        title = grow_title(analysis, index, cover, lexicon)
        if title is not None and title.last == title.head and lexicon.title_lemma(tokens[index].text) in lexicon.vague \
                and not any(lexicon.is_modifier(t.text) for t in tokens[title.first: title.head]):
            title = None  # "молодой специалист": whose, it does not say ("ведущий специалист" is a grade)
        if title is not None:
            title = _mark_governed(analysis, title, lexicon)
            titles.append(title)
            index = title.last + 1
            if title.last == title.head and index < len(tokens) \
                    and (close := nickname_end(tokens, cover, index)) is not None:
                index = close + 1  # "артист «Весёлый клоун» Пётр Орлов": no title inside a nickname
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
    relative_case = case_of(tokens[before])
    # a spouse in the genitive may be the name's own ("по словам вдовы министра" + a woman's name)
    spouse = lexicon.spouse_gender(tokens[before].text) if relative_case in ("Gen", "Acc") else None
    # a relative in another case has a name that agrees with it ("с женой политика Анной"), not with the title
    case = UD_CASE.get(relative_case or "") if relative_case not in ("Gen", "Acc") else None
    relative = (case, UD_GENDER.get(tokens[before].feat.get("Gender", ""))) if case else None
    return replace(title, governed=True, spouse=spouse, relative=relative)


def _is_title_word(analysis: Analysis, span: Span, lexicon: TitleLexicon) -> bool:
    """An ORG or LOC span that is one title word (``Замглавы``, ``Мэры`` at the start of a sentence) is a title."""
    tokens = analysis.tokens_in(span.start, span.end)
    return span.type in (ORG, LOC) and len(tokens) == 1 and not tokens[0].text.isupper() and (
        lexicon.title_lemma(tokens[0].text) is not None or lexicon.occupation_lemma(tokens[0].text.lower()) is not None)


def _opens_with_appointee(analysis: Analysis, span: Span, lexicon: TitleLexicon) -> bool:
    """An ORG span opening a clause with a title word in the instrumental (``Командующим войсками … округа
    назначен X``): the predicate of an appointment, whose capital the tagger took for a name's; no name of a body
    opens with a person's title in the instrumental."""
    tokens = analysis.tokens_in(span.start, span.end)
    if span.type != ORG or len(tokens) < 2 or not starts_clause(analysis, tokens[0].index):
        return False
    first = tokens[0]
    return case_of(first) == "Ins" and first.feat.get("Animacy") == "Anim" and not first.text.isupper() \
        and lexicon.title_lemma(first.text) is not None


def _office_of_title(analysis: Analysis, span: Span, lexicon: TitleLexicon) -> bool:
    """An organization named after the post its staff serves or its holder leads (``пресс-служба президента``,
    ``Администрация губернатора``, ``Управление делами президента``, ``правительство действующего премьер-министра``:
    the ``holder_office`` group, then a post in the genitive singular past its adjectives) or
    attached to one (``Совет при Президенте``): its words leave the post to be read as a title."""
    tokens = analysis.tokens_in(span.start, span.end)
    if span.type != ORG or len(tokens) < 2:
        return False
    if lexicon.morph.lemma(tokens[0].text) not in lexicon.holder_offices:
        return _attached_to_post(tokens, lexicon)
    post = 2 if fold(tokens[1].text) == "делами" else 1
    while post < len(tokens) - 1 and (tokens[post].pos == "ADJ" or is_participle(tokens[post])):
        post += 1  # "правительство действующего премьер-министра": the post past its adjectives
    return post < len(tokens) and lexicon.morph.has_gram(tokens[post].text, "gent") \
        and tokens[post].feat.get("Number") != "Plur" and lexicon.title_lemma(tokens[post].text) in lexicon.posts


def _attached_to_post(tokens: list[Token], lexicon: TitleLexicon) -> bool:
    """A body attached to a post (``Совет при Президенте``, ``совет при главном архитекторе города``): ``при`` inside
    the name, then a title in the locative past its adjectives."""
    at = next((i for i, t in enumerate(tokens) if i > 0 and fold(t.text) == "при"), None)
    if at is None:
        return False
    k = at + 1
    while k < len(tokens) and tokens[k].pos == "ADJ":
        k += 1
    return k < len(tokens) and lexicon.morph.has_gram(tokens[k].text, "loct") \
        and lexicon.title_lemma(tokens[k].text) is not None


def grow_title(analysis: Analysis, head: int, cover: list[Span | None], lexicon: TitleLexicon) -> Title | None:
    """The title around ``head``: its modifiers on the left, its dependents on the right; ``None`` when the head
    ends a proper name (``Частного корреспондента``; not an honorary title's capital, ``Народного художника``)."""
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
    if _managing_for_now(analysis, first, head, lexicon):
        first, acting = first - 1, True  # "временно управляющий епархией": an acting manager
    last = grow_right(analysis, head, cover, lexicon)
    acting = acting or acting_verb(analysis, first, last) is not None or laying_verb(analysis, first) is not None \
        or held_for_now(analysis, first, head, lexicon)
    return Title(start=tokens[first].start, end=tokens[last].end, head=head, first=first, last=last,
                 acting=acting, former=former)


_TEMPORARILY = "временно"


def _managing_for_now(analysis: Analysis, first: int, head: int, lexicon: TitleLexicon) -> bool:
    """A head that governs the instrumental (``управляющий``, ``командующий``) right after ``временно``, which
    opens the title and makes it acting (``временно управляющий приходами``)."""
    tokens = analysis.tokens
    return first == head > 0 and fold(tokens[head - 1].text) == _TEMPORARILY \
        and tokens[head - 1].sent == tokens[head].sent and fold(tokens[head].text) in lexicon.instrumental
# verbs whose subject holds the post they govern: with "временно", for now ("будет временно занимать пост")
_HOLDING_VERBS = frozenset({"занимать", "занять", "замещать", "возглавлять", "возглавить"})
_FUTURE_AUX = frozenset({"будет", "будут", "продолжит", "продолжат", "станет", "станут"})


def acting_verb(analysis: Analysis, first: int, last: int) -> int | None:
    """The verb that makes its subject the acting holder of a title from ``first`` to ``last`` (``исполнял
    обязанности министра``, ``обязанности директора исполняет …``), not part of the title; or ``None``."""
    tokens = analysis.tokens
    if first < 1 or not is_duties_word(tokens[first - 1].text):
        return None
    if first >= 2 and is_discharging_verb(tokens[first - 2].text):
        return first - 2
    after = last + 1
    if after + 1 < len(tokens) and fold(tokens[after].text) in _FUTURE_AUX:
        after += 1  # "обязанности главы района будет исполнять …"
    if after + 1 < len(tokens) and fold(tokens[after].text) == _TEMPORARILY:
        after += 1  # "обязанности директора будет временно исполнять …"
    if after < len(tokens) and tokens[after].sent == tokens[first].sent and is_discharging_verb(tokens[after].text):
        return after
    return None


def held_for_now(analysis: Analysis, first: int, head: int, lexicon: TitleLexicon) -> bool:
    """A post that ``временно`` with a verb of holding it says is held only until another is found (``пост главы
    района будет временно занимать …``, ``должность главврача временно занял …``): its holder is an acting one. The
    verb governs the post word before the title, or the title itself, as its object (not the subject's title:
    ``управление временно возглавил заместитель начальника``)."""
    tokens = analysis.tokens
    word = tokens[first - 1] if first >= 1 and lexicon.morph.lemma(tokens[first - 1].text) in POSTS \
        else tokens[head]
    verb = word.head
    if word.rel.startswith(("nsubj", "appos")):
        return False  # "управление временно возглавил заместитель начальника": the one who holds it, by his title
    return verb is not None and lexicon.morph.lemma(tokens[verb].text) in _HOLDING_VERBS \
        and any(t.head == verb and fold(t.text) == _TEMPORARILY
                for t in tokens[max(verb - 3, 0): verb + 2] if t.sent == word.sent)


def laying_verb(analysis: Analysis, first: int) -> int | None:
    """The verb that lays the duties of a title from ``first`` on someone, who acts in it (``исполнение
    обязанностей ректора возложено на …``, ``возложил обязанности директора на …``): the word the duties, or the
    ``исполнение`` of them, hang on; or ``None``."""
    tokens = analysis.tokens
    if first < 1 or not is_duties_word(tokens[first - 1].text):
        return None
    noun = tokens[first - 2] if first >= 2 and fold(tokens[first - 2].text).startswith("исполнени") \
        else tokens[first - 1]
    verb = noun.head
    return verb if verb is not None and _LAYING_VERB.fullmatch(fold(tokens[verb].text)) else None


def is_discharging_verb(word: str) -> bool:
    """A form of ``исполнять`` whose subject is_discharging_verb a post's duties or powers (``исполняет``, ``исполнял``,
    ``исполнять``, ``исполняя``)."""
    return bool(_ACTING_VERB.fullmatch(fold(word)))


def is_duties_word(word: str) -> bool:
    """``обязанности``, ``полномочия`` (any form): what an acting holder takes on of a post."""
    return fold(word).startswith(ACTING_OBJECTS)


def _finite_verb_only(token: Token, lexicon: TitleLexicon) -> bool:
    """Whether pymorphy reads ``token`` only as a finite verb, which the tagger may still call an
    adjective at the start of a sentence (``Выступил директор завода …``)."""
    if not lexicon.morph.is_known(token.text):
        return False
    parses = lexicon.morph.parses(fold(token.text))
    return bool(parses) and all(p.tag.POS == "VERB" for p in parses)


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
        # a former word or a modifier the tagger reads as a noun is an adjective still ("о ныне покойном ректоре",
        # "управляющего директора")
        adjective = (tok.pos == "ADJ" or is_participle(tok)) and not _pronominal(tok, lexicon) \
            and not _short_form(tok, lexicon) and not _noun_only(tok, lexicon) \
            or tok.pos == "NOUN" and (lexicon.is_former(tok.text) or lexicon.is_modifier(tok.text)) \
            or tok.pos == "PROPN" and lexicon.is_honorary(tok.text)  # "Чрезвычайным и Полномочным послом"
        # "экс-главным тренером": a modifier with "экс-" before it, whatever the tagger made of the compound
        ex_modifier = j + 1 == first and fold(tok.text).startswith(FORMER_PREFIXES) and lexicon.is_modifier(tok.text)
        modifier = ex_modifier or adjective and (is_word(tok) or _NUMERIC_ADJECTIVE.match(tok.text)) \
            and (same_case(tok, tokens[head]) or _genitive_of_person(tok, tokens[head])
                 or tok.pos == "PROPN" and _adjective_agrees(tok, tokens[head], lexicon)) \
            and not _finite_verb_only(tok, lexicon)
        if modifier or (region_adjective and tok.text[:1].islower()):
            if tok.text[:1].isupper() and not starts_clause(analysis, j) and head_lower \
                    and not lexicon.is_honorary(tok.text):
                return None, False  # "Частного корреспондента": a title inside a name
            if ex_modifier or lexicon.is_former(tok.text) or counts_holders(tok, tokens[head], lexicon):
                former = True
            first = j
            j -= 1
            continue
        if fold(tok.text) in lexicon.former_adverbs and j + 1 == first and lexicon.is_former(tokens[first].text):
            first = j  # "ныне покойный"
            j -= 1
            continue
        if fold(tok.text) == "и" and j - 1 >= 0 and first == j + 1 \
                and (tokens[j - 1].pos == "ADJ" or lexicon.is_honorary(tokens[j - 1].text)):
            j -= 1
            continue
        if fold(tok.text) == "экс" and j + 1 == first:
            former = True
            first = j
            j -= 1
            continue
        break
    return first, former


def _adjective_agrees(word: Token, head: Token, lexicon: TitleLexicon) -> bool:
    """An honorary adjective the tagger took for a name (``Чрезвычайным и Полномочным послом``) agrees with the head
    when the dictionary has it as an adjective in the head's case, whatever case the tagger gave it."""
    case = UD_CASE.get(case_of(head) or "")
    return lexicon.is_honorary(word.text) and case is not None \
        and any(p.tag.POS == "ADJF" and p.tag.case == case for p in lexicon.morph.parses(fold(word.text)))


def _short_form(word: Token, lexicon: TitleLexicon) -> bool:
    """A short adjective or a predicative (``нужно президенту``, ``важно директору``): a predicate of the
    clause, never part of a title."""
    if word.feat.get("Variant") == "Short":
        return True
    parses = lexicon.morph.parses(fold(word.text))
    return bool(parses) and all(p.tag.POS in ("ADJS", "PRTS", "PRED", "ADVB") for p in parses)


def _noun_only(word: Token, lexicon: TitleLexicon) -> bool:
    """A word the tagger reads as an adjective that the dictionary knows as a noun only (``занимал кресло
    заместителя``): no modifier of the title."""
    lowered = fold(word.text)
    parses = lexicon.morph.parses(lowered)
    return lexicon.morph.is_known(lowered) and bool(parses) and all(p.tag.POS == "NOUN" for p in parses)


def _pronominal(word: Token, lexicon: TitleLexicon) -> bool:
    """A pronoun read as an adjective (``сама испанская королева``, ``наш министр``): it points at the holder and
    is no part of the title."""
    adjectives = [p for p in lexicon.morph.parses(fold(word.text)) if p.tag.POS == "ADJF"]
    return bool(adjectives) and all("Apro" in p.tag for p in adjectives)


def _genitive_of_person(word: Token, head: Token) -> bool:
    """An adjective in the genitive before an animate head the tagger reads as an accusative, or the other way
    round (``бывшего министра``): the two cases of a person are one form."""
    return {case_of(word), case_of(head)} == {"Gen", "Acc"} and head.feat.get("Animacy") == "Anim"


def counts_holders(word: Token, head: Token, lexicon: TitleLexicon) -> bool:
    """``первый президент``, ``третьего ректора``: an ordinal before an office held by one person at a time
    counts its holders; a holder named so is a former one (``первый заместитель`` is a title of its own, and
    ``первая женщина-спикер`` the first woman to hold it)."""
    return lexicon.morph.lemma(word.text) in lexicon.ordinals and lexicon.title_lemma(head.text) in lexicon.offices \
        and not fold(head.text).startswith("женщин")
