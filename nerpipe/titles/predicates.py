"""Titles given through a predicate, and whom the predicate speaks of.

``Орлов назначен министром``, ``Зорина, занимающая пост директора``, ``… в
должности …``, ``капитаном стал Орлов``, ``назвал Орлова лучшим тренером``: the
subject comes from natasha's syntax tree, through relative clauses and
participles to the name they qualify, and from ``он``/``она`` to the last person
of that gender named before (:mod:`.predicate_subjects`, :mod:`.subjects`); where the verb is, :mod:`.verbs`.
"""

from __future__ import annotations

from ..dates.grammar import MONTHS, WEEKDAYS
from ..morph import Morph, fold
from ..ner import Analysis
from ..records import Span
from ..text import DASHES
from .agreement import acting_in_instrumental
from .appointees import NAMING, appointee_after, appoints_other, find_naming_word, names_by_noun, post_sought
from .appointers import post_after_appointer
from .declined import declined
from .grammar import Title, acting_verb
from .lexicon import INDECLINABLE, POST_WORDS
from .predicate_subjects import dependent, find_name_before_copula, left_out_subject, nsubj, subject_of
from .sharing import POSSESSIVES
from .subjects import SUBJECT_PRONOUNS, antecedent_of, verbless_holder
from .tokens import People, case_of, first_token
from .vacated import OWNER_GENDER
from .verbs import (
    capacity_verb,
    clause_subject,
    converb_governor,
    find_name_past_description,
    gapped_predicate,
    is_predicate,
    known_as,
    past_modifiers,
    predicate_across_phrase,
    skip_decree,
    skip_joined_duties,
)

# words that may stand between a predicate and the title: "назначен на пост", "в качестве"
_PREDICATE_BRIDGE = {"на", "в", "во", "качестве", "должность", "пост", "посту", "должности", "его", "ее", "её",
                     "уже", "ранее", "теперь", "сейчас", "также", "тоже", "вновь", "снова", "временно",
                     "один", "одна", "одним", "одной", "из"}  # "является одним из основателей"
_SUCCESSION_NOUNS = ("предшественни", "преемни", "сменщи")  # "Предшественницей Орловой на посту …"
_DATE_PREPOSITIONS = {"с", "со", "в", "во"}  # a date a post is taken on
_LAYING_DOWN = {"сложить", "слагать"}  # "сложил полномочия директора": the subject held the post
_WORK_NOUNS = {"работа", "служба"}  # "работа прокурором": a noun that gives a title as its verb would


