"""Stage 7: titles (positions) and the people who hold them.

A title is built around a head from the lexicon (``директор``, ``губернатор``,
``заместитель`` …, ``resources/titles.txt``): the adjectives and participles
before it (``генеральный``, ``чрезвычайный и полномочный``, ``управляющий``,
``бывший``, ``и. о.``) and its dependents after it — genitive phrases,
``по``/``при`` phrases, the organizations, places and quoted names inside it
(``заместитель губернатора Томской области по экономике``; ``директор
департамента … Минпромторга России``; ``заведующий кафедрой …``).

A title is attached to a person when the text states it:

- before the name: ``министр промышленности и торговли РФ Степан Кузьмин``,
  also across a short phrase that continues the title (``глава делегации на
  переговорах Глеб Лаптев``);
- after it, in commas, dashes or brackets: ``Степан Кузьмин, директор по стратегии … Group,``;
- in coordinated and stacked titles: ``соучредитель АНО «…», член … Ольга
  Зайцева``; ``наблюдатель от ОБСЕ португальский парламентарий …``;
- through a predicate: ``назначен …``, ``занимающий пост …``, ``в должности …``,
  ``капитаном стал …``, ``назвал … первым вратарём``; the subject comes from
  natasha's syntax tree.

A title with no person is still a ``POSITION`` mention when it names one
holder (``вице-губернатор выделил …``, ``глава региона``). Plural titles,
counted ones and quoted ones with no person are generic (``эксперты``,
``134 журналиста``, ``звание «Чемпион мира»``) and are not mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .inflect import Word, find_head, join_words, nominative, spacing_of
from .morph import Morph, fold, oc_inflect, restore_case, tidy_spaces
from .ner import Analysis, Token
from .records import LOC, ORG, PER, POSITION, Mention, OrgEntity, PositionFact, Span

_ACTING_RE = re.compile(
    r"(?i)(?:\b(?:и\.\s?о\.|врио|вр\.\s?и\.\s?о\.)|\bисполняющ\w*\s+обязанност\w*"
    r"|\bвременно\s+исполняющ\w*\s+обязанност\w*)\s*$"
)
_FORMER_PREFIX = ("экс-", "экс‑")
_ACTING_SPELLINGS = {"врио", "и.о.", "и.о", "вр.и.о.", "вр.и.о"}
_ACTING_MARKS = _ACTING_SPELLINGS | {"и", "о", "вр", "."}  # "и. о." comes as four tokens
_PARTICLES = ("-то", "-либо", "-нибудь", "-таки")
_DASHES = {"-", "–", "—", "‒"}
_OPEN_QUOTES = {"«", "“", "„", '"'}
_CLOSE_QUOTES = {"»", "”", "“", '"'}
# verbs and participles that give a person a title: "назначен директором", "занимающий пост …"
_PREDICATES = re.compile(
    r"(?i)(назнач\w+|избран\w*|стал[аио]?|станет|стану\w*|работа\w+|занима\w+|занявш\w+|возглав\w+|"
    r"утвержд\w+|переизбран\w*|являющ\w+|является|являлс[яь]|являлас[ья]|был[аио]?|будет|служ\w+|"
    r"оста[её]тся|остал\w*|трудит\w+|трудил\w*)"
)
# words that may stand between such a predicate and the title: "назначен на пост", "в качестве"
_PREDICATE_BRIDGE = {"на", "в", "во", "качестве", "должность", "пост", "посту", "должности", "его", "ее", "её",
                     "уже", "ранее", "теперь", "сейчас", "также", "тоже", "вновь", "снова", "временно"}
_POST_WORDS = {"должность", "пост", "позиция", "место", "качество"}
# verbs and nouns that name someone to a title: "назвал Кузьмина первым вратарём", "избрание … премьером"
_NAMING = {"назвать", "называть", "назначить", "назначать", "избрать", "избирать", "переизбрать", "утвердить",
           "утверждать", "объявить", "объявлять", "признать", "признавать", "назначение", "избрание",
           "переизбрание", "утверждение"}
# words before a title that make it a count or a class, not one holder: "134 журналиста", "каждый журналист"
_QUANTIFIERS = {"каждый", "любой", "всякий", "некоторый", "многий", "иной", "весь", "оба", "обе", "несколько",
                "много", "немало", "ряд", "множество", "большинство", "число", "количество", "сотня", "десяток",
                "тысяча", "пара", "группа"}
_SUBJECT_PRONOUNS = {"он": "Masc", "она": "Fem"}
_UD_NUMBER = {"Sing": "sing", "Plur": "plur"}
_UD_GENDER = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
_OC_CASE = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
_PREPS_ALWAYS = {"по", "при"}
_PREPS_BEFORE_NAME = {"в", "во", "на", "от", "из"}
# prepositions that may continue a prepositional phrase already inside a title ("по работе с проектами")
_PREPS_INNER = {"с", "со", "в", "во", "на", "за", "для"}
_MAX_GAP = 6  # tokens between a title and the name it belongs to ("глава делегации на переговорах …")
_FEMININE = (("ница", ("ник", "")), ("есса", ("",)), ("ша", ("", "ь")), ("ка", ("",)))


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


@dataclass(frozen=True, slots=True)
class Attachment:
    title: Title
    person: Span


class TitleLexicon:
    """The title lexicon and role map (``resources/titles.txt``, ``resources/roles.csv``)."""

    def __init__(self, morph: Morph):
        # a title question is asked of every word of every document: answer each reading once
        self._lemma_of = lru_cache(maxsize=100_000)(self._find_lemma)
        self.morph = morph
        groups: dict[str, set[str]] = {}
        text = resources.files("nerpipe.resources").joinpath("titles.txt").read_text(encoding="utf-8")
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith("#") or ":" not in line:
                continue
            group, words = line.split(":", 1)
            groups.setdefault(group.strip(), set()).update(fold(w) for w in words.split())
        self.titles = frozenset(groups.get("title", ()))
        self.deputies = frozenset(groups.get("deputy", ()))
        self.units = frozenset(groups.get("unit", ()))
        self.modifiers = frozenset(groups.get("modifier", ()))
        self.former = frozenset(groups.get("former", ()))
        self.acting = frozenset(groups.get("acting", ()))
        self.instrumental = frozenset(groups.get("instrumental", ()))
        self.abbreviated = frozenset(groups.get("abbreviated", ()))
        self.indeclinable = frozenset(groups.get("indeclinable", ()))
        self.candidates = frozenset(groups.get("candidate", ()))
        self.roles: dict[str, str] = {}
        with resources.files("nerpipe.resources").joinpath("roles.csv").open(encoding="utf-8") as handle:
            next(handle)
            for line in handle:
                variant, role = line.rstrip("\n").split(",", 1)
                self.roles[fold(variant)] = role

    def title_lemma(self, word: str, feats: dict | None = None) -> str | None:
        """The lexicon lemma ``word`` is a form of, or ``None``.

        With the tagger's ``feats``, readings that contradict its number or gender are
        ignored (``политики`` in ``региональной политики`` is not a plural of ``политик``).
        Feminine forms count for their title (``шахматистка`` → ``шахматист``), and a
        hyphenated word for the title it is built on (``интернет-журналист``,
        ``проповедник-евангелист``).
        """
        folded = fold(word)
        for prefix in _FORMER_PREFIX:
            if folded.startswith(prefix) and len(folded) > len(prefix) + 2:
                folded = folded[len(prefix):]
        for particle in _PARTICLES:
            if folded.endswith(particle):
                folded = folded[: -len(particle)]
        lemma = self._lemma(folded, feats or {})
        if lemma is not None or "-" not in folded:
            return lemma
        parts = [part for part in folded.split("-") if len(part) > 2]
        number_only = {k: v for k, v in (feats or {}).items() if k == "Number"}
        for part in parts[-1:] + parts[:1]:
            lemma = self._lemma(part, number_only)
            if lemma is not None:
                return lemma
        return None

    def _lemma(self, folded: str, feats: dict) -> str | None:
        return self._lemma_of(folded, _UD_NUMBER.get(feats.get("Number", "")), _UD_GENDER.get(feats.get("Gender", "")))

    def _find_lemma(self, folded: str, number: str | None, gender: str | None) -> str | None:
        if folded in self.titles:
            return folded
        for parse in self.morph.parses(folded):
            lemma = self._parse_lemma(parse)
            if lemma is None:
                continue
            if number and parse.tag.number and parse.tag.number != number:
                continue
            if gender and number == "sing" and parse.tag.gender not in (None, gender) and "ms-f" not in parse.tag:
                continue
            return lemma
        return None

    def _parse_lemma(self, parse) -> str | None:
        """The title a pymorphy reading is a form of: a noun, its feminine, or a noun-like participle."""
        pos = parse.tag.POS
        if pos == "NOUN":
            lemma = fold(parse.normal_form)
            return lemma if lemma in self.titles else self._masculine(lemma)
        if pos in ("ADJF", "PRTF"):  # "управляющим", "заведующего", "учёного"
            form = oc_inflect(parse, {"nomn", "sing", "masc"})
            lemma = fold(form.word) if form is not None else None
            return lemma if lemma in self.titles else None
        return None

    def _masculine(self, lemma: str) -> str | None:
        """``шахматистка`` → ``шахматист``, ``помощница`` → ``помощник``, when the lexicon has it."""
        for suffix, replacements in _FEMININE:
            if lemma.endswith(suffix) and len(lemma) > len(suffix) + 3:
                for replacement in replacements:
                    candidate = lemma[: -len(suffix)] + replacement
                    if candidate in self.titles:
                        return candidate
        return None

    def is_unit(self, word: str) -> bool:
        return bool(self.morph.forms(word) & self.units)

    def is_modifier(self, word: str) -> bool:
        return bool(self.morph.forms(word) & self.modifiers)

    def is_former(self, word: str) -> bool:
        return bool(self.morph.forms(word) & self.former)

    def map_role(self, word: str) -> str:
        return self.roles.get(fold(word), word)


# -- tokens ---------------------------------------------------------------------------------------


def _case(token: Token) -> str | None:
    return token.feat.get("Case")


def _same_case(a: Token, b: Token) -> bool:
    return _case(a) is None or _case(b) is None or _case(a) == _case(b)


def _number(token: Token) -> str | None:
    return token.feat.get("Number")


def _is_word(token: Token) -> bool:
    return token.text[:1].isalpha()


def _is_latin(token: Token) -> bool:
    return token.text[:1].isascii() and token.text[:1].isalpha()


def _is_participle(token: Token) -> bool:
    """A full participle (``управляющий``); a short one (``назначена``) is a predicate."""
    return token.pos == "VERB" and token.feat.get("VerbForm") == "Part" and token.feat.get("Variant") != "Short" \
        and "Case" in token.feat


def _newline_between(analysis: Analysis, left: int, right: int) -> bool:
    """Whether a line break separates token ``left`` from token ``right``."""
    tokens = analysis.tokens
    return "\n" in analysis.text[tokens[left].end: tokens[right].start]


def _span_index(analysis: Analysis, spans: list[Span]) -> list[Span | None]:
    """For each token, the entity span that covers it (the first one listed)."""
    cover: list[Span | None] = [None] * len(analysis.tokens)
    for span in spans:
        for token in analysis.tokens_in(span.start, span.end):
            if cover[token.index] is None:
                cover[token.index] = span
    return cover


def _sentence_initial(analysis: Analysis, index: int) -> bool:
    if index == 0:
        return True
    prev = analysis.tokens[index - 1]
    return (prev.sent != analysis.tokens[index].sent or _newline_between(analysis, index - 1, index)
            or prev.text in ("«", '"', "(", "—", "–", "-", ":", "“", "„"))


# -- finding titles ------------------------------------------------------------------------------


def find_titles(analysis: Analysis, spans: list[Span], lexicon: TitleLexicon) -> list[Title]:
    """Every title in the text (heads from the lexicon, widened to their modifiers and dependents)."""
    tokens = analysis.tokens
    cover = _span_index(analysis, [s for s in spans if not _is_title_word(analysis, s, lexicon)])
    titles: list[Title] = []
    index = 0
    while index < len(tokens):
        if not is_title_head(analysis, index, cover, lexicon):
            index += 1
            continue
        title = grow_title(analysis, index, cover, lexicon)
        if title is not None:
            titles.append(title)
            index = title.last + 1
        else:
            index += 1
    return titles


def _is_title_word(analysis: Analysis, span: Span, lexicon: TitleLexicon) -> bool:
    """An ORG span that is one title word (``Замглавы`` at the start of a sentence) is a title."""
    tokens = analysis.tokens_in(span.start, span.end)
    return span.type == ORG and len(tokens) == 1 and not tokens[0].text.isupper() \
        and lexicon.title_lemma(tokens[0].text) is not None


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
    if not _is_word(token) or not (token.pos in ("NOUN", "PROPN", "ADJ", "X") or _is_participle(token)):
        return False
    if fold(token.text) in lexicon.abbreviated and index + 2 < len(tokens) and tokens[index + 1].text == ".":
        return tokens[index + 2].text[:1].islower()  # "зав. кафедрой", "зам. начальника"
    if token.text.isupper() and len(token.text) > 1:
        return False  # an acronym
    lemma = lexicon.title_lemma(token.text, token.feat)
    if lemma is None:
        return False
    if lemma in lexicon.candidates:
        return _candidate_for(analysis, index + 1, token.sent) > index + 1  # "кандидат в президенты", not "… наук"
    if token.pos in ("ADJ", "VERB") or lexicon.morph.has_gram(token.text, "ADJF") \
            or lexicon.morph.has_gram(token.text, "PRTF"):
        return not _attributive(analysis, index, lexicon)
    return True


def _attributive(analysis: Analysis, index: int, lexicon: TitleLexicon) -> bool:
    """An adjective before a noun it agrees with (``рабочие места``, ``управляющий директор``)."""
    tokens = analysis.tokens
    if index + 1 >= len(tokens) or tokens[index + 1].sent != tokens[index].sent:
        return False
    token, nxt = tokens[index], tokens[index + 1]
    if not (lexicon.morph.has_gram(token.text, "ADJF") or lexicon.morph.has_gram(token.text, "PRTF")):
        return False  # "экс-председатель" tagged as an adjective is still a noun
    if nxt.pos in ("NOUN", "PROPN", "ADJ") and _case(nxt) == _case(token) and _is_word(nxt):
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
    former = fold(tokens[head].text).startswith(_FORMER_PREFIX)
    j = head - 1
    while j >= 0 and tokens[j].sent == sent and not _newline_between(analysis, j, j + 1):
        tok = tokens[j]
        covering = cover[j]
        region_adjective = covering is not None and covering.type == LOC and covering.start == tok.start \
            and covering.end == tok.end and tok.pos == "ADJ"
        if covering is not None and not region_adjective:
            break
        modifier = (tok.pos == "ADJ" or _is_participle(tok)) and _is_word(tok) and _same_case(tok, tokens[head])
        if modifier or (region_adjective and tok.text[:1].islower()):
            if tok.text[:1].isupper() and not _sentence_initial(analysis, j) and head_lower:
                return None, False  # "Частного корреспондента": a title inside a name
            if lexicon.is_former(tok.text):
                former = True
            first = j
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
    while k < len(tokens) and tokens[k].sent == sent and not _newline_between(analysis, k - 1, k):
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
        if tok.text in ("«", "“", "„") or (tok.text == '"'):
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
        if word in _PREPS_ALWAYS and k + 1 < len(tokens) and tokens[k + 1].sent == sent:
            nxt = tokens[k + 1]
            if nxt.pos in ("NOUN", "ADJ", "PROPN") or cover[k + 1] is not None:
                prep_case = _case(nxt)
                k += 1
                continue
            break
        if word in _PREPS_BEFORE_NAME and _place_follows(tokens, cover, k):
            places = True
            k += 1
            continue
        if word == "и" or tok.text == ",":
            if k + 1 < len(tokens) and (tok.text != "," or last > head) and _continues(
                tokens, cover, k + 1, prep_case, tok.text == ",", _case(tokens[last])
            ):
                k += 1
                continue
            if places and k + 1 < len(tokens) and fold(tokens[k + 1].text) in _PREPS_BEFORE_NAME \
                    and _place_follows(tokens, cover, k + 1):
                k += 1  # "в России, на Украине, в Белоруссии и Казахстане"
                continue
            break
        if word in _PREPS_INNER and prep_case is not None and k + 1 < len(tokens) and tokens[k + 1].sent == sent:
            nxt = tokens[k + 1]
            if nxt.pos in ("NOUN", "ADJ") and _case(nxt) not in ("Nom", None):
                prep_case = _case(nxt)
                k += 1
                continue
            break
        if _is_latin(tok) and (tok.text[:1].isupper() or tok.text.isupper()):
            last = k
            k += 1
            continue
        if tok.pos in ("NOUN", "ADJ", "PROPN") and _is_word(tok):
            case = _case(tok)
            if case == "Acc" and k == first_dependent and lexicon.morph.has_gram(tok.text, "gent"):
                case = "Gen"  # "зам. начальника": the tagger reads a genitive after a head as an accusative
            if case == "Gen" or (prep_case is not None and case == prep_case):
                if tok.text[:1].isupper() and tok.pos == "PROPN" and case != "Gen":
                    break
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
    if word in ("в", "во") and nxt.pos == "NOUN" and _number(nxt) == "Plur":
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
        genitive = tokens[j].pos == "NOUN" and _case(tokens[j]) == "Gen" and fold(tokens[k].text) == "от"
        if j == k + 1 and not (genitive or tokens[j].text in _OPEN_QUOTES):
            return False
    return False


def _continues(tokens, cover, k: int, prep_case: str | None, comma: bool, last_case: str | None) -> bool:
    """Whether the word after ``и`` or a comma continues the title's phrase.

    After a comma only a list of the same oblique case goes on
    (``по промышленной политике, развитию …``; ``диверсификации, импортозамещения``).
    """
    token, covering = tokens[k], cover[k]
    if covering is not None:
        return covering.type in (ORG, LOC) and not comma
    if token.pos not in ("NOUN", "ADJ"):
        return False
    case = _case(token)
    if comma:
        return case in ("Gen", "Dat", "Ins", "Loc") and case in (prep_case, last_case)
    return case == "Gen" or (prep_case is not None and case == prep_case)


def _closing_quote(tokens, k: int, sent: int) -> int | None:
    opener = tokens[k].text
    closer = {"«": "»", "“": "”", "„": "“", '"': '"'}[opener]
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


# -- trimming ---------------------------------------------------------------------------------------


def trim_title(analysis: Analysis, title: Title) -> Title:
    """Drop trailing conjunctions, prepositions and punctuation from a title."""
    tokens = analysis.tokens
    last = title.last
    while last > title.head and (
        fold(tokens[last].text) in _PREPS_ALWAYS | _PREPS_BEFORE_NAME | {"и", ","}
        or tokens[last].text in ("«", "(", "-", "—")
    ):
        last -= 1
    if last == title.last:
        return title
    return Title(title.start, tokens[last].end, title.head, title.first, last, title.acting, title.former)


# -- attaching people ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _People:
    """The PER spans of a document, indexed by their first and last tokens."""

    spans: tuple[Span, ...]
    by_first: dict[int, Span]
    by_last: dict[int, Span]
    of_token: dict[int, Span]


def _index_people(analysis: Analysis, persons: list[Span]) -> _People:
    by_first, by_last, of_token = {}, {}, {}
    for person in sorted(persons, key=lambda s: s.start):
        tokens = analysis.tokens_in(person.start, person.end)
        if not tokens:
            continue
        by_first.setdefault(tokens[0].index, person)
        by_last.setdefault(tokens[-1].index, person)
        for token in tokens:
            of_token.setdefault(token.index, person)
    return _People(tuple(sorted(persons, key=lambda s: s.start)), by_first, by_last, of_token)


def attach_titles(
    analysis: Analysis, titles: list[Title], spans: list[Span], persons: list[Span], morph: Morph
) -> list[Attachment]:
    """Link titles to the people the text gives them to (``spans``: every entity span, for the gaps)."""
    people = _index_people(analysis, persons)
    cover = _span_index(analysis, spans)
    in_title = {i for t in titles for i in range(t.first, t.last + 1)}
    out: dict[int, Span] = {}  # title index -> person
    for index, title in enumerate(titles):
        person = person_after(analysis, title, people, in_title, cover)
        if person is not None:
            out[index] = person
    _share_forward(analysis, titles, out, in_title)
    titled = set(out.values())
    for index, title in enumerate(titles):
        if index in out:
            continue
        person = person_before(analysis, title, people)
        # in a list "title Name, title Name, …" a title after a titled name opens the next item
        if person is not None and (person not in titled or _closes_apposition(analysis.text, title)):
            out[index] = person
    _share_backward(analysis, titles, out)
    holders = {titles[i].first: p for i, p in out.items()}
    for index, title in enumerate(titles):
        if index in out:
            continue
        person = predicate_person(analysis, title, people, holders, morph)
        if person is not None:
            out[index] = person
    return [Attachment(titles[i], p) for i, p in sorted(out.items())]


def person_after(analysis: Analysis, title: Title, people: _People, in_title: set[int], cover) -> Span | None:
    """The name right after a title, or after a short phrase that still belongs to it.

    ``министр … РФ Степан Кузьмин``; ``глава делегации на переговорах Глеб Лаптев``.
    The name must agree with the title: ``представителями Кузьмина`` names whom they
    represent, not who they are.
    """
    tokens = analysis.tokens
    k = title.last + 1
    gap = 0
    while k < len(tokens) and gap <= _MAX_GAP and not _newline_between(analysis, k - 1, k):
        person = people.by_first.get(k)
        if person is not None:  # razdel may end a sentence at an initial: "центра О. Зайцева"
            if not _agrees(_case_word(analysis, title), tokens[k], gap) or _governed(analysis, person):
                return None
            if _number(tokens[title.head]) == "Plur" and not _starts_list(analysis, person, people):
                return None  # "сотрудники госпиталя принцессы Анны": a plural title needs several names
            return person
        if tokens[k].sent != tokens[title.last].sent or k in in_title or not _in_gap(tokens, k):
            return None
        covering = cover[k]
        if covering is not None and covering.type in (ORG, LOC):
            while k + 1 < len(tokens) and cover[k + 1] is covering:
                k += 1  # an organization or a place counts as one word
        k += 1
        gap += 1
    return None


def _governed(analysis: Analysis, person: Span) -> bool:
    """A name the title goes on after (``Помощник Ольги Зайцевой по европейским делам``) is its dependent."""
    after = bisect_left(analysis.token_starts, person.end)
    return after < len(analysis.tokens) and fold(analysis.tokens[after].text) in _PREPS_ALWAYS


def _starts_list(analysis: Analysis, person: Span, people: _People) -> bool:
    """``Name и Name``, ``Name, Name``: a name that opens a list of names."""
    tokens = analysis.tokens
    last = analysis.tokens_in(person.start, person.end)[-1].index
    return last + 2 < len(tokens) and tokens[last + 1].text in (",", "и") and last + 2 in people.by_first


def _in_gap(tokens, k: int) -> bool:
    """Words that may separate a title from its holder's name: a short noun or prepositional phrase."""
    token = tokens[k]
    if token.text in ("(", ")") or token.text in _OPEN_QUOTES | _CLOSE_QUOTES:
        return True
    if token.pos == "ADP":
        return True
    if token.pos == "ADV":
        return k + 1 < len(tokens) and tokens[k + 1].pos == "ADJ"
    return token.pos in ("NOUN", "ADJ", "PROPN", "NUM") and (_is_word(token) or token.text.isdigit())


