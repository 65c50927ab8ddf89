"""A minister's title Russia's state gives in a text about a region's government (``Премьер-министр России …
назначил X заместителем министра транспорта``, ``Указом Президента России X назначена …``): of Russia's ministry,
not of the region's the text is about."""

from __future__ import annotations

from ...ner import Analysis, Token
from ...places import RUSSIA
from ...records import LOC, ORG, Span
from ...resolve import Resolved
from ..appointees import GIVING_POSTS
from ..grammar import Title
from ..lexicon import TitleLexicon

_GOVERNMENT = "правительство"
_HUNG = ("obj", "obl", "xcomp", "iobj")  # how a title hangs on the verb that gives it: "назначил … министром"
_DEPTH = 4  # heads from a state's title up to the verb ("Указом Президента России … назначена": two)


def _appointing_verb(analysis: Analysis, title: Title, lexicon: TitleLexicon) -> Token | None:
    """The verb of appointing or dismissing (:data:`.appointees.GIVING_POSTS`: the one who does so is whose the
    post is) a title hangs on as its object or complement, past a conjunct
    (``назначил X министром, а Y — заместителем``); ``None`` for a title any other word governs."""
    tokens = analysis.tokens
    token = tokens[title.head]
    if token.rel == "conj" and token.head is not None:
        token = tokens[token.head]
    if token.head is None or not token.rel.startswith(_HUNG):
        return None
    verb = tokens[token.head]
    return verb if verb.pos == "VERB" and verb.sent == token.sent and lexicon.morph.lemma(verb.text) in GIVING_POSTS \
        else None


def _of_state(token: Token, lexicon: TitleLexicon) -> bool:
    """A state's title (``президент``, ``премьер-министр``) or ``правительство``."""
    return lexicon.head_lemma(token.text) in lexicon.national or lexicon.morph.lemma(token.text) == _GOVERNMENT


def _under(tokens: tuple[Token, ...], k: int, verb: Token) -> bool:
    """Whether token ``k`` hangs on ``verb``, directly or through a few heads (its subject, ``указом
    президента``)."""
    for _ in range(_DEPTH):
        head = tokens[k].head
        if head is None:
            return False
        if head == verb.index:
            return True
        k = head
    return False


def federal_title(analysis: Analysis, title: Title, spans: list[Span], resolved: Resolved,
                  lexicon: TitleLexicon) -> bool:
    """Whether a title hangs on a verb of appointing or dismissing whose subject or agent before it is a state's
    title or a government with Russia's name right after it (``Премьер-министр России … назначил X заместителем
    министра``, ``Правительство РФ утвердило …``): Russia's appointment, not the region's. A national title of
    Russia that only speaks of a minister (``Президент России поздравил министра здравоохранения X``) says
    nothing of whose the minister is. The spans are looked at only for such a verb and such a title."""
    tokens = analysis.tokens
    verb = _appointing_verb(analysis, title, lexicon)
    if verb is None:
        return False
    candidates = []
    k = title.first - 1
    while k >= 0 and tokens[k].sent == verb.sent:  # the words of the sentence before the title
        if _of_state(tokens[k], lexicon) and _under(tokens, k, verb):
            candidates.append(k)
        k -= 1
    if not candidates:
        return False
    starts = {tokens[k + 1].start for k in candidates}
    return any(span.type == LOC and span.start in starts and (place := resolved.place_of.get(span)) is not None
               and place.category == "country" and place.country_code == RUSSIA for span in spans)


_FEDERAL_GOVERNMENT = "Правительство Российской Федерации"
_IN = frozenset({"в", "во"})


def after_federal_government(analysis: Analysis, title: Title, spans: list[Span], resolved: Resolved) -> bool:
    """Whether the title's sentence names Russia's government before it as where someone works, and no body of a
    region between them (``работала в аппарате правительства России, а затем перешла в правительство, где занимала пост
    замминистра``): the minister's title of that government, not of the region's the text is about."""
    sent = analysis.tokens[title.head].sent
    last = None
    for span in sorted(spans, key=lambda s: s.start):
        words = analysis.tokens_in(span.start, span.end)
        if span.type != ORG or span.end > title.start or not words or words[0].sent != sent:
            continue
        org = resolved.orgs.get(resolved.entity_of.get(span))
        if org is not None and (org.region_code is not None
                                or org.name == _FEDERAL_GOVERNMENT and _worked_in(analysis, words)):
            last = org
    return last is not None and last.region_code is None


def _worked_in(analysis: Analysis, words: list[Token]) -> bool:
    """Whether a body's mention is where someone is (``в правительстве России``, ``в аппарате правительства
    России``), not a subject that only speaks of a minister (``Правительство России обсудило доклад министра``)."""
    tokens = analysis.tokens
    inside = {t.index for t in words}
    root = next((t for t in words if t.head is None or t.head not in inside), words[0])
    nodes = [root] + ([tokens[root.head]] if root.head is not None and root.rel == "nmod" else [])
    return any(t.head in {n.index for n in nodes} and t.rel == "case" and t.text.lower() in _IN
               for t in tokens if t.sent == root.sent)
