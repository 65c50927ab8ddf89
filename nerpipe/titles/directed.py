"""A title a verb gives together with where to (``назначен послом в Германию``, ``председателем в Пятый
апелляционный суд``): in the title's nominative the place or body is where the post is, in the locative
(``посол в Германии``, ``председатель в Пятом апелляционном суде``), not the verb's direction."""

from __future__ import annotations

from ..inflect import Word
from ..morph import UD_GENDER, Morph, fold, restore_case
from ..ner import Analysis

_INTO = frozenset({"в", "во"})
# titles whose "в" + accusative is their own object, not a verb's direction: "кандидат в Госдуму"
_SOUGHT = frozenset({"кандидат", "претендент", "кандидатка", "претендентка"})
_AGREEING = ("ADJ", "DET", "NUM")


def locate_direction(words: list[Word], head: int, analysis: Analysis, morph: Morph) -> list[Word]:
    """The words of a title in the instrumental with ``в``/``во`` and a singular noun phrase in the accusative
    after its head's dependents, that phrase put in the locative when the parser hangs it on the title's head or
    on a verb outside the title (the one that appoints: ``назначен послом в Германию``); the words as they are
    otherwise, as where the phrase is another noun's (``советником по вопросам вступления в союз``)."""
    if words[head].feat.get("Case") != "Ins" or morph.lemma(words[head].text) in _SOUGHT:
        return words
    into = next((i for i in range(head + 1, len(words)) if fold(words[i].text) in _INTO), None)
    if into is None:
        return words
    phrase = []
    for i in range(into + 1, len(words)):
        word = words[i]
        if word.feat.get("Case") != "Acc" or word.feat.get("Number") == "Plur" or word.feat.get("Animacy") == "Anim":
            break
        phrase.append(i)
        if word.pos in ("NOUN", "PROPN"):
            break
    if not phrase or words[phrase[-1]].pos not in ("NOUN", "PROPN") \
            or not _hung_on_title_or_verb(analysis, words, head, phrase[-1]):
        return words
    out = list(words)
    gender = UD_GENDER.get(words[phrase[-1]].feat.get("Gender", ""))  # the noun's: "во Второй … суд" → "Втором"
    for i in phrase:
        word = words[i]
        agreeing = word.pos in _AGREEING
        grams = {"loct", "sing", gender} if agreeing and gender else {"loct", "sing"}
        inflected = morph.inflect(word.text, grams, prefer={"POS": "ADJF"} if agreeing else {"POS": "NOUN"})
        if inflected is None:
            return words
        out[i] = Word(word.start, word.end, restore_case(inflected, word.text), word.pos,
                      tuple((k, "Loc" if k == "Case" else v) for k, v in word.feats))
    return out


def _hung_on_title_or_verb(analysis: Analysis, words: list[Word], head: int, noun: int) -> bool:
    """Whether the parser hangs the noun of ``в``'s phrase (the word at ``noun``) on the title's head (the word at
    ``head``) or on a verb outside the title's words."""
    inside = {t.start: t for t in analysis.tokens_in(words[0].start, words[-1].end)}
    token = inside.get(words[noun].start)
    if token is None or token.head is None:
        return False
    host = analysis.tokens[token.head]  # the head's word may join two tokens: "премьер министром"
    return words[head].start <= host.start < words[head].end \
        or host.pos in ("VERB", "AUX") and host.start not in inside
