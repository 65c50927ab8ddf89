"""A title's normal form (the nominative singular) and its canonical role.

``заместителем мэра Лесногорска по транспорту`` → position ``заместитель мэра
Лесногорска по транспорту``, role ``заместитель мэра``.
"""

from __future__ import annotations

from dataclasses import replace

from ..inflect import Word, find_head, join_words, nominative, spacing_of
from ..morph import UD_CASE, UD_GENDER, UD_NUMBER, Morph, fold, restore_case, without_former
from ..ner import Analysis, Token
from ..text import DASHES, TYPOGRAPHIC_CLOSING, TYPOGRAPHIC_OPENING
from .chiefs import singular_chief_text, with_singular_chief
from .directed import locate_direction
from .grammar import ACTING_OBJECTS, Title
from .halves import decline_halves
from .heads import governs_title
from .lexicon import TitleLexicon
from .sees import see_adjectives
from .tokens import case_of
from .trimming import compound_lemma, read_hyphenated_role

_UD_OF = {v: k for table in (UD_CASE, UD_GENDER, UD_NUMBER) for k, v in table.items()}

_ACTING_SPELLINGS = {"врио", "и.о.", "и.о", "вр.и.о.", "вр.и.о"}
_ACTING_MARKS = _ACTING_SPELLINGS | {"и", "о", "вр", "."}  # "и. о." comes as four tokens


def normalize_title(analysis: Analysis, title: Title, lexicon: TitleLexicon) -> str:
    """The full title in the nominative singular, dependents in their case; the words before it that describe
    its holder rather than the post are left out (``известный правозащитник``, ``45-летний инженер``)."""
    first = title.first
    while first < title.head and lexicon.is_qualifier(analysis.tokens[first].text):
        first += 1
    words = [t.word() for t in analysis.tokens[first: title.last + 1]]
    at = title.head - first
    if at > 0 and compound_lemma(analysis, title.head - 1, title.head, lexicon) is not None:
        part, head = words[at - 1], words[at]  # "премьер министром" → "премьер-министром"
        words[at - 1: at + 1] = [Word(part.start, head.end, f"{part.text}-{head.text}", "NOUN", head.feats)]
        at -= 1
    postposed = _postposed(words, at, lexicon)
    if postposed is not None:
        del words[at + 1]
    elif (see := see_adjectives(words, at, lexicon)) is not None:  # "митрополиту Казанскому и Татарстанскому"
        del words[at + 1: at + 1 + see[0]]
        postposed = see[1]
    head = words[at]
    if head.pos not in ("NOUN", "PROPN") and lexicon.morph.has_gram(head.text, "NOUN"):
        # the grammar's head is a noun even where the tagger read an adjective ("Вокалистка группы")
        words[at] = Word(head.start, head.end, head.text, "NOUN", head.feats)
    for index, word in enumerate(words[: at]):
        if word.pos == "NOUN" and (lexicon.is_former(word.text) or lexicon.is_modifier(word.text)):
            # "ныне покойного ректора", "управляющего директора": a former word or a modifier before the head is
            # its adjective, whatever the tagger read
            words[index] = Word(word.start, word.end, word.text, "ADJ", word.feats)
        elif index and word.text[1:2].islower() and lexicon.is_honorary(word.text):  # "чрезвычайный и Полномочный"
            words[index] = Word(word.start, word.end, word.text.lower(), "ADJ", word.feats)
    words = locate_direction(words, at, analysis, lexicon.morph)  # "назначен послом в Германию": "в Германии"
    normal = decline_halves(nominative_title(with_singular_chief(words, at, lexicon), lexicon), words[at].text,
                            lexicon.morph)
    if postposed is not None:  # "папы римского" → "папа римский": the adjective after the head agrees with it
        parts = normal.split(" ")
        normal = " ".join([*parts[: at + 1], postposed, *parts[at + 1:]])
    opening = words[0].text
    if opening[:1].isupper() and not (len(opening) > 1 and opening[1:2].isupper()):
        normal = normal[:1].lower() + normal[1:]
    return normal


