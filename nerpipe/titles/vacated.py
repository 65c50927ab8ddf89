"""A post left and taken by its place: ``на её место назначен Пётр Орлов``, ``его место займёт Пётр Орлов``
(:func:`vacated_place`), the post the one replaced held (:func:`vacated_title`), and what
:mod:`.succession` asks of the words of taking a post."""

from __future__ import annotations

from ..morph import UD_GENDER, Morph, fold
from ..names.name import is_initial
from ..names.shown import surname_readings
from ..names.words import first_name_readings
from ..ner import Analysis, Token
from ..records import Span
from .former import LEAVING_NOUNS
from .grammar import Title
from .lexicon import TitleLexicon
from .subjects import antecedent_of
from .tokens import People, case_of, first_token

# words that give a successor a post in the sentence that says whom they replace: "назначен директором вместо …"
TAKING = {"назначить", "назначать", "переназначить", "переназначать", "стать", "становиться", "избрать", "избирать",
          "переизбрать", "утвердить", "утверждать", "выбрать", "выбирать", "занять", "занимать", "заступить",
          "вступить", "прийти", "приходить", "быть", "назначение", "избрание", "утверждение", "назначенный",
          "избранный", "утвержденный"}
CLAUSE_BREAKS = {",", ";", ":", "—", "–", "(", ")"}
OWNER_GENDER = {"его": "Masc", "её": "Fem", "ее": "Fem"}  # "на её место": whose place
_PLACE_WINDOW = 6  # words of the clause after "на его место" that may hold the verb of taking and the name
_OCCUPYING = {"занять", "занимать"}  # "его место займёт Пётр Орлов": a place taken with no "на"


def vacated_place(analysis: Analysis, place: Token, people: People, morph: Morph) -> tuple[Span, Span] | None:
    """``на её место назначен Пётр Орлов``, ``назначил на его место Петра Орлова``, ``его место займёт Пётр
    Орлов`` (the subject of ``занять``, else the first name after ``место``): the one ``его``/``её`` stands
    for (the last person of that gender named before) replaced by the first name after ``место`` in its clause,
    with a verb of taking in that clause."""
    tokens = analysis.tokens
    k = place.index
    gender = OWNER_GENDER.get(fold(tokens[k - 1].text)) if k >= 1 else None
    occupying = place.head is not None and place.rel == "obj" and tokens[place.head].sent == place.sent \
        and morph.lemma(tokens[place.head].text) in _OCCUPYING and not held_then(tokens[place.head])
    if gender is None or not occupying and (k < 2 or fold(tokens[k - 2].text) != "на"):
        return None
    new = subject_person(analysis, place.head, people) if occupying else None
    taking = occupying
    for token in tokens[k + 1: k + 1 + _PLACE_WINDOW]:  # the clause after "место"
        if token.sent != place.sent or token.text in CLAUSE_BREAKS:
            break
        taking = taking or is_taking_verb(token, morph)
        if new is None and token.index in people.by_first:
            new = people.by_first[token.index]
            break
    before = tokens[k - 3] if k >= 3 and tokens[k - 3].sent == place.sent else None
    taking = taking or before is not None and is_taking_verb(before, morph)  # "назначил на его место …"
    if new is None or not taking:
        return None
    old = antecedent_of(analysis, k - 1, people, gender, skip=new) or _one_leaving(analysis, k, people, gender, morph)
    return (old, new) if old is not None and new is not None and old != new else None


def _one_leaving(analysis: Analysis, place: int, people: People, gender: str, morph: Morph) -> Span | None:
    """The last name of that gender in the genitive of a noun of leaving a post, in the sentence of ``место``
    or the two before (``решение об отставке Петра Орлова принято … на его место …``): whom ``его`` stands
    for, though a genitive is passed over as an antecedent."""
    tokens = analysis.tokens
    for person in reversed(people.spans):
        first = tokens[first_token(analysis, person)]
        if first.index >= place - 1 or first.sent < tokens[place].sent - 2:
            continue
        if case_of(first) == "Gen" and first.head is not None and tokens[first.head].index < first.index \
                and morph.lemma(tokens[first.head].text) in LEAVING_NOUNS \
                and first.feat.get("Gender") in (None, gender):
            return person
    return None


def held_then(verb: Token) -> bool:
    """An imperfective in the past (``его место занимал …``): held once, not taken from the one ``его`` names."""
    return verb.feat.get("Aspect") == "Imp" and verb.feat.get("Tense") == "Past"


def is_taking_verb(token: Token, morph: Morph) -> bool:
    """A verb of taking a post, done (``назначен``, ``назначил``, ``пришёл``): not a noun of one spoken about
    (``возможность назначения на его место``), not an infinitive."""
    return token.pos == "VERB" and token.feat.get("VerbForm") != "Inf" and morph.lemma(token.text) in TAKING


def taken_beside(analysis: Analysis, at: int, new: Span | None, title: Title) -> bool:
    """Whether the title the sentence gives a successor is not the post taken ``на её место``: one named before
    ``место`` (the post left: ``ушла с поста главы района, её место заняла …``) or one set right before the
    successor's name, their own (``его место займёт посол в Чехии Пётр Орлов``)."""
    if fold(analysis.tokens[at].text) != "место" or new is None:
        return False
    return title.last < at or title.end <= new.start and not analysis.text[title.end:new.start].strip()


