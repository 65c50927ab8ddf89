"""The phrases after an organization noun that belong to its name: genitives (``правительство
Китая``, ``министерства промышленности и торговли``), ``по`` phrases (``сборная по бобслею``), a
number (``колонии № 3``), a person who leads the body (``партии Петрова``) and, for a diplomatic
body, where it is (``посольства в Риге``); and what they tell of the body (:class:`Dependents`)."""

from __future__ import annotations

from dataclasses import dataclass

from ..ner import Analysis
from ..orgs import DIPLOMATIC_BODIES, HEAD_TITLES, OWNED_BODIES, PERSONAL_BODIES, PLACE_BODIES, OrgLexicon
from ..records import LOC, ORG, PER, Span
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


def org_dependents(analysis: Analysis, head: int, by_start: dict[int, Span], lexicon: OrgLexicon) -> Dependents:
    """How far the genitive and ``по`` phrases after an organization noun reach, whether they are
    anchored (hold a place or an organization: a LOC or ORG span, a word like ``республики``, or a
    number: ``колонии № 3``) and named (any such phrase), and who leads the body, for the bodies
    a person leads (``партии Петрова``, ``администрации президента``); a diplomatic body takes in
    the place or organization it is in or at (``представительства в Риге``, ``постпредства при ООН``)."""
    tokens = analysis.tokens
    last, anchored, named, owner, numbered, spanned = head, False, False, None, False, False
    described = in_place = peopled = False
    closed = False  # anchored, or the person who leads the body found: no more genitives of its name
    forms = lexicon.morph.forms(tokens[head].text)
    personal = bool(forms & PERSONAL_BODIES)  # a person or a head of state in the genitive makes it one
    led = personal or bool(forms & OWNED_BODIES)  # a person in the genitive leads it
    no_po = bool(forms & PLACE_BODIES)  # no ``по`` phrase names a body named by its place
    diplomatic = bool(forms & DIPLOMATIC_BODIES)  # the place it is in names it (``посольство в Риге``)
    after_po = False
    index = head + 1
    while index < len(tokens) and index - head <= _MAX_DEPENDENT_WORDS:
        token = tokens[index]
        if token.sent != tokens[head].sent:
            break
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.text in ("№", "N") and not named and following is not None and following.pos == "NUM" \
                and following.sent == token.sent:
            last, anchored, closed, named, numbered = index + 1, True, True, True, True
            index += 2
            continue
        span = by_start.get(token.start)
        if span is not None and span.type in (LOC, ORG, PER):
            inner = analysis.tokens_in(span.start, span.end)
            kind_before = span.type == LOC and index > head + 1 and lexicon.is_place_noun(tokens[index - 1].text)
            if not inner or not (genitive_token(inner[0]) or indeclinable(inner, lexicon.morph) or kind_before
                                 or personal and span.type == PER):
                # a person after a body of a person is its owner, whatever the tagger's case, and a
                # place after its kind is its name (``штата Калифорния``)
                break
            last = inner[-1].index
            anchored = anchored or span.type != PER
            closed = closed or span.type != PER or led
            spanned = spanned or span.type != PER
            in_place = in_place or span.type == LOC and described
            if span.type == PER and led and owner is None:
                owner = inner[0].index
            named = True
            index = last + 1
            continue
        located = by_start.get(following.start) if following is not None else None
        if token.text in ("в", "во", "при") and diplomatic and located is not None and located.type in (LOC, ORG) \
                and following.sent == token.sent:
            last = analysis.tokens_in(located.start, located.end)[-1].index  # ``представительства в Риге``
            anchored = closed = spanned = named = True
            index = last + 1
            continue
        case = token.feat.get("Case")
        if token.text in ("и", ",") and named and not closed:
            index += 1
            continue
        if token.text == "и" and after_po and following is not None \
                and following.feat.get("Case") == tokens[index - 1].feat.get("Case"):
            index += 1  # ``по бобслею и скелетону``
            continue
        if token.text == "по" and not after_po and not no_po:
            after_po = True
            index += 1
            continue
        if token.pos in ("NOUN", "PROPN", "ADJ") and (case == "Gen" or (after_po and case in ("Dat", "Loc"))) \
                and not lexicon.is_time_noun(token.text):
            if closed and not after_po:
                break  # a genitive after the place is not the name's (``правительству Чили подробных сведений``)
            following_span = by_start.get(following.start) if following is not None else None
            if not led and following_span is not None and following_span.type == PER:
                break  # a title before a name (``вооружённых сил генерал-лейтенанта`` + a name)
            if token.pos != "ADJ":
                last = index
                named = True
                place_noun = lexicon.is_place_noun(token.text) and token.feat.get("Number") != "Plur"
                head_title = led and bool(lexicon.morph.forms(token.text) & HEAD_TITLES)
                anchored = anchored or place_noun
                closed = closed or place_noun or head_title
                # ``штата`` + ``Калифорния``: a place named with its kind
                spanned = spanned or place_noun and following_span is not None and following_span.type == LOC
                in_place = in_place or described and place_noun and following_span is not None \
                    and following_span.type == LOC
                if head_title and owner is None:
                    owner = index
                described = described or not (place_noun or head_title or anchored)
                # people in the genitive: whose pay or attention it is (``фонд оплаты труда работников``)
                peopled = peopled or not after_po and token.feat.get("Animacy") == "Anim" and not head_title
            index += 1
            continue
        break
    return Dependents(last, named=named, anchored=anchored, spanned=spanned, numbered=numbered, owner=owner,
                      described=described, in_place=in_place, peopled=peopled)