def _postposed(words: list[Word], head: int, lexicon: TitleLexicon) -> str | None:
    """The nominative of an adjective right after the head that belongs to the title's name (``папы римского``
    → ``римский``), in the head's gender, or ``None``."""
    if head + 1 >= len(words) or not lexicon.is_postposed(words[head + 1].text):
        return None
    word = words[head + 1]
    gender = "femn" if word.feat.get("Gender") == "Fem" else "masc"
    inflected = lexicon.morph.inflect(word.text, {"nomn", "sing", gender}, prefer={"POS": "ADJF"})
    return restore_case(inflected, word.text) if inflected else word.text


def nominative_title(words: list[Word], lexicon: TitleLexicon) -> str:
    """A title phrase in the nominative singular: ``заместителем министра обороны`` → ``заместитель министра обороны``.

    On top of :func:`nerpipe.inflect.nominative`: the head is read as the title
    it is (``политику`` → ``политик``, not ``политика``); compounds of ``зам``
    with a genitive do not decline (``замминистра``); both halves of a spaced
    dash are titles (``президента - демократа`` → ``президент - демократ``); and
    the writer's ``е`` is kept where the dictionary has ``ё`` (``актера`` → ``актер``).
    """
    parts: list[list[Word]] = [[]]
    dashes: list[str] = []
    depth = 0  # inside quotes a dash belongs to a name: «Агентство … - центр …»
    for index, word in enumerate(words):
        if word.text in TYPOGRAPHIC_OPENING:
            depth += 1
        elif word.text in TYPOGRAPHIC_CLOSING:
            depth = max(0, depth - 1)
        spaced = 0 < index < len(words) - 1 and word.start > words[index - 1].end \
            and words[index + 1].start > word.end
        if word.text in DASHES and spaced and not depth:
            parts.append([])
            dashes.append(word.text)
        else:
            parts[-1].append(word)
    normals = [_nominative_part(part, lexicon) for part in parts if part]
    out = normals[0]
    for dash, normal in zip(dashes, normals[1:]):
        out = f"{out} {dash} {normal}"
    if not any("ё" in w.text.lower() for w in words):
        out = out.replace("ё", "е").replace("Ё", "Е")
    return out


def _nominative_part(words: list[Word], lexicon: TitleLexicon) -> str:
    morph = lexicon.morph
    acting = _acting_prefix(words)
    if acting:
        return _nominative_acting(words, acting, morph)
    adjectival = _adjectival_head(words, lexicon)
    if adjectival is not None:
        return _nominative_adjectival(words, adjectival, morph)
    head = find_head(words, morph)
    if head is None:
        return nominative(words, morph, number="sing", animate=True)
    word = words[head]
    if fold(word.text) in lexicon.indeclinable:
        # "бывшим замминистра": the adjectives agree with "заместитель", the compound stays as it is
        stand_in = morph.inflect("заместитель", {UD_CASE.get(word.feat.get("Case", ""), "nomn"), "sing"},
                                 prefer={"POS": "NOUN"}) or "заместитель"
        replaced = list(words)
        replaced[head] = Word(word.start, word.end, stand_in, "NOUN", word.feats)
        normal = nominative(replaced, morph, number="sing", animate=True)
        return _put_back(normal, replaced, head, word.text)
    reading = _title_reading(word, lexicon)
    if reading is not None:
        words = list(words)
        words[head] = reading
    return nominative(words, morph, number="sing", animate=True)


def _adjectival_head(words: list[Word], lexicon: TitleLexicon) -> int | None:
    """The head of a title that is an adjective used as a noun (``уполномоченного``, ``управляющим``,
    ``заведующей``): the first word, after adjectives, that pymorphy reads only as an adjective or a
    participle of a title; ``None`` when the head is a noun."""
    for index, word in enumerate(words):
        parses = [p for p in lexicon.morph.parses(without_former(fold(word.text))) if p.tag.POS]
        # an adjective before the head may have a noun's reading too ("новым": of "новое")
        modifier = word.pos == "ADJ" and any(p.tag.POS == "ADJF" for p in parses) \
            and lexicon.title_lemma(word.text) is None
        if any(p.tag.POS == "NOUN" for p in parses) and not modifier:
            return None
        nxt = words[index + 1] if index + 1 < len(words) else None
        if lexicon.title_lemma(word.text) is not None and not (
                nxt is not None and lexicon.title_lemma(nxt.text) is not None
                and lexicon.morph.has_gram(nxt.text, "NOUN")
                and _same_case(word, nxt) and not governs_title(word, nxt, lexicon)):  # "ведущего специалиста"
            return index  # "уполномоченный президента": a title in the genitive is the head's dependent
        if word.pos not in ("ADJ", "VERB", "DET", "NUM"):
            return None
    return None