def _case_word(analysis: Analysis, title: Title) -> Token:
    """The word that carries a title's case: its head, or the participle of ``исполняющий обязанности …``."""
    first = analysis.tokens[title.first]
    if title.acting and _case(first) is not None:
        return first
    return analysis.tokens[title.head]


def _agrees(head: Token, name: Token, gap: int) -> bool:
    """Whether a name can hold a title it stands beside.

    The two agree in case (the genitive and the accusative of people are one form);
    right after the title a name the parser takes for its genitive dependent
    (``представителями Кузьмина``) names whom the title serves, not who holds it.
    Next to each other, the tagger's case of a name is not trusted otherwise.
    """
    head_case, name_case = _case(head), _case(name)
    if head_case is None or name_case is None or head_case == name_case:
        return True
    if {head_case, name_case} <= {"Gen", "Acc"}:
        return True
    if gap:
        return False
    return not (name_case == "Gen" and name.rel == "nmod" and name.head == head.index)


def person_before(analysis: Analysis, title: Title, people: _People) -> Span | None:
    """``Name, title``, ``Name — title``, ``Name (title``, ``Name, один из titles``.

    Also a signature: a line with a name and a title, or a title on the line under a name.
    """
    tokens = analysis.tokens
    j = title.first - 1
    one_of = j >= 1 and fold(tokens[j].text) == "из" and fold(tokens[j - 1].text).startswith("одн")
    if one_of:
        j -= 2  # "Степан Кузьмин, одному из президентов группы …"
    elif _number(tokens[title.head]) == "Plur":
        return None  # "…, уличные художники": a plural is not one person's title
    if j < 1:
        return None
    if tokens[j].text in (",", "(") or tokens[j].text in _DASHES:
        end = _before_brackets(tokens, j - 1)
        person = people.by_last.get(end)
        if person is None or tokens[end].sent != tokens[title.first].sent:
            return None
        name = tokens[people_first_token(analysis, person)]
        # "Вместо Степана Кузьмина, капитаном стал …": an apposition agrees with its name
        return person if one_of or _agrees(_case_word(analysis, title), name, 1) else None
    person = people.by_last.get(j)
    if person is not None and _line_starts(analysis.text, person.start) and _line_ends(analysis.text, title.end):
        return person  # a signature: "Степан Кузьмин Президент Федерации", or the title on the next line
    return None


