"""Whether a name beside a title can hold it: the word that carries the title's case, agreement in case,
and the genitive names that own what a title names rather than hold it."""

from __future__ import annotations

from dataclasses import replace

from ..morph import UD_CASE, UD_GENDER, Morph, fold, takes_form, without_former
from ..ner import Analysis, Token
from .grammar import Title
from .lexicon import APPOINTMENT_NOUNS, INDECLINABLE
from .tokens import case_of, genitive_name, is_possessor

# groups of people named after the one who leads them ("кабинет Петрова", "команда Петрова")
TEAMS = {"кабинет", "кабмин", "правительство", "администрация", "команда", "штаб", "окружение", "аппарат"}


def case_word(analysis: Analysis, title: Title) -> Token:
    """The word that carries a title's case: its head, or the participle of ``(временно) исполняющий
    обязанности …``; after ``врио`` or ``и. о.``, which do not decline, a word with no case, which agrees
    with a name in any (``Петра Орлова, врио губернатора``)."""
    if title.acting:
        tokens = analysis.tokens[title.first: title.head]
        for token in tokens:
            if fold(token.text).startswith("исполняющ") and case_of(token) is not None:
                return token
        if tokens:
            return _caseless(tokens[0])
    head = analysis.tokens[title.head]
    if fold(head.text) in INDECLINABLE and title.head > title.first:  # "первый замгубернатора": its modifier
        before = analysis.tokens[title.head - 1]
        return before if before.pos == "ADJ" and case_of(before) else head
    return head


def _caseless(token: Token) -> Token:
    return replace(token, feats=tuple((k, v) for k, v in token.feats if k != "Case"))


def acting_in_instrumental(analysis: Analysis, title: Title) -> bool:
    """An acting title whose acting words may be in the instrumental: ``исполняющим обязанности главы``, or
    ``врио главы``, which does not decline (``Врио главы района назначен Пётр Орлов``)."""
    if not title.acting:
        return False
    word = case_word(analysis, title)
    # "исполняющей обязанности": a feminine form in -ей is the genitive, dative, locative and instrumental at once
    return case_of(word) in ("Ins", None) or word.feat.get("Gender") == "Fem" and word.text.endswith("ей")


def owner_in_title(analysis: Analysis, title: Title, name: Token) -> bool:
    """A name in the genitive the parser hangs on a word of the title other than its head whose case it
    does not share: the owner of what the title names (``советник избирательной кампании Петра Орлова``,
    ``представитель партии Орлова``), not the holder."""
    head = analysis.tokens[title.head]
    return name.rel == "nmod" and name.head is not None and title.first <= name.head <= title.last \
        and name.head != title.head and case_of(name) in ("Gen", None) and case_of(head) not in ("Gen", None)


def owner_after_oblique(analysis: Analysis, title: Title, name: Token, morph: Morph) -> bool:
    """A name in the genitive after a title in the instrumental, dative or locative that ends in a dependent in
    the genitive (``старшим консультантом предвыборной кампании Петра Орлова``): it agrees with that dependent,
    whose owner it is, and cannot be in apposition to the head, unless the dictionary has the name in the head's
    case too (``о министре юстиции Анны Котовой`` is ``Анне Котовой`` misread)."""
    tokens = analysis.tokens
    head = case_of(case_word(analysis, title))
    return title.last != title.head and head in ("Ins", "Dat", "Loc") \
        and case_of(tokens[title.last]) == "Gen" and genitive_name(name, morph) \
        and not any(p.tag.case == UD_CASE[head] for p in morph.parses(fold(name.text)) if "Name" in p.tag)


def owner_in_gap(tokens: list[Token], name: int, morph: Morph) -> bool:
    """A name in a phrase between a title and it that the phrase governs: the object of a preposition right
    before it (``министр иностранных дел у Петрова``, ``советник при Петрове``: the one served) or a name in
    the genitive after a noun of a group of people (``министр в кабинете Петрова``, ``советник в команде
    Петрова``: whose the group is). Neither holds the title."""
    before = tokens[name - 1]
    if before.pos == "ADP" and before.text.islower():
        return True
    return bool(morph.forms(before.text) & TEAMS) and genitive_name(tokens[name], morph) \
        or _prepositional_owner(tokens, name, morph)


def _prepositional_owner(tokens: list[Token], name: int, morph: Morph) -> bool:
    """A name in the genitive the parser hangs on the noun of a prepositional phrase right before it, past its
    adjectives (``назначен врио губернатора после отставки Петрова``, ``в связи с уходом Петрова``): whose the noun
    is (who resigned); not a name in apposition (``полпред в округе Петров``), nor the one an appointment names
    (``пост … до назначения Петровой``: hers, maybe). :func:`.tokens.is_possessor` says whose a noun is; this
    asks only for the noun right before the name and the preposition before the noun."""
    noun = name - 1
    if tokens[noun].pos != "NOUN" or tokens[name].head != noun or not is_possessor(tokens, name) \
            or not genitive_name(tokens[name], morph) or morph.lemma(tokens[noun].text) in APPOINTMENT_NOUNS:
        return False
    k = noun - 1
    while k >= 0 and tokens[k].pos == "ADJ":
        k -= 1
    return k >= 0 and tokens[k].pos == "ADP" and tokens[k].text.islower()


