"""What the syntax tells of a PER span: whether it is the subject of a verb and the verb's
gender, whether it hangs on a word in an oblique case; and the word right before any span in its sentence
(:func:`word_before`); whether a place is named as where someone goes or comes from (:func:`governed`)."""

from __future__ import annotations

from ..morph import UD_GENDER, Morph, fold
from ..names import first_name_readings, is_kin, oblique_first_name, surname_readings, turkic_particle
from ..ner import Analysis, Token
from ..records import PER, Span
from ..text import CLOSING_QUOTES, OPENING_QUOTES

# prepositions of a place: where (the locative, ``в Лондоне``, ``на Кубани``) or whither (the accusative, ``в Москву``)
PLACE_PREPOSITIONS = frozenset({"в", "во", "на"})
# prepositions that, before a place in the genitive, make it where someone comes from (``из Москвы``)
FROM_PREPOSITIONS = frozenset({"из", "изо", "от"})
# the relation of an adjective to the noun it describes
MODIFIER = "amod"


def subject_of(analysis: Analysis, span: Span, morph: Morph) -> tuple[bool, str | None]:
    """Whether the syntax reads a span as the subject of a verb, or in apposition to a subject
    that is a title with its organization (``Директор школы`` + ``Е. Орлова``: the parser hangs
    the name on the organization, as if it were the organization's), or to a title of a man's gender
    before a verb of a woman's (``министр Кравцова поздравила``), and the verb's gender
    (``взяла``: ``femn``; ``None`` when it shows none)."""
    tokens = analysis.tokens_in(span.start, span.end)
    inside = {t.index for t in tokens}
    heads = span_heads(analysis, span)
    if not heads or heads[0].head is None or kin_genitive(analysis, span, morph):
        return False, None
    head = heads[0]
    listed = head.rel == "conj"
    for _ in range(5):  # ``X, Y и Z``: a name of a list is what the list's first name is
        if head.rel != "conj" or head.head is None:
            break
        head = analysis.tokens[head.head]
    apposed = head.rel == "appos" and head.head is not None
    if apposed:
        head = _title_of(analysis, analysis.tokens[head.head])
    elif head.rel == "nmod" and head.head is not None:
        organization = analysis.tokens[head.head]
        if organization.feat.get("Animacy") == "Inan":
            head = _title_of(analysis, organization)
        else:
            head = organization if _womans_title(analysis, organization, head, morph) else None
    if head is None or not head.rel.startswith("nsubj") or head.head is None:
        return False, None
    verb = analysis.tokens[head.head]
    if verb.feat.get("Number") == "Plur" and not listed and not _has_conjunct(analysis, head):
        return False, None  # one name is no subject of a plural verb (``Мяч передали`` + a dative)
    if not apposed and _oblique_listed(analysis, head, morph):
        return False, None  # ``заметили Любовь Сокол, Валерию Карамышеву …``: a list of objects
    if _other_subject(analysis, verb, head, inside):
        return False, None  # ``губернатор позвонил Гордейчук``: the verb has its subject, the name is its object
    gender = verb_gender(morph, verb) if verb.pos in ("VERB", "AUX") else None
    if apposed and oblique_first_name(morph, tokens[0].text) and not (
            gender == "femn" and fold(tokens[0].text).endswith(("а", "я"))):
        return False, None  # ``Адвокат`` + ``Джамшеда Р.`` + ``обжаловал``: a first name in no nominative is the
        # title's genitive, not in apposition to it (but ``Камиля`` + ``вошла``: a woman's name pymorphy lacks)
    return True, gender if gender in ("masc", "femn") else None


def verb_gender(morph: Morph, verb) -> str | None:
    """The gender a verb shows: the one pymorphy reads every singular past form written so in
    (``развёлся``: ``masc``, whatever the tagger), else the tagger's; ``None`` when it shows none."""
    genders = {p.tag.gender for p in morph.parses(fold(verb.text))
               if p.tag.POS == "VERB" and p.tag.tense == "past" and p.tag.number == "sing"}
    if len(genders) == 1 and None not in genders:
        return genders.pop()
    return UD_GENDER.get(verb.feat.get("Gender", ""))


