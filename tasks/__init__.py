"""Pipeline steps: one module per step, pure typed functions plus a thin Prefect task."""

__version__ = "0.1.0"