def _before_brackets(tokens, k: int) -> int:
    """The token before a bracket that ends at ``k`` (``Степан Кузьмин (Stepan Kuzmin),``), else ``k``."""
    if k < 0 or tokens[k].text != ")":
        return k
    for j in range(k - 1, max(k - 10, -1), -1):
        if tokens[j].text == "(":
            return j - 1
    return k


def _line_starts(text: str, offset: int) -> bool:
    before = text[:offset].rstrip(" \t\u00a0")
    return not before or before.endswith("\n")


def _line_ends(text: str, offset: int) -> bool:
    rest = text[offset:].lstrip(" \t\u00a0.")
    return not rest or rest.startswith("\n")


def _closes_apposition(text: str, title: Title) -> bool:
    """An apposition title ends at a comma, a dash, a bracket, a full stop or the end of a line."""
    rest = text[title.end: title.end + 3].lstrip(" \t\u00a0")
    return not rest or rest[0] in ",.;:—–-()»\n!?"


def _between(analysis: Analysis, a: Title, b: Title) -> str:
    return " ".join(analysis.text[a.end:b.start].split())


def _alike(analysis: Analysis, a: Title, b: Title) -> bool:
    """Coordinated titles agree in number and case (``писатель и журналист``)."""
    head_a, head_b = analysis.tokens[a.head], analysis.tokens[b.head]
    na, nb = _number(head_a), _number(head_b)
    return (na is None or nb is None or na == nb) and _same_case(head_a, head_b)