# the relations of a word to its head that no nominative has
_OBLIQUE_RELATIONS = {"nmod", "obl", "obj", "iobj"}


def oblique(analysis: Analysis, span: Span, morph: Morph) -> bool:
    """Whether the syntax hangs a span on a word as its object or modifier (``Интервью`` +
    ``Гарета Моррисона``), or reads it as a second subject of a verb that has one (``мэр позвонил
    Гордейчук``), or a noun of kin has a man's surname after it (``внучка Кормилова``): a name
    in an oblique case."""
    if kin_genitive(analysis, span, morph):
        return True
    inside = {t.index for t in analysis.tokens_in(span.start, span.end)}
    heads = span_heads(analysis, span)
    if not heads or heads[0].head is None:
        return False
    head = heads[0]
    if head.rel.startswith("nsubj"):  # ``мэр позвонил Гордейчук``: the parser's second subject is an object
        return _other_subject(analysis, analysis.tokens[head.head], head, inside)
    return head.rel in _OBLIQUE_RELATIONS


def after_preposition(analysis: Analysis, span: Span) -> bool:
    """Whether a preposition stands right before a span (``с Гордейчук``, ``о Беккер``): a name in an
    oblique case, whatever the parser hangs it on."""
    before = word_before(analysis, span)
    return before is not None and before.pos == "ADP"


# prepositions that take one case only before a person's name (``о``, ``при`` the locative; ``благодаря`` the
# dative; ``у``, ``для`` the genitive; ``про`` the accusative); not ``с``, ``по``, ``за``, ``в``, which take more
_PREPOSITION_CASES = {
    "о": "Loc", "об": "Loc", "обо": "Loc", "при": "Loc",
    "к": "Dat", "ко": "Dat", "благодаря": "Dat", "вопреки": "Dat", "согласно": "Dat", "навстречу": "Dat",
    "у": "Gen", "для": "Gen", "от": "Gen", "без": "Gen", "против": "Gen", "кроме": "Gen", "ради": "Gen",
    "возле": "Gen", "около": "Gen", "среди": "Gen", "после": "Gen", "вместо": "Gen", "помимо": "Gen",
    "про": "Acc", "через": "Acc",
    "над": "Ins", "перед": "Ins", "между": "Ins",
}


def preposition_case(analysis: Analysis, span: Span) -> str | None:
    """The case (the tagger's name of it, ``Loc``) of a name right after a preposition that takes that case only
    (``при Бруно Кастильесе``, ``об Амаду Траоре``: the locative, whatever the tagger reads the words in); ``None``
    after another word or a preposition of more cases."""
    before = word_before(analysis, span)
    if before is None or before.pos not in ("ADP", "ADV", "VERB"):
        return None
    return _PREPOSITION_CASES.get(fold(before.text))


# the tagger's names of the cases an apposed title may be in, pymorphy's
_UD_CASE_NAMES = {"Dat": "datv", "Ins": "ablt", "Loc": "loct"}


def apposed_title_case(analysis: Analysis, span: Span, morph: Morph) -> str | None:
    """The case (the tagger's name of it) of a title a name stands in apposition to across the title's genitives
    (``о советнике министра`` + ``Луизе Бертон``: the locative of ``советнике``), when the tagger reads the name in
    the genitive of the word before it and its first name pymorphy knows in the title's case and in no genitive
    (``Луизе``); else ``None``."""
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens or tokens[0].index < 2 or tokens[0].feat.get("Case") != "Gen":
        return None
    index = tokens[0].index - 1
    while index > 0 and tokens[0].index - index <= 4 and analysis.tokens[index].feat.get("Case") == "Gen" \
            and analysis.tokens[index].pos in ("NOUN", "ADJ") and analysis.tokens[index].sent == tokens[0].sent:
        index -= 1
    title = analysis.tokens[index]
    case = title.feat.get("Case")
    if index == tokens[0].index - 1 or title.pos != "NOUN" or case not in ("Dat", "Ins", "Loc") \
            or title.sent != tokens[0].sent:
        return None
    if not morph.is_known(fold(tokens[0].text)):
        return None
    cases = {p.tag.case for p in first_name_readings(morph, tokens[0].text)}
    return case if _UD_CASE_NAMES.get(case) in cases and "gent" not in cases else None


