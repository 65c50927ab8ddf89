"""Straight quotes in names of organizations, which a text nests without saying which pair is which
(``ООО "Управляющая компания "Кедр"``): each mark opens or closes by what stands on either side of it."""

from __future__ import annotations

_OPENING_BEFORE = frozenset(' \t\n«"(')  # what stands before a mark that opens (or nothing)
_CLOSING_AFTER = frozenset(' \t\n»",.;:!?)')  # what stands after a mark that closes (or nothing)


def turn_straight_quotes(text: str) -> str:
    """``text`` with its straight quotes written ``«`` and ``»`` when each either opens a word (after a space or
    another opening mark, before a letter or a digit) or closes one (after a letter, a digit or a full stop, before
    a space, a mark or the end): ``ООО "Управляющая компания "Кедр`` → ``ООО «Управляющая компания «Кедр``, whose
    quotes :func:`~nerpipe.text.balance_quotes` closes; ``text`` as it is when a mark says neither or no mark
    stands in it."""
    if '"' not in text:
        return text
    out = []
    for at, char in enumerate(text):
        if char != '"':
            out.append(char)
            continue
        before, after = (out[-1] if out else ""), text[at + 1:at + 2]  # a mark before, as turned
        if (not before or before in _OPENING_BEFORE) and after[:1].isalnum():
            out.append("«")
        elif (before.isalnum() or before in ".!?»") and (not after or after in _CLOSING_AFTER):
            out.append("»")
        else:
            return text
    return "".join(out)