def _share_forward(analysis: Analysis, titles: list[Title], out: dict[int, Span], in_title: set[int]) -> None:
    """``title1, title2 Name`` and ``title1 title2 Name``: the first title goes to the name after the second."""
    for index in range(len(titles) - 2, -1, -1):
        a, b = titles[index], titles[index + 1]
        if index in out or index + 1 not in out or out[index + 1].start < b.end:
            continue
        if analysis.tokens[a.head].sent != analysis.tokens[b.head].sent or "\n" in analysis.text[a.end:b.start]:
            continue
        between = _between(analysis, a, b)
        stacked = not between or _gap_is_phrase(analysis, a, b)
        if (between in (",", "и", ", а также", "а также") or stacked) and _alike(analysis, a, b):
            out[index] = out[index + 1]


def _gap_is_phrase(analysis: Analysis, a: Title, b: Title) -> bool:
    """A short prepositional phrase between two titles: ``глава представительства в регионе помощник …``."""
    gap = range(a.last + 1, b.first)
    return 0 < len(gap) <= 3 and analysis.tokens[a.last + 1].pos == "ADP" and all(
        _in_gap(analysis.tokens, k) for k in gap)


def _share_backward(analysis: Analysis, titles: list[Title], out: dict[int, Span]) -> None:
    """``Name, title1 и title2,``: the second title goes to the name before the first."""
    for index in range(len(titles) - 1):
        a, b = titles[index], titles[index + 1]
        if index not in out or index + 1 in out or out[index].end > a.start:
            continue
        if _between(analysis, a, b) in (",", "и", ", а также", "а также") and _closes_apposition(analysis.text, b) \
                and _alike(analysis, a, b):
            out[index + 1] = out[index]


