"""A body of the dictionary of organizations (:mod:`.lexicon`): its names, country and former name."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class OrgRef:
    """An organization from the dictionary."""

    name: str
    abbr: str | None
    country: str | None = None  # ISO 3166-1 alpha-2; None for international bodies
    former: str | None = None  # the name it had before ``renamed``
    renamed: int | None = None  # the year it got its name
    context: tuple[str, ...] = ()  # words one of which a document must hold for this reading of a shared name
    former_abbr: str | None = None  # the abbreviation of the former name (``abbr`` is the later name's)
    kind: str | None = None  # what the body is where a rule needs it: ``central_bank`` (a state's central bank)

    def named_in(self, year: int | None) -> OrgRef:
        """The body as a document of ``year`` names it: by its former name before it was renamed."""
        if self.former and year is not None and self.renamed and year < self.renamed:
            return self.by_former_name()
        return self

    def by_former_name(self) -> OrgRef:
        """The body by its former name, with that name's abbreviation (none when it had none: ``Совет министров
        РСФСР`` is no ``Правительство РФ``)."""
        return OrgRef(self.former or self.name, self.former_abbr, self.country, kind=self.kind)
