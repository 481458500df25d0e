"""Pipeline steps: one module per step, pure typed functions plus a thin Prefect task."""

from tasks.settings import apply_runtime_defaults

__version__ = "0.1.0"

# Prefect reads its settings when first imported, and every step imports Prefect.
apply_runtime_defaults()
