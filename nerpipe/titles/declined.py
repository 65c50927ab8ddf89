"""Predicates that give no title: negated (``так и не стал министром``, ``не был директором``), a post
refused (``отказался от поста губернатора``), or an appointment only possible or intended (``может назначить
Орлова премьером``, ``намерен избрать …``, ``может быть назначен министром``), or one on a condition (``если …,
то … станет …``)."""

from __future__ import annotations

from ..morph import Morph, fold
from ..ner import Analysis

_DECLINING = {"отказаться", "отказываться", "отказ"}
# verbs of taking a post named after them: only possible under "может", "хочет" ("может занять пост министра"),
# not held yet; a post one may leave ("может покинуть пост") is held still
_TAKING = frozenset({"занять", "получить", "возглавить", "принять", "заполучить"})
NO_MORE = frozenset({"больше", "более", "уже"})  # "больше не является директором": no longer, not never
NO_LONGER = frozenset((word, "не") for word in NO_MORE)  # "больше не директор": the two words before a title
_FUTURE_AUX = frozenset({"будет", "будут", "буду", "будем", "будешь", "будете"})
# words of possibility, wish or intent of the subject that govern an infinitive: what it would give has not
# happened ("может назначить", "хочет избрать", "намерен назначить"; not "решил назначить", nor a request of
# another, "попросил Котову поработать директором", whose infinitive is hers to do)
_POSSIBLE = {"мочь", "смочь", "хотеть", "захотеть", "намереваться", "намеренный", "собираться", "планировать",
             "обещать", "пообещать", "надеяться", "рассчитывать", "желать", "мечтать", "стремиться",
             "готовый", "должный", "вправе", "можно", "нужно", "надо", "необходимо", "возможно"}
# verbs that govern an infinitive of what is only asked, proposed, wanted or possible, of anyone: a post is not left
# yet ("петиция предлагает снять Орлова с поста мэра", "депутаты требуют уволить министра", "может уйти")
_ASKED = {"предлагать", "предложить", "требовать", "потребовать", "просить", "попросить", "призывать", "призвать",
          "хотеть", "захотеть", "желать", "намереваться", "собираться", "планировать", "мочь", "грозить",
          "пригрозить", "угрожать", "готовиться", "рекомендовать", "порекомендовать", "добиваться",
          "готовый", "намеренный", "должный"}  # "готов покинуть пост", "намерен", "должен уйти"


# the stems of being appointed again to the post one holds (``переизбран``, ``переназначен``)
_HELD_AGAIN = ("переизбр", "переназнач", "переутвержд")
# the stems of being removed from a post (``будет снят с поста``, ``будет освобождён от должности``): held till then
_TO_BE_REMOVED = ("снят", "освобожд", "уволен", "отстранен", "отстранён", "смещен", "смещён")


def declined(analysis: Analysis, word: int, morph: Morph) -> bool:
    """Whether a predicate (or a post word, ``от поста``) gives no title: ``не`` before it or on it, or, for a
    post word, on the verb it hangs on (``не занимал пост``), or that verb refuses; or the predicate is an
    infinitive a word of possibility or intent governs (:func:`only_possible`)."""
    tokens = analysis.tokens
    head = tokens[word].head
    if negated_or_its_verb(analysis, word):
        return True
    if only_possible(analysis, word, morph) or _on_condition(analysis, word) or _to_be_appointed(analysis, word):
        return True
    if tokens[word].pos == "NOUN" and head is not None \
            and (_to_be_appointed(analysis, head)
                 or morph.lemma(tokens[head].text) in _TAKING and only_possible(analysis, head, morph)):
        return True  # "будет утверждён в должности министра", "может занять пост министра": the post word's verb
    return head is not None and morph.lemma(tokens[head].text) in _DECLINING


def predicate_declined(analysis: Analysis, head: int, morph: Morph) -> bool:
    """Whether the predicate a title's head hangs on gives no title (:func:`declined`): ``Он может стать новым
    мэром`` gives none to whom ``он`` stands for either."""
    verb = analysis.tokens[head].head
    return verb is not None and analysis.tokens[head].rel.startswith(("xcomp", "obl")) \
        and declined(analysis, verb, morph)


def only_possible(analysis: Analysis, word: int, morph: Morph) -> bool:
    """An infinitive (``назначить``, ``быть назначен``) that a word of possibility, wish or intent governs:
    ``может назначить Орлова премьером``, ``Орлов может быть назначен министром``, ``намерены избрать …``."""
    return _infinitive_under(analysis, word, morph, _POSSIBLE)


def only_asked(analysis: Analysis, word: int, morph: Morph) -> bool:
    """An infinitive of leaving that a verb of asking, proposing, wanting or being able governs: the post is not
    left yet (``петиция предлагает снять Орлова с поста мэра``, ``депутаты требуют уволить министра``)."""
    return _infinitive_under(analysis, word, morph, _ASKED)


