"""Names set off after a title that hold it: in commas (``Директор школы, Пётр Орлов, рассказал``), after a dash
(``Мэр города — Пётр Орлов.``), after ``один из`` and a plural title, past an apposition in the title's case
(``руководителю театра, кавалеру ордена Петру Орлову``) or a participle's phrase (``полковник в отставке, имеющий
много наград Пётр Орлов``)."""

from __future__ import annotations

from ..morph import UD_CASE, Morph, fold
from ..ner import Analysis, Token
from ..records import Span
from ..text import DASHES
from .agreement import agrees, case_word
from .appointees import appoints_other
from .former import retired_words
from .gapped import opens_gapped_item
from .grammar import Title
from .lexicon import DISTINCTIONS
from .tokens import People, case_of, number_of, same_case
from .verbs import find_name_past_description

_DISTINCTION_AT = 3  # the noun of a distinction is among the first words: "двукратный олимпийский чемпион …"
_MAX_APPOSITION = 12  # words of a noun phrase between a title and its name ("…, полному кавалеру ордена «Слава» …")


def name_in_commas(analysis: Analysis, title: Title, people: People) -> Span | None:
    """``Директор школы, Пётр Орлов, рассказал …`` (or ``…, Пётр Орлов рассказал``, the name the subject): a name
    set off by commas right after a title that opens its clause (not one coordinated with another or set off
    itself, nor after a phrase that names someone), agreeing with it, when no other name follows (not a list of
    people)."""
    tokens = analysis.tokens
    comma = title.last + 1
    person = people.by_first.get(comma + 1)
    if person is None or comma >= len(tokens) or tokens[comma].text != "," or title.governed \
            or tokens[comma + 1].sent != tokens[title.head].sent or number_of(tokens[title.head]) == "Plur":
        return None
    before = title.first - 1
    if before >= 0 and tokens[before].sent == tokens[title.first].sent \
            and (tokens[before].text in ("(", *DASHES) or fold(tokens[before].text) in ("и", "а")
                 or tokens[before].text == "," and not _opening_phrase(analysis, before, people)):
        return None  # "Анна Зорина, директор школы, Пётр Орлов, …": the title is the name's before it
    after = tokens_after(analysis, person)
    if after is None or people.by_first.get(after.index + 1) is not None:
        return None
    head = case_word(analysis, title)
    if after.text not in (",", ")") and not (after.pos in ("VERB", "AUX") and case_of(head) == "Nom"
                                              and not _verb_before(analysis, title)):
        return None  # "Первый вратарь сборной, Пётр Орлов будет запасным": the name is the subject
    return person if agrees(head, tokens[comma + 1], 1) else None


def _verb_before(analysis: Analysis, title: Title) -> bool:
    """A verb before a title in its sentence (``Как сообщил министр, Пётр Орлов уехал``): the title is that
    verb's, and the comma after it ends its clause."""
    tokens = analysis.tokens
    sent = tokens[title.first].sent
    return any(t.sent == sent and t.pos in ("VERB", "AUX") for t in tokens[max(0, title.first - 40): title.first])


def _opening_phrase(analysis: Analysis, comma: int, people: People) -> bool:
    """Words before ``comma`` that open the sentence and name no one (``Таким образом, …``, ``По словам
    источника, …``): the title after it still opens its clause."""
    tokens = analysis.tokens
    words = [t for t in tokens[:comma] if t.sent == tokens[comma].sent]
    return len(words) <= 4 and all(t.index not in people.of_token and t.text not in (",", "«", "»")
                                   and t.pos != "VERB" for t in words)


def name_after_dash(analysis: Analysis, title: Title, people: People, morph: Morph) -> Span | None:
    """``Мэр города — Пётр Орлов.``: a title in the nominative that opens its sentence, a dash, and a name in the
    nominative that ends the sentence (or its first clause): the name is who holds the title. A title in an
    oblique case may stand anywhere, the name in the same case after the dash being in apposition to it
    (``женился на учительнице — Анне Зориной``, ``встретился с министром — Петром Орловым``)."""
    tokens = analysis.tokens
    dash = title.last + 1
    if dash + 1 >= len(tokens) or tokens[dash].text not in DASHES or number_of(tokens[title.head]) == "Plur" \
            or title.governed or tokens[dash + 1].sent != tokens[dash].sent:
        return None
    case = case_of(case_word(analysis, title))
    person = people.by_first.get(dash + 1)
    if person is None and case == "Ins" and opens_gapped_item(analysis, title):
        # "…, директором лицея — учитель Анна Котова": the name past its bearer's description
        described = find_name_past_description(analysis, dash + 1, people.by_first)
        person = people.by_first.get(described) if described is not None else None
        return person
    if person is None:
        return None
    named = case_of(tokens[dash + 1])
    if case == "Ins" and opens_gapped_item(analysis, title) and (
            named in ("Nom", None) or named in ("Acc", "Gen") and _appointed_before(analysis, title, morph)):
        # "директором стал Пётр Орлов, а заместителем — Анна Зорина": the verb left out; "назначил директором
        # Петра Орлова, а заместителем — Анну Зорину": its object
        return person
    if case is None or case == "Nom" and (not (analysis.starts_sentence(title.first) or _chained(analysis, title))
                                          or case_of(tokens[dash + 1]) not in ("Nom", None)):
        return None
    if case != "Nom" and case_of(tokens[dash + 1]) != case \
            and not _oblique_case_shared(case_word(analysis, title), tokens[dash + 1], morph):
        return None
    after = tokens_after(analysis, person)  # a dash closes a name set off by two ("Мэр — Пётр Орлов — заявил")
    return person if after is None or after.text in (".", "!", ";", ",") or after.text in DASHES \
        or _chained(analysis, title) else None