def _same_case(word: Word, other: Word) -> bool:
    cases = (word.feat.get("Case"), other.feat.get("Case"))
    return None in cases or cases[0] == cases[1]


def _nominative_adjectival(words: list[Word], head: int, morph: Morph) -> str:
    """``уполномоченного при президенте`` → ``уполномоченный при президенте``: the head and the adjectives
    before it in the nominative singular of the head's gender, its dependents as they are."""
    texts = [w.text for w in words]
    # the tagger's feminine, where the dictionary has one (``Экс-ведущий`` may be read as one)
    feminine = words[head].feat.get("Gender") == "Fem" and morph.has_gram(words[head].text, "femn")
    gender = "femn" if feminine else "masc"
    for index in range(head + 1):
        inflected = morph.inflect(words[index].text, {"nomn", "sing", gender},
                                  prefer={"POS": {"ADJF", "PRTF"}})
        if inflected:
            texts[index] = restore_case(inflected, words[index].text)
    return join_words(texts, spacing_of(words))


def _acting_prefix(words: list[Word]) -> int:
    """How many words open a title with ``врио``, ``и. о.`` or ``(временно) исполняющего обязанности``."""
    folded = [fold(w.text) for w in words]
    count = 0
    while count < len(folded) and folded[count] in _ACTING_MARKS:
        count += 1
    if "".join(folded[:count]) in _ACTING_SPELLINGS:
        return count
    index = 1 if folded[:1] == ["временно"] else 0
    if index < len(folded) - 1 and folded[index].startswith("исполняющ") \
            and folded[index + 1].startswith(ACTING_OBJECTS):
        return index + 2
    return 0


def _nominative_acting(words: list[Word], prefix: int, morph: Morph) -> str:
    """``исполняющего обязанности губернатора`` → ``исполняющий обязанности губернатора``: the rest is governed."""
    texts = [w.text for w in words]
    for index in range(prefix):
        word = words[index]
        if fold(word.text).startswith("исполняющ"):
            gender = "femn" if word.feat.get("Gender") == "Fem" else "masc"
            inflected = morph.inflect(word.text, {"nomn", "sing", gender}, prefer={"POS": "PRTF"})
            if inflected:
                texts[index] = restore_case(inflected, word.text)
    return join_words(texts, spacing_of(words))


def _put_back(normal: str, words: list[Word], head: int, original: str) -> str:
    """Replace the stand-in head of a normalized phrase by the original word."""
    tokens = normal.split(" ")
    position = sum(1 for w, nxt in zip(words[:head], words[1: head + 1]) if nxt.start > w.end)
    if position < len(tokens):
        tokens[position] = original
    return " ".join(tokens)


def _title_reading(word: Word, lexicon: TitleLexicon) -> Word | None:
    """The head with the gender and animacy of its title reading (``политику`` as ``политик``), and its case and
    number when the tagger's are no form of the title (``Критики`` read as ``критика`` in the genitive)."""
    lemma = lexicon.title_lemma(word.text) or lexicon.occupation_lemma(word.text)
    if lemma is None:
        return None
    readings = [p for p in lexicon.morph.parses(fold(word.text))
                if p.tag.POS == "NOUN" and without_former(fold(p.normal_form)) == lemma]
    if not readings:
        return None
    feats = dict(word.feats)
    tagged = (UD_CASE.get(feats.get("Case", "")), UD_NUMBER.get(feats.get("Number", "")))
    parse = next((p for p in readings if (p.tag.case, p.tag.number) == tagged), None)
    if parse is None:
        parse = readings[0]
        feats.update({"Case": _UD_OF.get(parse.tag.case, feats.get("Case")),
                      "Number": _UD_OF.get(parse.tag.number, feats.get("Number"))})
    gender = _UD_OF.get(parse.tag.gender)
    if gender:
        feats["Gender"] = gender
    feats["Animacy"] = "Anim"
    return Word(word.start, word.end, word.text, word.pos, tuple(sorted((k, v) for k, v in feats.items() if v)))


