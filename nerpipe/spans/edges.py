"""The edges of ORG spans as natasha gives them, repaired: quotes closed, a span run across line
breaks cut into its lines, the sentence's full stop left out, a noun before a quoted name in the
genitive left out, a closing bracket it did not open left out, a preposition or a person's title
before a name and a verb after it left out, an adjective at the end run on to its noun, a bracket left
open closed (what the text gives in brackets after an organization: :mod:`.defined`)."""

from __future__ import annotations

from bisect import bisect_left

from ..morph import Morph, fold, is_predicate, without_former
from ..ner import Analysis
from ..orgs import (
    LEGAL_FORMS,
    NAMED_AFTER,
    OrgLexicon,
    abbreviation_comma,
    is_abbreviation,
    is_full_word,
    is_latin_name,
    is_short_name,
)
from ..places import Gazetteer
from ..records import ORG, PER, Span
from ..text import OPENING_QUOTES, QUOTE_PAIRS
from .organizations import common_noun


def close_quotes(text: str, span: Span) -> Span:
    """Extend an ORG span that opens a quote to the closing quote (same line, or the next one where a
    line break cuts the name's words, within 120 characters: :func:`_broken_line`)."""
    inside = text[span.start:span.end]
    for opener, closer in QUOTE_PAIRS.items():
        if opener == closer:
            continue  # a straight quote: below
        if inside.count(opener) > inside.count(closer):
            limit = min(len(text), span.end + 120)
            end = span.end
            while end < limit and (text[end] != "\n" or _broken_line(text, end)):
                if text[end] == closer:
                    return Span(span.start, end + 1, span.type)
                if text[end] == opener:
                    break
                end += 1
            return span
    if inside.count('"') % 2 == 1 and inside[inside.rindex('"') + 1:][:1].isalnum():
        # an odd straight quote opens a name when a word follows it; after a word it closes one opened
        # before the span (``"Союза — Фронт" (АБВ)``)
        end = text.find('"', span.end, min(len(text), span.end + 120))
        if end != -1 and "\n" not in text[span.end:end]:
            return Span(span.start, end + 1, span.type)
    return span


def drop_unopened_quote(text: str, span: Span) -> Span:
    """An ORG span without the closing quote it ends with when it holds no quote that quote closes
    (``«[Движения за честные выборы»]``: the name opened its quote before the span)."""
    inside = text[span.start:span.end]
    if span.type != ORG or len(inside) < 2 or inside[-1] not in QUOTE_PAIRS.values():
        return span
    closer = inside[-1]
    openers = [opener for opener, other in QUOTE_PAIRS.items() if other == closer and opener != closer]
    unopened = inside.count('"') % 2 == 1 if closer == '"' else \
        inside.count(closer) > sum(inside.count(opener) for opener in openers)
    if not unopened:
        return span
    return Span(span.start, span.start + len(inside[:-1].rstrip()), span.type)


def drop_unopened_bracket(text: str, span: Span) -> Span:
    """An ORG span without the closing bracket it ends with when it opens none (``агентство ([ЦРУ)]``: the
    bracket opened before the span)."""
    inside = text[span.start:span.end]
    if span.type != ORG or len(inside) < 2 or not inside.endswith(")") or "(" in inside:
        return span
    return Span(span.start, span.start + len(inside[:-1].rstrip()), span.type)


def _broken_line(text: str, at: int) -> bool:
    """Whether the line break at ``at`` cuts a line in the middle of words (``«Северные⏎огни»``): a
    word in lower case goes on after it, not a new paragraph or a line of its own."""
    rest = text[at + 1:at + 3].lstrip(" \t")
    return at > 0 and text[at - 1].isalpha() and rest[:1].isalpha() and rest[:1].islower()


_MAX_QUOTED_REST = 6  # words a quoted name goes on by after natasha's span
# dashes and slashes between the parts of one quoted name (``«Заря — за правду»``, ``«Заря: Родина/Труд»``)
_NAME_DASHES = frozenset({"-", "—", "–", "/", ":"})