def kin_genitive(analysis: Analysis, span: Span, morph: Morph) -> bool:
    """Whether a one-word span is a man's surname after a noun of kin (``внучка Кормилова``): the
    relative's, in the genitive."""
    tokens = analysis.tokens_in(span.start, span.end)
    return len(tokens) == 1 and tokens[0].index > 0 and is_kin(morph, analysis.tokens[tokens[0].index - 1].text) \
        and ("gent", "masc") in surname_readings(morph, tokens[0].text)


def _womans_title(analysis: Analysis, title, name, morph: Morph) -> bool:
    """Whether a name the parser hangs on a title as its genitive is the title's holder: the title, of
    a man's gender, right before the name, is the subject of a verb of a woman's (``министр`` +
    ``Кравцова`` + ``поздравила``: not the minister of a man named so); not a first name pymorphy knows in
    oblique cases only (``адвокат`` + ``Ирины С.`` + ``обжаловала``: her lawyer)."""
    if title.index + 1 != name.index or title.feat.get("Case") != "Nom" or title.feat.get("Gender") != "Masc" \
            or not title.rel.startswith("nsubj") or title.head is None:
        return False
    if oblique_first_name(morph, name.text):
        return False
    verb = analysis.tokens[title.head]
    return verb.pos in ("VERB", "AUX") and verb_gender(morph, verb) == "femn"


def _has_conjunct(analysis: Analysis, token) -> bool:
    """Whether a list goes on from ``token`` (``Хорхе`` of ``Хорхе … и Пабло …``)."""
    near = analysis.tokens[token.index + 1: token.index + 60]
    return any(t.head == token.index and t.rel == "conj" and t.sent == token.sent for t in near)


def _title_of(analysis: Analysis, token):
    """The title a name stands in apposition to: ``token`` itself when it is an animate noun
    (``Президент``), else the one the nouns of an organization depend on (``Глава`` of
    ``администрации поселка``); in the nominative singular, or ``None``."""
    for _ in range(4):
        feat = token.feat
        if token.pos == "NOUN" and feat.get("Animacy") == "Anim":
            return token if feat.get("Case") == "Nom" and feat.get("Number") == "Sing" else None
        if token.pos != "NOUN" or feat.get("Animacy") != "Inan" or token.rel != "nmod" or token.head is None:
            return None
        token = analysis.tokens[token.head]
    return None


def _other_subject(analysis: Analysis, verb, head, inside: set[int]) -> bool:
    """Whether a verb has a subject in the nominative before it other than ``head`` and the span
    (``inside``), and not in a list with it: the parser's second subject is the verb's object or
    indirect object."""
    near = analysis.tokens[max(0, verb.index - 30): verb.index]
    return any(t.head == verb.index and t.rel.startswith("nsubj") and t.index not in inside and t.index != head.index
               and t.sent == verb.sent and t.feat.get("Case") == "Nom" and t.pos in ("NOUN", "PROPN", "PRON")
               and not _apposed_title(analysis, t, inside) for t in near)


def _apposed_title(analysis: Analysis, token, inside: set[int]) -> bool:
    """Whether a subject the parser gives a verb beside a name is an animate common noun after the name and a comma,
    no verb between (``Е. В. Котова, руководитель труппы, режиссёр заявила``): the name's title in apposition."""
    if not inside or token.pos != "NOUN" or token.feat.get("Animacy") != "Anim" or token.index < max(inside):
        return False
    between = analysis.tokens[max(inside) + 1:token.index]
    return any(t.text == "," for t in between) and not any(t.pos in ("VERB", "AUX") for t in between)


