"""The phrases after an organization noun that belong to its name: genitives (``правительство
Китая``, ``министерства промышленности и торговли``), ``по`` phrases (``сборная по бобслею``), a
number (``колонии № 3``), a person who leads the body (``партии Петрова``) and, for a diplomatic
body, where it is (``посольства в Риге``); and what they tell of the body (:class:`Dependents`)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..morph import UD_CASE, Morph, fold, plural_noun
from ..ner import Analysis, Token
from ..orgs import (
    DIPLOMATIC_BODIES,
    OWNED_BODIES,
    PERSONAL_BODIES,
    PLACE_BODIES,
    OrgLexicon,
    is_electoral_district,
    is_head_title,
)
from ..records import LOC, ORG, PER, Span
from ..text import REASONS_AFTER_PO
from .coordination import body_or_person
from .organizations import genitive_token, indeclinable

_MAX_DEPENDENT_WORDS = 12


@dataclass(frozen=True, slots=True)
class Dependents:
    """What the phrases after an organization noun hold (see :func:`org_dependents`).

    Their reach: ``last`` (the last token of the phrases; the noun itself when there is none) and
    ``named`` (any phrase at all). Where the body is: ``anchored`` (a place, an organization or a
    number), ``spanned`` (a place or an organization the tagger found, not a word like
    ``страны``), ``numbered`` (``№ 3``). Who leads it: ``owner`` (the first token of the person or
    head of state). What it does: ``described`` (a noun of what it does or whose it is, no place:
    ``занятости``, ``по делам``), ``in_place`` (a place the tagger found after such a noun),
    ``peopled`` (people in the genitive outside a ``по`` phrase: ``работников``).
    """

    last: int
    named: bool = False
    anchored: bool = False
    spanned: bool = False
    numbered: bool = False
    owner: int | None = None
    described: bool = False
    in_place: bool = False
    peopled: bool = False

    @property
    def closed(self) -> bool:
        """Anchored, or the person who leads the body found: no more genitives belong to its name."""
        return self.anchored or self.owner is not None


@dataclass(frozen=True, slots=True)
class _Noun:
    """What an organization noun says of the phrases after it."""

    personal: bool  # a person or a head of state in the genitive makes it one (``пресс-служба губернатора``)
    led: bool  # a person in the genitive leads it (``партии Петрова``), as one of a person's bodies
    no_po: bool  # no ``по`` phrase names a body named by its place (``правительство``)
    diplomatic: bool  # the place it is in names it (``посольство в Риге``)

    @classmethod
    def of(cls, word: str, lexicon: OrgLexicon) -> _Noun:
        forms = lexicon.morph.forms(word)
        personal = bool(forms & PERSONAL_BODIES)
        return cls(personal, personal or bool(forms & OWNED_BODIES), bool(forms & PLACE_BODIES),
                   bool(forms & DIPLOMATIC_BODIES))


def org_dependents(analysis: Analysis, head: int, by_start: dict[int, Span], lexicon: OrgLexicon,
                   placed: bool = False) -> Dependents:
    """How far the genitive and ``по`` phrases after an organization noun reach, whether they are
    anchored (hold a place or an organization: a LOC or ORG span, a word like ``республики``, or a
    number: ``колонии № 3``) and named (any such phrase), and who leads the body, for the bodies
    a person leads (``партии Петрова``, ``администрации президента``); a diplomatic body takes in
    the place or organization it is in or at (``представительства в Риге``, ``постпредства при ООН``).
    A person after a body ``placed`` by its adjectives (``районной администрации``) or by its
    phrases holds the title before the body and is none of them."""
    tokens = analysis.tokens
    noun = _Noun.of(tokens[head].text, lexicon)
    found = Dependents(head)
    after_po = after_with = False
    index = head + 1
    while index < len(tokens) and index - head <= _MAX_DEPENDENT_WORDS and tokens[index].sent == tokens[head].sent:
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.text in ("№", "N") and not found.named and following is not None and following.pos == "NUM" \
                and following.sent == token.sent:
            found = replace(found, last=index + 1, anchored=True, named=True, numbered=True)
            index += 2
            continue
        span = by_start.get(token.start)
        if span is not None and span.type in (LOC, ORG, PER):
            inner = analysis.tokens_in(span.start, span.end)
            if span.type == PER and (found.closed or placed):
                break  # the holder of a title before the body (``главы администрации района`` + a name)
            if span.type == PER and tokens[index - 1].text == ",":
                break  # a person set off by a comma is the one the title before the body names
            if not (_span_dependent(analysis, head, index, span, inner, noun, lexicon)
                    or after_po and span.type == LOC and index == found.last + 2):  # ``управления по Тверской области``
                break
            found = _with_span(found, span.type, inner, noun)
            index = found.last + 1
            continue
        located = by_start.get(following.start) if following is not None else None
        if token.text in ("в", "во", "при") and noun.diplomatic and located is not None \
                and located.type in (LOC, ORG) and following.sent == token.sent:
            last = analysis.tokens_in(located.start, located.end)[-1].index  # ``представительства в Риге``
            found = replace(found, last=last, anchored=True, spanned=True, named=True)
            index = last + 1
            continue
        case = token.feat.get("Case")
        if token.text in ("и", ",") and index > head + 1 and tokens[index - 1].pos == "ADJ" and following is not None \
                and following.pos == "ADJ" and following.feat.get("Case") == tokens[index - 1].feat.get("Case") \
                and following.sent == token.sent and tokens[head].feat.get("Number") != "Plur" \
                and tokens[index - 1].text.islower() and following.text.islower():
            index += 1  # ``министерства имущественных и земельных отношений``: adjectives of one noun
            continue
        if token.text in ("и", ",") and found.named and not found.closed:
            if following is not None and _same_noun(following, tokens[head], lexicon.morph):
                break  # ``департамента связей и департамента культуры``: a second body of the same kind
            if following is not None and following.pos == "NOUN" and not after_po \
                    and body_or_person(tokens, following.index, lexicon):
                break  # ``министерства здравоохранения, мэрии и губернатора``: other bodies and people
            if tokens[head].feat.get("Number") == "Plur" and not after_po:
                break  # ``министерствам экономики и финансов``: one body of each (see :func:`shared_head_bodies`)
            index += 1
            continue
        if token.text == "и" and after_po and following is not None \
                and following.feat.get("Case") == tokens[index - 1].feat.get("Case"):
            index += 1  # ``по бобслею и скелетону``
            continue
        if token.text == "по" and following is not None and following.text.lower() in REASONS_AFTER_PO:
            break  # ``полиции Твери по собственному желанию``: why, not the body's field
        if token.text == "по" and following is not None and is_electoral_district(following.text, tokens[head].text):
            break  # ``Думу по одномандатному округу``: how a seat was won
        if token.text == "по" and not after_po and not noun.no_po:
            after_po = True
            index += 1
            continue
        if token.text in ("с", "со") and after_po and found.last == index - 1 and following is not None \
                and following.pos in ("NOUN", "ADJ") and following.feat.get("Case") == "Ins":
            after_with = True  # ``по работе с проектами``: what the ``по`` noun governs
            index += 1
            continue
        if after_po and not after_with and case == "Ins" and found.last == index - 1 and token.pos in ("NOUN", "ADJ") \
                and _governed_after(tokens, index, head):
            after_with = True  # ``по управлению государственным имуществом``: what the ``по`` noun governs
        if case is None and agrees_in_case(token, "Gen", lexicon.morph):
            case = "Gen"  # ``министерства семейно-демографической политики``
        if (token.pos in ("NOUN", "PROPN", "ADJ") or _attributive(token, following)) \
                and (case == "Gen" or (after_po and case in ("Dat", "Loc")) or (after_with and case == "Ins")) \
                and not lexicon.is_time_noun(token.text):
            if found.closed and not after_po:
                break  # a genitive after the place is not the name's (``правительству Чили подробных сведений``)
            following_span = by_start.get(following.start) if following is not None else None
            if not noun.led and following_span is not None and following_span.type == PER \
                    and lexicon.morph.has_gram(token.text, "anim"):
                break  # a title before a name (``вооружённых сил генерал-лейтенанта`` + a name)
            if token.pos in ("NOUN", "PROPN"):
                located_after = following_span is not None and following_span.type == LOC
                found = _with_noun(found, tokens, index, noun, after_po, located_after, lexicon)
            index += 1
            continue
        break
    return found


def _governed_after(tokens: list[Token], index: int, head: int) -> bool:
    """Whether the word ``index`` (or the noun it agrees with) hangs from a noun between the body's noun
    ``head`` and it: the object of the ``по`` noun, not a word of the sentence's verb."""
    governor = tokens[index].head
    if governor is not None and governor > index and tokens[index].pos == "ADJ":
        governor = tokens[governor].head
    return governor is not None and head < governor < index and tokens[governor].pos == "NOUN"


