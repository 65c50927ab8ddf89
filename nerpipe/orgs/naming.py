"""Canonical names of organizations: the own name in the nominative, genitive dependents kept."""

from __future__ import annotations

import re

from ..inflect import Word, join_words, nominative, spacing_of
from ..morph import Morph, fold
from ..text import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    QUOTE_PAIRS,
    TYPOGRAPHIC_CLOSING,
    TYPOGRAPHIC_OPENING,
    balance_quotes,
    strip_acronym_ending,
    tidy_spaces,
)
from .adjective_names import adjective_name_nominative, described_compound
from .kinds import abbreviation_head, spell_compound, with_kind_abbreviation
from .lexicon import OrgLexicon
from .name_parts import NAMED_AFTER
from .quote_marks import turn_straight_quotes
from .undeclined import is_guessed_plural, is_tagged_nominative
from .words import LEGAL_FORMS, NAME_KIND_WORDS, OWNED_BODIES, is_abbreviation, is_full_word, is_latin_name


def canonical_name(words: list[Word], lexicon: OrgLexicon, number: str = "keep") -> str:
    """The canonical name of an organization mentioned by ``words``: its own name (:func:`own_name`)
    in the nominative (:func:`normalize_org`); a quoted name after the word that says what it is
    stays as the text writes it, for it is not declined (``клуба «16 тонн»`` → ``16 тонн``,
    while ``в «Известиях»`` → ``Известия``)."""
    own = own_name(words, lexicon)
    if (headed := _kind_word_nominative(own, lexicon.morph)) is not None \
            and not any(lexicon.kind_of(w.text) for w in own[:-1]):
        return headed
    if (adjectival := adjective_name_nominative(own, lexicon.morph)) is not None:
        return adjectival  # ``над тверским «Зорким»`` → ``Зоркий``: a name of one adjective the text declines
    first = words.index(own[0]) if own else 0
    if first >= 2 and _quoted(words[first - 1:words.index(own[-1]) + 2]) \
            and not _declined_with_kind(words[first - 2], own, lexicon.morph):
        return tidy_spaces(balance_quotes(guillemets(join_words([w.text for w in own], spacing_of(own)))))
    if first >= 1 and _undeclined_apposition(words[first - 1], own, lexicon):
        return own[0].text  # ``госкорпорации Кедртех`` → ``Кедртех``, not a lemma pymorphy guesses for it
    if is_guessed_plural(own, lexicon.morph) or is_tagged_nominative(own, lexicon.morph):
        return own[0].text  # ``за «Гремхэм»`` → ``Гремхэм``, not the name ``Гремхэма`` in the plural
    if len(own) > 1 and is_abbreviation(strip_acronym_ending(own[0].text)) and own[1].feat.get("Case") == "Gen":
        # an abbreviation heads the genitive after it (``ЦК Народной партии``), which stays as it is
        texts = [strip_acronym_ending(own[0].text)] + [w.text for w in own[1:]]
        return tidy_spaces(balance_quotes(join_words(texts, spacing_of(own))))
    compound = ministry_nominative(own[0].text, lexicon.morph) if own else None
    if len(own) == 1 and (bank := _BANK_COMPOUND.fullmatch(own[0].text)) is not None:
        return bank[1]  # ``Кедрбанке`` → ``Кедрбанк``: declined as ``банк``, whatever case the tagger reads
    if compound is not None:
        # ``Мининвеста Подмосковья`` → ``Мининвест Подмосковья``: the compound heads the genitive after it
        texts = [compound] + [w.text for w in own[1:]]
        return tidy_spaces(balance_quotes(join_words(texts, spacing_of(own))))
    at = next((at for at, w in enumerate(own) if at and w.text.casefold() in NAMED_AFTER), len(own))
    # the person a body is named after stays as written: only the words before ``имени`` are declined
    named = _with_written_e(normalize_org(own[:at], lexicon.morph, number, lexicon.name_words), own[:at], lexicon.morph)
    return named if at == len(own) else f"{named} {join_words([w.text for w in own[at:]], spacing_of(own[at:]))}"