def _appointed_before(analysis: Analysis, title: Title, morph: Morph) -> bool:
    """An active verb that appoints another before the title in its sentence (``назначил``)."""
    tokens = analysis.tokens
    sent = tokens[title.first].sent
    return any(appoints_other(t, morph) for t in tokens[max(0, title.first - 40): title.first] if t.sent == sent)


def _chained(analysis: Analysis, title: Title) -> bool:
    """A title after a dash that follows another opening the sentence, no verb or comma between (``Заместитель
    председателя правительства – министр культуры – Пётр Орлов.``): a chain of one holder's posts."""
    tokens = analysis.tokens
    dash = title.first - 1
    if dash < 1 or tokens[dash].text not in DASHES:
        return False
    words = [t for t in tokens[max(dash - _MAX_APPOSITION, 0): dash] if t.sent == tokens[dash].sent]
    return bool(words) and analysis.starts_sentence(words[0].index) \
        and all(t.pos not in ("VERB", "AUX") and t.text not in (",", ";", ":") for t in words)


def name_after_one_of(analysis: Analysis, title: Title, people: People) -> Span | None:
    """``один из руководителей компании «Вектор» Пётр Орлов``: a plural title after ``один из`` and the name right
    after it, in the case of ``один``, are one person's."""
    tokens = analysis.tokens
    j, k = title.first - 1, title.last + 1
    person = people.by_first.get(k)
    if person is None or j < 1 or fold(tokens[j].text) != "из" or not fold(tokens[j - 1].text).startswith("одн") \
            and fold(tokens[j - 1].text) != "один" or tokens[k].sent != tokens[title.last].sent:
        return None
    one, name = case_of(tokens[j - 1]), case_of(tokens[k])
    return person if one is None or name is None or one == name else None


def _oblique_case_shared(head: Token, name: Token, morph: Morph) -> bool:
    """Whether a title and a name the tagger reads in different cases have an oblique case in common by the
    dictionary (``на учительнице — Анне``: a locative and a dative of one form; ``критику — Анне``: a dative
    the tagger reads as the accusative of another noun)."""
    titles = {p.tag.case for p in morph.parses(fold(head.text)) if p.tag.POS == "NOUN"} | {UD_CASE[case_of(head)]}
    names = {p.tag.case for p in morph.parses(fold(name.text)) if "Name" in p.tag or "Surn" in p.tag}
    return bool((titles & names) - {"nomn"})


def name_past_apposition(analysis: Analysis, title: Title, people: People, in_title: set[int],
                         morph: Morph) -> Span | None:
    """``художественному руководителю театра, полному кавалеру ордена «Слава» Петру Орлову``: after a comma, a
    noun phrase that is no title (an honour, a rank of merit) or a participle's phrase (``профессор, имеющий много
    наград Пётр Орлов``) in the title's case, then a name in that case; so past a distinction closed by a comma
    (``драматург, лауреат премии «Факел», Пётр Орлов``)."""
    tokens = analysis.tokens
    comma = title.last + 1 + retired_words(analysis, title)  # "полковник в отставке, …"
    if comma + 2 >= len(tokens) or tokens[comma].text != "," or title.governed \
            or number_of(tokens[title.head]) == "Plur":
        return None
    head = case_word(analysis, title)
    nouns = 0
    for k in range(comma + 1, min(comma + 1 + _MAX_APPOSITION, len(tokens))):
        token = tokens[k]
        person = people.by_first.get(k)
        if person is not None:
            return person if nouns and case_of(token) == case_of(head) and case_of(head) is not None else None
        if token.text == "," and nouns and _is_distinction_closed(analysis, comma, k, head, people, morph):
            return people.by_first[k + 1]
        if token.sent != tokens[title.head].sent or k in in_title or token.text in (",", ";", ":", "(", ")") \
                or token.text in DASHES or token.pos == "ADP" and k == comma + 1:
            return None
        if k == comma + 1 and _participle_of(token, head):
            nouns += 1  # "полковник в отставке, имеющий много наград Пётр Орлов": the participle's phrase
            continue
        if token.pos in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
            return None
        if token.pos == "NOUN" and not nouns:
            if not same_case(token, head):
                return None
            nouns += 1
    return None


def _is_distinction_closed(analysis: Analysis, comma: int, close: int, head: Token, people: People, morph: Morph
                           ) -> bool:
    """A phrase between ``comma`` and ``close`` that opens with a noun of an achievement (``лауреат премии``,
    ``двукратный чемпион мира``: ``distinction`` in ``resources/titles.txt``), then right after ``close`` a name in
    the title's case that no other name follows (not a list of people)."""
    tokens = analysis.tokens
    person = people.by_first.get(close + 1)
    if person is None or tokens[close + 1].sent != head.sent or case_of(tokens[close + 1]) != case_of(head):
        return False
    after = tokens_after(analysis, person)
    if after is not None and fold(after.text) in (",", "и") and people.by_first.get(after.index + 1) is not None:
        return False
    return any(morph.lemma(t.text) in DISTINCTIONS for t in tokens[comma + 1: comma + 1 + _DISTINCTION_AT])


def _participle_of(token: Token, head: Token) -> bool:
    """A full participle in the singular and the case of the title (``имеющий`` after ``полковник``)."""
    return token.feat.get("VerbForm") == "Part" and token.feat.get("Variant") != "Short" \
        and token.feat.get("Number") == "Sing" and same_case(token, head)


def tokens_after(analysis: Analysis, person: Span) -> Token | None:
    """The token right after a name, in its sentence."""
    last = analysis.tokens_in(person.start, person.end)[-1]
    nxt = last.index + 1
    if nxt >= len(analysis.tokens) or analysis.tokens[nxt].sent != last.sent:
        return None
    return analysis.tokens[nxt]