def _attributive(token: Token, following: Token | None) -> bool:
    """Whether a lower-case participle stands before a noun of its case as its attribute (``окружающей среды``):
    a word of the phrase, as an adjective is."""
    return token.pos == "VERB" and token.feat.get("VerbForm") == "Part" and token.text.islower() \
        and following is not None and following.pos == "NOUN" and following.sent == token.sent \
        and token.feat.get("Case") is not None and following.feat.get("Case") == token.feat.get("Case")


def shared_head_bodies(analysis: Analysis, head: int, last: int, morph: Morph) -> list[tuple[int, int]]:
    """The first and last token of each genitive phrase joined by ``и`` or a comma after the
    phrases of a plural body's noun ``head`` that end at ``last``: the bodies the noun names one
    of each (``министерствам экономики и финансов``, ``департаменты культуры, спорта и туризма``
    → ``финансов``; ``культуры``… ``туризма``). Empty for a singular noun."""
    tokens = analysis.tokens
    if not plural_noun(tokens[head], morph) or last == head:
        return []
    found = []
    index = last + 1
    while index + 1 < len(tokens) and tokens[index].text in ("и", ",") and tokens[index].sent == tokens[head].sent:
        first = end = index + 1
        while end < len(tokens) and tokens[end].sent == tokens[head].sent and tokens[end].pos in ("ADJ", "NOUN") \
                and _genitive(tokens[end], morph) and tokens[end].text[:1].islower():
            end += 1
        if end == first or tokens[end - 1].pos != "NOUN":
            break
        found.append((first, end - 1))
        index = end
    return found


