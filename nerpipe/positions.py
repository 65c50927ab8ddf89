"""Stage 4: titles (positions) and the people who hold them.

A title is built around a head from the lexicon (``директор``, ``губернатор``,
``заместитель`` …, ``resources/titles.txt``): the adjectives before it
(``генеральный``, ``чрезвычайный и полномочный``, ``бывший``, ``и. о.``) and
its dependents after it — genitive phrases, ``по``/``при`` phrases, the
organizations, places and quoted names inside it (``заместитель губернатора
Томской области по экономике``; ``директор департамента … Минпромторга России``).

A title is attached to a person when the text states it:

- before the name: ``министр промышленности и торговли РФ Денис Мантуров``;
- after it, in commas or dashes: ``Андрей Безруков, директор по … GS Group,``;
- in coordinated titles: ``соучредитель АНО «…», член … Василий Буров``;
- through a predicate: ``назначен …``, ``занимающий пост …``, ``в должности …``.

A title with no name nearby is still a ``POSITION`` mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from .inflect import nominative
from .morph import Morph, fold
from .ner import Analysis, Token
from .records import LOC, ORG, PER, Span

_ACTING_RE = re.compile(
    r"(?i)(?:\b(?:и\.\s?о\.|врио|вр\.\s?и\.\s?о\.)|\bисполняющ\w*\s+обязанност\w*"
    r"|\bвременно\s+исполняющ\w*\s+обязанност\w*)\s*$"
)
_FORMER_PREFIX = ("экс-", "экс‑")
_DASHES = {"-", "–", "—", "‒"}
_PREDICATES = re.compile(
    r"(?i)(назнач\w+|избран\w*|стал[аи]?|станет|работа\w+|занима\w+|занявш\w+|возглав\w+|"
    r"утвержд\w+|переизбран\w*|являющ\w+|является|был[аи]?|служ\w+)"
)
_UD_NUMBER = {"Sing": "sing", "Plur": "plur"}
_UD_GENDER = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
_POST_WORDS = {"должность", "пост", "позиция", "место", "качество"}
_PREPS_ALWAYS = {"по", "при"}
_PREPS_BEFORE_NAME = {"в", "во", "на", "от", "из"}
# prepositions that may continue a prepositional phrase already inside a title ("по работе с проектами")
_PREPS_INNER = {"с", "со", "в", "во", "на", "за", "для"}


@dataclass(frozen=True, slots=True)
class Title:
    """A title found in the text, before attachment."""

    start: int
    stop: int
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
        """
        folded = fold(word)
        for prefix in _FORMER_PREFIX:
            if folded.startswith(prefix) and len(folded) > len(prefix) + 2:
                folded = folded[len(prefix):]
        if folded in self.titles:
            return folded
        number = _UD_NUMBER.get((feats or {}).get("Number", ""))
        gender = _UD_GENDER.get((feats or {}).get("Gender", ""))
        for parse in self.morph.parses(folded):
            if parse.tag.POS != "NOUN":
                continue
            lemma = fold(parse.normal_form)
            if lemma not in self.titles:
                continue
            if number and parse.tag.number and parse.tag.number != number:
                continue
            if gender and number == "sing" and parse.tag.gender not in (None, gender) and "ms-f" not in parse.tag:
                continue
            return lemma
        return None

    def is_unit(self, word: str) -> bool:
        return bool(self.morph.forms(word) & self.units)

    def is_modifier(self, word: str) -> bool:
        return bool(self.morph.forms(word) & self.modifiers)

    def map_role(self, word: str) -> str:
        return self.roles.get(fold(word), word)


# -- finding titles ------------------------------------------------------------------------------


def _case(token: Token) -> str | None:
    return token.feat.get("Case")


def _is_word(token: Token) -> bool:
    return token.text[:1].isalpha()


def _is_latin(token: Token) -> bool:
    return token.text[:1].isascii() and token.text[:1].isalpha()


def _span_index(analysis: Analysis, spans: list[Span]) -> list[Span | None]:
    """For each token, the entity span that covers it."""
    cover: list[Span | None] = [None] * len(analysis.tokens)
    for span in spans:
        for token in analysis.tokens_in(span.start, span.stop):
            cover[token.index] = span
    return cover


