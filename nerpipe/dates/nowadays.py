"""``сегодня`` that means "nowadays", not the day of writing: no date at all (no DATE mention, no row).

The sentence decides, by the predicate ``сегодня`` qualifies (its syntactic head):

- a verb of a state or a habit in the present imperfective, finite or a participle (``Сегодня компания
  выпускает сорок моделей``, ``сегодня в посёлке живут триста человек``);
- a nominal predicate in the nominative with its subject, no copula in the past or future and no noun
  of a day (``сегодня это один из крупнейших заводов``, not ``Сегодня — День города``);
- a generic statement: a negated verb in the second person singular with no subject (``сегодня этим
  никого не удивишь``);
- a contrast with the past in the sentence (``когда-то здесь был рынок, а сегодня …``).

A verb of an event in the present (``Сегодня в Омске проходит форум``), any verb in the past or future
(``Дату объявят сегодня``) and ``сегодня`` alone keep the day.
"""

from __future__ import annotations

from ..morph import fold

# verbs of a state or a habit: in the present with ``сегодня`` they tell how things are nowadays
STATE_VERBS = frozenset({
    "жить", "проживать", "населять", "выпускать", "производить", "выращивать", "поставлять", "экспортировать",
    "импортировать", "насчитывать", "насчитываться", "составлять", "являться", "существовать", "считаться",
    "оставаться", "находиться", "располагаться", "занимать", "принадлежать", "владеть", "обладать", "иметь",
    "использовать", "использоваться", "входить", "включать", "относиться", "знать", "помнить", "называться",
    "называть", "возглавлять", "руководить", "управлять", "обслуживать", "объединять", "трудиться", "учиться",
    "обучаться", "служить", "стоять", "нуждаться", "зависеть", "хранить", "храниться", "содержать",
    "специализироваться", "славиться", "лидировать", "доминировать", "преобладать", "превышать", "уметь",
    "выпускаться", "производиться", "располагать",
})

# words of the past a ``сегодня`` is set against (not ``ранее``: ``ранее сегодня`` is earlier today)
_PAST_CONTRASTS = frozenset({"когда-то", "некогда", "прежде", "раньше"})

# nouns of a day or a date: ``Сегодня — День города`` is a day
_DAY_NOUNS = frozenset({
    "день", "праздник", "годовщина", "юбилей", "дата", "выходной", "канун", "срок", "год", "неделя", "число",
})

_NOMINAL = ("NOUN", "PRON", "NUM", "ADJ", "PROPN", "DET")


def means_nowadays(analysis, start: int, end: int, morph_vocab) -> bool:
    """Whether the ``сегодня`` at ``[start, end)`` of ``analysis`` means "nowadays" (see the module)."""
    inner = analysis.tokens_in(start, end)
    if len(inner) != 1 or fold(inner[0].text) != "сегодня":
        return False
    word = inner[0]
    if _set_against_past(analysis, word):
        return True
    if word.head is None:
        return False
    predicate = analysis.tokens[word.head]
    children = [t for t in _sentence(analysis, word) if t.head == predicate.index]
    if any(t.rel in ("aux", "cop", "aux:pass") and t.feat.get("Tense") in ("Past", "Fut") for t in children):
        return False
    parses = morph_vocab.parse(predicate.text)
    verbs = [p for p in parses if p.tag.POS in ("VERB", "PRTF")]
    if predicate.pos in ("VERB", "AUX") or verbs and len(verbs) == len(parses):  # the tagger may miss a verb
        return _generic(verbs, children) or _state_in_present(verbs)
    return predicate.pos in _NOMINAL and _nominal_state(predicate, children, morph_vocab)


def _sentence(analysis, word):
    start, end = analysis.sentences[word.sent]
    return analysis.tokens_in(start, end)


def _set_against_past(analysis, word) -> bool:
    """A word of the past elsewhere in the sentence (``Прежде …, сегодня …``), not right next to ``сегодня``."""
    return any(fold(t.text) in _PAST_CONTRASTS and abs(t.index - word.index) > 1 for t in _sentence(analysis, word))


def _state_in_present(parses) -> bool:
    """A verb of a state or a habit (:data:`STATE_VERBS`) in the present imperfective."""
    return bool(parses) and all("pres" in p.tag and "impf" in p.tag for p in parses) \
        and any(p.normal_form in STATE_VERBS for p in parses)


def _generic(parses, children) -> bool:
    """A negated verb in the second person singular with no subject: a statement of anyone at any time."""
    return bool(parses) and all("2per" in p.tag and "sing" in p.tag for p in parses) \
        and not any(t.rel == "nsubj" for t in children) and any(fold(t.text) == "не" for t in children)


def _nominal_state(predicate, children, morph_vocab) -> bool:
    """A nominal predicate in the nominative with its subject, neither of them a day (``сегодня это крупный
    завод``, ``Сегодня компания — один из лидеров``)."""
    subjects = [t for t in children if t.rel == "nsubj"]
    if not subjects or predicate.feat.get("Case") != "Nom":
        return False
    lemmas = {p.normal_form for t in (predicate, *subjects) for p in morph_vocab.parse(t.text)}
    return not lemmas & _DAY_NOUNS