def predicate_person(
    analysis: Analysis, title: Title, people: People, holders: dict[int, Span], morph: Morph,
    in_title: set[int] | frozenset[int] = frozenset(),
) -> Span | None:
    """The holder a predicate gives a title to (``in_title``: the tokens of every title found).

    ``капитаном стал Кузьмин`` (also ``премьером станет глава партии … Зайцева``);
    ``Кузьмин назначен министром``, ``Зайцева, занимающая пост директора``, ``… в
    должности …``, ``Орлов будет запасным вратарём`` (the subject of the predicate,
    from the syntax tree); ``назвал Кузьмина первым вратарём``.
    ``holders`` maps the first token of each attached title to its person.
    """
    tokens = analysis.tokens
    head = tokens[title.head]
    # "работал с губернатором": an instrumental after a preposition is whom, not what, its subject is
    after_preposition = title.first > 0 and tokens[title.first - 1].pos == "ADP"
    instrumental = case_of(head) == "Ins" and not after_preposition
    acting = acting_in_instrumental(analysis, title)  # "врио главы", "исполняющим обязанности главы"
    duties = _duties_infinitive(analysis, title)
    # "… до избрания главы будет …"; "Главным тренером до конца сезона будет …": a phrase before the predicate
    k = _past_phrase(analysis, title.last + 1) if duties or instrumental else title.last + 1
    while k + 1 < len(tokens) and k - title.last <= 2 and tokens[k].pos == "ADV" and tokens[k].sent == head.sent:
        k += 1  # "И.о. министра также назначен …", "Директором школы вновь стал …"
    k = _skip_date(analysis, k, morph)  # "Исполняющим обязанности президента с 5 ноября назначен …"
    k = _skip_date(analysis, skip_decree(analysis, k, morph), morph)  # "… приказом министра с 5 ноября назначен"
    k = skip_joined_duties(analysis, k) if acting else k  # "… обязанности заместителя главы, начальника … назначен"
    if instrumental and k < len(tokens) and fold(tokens[k].text) == "быть" and tokens[k].sent == head.sent:
        return _dative_after(analysis, k, people)  # "Председателем комиссии быть Петру Орлову"
    # "ведущей программы стала Анна Котова": an instrumental the tagger may read as another case; "врио главы";
    # "Исполнять обязанности министра назначена …": the infinitive of the duties before the title
    if (instrumental or not after_preposition and (morph.has_gram(head.text, "ablt") or acting
                                                   or duties)) \
            and k + 1 < len(tokens) and tokens[k].sent == head.sent and is_predicate(tokens[k].text) \
            and not declined(analysis, k, morph):
        after = k + 1 + (fold(tokens[k + 1].text) in POSSESSIVES)  # "назначена его первый заместитель …": whose
        after = past_modifiers(analysis, after)  # "назначен 34-летний Пётр Орлов", "стал молодой …"
        # "назначен бывший заместитель министра Пётр Орлов": the title after, its adjectives its own
        person = people.by_first.get(after) or holders.get(after) or holders.get(k + 1)
        described = find_name_past_description(analysis, after, people.by_first) if person is None else None
        person = people.by_first.get(described) if described is not None else person  # "назначен уроженец …"
        if person is not None and (instrumental or case_of(tokens[after]) in ("Nom", None)):
            return person  # not the object of an active verb: "Врио губернатора назначил Петра Орлова …"
    if instrumental and (governor := converb_governor(analysis, title)) is not None:
        return subject_of(analysis, governor, people, morph=morph)  # "баллотировался, будучи врачом"
    if instrumental:
        # "поработать в мэрии директором": the verb right before, across a phrase, whatever the parser says
        appointed = post_after_appointer(analysis, title.head)  # "назначен губернатором Котовым министром"
        verb = appointed if appointed is not None else predicate_across_phrase(analysis, title) or head.head
        # "… директором является Орлов"; "он возглавлял холдинг, учредителем фонда …": a predicate left out
        if verb is not None and (appointed is not None or head.rel.startswith(("xcomp", "obl", "conj"))) \
                and is_predicate(tokens[verb].text) and not declined(analysis, verb, morph):
            person = subject_of(analysis, verb, people, climb=False, morph=morph)
            names_other = appoints_other(tokens[verb], morph)
            if person is None and names_other:
                person = appointee_after(analysis, title, people) \
                    or _pronoun_appointee(analysis, verb, people)  # "назначил директором завода Петра Орлова"
            if person is None and not names_other:
                person = _name_before_verb(analysis, verb, people) or _controller(analysis, verb, people, morph) \
                    or clause_subject(analysis, verb, people) \
                    or _passive_left_out(analysis, verb, people)
            if person is not None or names_other:
                return person
    trigger = _trigger_before(analysis, title, morph)
    if trigger is not None and (declined(analysis, trigger, morph) or post_sought(analysis, title, morph)
                                or _anothers_appointment(analysis, trigger, morph)):
        return None  # "Он объявил конкурс на замещение вакантной должности директора": a post no one holds
    if trigger is not None and names_by_noun(analysis, trigger, title, morph):
        # "указ о назначении главы района Петра Орлова", "о назначении министром Петра Орлова"; in the
        # instrumental the name may stand before the title ("о назначении Петра Орлова министром")
        person = appointee_after(analysis, title, people)
        return person if person is not None or case_of(head) == "Gen" else people.by_last.get(title.first - 1)
    if trigger is not None:
        person = None
        if morph.lemma(tokens[trigger].text) in POST_WORDS:
            person = _subject_after(analysis, title, people)  # "в качестве заместителя в команду входит Орлов"
            person = person or _name_on_post(analysis, trigger, people) \
                or _owner_of_infinitive(analysis, tokens[trigger].head, people)
        if person is None and acting and appoints_other(tokens[trigger], morph):
            # "указ, которым назначил исполняющим обязанности министра Петра Орлова": the name after the title
            person = appointee_after(analysis, title, people)
        # "поручил Петру Орлову исполнять обязанности главы": the one charged with it, not who charges
        person = person or _controller(analysis, trigger, people, morph) \
            or subject_of(analysis, trigger, people, morph=morph)
        if person is not None:
            return person
    verb = capacity_verb(analysis, title) or known_as(analysis, title, morph)
    if verb is not None:  # "Орлов выступил на форуме как глава делегации", "Орлов, известный как композитор"
        return subject_of(analysis, verb, people, morph=morph)
    person = subject_of(analysis, title.head, people, climb=False)  # "Орлов будет вратарём": the copula's subject
    if person is not None and person.end <= title.start and trigger is not None:
        return person
    if instrumental and (person := find_name_before_copula(analysis, title.first, title.head, people)) is not None:
        return person
    if instrumental or acting:
        person = people.by_last.get(title.first - 1)
        if person is not None:
            before = find_naming_word(analysis, first_token(analysis, person), in_title, morph)
            if before >= 0 and morph.lemma(tokens[before].text) in NAMING:
                return None if declined(analysis, before, morph) else person
        verb = gapped_predicate(analysis, title)
        if verb is not None:
            return subject_of(analysis, verb, people, climb=False, morph=morph)
    if instrumental:
        person = _work_noun_holder(analysis, title, people, morph)  # "в его послужном списке работа прокурором"
        if person is not None:
            return person
    if head.rel == "nsubj:pass" and head.head is not None and fold(head.text) in INDECLINABLE:
        # "В 2005 году назначен замдиректора завода": what someone is made, read as the subject
        return _passive_left_out(analysis, head.head, people, title.head)
    return verbless_holder(analysis, title, people)  # "Орлов родился в Томске. С 1992 года — директор школы."


