"""The temporal lexicon: every word the grammar knows, read once from ``extract/data/*.tsv``.

Files and what the grammar takes from them:

* ``months.tsv``: ``number``, ``name``, ``variants``, ``abbreviations`` (only with a dot/abbreviation
  mark: ``सित०``), ``english`` (Latin names, only inside full dates and publish lines).
* ``weekdays.tsv``: ``number`` (ISO, 1 = Monday), ``name``, ``variants``, ``english``.
* ``temporal_units.tsv``: ``unit``, ``forms``, ``plural_forms``, ``adjective_forms``, ``timex`` (duration
  letter), ``time`` (1 = clock unit, ``PT``), ``granularity``, ``factor``.
* ``number_words.tsv``: ``form``, ``value``, ``kind`` (cardinal, ordinal, ordinal_suffix, fraction,
  fraction_prefix, quantifier).
* ``temporal_words.tsv``: ``form``, ``kind``, ``value``, ``extra``, ``context``; kinds:

  - ``relative_day`` (value: day offset, ``±n`` = sign from the tense), ``relative_mod`` (-1/0/+1,
    extra ``anaphoric``), ``direction`` (-1 before / +1 after),
  - ``part_of_day`` (value: TIMEX3 code MO/AF/EV/NI, extra: the 24h hours it covers ``4-11``,
    context ``needs=hour``), ``oclock`` (extra: hours assumed for a bare ``N बजे``), ``oclock_and``,
  - ``vague`` (value: TIMEX3 value, extra: type, context ``next=में``), ``set`` (value), ``set_quant``,
  - ``boundary`` / ``boundary_prefix`` (value: TIMEX3 mod), ``approx``,
  - cues: ``date_prefix``, ``day_cue``, ``year_cue``, ``year_suffix``, ``year_context``,
    ``year_block_before``, ``year_block_after``, ``identifier_cue`` (a number after it, alone or in a
    code run, is no year: ``संख्या MH 12 KT 1988``), ``identifier_part`` (Devanagari state codes of
    vehicle registrations: ``यूपी 32 एबी 2019``), ``fy_cue`` (value: first month of the fiscal year),
    ``session_cue``, ``range_sep``, ``conj``, ``month_block_before`` / ``month_block_after`` (value: month form),
  - function words the grammar needs: ``genitive`` (के/की/का: ``70 के दशक``, ``बुधवार की देर रात``),
    ``alternative`` (``दो या तीन``), ``duration_follow`` (``वर्षों से``), ``until`` (तक), ``partitive``
    (``में से``: ``2000 में से`` is no year), ``anchor_link`` (``X से दो दिन पहले``), ``year_day_link``
    (``वर्ष 2022 में 15 अगस्त``),
  - ``not_temporal``: phrases that only look temporal (``दो जून की रोटी``); candidates inside are dropped,
  - dateline: ``publish_cue`` (``Publish Date:``), ``dateline_block`` (words that are never a dateline place),
  - tense: ``tense`` (value: past_aux, perfective, ambiguous, ergative, future, subjunctive, present,
    progressive, passive, modal, participle; context ``after_suffix=ने`` for participles),
    ``tense_suffix``, ``tense_block``, ``clause_boundary`` (कि), ``infinitive_suffix`` (``किया जाना है``).
* ``festivals.tsv``: ``form``, ``month``, ``day`` (fixed-date days only).

All forms are folded with :func:`fold` (the text layer's normalisation, nukta dropped, ASCII
lower-cased), the same folding the grammar applies to the document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..resources import read_tsv, split_multi
from ..text.normalize import normalize

__all__ = ["Lexicon", "Unit", "fold", "fold_piece", "lexicon", "alternation"]

NUKTA = "\u093c"
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def fold_piece(norm: str) -> str:
    """Fold an already normalised string (a token's ``norm_``): nukta dropped, ASCII lower-cased."""
    return norm.replace(NUKTA, "").translate(_ASCII_LOWER)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Matching form of a lexicon entry: normalised, nukta dropped, lower-cased, spaces collapsed."""
    return " ".join(fold_piece(normalize(text).text).split())


def alternation(forms) -> str:
    """A regex alternation of folded ``forms``, longest first; inner spaces match any run of blanks."""
    uniq = sorted({f for f in forms if f}, key=lambda f: (-len(f), f))
    return "|".join(r"[ \t]+".join(re.escape(part) for part in f.split(" ")) for f in uniq)


@dataclass(frozen=True)
class Unit:
    name: str
    timex: str
    is_time: bool
    granularity: str
    factor: int


@dataclass
class Lexicon:
    month_names: dict[str, int] = field(default_factory=dict)  # full names and variants
    month_abbr: dict[str, int] = field(default_factory=dict)  # need a dot
    month_latin: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    weekdays_latin: dict[str, int] = field(default_factory=dict)
    units: dict[str, Unit] = field(default_factory=dict)  # singular forms
    unit_plurals: dict[str, Unit] = field(default_factory=dict)
    unit_adjectives: dict[str, Unit] = field(default_factory=dict)
    units_by_name: dict[str, Unit] = field(default_factory=dict)
    cardinals: dict[str, float] = field(default_factory=dict)
    ordinals: dict[str, int] = field(default_factory=dict)
    ordinal_suffixes: list[str] = field(default_factory=list)
    fractions: dict[str, float] = field(default_factory=dict)
    fraction_prefixes: dict[str, float] = field(default_factory=dict)
    quantifiers: set[str] = field(default_factory=set)
    words: dict[str, dict[str, tuple[str, str, str]]] = field(default_factory=dict)  # kind -> form -> (value, extra, context)
    festivals: dict[str, tuple[int, int]] = field(default_factory=dict)

    def kind(self, kind: str) -> dict[str, tuple[str, str, str]]:
        return self.words.get(kind, {})

    def forms(self, *kinds: str) -> list[str]:
        out: list[str] = []
        for k in kinds:
            out.extend(self.kind(k))
        return out

    def value(self, kind: str, form: str, default: str = "") -> str:
        row = self.kind(kind).get(form)
        return row[0] if row else default


def _hours(cell: str) -> tuple[int, int]:
    lo, hi = cell.split("-")
    return int(lo), int(hi)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    lx = Lexicon()
    for row in read_tsv("months.tsv"):
        n = int(row["number"])
        for f in [row["name"], *split_multi(row["variants"])]:
            lx.month_names[fold(f)] = n
        for f in split_multi(row["abbreviations"]):
            lx.month_abbr[fold(f)] = n
        for f in split_multi(row["english"]):
            lx.month_latin[fold(f)] = n
    for row in read_tsv("weekdays.tsv"):
        n = int(row["number"])
        for f in [row["name"], *split_multi(row["variants"])]:
            lx.weekdays[fold(f)] = n
        for f in split_multi(row["english"]):
            lx.weekdays_latin[fold(f)] = n
    for row in read_tsv("temporal_units.tsv"):
        unit = Unit(row["unit"], row["timex"], row["time"] == "1", row["granularity"], int(row["factor"] or 1))
        lx.units_by_name[unit.name] = unit
        for f in split_multi(row["forms"]):
            lx.units[fold(f)] = unit
        for f in split_multi(row["plural_forms"]):
            lx.unit_plurals[fold(f)] = unit
        for f in split_multi(row["adjective_forms"]):
            lx.unit_adjectives[fold(f)] = unit
    for row in read_tsv("number_words.tsv"):
        f, v, k = fold(row["form"]), row["value"], row["kind"]
        if k == "cardinal":
            lx.cardinals[f] = float(v)
        elif k == "ordinal":
            lx.ordinals[f] = int(v)
        elif k == "ordinal_suffix":
            lx.ordinal_suffixes.append(f)
        elif k == "fraction":
            lx.fractions[f] = float(v)
        elif k == "fraction_prefix":
            lx.fraction_prefixes[f] = float(v)
        elif k == "quantifier":
            lx.quantifiers.add(f)
    for row in read_tsv("temporal_words.tsv"):
        lx.words.setdefault(row["kind"], {})[fold(row["form"])] = (row["value"], row["extra"], row["context"])
    try:
        for row in read_tsv("festivals.tsv"):
            lx.festivals[fold(row["form"])] = (int(row["month"]), int(row["day"]))
    except FileNotFoundError:  # optional file
        pass
    return lx


def part_of_day_hours(lx: Lexicon, form: str) -> tuple[int, int]:
    return _hours(lx.kind("part_of_day")[form][1])


def oclock_hours(lx: Lexicon) -> tuple[int, int]:
    for _form, (_v, extra, _c) in lx.kind("oclock").items():
        if extra:
            return _hours(extra)
    return 7, 18