def title_role(analysis: Analysis, title: Title, lexicon: TitleLexicon) -> str:
    """The canonical role: modifiers and head, with the title or unit a deputy or a manager heads.

    ``заместителем губернатора Томской области по экономике`` → ``заместитель губернатора``;
    ``генерального директора АО «…»`` → ``генеральный директор``;
    ``вице-губернатор`` → ``заместитель губернатора``; ``зав. кафедрой`` → ``заведующий кафедрой``.
    """
    morph = lexicon.morph
    tokens = analysis.tokens
    head = tokens[title.head]
    compound = compound_lemma(analysis, title.head - 1, title.head, lexicon) if title.head > title.first else None
    hyphenated = read_hyphenated_role(head.text, lexicon, governs=title.head < title.last)
    head_lemma = compound or hyphenated or lexicon.head_lemma(head.text)
    mods = []
    # the words of "(временно) исполняющий обязанности" are no modifiers ("исполняющий директор" is another title)
    opening = _acting_prefix([t.word() for t in tokens[title.first: title.head]]) if title.acting else 0
    for tok in tokens[title.first + opening: title.head - (compound is not None)]:
        # "первый заместитель" keeps its ordinal, a rank; "первый президент" counts holders: who, not what
        ordinal = lexicon.ordinal_lemma(tok.text)
        if ordinal is not None and not tok.text[:1].isalpha():
            if head_lemma in lexicon.ranked:  # "1-й заместитель": the rank in words
                mods.append(replace(tok, text=ordinal, pos="ADJ", feats=()))
            continue
        prefixed = without_former(fold(tok.text)) != fold(tok.text)  # "экс-генеральный": former, the rest a modifier
        # the tagger reads a participle ("управляющим", "председательствующего") as an adjective or a verb
        if (tok.pos == "ADJ" or prefixed or morph.has_gram(tok.text, "PRTF") or lexicon.is_honorary(tok.text)) \
                and lexicon.is_modifier(tok.text) \
                and not lexicon.is_former(tok.text) \
                and (ordinal is None or head_lemma in lexicon.ranked):
            mods.append(tok)
    words = [_without_former_prefix(t.word()) for t in mods] + [head.word()]
    phrase = nominative(words, morph, number="sing", animate=True).lower() if mods else head_lemma
    if mods:
        parts = phrase.split()
        if parts[-1] != head_lemma:  # "народная артистка" → "народный артист": the modifiers agree with the role
            gender = next((p.tag.gender for p in morph.parses(head_lemma.split("-")[0]) if p.tag.POS == "NOUN"), None)
            parts = [morph.inflect(part, {"nomn", "sing", gender}, prefer={"POS": {"ADJF", "PRTF"}}) or part
                     if gender else part for part in parts]
        parts[-1] = head_lemma
        phrase = " ".join(parts)
    role_words = phrase.split()
    role_words[-1] = lexicon.map_role(role_words[-1])
    role = " ".join(role_words)
    # what the head governs: "заместитель губернатора", "директор департамента", "заведующий кафедрой"
    k = title.head + 1
    if k <= title.last and tokens[k].text == "." and fold(head.text) in lexicon.abbreviated:
        k += 1
    extra = []
    while (k <= title.last and tokens[k].pos == "ADJ" and _genitive(tokens[k], morph)
           and lexicon.is_modifier(tokens[k].text)):
        extra.append(fold(tokens[k].text))
        k += 1
    is_deputy = head_lemma in lexicon.deputies or role.split()[-1] in lexicon.deputies or role.startswith(
        ("заместитель", "помощник", "советник", "исполняющий", "временно")
    )
    while is_deputy and not extra and k < title.last and tokens[k].pos == "ADJ" and _genitive(tokens[k], morph) \
            and lexicon.title_lemma(tokens[k].text) is None:  # not "заместителями Председателя" read as an adjective
        k += 1  # "заместитель районного прокурора": a place's adjective, no part of the role
    instrumental = head_lemma in lexicon.instrumental or role.split()[-1] in lexicon.instrumental
    case = case_of(tokens[k]) if k <= title.last else None
    if k <= title.last and _genitive(tokens[k], morph):
        case = "Gen"  # the tagger's accusative for a genitive right after the head
    variant = lexicon.roles.get(f"{role} {fold(tokens[k].text)}") if k <= title.last and not extra else None
    if variant is not None:
        role = variant  # "глава правительства" → "премьер-министр"
    # "заместитель Председателя Правительства": a capitalized title the tagger reads as a name (or, after a
    # plural, as an adjective: "заместителями Председателя") is a noun still
    elif k <= title.last and (tokens[k].pos == "NOUN"
                              or tokens[k].pos in ("PROPN", "ADJ") and tokens[k].text[:1].isupper()
                              and lexicon.title_lemma(tokens[k].text) is not None) \
            and (case == "Gen" or instrumental and case == "Ins"):
        dependent = tokens[k]
        dep_lemma = lexicon.title_lemma(dependent.text)
        if dep_lemma is not None and is_deputy:  # "заместителей министров": one holder's chief is one
            chief = singular_chief_text(head.word(), dependent.text, lexicon) or dependent.text
            role = f"{role} {' '.join(extra + [fold(chief)])}"
        elif case == "Ins" or (lexicon.is_unit(dependent.text) and not is_deputy
                                            and head_lemma not in lexicon.units
                                            and not _names_agency(extra, lexicon)):
            role = f"{role} {fold(dependent.text)}"
    if title.acting and not role.startswith(("исполняющий", "временно")):
        role = f"исполняющий обязанности {genitive_phrase(role, morph)}"
    return role