def _undeclined_apposition(descriptor: Word, own: list[Word], lexicon: OrgLexicon) -> bool:
    """Whether ``own`` is one capitalised word in apposition after the descriptor of an oblique case that says what
    it is, ending in a consonant: a name the descriptor declines for it, written in the nominative (``компании
    Кедртех``), whatever lemma pymorphy guesses for an unknown word."""
    if len(own) != 1 or descriptor.feat.get("Case") in (None, "Nom") \
            or lexicon.kind_of(descriptor.text) != "descriptor":
        return False
    text = own[0].text
    return text.isalpha() and text[:1].isupper() and not text.isupper() and text[-1:].lower() in _CONSONANTS \
        and not text.lower().endswith(_GENITIVE_PLURAL_ENDINGS)


def _with_written_e(name: str, own: list[Word], morph: Morph) -> str:
    """A name with ``е`` where the text writes a word of a name of it with none (``«Ведеры»`` → ``Ведера``, not a
    lemma with ``ё``): a capitalised word pymorphy does not know, or one after the name's first word; a common word
    keeps its ``ё``, the first one capitalised too (``Почетное консульство`` → ``Почётное консульство``)."""
    if "ё" not in name.lower() or any("ё" in w.text.lower() for w in own):
        return name
    words = [w for w in own if w.text[:1].isalpha()]
    capitalised = {fold(w.text)[:_STEM] for at, w in enumerate(words)
                   if w.text[:1].isupper() and (at > 0 or not morph.is_known(fold(w.text)))}
    return " ".join(word.replace("ё", "е").replace("Ё", "Е") if fold(word.strip(_QUOTE_MARKS))[:_STEM] in capitalised
                    else word for word in name.split(" "))


_STEM = 4  # letters a written word and its nominative share at least (``Вектры``, ``Вектра``)
_QUOTE_MARKS = "".join(OPENING_QUOTES | CLOSING_QUOTES)


# the capitalised kind words a name ends with (``NAME_KIND_WORDS``) head the name, and are what an oblique case changes
_KIND_CASES = frozenset({"gent", "datv", "ablt", "loct"})


def _kind_word_nominative(own: list[Word], morph: Morph) -> str | None:
    """The name of a body named by a name and a capitalised kind word after it in an oblique case, with the
    kind word in the nominative (``Кедрофф Банком`` → ``Кедрофф Банк``, ``Кредит Банка`` → ``Кредит Банк``):
    the word before it is capitalised and no form of that case (a name the kind word does not govern);
    ``None`` for any other name (``Правления Банка``, ``Кедровым Банком``: declined with it or its head); the
    caller asks it of no unit's name (``Правление Кедрофф Банка``: the bank in the genitive)."""
    if len(own) < 2 or not own[-1].text[:1].isupper() or not own[-2].text[:1].isupper():
        return None
    last = fold(own[-1].text)
    kinds = [p for p in morph.parses(last) if p.normal_form in NAME_KIND_WORDS]
    cases = {str(p.tag.case) for p in kinds if p.tag.number == "sing"} & _KIND_CASES
    kind = kinds[0].normal_form if kinds else None
    before = fold(own[-2].text)
    if not cases or kind is None or last == kind or own[-2].pos == "ADJ":
        return None
    if before.isalpha() and morph.is_known(before) \
            and any(str(p.tag.case) in cases and "Fixd" not in p.tag for p in morph.parses(before)):
        return None
    texts = [w.text for w in own[:-1]] + [kind.capitalize()]
    return tidy_spaces(balance_quotes(join_words(texts, spacing_of(own))))


_MINISTRY = "мин"
# a capitalised compound ending in ``банк`` in an oblique case (``Кедрбанка``, ``Лес-Банком``)
_BANK_COMPOUND = re.compile(r"([А-ЯЁ][\w-]*[бБ]анк)(?:а|у|ом|е)")
_MIN_STEM = 3


