"""Stage 5a: people's names in the nominative, split into first, middle and last.

Each word of a PER span is classified with pymorphy's name grammemes (``Name``,
``Patr``, ``Surn``), initials and position, and put in the nominative with the
gender of the first name (``Эльмиры Ахмеевой`` → ``Эльмира Ахмеева``). A word
is inflected only when pymorphy has a reading of it that agrees with the
tagger's case, so indeclinable surnames (``Уйба``, ``Хоценко``) stay as written.
``Фамилия Имя`` and ``И. О. Фамилия`` orders are recognised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .morph import Morph, fold, oc_inflect, restore_case

_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
_GENDERS = {"Masc": "masc", "Fem": "femn"}
_INITIAL = re.compile(r"^[А-ЯЁA-Z]\.?$")
_CREDIT_LINE = re.compile(r"(?im)^\s*(источник|фото|фотография|иллюстрация|видео|по материалам|материал)\s*[:—–-]")


@dataclass(frozen=True, slots=True)
class Name:
    first: str | None
    middle: str | None
    last: str | None

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    @property
    def key(self) -> str:
        """What identifies the person: first and last name, case- and ё-folded (a middle name may be missing)."""
        if self.last and self.first and not _is_initial(self.first):
            return fold(f"{self.first} {self.last}")
        return fold(self.full)

    @property
    def is_full(self) -> bool:
        return bool(self.first and self.last and not _is_initial(self.first))


def _is_initial(part: str | None) -> bool:
    return bool(part) and bool(_INITIAL.match(part))


def _grams(morph: Morph, word: str) -> set[str]:
    grams: set[str] = set()
    for parse in morph.parses(fold(word)):
        if parse.score < 0.05 and grams:
            continue
        for gram in ("Name", "Surn", "Patr", "Geox", "Orgn"):
            if gram in parse.tag:
                grams.add(gram)
    return grams


def split_name_words(words) -> list:
    """Group initials like ``Г.`` ``В.`` and drop punctuation other than hyphens inside words."""
    out = []
    index = 0
    while index < len(words):
        word = words[index]
        text = word.text
        if len(text) == 1 and text.isupper() and index + 1 < len(words) and words[index + 1].text == ".":
            out.append((text + ".", word))
            index += 2
            continue
        if text[:1].isalpha():
            out.append((text, word))
        index += 1
    return out


def parse_name(words, morph: Morph) -> Name | None:
    """Normalize the words of a PER span (``nerpipe.inflect.Word`` objects) into a :class:`Name`."""
    parts = split_name_words(words)
    if not parts or len(parts) > 5:
        return None
    texts = [p[0] for p in parts]
    roles = [_role(morph, text, index, len(parts)) for index, text in enumerate(texts)]
    # "Фамилия Имя [Отчество]": a surname first, a first name second
    if len(parts) >= 2 and roles[0] == "last" and roles[1] == "first":
        order = [1, 2, 0] if len(parts) == 3 and roles[2] == "middle" else [1, 0] + list(range(2, len(parts)))
        parts = [parts[i] for i in order]
        texts = [texts[i] for i in order]
        roles = [roles[i] for i in order]
    # "Фамилия И. О." → initials first
    if len(parts) >= 2 and all(_is_initial(t) for t in texts[1:]) and not _is_initial(texts[0]):
        parts = parts[1:] + parts[:1]
        texts = texts[1:] + texts[:1]
        roles = ["initial"] * (len(parts) - 1) + ["last"]
    gender = _gender(morph, parts, roles)
    normal = [_nominative(morph, text, word, role, gender) for (text, word), role in zip(parts, roles)]
    first = middle = last = None
    if len(normal) == 1:
        if roles[0] == "first" and not _grams(morph, texts[0]) & {"Surn"}:
            first = normal[0]
        else:
            last = normal[0]
    else:
        first = normal[0]
        last = normal[-1]
        if len(normal) >= 3:
            middle = " ".join(normal[1:-1])
    return Name(first, middle, last)


def _role(morph: Morph, text: str, index: int, count: int) -> str:
    if _is_initial(text):
        return "initial"
    grams = _grams(morph, text)
    if "Patr" in grams and index > 0:
        return "middle"
    if "Name" in grams and "Surn" not in grams:
        return "first"
    if "Surn" in grams and "Name" not in grams:
        return "last"
    if "Name" in grams:
        return "first" if index == 0 and count > 1 else "last" if index == count - 1 and count > 1 else "first"
    return "last" if index == count - 1 or count == 1 else "first"


def _gender(morph: Morph, parts, roles) -> str | None:
    for (text, word), role in zip(parts, roles):
        if role in ("first", "middle"):
            tagged = _GENDERS.get(word.feat.get("Gender", ""))
            genders = {p.tag.gender for p in morph.parses(fold(text)) if "Name" in p.tag or "Patr" in p.tag}
            genders.discard(None)
            if tagged in genders:
                return tagged
            if len(genders) == 1:
                return genders.pop()
    for _text, word in parts:
        tagged = _GENDERS.get(word.feat.get("Gender", ""))
        if tagged:
            return tagged
    return None


def _nominative(morph: Morph, text: str, word, role: str, gender: str | None) -> str:
    if role == "initial":
        return text if text.endswith(".") else text + "."
    case = _CASES.get(word.feat.get("Case", ""))
    if case in (None, "nomn"):
        return _capitalize(text)
    gram = {"first": "Name", "middle": "Patr", "last": "Surn"}[role]
    parses = morph.parses(fold(text))
    candidates = [
        p for p in parses
        if p.tag.case == case and (gender is None or p.tag.gender in (gender, None) or "ms-f" in p.tag)
        and (gram in p.tag or (role == "last" and "Surn" in p.tag))
    ]
    if not candidates and role == "last":
        # surnames pymorphy does not list: trust its guess only when it reads the word
        # as a noun in the tagger's case and gender (so indeclinable surnames stay as written)
        candidates = [
            p for p in parses
            if p.tag.POS == "NOUN" and p.tag.case == case and p.tag.gender == gender and "Surn" not in p.tag
            and "Name" not in p.tag and _looks_declined(text, case, gender)
        ]
    for parse in candidates:
        grams = {"nomn", "sing"}
        if gender and role != "first":
            grams.add(gender)
        form = oc_inflect(parse, grams) or oc_inflect(parse, {"nomn"})
        if form is not None:
            return restore_case(form.word, text) if text[:1].isupper() else _capitalize(form.word)
    return _capitalize(text)


_DECLINED_ENDINGS = {
    ("gent", "masc"): ("а", "я"),
    ("datv", "masc"): ("у", "ю"),
    ("accs", "masc"): ("а", "я"),
    ("ablt", "masc"): ("ом", "ем", "ым", "им"),
    ("loct", "masc"): ("е",),
    ("gent", "femn"): ("ой", "ы", "и"),
    ("datv", "femn"): ("ой", "е"),
    ("accs", "femn"): ("у", "ю"),
    ("ablt", "femn"): ("ой", "ей"),
    ("loct", "femn"): ("ой", "е"),
}


def _looks_declined(text: str, case: str, gender: str | None) -> bool:
    lowered = fold(text)
    if lowered.endswith(("о", "ко", "их", "ых", "ян", "и", "у", "ю", "э")) and not lowered.endswith(("ию",)):
        return False
    return lowered.endswith(_DECLINED_ENDINGS.get((case, gender), ()))


def _capitalize(text: str) -> str:
    if text.isupper() and len(text) > 2:
        text = text.capitalize()
    return "-".join(part[:1].upper() + part[1:] for part in text.split("-"))


def is_credit_line(text: str, start: int) -> bool:
    """Whether ``start`` lies on a line such as ``Источник: …`` or ``Фото: …`` (agency credits, not people)."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_CREDIT_LINE.match(text, line_start)) and _CREDIT_LINE.match(text, line_start).end() <= start + 1


def looks_like_person(words, morph: Morph) -> bool:
    """Reject PER spans that cannot be a person's name: digits, all-caps acronyms, one unknown lowercase word."""
    texts = [w.text for w in words if w.text[:1].isalpha()]
    if not texts:
        return False
    if any(ch.isdigit() for w in words for ch in w.text):
        return False
    if len(texts) == 1 and texts[0].isupper() and len(texts[0]) > 1:
        return False
    return not all(t[:1].islower() for t in texts)
