"""nerpipe: Russian news → tables of people, positions, organizations, places and dates.

    >>> import nerpipe
    >>> summary = nerpipe.run(["seeds/"], out="data")   # the whole job
    >>> result = nerpipe.process_document(b"...")       # one document, any engine
    >>> t = nerpipe.load("data")                        # the tables as pandas DataFrames
"""

__version__ = "0.1.0"

__all__ = ["__version__", "run", "load", "process_document", "process_text", "load_models", "get_models"]


def __getattr__(name):
    # keep `import nerpipe` light: the models and the pipeline load on first use
    if name == "run":
        from .runner import run

        return run
    if name == "load":
        from .tables import load

        return load
    if name in ("process_document", "process_text"):
        from . import pipeline

        return getattr(pipeline, name)
    if name in ("load_models", "get_models"):
        from . import models

        return getattr(models, name)
    raise AttributeError(f"module 'nerpipe' has no attribute {name!r}")