def ministry_nominative(word: str, morph: Morph) -> str | None:
    """The nominative of a ministry named by a compound of ``Мин`` and a stem (``Мининвеста`` →
    ``Мининвест``, ``Минтруду`` → ``Минтруд``); one whose stem is the genitive of a feminine or plural noun
    is not declined (``Минкультуры``, ``Минцифры``), nor one of a neuter noun (``Минпросвещения``);
    a compound pymorphy knows takes its reading (``Минфина`` → ``Минфин``); ``None`` for any other word."""
    stem = word[len(_MINISTRY):]
    if not word.isalpha() or fold(word[:len(_MINISTRY)]) != _MINISTRY or not word[:1].isupper() \
            or not stem[:1].islower() or len(stem) < _MIN_STEM:
        return None
    known = [p for p in morph.parses(fold(word)) if "Orgn" in p.tag]
    if morph.is_known(fold(word)) and not known:
        return None  # a word of the language (``Министерство``, ``Минута``)
    if known:  # pymorphy's own reading: ``Минфина`` → ``Минфин``; ``Минэкономразвития`` is not declined
        fixed = any("Fixd" in p.tag for p in known)
        return word if fixed else word[:len(_MINISTRY)] + known[0].normal_form[len(_MINISTRY):]
    parses = [p for p in morph.parses(fold(stem)) if p.tag.POS == "NOUN"]
    if any("gent" in p.tag and ("femn" in p.tag or "plur" in p.tag or "neut" in p.tag) for p in parses):
        return word  # ``Минцифры``, ``Минпросвещения``
    nominal = next((p.normal_form for p in parses if "gent" in p.tag or "datv" in p.tag or "ablt" in p.tag
                    or "loct" in p.tag or "nomn" in p.tag), None)
    if nominal is None:
        nominal = next((p.normal_form[len(_MINISTRY):] for p in morph.parses(fold(word))
                        if p.tag.POS == "NOUN" and "masc" in p.tag), None)
    return None if not nominal else word[:len(_MINISTRY)] + nominal


def _declined_with_kind(kind: Word, own: list[Word], morph: Morph) -> bool:
    """Whether a quoted name of an adjective and a noun is declined inside its quotes with the word before them
    (``компании «Лесных ресурсов»``, ``газеты «Северных новостей»``): both in the oblique case of that word, the
    noun with no reading of the nominative; its name is their nominative (not ``клуба «16 тонн»``)."""
    if len(own) != 2 or own[0].pos != "ADJ" or own[1].pos != "NOUN":
        return False
    case = kind.feat.get("Case")
    if case in (None, "Nom") or any(word.feat.get("Case") != case for word in own):
        return False
    return not any(p.tag.case == "nomn" for p in morph.parses(fold(own[1].text)))


def _quoted(words: list[Word]) -> bool:
    """``«…»`` around the whole, one quote opened; ``„…“`` with no other ``„`` inside; or ``"…"`` with
    no other straight quote inside."""
    if len(words) <= 2 or words[0].text not in OPENING_QUOTES:
        return False
    opening, closing = words[0].text, words[-1].text
    if opening == "„":
        return closing == QUOTE_PAIRS[opening] and sum(w.text == opening for w in words) == 1
    if closing not in TYPOGRAPHIC_CLOSING | {'"'}:
        return False
    if opening == '"':
        return closing == '"' and sum(w.text == '"' for w in words) == 2
    return sum(w.text in TYPOGRAPHIC_OPENING for w in words) == 1


def normalize_org(words: list[Word], morph: Morph, number: str = "keep",
                  lemmas: frozenset[str] = frozenset()) -> str:
    """The organization's name in the nominative, dependents kept, quotes balanced, spaces tidied,
    a capital letter first (``правительством республики`` → ``Правительство республики``);
    ``number="sing"`` for a name whose plural head several names share (``Малого и Большого
    театров``); ``lemmas``, the words an adjective's tied readings prefer (``Большим`` →
    ``Большой``, a dictionary's word, not ``Больший``)."""
    if (head := abbreviation_head(words, morph)) is not None:  # ``Заречного НИИ сельского хозяйства``
        tail = words[head + 1:]  # the genitive the abbreviation heads stays as written
        written = join_words([w.text for w in tail], spacing_of(tail))
        return f"{normalize_org(words[:head + 1], morph, number, lemmas)} {written}"
    name = with_kind_abbreviation(words, morph) or nominative(words, morph, number=number, lemmas=lemmas)
    name = balance_quotes(guillemets(name))
    name = tidy_spaces(name)
    name = " ".join(spell_compound(_abbreviation_case(word, morph)) for word in name.split(" "))
    if name[:1].islower() and "а" <= name[:1] <= "я":
        name = name[:1].upper() + name[1:]
    return name