def finish_quoted(analysis: Analysis, span: Span) -> Span:
    """An ORG span that starts a quoted name and stops short of its closing quote runs on to it
    (``«[Координационный совет] обманутых вкладчиков»``, ``«[Заря] — за правду»``): the rest is a few words of a name,
    maybe after a dash, no verb."""
    text = analysis.text
    if span.start == 0 or text[span.start - 1] not in QUOTE_PAIRS:
        return span
    closer = QUOTE_PAIRS[text[span.start - 1]]
    if closer in text[span.start:span.end]:
        return span
    rest = []
    for token in analysis.tokens[bisect_left(analysis.token_starts, span.end):]:
        if token.start < span.end:
            continue  # an analysis built without its token starts is read from its first token
        if token.text == closer:
            if not rest or not any(t.pos in ("NOUN", "PROPN", "ADJ") for t in rest):
                return span
            return Span(span.start, rest[-1].end, span.type)
        verb = token.pos in ("VERB", "AUX") and token.feat.get("VerbForm") != "Part"
        if len(rest) >= _MAX_QUOTED_REST or verb or token.pos == "PRON" \
                or token.pos == "PUNCT" and token.text not in _NAME_DASHES \
                or token.text in QUOTE_PAIRS or "\n" in text[span.end:token.start]:
            return span
        rest.append(token)
    return span


_EDGE_WORDS = ("ADP", "CCONJ", "SCONJ")


def trim_edges(analysis: Analysis, span: Span, morph: Morph) -> Span:
    """An ORG span without the words natasha took in at its edges that no name starts or ends
    with: a preposition or conjunction, or a person's title before a genitive, in lower case or
    opening the sentence, before it (``[Из] ассоциации «Вектор»``, ``[Руководитель] ассоциации …``,
    an adverb: ``[Вчера] банк «Кедр»``, a verb or a short participle: ``[Создан] Совет …``), and
    a finite verb after it, or a preposition (``Институтом прикладной оптики [работают]``), or the title of
    the person named next (``Отделения [академик]``); a
    name in quotes keeps what its quotes hold."""
    inner = analysis.tokens_in(span.start, span.end)
    first, last = 0, len(inner) - 1
    while first < last and (inner[first].pos in _EDGE_WORDS or _holder(inner[first], inner[first + 1], morph)
                            or _adverb(analysis, inner[first], inner[first + 1], morph)
                            or is_predicate(inner[first].text, morph)) and (
            inner[first].text.islower() or analysis.starts_sentence(inner[first].index)):
        first += 1
    if not any(t.text in QUOTE_PAIRS or t.text in QUOTE_PAIRS.values() for t in inner[first:last + 1]):
        last = _before_count(inner, first, last)
        while last > first and (_no_name_end(inner[last], morph) or _is_title_end(inner[last - 1], inner[last], morph)):
            last -= 1
    if (first, last) == (0, len(inner) - 1):
        return span
    return Span(inner[first].start, inner[last].end, span.type)


def drop_verb_end(analysis: Analysis, span: Span, morph: Morph) -> Span:
    """A span without the finite verbs natasha took in at its end (``Заречное [собрался]``)."""
    inner = analysis.tokens_in(span.start, span.end)
    last = len(inner) - 1
    while last > 0 and _no_name_end(inner[last], morph) and inner[last].pos in ("VERB", "AUX"):
        last -= 1
    return span if last == len(inner) - 1 else Span(span.start, inner[last].end, span.type)


def _before_count(inner: list, first: int, last: int) -> int:
    """The last token before a number natasha took in after a name that counts the people after it
    (``Совета ветеранов [17 депутатов]``, ``правительство [несколько членов]``): a number word, or
    figures before an animate noun (not ``Палаты представителей 112 созыва``)."""
    for index in range(first + 1, last):
        token = inner[index]
        noun = next((t for t in inner[index + 1:last + 1] if t.pos in ("NOUN", "PROPN")), None)
        if token.pos == "NUM" and inner[index - 1].text != "№" and noun is not None \
                and (not token.text.isdigit() or noun.feat.get("Animacy") == "Anim"):
            return index - 1
    return last


