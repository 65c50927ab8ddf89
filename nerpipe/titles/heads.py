"""Whether a word heads a title (:func:`is_title_head`): a title noun of the lexicon that is no name, no acronym,
no relative after a possessive, no word of an idiom, and an ambiguous one only beside a name; a degree before
``наук``; an animate noun of a suffix of occupations beside a name; an adjective or participle only where it
qualifies no noun after it. Split from :mod:`.grammar`, which grows the titles these words head."""

from __future__ import annotations

from ..morph import FORMER_PREFIXES, UD_CASE, fold
from ..names.roles import is_role_noun
from ..ner import Analysis
from ..records import LOC, ORG, PER, Span
from ..text import DECLINED_POSSESSIVES, POSSESSIVES
from .ambiguous import ambiguous_lemma, beside_name, presents_show
from .dependents import candidate_for
from .lexicon import TitleLexicon
from .tokens import case_of, is_participle, is_word, starts_clause

_CAUSE_PREPOSITIONS = {"за", "с", "со", "против"}
_POSSESSIVES = POSSESSIVES | DECLINED_POSSESSIVES


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
    if not is_word(token) or not (token.pos in ("NOUN", "PROPN", "ADJ", "X") or is_participle(token)
                                  or _noun_after_preposition(tokens, index) or _noun_by_dictionary(token, lexicon)):
        return False
    if fold(token.text) in lexicon.abbreviated and index + 2 < len(tokens) and tokens[index + 1].text == ".":
        return tokens[index + 2].text[:1].islower()  # "зав. кафедрой", "зам. начальника"
    if token.text.isupper() and len(token.text) > 1:
        return False  # an acronym
    if token.text[:1].isupper() and is_role_noun(analysis, Span(token.start, token.end, PER), lexicon.morph):
        return False  # "сыграет роли Сомова, Эксперта, Профессора": characters of a play, no titles
    feats = token.feat
    if token.pos == "PROPN" and starts_clause(analysis, index):
        # a capital at the start: the tagger guesses a name's gender, and before a name its number too ("Мэры
        # Пётр Орлов и …" read as a genitive singular); its case tells a number the form cannot take ("Президенты")
        before_name = index + 1 < len(tokens) and _starts_person(cover, tokens, index + 1)
        feats = {} if before_name else {k: v for k, v in feats.items() if k in ("Number", "Case")}
    elif fold(token.text).startswith(FORMER_PREFIXES):
        feats = {}  # the tagger guesses the gender and number of a word with "экс-"
    lemma = lexicon.title_lemma(token.text, feats)
    if lemma is None:
        return ambiguous_lemma(analysis, index, cover, lexicon) is not None \
            or _occupation_beside_name(analysis, index, cover, lexicon)
    if lemma in lexicon.kin and index > 0 and (fold(tokens[index - 1].text) in _POSSESSIVES
                                               or lexicon.morph.lemma(tokens[index - 1].text) in _POSSESSIVES):
        return False  # "его папа": a relative
    if lemma in lexicon.ambiguous and not (index + 1 < len(tokens) and _starts_person(cover, tokens, index + 1)):
        # "модель автомобиля", "проводник тока"; not "Критик Пётр Орлов", "ведущем программы … Петре Орлове"
        beside = beside_name(analysis, index, cover, lexicon, lemma) or presents_show(analysis, index, lexicon)
        if beside or token.feat.get("Animacy") != "Anim":
            return beside
    if lemma in lexicon.idioms and index > 0 and fold(tokens[index - 1].text) in lexicon.idioms[lemma]:
        return False  # "во главе с партией", "стоял во главе области": a phrase, no title
    if lemma in lexicon.causes and index + 1 < len(tokens) and fold(tokens[index + 1].text) in _CAUSE_PREPOSITIONS:
        return False  # "борец с коррупцией"
    if names_degree(analysis, index, lexicon):
        return True  # "кандидат юридических наук", "доктор наук": a degree its holder bears
    if lemma in lexicon.candidates:
        return candidate_for(analysis, index + 1, token.sent) > index + 1  # "кандидат в президенты", not "… наук"
    if token.pos in ("ADJ", "VERB") or lexicon.morph.has_gram(token.text, "ADJF") \
            or lexicon.morph.has_gram(token.text, "PRTF"):
        return not _attributive(analysis, index, cover, lemma, lexicon)
    return True


def _governs_named_body(analysis: Analysis, index: int, cover: list[Span | None], lemma: str,
                        lexicon: TitleLexicon) -> bool:
    """A participle that governs the instrumental, itself in the instrumental, right before the name of a body or
    place (``назначен командующим Северным военным округом``, ``заведующим Тверским отделением``): the title,
    though the name's first adjective agrees with it in case, gender and number."""
    tokens = analysis.tokens
    after = index + 1
    if lemma not in lexicon.instrumental or case_of(tokens[index]) != "Ins" or after >= len(tokens) \
            or tokens[after].sent != tokens[index].sent:
        return False
    span = cover[after]
    if span is not None and span.type in (ORG, LOC) and span.start == tokens[after].start:
        return True
    # "командующим войсками": a noun no reading of the participle can agree with (the tagger may read a plural)
    return span is None and tokens[after].pos == "NOUN" and not _can_agree(tokens[index].text, tokens[after].text,
                                                                          lexicon)