_LOW_PAIR = re.compile(r"„([^„“”«»\"]*)[“”]")
_ENGLISH_PAIR = re.compile(r"“([^„“”«»\"]*)”")
_STRAIGHT_PAIR = re.compile(r"(?:(?<=\s)|^)\"([^\s„“”«»\"](?:[^„“”«»\"]*[^\s„“”«»\"])?)\"(?=$|[\s,.;:)])")


def guillemets(text: str) -> str:
    """A name's quotes as the canonical names write them, ``«…»``, whatever pair the text used
    (``ООО „Кедр“``, ``ООО “Кедр”`` → ``ООО «Кедр»``), and one pair of straight quotes (``АО "Кедр"``; not a nested
    pair, whose marks do not say which opens)."""
    text = _ENGLISH_PAIR.sub(r"«\1»", _LOW_PAIR.sub(r"«\1»", text))
    if text.count('"') == 2 and _STRAIGHT_PAIR.search(text):
        return _STRAIGHT_PAIR.sub(r"«\1»", text)
    return turn_straight_quotes(text)


def _abbreviation_case(word: str, morph: Morph) -> str:
    """An organization's abbreviation written as a common word, in capitals (``миде`` → ``МИД``)."""
    parses = morph.parses(fold(word)) if word.isalpha() and not word.isupper() else []
    return word.upper() if parses and all({"Abbr", "Orgn"} <= set(p.tag.grammemes) for p in parses) else word


def own_name(words: list[Word], lexicon: OrgLexicon) -> list[Word]:
    """The words of an organization's own name: without the descriptor before a quoted or Latin
    name (``компании Piedmont Airlines`` → ``Piedmont Airlines``, ``партии «Единая Россия»`` →
    ``Единая Россия``) or the adjectives before a quoted name (``лондонский «Маяк»`` → ``Маяк``), and
    without quotes around the whole."""
    words = _without_kind_words(words, lexicon)
    start = 0
    while start < len(words) and words[start].pos == "ADJ":
        start += 1
    if start < len(words) and (words[start].pos == "NOUN" or _compound_descriptor(words[start], lexicon)) \
            and _descriptor_at(words, start, lexicon):
        descriptor, rest = words[start], words[start + 1:]
        name = rest[0] if rest else None
        # with adjectives before it the word is part of the name (``Социалистической рабочей партии
        # Британии``) unless a quoted or Latin name follows (``ежедневной газеты «Труд»``), or one with its legal
        # form (``нефтяной компании ООО «Кедр»``)
        if name is not None and (name.text in OPENING_QUOTES or is_latin_name(name.text) or _legal_form(rest)
                                 or _known_abbreviation(descriptor, rest, lexicon)
                                 or (name.text[:1].isupper() and not start and not depends_on(descriptor, name)
                                     and not _led_by(descriptor, name, lexicon.morph))):
            words = rest
        else:
            words = _quoted_after_description(rest) or words
    elif 0 < start < len(words) and words[start].text in OPENING_QUOTES and _quoted(words[start:]):
        words = words[start:]  # adjectives before a quoted name are not its (``лондонский «Маяк»``)
    elif (quote := _apposed_quote(words, start, lexicon)) is not None:
        words = words[quote:]  # ``израильской спецслужбой «Кедр»``: the body's noun says what it is
    words = trim_tail(words)
    if described_compound(words, lexicon.morph):
        return words[-1:]  # ``Государственный Кедрбанк``: the bank's name is its last word
    return words[1:-1] if _quoted(words) else words


