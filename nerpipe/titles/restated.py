"""Whether a statement of a title says nothing an earlier one did not: the same holder and role, no
organization, region or dependent the earlier lacks (``министр связи РФ Степан Кузьмин`` … ``министр``;
``губернатор Орлов`` … ``губернатор Орлов заявил``). Such a statement is a row flagged ``restated`` when it names
its holder in its own sentence or is said of a personal pronoun (``… Он стал губернатором области``), else no row:
a bare title that refers back is only a mention."""

from __future__ import annotations

from dataclasses import replace

from ..morph import fold
from ..ner import Analysis
from ..records import PositionFact
from .attributes import TitleInfo
from .subjects import SUBJECT_PRONOUNS

# words that name a body or a place only as one already spoken of ("глава ведомства", "руководитель компании"):
# a title with them restates the holder's title that named it
GENERIC_BODIES = frozenset({"ведомство", "компания", "организация", "учреждение", "структура", "предприятие",
                            "корпорация", "холдинг", "фирма", "концерн"})


def flag_restated(analysis: Analysis, stated: list[tuple[PositionFact, TitleInfo]]) -> list[PositionFact]:
    """The statements in order, each flagged ``restated`` when an earlier unflagged one says all it says.

    A restatement is kept only when it names its holder in its own sentence (``… губернатор Орлов
    заявил``) or is the predicate of a personal pronoun (``… С 2015 года он является губернатором``); a bare
    title that refers back to a holder named before (``Губернатор Орлов открыл форум. Губернатор напомнил …``)
    is a mention of the title, not another statement of the fact."""
    facts: list[PositionFact] = []
    firsts: list[tuple[PositionFact, frozenset[str]]] = []  # the first statement of each fact, with its substance
    for fact, info in stated:
        if any(restates(fact, info.substance, earlier, said) for earlier, said in firsts):
            if _one_sentence(analysis, fact) or _said_of_pronoun(analysis, fact):
                facts.append(replace(fact, restated=True))
        else:
            facts.append(fact)
            firsts.append((fact, info.substance))
    return facts


def _one_sentence(analysis: Analysis, fact: PositionFact) -> bool:
    """Whether a title and the person mention it is attached to are in one sentence."""
    title, person = analysis.tokens_in(fact.start, fact.end), analysis.tokens_in(fact.person_start, fact.person_end)
    return bool(title) and bool(person) and title[0].sent == person[0].sent


def _said_of_pronoun(analysis: Analysis, fact: PositionFact) -> bool:
    """Whether a title is the predicate of a personal pronoun (``Орлов переехал в Тверь. Там он стал мэром
    города.``, ``Она была директором школы``): the pronoun says who holds it, as a name would."""
    words = analysis.tokens_in(fact.start, fact.end)
    inside = {t.index for t in words}
    heads = [t for t in words if t.head not in inside]
    if len(heads) != 1:
        return False
    head = heads[0]
    holders = {head.index} if head.head is None else {head.index, head.head}
    return any(t.rel.startswith("nsubj") and t.head in holders and fold(t.text) in SUBJECT_PRONOUNS
               for t in analysis.tokens if t.sent == head.sent)


def restates(fact: PositionFact, substance: frozenset[str], earlier: PositionFact, said: frozenset[str]) -> bool:
    """Whether ``fact`` says nothing that ``earlier`` did not.

    The same person and role, no organization or region that ``earlier`` lacks, and no dependent
    ``earlier`` lacks (``substance`` and ``said``: the lemmas of the two titles' dependents): the bare role
    (``министр связи … РФ Степан Кузьмин`` … ``министр``; ``заместитель губернатора … по экономике`` …
    ``вице-губернатор``), part of the title (``заместитель губернатора по экономике``), the title under
    another name of its role or with a word that changes nothing (``художественный руководитель балета`` …
    ``худрук балета``; ``президент ФИДЕ`` … ``действующий президент ФИДЕ``). ``глава региона`` … ``глава
    Республики Коми`` names the region and stays.
    """
    return (fact.person_id == earlier.person_id and fact.role == earlier.role
            and fact.acting == earlier.acting and fact.former == earlier.former
            and fact.org_id in (None, earlier.org_id) and fact.region_code in (None, earlier.region_code)
            and fact.country in (None, earlier.country) and substance - GENERIC_BODIES <= said)