def find_titles(analysis: Analysis, spans: list[Span], lexicon: TitleLexicon) -> list[Title]:
    """Every title in the text (heads from the lexicon, widened to their modifiers and dependents)."""
    tokens = analysis.tokens
    cover = _span_index(analysis, spans)
    titles: list[Title] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        covering = cover[index]
        if (
            covering is not None and covering.type in (PER, ORG)
        ) or not _is_word(token) or token.pos not in ("NOUN", "PROPN", "ADJ", "X"):
            index += 1
            continue
        if token.text[:1].isupper() and not _sentence_initial(analysis, index):
            index += 1
            continue
        lemma = lexicon.title_lemma(token.text, token.feat)
        if lemma is None or (token.pos == "ADJ" and _attributive(tokens, index)):
            index += 1
            continue
        title = _grow_title(analysis, index, cover, lexicon)
        if title is not None:
            titles.append(title)
            index = title.last + 1
        else:
            index += 1
    return titles


def _attributive(tokens, index: int) -> bool:
    """An adjective before a noun it agrees with (``рабочие места``) is not a title."""
    if index + 1 >= len(tokens):
        return False
    nxt = tokens[index + 1]
    return nxt.pos in ("NOUN", "PROPN", "ADJ") and nxt.feat.get("Case") == tokens[index].feat.get("Case")


def _sentence_initial(analysis: Analysis, index: int) -> bool:
    if index == 0:
        return True
    prev = analysis.tokens[index - 1]
    return prev.sent != analysis.tokens[index].sent or prev.text in ("«", '"', "(", "—", "–", "-", ":", "“", "„")


def _grow_title(analysis: Analysis, head: int, cover, lexicon: TitleLexicon) -> Title | None:
    tokens = analysis.tokens
    text = analysis.text
    sent = tokens[head].sent
    # left: modifiers agreeing with the head
    first = head
    former = fold(tokens[head].text).startswith(_FORMER_PREFIX)
    j = head - 1
    while j >= 0 and tokens[j].sent == sent and cover[j] is None:
        tok = tokens[j]
        if tok.pos == "ADJ" and _is_word(tok) and (not tok.text[:1].isupper() or _sentence_initial(analysis, j)):
            if lexicon.morph.forms(tok.text) & lexicon.former:
                former = True
            first = j
            j -= 1
            continue
        if fold(tok.text) == "и" and j - 1 >= 0 and tokens[j - 1].pos == "ADJ" and first == j + 1:
            j -= 1
            continue
        if fold(tok.text) in ("экс",) and j + 1 == first:
            former = True
            first = j
            j -= 1
            continue
        break
    acting = bool(_ACTING_RE.search(text[max(0, tokens[first].start - 40): tokens[first].start]))
    if acting:
        found = _ACTING_RE.search(text[max(0, tokens[first].start - 40): tokens[first].start])
        start_offset = max(0, tokens[first].start - 40) + found.start()
        while first > 0 and tokens[first - 1].start >= start_offset:
            first -= 1
    # right: dependents
    last = head
    k = head + 1
    prep_case = None  # the case a prepositional phrase governs, while inside one
    while k < len(tokens) and tokens[k].sent == sent:
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
        if word in _PREPS_BEFORE_NAME and k + 1 < len(tokens) and cover[k + 1] is not None and cover[k + 1].type in (
            LOC, ORG
        ):
            k += 1
            continue
        if word == "и" or tok.text == ",":
            if k + 1 < len(tokens) and _continues(
                tokens[k + 1], cover[k + 1], prep_case, tok.text == ",", _case(tokens[last])
            ):
                k += 1
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
            if case == "Gen" or (prep_case is not None and case == prep_case):
                if tok.text[:1].isupper() and tok.pos == "PROPN" and case != "Gen":
                    break
                last = k
                k += 1
                continue
            if prep_case is not None and case in ("Gen",):
                last = k
                k += 1
                continue
        if tok.text in (".",) and tokens[k - 1].text.lower() in ("им", "г", "св"):
            k += 1
            continue
        break
    start = tokens[first].start
    stop = tokens[last].stop
    return Title(start=start, stop=stop, head=head, first=first, last=last, acting=acting, former=former)


def _continues(
    token: Token, covering: Span | None, prep_case: str | None, comma: bool, last_case: str | None
) -> bool:
    """Whether the word after ``и`` or a comma continues the title's phrase.

    After a comma only a list of the same oblique case goes on
    (``по промышленной политике, развитию …``; ``диверсификации, импортозамещения``).
    """
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
    return Title(title.start, tokens[last].stop, title.head, title.first, last, title.acting, title.former)