def agrees(head: Token, name: Token, gap: int) -> bool:
    """Whether a name can hold a title it stands beside.

    The two agree in case (the genitive and the accusative of people are one form);
    right after the title a name the parser takes for its genitive dependent
    (``представителями Кузьмина``) names whom the title serves, not who holds it.
    Next to each other, the tagger's case of a name is not trusted otherwise.
    """
    head_case, name_case = case_of(head), case_of(name)
    if head_case is None or name_case is None or head_case == name_case:
        return True
    if {head_case, name_case} <= {"Gen", "Acc"}:
        return True
    if gap:
        return False
    return not (name_case == "Gen" and name.rel == "nmod" and name.head == head.index)


def woman_subject(analysis: Analysis, head: Token, name: Token, morph: Morph) -> bool:
    """Whether a surname the tagger reads as the genitive of a man's after a title that is a verb's subject is
    a woman's nominative, the verb in the feminine telling so (``директор Климова показала цеха``: the
    director is a woman, Климова; ``директор Климова показал цеха``: Климов's director)."""
    if not head.rel.startswith("nsubj") or head.head is None or head.feat.get("Gender") != "Masc":
        return False
    verb = analysis.tokens[head.head]
    if verb.feat.get("Gender") != "Fem" or verb.feat.get("Number") != "Sing":
        return False
    return any({"Surn", "femn", "nomn"} <= p.tag.grammemes for p in morph.parses(name.text.lower()))


def cases_clash(head: Token, name: Token, morph: Morph, listed: bool = False) -> bool:
    """A title the dictionary has only in oblique cases before a first word it has only in the nominative
    (``указом президента Пётр Орлов назначен``): whatever the tagger says, the name is not the title's.
    Also a title and a first name the dictionary has in no common case (:func:`no_shared_case`)."""
    titles = [p for p in morph.parses(fold(head.text)) if p.tag.POS in ("NOUN", "ADJF", "PRTF")]  # "ведущим"
    # of any gender ("Марин" may be hers), spelt as written ("Пётр" is no "Петр", a woman's name in the plural); a
    # surname too ("Корреспондента газеты Котов принял": Котов received the correspondent)
    names = [p for p in morph.parses(name.text.lower()) if "Name" in p.tag or "Surn" in p.tag]
    if bool(titles and names) and not any("nomn" in p.tag for p in titles) \
            and all(p.tag.case == "nomn" and p.is_known for p in names):  # a name it knows, not a guess
        return True
    return no_shared_case(head, name, morph, listed)


_SAME_CASE = {"accs": "gent", "gen2": "gent", "loc2": "loct", "acc2": "gent"}  # a person's accusative is its genitive


def no_shared_case(head: Token, name: Token, morph: Morph, listed: bool = False) -> bool:
    """A title and a first name the dictionary knows in no common case, the title as a person (not
    ``критика`` as criticism) and in the singular unless a list of names follows (``директора`` is no
    nominative before ``Анна Котова`` alone), the name in the tagger's gender (``Петра`` is a man's genitive,
    not a woman's nominative): ``по приглашению директора завода Анна Котова приехала``, ``директор фонда
    Петра Орлова``. The name is another's, whatever the tagger says of either (a name is one person's, singular)."""
    parses = morph.parses(fold(head.text))
    if not parses or not all(p.is_known for p in parses):
        return False
    titles = [p for p in parses if (p.tag.POS in ("ADJF", "PRTF") or p.tag.POS == "NOUN" and "anim" in p.tag)
              and (listed or p.tag.number != "plur")]
    names = [p for p in morph.parses(name.text.lower()) if "Name" in p.tag and p.is_known and p.tag.number != "plur"]
    if any("Fixd" in p.tag for p in names):
        return False  # a name that may not decline is in any case ("Марин" may be hers)
    gender = UD_GENDER.get(name.feat.get("Gender", ""))
    if gender is not None:
        names = [p for p in names if p.tag.gender == gender]
    if not titles or not names:
        return False
    cases = {_SAME_CASE.get(p.tag.case, p.tag.case) for p in titles}
    return not cases & {_SAME_CASE.get(p.tag.case, p.tag.case) for p in names}