def _holder(token, after, morph: Morph) -> bool:
    """A common noun of a person before a genitive: the title of one who holds a post in the
    organization after it (``[Руководитель] ассоциации «Вектор»``), no part of its name; a title held
    before (``[Экс-начальник] полиции …``) whatever part of speech the tagger guesses for it."""
    word = without_former(fold(token.text))
    if word != fold(token.text):
        return after.feat.get("Case") == "Gen" and morph.has_gram(word, "NOUN") and _is_person_noun(word, morph)
    return token.pos == "NOUN" and after.feat.get("Case") == "Gen" and token.feat.get("Case") != "Gen" \
        and _is_person_noun(token.text, morph)


def _is_title_end(before, token, morph: Morph) -> bool:
    """A common noun of a person in the nominative singular after a word in another case: the title of the one
    named after the body (``председатель Отделения [академик] И. П. Сомов``), no word its name ends with."""
    return token.text.islower() and token.pos == "NOUN" and token.feat.get("Case") == "Nom" \
        and token.feat.get("Number") == "Sing" and before.feat.get("Case") not in (None, "Nom") \
        and _is_person_noun(token.text, morph)


def _is_person_noun(word: str, morph: Morph) -> bool:
    """Whether pymorphy knows ``word`` as animate only: a noun of a person (``руководитель``, ``академик``)."""
    return morph.has_gram(word, "anim") and not morph.has_gram(word, "inan")


def _adverb(analysis: Analysis, token, after, morph: Morph) -> bool:
    """Whether a word before a name is an adverb only (``Вчера``, ``также``), not in quotes, a word
    going on after it: no word a name starts with."""
    at = token.start
    goes_on = after.text[:1].isalnum() or after.text in OPENING_QUOTES
    if token.pos != "ADV" or not token.text.isalpha() or not goes_on \
            or at > 0 and analysis.text[at - 1] in QUOTE_PAIRS:
        return False
    parses = morph.parses(fold(token.text))
    return bool(parses) and all(p.tag.POS in ("ADVB", "PRCL", "CONJ") for p in parses)


def _no_name_end(token, morph: Morph) -> bool:
    """A finite verb pymorphy knows as one, or a preposition or conjunction in lower case: no word
    a name ends with (``ремёсел`` the tagger may take for a verb is a noun)."""
    if token.text.islower() and token.pos in _EDGE_WORDS:
        return True
    return token.pos in ("VERB", "AUX") and token.text.islower() and token.feat.get("VerbForm") not in ("Part", "Inf") \
        and morph.has_gram(token.text, "VERB") and not morph.has_gram(token.text, "NOUN")


def finish_adjective(analysis: Analysis, span: Span, morph: Morph) -> Span:
    """An ORG span that ends in an adjective runs on to the noun right after it that the adjective
    agrees with (``Фонд поддержки [малых] городов``), over the lower-case adjectives of the same case and number
    between (``Совет [опорных] научно-образовательных организаций``; a capitalised one opens a name of its own):
    no name ends in an adjective of the genitive."""
    inner = analysis.tokens_in(span.start, span.end)
    if len(inner) < 2 or inner[-1].pos != "ADJ" or inner[-1].index + 1 >= len(analysis.tokens):
        return span
    last = inner[-1]
    case, number = last.feat.get("Case"), last.feat.get("Number")
    after = analysis.tokens[last.index + 1]
    while after.pos == "ADJ" and after.text.islower() and case is not None and after.feat.get("Case") == case \
            and after.feat.get("Number") == number and after.index + 1 < len(analysis.tokens) \
            and not analysis.line_break_between(after.index - 1, after.index):
        after = analysis.tokens[after.index + 1]
    if after.sent != last.sent or analysis.line_break_between(last.index, after.index):
        return span
    if after.pos in ("NOUN", "PROPN"):
        agrees = case is not None and after.feat.get("Case") == case \
            and (not number or after.feat.get("Number") in (None, number))
    else:  # a noun the tagger took for something else (``ремёсел``)
        agrees = case == "Gen" and number == "Plur" and morph.has_gram(after.text, "NOUN") \
            and morph.has_gram(after.text, "gent") and morph.has_gram(after.text, "plur")
    if not agrees:
        return span
    return Span(span.start, after.end, span.type)