def _names_agency(adjectives: list[str], lexicon: TitleLexicon) -> bool:
    """Adjectives before a unit noun that make it a body of its own, not a sub-unit: ``Федеральной службы …``."""
    return any(lexicon.morph.lemma(word) in lexicon.agency_adjectives for word in adjectives)


def _without_former_prefix(word: Word) -> Word:
    """A modifier without the ``экс-`` it opens with (``экс-генеральный`` → ``генеральный``), for the role."""
    text = without_former(fold(word.text))
    if text == fold(word.text):
        return word
    return Word(word.end - len(text), word.end, word.text[-len(text):], "ADJ", word.feats)


def _genitive(token: Token, morph: Morph) -> bool:
    """A word in the genitive after a head, or in the tagger's accusative where the dictionary has a genitive
    (``помощницу генерального директора``)."""
    return case_of(token) == "Gen" or case_of(token) == "Acc" and morph.has_gram(token.text, "gent")


def genitive_phrase(role: str, morph: Morph) -> str:
    """``губернатор`` → ``губернатора``, ``Городская больница`` → ``Городской больницы``: only the first noun
    phrase is put in the genitive, each word keeping its capitals."""
    words = role.split()
    out = []
    done = False
    for word in words:
        if done or out and not morph.has_gram(word, "nomn"):  # "командующий группировкой": a governed word
            done = True
            out.append(word)
            continue
        is_adj = morph.has_gram(word, "ADJF")
        inflected = morph.inflect(word, {"gent", "sing"}, prefer={"POS": "ADJF" if is_adj else "NOUN", "case": "nomn"})
        out.append(restore_case(inflected, word) if inflected else word)
        if not is_adj:
            done = True
    return " ".join(out)


def feminine_title(position: str, lexicon: TitleLexicon) -> str:
    """A title in the nominative singular given to a woman where the text has only its plural (``народные
    артисты: …, Анна Котова``): ``народный артист России`` → ``народная артистка России``, its head in the
    feminine noun the dictionary knows and the adjectives before it agreeing; as it is where the head has no
    feminine (``заслуженный деятель искусств``)."""
    words = position.split(" ")
    for at, word in enumerate(words):
        if lexicon.title_lemma(word) is None:
            continue
        feminine = lexicon.feminine_of(fold(word))
        if feminine is None:
            return position
        before = [lexicon.morph.inflect(w, {"nomn", "sing", "femn"}, prefer={"POS": {"ADJF", "PRTF"}}) or w
                  for w in words[:at]]
        return " ".join([*(restore_case(f, w) for f, w in zip(before, words[:at])), restore_case(feminine, word),
                         *words[at + 1:]])
    return position

