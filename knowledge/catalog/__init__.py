"""Catalog questions answered from the training rows."""

from knowledge.catalog.answer import CatalogAnswerer
from knowledge.catalog.describe import describe_training

__all__ = ["CatalogAnswerer", "describe_training"]