def close_bracket(text: str, span: Span, limit: int = 80) -> Span:
    """An ORG span that opens a bracket and stops inside it runs on to the closing bracket on its
    line (``[ФББ (Фонд борьбы] с бедностью)``), so that the name in brackets is split off whole."""
    inside = text[span.start:span.end]
    if inside.count("(") != 1 or ")" in inside:
        return span
    close = text.find(")", span.end, span.end + limit)
    if close == -1 or "(" in text[span.end:close] or "\n" in text[span.end:close]:
        return span
    return Span(span.start, close + 1, span.type)


def split_abbreviation(text: str, span: Span, gazetteer: Gazetteer | None = None) -> tuple[Span, Span | None]:
    """``Томской торгово-промышленной палаты (ТПП)`` → the name, and ``ТПП`` as a mention of its own;
    the same for a Latin name (``концерн «Фольксваген» (Volkswagen``, a bracket natasha left open),
    also a full one after a short name (``организации EFR (The European Ferry Registry)``), and for
    a short name of one word that is no place (``Федеральной службы … (Роснадзора)``), and the full
    name after an abbreviation (``ФББ (Фонд борьбы с бедностью)``)."""
    inside = text[span.start:span.end]
    if "(" not in inside:
        comma = abbreviation_comma(inside)
        if comma is not None and is_latin_name(inside[:comma], max_words=12):
            # ``Clean Water Alliance, CWA`` as natasha tags it inside brackets
            return Span(span.start, span.start + comma, ORG), Span(span.start + comma + 2, span.end, ORG)
        return span, None
    open_at = inside.rindex("(")
    if not inside.endswith(")"):
        rest = text[span.end:span.end + 2].lstrip(" \u00a0")
        if ")" in inside[open_at:] or not rest.startswith(")"):
            return span, None
        inside = text[span.start:text.index(")", span.end) + 1]
    head = inside[:open_at].rstrip()
    inner = inside[open_at + 1: -1]
    candidate = inner.strip()
    comma = abbreviation_comma(candidate)
    if comma is not None:
        candidate = candidate[:comma]  # ``(Clean Water Alliance, CWA)``: the abbreviation is found as defined
    candidate = candidate.split(";")[0].rstrip()  # ``(ЗТК; банкрот с 2009 года)``: a remark after it
    if not head or not (is_abbreviation(candidate) or is_latin_name(candidate, max_words=12)
                        or is_short_name(candidate, gazetteer)
                        or is_abbreviation(head) and candidate[:1].isupper() and " " in candidate):
        return span, None
    abbr_start = span.start + open_at + 1 + (len(inner) - len(inner.lstrip()))
    return Span(span.start, span.start + len(head), ORG), Span(abbr_start, abbr_start + len(candidate), ORG)


def split_at_lines(text: str, span: Span) -> list[Span]:
    """A span natasha ran across line breaks cut into its lines (``СК`` / ``Фонд …`` of a headline
    and the line after it), each line with at least two letters that starts with a capital, a digit
    or a quote (no ``В`` of the next sentence)."""
    inside = text[span.start:span.end]
    if "\n" not in inside:
        return [span]
    pieces, offset = [], span.start
    for line in inside.split("\n"):
        stripped = line.strip()
        start = offset + len(line) - len(line.lstrip())
        offset += len(line) + 1
        if sum(ch.isalpha() for ch in stripped) >= 2 and (stripped[:1].isupper() or not stripped[:1].isalpha()):
            pieces.append(Span(start, start + len(stripped), span.type))
    return pieces


