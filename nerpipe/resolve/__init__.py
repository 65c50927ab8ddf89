"""Stage 6: who every entity is — the one place that decides it.

- :mod:`.ids` — stable ids from canonical keys (``per_``, ``org_``, ``loc_`` + 12 hex
  digits of a SHA-1): the same entity gets the same id in every document, run and engine;
- :mod:`.people`, :mod:`.organizations`, :mod:`.locations` — the entity of each PER,
  ORG and LOC span of a document (partial names, abbreviations defined in the text,
  generic names of the main region); what the document is about (:func:`document_scope`: the one
  region or foreign country, for titles with no place of their own);
- :mod:`.antecedent` — which of two namesakes a surname alone is: the one named last before it;
- :mod:`.abroad` — a state body the dictionary knows as Russia's, named without Russia in a
  document about another country, is that country's (``глава МВД`` in a report on Georgia);
- :mod:`.written` — each ORG mention named as the text writes it where that is a shorter way to
  write its entity's name (``МВД``, ``Сенат``); the entity keeps its full name;
- :mod:`.document` — all of it for one document (:func:`resolve_document`);
- :mod:`.spelling` — one name in Latin and Cyrillic letters (a spelling-blind key);
- :mod:`.merge` — across documents: a person named only by a surname or initials
  merges into the one full name of the corpus it fits, one known only in Latin letters
  into the one Cyrillic person it spells (:func:`merge_people`);
- :mod:`.events` — across documents: the same event reported by several documents (same
  kind and name, overlapping or unknown dates) gets one ``event_id`` (:func:`event_aliases`).
"""

from .document import Resolved, document_year, resolve_document
from .events import EventRecord, event_aliases, event_records
from .ids import implied_org, location_id_for, org_id_for, person_id
from .locations import Scope, document_scope
from .merge import merge_people

__all__ = ["EventRecord", "Resolved", "Scope", "document_scope", "document_year", "event_aliases", "event_records",
           "implied_org", "location_id_for", "merge_people", "org_id_for", "person_id", "resolve_document"]