def predicate_person(
    analysis: Analysis, title: Title, people: _People, holders: dict[int, Span], morph: Morph
) -> Span | None:
    """The holder a predicate gives a title to.

    ``капитаном стал Кузьмин`` (also ``премьером станет глава партии … Зайцева``);
    ``Кузьмин назначен министром``, ``Зайцева, занимающая пост директора``, ``… в
    должности …``, ``Кан будет запасным вратарём`` (the subject of the predicate,
    from the syntax tree); ``назвал Кузьмина первым вратарём``.
    ``holders`` maps the first token of each attached title to its person.
    """
    tokens = analysis.tokens
    head = tokens[title.head]
    if _case(head) == "Ins":
        k = title.last + 1
        if k + 1 < len(tokens) and tokens[k].sent == head.sent and _PREDICATES.fullmatch(fold(tokens[k].text)):
            person = people.by_first.get(k + 1) or holders.get(k + 1)
            if person is not None:
                return person
    trigger = _trigger_before(analysis, title, morph)
    if trigger is not None:
        person = _subject_of(analysis, trigger, people)
        if person is not None:
            return person
    person = _subject_of(analysis, title.head, people, climb=False)  # "Кан будет вратарём": the copula's subject
    if person is not None and person.end <= title.start and trigger is not None:
        return person
    if _case(head) == "Ins":
        person = people.by_last.get(title.first - 1)
        if person is not None:
            before = people_first_token(analysis, person) - 1
            if before >= 0 and morph.lemma(tokens[before].text) in _NAMING:
                return person
    return None


def people_first_token(analysis: Analysis, person: Span) -> int:
    return analysis.tokens_in(person.start, person.end)[0].index


def _trigger_before(analysis: Analysis, title: Title, morph: Morph) -> int | None:
    """The predicate a few words before a title (``назначен``, ``занимающий пост``, ``с поста``), if any."""
    tokens = analysis.tokens
    sent = tokens[title.first].sent
    j = title.first - 1
    steps = 0
    while j >= 0 and tokens[j].sent == sent and steps < 4:
        word = fold(tokens[j].text)
        if _PREDICATES.fullmatch(word) or morph.lemma(word) in _POST_WORDS:
            return j
        if word not in _PREDICATE_BRIDGE:
            return None
        j -= 1
        steps += 1
    return None


def _subject_of(analysis: Analysis, word: int, people: _People, climb: bool = True) -> Span | None:
    """The person a predicate speaks of.

    The subject of the word or of the verbs above it (``согласился занять пост``,
    ``уходит …, но остаётся …``), the name a participle or a relative clause
    qualifies (``Зайцева, занимающая пост``; ``Зайцева, которая является``), or the
    antecedent of ``он``/``она``.
    """
    tokens = analysis.tokens
    current = word
    for _ in range(4 if climb else 1):
        subject = _nsubj(analysis, current, people)
        if subject is not None:
            if subject in people.of_token:
                return people.of_token[subject]
            lemma = fold(tokens[subject].text)
            if lemma in ("который", "которая"):
                return _qualified_person(analysis, current, people)
            if lemma in _SUBJECT_PRONOUNS:
                return _antecedent(analysis, subject, people, _SUBJECT_PRONOUNS[lemma])
            return None
        person = _qualified_person(analysis, current, people)
        if person is not None:
            return person
        parent = tokens[current].head
        if parent is None or not tokens[current].rel.startswith(("xcomp", "conj", "obl", "nmod", "obj", "advcl")):
            return None
        current = parent
    return None