def drop_leading_nouns(analysis: Analysis, spans: list[Span], lexicon: OrgLexicon) -> list[Span]:
    """ORG spans that open with a common noun of no kind of organization before a quoted name in the
    genitive, cut to that name: ``Офис «Вектора»`` → ``Вектора`` (the office is the company's, no
    organization), while ``Правление «Вектора»`` (a unit) and ``Фонд «Вектор»`` stay; the same before
    a legal form (``Акции ПАО Вектор`` → ``ПАО Вектор``)."""
    morph = lexicon.morph
    out = []
    for span in spans:
        tokens = analysis.tokens_in(span.start, span.end) if span.type == ORG else []
        if len(tokens) >= 3 and tokens[1].text in OPENING_QUOTES and common_noun(tokens[0], morph) \
                and lexicon.kind_of(tokens[0].text) is None and _only_genitive(tokens[2], morph):
            end = span.end
            if tokens[-1].text == QUOTE_PAIRS[tokens[1].text]:
                end = tokens[-2].end
            span = Span(tokens[2].start, end, ORG)
        elif len(tokens) >= 3 and tokens[1].text in LEGAL_FORMS and common_noun(tokens[0], morph) \
                and lexicon.kind_of(tokens[0].text) is None:
            span = Span(tokens[1].start, span.end, ORG)  # ``[Акции] ПАО Вектор``: the legal form opens the name
        out.append(span)
    return out


def _only_genitive(token, morph: Morph) -> bool:
    """A word in the genitive that cannot be the nominative (``Вектора``, not ``Вектор``)."""
    if morph.is_known(token.text):
        return morph.has_gram(token.text, "gent") and not morph.has_gram(token.text, "nomn")
    return token.feat.get("Case") == "Gen"


def drop_full_stop(text: str, span: Span) -> Span:
    """An ORG span without the full stop of the sentence it took in (``в Тверском университете.``):
    after a word of more than three letters, a full stop ends no abbreviation."""
    inside = text[span.start:span.end]
    if not inside.endswith(".") or not inside[:-1].split() or not is_full_word(inside[:-1].split()[-1]):
        return span
    return Span(span.start, span.start + len(inside[:-1].rstrip()), span.type)


def split_place_bracket(text: str, span: Span, gazetteer: Gazetteer) -> list[Span]:
    """A LOC span natasha ran into brackets cut at them: ``[РФ (ФТС РФ)]`` → ``РФ`` (the abbreviation in
    brackets is the organization's before it, found as defined), ``[Соединённые Штаты (США)]`` → two
    places; a closing bracket it took in without the opening one is left out (``[RusCredit)]``)."""
    inside = text[span.start:span.end]
    if gazetteer.lookup(inside) is not None:
        return [span]  # ``Республики Саха (Якутия)``: the brackets are the place's name
    if "(" not in inside:
        stripped = inside.rstrip(")").rstrip()
        return [Span(span.start, span.start + len(stripped), span.type)] if stripped else []
    open_at = inside.index("(")
    head = inside[:open_at].rstrip()
    if not head:
        return [span]
    out = [Span(span.start, span.start + len(head), span.type)]
    inner = inside[open_at + 1:].rstrip(")")
    start = span.start + open_at + 1 + len(inner) - len(inner.lstrip())
    inner = inner.strip()
    if inner and gazetteer.lookup(inner) is not None:
        out.append(Span(start, start + len(inner), span.type))
    return out


def grow_named_after(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each ORG span that stops at ``им.`` or ``имени`` (``Института им.``: the whole cut where
    a sentence was wrongly ended) grown to the longest ORG span from the same start that goes on to the name
    it was named after (``Института им. П. Л. Орлова``), or else over the person's name right after it
    (``университета им. Ивана Орлова``); one with neither after it is kept as it is."""
    longest: dict[int, int] = {}
    for span in spans:
        if span.type == ORG:
            longest[span.start] = max(longest.get(span.start, span.end), span.end)
    people = {span.start: span.end for span in spans if span.type == PER}
    out = []
    for span in spans:
        if span.type == ORG and (words := text[span.start:span.end].split()) and words[-1] in NAMED_AFTER:
            gap = text[span.end:span.end + 3]
            after = span.end + len(gap) - len(gap.lstrip(" "))  # the person's name starts after a few spaces
            end = longest[span.start] if longest[span.start] > span.end else people.get(after, span.end)
            span = Span(span.start, end, ORG)
        out.append(span)
    return out