def _apposed_quote(words: list[Word], start: int, lexicon: OrgLexicon) -> int | None:
    """Where the quoted name at the end of a body's words opens, after a lower-case noun of a body
    (``спецслужба``), or of a unit and the lower-case words that depend on it (``службы внешней разведки
    «Кедр»``; not ``фракции «Кедр»``, a unit named by its body's name), the name in the nominative of its own,
    in apposition (not ``правления «Кедра»``, the body it belongs to); else ``None``."""
    if start >= len(words) or words[start].pos != "NOUN" or not words[start].text.islower() \
            or lexicon.kind_of(words[start].text) not in ("body", "unit"):
        return None
    quote = next((i for i in range(start + 1, len(words)) if words[i].text in OPENING_QUOTES), None)
    if quote is None or quote + 1 >= len(words) or not _quoted(trim_tail(words[quote:])) \
            or quote == start + 1 and lexicon.kind_of(words[start].text) == "unit" \
            or not all(w.text.isalpha() and w.text.islower() and lexicon.kind_of(w.text) != "descriptor"
                       and w.feat.get("Animacy") != "Anim"  # ``совета директоров «Кедр»``: a company's board
                       for w in words[start + 1:quote]):  # ``совет технопарка «Кедр»``: the park's name
        return None
    return quote if nominative_name_word(words[quote + 1].text, lexicon.morph) else None


def nominative_name_word(word: str, morph: Morph) -> bool:
    """Whether the first word of a quoted name is in the nominative of its own (``спецслужбой «Кедр»``): a name in
    apposition, not the genitive of the body it belongs to (``правления «Кедра»``); a word of no letters alone, one
    pymorphy knows no form of, or one that is its own lemma in every reading, is too."""
    if not word.isalpha():
        return True
    parses = morph.parses(word.lower())
    return not parses or all(fold(p.normal_form) == fold(word) for p in parses) \
        or any("nomn" in p.tag and fold(p.normal_form) == fold(word) for p in parses)


def _without_kind_words(words: list[Word], lexicon: OrgLexicon) -> list[Word]:
    """A unit's words without the adjectives and descriptor that say what its body is before the body's
    name (``Фракция Всероссийской политической партии «Вектор»`` → ``Фракция «Вектор»``, ``Фракция
    Политической партии ЛДПР`` → ``Фракция ЛДПР``); a descriptor with no adjective stays (``фракции партии
    «Вектор»``)."""
    if len(words) < 4 or words[0].pos != "NOUN" or lexicon.kind_of(words[0].text) != "unit":
        return words
    at = 1
    while at < len(words) and words[at].pos == "ADJ":
        at += 1
    if at == 1 or at >= len(words) - 1 or lexicon.kind_of(words[at].text) != "descriptor":
        return words
    rest = words[at + 1:]
    if rest[0].text in OPENING_QUOTES and _quoted(trim_tail(rest)) or _known_abbreviation(words[at], rest, lexicon):
        return [words[0], *rest]
    return words


def _known_abbreviation(descriptor: Word, words: list[Word], lexicon: OrgLexicon) -> bool:
    """Whether ``words`` are one abbreviation the dictionary knows as a body of the descriptor's kind
    (``Политической партии ЛДПР`` → ``ЛДПР``), not a place's (``Коммунистической партии США``) nor a body
    of another kind the one named belongs to (``Детского фонда ООН``)."""
    if len(words) != 1 or len(words[0].text) < 2 or not words[0].text.isupper():
        return False
    ref = lexicon.lookup(words[0].text)
    return ref is not None and lexicon.morph.lemma(descriptor.text) in lexicon.kind_lemmas(ref.name)


def _compound_descriptor(word: Word, lexicon: OrgLexicon) -> bool:
    """A capitalised compound of a descriptor the tagger took for a name (``Госкорпорацией``, ``Медиахолдинга``
    opening a name), which says what the body is; a plain descriptor written with a capital stays in the name
    (``Фонд «Вектор»``)."""
    morph = lexicon.morph
    if word.pos != "PROPN" or not word.text.isalpha() or morph.lookup(word.text, lexicon.kinds) is not None:
        return False
    parses = morph.parses(fold(word.text))
    return lexicon.kind_of(word.text) == "descriptor" and bool(parses) and all(
        p.tag.POS == "NOUN" and not {"Name", "Surn", "Geox", "Orgn"} & set(p.tag.grammemes) for p in parses)


