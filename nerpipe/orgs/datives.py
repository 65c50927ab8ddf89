"""A body named by a noun the tagger reads as a plural that is a singular dative: the experiencer of a predicate
after it (``инспекции труда нужны новые специалисты``)."""

from __future__ import annotations

from ..morph import Morph, fold

# predicates whose experiencer is a dative before them (``компании нужны специалисты``, ``инспекции удалось``)
_DATIVE_PREDICATES = frozenset({"нужный", "необходимый", "требоваться", "понадобиться", "удаться", "предстоять",
                                "прийтись", "приходиться", "хватать"})


def experiencer_dative(tokens, head: int, last: int, morph: Morph) -> bool:
    """Whether a noun the tagger reads as a plural (token ``head``, its name ending at token ``last``) is a
    singular dative: it has that form, and a predicate of a dative follows its name (``не`` aside), then
    what is needed or done, no dative (``инспекции труда нужны новые специалисты``, not ``инспекции нужны
    стране``, ``инспекции нужны, …``)."""
    after = last + 1
    if after < len(tokens) and tokens[after].text.lower() == "не":
        after += 1
    if after + 1 >= len(tokens) or any(tokens[i].sent != tokens[head].sent for i in (after, after + 1)):
        return False
    predicate, then = tokens[after], tokens[after + 1]
    parses = morph.parses(fold(tokens[head].text))
    dative = any(p.tag.POS == "NOUN" and {"sing", "datv"} <= p.tag.grammemes for p in parses)
    return dative and bool(morph.forms(predicate.text) & _DATIVE_PREDICATES) and then.text[:1].isalpha() \
        and then.feat.get("Case") != "Dat"
