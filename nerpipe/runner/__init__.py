"""``nerpipe.run``: the whole job — find inputs, process what changed, write the tables.

:mod:`.orchestrate` runs it; :mod:`.output` prepares and locks the output directory;
:mod:`.plan` decides which files must be read again; :mod:`.reader` reads them once,
hashes them once and hands the engine only new contents; :mod:`.summary` says what a run did.
"""

from .orchestrate import default_workers, run
from .output import OutputLock
from .summary import RunSummary

__all__ = ["OutputLock", "RunSummary", "default_workers", "run"]