# -- attaching people ---------------------------------------------------------------------------------


def attach_titles(analysis: Analysis, titles: list[Title], persons: list[Span]) -> list[Attachment]:
    """Link titles to the people the text gives them to."""
    text = analysis.text
    persons = sorted(persons, key=lambda s: s.start)
    starts = {p.start: p for p in persons}
    out: dict[int, Span] = {}  # title index -> person

    def person_after(title: Title) -> Span | None:
        gap_end = title.stop
        while gap_end < len(text) and text[gap_end] in " \t\u00a0":
            gap_end += 1
        return starts.get(gap_end)

    def person_before(title: Title) -> Span | None:
        before = text[: title.start].rstrip(" \t\u00a0")
        if not before or before[-1] not in ",—–-(":
            return None
        before = before[:-1].rstrip(" \t\u00a0")
        for person in persons:
            if person.stop == len(before):
                return person
        return None

    for index, title in enumerate(titles):
        person = person_after(title)
        if person is not None:
            out[index] = person
    titled = set(out.values())
    for index, title in enumerate(titles):
        if index in out:
            continue
        person = person_before(title)
        # in a list "title Name, title Name, …" a title after a titled name opens the next item
        if person is not None and person not in titled and _closes_apposition(text, title):
            out[index] = person
    # coordinated titles share the person: "title1, title2 Name" and "Name, title1, title2"
    changed = True
    while changed:
        changed = False
        for index in range(len(titles) - 1):
            a, b = titles[index], titles[index + 1]
            between = text[a.stop:b.start].strip()
            if between not in (",", "и", ", а также", "а также"):
                continue
            if index not in out and index + 1 in out and out[index + 1].start >= b.stop:
                out[index] = out[index + 1]
                changed = True
            elif index in out and index + 1 not in out and out[index].stop <= a.start and _closes_apposition(text, b):
                out[index + 1] = out[index]
                changed = True
    for index, title in enumerate(titles):
        if index in out:
            continue
        person = _predicate_person(analysis, title, persons)
        if person is not None:
            out[index] = person
    return [Attachment(titles[i], p) for i, p in sorted(out.items())]


def _closes_apposition(text: str, title: Title) -> bool:
    """An apposition title ends at a comma, a dash, a bracket, a full stop or the end of a line."""
    rest = text[title.stop: title.stop + 3].lstrip(" \t\u00a0")
    return not rest or rest[0] in ",.;:—–-)»\n!?"


def _predicate_person(analysis: Analysis, title: Title, persons: list[Span]) -> Span | None:
    """``Иванов назначен министром``, ``Петрова, занимающая пост директора``, ``в должности …``."""
    tokens = analysis.tokens
    sent = tokens[title.first].sent
    j = title.first - 1
    steps = 0
    trigger = None
    while j >= 0 and tokens[j].sent == sent and steps < 4:
        word = fold(tokens[j].text)
        if _PREDICATES.fullmatch(word) or word in _POST_WORDS:
            trigger = j
            break
        if word not in ("на", "в", "во", "качестве", "должность", "пост", "посту", "должности", "его", "ее", "её"):
            return None
        j -= 1
        steps += 1
    if trigger is None:
        return None
    limit = tokens[trigger].start
    sent_start = analysis.sentences[sent][0]
    candidates = [p for p in persons if sent_start <= p.start and p.stop <= limit]
    if not candidates:
        return None
    return candidates[-1]


# -- normalizing ----------------------------------------------------------------------------------


def normalize_title(analysis: Analysis, title: Title, morph: Morph) -> str:
    """The full title in the nominative singular, dependents in their case."""
    words = [t.word() for t in analysis.tokens[title.first: title.last + 1]]
    normal = nominative(words, morph, number="sing", animate=True)
    first = words[0].text
    if first[:1].isupper() and not (len(first) > 1 and first[1:2].isupper()):
        normal = normal[:1].lower() + normal[1:]
    return normal


