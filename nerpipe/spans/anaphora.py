"""ORG spans for a common noun that refers back to the organization the document named with it
(``концерна`` after ``концерн «Вектор»``)."""

from __future__ import annotations

from ..morph import fold
from ..ner import Analysis
from ..orgs import NATIONAL_BODIES, PROCEEDING_BODIES, OrgLexicon
from ..records import LOC, ORG, PER, Span
from ..text import OPENING_QUOTES

# words that make a common noun stand for any organization of its kind, not the one named before
_GENERIC_DETERMINERS = frozenset({
    "каждый", "любой", "другой", "иной", "некоторый", "всякий", "никакой", "какой", "какой-либо",
    "какой-то", "один", "ряд", "многий", "несколько", "такой", "весь", "все",
})


def find_org_anaphora(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon) -> list[Span]:
    """ORG spans for a common noun that refers back to the one organization the document named
    with it before (``концерна`` after ``концерн «Вектор»``, ``альянса`` after ``Северный
    альянс``, ``правительство`` after ``правительство Чили``): the noun alone, singular, not
    made generic (``каждая компания``, ``две крупные компании``), no predicate in the instrumental (``станет
    компанией``) and with no name or genitive dependent of its own.
    Resolve makes it that organization; a noun two organizations of the document share stays
    as it is, and so does the noun of a body named by the person who leads it (``партии`` after
    ``партии Сомова``: the party of anyone else)."""
    tokens = analysis.tokens
    morph = lexicon.morph
    first_seen: dict[str, int] = {}
    owners: dict[str, set[str]] = {}  # a noun → the names of the organizations named with it
    covered = analysis.indices_in(spans)
    led = {s.start for s in spans if s.type == PER}  # ``партии`` + a name: one party of many the noun may mean
    for span in sorted((s for s in spans if s.type == ORG), key=lambda s: s.start):
        for token in analysis.tokens_in(span.start, span.end):
            if token.pos in ("NOUN", "PROPN") and lexicon.kind_of(token.text) not in (None, "unit"):
                following = analysis.tokens[token.index + 1] if token.index + 1 < len(analysis.tokens) else None
                if following is not None and following.start in led and following.end <= span.end:
                    break
                lemma = morph.lemma(token.text)
                first_seen.setdefault(lemma, span.end)
                name = " ".join(morph.lemma(t.text) for t in analysis.tokens_in(span.start, span.end)
                                if t.text[:1].isalnum())
                owners.setdefault(lemma, set()).add(name)
                break
        else:  # a name with no noun of its kind (``НАТО``): the nouns of its dictionary names (``альянса``)
            written = analysis.text[span.start:span.end]
            for lemma in lexicon.kind_lemmas(written):
                first_seen.setdefault(lemma, span.end)
                owners.setdefault(lemma, set()).add(lexicon.lookup(written).name)
    people = {t.start for s in spans if s.type == PER for t in analysis.tokens_in(s.start, s.end)}
    named = {t.start for s in spans if s.type in (ORG, LOC) for t in analysis.tokens_in(s.start, s.end)}
    named |= {t.start for t in tokens if t.text[:1].isupper() and t.start not in people and t.pos == "PROPN"}
    found = []
    for token in tokens:
        first_word = token.index == 0 or tokens[token.index - 1].sent != token.sent
        lemma = morph.lemma(token.text)
        if token.index in covered or not (_national_noun(token, lemma, morph) or token.pos in (
                "NOUN", "PROPN" if first_word else "NOUN") and token.feat.get("Number") != "Plur") \
                or not (token.text[:1].islower() or (first_word and not token.text.isupper())):
            continue
        if lemma in PROCEEDING_BODIES:
            continue  # ``до суда``: what the body does, not the body named before
        if lemma in NATIONAL_BODIES and lemma not in first_seen:
            pass  # the country's government or parliament, named by the noun alone
        elif lemma not in first_seen or token.start < first_seen[lemma] or len(owners[lemma]) > 8:
            continue
        if is_predicative(tokens, token, morph):
            continue  # ``станет компанией номер один``: what a body becomes, no body of its own
        after = tokens[token.index + 1] if token.index + 1 < len(tokens) else None
        if is_generic(tokens, token.index, morph) \
                or lemma not in NATIONAL_BODIES and _classified(tokens, token.index, morph):
            continue
        if after is not None and after.sent == token.sent and (
                after.text in OPENING_QUOTES or after.start in named or after.feat.get("Case") == "Gen"
                and after.pos in ("NOUN", "PROPN", "ADJ", "DET", "NUM") and after.start not in people):
            continue  # a name or a dependent of its own (``компании «Вектор»``, ``компании региона``)
        found.append(Span(token.start, token.end, ORG))
    return found


# verbs whose instrumental says what their subject is or becomes (``стала компанией``, ``является банком``)
_COPULAS = frozenset({"стать", "становиться", "являться", "явиться", "считаться", "оставаться", "остаться", "быть",
                      "называть", "назвать", "признать", "признавать", "делать", "сделать"})