def _same_noun(token, head, morph: Morph) -> bool:
    """Whether ``token`` is the noun ``head`` is, of one lemma (``департамента`` after ``департамент``)."""
    return token.pos in ("NOUN", "PROPN") and morph.lemma(token.text) == morph.lemma(head.text)


def _genitive(token, morph: Morph) -> bool:
    """Whether a word is in the genitive: so the tagger says, or it has no nominative reading and a genitive
    one (``связи`` the tagger may read as a locative)."""
    if token.feat.get("Case") == "Gen":
        return True
    return morph.has_gram(token.text, "gent") and token.feat.get("Case") not in ("Nom", "Acc")


def _span_dependent(analysis: Analysis, head: int, index: int, span: Span, inner: list, noun: _Noun,
                    lexicon: OrgLexicon) -> bool:
    """Whether a span the tagger found right after the noun's phrases is one of them: in the
    genitive or indeclinable, a place after its kind (``штата Калифорния``), or a person after a
    body of a person, its owner whatever the tagger's case — unless its first word has no genitive
    at all (``администрации Иван …``: the subject of the sentence, not the body's owner)."""
    kind_before = span.type == LOC and index > head + 1 and lexicon.is_place_noun(analysis.tokens[index - 1].text)
    return bool(inner) and (genitive_token(inner[0]) or indeclinable(inner, lexicon.morph) or kind_before
                            or span.type == LOC and _genitive_reading(inner[0].text, lexicon.morph)
                            or noun.personal and span.type == PER and not _no_genitive(inner[0].text, lexicon.morph))


def _genitive_reading(word: str, morph: Morph) -> bool:
    """Whether a place's first word, one the dictionary does not know, has a genitive reading the
    tagger did not take (``совета Гэмпшира``, read as the subject of the verb after it): a place
    right after a body's phrases is its place, in the genitive. A known word keeps the tagger's
    case (``совета Франция``: no genitive of the country)."""
    return not morph.is_known(word) and any(p.tag.case in ("gent", "gen2") for p in morph.parses(word))


def _no_genitive(word: str, morph: Morph) -> bool:
    """Whether every reading of a known word is in a case other than the genitive (``Иван``, not ``Ивана``
    or ``Петрова``)."""
    parses = morph.parses(word)
    return morph.is_known(word) and bool(parses) and all(p.tag.case not in (None, "gent", "gen2") for p in parses)


def _with_span(found: Dependents, kind: str, inner: list, noun: _Noun) -> Dependents:
    """``found`` with a place, an organization or a person the tagger found among the phrases."""
    placed = kind != PER
    owner = inner[0].index if kind == PER and noun.led and found.owner is None else found.owner
    return replace(found, last=inner[-1].index, named=True, anchored=found.anchored or placed,
                   spanned=found.spanned or placed, in_place=found.in_place or kind == LOC and found.described,
                   owner=owner)


def _with_noun(found: Dependents, tokens, index: int, noun: _Noun, after_po: bool, located_after: bool,
               lexicon: OrgLexicon) -> Dependents:
    """``found`` with a noun of the phrases: a place noun (``республики``, and ``штата`` before the
    place it names), the title of the one who leads the body (``администрации президента``), or what
    the body does or whose it is (``занятости``; people: ``фонд оплаты труда работников``)."""
    token = tokens[index]
    place_noun = lexicon.is_place_noun(token.text) and token.feat.get("Number") != "Plur"
    head_title = noun.led and is_head_title(tokens, index, lexicon.morph)
    anchored = found.anchored or place_noun
    return replace(
        found, last=index, named=True, anchored=anchored,
        spanned=found.spanned or place_noun and located_after,
        in_place=found.in_place or found.described and place_noun and located_after,
        owner=index if head_title and found.owner is None else found.owner,
        described=found.described or not (place_noun or head_title or anchored),
        peopled=found.peopled or not after_po and token.feat.get("Animacy") == "Anim" and not head_title,
    )