# the tagger's oblique cases
_OBLIQUE_CASES = ("Gen", "Dat", "Acc", "Ins", "Loc")


def listed_case(analysis: Analysis, span: Span) -> str | None:
    """The tagger's case of the first name of a list a span is a later name of, when it is an oblique
    one (``с Альваро Кинтаной, Фелипе Аррудой …``: ``Ins``); the dative of a span the parser reads as
    an indirect object (``позвонил Гонсало Ривасу``); else ``None``."""
    heads = span_heads(analysis, span)
    if heads and heads[0].rel == "iobj":
        return "Dat"
    if not heads or heads[0].rel != "conj":
        return None
    head = heads[0]
    for _ in range(5):
        if head.rel != "conj" or head.head is None:
            break
        head = analysis.tokens[head.head]
    case = head.feat.get("Case")
    return case if case in _OBLIQUE_CASES and head.pos == "PROPN" and head.sent == heads[0].sent else None


def listed_subject(analysis: Analysis, span: Span, morph: Morph) -> str | None:
    """``Nom`` for a later name of a list of the subjects of a plural verb (``Нилуфар Каримова, Дильноза Рашидова
    и …`` + ``приняли``): every name of the list is in the nominative, whatever case the tagger reads it in;
    else ``None`` (the first name is the subject :func:`subject_of` finds). Not a list with a first name
    pymorphy knows in no nominative (``заметили Любовь Сокол, Валерию Карамышеву и Дмитрия Гусева``: objects,
    the first taken for a subject)."""
    heads = span_heads(analysis, span)
    if not heads:
        return None
    head, listed = heads[0], heads[0].rel == "conj"
    for _ in range(6):  # up the list, and from a surname the parser hangs its list on to the first name
        if head.rel not in ("conj", "flat:name", "appos") or head.head is None:
            break
        head = analysis.tokens[head.head]
    if not listed or not head.rel.startswith("nsubj") or head.head is None:
        return None
    verb = analysis.tokens[head.head]
    if _oblique_listed(analysis, head, morph):
        return None
    return "Nom" if verb.pos in ("VERB", "AUX") and verb.feat.get("Number") == "Plur" else None


def _oblique_listed(analysis: Analysis, first, morph: Morph) -> bool:
    """Whether a name listed after the name at token ``first`` opens with a first name pymorphy knows in
    oblique cases only (``Валерию``): the list is of no subjects."""
    return any(t.rel == "conj" and t.head == first.index and t.pos == "PROPN" and oblique_first_name(morph, t.text)
               for t in analysis.tokens)


def patronymic_after(analysis: Analysis, span: Span) -> list:
    """The word ``оглы`` or ``кызы`` right after a span that leaves it out (``Гюльнара Ахмед`` + ``кызы``): the
    end of a patronymic of two words, which the name's words are read with; else no word."""
    tokens = analysis.tokens_in(span.start, span.end)
    after = analysis.tokens_in(span.end, span.end + 8)
    if not tokens or not after or not turkic_particle(after[0].text) or after[0].sent != tokens[-1].sent \
            or analysis.text[span.end:after[0].start] != " ":
        return []
    return [after[0].word()]


def adjacent_subjects(analysis: Analysis, spans: list[Span], morph: Morph) -> dict[Span, tuple[Span, str | None]]:
    """Two names side by side, the second right before a verb in the past singular (``Анне Котовой`` +
    ``Пётр Орлов`` + ``вручил``): the second is the verb's subject, whatever the parser hangs it on, and
    the first is no subject; by the first span, the second and the verb's gender."""
    people = sorted((s for s in spans if s.type == PER), key=lambda s: s.start)
    out = {}
    for first, second in zip(people, people[1:]):
        between = analysis.text[first.end:second.start]
        if between.strip() or "\n" in between:
            continue
        after = analysis.tokens_in(second.end, second.end + 40)
        verb = after[0] if after else None
        if verb is None or verb.pos not in ("VERB", "AUX") or verb.feat.get("Tense") != "Past" \
                or verb.feat.get("Number") != "Sing" or analysis.text[second.end:verb.start].strip():
            continue
        gender = verb_gender(morph, verb)
        out[first] = (second, gender if gender in ("masc", "femn") else None)
    return out