def _dative_after(analysis: Analysis, k: int, people: People) -> Span | None:
    """The name in the dative a few words after the infinitive ``быть`` at ``k`` (``Председателем комиссии быть
    заместителю губернатора Петру Орлову``: a decree's formula, the one it makes the title's holder), past the
    titles before it."""
    tokens = analysis.tokens
    for j in range(k + 1, min(k + 8, len(tokens))):
        if tokens[j].sent != tokens[k].sent or tokens[j].text in (",", ".", ";"):
            return None
        person = people.by_first.get(j)
        if person is not None:
            return person if case_of(tokens[j]) in ("Dat", None) else None
    return None


def _skip_date(analysis: Analysis, k: int, morph: Morph) -> int:
    """The token after a date that starts at ``k`` (``с 5 ноября``, ``с 1 января 2014 года``, ``с понедельника``):
    when a post is taken, between a title and its predicate; ``k`` when no date starts there."""
    tokens = analysis.tokens
    if k + 1 >= len(tokens) or fold(tokens[k].text) not in _DATE_PREPOSITIONS or tokens[k + 1].sent != tokens[k].sent:
        return k
    j = k + 1
    if tokens[j].text.isdigit():
        j += 1
    if j >= len(tokens) or not (morph.lemma(tokens[j].text) in MONTHS or morph.lemma(tokens[j].text) in WEEKDAYS):
        return k
    j += 1
    if j < len(tokens) and tokens[j].text.isdigit():
        j += 1
        if j < len(tokens) and fold(tokens[j].text) in ("года", "г"):
            j += 1 + (j + 1 < len(tokens) and tokens[j + 1].text == ".")
    return j


def _duties_infinitive(analysis: Analysis, title: Title) -> bool:
    """A title whose duties an infinitive right before it discharges (``Исполнять обязанности министра назначена
    Анна Котова``, ``… будет его заместитель``): the subject of the predicate after the title acts in it."""
    verb = acting_verb(analysis, title.first, title.last)
    return verb is not None and verb < title.first and analysis.tokens[verb].feat.get("VerbForm") == "Inf"


def _past_phrase(analysis: Analysis, k: int) -> int:
    """The index of a predicate past a phrase of a preposition and its nouns at ``k`` (``до избрания нового
    главы будет …``), at most six words on; ``k`` itself when no such phrase leads to one."""
    tokens = analysis.tokens
    if k >= len(tokens) or tokens[k].pos != "ADP":
        return k
    for j in range(k + 1, min(k + 7, len(tokens))):
        if tokens[j].sent != tokens[k].sent:
            return k
        if is_predicate(tokens[j].text) and tokens[j].pos in ("VERB", "AUX"):
            return j  # not "до избрания", a noun the predicates' pattern matches
        if tokens[j].pos not in ("NOUN", "PROPN", "ADJ", "ADP", "DET"):
            return k
    return k


def _work_noun_holder(analysis: Analysis, title: Title, people: People, morph: Morph) -> Span | None:
    """A title in the instrumental after a noun of working (``работа прокурором``): the one whose work it is, named
    in the genitive after the noun (``работа Петра Орлова прокурором``) or through ``его``/``её`` before it in
    the sentence (``В его послужном списке работа прокурором``)."""
    tokens = analysis.tokens
    noun = tokens[title.head].head
    if noun is None or tokens[noun].pos != "NOUN" or morph.lemma(tokens[noun].text) not in _WORK_NOUNS:
        return None
    owner = dependent(analysis, noun, ("nmod",), people)
    if owner is not None and case_of(tokens[owner]) == "Gen":
        return people.of_token[owner]
    for token in tokens[noun - 1::-1] if noun else ():
        if token.sent != tokens[noun].sent:
            return None
        gender = OWNER_GENDER.get(fold(token.text))
        if gender is not None:
            return antecedent_of(analysis, token.index, people, gender, oblique=False)
    return None