def _nsubj(analysis: Analysis, index: int, people: _People) -> int | None:
    """The nominal subject of token ``index`` (a name first, when the parser gives two)."""
    sent = analysis.tokens[index].sent
    subjects = [t.index for t in analysis.tokens
                if t.sent == sent and t.head == index and t.rel.startswith("nsubj")]
    named = [k for k in subjects if k in people.of_token]
    return (named or subjects or [None])[0]


def _qualified_person(analysis: Analysis, verb: int, people: _People) -> Span | None:
    """``Зайцева, занимающая пост …``, ``Зайцева, которая является …``: the name a clause qualifies."""
    tokens = analysis.tokens
    head = tokens[verb].head
    if tokens[verb].rel.startswith(("acl", "amod", "appos")) and head is not None and head in people.of_token:
        return people.of_token[head]
    return None


def _antecedent(analysis: Analysis, pronoun: int, people: _People, gender: str) -> Span | None:
    """``он``/``она``: the last person named before, in the same or the previous sentence, of that gender."""
    tokens = analysis.tokens
    sent = tokens[pronoun].sent
    for person in reversed(people.spans):
        first = people_first_token(analysis, person)
        if first >= pronoun:
            continue
        if tokens[first].sent < sent - 1:
            return None
        if tokens[first].feat.get("Gender") in (None, gender):
            return person
        return None
    return None


# -- which titles are mentions -------------------------------------------------------------------------


def is_generic(analysis: Analysis, title: Title, lexicon: TitleLexicon) -> bool:
    """A title with no holder that speaks of a class of people, not of one person.

    Plurals (``эксперты``, ``представители партии``), counts (``134 журналиста``,
    ``каждый третий журналист``), quoted names of titles (``звание «Чемпион мира»``)
    and headings (a line that is only the word ``Политика``).
    """
    tokens = analysis.tokens
    head = tokens[title.head]
    if _number(head) == "Plur":
        return True
    if _line_starts(analysis.text, title.start) and _line_ends(analysis.text, title.end):
        return True  # a heading: "Политика"
    before = title.first - 1
    if before < 0 or tokens[before].sent != head.sent:
        return False
    prev = tokens[before]
    if prev.pos == "NUM" or prev.text.isdigit():
        return True
    if prev.text in _OPEN_QUOTES and title.last + 1 < len(tokens) and tokens[title.last + 1].text in _CLOSE_QUOTES:
        return True
    for index in range(before, max(before - 3, -1), -1):  # "каждый третий заключённый журналист"
        if not _is_word(tokens[index]) or tokens[index].sent != head.sent:
            break
        if lexicon.morph.lemma(tokens[index].text) in _QUANTIFIERS:
            return True
    return False


# -- normalizing ----------------------------------------------------------------------------------


def normalize_title(analysis: Analysis, title: Title, lexicon: TitleLexicon) -> str:
    """The full title in the nominative singular, dependents in their case."""
    words = [t.word() for t in analysis.tokens[title.first: title.last + 1]]
    normal = nominative_title(words, lexicon)
    first = words[0].text
    if first[:1].isupper() and not (len(first) > 1 and first[1:2].isupper()):
        normal = normal[:1].lower() + normal[1:]
    return normal


def nominative_title(words: list[Word], lexicon: TitleLexicon) -> str:
    """A title phrase in the nominative singular: ``заместителем министра обороны`` → ``заместитель министра обороны``.

    On top of :func:`nerpipe.inflect.nominative`: the head is read as the title
    it is (``политику`` → ``политик``, not ``политика``); compounds of ``зам``
    with a genitive do not decline (``замминистра``); both halves of a spaced
    dash are titles (``президента - демократа`` → ``президент - демократ``); and
    the writer's ``е`` is kept where the dictionary has ``ё`` (``актера`` → ``актер``).
    """
    parts: list[list[Word]] = [[]]
    dashes: list[str] = []
    depth = 0  # inside quotes a dash belongs to a name: «Агентство … - центр …»
    for index, word in enumerate(words):
        if word.text in ("«", "“", "„"):
            depth += 1
        elif word.text in ("»", "”"):
            depth = max(0, depth - 1)
        spaced = 0 < index < len(words) - 1 and word.start > words[index - 1].end \
            and words[index + 1].start > word.end
        if word.text in _DASHES and spaced and not depth:
            parts.append([])
            dashes.append(word.text)
        else:
            parts[-1].append(word)
    normals = [_nominative_part(part, lexicon) for part in parts if part]
    out = normals[0]
    for dash, normal in zip(dashes, normals[1:]):
        out = f"{out} {dash} {normal}"
    if not any("ё" in w.text.lower() for w in words):
        out = out.replace("ё", "е").replace("Ё", "Е")
    return out


def _nominative_part(words: list[Word], lexicon: TitleLexicon) -> str:
    morph = lexicon.morph
    acting = _acting_prefix(words)
    if acting:
        return _nominative_acting(words, acting, morph)
    head = find_head(words, morph)
    if head is None:
        return nominative(words, morph, number="sing", animate=True)
    word = words[head]
    if fold(word.text) in lexicon.indeclinable:
        # "бывшим замминистра": the adjectives agree with "заместитель", the compound stays as it is
        stand_in = morph.inflect("заместитель", {_OC_CASE.get(word.feat.get("Case", ""), "nomn"), "sing"},
                                 prefer={"POS": "NOUN"}) or "заместитель"
        replaced = list(words)
        replaced[head] = Word(word.start, word.end, stand_in, "NOUN", word.feats)
        normal = nominative(replaced, morph, number="sing", animate=True)
        return _put_back(normal, replaced, head, word.text)
    reading = _title_reading(word, lexicon)
    if reading is not None:
        words = list(words)
        words[head] = reading
    return nominative(words, morph, number="sing", animate=True)


def _acting_prefix(words: list[Word]) -> int:
    """How many words open a title with ``врио``, ``и. о.`` or ``(временно) исполняющего обязанности``."""
    folded = [fold(w.text) for w in words]
    count = 0
    while count < len(folded) and folded[count] in _ACTING_MARKS:
        count += 1
    if "".join(folded[:count]) in _ACTING_SPELLINGS:
        return count
    index = 1 if folded[:1] == ["временно"] else 0
    if index < len(folded) - 1 and folded[index].startswith("исполняющ") and folded[index + 1].startswith("обязанност"):
        return index + 2
    return 0


