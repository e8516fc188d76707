"""Temporal engine: lexicon (``extract/data``), tense, TIMEX3 grammar and dateline detection.

Components: :mod:`extract.components.dateline` (``hindi_dateline``) and
:mod:`extract.components.dates` (``hindi_dates``).
"""
from .dateline import Dateline, detect_dateline
from .grammar import Timex, find_timexes, grammar, parse_iso_date
from .lexicon import fold, lexicon
from .tense import detect_tense, sentence_tense, tense_of
from .textview import TextView

__all__ = [
    "Dateline",
    "TextView",
    "Timex",
    "detect_dateline",
    "detect_tense",
    "find_timexes",
    "fold",
    "grammar",
    "lexicon",
    "parse_iso_date",
    "sentence_tense",
    "tense_of",
]
