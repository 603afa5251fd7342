"""cleanabstract: scraped scholarly article pages -> clean title-and-abstract records."""

from .batch import clean_many
from .pipeline import clean, explain
from .record import Record, Removed, Section
from .rules.engine import RuleError, RuleSet, RuleTimeout

__all__ = ["Record", "Removed", "RuleError", "RuleSet", "RuleTimeout", "Section", "clean",
           "clean_many", "explain"]
__version__ = "0.1.0"
