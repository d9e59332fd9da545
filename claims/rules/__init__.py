"""Extraction rules: one function per construction, each labelling what it finds with its rule's name.

Importing the package registers every rule in `registry.RULES`, in the order of the table in docs/rules.md.
"""
from claims.rules import verbs, objects, according, punctuation, paragraphs, appositives, questions, publication  # noqa: F401  (registers the rules)
from claims.rules.registry import RULES, Rule

__all__ = ["RULES", "Rule"]
