"""Bodies a plural noun names one of each: ``министерствам экономики и финансов`` is the
Ministry of Economy and the Ministry of Finance, each named with the noun in the singular; so are
``федерациями Ирака, Сирии`` (:func:`places_share_head`). A place that closes the list is the place of
each (``министерств финансов и экономики Кении``: both Kenya's). An adjective before one that shares the
noun with it names a body of the same kind (``Вельского и Устьинского филиалов УГТУ``: ``Вельский филиал УГТУ``)."""

from __future__ import annotations

from dataclasses import replace

from ..morph import Morph, fold, plural_noun, restore_case
from ..ner import Analysis
from ..orgs import OrgLexicon, shared_head_adjectives
from ..places import RUSSIA, Place
from ..records import Span
from .ids import org_id_for


def resolve_shared_heads(analysis: Analysis, resolved: dict, lexicon: OrgLexicon,
                         places: dict[Span, Place]) -> None:
    """Rename in place the organizations of a plural body's noun and of the genitive phrases
    joined to it by ``и`` or a comma (the spans :func:`~nerpipe.spans.dependents.shared_head_bodies`
    found): ``Министерство экономики``, ``Министерство финансов`` (a dictionary's body by its name);
    the place in the genitive that ends the last phrase or follows it is each one's (:func:`closing_place`)."""
    spans = sorted(resolved, key=lambda s: s.start)
    for index, span in enumerate(spans):
        head = analysis.tokens_in(span.start, span.end)[:1]
        if not head or not plural_noun(head[0], lexicon.morph) or lexicon.kind_of(head[0].text) is None:
            continue
        singular = lexicon.morph.inflect(head[0].text, {"sing", "nomn"}, prefer={"POS": "NOUN"})
        joined = list(_joined(analysis, span, spans[index + 1:], lexicon))
        if singular is None or not joined:
            continue
        noun = singular[:1].upper() + singular[1:]
        first = resolved[span]
        own = analysis.text[head[0].end:span.end].strip()
        place = closing_place(analysis, joined[-1], places)
        owns = [(span, own), *((other, analysis.text[other.start:other.end]) for other in joined)]
        for member, words in owns:
            resolved[member] = _placed(_named(first, _with_place(f"{noun} {words}".strip(), place), lexicon), place)


def _joined(analysis: Analysis, span: Span, after: list[Span], lexicon: OrgLexicon):
    """The spans right after ``span`` each behind ``и`` or a comma, none opening with a noun of its own kind
    (``министерств … и администрации области``: the administration is a body of its own)."""
    end = span.end
    for other in after:
        between = analysis.text[end:other.start].strip()
        first = analysis.tokens_in(other.start, other.end)[:1]
        if between not in ("и", ",") or not analysis.text[other.start:other.start + 1].islower() \
                or not first or lexicon.kind_of(first[0].text) is not None:
            return
        yield other
        end = other.end


def closing_place(analysis: Analysis, last: Span, places: dict[Span, Place]) -> tuple[str, Place] | None:
    """The place (its words as written, and what it is) that ends the last body of a list or
    follows it right after a space: ``… и экономики Кении``, ``… и торговли Перу``."""
    for span, place in places.items():
        if place is None or place.country_code is None:
            continue
        inside = last.start <= span.start and span.end == last.end
        after = span.start >= last.end and not analysis.text[last.end:span.start].strip()
        if inside or after:
            return analysis.text[span.start:span.end], place
    return None


def _with_place(name: str, place: tuple[str, Place] | None) -> str:
    """``name`` ending with the place's words unless it does already."""
    if place is None or name.endswith(place[0]):
        return name
    return f"{name} {place[0]}"


def _placed(org, place: tuple[str, Place] | None):
    """A body of a list with its closing place: that place's country, and its region in Russia."""
    if place is None or org.abbr is not None and org.country is not None:
        return org  # the dictionary's body (``Министерство финансов Российской Федерации``)
    where = place[1]
    region = where.region_code if where.country_code == RUSSIA else None
    return replace(org, country=where.country_code, region_code=region or org.region_code)


def _named(org, name: str, lexicon: OrgLexicon):
    ref = lexicon.lookup(name)
    if ref is not None:
        return replace(org, org_id=org_id_for(ref.name), name=ref.name, abbr=ref.abbr, country=ref.country)
    return replace(org, org_id=org_id_for(name), name=name, abbr=None)


def places_share_head(analysis: Analysis, last, morph: Morph) -> bool:
    """Whether the place closing a plural body's name is followed by more places in its case (or
    undeclined) that share the body's noun (``с федерациями Ирака, Сирии и Перу``): one body of each place."""
    after = analysis.tokens[last.index + 1:last.index + 3]
    return len(after) == 2 and after[0].text in (",", "и") and after[1].text[:1].isupper() \
        and after[1].pos == "PROPN" \
        and (after[1].feat.get("Case") == last.feat.get("Case") or morph.has_gram(after[1].text, "Fixd"))


def name_shared_adjectives(analysis: Analysis, resolved: dict, lexicon: OrgLexicon) -> None:
    """Rename in place each organization named by one capitalized adjective alone whose plural noun a later
    organization shares (:func:`~nerpipe.orgs.shared_head_adjectives`): the adjective in the nominative,
    agreeing with that organization's noun, then the rest of its name (``Вельского`` → ``Вельский филиал
    УГТУ``, ``Тверском`` → ``Тверской филиал банка «Вектор»``)."""
    morph = lexicon.morph
    alone = {(span.start, span.end): span for span in resolved}
    for other in sorted(resolved, key=lambda s: s.start):
        words = resolved[other].name.split()
        if len(words) < 2:
            continue
        nouns = [p for p in morph.parses(fold(words[1])) if p.tag.POS == "NOUN" and "nomn" in p.tag]
        for token in shared_head_adjectives(analysis, analysis.tokens_in(other.start, other.end), lexicon):
            span = alone.get((token.start, token.end))
            if span is None or not nouns or not nouns[0].tag.gender:
                continue
            form = morph.inflect(token.text, {"nomn", "sing", nouns[0].tag.gender}, prefer={"POS": "ADJF"})
            if form is not None:
                resolved[span] = _named(resolved[span], " ".join([restore_case(form, token.text), *words[1:]]),
                                        lexicon)
