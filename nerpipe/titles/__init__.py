"""Stage 7: titles (positions) and the people who hold them.

One job a module, in the order a title goes through them:

- :mod:`.lexicon` — which words are titles and which role each maps to;
- :mod:`.tokens` — what the grammar asks of a token (case, number, the span over it);
- :mod:`.grammar` — find titles and grow them to their modifiers on the left;
- :mod:`.dependents` — grow them to their dependents on the right;
- :mod:`.trimming` — cut their trailing words; the title a title governs;
- :mod:`.generic` — tell a generic title (``эксперты``, ``200 волонтёров``) from one with one holder;
- :mod:`.holders`, :mod:`.preceding` and :mod:`.predicates` — the person a title belongs to: beside it
  (a name set off after it: :mod:`.set_off`), through a predicate (whom it speaks of:
  :mod:`.predicate_subjects`; the one congratulated on an appointment: :mod:`.congratulated`), or named before it;
  :mod:`.declined` — a predicate that gives no title (``так и не стал``); :mod:`.verbs` — where the verb of
  a title's clause is; :mod:`.subjects` — whom a clause with no named subject speaks of (``он``, a biography
  that goes on with no subject); :mod:`.succession` — a post taken over (``сменил на посту``, ``назначен
  вместо``), both holders; :mod:`.former` — a title no longer held (``покинул пост``, ``был директором``);
- :mod:`.heading` — a post a verb of heading a body states (``возглавила министерство`` → its minister);
- :mod:`.colleagues` — a colleague of another country holds the other's post there (``белорусский коллега``);
- :mod:`.normalize` — the title in the nominative and its canonical role;
- :mod:`.scope` — the country a title states;
- :mod:`.attributes` — its organization, country and region (:mod:`.attributes.region`: the region or
  country a title that names none stands for);
- :mod:`.facts` — the rows: POSITION mentions and ``positions`` facts;
  :mod:`.restated` — a statement that says nothing new (flagged ``restated``, or no row).

A title with no person is still a ``POSITION`` mention when it names one holder
(``вице-губернатор выделил …``, ``глава региона``).
"""

from .facts import TitleFacts, build_positions
from .grammar import Title
from .lexicon import TitleLexicon
from .normalize import nominative_title

__all__ = ["Title", "TitleFacts", "TitleLexicon", "build_positions", "nominative_title"]