def _nominative_acting(words: list[Word], prefix: int, morph: Morph) -> str:
    """``исполняющего обязанности губернатора`` → ``исполняющий обязанности губернатора``: the rest is governed."""
    texts = [w.text for w in words]
    for index in range(prefix):
        word = words[index]
        if fold(word.text).startswith("исполняющ"):
            gender = "femn" if word.feat.get("Gender") == "Fem" else "masc"
            inflected = morph.inflect(word.text, {"nomn", "sing", gender}, prefer={"POS": "PRTF"})
            if inflected:
                texts[index] = restore_case(inflected, word.text)
    return join_words(texts, spacing_of(words))


def _put_back(normal: str, words: list[Word], head: int, original: str) -> str:
    """Replace the stand-in head of a normalized phrase by the original word."""
    tokens = normal.split(" ")
    position = sum(1 for w, nxt in zip(words[:head], words[1: head + 1]) if nxt.start > w.end)
    if position < len(tokens):
        tokens[position] = original
    return " ".join(tokens)


def _title_reading(word: Word, lexicon: TitleLexicon) -> Word | None:
    """The head with the tagger's gender and animacy of its title reading (``политику`` as ``политик``)."""
    lemma = lexicon.title_lemma(word.text)
    if lemma is None:
        return None
    for parse in lexicon.morph.parses(fold(word.text)):
        if parse.tag.POS == "NOUN" and fold(parse.normal_form) == lemma:
            feats = dict(word.feats)
            gender = {v: k for k, v in _UD_GENDER.items()}.get(parse.tag.gender)
            if gender:
                feats["Gender"] = gender
            feats["Animacy"] = "Anim"
            return Word(word.start, word.end, word.text, word.pos, tuple(sorted(feats.items())))
    return None


def title_role(analysis: Analysis, title: Title, lexicon: TitleLexicon) -> str:
    """The canonical role: modifiers and head, with the title or unit a deputy or a manager heads.

    ``заместителем губернатора Томской области по экономике`` → ``заместитель губернатора``;
    ``генерального директора АО «…»`` → ``генеральный директор``;
    ``вице-губернатор`` → ``заместитель губернатора``; ``зав. кафедрой`` → ``заведующий кафедрой``.
    """
    morph = lexicon.morph
    tokens = analysis.tokens
    head = tokens[title.head]
    head_lemma = lexicon.title_lemma(head.text) or fold(head.text)
    mods = []
    for tok in tokens[title.first: title.head]:
        if tok.pos == "ADJ" and lexicon.is_modifier(tok.text) and not lexicon.is_former(tok.text):
            mods.append(tok)
    words = [t.word() for t in mods] + [head.word()]
    phrase = nominative(words, morph, number="sing", animate=True).lower() if mods else head_lemma
    if mods:
        parts = phrase.split()
        parts[-1] = head_lemma
        phrase = " ".join(parts)
    role_words = phrase.split()
    role_words[-1] = lexicon.map_role(role_words[-1])
    role = " ".join(role_words)
    # what the head governs: "заместитель губернатора", "директор департамента", "заведующий кафедрой"
    k = title.head + 1
    if k <= title.last and tokens[k].text == "." and fold(head.text) in lexicon.abbreviated:
        k += 1
    extra = []
    while (k <= title.last and tokens[k].pos == "ADJ" and _case(tokens[k]) == "Gen"
           and lexicon.is_modifier(tokens[k].text)):
        extra.append(fold(tokens[k].text))
        k += 1
    instrumental = head_lemma in lexicon.instrumental or role.split()[-1] in lexicon.instrumental
    case = _case(tokens[k]) if k <= title.last else None
    if case == "Acc" and morph.has_gram(tokens[k].text, "gent"):
        case = "Gen"  # the tagger's accusative for a genitive right after the head
    if k <= title.last and tokens[k].pos == "NOUN" and (case == "Gen" or instrumental and case == "Ins"):
        dependent = tokens[k]
        dep_lemma = lexicon.title_lemma(dependent.text)
        is_deputy = head_lemma in lexicon.deputies or role.split()[-1] in lexicon.deputies or role.startswith(
            ("заместитель", "помощник", "советник", "исполняющий", "временно")
        )
        if dep_lemma is not None and is_deputy:
            role = f"{role} {' '.join(extra + [fold(dependent.text)])}"
        elif case == "Ins" or (lexicon.is_unit(dependent.text) and not is_deputy
                                            and head_lemma not in lexicon.units):
            role = f"{role} {fold(dependent.text)}"
    if title.acting and not role.startswith(("исполняющий", "временно")):
        role = f"исполняющий обязанности {_genitive_role(role, morph)}"
    return role


def _genitive_role(role: str, morph: Morph) -> str:
    """``губернатор`` → ``губернатора``; only the first noun phrase is put in the genitive."""
    words = role.split()
    out = []
    done = False
    for word in words:
        if done:
            out.append(word)
            continue
        is_adj = morph.has_gram(word, "ADJF")
        inflected = morph.inflect(word, {"gent", "sing"}, prefer={"POS": "ADJF" if is_adj else "NOUN", "case": "nomn"})
        out.append(inflected or word)
        if not is_adj:
            done = True
    return " ".join(out)


# -- assembling rows ----------------------------------------------------------------------------------

_GENERIC_REGION = {"регион", "область", "республика", "край", "субъект", "округ"}
_MINISTER = {"министр", "замминистра"}

@dataclass(frozen=True, slots=True)
class TitleFacts:
    """What the positions stage adds to a document."""

    mentions: list  # POSITION mentions
    facts: list  # PositionFact rows
    derived_orgs: dict  # org_id -> OrgEntity for ministries named only through a minister's title


@dataclass(frozen=True, slots=True)
class TitleInfo:
    """What a title says: its normal form, role, organization and region."""

    position: str
    role: str
    org_id: str | None
    region_code: str | None
    ministry: OrgEntity | None  # a ministry named only through a minister's title
    bare: bool  # the title has no dependents ("министр", "вице-губернатор")


def build_positions(analysis: Analysis, spans: list[Span], resolved, models) -> TitleFacts:
    """POSITION mentions and ``positions`` rows of one document.

    One row per fact: a person stated twice with the same role at the same
    organization and region keeps the first statement.
    """
    lexicon = models.titles
    text = analysis.text
    titles = [trim_title(analysis, t) for t in find_titles(analysis, spans, lexicon)]
    persons = [s for s in spans if s.type == PER and s in resolved.entity_of]
    person_of = {a.title: a.person for a in attach_titles(analysis, titles, spans, persons, lexicon.morph)}
    mentions = []
    infos: dict[Title, TitleInfo] = {}
    for title in titles:
        if title not in person_of and is_generic(analysis, title, lexicon):
            continue
        info = describe_title(analysis, title, spans, resolved, models)
        infos[title] = info
        mentions.append(Mention(title.start, title.end, POSITION, text[title.start:title.end], info.position, None))
    for title, info in infos.items():
        if title not in person_of:
            person = antecedent_holder(analysis, title, info, person_of, infos, persons, resolved)
            if person is not None:
                person_of[title] = person
    facts: list[PositionFact] = []
    derived: dict = {}
    for title, info in infos.items():
        person = person_of.get(title)
        if person is None:
            continue
        fact = PositionFact(
            person_id=resolved.entity_of[person], position=info.position, role=info.role, org_id=info.org_id,
            region_code=info.region_code, start=title.start, end=title.end, person_start=person.start,
            person_end=person.end, acting=title.acting, former=title.former,
        )
        if not any(restates(fact, info.bare, earlier) for earlier in facts):
            facts.append(fact)
            if info.ministry is not None and info.ministry.org_id not in resolved.orgs:
                derived[info.ministry.org_id] = info.ministry
    return TitleFacts(mentions, facts, derived)