def split_shared_heads(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon) -> list[Span]:
    """``spans`` with each ORG span of a plural body's noun and its first genitive phrase that goes on,
    inside it or after it, with others joined by ``и`` or commas (``Департаменты культуры, спорта и
    туризма``, ``Министерствам экономики`` + ``, культуры и финансов``) made one span per body: the noun with
    its first phrase, then each other phrase (see :func:`shared_head_bodies`)."""
    out, pieces = [], set()
    for span in spans:
        split = _split_list(analysis, span, spans, lexicon) if span.type == ORG else [span]
        out.extend(split)
        pieces.update(split[1:])
    # a piece grown to its place holds the span of its phrase alone (``культуры`` in ``культуры Вьетнама``)
    return [s for s in out if not (s.type == ORG and s not in pieces
                                   and any(p.contains(s) and p.start == s.start and p != s for p in pieces))]


def _split_list(analysis: Analysis, span: Span, spans: list[Span], lexicon: OrgLexicon) -> list[Span]:
    tokens = analysis.tokens_in(span.start, span.end)
    head = tokens[0] if tokens else None  # a capital letter may make the tagger call the noun an adjective
    if head is None or not plural_noun(head, lexicon.morph) or lexicon.kind_of(head.text) is None:
        return [span]
    last = next((t.index - 1 for t in tokens if t.index > head.index and t.text in ("и", ",")), tokens[-1].index)
    shared = shared_head_bodies(analysis, head.index, last, lexicon.morph) if last > head.index else []
    pieces = [Span(analysis.tokens[a].start, analysis.tokens[b].end, ORG) for a, b in shared]
    inside = [piece for piece in pieces if piece.end <= span.end]
    after = [piece for piece in pieces if piece.start >= span.end]
    if inside and inside[-1].end != span.end and _place_between(analysis, inside[-1].end, span.end, spans):
        inside[-1] = pieces[len(inside) - 1] = Span(inside[-1].start, span.end, ORG)  # ``… и культуры Вьетнама``
    if not pieces or (inside and inside[-1].end != span.end) \
            or any(piece.overlaps(other) for piece in after for other in spans if other is not span):
        return [span]
    return [Span(span.start, analysis.tokens[last].end, ORG), *pieces]


def _place_between(analysis: Analysis, start: int, end: int, spans: list[Span]) -> bool:
    """Whether a place the tagger found fills ``start``..``end`` (after a space): the place that closes
    a list of bodies (``министерств туризма и культуры Вьетнама``)."""
    return any(other.type == LOC and other.end == end and not analysis.text[start:other.start].strip()
               for other in spans)


def agrees_in_case(token: Token, case: str | None, morph: Morph) -> bool:
    """Whether ``token`` is in the UD ``case``: by the tagger's feature, or, for a hyphenated adjective the tagger
    left with none (``семейно-демографической``), by a reading of its last part."""
    if case is None:
        return False
    if token.feat.get("Case") is not None or token.pos != "ADJ" or "-" not in token.text:
        return token.feat.get("Case") == case
    last = fold(token.text.rsplit("-", 1)[1])
    return last.isalpha() and any(p.tag.POS == "ADJF" and UD_CASE[case] in p.tag for p in morph.parses(last))


_STATE_NOUNS = frozenset({"страна", "государство"})  # states (``стран-членов``, ``государств-участников``)


def is_states_genitive(token: Token, morph: Morph) -> bool:
    """Whether a token is states in the plural genitive (``стран``, ``стран-членов``, ``государств``): the lemma
    of its first hyphenated part a noun of a state (not ``страниц``, ``странников``)."""
    return token.pos == "NOUN" and token.feat.get("Number") == "Plur" and token.feat.get("Case") == "Gen" \
        and morph.lemma(token.text.split("-", 1)[0].lower()) in _STATE_NOUNS


def of_countries(tokens, head: int, last: int, morph: Morph) -> bool:
    """Whether a noun of the phrases after a body's noun ``head`` up to ``last`` is states in the plural genitive
    (``ведомств стран-членов ШОС``, ``министерств иностранных дел государств``): bodies of many states, no one."""
    return any(is_states_genitive(t, morph) for t in tokens[head + 1:last + 1])
