"""Names that go on past ``и``: a name joined to a name after ``имени``, the fields of a ``по`` phrase,
genitive dependents joined to the one that ends a name, and a ministry's remits listed with commas (see
:mod:`nerpipe.spans.growth`)."""

from __future__ import annotations

from ..ner import Analysis, Token
from ..orgs import OrgLexicon


def coordinated_name(analysis: Analysis, index: int, attached: set[int]) -> int | None:
    """``имени Орлова и Котова``: a name joined by ``и`` to a name of the name (the same case,
    capitalised, its head a word of the name)."""
    tokens = analysis.tokens
    if index + 1 >= len(tokens):
        return None
    left, right = tokens[index - 1], tokens[index + 1]
    if right.sent != left.sent or not right.text[:1].isupper() or not left.text[:1].isupper() \
            or right.feat.get("Case") != left.feat.get("Case") or right.head not in attached \
            or left.pos != "PROPN" or right.pos != "PROPN":
        return None
    return index + 1


def coordinated_genitive(analysis: Analysis, index: int, head: Token | None) -> int | None:
    """``Союз издателей и распространителей``: a noun joined by ``и`` to the genitive dependent that ends
    a name (not to its head: ``завода и фабрики`` are two), in the same case and number, which the parser
    hangs from it."""
    tokens = analysis.tokens
    left = tokens[index - 1]
    if head is None or left.index == head.index or left.pos != "NOUN" or left.feat.get("Case") != "Gen":
        return None
    noun = find_noun_after_adjectives(tokens, index + 1, "Gen", left.sent)
    if noun is None or tokens[noun].feat.get("Number") != left.feat.get("Number") or tokens[noun].head != left.index:
        return None
    return noun


def coordinated_field(analysis: Analysis, index: int, attached: set[int]) -> int | None:
    """``по экономике, промышленности и туризму``, ``по развитию кластеров и производства``: what a
    body does, nouns joined by a comma or ``и`` to a noun of the ``по`` phrase that ends its name,
    in the same case."""
    tokens = analysis.tokens
    case = tokens[index - 1].feat.get("Case")
    if tokens[index - 1].pos != "NOUN" or case not in ("Dat", "Gen"):
        return None
    return find_noun_after_adjectives(tokens, index + 1, case, tokens[index].sent)


def coordinated_remits(analysis: Analysis, index: int, lexicon: OrgLexicon) -> int | None:
    """``Министерство здравоохранения, семьи и социального благополучия``: lower-case genitive nouns (with their
    adjectives) joined by commas and a closing ``и`` to the genitive that ends a body's name (the comma at
    ``index`` after it), each hung by the parser from that genitive, none a body's or a person's noun: the last
    token of the list, or ``None`` when no ``и`` closes it."""
    tokens = analysis.tokens
    left = tokens[index - 1]
    if left.pos != "NOUN" or left.feat.get("Case") != "Gen" or tokens[index].text != ",":
        return None
    at = index
    while at < len(tokens) and tokens[at].text in (",", "и") and tokens[at].sent == left.sent:
        noun = find_noun_after_adjectives(tokens, at + 1, "Gen", left.sent, lower=True)
        if noun is None or tokens[noun].head != left.index or body_or_person(tokens, noun, lexicon):
            return None
        if tokens[at].text == "и":
            return noun
        at = noun + 1
    return None


def find_noun_after_adjectives(tokens: list[Token], start: int, case: str, sent: int,
                               lower: bool = False) -> int | None:
    """The noun of ``case`` in sentence ``sent`` after the adjectives of that case from ``start`` (``семьи``,
    ``социального благополучия``), all of them in lower case when ``lower``: its index, or ``None``."""
    noun = start
    while noun < len(tokens) and tokens[noun].pos == "ADJ" and tokens[noun].feat.get("Case") == case \
            and (not lower or tokens[noun].text.islower()):
        noun += 1
    if noun >= len(tokens) or tokens[noun].sent != sent or tokens[noun].pos != "NOUN" \
            or tokens[noun].feat.get("Case") != case or lower and not tokens[noun].text.islower():
        return None
    return noun


def body_or_person(tokens: list[Token], index: int, lexicon: OrgLexicon) -> bool:
    """Whether the noun at ``index`` names a body (a kind of organization, :func:`object_after` telling what is done
    from a body: ``разведки недр``) or a person (animate): another of a list, no part of a body's name before it."""
    return tokens[index].feat.get("Animacy") == "Anim" \
        or lexicon.kind_of(tokens[index].text, with_object=object_after(tokens, index)) is not None


def object_after(tokens: list[Token], index: int) -> bool:
    """Whether a lower-case noun in the genitive of the same sentence follows the noun at ``index``: what it acts
    on, which makes a noun of :data:`~nerpipe.orgs.PLACED_ONLY` what is done (``разведки недр``), no body."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is not None and following.sent == tokens[index].sent and following.pos == "NOUN" \
        and following.text.islower() and following.feat.get("Case") == "Gen"