def title_role(analysis: Analysis, title: Title, lexicon: TitleLexicon) -> str:
    """The canonical role: modifiers and head, with the title or unit a deputy or a manager heads.

    ``заместителем губернатора Томской области по экономике`` → ``заместитель губернатора``;
    ``генерального директора АО «…»`` → ``генеральный директор``;
    ``вице-губернатор`` → ``заместитель губернатора``.
    """
    morph = lexicon.morph
    tokens = analysis.tokens
    head = tokens[title.head]
    head_lemma = lexicon.title_lemma(head.text) or fold(head.text)
    mods = []
    for tok in tokens[title.first: title.head]:
        if tok.pos == "ADJ" and lexicon.is_modifier(tok.text) and not (morph.forms(tok.text) & lexicon.former):
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
    # what the head governs: "заместитель губернатора", "директор департамента"
    k = title.head + 1
    extra = []
    while (k <= title.last and tokens[k].pos == "ADJ" and _case(tokens[k]) == "Gen"
           and lexicon.is_modifier(tokens[k].text)):
        extra.append(fold(tokens[k].text))
        k += 1
    if k <= title.last and _case(tokens[k]) == "Gen" and tokens[k].pos == "NOUN":
        dependent = tokens[k]
        dep_lemma = lexicon.title_lemma(dependent.text)
        is_deputy = head_lemma in lexicon.deputies or role.split()[-1] in lexicon.deputies or role.startswith(
            ("заместитель", "помощник", "советник", "исполняющий", "временно")
        )
        if dep_lemma is not None and is_deputy:
            role = f"{role} {' '.join(extra + [fold(dependent.text)])}"
        elif lexicon.is_unit(dependent.text) and not is_deputy and head_lemma not in lexicon.units:
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


def build_positions(analysis: Analysis, spans: list[Span], resolved, models) -> TitleFacts:
    from .records import POSITION, Mention, OrgEntity, PositionFact
    from .resolve import org_id_for

    lexicon = models.titles
    morph = models.morph
    text = analysis.text
    titles = [trim_title(analysis, t) for t in find_titles(analysis, spans, lexicon)]
    persons = [s for s in spans if s.type == PER and s in resolved.entity_of]
    attachments = attach_titles(analysis, titles, persons)
    person_of = {a.title: a.person for a in attachments}
    mentions = []
    facts = []
    derived: dict = {}
    for title in titles:
        position = normalize_title(analysis, title, morph)
        mentions.append(Mention(title.start, title.stop, POSITION, text[title.start:title.stop], position, None))
        person = person_of.get(title)
        if person is None:
            continue
        role = title_role(analysis, title, lexicon)
        inner = [s for s in spans if title.start <= s.start and s.stop <= title.stop and s.type in (ORG, LOC)]
        org_id = None
        org_region = None
        orgs = [s for s in inner if s.type == ORG and s in resolved.entity_of]
        boundary = _attached_boundary(analysis, title)
        if boundary is not None:
            # "совет при Правительстве": the body a title's unit is attached to is not its organization
            orgs = [s for s in orgs if s.stop <= boundary]
            inner = [s for s in inner if s.stop <= boundary]
        if orgs:
            outer = max(orgs, key=lambda s: (s.stop, -(s.stop - s.start)))
            org_id = resolved.entity_of[outer]
            org = resolved.orgs.get(org_id)
            org_region = org.region_code if org else None
        else:
            ministry = _ministry_of(analysis, title, lexicon, models)
            if ministry is not None:
                name, abbr = ministry
                org_id = org_id_for(name)
                if org_id not in resolved.orgs:
                    region = _title_region(analysis, title, inner, resolved, models)
                    derived[org_id] = OrgEntity(org_id, name, abbr, (), region, 0)
        region = _title_region(analysis, title, inner, resolved, models) or org_region
        facts.append(
            PositionFact(
                person_id=resolved.entity_of[person],
                position=position,
                role=role,
                org_id=org_id,
                region_code=region,
                start=title.start,
                end=title.stop,
                person_start=person.start,
                person_end=person.stop,
                acting=title.acting,
                former=title.former,
            )
        )
    return TitleFacts(mentions, facts, derived)


def _attached_boundary(analysis: Analysis, title: Title) -> int | None:
    """Offset of the first ``при`` in a title, if any."""
    for token in analysis.tokens[title.head + 1: title.last + 1]:
        if fold(token.text) == "при":
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
    complement = analysis.text[tokens[minister + 1].start: tokens[title.last].stop]
    name = "Министерство " + " ".join(complement.split())
    ref = models.orgs.lookup(name)
    if ref is not None:
        return ref.name, ref.abbr
    return name, None