def misread_agrees(head: Token, name: Token, morph: Morph) -> bool:
    """A head the tagger reads as a thing (``критика`` as criticism), or written with ``экс-`` (a word it does not
    know, whose case it guesses), agrees with a name when the dictionary has it as an animate noun in a case of
    the name (``Ольги Ершовой, критика,``; ``Петра Орлова, экс-оператора телеканала,``)."""
    word = fold(head.text)
    if head.feat.get("Animacy") != "Inan" and without_former(word) == word:
        return False
    cases = {p.tag.case for p in morph.parses(without_former(word)) if p.tag.POS == "NOUN" and "anim" in p.tag}
    return bool(cases & {p.tag.case for p in morph.parses(name.text.lower()) if "Name" in p.tag or "Surn" in p.tag})


def plural_head(head: Token, morph: Morph) -> bool:
    """A head in the plural: the tagger's number, when the dictionary has the word (after ``экс-``, a word the
    tagger does not know) in the plural in the tagger's case; not ``гиду`` or ``пресс-секретарём`` read as
    plurals."""
    if head.feat.get("Number") != "Plur":
        return False
    case = UD_CASE.get(head.feat.get("Case", ""))
    return takes_form(morph.parses(without_former(fold(head.text))), "plur", case)


def singular_before_genitive(head: Token, name: Token, morph: Morph) -> bool:
    """A head the tagger reads as a nominative plural that is also a genitive singular (``главы``,
    ``директора``), before one name in the genitive (``дождались главы МВД Анны Котовой``): the two are one
    genitive, the title is that person's. Not a subject (``учителя школы Петра Орлова пришли``: the school's)."""
    if head.feat.get("Number") != "Plur" or case_of(head) != "Nom" or head.rel.startswith("nsubj") \
            or not genitive_name(name, morph):
        return False
    return any(p.tag.POS == "NOUN" and {"sing", "gent"} <= p.tag.grammemes for p in morph.parses(fold(head.text)))


def holds_governed_name(words: list[Token], spouse: str | None, morph: Morph,
                        relative: tuple[str, str | None] | None = None) -> bool:
    """:func:`holds_governed` of a name's first word, or of its last when the first says nothing of its case (a
    name the tagger reads in the genitive that the dictionary does not have as a nominative of the tagger's
    gender, after a first word it has in the nominative: ``брат лидера страны Ким Чен Ына``). A name none of whose
    words declines shows no case: it stays in apposition to the relative (``супруга лидера страны Ли Сон Ми``)."""
    if relative is not None and agrees_with_relative(words[0], relative, morph):
        return False
    if holds_governed(words[0], spouse, morph):
        return True
    first, last = words[0], words[-1]
    gender = UD_GENDER.get(last.feat.get("Gender", ""))
    if len(words) < 2 or case_of(last) != "Gen" or gender is None or gender == spouse \
            or not any("Fixd" in p.tag or not p.is_known for p in morph.parses(fold(first.text))):
        return False  # "супруга президента Анна Котова": a first word that declines gives the name's case
    parses = morph.parses(fold(last.text))
    if any("Fixd" in p.tag for p in parses):
        return False  # "супруга лидера страны Ли Сон Ми": no word of the name declines, so none shows its case
    return not any(p.is_known and p.tag.gender == gender and "nomn" in p.tag for p in parses)


def agrees_with_relative(name: Token, relative: tuple[str, str | None], morph: Morph) -> bool:
    """Whether the first word of a name after a title a relative governs can be read in the relative's case and
    gender and not in the genitive (``с женой политика Лаурой …``: the wife's name, whatever the tagger reads in a
    word it does not know), or a name that does not decline, of the relative's gender; ``relative`` is the
    relative's case and gender in the dictionary's grammemes."""
    case, gender = relative
    parses = [p for p in morph.parses(fold(name.text)) if p.tag.POS == "NOUN" and p.tag.number != "plur"]
    if parses and gender is not None and all("Fixd" in p.tag for p in parses):
        # a name that does not decline says nothing of its case: of the relative's gender, it is the relative's
        # ("жена президента Мэри Смит"; "сын президента Ли Вэй")
        return any(p.tag.case == case and p.tag.gender == gender for p in parses)
    return not any("gent" in p.tag for p in parses) and any(
        p.tag.case == case and (gender is None or p.tag.gender in (gender, None)) for p in parses)


def holds_governed(name: Token, spouse: str | None, morph: Morph) -> bool:
    """Whether a name after a title a relative governs holds that title (``дочь президента Петра Орлова``): a
    name in the genitive, which the dictionary has as a genitive and not only as an accusative (``поздравили
    вдову директора Анну Котову``: the widow), and not of a governing spouse's gender (``по словам вдовы
    министра Анны Котовой``: the widow)."""
    if not genitive_name(name, morph):
        return False
    if spouse is not None and UD_GENDER.get(name.feat.get("Gender", "")) == spouse:
        return False
    parses = morph.parses(fold(name.text))
    # a word that does not decline is read in every case: its genitive says nothing ("супруга лидера Ли …")
    return not parses or any("gent" in p.tag and "Fixd" not in p.tag for p in parses)
