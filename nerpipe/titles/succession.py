"""A post taken over from someone: ``Пётр Орлов сменил на посту министра Анну Зорину``,
``Анна Зорина, сменившая Петра Орлова на посту директора, …``, ``Анна Зорина передала пост директора Петру
Орлову``; ``директором назначен Пётр Орлов вместо Анны Зориной`` (also ``на смену Анне Зориной``, ``…, который
заменит Анну Зорину``, ``стал директором, сменив Анну Зорину``).

The subject of a verb of replacing, done, holds the title the verb's ``на посту`` names, and the one a post
is handed over to holds it; whoever else the text gives that title to (the one replaced, the one who handed
it over) held it before. With no ``на посту``, the one replaced held before the post the sentence gives its
successor (:func:`replacements`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..morph import Morph, fold, without_former
from ..ner import Analysis, Token
from ..records import Span
from .appointers import is_appointer
from .declined import negated
from .grammar import Title
from .lexicon import POST_WORDS, POSTS, SEATS, TitleLexicon
from .named_post import named_posts
from .subjects import SUBJECT_PRONOUNS, antecedent_of, sentence_tokens
from .tokens import People, case_of, index_people
from .vacated import (
    CLAUSE_BREAKS,
    OWNER_GENDER,
    TAKING,
    post_like,
    same_name,
    subject_person,
    taken_beside,
    vacated_place,
    vacated_title,
)

_REPLACING = {"сменить", "сменять", "заменить", "заменять"}
_GOING = {"достаться", "доставаться", "перейти", "переходить"}  # "кресло мэра досталось …": the post goes over
_HANDING = {"передать", "передавать", "уступить", "уступать", "сдать", "сдавать"}
_NEAR = 6  # words between "вместо" and the name it governs ("вместо ушедшего в отставку …")


@dataclass(frozen=True, slots=True)
class Replacement:
    """One person replaced by another, as a sentence says it with no ``на посту``."""

    old: Span  # the one replaced
    new: Span | None  # the successor, when the syntax names them
    at: int  # the token that says so: "вместо", "смену" or the verb of replacing
    done: bool  # a verb in the past, or a preposition: not "заменит" alone


def _passive(token: Token) -> bool:
    return token.feat.get("Voice") == "Pass"


def replacing_verb(analysis: Analysis, title: Title, morph: Morph) -> int | None:
    """The verb of replacing, in the past and active, that ``на посту`` before a title hangs on."""
    tokens = analysis.tokens
    if title.first < 2 or fold(tokens[title.first - 2].text) not in ("на", "в", "во") \
            or morph.lemma(tokens[title.first - 1].text) not in POSTS:
        return None
    verb = _verb_of_post(tokens, tokens[title.first - 1])
    if verb is None or tokens[verb].sent != tokens[title.first].sent:
        return None
    token = tokens[verb]
    if token.pos != "VERB" or token.feat.get("Tense") != "Past" or _passive(token) \
            or token.feat.get("Variant") == "Short" or morph.lemma(token.text) not in _REPLACING:
        return None
    return verb


def _verb_of_post(tokens: list[Token], post: Token) -> int | None:
    """The token ``на посту`` hangs on, or the verb of the name it hangs on (``Зорину на посту мэра сменил
    …``: the parser may hang the post on the object)."""
    head = post.head
    if head is not None and tokens[head].rel == "obj" and tokens[head].pos in ("PROPN", "NOUN"):
        return tokens[head].head
    return head


def handing_verb(analysis: Analysis, title: Title, morph: Morph) -> int | None:
    """The verb of handing over, in the past and active, whose object is the post a title names
    (``передала пост директора``), or the verb of going over whose subject it is (``Кресло мэра досталось …``,
    ``Полномочия главы района переданы …``, ``Пост министра перешёл к …``)."""
    tokens = analysis.tokens
    if title.first < 1 or morph.lemma(tokens[title.first - 1].text) not in SEATS \
            or title.first > 1 and tokens[title.first - 2].pos == "ADP":
        return None
    seat = tokens[title.first - 1]
    verb = seat.head
    if verb is None or tokens[verb].pos != "VERB" or tokens[verb].feat.get("Tense") != "Past" \
            or negated(analysis, verb):
        return None
    lemma = morph.lemma(tokens[verb].text)
    if seat.rel == "obj" and lemma in _HANDING and morph.lemma(seat.text) in POSTS:
        return verb
    going = lemma in _GOING or lemma in _HANDING and _passive(tokens[verb])
    return verb if seat.rel.startswith("nsubj") and going else None


def _dative(token: Token, morph: Morph) -> bool:
    """A first name in the dative: the tagger says so, or the dictionary knows it in no other case but the
    locative, its twin (``Семёну``, ``Анне``)."""
    names = [p for p in morph.parses(token.text.lower()) if "Name" in p.tag]
    return token.feat.get("Case") == "Dat" or bool(names) and all(p.tag.case in ("datv", "loct") for p in names)


def takeover(analysis: Analysis, title: Title, persons: list[Span], morph: Morph) -> tuple[Span | None, Span | None]:
    """Who took a title over and from whom, by a verb of replacing the title hangs on: its named subject (or
    the name its participle qualifies), the holder now, and its named object, the holder before."""
    people = index_people(analysis, persons)
    tokens = analysis.tokens
    verb = handing_verb(analysis, title, morph)
    if verb is not None:  # "передала пост директора Петру Орлову": to the one in the dative
        given = [people.by_first[t.index] for t in tokens if t.sent == tokens[verb].sent
                 and t.index in people.by_first and _dative(t, morph)]  # the parser may hang it anywhere
        subjects = [people.of_token[t.index] for t in tokens if t.sent == tokens[verb].sent and t.head == verb
                    and t.index in people.of_token and t.rel.startswith("nsubj")]
        return (given or [None])[0], (subjects or [None])[0]
    verb = replacing_verb(analysis, title, morph)
    if verb is None:
        return None, None
    named = {t.rel.split(":")[0]: people.of_token[t.index] for t in reversed(tokens)
             if t.sent == tokens[verb].sent and t.head == verb and t.index in people.of_token}
    head = tokens[verb].head
    if tokens[verb].feat.get("VerbForm") == "Part" and tokens[verb].rel.startswith("acl") and head is not None:
        named["nsubj"] = people.of_token.get(head)
    if "obj" not in named:  # "Он сменил на посту тренера Антона Белых": the parser may hang the name on the title
        named["obj"] = next((people.by_first[t.index] for t in tokens[title.head + 1:title.last + 3]
                             if t.head == title.head and t.index in people.by_first and case_of(t) == "Acc"
                             and t.rel in ("appos", "nmod")), None)
    return named.get("nsubj"), named.get("obj")


def with_takeovers(analysis: Analysis, titles: list[Title], persons: list[Span], holders: dict[Title, list[Span]],
                   lexicon: TitleLexicon
                   ) -> tuple[dict[Title, list[Span]], set[tuple[Title, Span]], set[tuple[Title, Span]]]:
    """``holders`` with those who took a title over and those who left it to them (``Орлов сменил на посту
    министра Зорину``, ``директором стал Орлов вместо Зориной``: both held it, she before), the ``(title,
    person)`` pairs held before, and those of a successor given the title of the one replaced (``уволил министра
    Зорину и назначил на её место Орлова``: held now, whatever the title's own words say of her)."""
    morph = lexicon.morph
    out = dict(holders)
    earlier: set[tuple[Title, Span]] = set()
    taken: set[tuple[Title, Span]] = set()
    for title in titles:
        now, before = takeover(analysis, title, persons, morph)
        held = list(dict.fromkeys(p for p in (now, *holders.get(title, []), before) if p is not None))
        if now is not None or before is not None:
            out[title] = held
            earlier |= {(title, p) for p in held if p != now and (now is not None or p == before)}
    tokens = analysis.tokens
    titled = {(p, tokens[t.head].sent) for t in titles for p in out.get(t, ())}
    for replacement in find_replacements(analysis, index_people(analysis, persons), morph, titled):
        old = replacement.old
        title = _successor_title(analysis, replacement, titles, out, lexicon)
        if title is not None and not taken_beside(analysis, replacement.at, replacement.new, title):
            out[title] = [*out[title], old]
        elif (title := _predecessor_title(analysis, replacement, titles, out, lexicon)
              or vacated_title(analysis, replacement.at, old, replacement.new, titles, out, lexicon)
              or _held_post_title(analysis, replacement, titles, out, lexicon)) is not None:
            old = next((p for p in out[title] if same_name(analysis, old, p, morph)), old)  # named so before
            new = next((p for p in out[title] if same_name(analysis, replacement.new, p, morph)), replacement.new)
            out[title] = list(dict.fromkeys([new, *out[title], old]))
            taken.add((title, new))
        if title is not None:
            earlier.add((title, old))
    for title, person, before in named_posts(analysis, titles, out, index_people(analysis, persons), lexicon):
        if before:  # "Орлов назначен министром. Ранее эту должность занимал Котов"
            earlier.add((title, person))
        else:  # "… покинул пост министра. На эту должность назначен …": not the one named, under any name
            earlier |= {(title, p) for p in out.get(title, ()) if not same_name(analysis, p, person, morph)}
            taken.add((title, person))
        out[title] = [*out.get(title, []), person]
    return out, earlier, taken


def find_replacements(analysis: Analysis, people: People, morph: Morph,
                      titled: set[tuple[Span, int]] = frozenset()) -> list[Replacement]:
    """Everyone a sentence says was replaced, with no ``на посту``: ``вместо Анны Зориной``, ``на смену Анне
    Зориной``, the named object of ``сменил``/``заменит`` (its subject, through ``который``, a participle or a
    verbal adverb, the successor). ``titled``: ``(person, sentence)`` of each title's holder, for
    :func:`_replaced_with`."""
    tokens = analysis.tokens
    out: list[Replacement] = []
    for token in tokens:
        word = fold(token.text)
        if word == "вместо" or word == "смену" and token.index > 0 and fold(tokens[token.index - 1].text) == "на":
            old = _governed_person(analysis, token, people)
            new = subject_person(analysis, token.head, people) if word == "смену" else None
            if old is not None:
                out.append(Replacement(old, new, token.index, True))
        elif word == "место" and (vacated := vacated_place(analysis, token, people, morph)) is not None:
            out.append(Replacement(*vacated, token.index, True))
        elif token.pos == "VERB" and not _passive(token) and morph.lemma(token.text) in _REPLACING:
            sentence = sentence_tokens(analysis, token.sent)
            posts = [t for t in sentence if _verb_of_post(tokens, t) == token.index and morph.lemma(t.text) in POSTS]
            if any(_names_post(tokens, t) for t in posts):
                continue  # "сменил его на посту министра": with the post named, read by :func:`replacing_verb`
            objects = [t for t in sentence if t.head == token.index and t.rel == "obj"]
            named = [p for p in (_named(t, tokens, people) for t in [*objects, *_on_post(sentence, posts)])
                     if p is not None]  # "сменил на посту Анну Зорину": the parser may hang her on the post
            with_whom = _replaced_with(analysis, token, objects, sentence, people, morph, titled)
            if with_whom is not None:
                out.append(with_whom)
            elif named:
                new = _replacer(analysis, token, people) or (
                    _pronoun_subject(analysis, token, people, named[0]) if posts else None)
                out.append(Replacement(named[0], new, token.index, token.feat.get("Tense") == "Past"))
    return out


def _names_post(tokens: list[Token], post: Token) -> bool:
    """Whether a noun of posts names the post after it (``на посту министра``), not a bare one (``на этом посту``,
    ``на посту Ивана Орлова``: the name is the one replaced)."""
    after = tokens[post.index + 1] if post.index + 1 < len(tokens) else None
    return after is not None and after.sent == post.sent and after.pos in ("NOUN", "ADJ") and case_of(after) == "Gen"


def _on_post(sentence: list[Token], posts: list[Token]) -> list[Token]:
    """The words of a ``sentence`` hung on one of the bare ``posts`` as its dependent noun or name."""
    at = {t.index for t in posts}
    return [t for t in sentence if t.head in at and t.rel.startswith("nmod")]


def _pronoun_subject(analysis: Analysis, verb: Token, people: People, old: Span) -> Span | None:
    """The one ``он``/``она``, the subject of a verb of replacing, stands for (``На этом посту он сменил Анну
    Зорину``): the last person of that gender named before, not the one replaced nor one who appoints
    (:func:`.appointers.is_appointer`)."""
    pronoun = next((t for t in sentence_tokens(analysis, verb.sent) if t.head == verb.index
                    and t.rel.startswith("nsubj") and fold(t.text) in SUBJECT_PRONOUNS), None)
    if pronoun is None:
        return None
    gender = SUBJECT_PRONOUNS[fold(pronoun.text)]
    # not one who appoints, whatever the gender ("назначена президентом Котовым …. Она сменила …")
    appointed = index_people(analysis, [p for p in people.spans if not is_appointer(analysis, p)])
    return antecedent_of(analysis, pronoun.index, appointed, gender, skip=old)


def _held_post_title(analysis: Analysis, replacement: Replacement, titles: list[Title],
                     holders: dict[Title, list[Span]], lexicon: TitleLexicon) -> Title | None:
    """The post a successor replaced someone in, for a verb of replacing with a bare ``на посту`` (``Орлов
    назначен министром. На этом посту он сменил Анну Зорину``): the last title before the verb given to the
    successor, under any name, as a post taken or held (in the instrumental, or after ``пост``/``должность``), not
    one that only describes them (``Министерство возглавил глава банка Орлов. Он сменил на посту …``: the bank's
    head is not the post he took)."""
    tokens = analysis.tokens
    verb = tokens[replacement.at]
    if replacement.new is None or verb.pos != "VERB" or not any(
            _verb_of_post(tokens, t) == verb.index and lexicon.morph.lemma(t.text) in POSTS
            for t in sentence_tokens(analysis, verb.sent)):
        return None
    return next((t for t in reversed(titles) if t.last < replacement.at and not t.former
                 and post_like(analysis, t, lexicon) and _as_post(tokens, t, lexicon.morph)
                 and any(same_name(analysis, replacement.new, p, lexicon.morph) for p in holders.get(t, ()))), None)


def _as_post(tokens: list[Token], title: Title, morph: Morph) -> bool:
    """A title a predicate gives as a post: in the instrumental (``назначен министром``) or after a noun of posts
    (``на пост министра``)."""
    return case_of(tokens[title.head]) == "Ins" \
        or title.first > 0 and morph.lemma(tokens[title.first - 1].text) in POSTS


def _replaced_with(analysis: Analysis, verb: Token, objects: list[Token], sentence: list[Token], people: People,
                   morph: Morph, titled: set[tuple[Span, int]]) -> Replacement | None:
    """``заменив его Иваном Зориным``, ``заменил Анну Зорину Петром Орловым`` (``на Петра Орлова``): the one
    ``заменить`` takes as its object (named, or ``его``/``её`` standing for the last person of that gender named
    before, never the verb's own subject) replaced by the name in the instrumental with no preposition (or after
    ``на``) that follows in the clause; done in the past or as a perfective verbal adverb; only where the sentence
    shows a post is meant: a title on the one replaced in it (``titled``: ``(person, sentence)`` of each title's
    holder) or a word of posts (``пост``, ``должность``, ``место``, ``кресло``), not a player substituted in a
    match. ``objects``: the verb's objects, ``sentence``: the tokens of its sentence."""
    tokens = analysis.tokens
    if morph.lemma(verb.text) not in ("заменить", "заменять"):
        return None
    obj = next((t for t in objects if t.index > verb.index), objects[0] if objects else None)  # "заменив его …"
    if obj is None:
        return None
    gender = OWNER_GENDER.get(fold(obj.text))
    subject = _replacer(analysis, verb, people) or next(  # "Орлов заменил его …": "его" is not Орлов ("себя")
        (_named(t, tokens, people) for t in sentence if t.head == verb.index and t.rel.startswith("nsubj")), None)
    old = _named(obj, tokens, people) if gender is None \
        else antecedent_of(analysis, obj.index, people, gender, skip=subject)
    new = None
    start = people.of_token[obj.index].end if obj.index in people.of_token else obj.end
    for token in tokens[obj.index + 1: obj.index + 1 + _NEAR + 3]:  # whom with: "Иваном Зориным", "на Зорина"
        if token.sent != verb.sent or token.text in CLAUSE_BREAKS:
            break
        person = people.by_first.get(token.index)
        if person is None or person == old or token.start < start or _after_preposition(analysis, token, person):
            continue
        if case_of(token) == "Ins" or fold(tokens[token.index - 1].text) == "на" and case_of(token) == "Acc":
            new = person
            break
    if new is None or old is None or old == new:
        return None
    if (old, verb.sent) not in titled and not any(morph.lemma(t.text) in POST_WORDS for t in sentence):
        return None  # "тренер заменил его Петром Орловым": a player substituted, no post
    done = verb.feat.get("Tense") == "Past" or verb.feat.get("VerbForm") == "Conv" and verb.feat.get("Aspect") == "Perf"
    return Replacement(old, new, verb.index, done)


def _after_preposition(analysis: Analysis, first: Token, person: Span) -> bool:
    """A name after a preposition other than ``на`` (``вместе с Олегом Лисиным``): right before it, or hung by the
    parser on a word of the name."""
    tokens = analysis.tokens
    before = tokens[first.index - 1] if first.index > 0 else None
    if before is not None and before.pos == "ADP" and fold(before.text) != "на":
        return True
    inside = {t.index for t in analysis.tokens_in(person.start, person.end)}
    return any(t.head in inside and t.rel == "case" and fold(t.text) != "на"
               for t in tokens[max(0, first.index - 3): first.index])


def _named(token: Token, tokens: list[Token], people: People) -> Span | None:
    """The person a token names: its own name, or the name in apposition to it (``директора завода Анну
    Зорину``)."""
    if token.index in people.of_token:
        return people.of_token[token.index]
    return next((people.of_token[t.index] for t in tokens if t.sent == token.sent and t.head == token.index
                 and t.rel == "appos" and t.index in people.of_token), None)


def _governed_person(analysis: Analysis, marker: Token, people: People) -> Span | None:
    """The name ``вместо`` or ``на смену`` governs: the one the parser hangs it on, else the first one a few
    words after it in its clause."""
    tokens = analysis.tokens
    if marker.text.lower() == "вместо" and marker.head in people.of_token:
        return people.of_token[marker.head]
    hung = [_named(t, tokens, people) for t in tokens if t.sent == marker.sent and t.head == marker.index]
    hung = [p for p in hung if p is not None]
    if hung and marker.text.lower() != "вместо":
        return hung[0]
    for token in tokens[marker.index + 1: marker.index + 1 + _NEAR]:
        if token.sent != marker.sent or token.text in CLAUSE_BREAKS:
            return None
        if token.index in people.by_first:
            return people.by_first[token.index]
    return None


def _replacer(analysis: Analysis, verb: Token, people: People) -> Span | None:
    """Who a verb of replacing says replaced: its named subject, the name its relative clause (``…, который
    заменит``) or participle qualifies, the subject of the verb its verbal adverb or a verb joined to it
    hangs on (``стал директором, сменив …``)."""
    subject = subject_person(analysis, verb.index, people)
    if subject is not None or verb.head is None:
        return subject
    if verb.rel.startswith("acl"):  # "Орлов, сменивший …", "Орлов, который заменит …"
        return people.of_token.get(verb.head)
    if verb.rel.startswith(("advcl", "conj")):  # "стал директором, сменив …", "назначен и заменит …"
        return subject_person(analysis, verb.head, people)
    return None


def _successor_title(analysis: Analysis, replacement: Replacement, titles: list[Title],
                     holders: dict[Title, list[Span]], lexicon: TitleLexicon) -> Title | None:
    """The title the sentence of a replacement gives the successor (a named one, else anyone but the one
    replaced), when it says the successor took it: the one a word of taking or the replacement itself governs,
    not as its subject (``вместо Зориной губернатор назначил директором …``), else the nearest."""
    tokens = analysis.tokens
    sent = tokens[replacement.at].sent
    taking = {t.index for t in tokens if t.sent == sent and lexicon.morph.lemma(t.text) in TAKING}
    if not taking and not (replacement.done and replacement.new is not None):
        return None
    found = [t for t in titles if tokens[t.head].sent == sent and not t.former and replacement.old not in
             holders.get(t, ()) and post_like(analysis, t, lexicon)
             and (replacement.new in holders.get(t, ()) if replacement.new is not None else holders.get(t))]
    governing = taking | {replacement.at, tokens[replacement.at].head}
    return min(found, default=None, key=lambda t: (tokens[t.head].head not in governing,
                                                   tokens[t.head].rel.startswith("nsubj"),
                                                   min(abs(t.first - replacement.at), abs(t.last - replacement.at))))


def _predecessor_title(analysis: Analysis, replacement: Replacement, titles: list[Title],
                       holders: dict[Title, list[Span]], lexicon: TitleLexicon) -> Title | None:
    """The title right before the name of the one replaced (``сменил директора завода Анну Зорину``), when the
    successor is named: the post the successor takes."""
    first = analysis.tokens_in(replacement.old.start, replacement.old.end)[0].index
    return next((t for t in titles if t.last + 1 == first and not t.former and replacement.old in holders.get(t, ())
                 and post_like(analysis, t, lexicon)), None) if replacement.new is not None else None


def strip_former(position: str, lexicon: TitleLexicon) -> str:
    """A post as its successor holds it: without the words that say the one replaced held it before (``бывший
    министр финансов`` → ``министр финансов``, ``экс-директор завода`` → ``директор завода``)."""
    words = position.split()
    while len(words) > 1 and (lexicon.is_former(words[0]) or fold(words[0]) in lexicon.former_adverbs):
        words = words[1:]
    bare = without_former(fold(words[0])) if words else ""
    if words and bare != fold(words[0]):  # ``экс-директор``: the word's own letters after the prefix
        words[0] = words[0][len(words[0]) - len(bare):]
    return " ".join(words)