def _can_agree(word: str, noun: str, lexicon: TitleLexicon) -> bool:
    """Whether some reading of ``word`` and some reading of ``noun`` share case and number (and gender in the
    singular): ``управляющим директором`` can, ``командующим войсками`` cannot."""
    nouns = [(p.tag.case, p.tag.number, p.tag.gender) for p in lexicon.morph.parses(fold(noun))]
    for p in lexicon.morph.parses(fold(word)):
        for case, number, gender in nouns:
            if p.tag.case == case and p.tag.number == number \
                    and (number != "sing" or p.tag.gender is None or gender is None or p.tag.gender == gender):
                return True
    return False


def names_degree(analysis: Analysis, index: int, lexicon: TitleLexicon) -> bool:
    """Whether token ``index`` is a word of the ``degree`` group before ``наук`` (``кандидат юридических наук``,
    ``доктору наук``): an academic degree, a title its holder bears (no candidacy for a post)."""
    tokens = analysis.tokens
    if lexicon.title_lemma(tokens[index].text) not in lexicon.degrees \
            and lexicon.morph.lemma(tokens[index].text) not in lexicon.degrees:
        return False
    return any(lexicon.morph.lemma(t.text) == "наука" and t.sent == tokens[index].sent
               for t in tokens[index + 1: index + 4])


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


def _attributive(analysis: Analysis, index: int, cover: list[Span | None], lemma: str, lexicon: TitleLexicon) -> bool:
    """An adjective before a noun it agrees with (``рабочие места``, ``управляющий директор``); not a participle
    governing the name of a body after it (:func:`_governs_named_body`: ``командующим Северным военным округом``)."""
    if _governs_named_body(analysis, index, cover, lemma, lexicon):
        return False
    tokens = analysis.tokens
    if index + 1 >= len(tokens) or tokens[index + 1].sent != tokens[index].sent:
        return False
    token, nxt = tokens[index], tokens[index + 1]
    if not (lexicon.morph.has_gram(token.text, "ADJF") or lexicon.morph.has_gram(token.text, "PRTF")):
        return False  # "экс-председатель" tagged as an adjective is still a noun
    if nxt.pos == "PROPN" and nxt.text[:1].isupper() and nxt.feat.get("Animacy") == "Anim":
        return False  # "нападающий Пётр Орлов": a name follows, the participle is a noun
    if governs_title(token, nxt, lexicon):
        return False  # "уполномоченного президента": the participle is the title, the noun its dependent
    if nxt.pos in ("NOUN", "PROPN", "ADJ") and case_of(nxt) == case_of(token) and is_word(nxt) \
            and _agree(token, nxt):
        # the tagger's case, if the dictionary has it: "заведующей кафедрой" is no genitive pair
        gram = UD_CASE.get(case_of(nxt) or "")
        return gram is None or not lexicon.morph.parses(fold(nxt.text)) or lexicon.morph.has_gram(nxt.text, gram)
    # the parser's word: "судебной и военной реформам" (a modifier, or one coordinated with a modifier)
    modifier = token if token.rel != "conj" or token.head is None else tokens[token.head]
    return modifier.rel == "amod" and modifier.head is not None and modifier.head > index


def _agree(word, nxt) -> bool:
    """Whether a modifier and the noun after it agree in number, and in gender in the singular, by the tagger's
    features where it gives both: ``командующим войсками``, ``заведующим кафедрой`` share a case only, the noun
    is governed (``управляющим директором`` agrees)."""
    number, other = word.feat.get("Number"), nxt.feat.get("Number")
    if number and other and number != other:
        return False
    gender, other_gender = word.feat.get("Gender"), nxt.feat.get("Gender")
    return not (number == "Sing" and gender and other_gender and gender != other_gender)


def governs_title(word, nxt, lexicon: TitleLexicon) -> bool:
    """A participle that is a title and no modifier of one (``уполномоченный``, ``заведующий``) before a title
    noun in the genitive: the title, governing the noun (``уполномоченного президента по правам ребёнка``)."""
    return lexicon.morph.has_gram(word.text, "PRTF") and not lexicon.is_modifier(word.text) \
        and nxt.pos == "NOUN" and nxt.feat.get("Case") in ("Gen", "Acc") and lexicon.morph.has_gram(nxt.text, "gent") \
        and lexicon.title_lemma(nxt.text) is not None


def _noun_after_preposition(tokens, index: int) -> bool:
    """A word the tagger reads as a preposition right after a preposition of the locative: no two prepositions
    stand so, the second is a noun in the locative (``о после Норвегии``: of ``посол``)."""
    return tokens[index].pos == "ADP" and index > 0 and tokens[index - 1].pos == "ADP" \
        and fold(tokens[index - 1].text) in _LOCATIVE_PREPOSITIONS and tokens[index - 1].sent == tokens[index].sent


_LOCATIVE_PREPOSITIONS = frozenset({"о", "об", "обо", "при"})


def _noun_by_dictionary(token, lexicon: TitleLexicon) -> bool:
    """A word in lower case the tagger reads as another part of speech that the dictionary reads only as an
    animate common noun (``прорисовщиком`` read as an adverb): a rare noun of an occupation the tagger does not
    know."""
    if not token.text[:1].islower():
        return False
    parses = lexicon.morph.parses(fold(token.text))
    return bool(parses) and all(p.tag.POS == "NOUN" and "anim" in p.tag and "Name" not in p.tag and "Surn" not in p.tag
                                for p in parses)
