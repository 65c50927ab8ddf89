"""Russia's names inside an organization's name (``… Российской Федерации``, ``МВД России``, ``РФ``)."""

from __future__ import annotations

import re

# the stem of Russia's adjective, folded (``российских``, ``Российская``)
RUSSIAN_ADJECTIVE = "российск"
_RUSSIA_RE = re.compile(r"(?i)\b(российской федерации|российская федерация|рф|россии|россия)\b")


def is_russian(name: str) -> bool:
    """Whether an organization's name says it is Russia's (``… Российской Федерации``, ``МВД России``)."""
    return bool(_RUSSIA_RE.search(name))


def without_russia(name: str) -> str:
    """An organization's name with Russia left out: ``Министерство обороны Российской Федерации`` →
    ``Министерство обороны`` (the name a foreign counterpart shares)."""
    return " ".join(_RUSSIA_RE.sub(" ", name).split())