def _infinitive_under(analysis: Analysis, word: int, morph: Morph, governors: set[str]) -> bool:
    """An infinitive (``назначить``, or a participle after ``быть``: ``быть назначен``) whose head is one of
    ``governors`` (lemmas)."""
    tokens = analysis.tokens
    token = tokens[word]
    infinitive = token.feat.get("VerbForm") == "Inf" or any(
        t.head == word and t.rel.startswith("aux") and t.feat.get("VerbForm") == "Inf"
        for t in tokens[max(word - 2, 0): word])
    return infinitive and token.head is not None and morph.lemma(tokens[token.head].text) in governors


def _on_condition(analysis: Analysis, word: int) -> bool:
    """A predicate in the future after ``если`` in its sentence: what happens only if something else does (``Если
    Сенат примет дело, то исполняющим обязанности президента станет Пётр Орлов``)."""
    tokens = analysis.tokens
    token = tokens[word]
    return token.feat.get("Tense") == "Fut" and any(
        fold(t.text) == "если" for t in tokens[max(word - 40, 0): word] if t.sent == token.sent)


def _to_be_appointed(analysis: Analysis, word: int) -> bool:
    """A short passive participle with ``будет``/``будут`` (``будет утверждён в должности министра``, ``будут
    назначены заместителями``): an appointment still to come; not one to the post already held (``будет
    переизбран председателем``: who is re-elected holds the post now), nor a removal (``будет снят с поста
    министра``: who is to be removed holds the post till then)."""
    token = analysis.tokens[word]
    if token.feat.get("Variant") != "Short" or token.feat.get("Voice") != "Pass" \
            or fold(token.text).startswith(_HELD_AGAIN + _TO_BE_REMOVED):
        return False
    return is_still_to_come(analysis, word)


def is_still_to_come(analysis: Analysis, word: int) -> bool:
    """``будет``/``будут`` on a word or right before it (``будет назначен``, ``будет снят с поста``): what it
    says has not happened yet."""
    tokens = analysis.tokens
    return any(fold(t.text) in _FUTURE_AUX and (t.head == word or t.index == word - 1)
               for t in tokens[max(word - 3, 0): word] if t.sent == tokens[word].sent)


def negated_or_its_verb(analysis: Analysis, word: int) -> bool:
    """``не`` on a word or, for a noun, on the word it hangs on (``не занимал пост``, ``не принимали участия``)."""
    head = analysis.tokens[word].head
    return negated(analysis, word) or analysis.tokens[word].pos == "NOUN" and head is not None \
        and negated(analysis, head)


def negated(analysis: Analysis, word: int) -> bool:
    """``не`` right before a word or hanging on it."""
    tokens = analysis.tokens
    start, end = analysis.sentences[tokens[word].sent]  # a word's dependents are in its sentence
    return any(_negates(analysis, t.index, word) for t in tokens[max(word - 1, 0): word]) \
        or any(t.head == word and _negates(analysis, t.index, word) for t in analysis.tokens_in(start, end))


def _negates(analysis: Analysis, index: int, word: int) -> bool:
    """``не`` of the word at ``word``, but not of ``не только`` (``не только стал министром, но и …``), nor
    ``больше не``/``уже не`` of a state that held until now (:func:`_held_until_now`: ``больше не является
    директором``, ``уже не директор``: held before, :mod:`.former`)."""
    tokens = analysis.tokens
    return fold(tokens[index].text) == "не" and not (index + 1 < len(tokens)
                                                      and fold(tokens[index + 1].text) in ("только", "лишь")) \
        and not (index > 0 and fold(tokens[index - 1].text) in NO_MORE and _held_until_now(analysis, word))


def _held_until_now(analysis: Analysis, word: int) -> bool:
    """Whether ``больше не``/``уже не`` on the word at ``word`` says a state ended: on a noun with no verb of
    being (``уже не директор``) or on a verb of a lasting state in the present or past indicative (``больше не
    является``, ``уже не работал``), the noun's verb of being too; not on a perfective verb (``уже не стал
    министром``: never became), a future (``уже не будет губернатором``) nor an infinitive (``больше не будет
    работать``)."""
    token = analysis.tokens[word]
    if token.pos in ("NOUN", "PROPN"):
        start, stop = analysis.sentences[token.sent]
        verbs = [t for t in analysis.tokens_in(start, stop) if t.head == word and t.rel == "cop"]
        return all(_lasting(t) for t in verbs)
    return _lasting(token)


def _lasting(token) -> bool:
    """A verb of a lasting state in the present or past indicative (imperfective; ``будет``, which the tagger may
    read in the present, is the future)."""
    feat = token.feat
    return token.pos in ("VERB", "AUX") and feat.get("Aspect") != "Perf" and feat.get("Tense") in ("Pres", "Past") \
        and feat.get("Mood", "Ind") == "Ind" and feat.get("VerbForm", "Fin") == "Fin" \
        and fold(token.text) not in _FUTURE_AUX
