"""The version of nerpipe's output: stored results of an older one are computed again.

Bump :data:`PIPELINE_VERSION` when the output of ``pipeline.process_document`` changes for the
same input. It lives apart from the pipeline so that a run with nothing to process need not load
the stages to compare it.
"""

PIPELINE_VERSION = "63"