def direct_object(analysis: Analysis, span: Span) -> bool:
    """Whether the parser reads a span as the direct object of a verb (``видели`` + ``Дильнозу
    Каримову``): a name in the accusative, or the genitive of a negation."""
    heads = span_heads(analysis, span)
    return bool(heads) and heads[0].rel == "obj"


def elliptical_case(analysis: Analysis, span: Span) -> str | None:
    """The tagger's case of the object of a verb a span stands in an elliptical clause of, the verb left
    out (``видели Орлова у входа, а Орлову — в зале``: the parser's ``conj`` of the verb, with an
    ``orphan`` of its own): the span is in that object's case; ``None`` otherwise."""
    heads = span_heads(analysis, span)
    if not heads or heads[0].rel != "conj" or heads[0].head is None:
        return None
    head, verb = heads[0], analysis.tokens[heads[0].head]
    near = analysis.tokens[verb.index + 1: head.index + 12]
    if verb.pos != "VERB" or not any(t.head == head.index and t.rel == "orphan" for t in near):
        return None
    objects = [t for t in analysis.tokens[verb.index + 1: head.index] if t.head == verb.index and t.rel == "obj"
               and t.pos in ("PROPN", "NOUN") and t.sent == head.sent]
    case = objects[0].feat.get("Case") if len(objects) == 1 else None
    return case if case in _OBLIQUE_CASES else None


def word_before(analysis: Analysis, span: Span) -> Token | None:
    """The token right before a span in its sentence, else ``None``."""
    tokens = analysis.tokens_in(span.start, span.end)
    if not tokens or tokens[0].index == 0:
        return None
    before = analysis.tokens[tokens[0].index - 1]
    return before if before.sent == tokens[0].sent else None


def outside_quotes(analysis: Analysis, span: Span) -> tuple[Token | None, Token | None]:
    """The tokens right before and right after a span past the quote marks around it (``(«Zentrix»)``: the
    brackets), either ``None`` at the text's edge."""
    before = analysis.token_before(span.start)
    while before is not None and before.text in OPENING_QUOTES:
        before = analysis.token_before(before.start)
    after = analysis.token_after(span.end)
    while after is not None and after.text in CLOSING_QUOTES:
        after = analysis.token_after(after.end)
    return before, after


def span_heads(analysis: Analysis, span: Span) -> list[Token]:
    """The tokens of a span whose syntactic head lies outside it (one for a span the parser reads as one phrase)."""
    tokens = analysis.tokens_in(span.start, span.end)
    inside = {token.index for token in tokens}
    return [token for token in tokens if token.head not in inside]


def governed(analysis: Analysis, span: Span, morph: Morph | None, case: str, prepositions: frozenset[str],
             verbs: frozenset[str] = frozenset()) -> bool:
    """Whether a span's head is in ``case`` after one of ``prepositions`` or the object of one of ``verbs``
    (``в Москву``, ``из Москвы``, ``посетят Москву``; ``morph`` reads the verbs' lemmas)."""
    heads = span_heads(analysis, span)
    if len(heads) != 1 or heads[0].feat.get("Case") != case:
        return False
    head = heads[0]
    before = word_before(analysis, span)
    governor = analysis.tokens[head.head] if head.head is not None else None
    return (before is not None and before.text.lower() in prepositions) \
        or (bool(verbs) and morph is not None and head.rel == "obj" and governor is not None
            and governor.pos == "VERB" and morph.lemma(governor.text) in verbs)