def _controller(analysis: Analysis, verb: int, people: People, morph: Morph) -> Span | None:
    """Who does what an infinitive or a converb says (``Орлов успел поработать директором``, ``поработав
    директором, Орлов ушёл``): the named object of the verb it completes (``попросил Анну Котову поработать
    …``), else that verb's subject."""
    tokens = analysis.tokens
    parent = tokens[verb].head
    form = (tokens[verb].feat.get("VerbForm"), tokens[verb].rel)
    if parent is None or form not in (("Inf", "xcomp"), ("Conv", "advcl")):
        return None
    if form[0] == "Conv":  # its verb's subject, not whom that verb appoints: "Став министром, Орлов назначил Лаптева …"
        return subject_of(analysis, parent, people)
    obj = dependent(analysis, parent, ("obj", "iobj"), people)
    if obj is not None:
        return people.of_token[obj]
    return subject_of(analysis, parent, people, morph=morph)


def _owner_of_infinitive(analysis: Analysis, verb: int | None, people: People) -> Span | None:
    """Whose decision or wish an infinitive a noun governs is, the name in the genitive on that noun: who would
    do it (``решение Петра Орлова покинуть пост тренера``: Орлов leaves)."""
    tokens = analysis.tokens
    if verb is None or tokens[verb].feat.get("VerbForm") != "Inf" or tokens[verb].head is None \
            or tokens[tokens[verb].head].pos != "NOUN":
        return None
    owner = dependent(analysis, tokens[verb].head, ("nmod",), people)
    return people.of_token[owner] if owner is not None and case_of(tokens[owner]) == "Gen" else None


def _passive_left_out(analysis: Analysis, verb: int, people: People, misread: int | None = None) -> Span | None:
    """The one a short passive participle with no subject speaks of (``Орлов родился в Твери. В 2005 году назначен
    директором завода``): a biography goes on (:func:`.predicate_subjects.left_out_subject`)."""
    token = analysis.tokens[verb]
    short = token.feat.get("VerbForm") == "Part" and token.feat.get("Variant") == "Short"
    return left_out_subject(analysis, verb, people, misread) if short else None


def _name_before_verb(analysis: Analysis, verb: int, people: People) -> Span | None:
    """A name in the nominative right before a predicate the parser gave no subject (``указом президента Пётр
    Орлов назначен послом``): the predicate's subject."""
    tokens = analysis.tokens
    person = people.by_last.get(verb - 1)
    if person is None or tokens[verb].pos not in ("VERB", "AUX"):
        return None
    first = tokens[first_token(analysis, person)]
    return person if case_of(first) == "Nom" and first.sent == tokens[verb].sent else None


def _name_on_post(analysis: Analysis, post: int, people: People) -> Span | None:
    """The name right before ``на посту``/``в должности`` (``первый визит Петра Орлова на посту министра``),
    in any case: whoever the parser hangs the post on, the name holds it."""
    tokens = analysis.tokens
    if post < 2 or fold(tokens[post].text) not in ("посту", "должности") \
            or fold(tokens[post - 1].text) not in ("на", "в") or tokens[post - 2].sent != tokens[post].sent:
        return None
    person = people.by_last.get(post - 2)
    before = first_token(analysis, person) - 1 if person is not None else -1
    if before >= 0 and (tokens[before].pos == "NOUN" and tokens[before].feat.get("Animacy") == "Anim"
                        or fold(tokens[before].text).startswith(_SUCCESSION_NOUNS)):
        return None  # "предшественник Петра Орлова на посту губернатора": the post the noun's, not the name's
    return person


def _subject_after(analysis: Analysis, title: Title, people: People) -> Span | None:
    """The named subject of the verb that follows a title within a few words (``в качестве заместителя, в
    команду входит Орлов``): the parser's attachment of such a title is not to be trusted."""
    tokens = analysis.tokens
    for k in range(title.last + 1, min(title.last + 5, len(tokens))):
        token = tokens[k]
        if token.sent != tokens[title.head].sent:
            return None
        if token.pos in ("VERB", "AUX") \
                and (token.feat.get("VerbForm") == "Fin" or token.feat.get("Variant") == "Short"):
            # "…, пост министра получит Орлов": of two names the parser makes the verb's subjects, the one past
            # the title, not one of the clause before the comma; "от должности министра освобождён Орлов"
            after = [t.index for t in tokens[k + 1:] if t.sent == token.sent and t.head == k
                     and t.rel.startswith("nsubj") and t.index in people.of_token]
            subject = after[0] if after else nsubj(analysis, k, people)
            return people.of_token.get(subject) if subject is not None else None
        if token.pos not in ("ADP", "NOUN", "ADJ", "DET") and token.text != "," and token.text not in DASHES:
            return None  # "на пост вице-премьера — министра культуры назначен …": a dash joins the post's titles
    return None