def is_predicative(tokens, token, morph) -> bool:
    """Whether a noun in the instrumental hangs from a copula with no preposition of its own (``станет компанией
    номер один``): a predicate; with one (``остался с компанией``, ``был под банком``) it names a body."""
    if token.feat.get("Case") != "Ins" or token.head is None or token.head == token.index:
        return False
    if _has_preposition(tokens, token):
        return False
    return morph.lemma(tokens[token.head].text) in _COPULAS


def _has_preposition(tokens, token) -> bool:
    """Whether a preposition stands right before the noun, or hangs from it before its adjectives (its ``case``
    dependent: ``с новой компанией``)."""
    position = token.index - 1
    while position >= 0 and tokens[position].sent == token.sent and token.index - position <= _PREPOSITION_REACH:
        before = tokens[position]
        if before.pos == "ADP" and (position == token.index - 1 or before.head == token.index and before.rel == "case"):
            return True
        position -= 1
    return False


_PREPOSITION_REACH = 4  # a preposition and the noun it governs: a few adjectives between them at most


def _national_noun(token, lemma: str, morph) -> bool:
    """A country's body written in lower case that the tagger may take for a name or an adjective
    (``бундестага``, ``стортинга``): a singular noun of :data:`NATIONAL_BODIES` by the dictionary."""
    return lemma in NATIONAL_BODIES and token.text[:1].islower() and morph.has_gram(token.text, "NOUN") \
        and not (token.pos in ("NOUN", "PROPN") and token.feat.get("Number") == "Plur")


# adjectives that make a noun one more of its kind, not the one named before (``новая команда``)
_OTHER_ADJECTIVES = frozenset({"новый", "другой", "иной", "очередной"})


def _classified(tokens, index: int, morph) -> bool:
    """Whether the adjectives right before a noun make it another of its kind or rank it among its kind
    (``новая команда``, ``крупнейшей социальной сетью``): no reference back to the one named before
    (a country's new government is still its government: the caller leaves :data:`NATIONAL_BODIES` out)."""
    position = index - 1
    while position >= 0 and tokens[position].sent == tokens[index].sent and tokens[position].pos == "ADJ":
        word = tokens[position]
        if morph.lemma(word.text) in _OTHER_ADJECTIVES or word.feat.get("Degree") == "Sup" \
                or fold(word.text).startswith(("крупнейш", "наибол", "ведущ")):
            return True
        position -= 1
    return False


def is_generic(tokens, index: int, morph, determiners_only: bool = False) -> bool:
    """Whether the words before a noun make it any or many of its kind: a determiner (``каждая компания``),
    a numeral or a number (``две компании``, ``3 банка``, ``двум быстрорастущим компаниям``), or an
    adjective in the plural before a noun the numeral put in the singular (``две быстрорастущие компании``);
    with ``determiners_only``, only a determiner among its adjectives (``другие спецслужбы``)."""
    noun = tokens[index]
    position = index - 1
    while position >= 0 and tokens[position].sent == noun.sent and tokens[position].pos in ("ADJ", "DET"):
        word = tokens[position]
        if morph.lemma(word.text) in _GENERIC_DETERMINERS:
            return True
        if word.feat.get("Number") == "Plur" and noun.feat.get("Number") != "Plur" and not determiners_only:
            return True
        position -= 1
    if determiners_only:
        return False
    if position < 0 or tokens[position].sent != noun.sent:
        return False
    before = tokens[position]
    return before.pos == "NUM" or before.text.isdigit() or morph.lemma(before.text) in _GENERIC_DETERMINERS


def find_shortened_names(analysis: Analysis, spans: list[Span], morph) -> list[Span]:
    """ORG spans for an organization named again without the first of the adjectives of its name
    (``Авиационное управление`` after ``Федеральное авиационное управление``): an adjective or more and
    the noun, in any case, after the full name, where no span is."""
    tokens = analysis.tokens
    shortened: dict[tuple[str, ...], int] = {}  # the lemmas of a shortened name → where the full name ends
    for span in (s for s in spans if s.type == ORG):
        inner = analysis.tokens_in(span.start, span.end)
        head = next((i for i, t in enumerate(inner) if t.pos != "ADJ"), len(inner))
        if head < 2 or head == len(inner) or inner[head].pos not in ("NOUN", "PROPN"):
            continue
        for first in range(1, head):
            key = tuple(morph.lemma(t.text) for t in inner[first:head + 1])
            shortened[key] = min(shortened.get(key, span.end), span.end)
    if not shortened:
        return []
    covered = analysis.indices_in(spans)
    found = []
    for token in tokens:
        if token.pos != "ADJ" or token.index in covered:
            continue
        for key, end in shortened.items():
            last = token.index + len(key) - 1
            if token.start < end or last >= len(tokens) or tokens[last].sent != token.sent \
                    or any(i in covered for i in range(token.index, last + 1)) \
                    or (token.index > 0 and tokens[token.index - 1].pos == "ADJ"):
                continue
            if tuple(morph.lemma(t.text) for t in tokens[token.index:last + 1]) == key \
                    and not is_generic(tokens, token.index, morph):
                found.append(Span(token.start, tokens[last].end, ORG))
                covered.update(range(token.index, last + 1))
                break
    return found