def vacated_title(analysis: Analysis, at: int, old: Span, new: Span | None, titles: list[Title],
                  holders: dict[Title, list[Span]], lexicon: TitleLexicon) -> Title | None:
    """The post the one replaced held, for ``на её место``: the last title given to them before it, or the
    last one named before it in its sentence, whoever the parser gave it to (``ушла с поста директора, её
    место занял …``)."""
    tokens = analysis.tokens
    if fold(tokens[at].text) != "место" or new is None:
        return None
    sent = tokens[at].sent
    return next((t for t in reversed(titles) if t.last < at and post_like(analysis, t, lexicon)
                 and (any(same_name(analysis, old, p, lexicon.morph) for p in holders.get(t, ()))
                      or tokens[t.head].sent == sent and new in holders.get(t, ()))), None)


def same_name(analysis: Analysis, one: Span, other: Span, morph: Morph) -> bool:
    """Whether two mentions of one passage may name one holder of a post (``Пётр Орлов`` … ``Орлова``, ``П. Орлов``):
    the same span, or surnames of one lemma, of a gender both may be in, with first names that agree (one lemma,
    or an initial and a name that opens with it) when both write one; not ``Пётр Орлов`` and ``Анна Орлова``, not
    ``Пётр Орлов`` and ``Иван Орлов``. It only tells which title of the passage a holder named again may be given:
    who the person is, one entity or two, is :mod:`nerpipe.resolve`'s decision."""
    if one == other:
        return True
    (last, firsts, genders), (other_last, other_firsts, other_genders) = (
        _name_parts(analysis, span, morph) for span in (one, other))
    if not _lemmas(last, morph) & _lemmas(other_last, morph) or not genders & other_genders:
        return False
    return not firsts or not other_firsts or _first_names_agree(firsts[0], other_firsts[0], morph)


def _name_parts(analysis: Analysis, span: Span, morph: Morph) -> tuple[str, list[str], set[str]]:
    """A mention's surname, the words before it (an initial written with its full stop) and the genders it may be
    in: its first name's, narrowed by its surname's, then by the gender of the verb it is the subject of, then by
    the tagger's, while any is left (``Орлова`` alone: a man's genitive or a woman's nominative, ``Орлова заняла``
    a woman's). A surname written before initials (``Орлов П. И.``) is the first word."""
    words = [t for t in analysis.tokens_in(span.start, span.end) if t.text[:1].isalpha()]
    if not words:
        return analysis.text[span.start:span.end], [], {"masc", "femn"}
    written = [t.text + "." if t.end < span.end and analysis.text[t.end:t.end + 1] == "." else t.text for t in words]
    last = 0 if len(words) > 1 and is_initial(written[-1]) else len(words) - 1
    firsts = [w for k, w in enumerate(written) if k != last]
    first = {p.tag.gender for p in first_name_readings(morph, firsts[0])} if firsts and not is_initial(firsts[0]) \
        else set()
    surname = {gender for _case, gender in surname_readings(morph, written[last])}
    tokens = analysis.tokens
    said = {UD_GENDER.get(tokens[t.head].feat.get("Gender", "")) for t in words if t.rel.startswith("nsubj")
            and t.head is not None and tokens[t.head].pos in ("VERB", "AUX")}  # "Котова заняла": the verb's
    tagged = {UD_GENDER.get(t.feat.get("Gender", "")) for t in words}
    genders = {"masc", "femn"}
    for shown in (first, surname, said, tagged):  # each narrows what the ones before leave, unless it leaves none
        genders = genders & shown or genders
    return written[last], firsts, genders


def _lemmas(word: str, morph: Morph) -> set[str]:
    """A word folded and the lemmas pymorphy gives it (``Орловой`` → ``орлов``)."""
    return {fold(p.normal_form) for p in morph.parses(fold(word))} | {fold(word)}


def _first_names_agree(first: str, other: str, morph: Morph) -> bool:
    """Two first names that may be one: of one lemma, or an initial and a name that opens with its letter."""
    if is_initial(first) or is_initial(other):
        return fold(first)[:1] == fold(other)[:1]
    return bool(_lemmas(first, morph) & _lemmas(other, morph))


def subject_person(analysis: Analysis, verb: int | None, people: People) -> Span | None:
    """The named subject of a verb, if any."""
    found = [people.of_token[t.index] for t in analysis.tokens if verb is not None and t.head == verb
             and t.rel.startswith("nsubj") and t.index in people.of_token]
    return (found or [None])[0]


def post_like(analysis: Analysis, title: Title, lexicon: TitleLexicon) -> bool:
    """A title one holder leaves to the next: a post, or a profession at a place (``главный тренер сборной``),
    not a bare profession nor a rank."""
    lemma = lexicon.head_lemma(analysis.tokens[title.head].text)
    return lemma in lexicon.posts or lemma not in lexicon.military and title.last > title.head
