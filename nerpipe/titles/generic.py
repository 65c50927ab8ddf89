"""Titles that name no post: a generic title with no holder that speaks of a class of people
(``эксперты``, ``134 журналиста``, ``каждый третий журналист``), not of one person; and a
title beside a name that says who its holder is but no post they hold (``кандидат в президенты``,
``автор идеи``, ``известный правозащитник``)."""

from __future__ import annotations

from ..morph import fold
from ..ner import Analysis
from ..text import CLOSING_QUOTES, OPENING_QUOTES, line_ends, line_starts
from .grammar import Title
from .heads import names_degree
from .lexicon import POSTS, TitleLexicon
from .tokens import case_of, is_word, number_of, starts_clause

# pymorphy's grammemes of proper names: a word with one of them is no common noun
_PROPER = ("Geox", "Orgn", "Name", "Surn", "Patr", "Trad")
# words before a title that make it a count or a class, not one holder: "134 журналиста", "каждый журналист"
_QUANTIFIERS = {"каждый", "любой", "всякий", "некоторый", "многий", "иной", "весь", "оба", "обе", "несколько",
                "много", "немало", "ряд", "множество", "большинство", "число", "количество", "сотня", "десяток",
                "тысяча", "пара", "группа"}


def is_generic(analysis: Analysis, title: Title, lexicon: TitleLexicon) -> bool:
    """A title with no holder that speaks of a class of people, not of one person.

    Plurals (``эксперты``, ``представители партии``; not a post run for, ``баллотировался в президенты``),
    counts (``134 журналиста``, ``каждый третий журналист``), quoted names of titles (``звание «Чемпион мира»``)
    and headings (a line that is only the word ``Политика``).
    """
    tokens = analysis.tokens
    head = tokens[title.head]
    if number_of(head) == "Plur":
        return not joins_as(analysis, title, lexicon)
    if line_starts(analysis.text, title.start) and line_ends(analysis.text, title.end):
        return True  # a heading: "Политика"
    before = title.first - 1
    if before < 0 or tokens[before].sent != head.sent:
        return False
    prev = tokens[before]
    if prev.pos == "NUM" or prev.text.isdigit():
        return True
    if prev.text in OPENING_QUOTES and title.last + 1 < len(tokens) and tokens[title.last + 1].text in CLOSING_QUOTES:
        return True
    for index in range(before, max(before - 3, -1), -1):  # "каждый третий заключённый журналист"
        if not is_word(tokens[index]) or tokens[index].sent != head.sent:
            break
        if lexicon.morph.lemma(tokens[index].text) in _QUANTIFIERS:
            return True
    return False


def joins_as(analysis: Analysis, title: Title, lexicon: TitleLexicon) -> bool:
    """A plural title after ``в`` in the form of its nominative (``баллотировалась в президенты``, ``пошёл в
    депутаты``, ``выдвинут в губернаторы``): the post one person runs for or takes, not a class of people."""
    tokens = analysis.tokens
    before = title.first - 1
    if before < 0 or fold(tokens[before].text) not in ("в", "во") or tokens[before].sent != tokens[title.head].sent:
        return False
    return any(p.tag.number == "plur" and p.tag.case == "nomn" and lexicon.parse_lemma(p) is not None
               for p in lexicon.morph.parses(fold(tokens[title.head].text)))


def holds_no_post(analysis: Analysis, title: Title, lexicon: TitleLexicon, placed: bool) -> bool:
    """A title beside a name that states no post its holder holds, only who they are:

    - a candidate for a post (``кандидат в президенты``, the ``candidate`` group) or one put forward
      for it (``выдвинул на пост министра``, the ``nomination`` group): not its holder;
    - a post created or abolished (``упразднил должность советника``, the ``post_making`` group);
    - a title in the name of a place or a body named after its holder (``Госпиталь принцессы …``);
    - the founder or owner of a thing, at an organization or not (``основатель фонда``, ``владелец кафе``:
      the ``ownership`` group): who set it up or owns it, not a post in it;
    - the author of a thing, at no organization (``автор идеи``, ``создатель сервиса``: the
      ``authorship`` group);
    - one born into a kin group or a people (:func:`of_lineage`: ``представитель рода``);
    - a standing an adjective of the ``status`` group right before the head makes of it (``свободный агент``);
    - a bare skill praised, at no body (``опытный руководитель``: the ``praised_skill`` and ``praise`` groups).

    A profession praised as a person is (``известный правозащитник``, ``юный шахматист``) is still what its
    holder does: the praise leaves the position (:mod:`.normalize`), the row stays.

    ``placed``: the title names an organization or a region."""
    tokens = analysis.tokens
    lemma = lexicon.head_lemma(tokens[title.head].text)
    candidate = lemma in lexicon.candidates and not names_degree(analysis, title.head, lexicon)
    if candidate or lemma in lexicon.ownership or nominated(analysis, title, lexicon) \
            or post_made(analysis, title, lexicon) or in_eponym(analysis, title, lexicon) \
            or of_lineage(analysis, title, lexicon) \
            or title.first < title.head and lexicon.morph.lemma(tokens[title.head - 1].text) in lexicon.statuses:
        return True
    if placed:
        return False
    # "является опытным руководителем и умелым организатором": a skill praised, no post
    praised = lemma in lexicon.praised_skills and title.last == title.head and title.first < title.head \
        and lexicon.morph.lemma(tokens[title.head - 1].text) in lexicon.praise
    return praised or lemma in lexicon.authorship


