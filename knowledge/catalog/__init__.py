"""Catalog questions answered from the training rows."""

from knowledge.catalog.answer import CatalogAnswerer, registration_closed
from knowledge.catalog.describe import describe_training

__all__ = ["CatalogAnswerer", "describe_training", "registration_closed"]