def _powers_laid_down(analysis: Analysis, k: int, morph: Morph) -> bool:
    """``полномочия`` its holder lays down (``сложил с себя полномочия директора``): the verb's subject held the
    post; not powers another gives or takes (``расширил полномочия губернатора``)."""
    tokens = analysis.tokens
    verb = tokens[k].head
    return morph.lemma(fold(tokens[k].text)) == "полномочие" and verb is not None \
        and morph.lemma(fold(tokens[verb].text)) in _LAYING_DOWN


def _trigger_before(analysis: Analysis, title: Title, morph: Morph) -> int | None:
    """The predicate a few words before a title (``назначен``, ``занимающий пост``, ``с поста``), if any."""
    tokens = analysis.tokens
    sent = tokens[title.first].sent
    j = title.first - 1
    if j >= 0 and fold(tokens[j].text) == "на":
        return None  # "работает на губернатора": for its holder; a post is named ("на пост губернатора")
    acting = acting_verb(analysis, title.first, title.last)
    if acting is not None:
        return acting  # "исполнял обязанности министра", "обязанности министра исполняет": an acting holder
    steps = 0
    while j >= 0 and tokens[j].sent == sent and steps < 4:
        word = fold(tokens[j].text)
        if is_predicate(word) or morph.lemma(word) in POST_WORDS or _powers_laid_down(analysis, j, morph):
            return j
        date = next((s for s in range(max(0, j - 4), j) if _skip_date(analysis, s, morph) == j + 1), None)
        if date is not None:  # "назначило с 1 июля исполняющим обязанности ректора": when, between verb and title
            j, steps = date - 1, steps + 1
            continue
        if word not in _PREDICATE_BRIDGE and not (tokens[j].text in DASHES and j == title.first - 1) \
                and not (tokens[j + 1].text in DASHES and tokens[j].pos == "NOUN" and case_of(tokens[j]) == "Gen"):
            # "назначен на новую должность — глава службы": a dash may stand for the post word; "на пост
            # вице-премьера — министра культуры": one post of two titles joined by a dash
            return None
        j -= 1
        steps += 1
    return None


def appointed_by_noun(analysis: Analysis, title: Title, morph: Morph) -> bool:
    """A title in the genitive after a noun of appointment spoken about (``о назначении нового главы``): it is
    the appointee's, named after it or not at all, never a holder's named before."""
    trigger = _trigger_before(analysis, title, morph)
    return trigger is not None and names_by_noun(analysis, trigger, title, morph)


def _pronoun_appointee(analysis: Analysis, verb: int, people: People) -> Span | None:
    """The one an appointing verb's pronoun object stands for (``В 2017 году его назначили первым заместителем
    губернатора``): the person last named before, of the pronoun's gender; none where the verb's subject is a
    pronoun of that gender too (``Он назначил его …``: the last named is mostly the subject)."""
    words = [t for t in analysis.tokens_in(*analysis.sentences[analysis.tokens[verb].sent]) if t.head == verb]
    subjects = {SUBJECT_PRONOUNS.get(fold(t.text)) for t in words if t.rel.startswith("nsubj")}
    for token in words:
        gender = OWNER_GENDER.get(fold(token.text))
        if token.rel == "obj" and token.pos == "PRON" and gender is not None and gender not in subjects:
            return antecedent_of(analysis, token.index, people, gender)
    return None


def _anothers_appointment(analysis: Analysis, trigger: int, morph: Morph) -> bool:
    """A post word that hangs on a noun of appointing which ``его``/``её``/``их`` owns, before it or after it
    (``рассказал о его назначении на пост министра``, ``о назначении его на пост``, ``о её скором назначении на
    должность``): the post of the one the pronoun stands for, another than the subject."""
    tokens = analysis.tokens
    post = tokens[trigger]
    if post.head is None or morph.lemma(post.text) not in POST_WORDS:
        return False
    noun = tokens[post.head]
    if noun.pos != "NOUN" or morph.lemma(noun.text) not in NAMING:
        return False
    sentence = analysis.tokens_in(*analysis.sentences[noun.sent])
    return any(t.head == noun.index and t.rel in ("det", "nmod", "nmod:poss") and fold(t.text) in POSSESSIVES
               for t in sentence)