def _descriptor_at(words: list[Word], index: int, lexicon: OrgLexicon) -> bool:
    """Whether the noun at ``index`` says what an organization is, alone (``компании``) or with the
    adjective before it (``Издательский дом``, ``торгового дома``)."""
    if lexicon.kind_of(words[index].text) == "descriptor":
        return True
    return index > 0 and lexicon.phrase_kind(words[index - 1].text, words[index].text, agreeing=True) == "descriptor"


def _legal_form(words: list[Word]) -> bool:
    """Whether ``words`` open with a legal form before a quoted name (``ООО «Кедр»``), maybe with the
    abbreviation of what the body is after it (``ООО КБ «Кедр»``, ``АО АКБ «Кедр»``)."""
    at = 1 if words and words[0].text in LEGAL_FORMS else 0
    while 0 < at < len(words) - 1 and words[at].text not in OPENING_QUOTES and len(words[at].text) <= 4 \
            and is_abbreviation(words[at].text):
        at += 1
    return 0 < at < len(words) - 1 and words[at].text in OPENING_QUOTES


def _quoted_after_description(rest: list[Word]) -> list[Word] | None:
    """The quoted name that closes the words after a descriptor when what stands between says
    in lower case what the organization does (``фонда поддержки малого бизнеса «Открытая
    дорога»`` → ``«Открытая дорога»``), or ``None``."""
    opening = next((i for i, w in enumerate(rest) if w.text in OPENING_QUOTES), None)
    if not opening or not all(w.text[:1].islower() or w.text == "-" for w in rest[:opening]):
        return None
    quoted = trim_tail(rest[opening:])
    return quoted if _quoted(quoted) else None


def trim_tail(words: list[Word]) -> list[Word]:
    """Without what a span took in after the name: the full stop of the sentence
    (``в Тверском университете.``) and the abbreviation in brackets after the full name
    (``Федеральной службы по тарифам (ФСТ)``), which names the same organization on its own."""
    if len(words) > 1 and words[-1].text == "." and is_full_word(words[-2].text):
        words = words[:-1]
    if len(words) > 3 and words[-1].text == ")":
        opening = max(i for i, w in enumerate(words) if w.text == "(") if any(w.text == "(" for w in words) else 0
        if opening >= 2:
            words = words[:opening]
    return words


def _led_by(noun, name, morph: Morph) -> bool:
    """A body a person leads followed by a person's name: the person who leads it, not its own
    name (``партии Сомова`` stays ``Партия Сомова``, ``блока Орловой``)."""
    return bool(morph.forms(noun.text) & OWNED_BODIES) and not morph.has_gram(name.text, "Orgn") and (
        name.feat.get("Animacy") == "Anim" or morph.has_gram(name.text, "Surn") or morph.has_gram(name.text, "Name"))


def depends_on(noun, name) -> bool:
    """Whether ``name`` (a token or word) after ``noun`` is its genitive dependent rather than a
    name in apposition: ``Банк России``, ``оператор Аль-Джазиры`` — not ``агентство Рейтер``,
    ``клуба Челси``, ``компании Microsoft``, ``центре Арт-Вектор`` (a name that ends in a
    consonant is in no genitive of the singular)."""
    if not name.text[:1].isalpha() or is_latin_name(name.text):
        return False
    if _no_genitive_singular(name):
        return False
    return name.feat.get("Case") == "Gen" and noun.feat.get("Case") != "Gen"


_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщьй")
_GENITIVE_PLURAL_ENDINGS = ("ов", "ев", "ёв", "ей", "ий")


def _no_genitive_singular(name) -> bool:
    """A noun that ends in a consonant, in no ending of the genitive plural and not read as a
    plural, is in no genitive (``Арт-Вектор``, whatever the tagger says); adjectives
    (``Российской``) and plurals (``Штатов``) may be."""
    text = name.text.lower()
    return name.pos in ("NOUN", "PROPN") and text[-1:] in _CONSONANTS \
        and name.feat.get("Number") != "Plur" and not text.endswith(_GENITIVE_PLURAL_ENDINGS)