def of_lineage(analysis: Analysis, title: Title, lexicon: TitleLexicon) -> bool:
    """``представитель`` of a kin group or a people (the ``lineage`` group: ``представитель рода``, ``старший
    представитель династии``, ``представитель дома Романовых``): one born into it, who holds no post there. ``дом``
    only before a family's name in the plural (``Белого дома`` is a body)."""
    tokens = analysis.tokens
    if lexicon.head_lemma(tokens[title.head].text) != "представитель":
        return False
    after = title.head + 1
    while after <= title.last and tokens[after].pos == "ADJ" and tokens[after].text.islower():
        after += 1  # "представитель древнего рода"
    if after > title.last or not tokens[after].text.islower():
        return False
    lemma = lexicon.morph.lemma(tokens[after].text)
    if lemma not in lexicon.lineage:
        return False
    if lemma != "дом":
        return True
    name = after + 1  # a family's name in the plural, whatever the tagger makes of it ("дома Орловых")
    return name < len(tokens) and tokens[name].sent == tokens[after].sent and tokens[name].text[:1].isupper() \
        and any(p.tag.number == "plur" and p.tag.case == "gent" for p in lexicon.morph.parses(fold(tokens[name].text)))


def nominated(analysis: Analysis, title: Title, lexicon: TitleLexicon) -> bool:
    """A title someone is put forward for or runs for (``выдвинул на пост министра``, ``кандидатуру на должность
    директора``, ``баллотируется в мэры``, ``боролась за пост ректора``): the words before it are ``на пост``/``на
    должность`` (``за пост``) after a word of the ``nomination`` group, or one comes right after the title (``на
    пост мэра претендует …``), or ``в`` and a plural title (:func:`joins_as`: ``баллотировался в депутаты``)."""
    tokens = analysis.tokens
    j = title.first - 1
    if joins_as(analysis, title, lexicon):  # "баллотировался в депутаты", "в мэры выдвинулся"
        pass
    elif j < 0 or lexicon.morph.lemma(tokens[j].text) not in POSTS:
        return False
    else:
        j -= 1
        if j < 0 or fold(tokens[j].text) not in ("на", "за"):  # "за пост ректора боролась …"
            return False
    sent = tokens[title.first].sent
    for k in range(j - 1, max(j - 4, -1), -1):
        if tokens[k].sent != sent or not is_word(tokens[k]):
            break
        if lexicon.morph.lemma(tokens[k].text) in lexicon.nominations:
            return True
    # "на пост мэра баллотируется Пётр Орлов": the verb right after the title
    for k in range(title.last + 1, min(title.last + 3, len(tokens))):
        if tokens[k].sent != sent or not is_word(tokens[k]):
            return False
        if lexicon.morph.lemma(tokens[k].text) in lexicon.nominations:
            return True
    return False


def post_made(analysis: Analysis, title: Title, lexicon: TitleLexicon) -> bool:
    """A post that is created or abolished (``упразднил должность советника губернатора``, ``ввела пост
    помощника мэра``, ``о сокращении должности заместителя``): ``пост``/``должность`` right before the title,
    with no preposition, after a word of the ``post_making`` group; whoever acts holds no such post."""
    tokens = analysis.tokens
    j = title.first - 1
    if j < 1 or lexicon.morph.lemma(tokens[j].text) not in POSTS or tokens[j].sent != tokens[title.head].sent:
        return False
    for k in range(j - 1, max(j - 3, -1), -1):
        if tokens[k].sent != tokens[j].sent or not is_word(tokens[k]):
            return False
        if lexicon.morph.lemma(tokens[k].text) in lexicon.post_making:
            return True
        if tokens[k].pos not in ("ADJ", "DET"):  # "ввела новую должность", "упразднил эту должность"
            return False
    return False


def in_eponym(analysis: Analysis, title: Title, lexicon: TitleLexicon) -> bool:
    """A title in the genitive right after a capitalised common noun inside a sentence (``сотрудники
    Госпиталя принцессы Анны``) or after ``имени``/``им.`` (``школа им. академика Орлова``): part of the name of
    something named after its holder, not a post the text speaks of (a place's name before it is no such noun:
    ``визит в Москву министра …``; nor is ``от имени``: ``от имени министра`` is on the holder's behalf)."""
    tokens = analysis.tokens
    before = title.first - 1
    if before < 1 or tokens[before].sent != tokens[title.head].sent or case_of(tokens[title.head]) != "Gen":
        return False
    if _after_named(analysis, before):
        return True
    word = tokens[before]
    if not (word.pos in ("NOUN", "PROPN") and word.text[:1].isupper() and not word.text.isupper()
            and word.feat.get("Animacy") == "Inan" and not starts_clause(analysis, before)):
        return False
    parses = lexicon.morph.parses(fold(word.text))
    return bool(parses) and all(p.tag.POS == "NOUN" and not any(g in p.tag for g in _PROPER) for p in parses)


def _after_named(analysis: Analysis, before: int) -> bool:
    """Whether the word at ``before`` ends ``имени`` or ``им.`` that names a thing after someone (not ``от имени``,
    ``по имени``)."""
    tokens = analysis.tokens
    if tokens[before].text == "." and before >= 1 and fold(tokens[before - 1].text) == "им":
        return True
    return fold(tokens[before].text) == "имени" and (before < 1 or fold(tokens[before - 1].text) not in _ON_BEHALF)


_ON_BEHALF = frozenset({"от", "по", "с"})  # "от имени министра", "по имени", "с именем"