def restates(fact: PositionFact, bare: bool, earlier: PositionFact) -> bool:
    """Whether ``fact`` says nothing that ``earlier`` did not.

    The same person and role, no organization or region that ``earlier`` lacks,
    and a title that is the earlier one, its beginning or the bare role
    (``министр связи … РФ Степан Кузьмин`` … ``министр``; ``заместитель губернатора
    … по экономике`` … ``вице-губернатор``). ``глава региона`` … ``глава Республики Коми``
    names the region and stays.
    """
    return (fact.person_id == earlier.person_id and fact.role == earlier.role
            and fact.acting == earlier.acting and fact.former == earlier.former
            and fact.org_id in (None, earlier.org_id) and fact.region_code in (None, earlier.region_code)
            and (bare or fact.position == earlier.position or earlier.position.startswith(fact.position + " ")))


def describe_title(analysis: Analysis, title: Title, spans: list[Span], resolved, models) -> TitleInfo:
    """The normal form, role, organization and region of a title."""
    from .resolve import org_id_for

    lexicon = models.titles
    position = normalize_title(analysis, title, lexicon)
    role = title_role(analysis, title, lexicon)
    inner = [s for s in spans if title.start <= s.start and s.end <= title.end and s.type in (ORG, LOC)]
    org_id = None
    org_region = None
    ministry = None
    orgs = [s for s in inner if s.type == ORG and s in resolved.entity_of]
    boundary = _attached_boundary(analysis, title, "при")
    if boundary is not None:
        # "совет при Правительстве": the body a title's unit is attached to is not its organization
        orgs = [s for s in orgs if s.end <= boundary]
        inner = [s for s in inner if s.end <= boundary]
    boundary = _attached_boundary(analysis, title, "от")
    if boundary is not None and any(s.end <= boundary for s in orgs):
        # "депутат Госдумы от «Единой России»": the party is who sent him, the Duma is where he sits
        orgs = [s for s in orgs if s.end <= boundary]
    region = _title_region(analysis, title, inner, resolved, models)
    if orgs:
        outer = max(orgs, key=lambda s: (s.end, -(s.end - s.start)))
        org_id = resolved.entity_of[outer]
        org = resolved.orgs.get(org_id)
        org_region = org.region_code if org else None
    else:
        found = _ministry_of(analysis, title, lexicon, models)
        if found is not None:
            name, abbr = found
            org_id = org_id_for(name)
            ministry = OrgEntity(org_id, name, abbr, (), region, 0)
    bare = title.last == title.head or (title.last == title.head + 1 and analysis.tokens[title.last].text == ".")
    return TitleInfo(position, role, org_id, region or org_region, ministry, bare)


def antecedent_holder(
    analysis: Analysis, title: Title, info: TitleInfo, person_of: dict, infos: dict, persons: list[Span], resolved
) -> Span | None:
    """The person a title with no name refers back to (``… Глеб Лаптев. Как было объявлено, президент
    Польши прибыл …``).

    The last person named before the title, in the sentence before or, when the
    title is a subject, in its own sentence; the text must give that person the
    same role elsewhere, with no other organization or region, and the title must
    not be coordinated with another.
    """
    tokens = analysis.tokens
    sent = tokens[title.first].sent
    before = [p for p in persons if p.end <= title.start]
    if not before or (title.first > 0 and fold(tokens[title.first - 1].text) == "и"):
        return None  # "… Кузьминым и тренером сборной …": a coordinated title names someone else
    last = max(before, key=lambda p: p.end)
    first_token = analysis.tokens_in(last.start, last.end)[0]
    if first_token.sent < sent - 1:
        return None
    if first_token.sent == sent and not tokens[title.head].rel.startswith("nsubj"):
        return None  # "Кузьмин … встретился с министром финансов": in the holder's sentence only as a subject
    holder = resolved.entity_of[last]
    for other, person in person_of.items():
        other_info = infos.get(other)
        if other_info is not None and resolved.entity_of[person] == holder and other_info.role == info.role \
                and info.org_id in (None, other_info.org_id) and info.region_code in (None, other_info.region_code):
            return last
    return None


def _attached_boundary(analysis: Analysis, title: Title, preposition: str) -> int | None:
    """Offset of the first ``при`` (or another preposition) in a title, if any."""
    for token in analysis.tokens[title.head + 1: title.last + 1]:
        if fold(token.text) == preposition:
            return token.start
    return None


def _title_region(analysis: Analysis, title: Title, inner: list[Span], resolved, models) -> str | None:
    for span in inner:
        if span.type == LOC:
            place = resolved.place_of.get(span)
            if place is not None and place.region_code:
                return place.region_code
    for token in analysis.tokens[title.first: title.last + 1]:
        if token.pos == "ADJ":
            code = models.gazetteer.region_of_adjective(token.text)
            if code:
                return code
    for token in analysis.tokens[title.head + 1: title.last + 1]:
        if token.feat.get("Case") == "Gen" and models.morph.forms(token.text) & _GENERIC_REGION:
            return resolved.main_region
    return None


def _ministry_of(analysis: Analysis, title: Title, lexicon: TitleLexicon, models) -> tuple[str, str | None] | None:
    """``министр промышленности и торговли РФ`` → the ministry (from the dictionary when it is there)."""
    tokens = analysis.tokens
    minister = None
    for index in (title.head, title.head + 1):
        if index <= title.last and lexicon.title_lemma(tokens[index].text) in _MINISTER:
            minister = index
            break
    if minister is None or title.last <= minister:
        return None
    complement = analysis.text[tokens[minister + 1].start: tokens[title.last].end]
    name = "Министерство " + tidy_spaces(complement)
    ref = models.orgs.lookup(name)
    if ref is not None:
        return ref.name, ref.abbr
    return name, None
