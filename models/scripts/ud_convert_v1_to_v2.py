"""Convert UD Hindi-HDTB v1.2 (UD v1 conventions) to UD v2 conventions.

Usage::

    python3 models/scripts/ud_convert_v1_to_v2.py IN.conllu OUT.conllu

What changes (only what UD v2 / UD_Hindi-HDTB v2 does differently; XPOS is kept as is):

Relations
  ``dobj`` -> ``obj``; ``nsubjpass`` -> ``nsubj:pass``; ``auxpass`` -> ``aux:pass``;
  ``neg`` -> ``advmod`` (UD v2 Hindi attaches नहीं/न/मत as ``advmod``);
  ``nmod`` -> ``obl`` when the head is a predicate: a VERB/AUX, an ADJ/ADV, or a nominal
  predicate (a head with a ``cop`` dependent) as long as the dependent is not a genitive
  (its last case marker is का/के/की; के अनुसार / के लिए are not) - a genitive under a nominal
  predicate still modifies the noun. ``nmod`` under a
  nominal stays ``nmod``. A ``dobj``/``nsubj`` whose dependent has a complementizer कि as
  ``mark`` is a clause: ``ccomp``/``csubj`` (HDTB v1.2 labels कि-clauses ``dobj``). ``dislocated``, ``vocative``, ``dep`` and the rest are kept.
UPOS
  ``CONJ`` -> ``CCONJ``.
LEMMA
  PUNCT lemmas are the form (v1 has placeholders: ``COMMA``, ``SINGLE_QUOTE``, ``।`` -> ``.``).
FEATS (HDTB-style values -> UD v2 values; ``Any`` = unspecified, dropped)
  ``Case=D/O`` -> ``Nom/Acc`` (direct/oblique, as UD_Hindi-HDTB v2 writes them);
  ``Gender=M/F`` -> ``Masc/Fem``; ``Number=Sg/Pl`` -> ``Sing/Plur``;
  ``Person=2H/3H`` -> ``Person=2/3|Polite=Form``; ``Voice=Active/Passive`` -> ``Act/Pass``;
  ``Stype`` (not a UD feature) -> MISC ``Stype=``;
  ``Aspect=`` in HDTB v1 holds the TAM / fused-postposition marker, not aspect. It moves to
  MISC ``Tam=`` and, where UD v2 has an equivalent, becomes features:
  ``Ya``/``Ya1`` (-या participle) -> ``Aspect=Perf|VerbForm=Part``;
  ``He`` (है) -> ``Mood=Ind|Tense=Pres|VerbForm=Fin``; ``Wa`` (था) -> ``Mood=Ind|Tense=Past|VerbForm=Fin``;
  ``Ga`` (-गा) -> ``Mood=Ind|Tense=Fut|VerbForm=Fin``; ``Em`` (-एं) -> ``Mood=Sub|VerbForm=Fin``;
  ``Na`` (-ना) -> ``VerbForm=Inf``; ``Kara`` (-कर) -> ``VerbForm=Conv``;
  on pronouns with a fused postposition ``Ka``/``Ke`` -> ``Case=Acc,Gen|Poss=Yes``,
  ``Ko`` -> ``Case=Acc,Dat``, ``Mem`` -> ``Case=Acc,Ine``, ``Ne`` -> ``Case=Acc,Erg``,
  ``Se`` -> ``Case=Abl,Acc``; ``0`` -> nothing.
  Lexical features UD v2 Hindi derives from the BIS tag: ``PSP`` on ADP -> ``AdpType=Post``;
  ``QC`` -> ``NumType=Card``; ``QO`` -> ``NumType=Ord``; ``DEM`` -> ``PronType=Dem``;
  ``PRP`` -> ``PronType=Prs``; ``WQ`` -> ``PronType=Int``; ``NEG`` -> ``Polarity=Neg``.

The converter is a function of the rows only (no spaCy), so it is unit-tested in
``tests/test_ud_convert.py``.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

__all__ = ["read_conllu", "write_conllu", "convert_feats", "convert_sentence", "convert_file", "DEPREL_MAP"]

DEPREL_MAP = {"dobj": "obj", "nsubjpass": "nsubj:pass", "auxpass": "aux:pass", "neg": "advmod",
              # UD v1 relations that do not occur in HDTB v1.2 but are renamed in v2, for completeness
              "mwe": "fixed", "name": "flat:name", "remnant": "orphan"}
UPOS_MAP = {"CONJ": "CCONJ"}
_VALUE_MAP = {
    "Case": {"D": "Nom", "O": "Acc"},
    "Gender": {"M": "Masc", "F": "Fem"},
    "Number": {"Sg": "Sing", "Pl": "Plur"},
    "Voice": {"Active": "Act", "Passive": "Pass"},
}
_TAM_FEATS = {
    "Ya": {"Aspect": "Perf", "VerbForm": "Part"},
    "Ya1": {"Aspect": "Perf", "VerbForm": "Part"},
    "He": {"Mood": "Ind", "Tense": "Pres", "VerbForm": "Fin"},
    "Wa": {"Mood": "Ind", "Tense": "Past", "VerbForm": "Fin"},
    "Ga": {"Mood": "Ind", "Tense": "Fut", "VerbForm": "Fin"},
    "Em": {"Mood": "Sub", "VerbForm": "Fin"},
    "Na": {"VerbForm": "Inf"},
    "Kara": {"VerbForm": "Conv"},
}
_FUSED_CASE = {
    "Ka": {"Case": "Acc,Gen", "Poss": "Yes"},
    "Ke": {"Case": "Acc,Gen", "Poss": "Yes"},
    "Ko": {"Case": "Acc,Dat"},
    "Mem": {"Case": "Acc,Ine"},
    "Ne": {"Case": "Acc,Erg"},
    "Se": {"Case": "Abl,Acc"},
}
_XPOS_FEATS = {
    "QC": {"NumType": "Card"},
    "QO": {"NumType": "Ord"},
    "DEM": {"PronType": "Dem"},
    "PRP": {"PronType": "Prs"},
    "WQ": {"PronType": "Int"},
    "NEG": {"Polarity": "Neg"},
}
_UNSPECIFIED = {"Any", "0", "_", ""}
_VERBAL = {"VERB", "AUX"}
_PREDICATIVE = {"VERB", "AUX", "ADJ", "ADV"}
_GENITIVE = {"का", "के", "की"}
_COMPLEMENTIZERS = {"कि", "की"}  # की: a frequent misspelling of the complementizer in news text


def _parse_feats(s: str) -> dict[str, str]:
    if s in ("_", ""):
        return {}
    out = {}
    for part in s.split("|"):
        k, _, v = part.partition("=")
        out[k] = v
    return out


def _format_feats(d: dict[str, str]) -> str:
    if not d:
        return "_"
    return "|".join(f"{k}={d[k]}" for k in sorted(d, key=str.lower))


def convert_feats(upos: str, xpos: str, feats: str) -> tuple[str, dict[str, str]]:
    """FEATS of one word -> (v2 FEATS string, MISC additions)."""
    src = _parse_feats(feats)
    out: dict[str, str] = {}
    misc: dict[str, str] = {}
    for key, value in src.items():
        if key == "Aspect":
            if value not in _UNSPECIFIED:
                misc["Tam"] = value
                if upos in _VERBAL and value in _TAM_FEATS:
                    out.update(_TAM_FEATS[value])
                elif upos in ("PRON", "DET") and value in _FUSED_CASE:
                    out.update(_FUSED_CASE[value])
            continue
        if key == "Stype":
            misc["Stype"] = value
            continue
        if value in _UNSPECIFIED:
            continue
        if key == "Person":
            if value.endswith("H"):
                out["Person"] = value[:-1]
                out["Polite"] = "Form"
            else:
                out["Person"] = value
            continue
        if key == "Case" and "Case" in out:  # a fused-postposition case already set
            continue
        out[key] = _VALUE_MAP.get(key, {}).get(value, value)
    if upos == "ADP" and xpos == "PSP":
        out["AdpType"] = "Post"
    for k, v in _XPOS_FEATS.get(xpos, {}).items():
        out.setdefault(k, v)
    return _format_feats(out), misc


def _merge_misc(misc: str, extra: dict[str, str]) -> str:
    if not extra:
        return misc
    parts = [] if misc in ("_", "") else misc.split("|")
    keys = {p.partition("=")[0] for p in parts}
    parts += [f"{k}={v}" for k, v in extra.items() if k not in keys]
    return "|".join(parts) if parts else "_"


def convert_sentence(rows: list[list[str]]) -> list[list[str]]:
    """Convert one sentence: a list of 10-column CoNLL-U rows (words only; ranges and empty
    nodes are passed through untouched). Returns new rows."""
    words = {r[0]: r for r in rows if r[0].isdigit()}
    children: dict[str, list[list[str]]] = {}
    for r in words.values():
        children.setdefault(r[6], []).append(r)
    out = []
    for r in rows:
        r = list(r)
        if not r[0].isdigit():
            out.append(r)
            continue
        upos, xpos = r[3], r[4]
        feats, misc = convert_feats(upos, xpos, r[5])
        r[3] = UPOS_MAP.get(upos, upos)
        r[5] = feats
        r[9] = _merge_misc(r[9], misc)
        rel = r[7]
        base, _, sub = rel.partition(":")
        if base in DEPREL_MAP and not sub:
            rel = DEPREL_MAP[base]
        elif rel == "nmod":
            head = words.get(r[6])
            if head is not None:
                head_upos = head[3]
                cases = sorted((c for c in children.get(r[0], []) if c[7] == "case"), key=lambda c: int(c[0]))
                # genitive: the LAST case marker is का/के/की (के अनुसार, के लिए are not genitives)
                genitive = bool(cases) and cases[-1][1] in _GENITIVE
                has_cop = any(c[7] == "cop" for c in children.get(head[0], []))
                if head_upos in _PREDICATIVE or (has_cop and not genitive):
                    rel = "obl"
        if rel in ("obj", "nsubj") and any(
                c[7] == "mark" and c[1] in _COMPLEMENTIZERS for c in children.get(r[0], [])):
            rel = "ccomp" if rel != "nsubj" else "csubj"  # a कि-clause is clausal, not nominal
        if r[3] == "PUNCT" and r[2] != r[1]:
            r[2] = r[1]  # v1 placeholder lemmas (COMMA, SINGLE_QUOTE, । -> .): v2 uses the form
        r[7] = rel
        out.append(r)
    return out


def read_conllu(path: str | Path) -> Iterator[tuple[list[str], list[list[str]]]]:
    """Yield (comment lines, rows) per sentence."""
    comments: list[str] = []
    rows: list[list[str]] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if rows:
                    yield comments, rows
                comments, rows = [], []
            elif line.startswith("#"):
                comments.append(line)
            else:
                cols = line.split("\t")
                if len(cols) != 10:
                    raise ValueError(f"{path}: bad CoNLL-U line {line!r}")
                rows.append(cols)
    if rows:
        yield comments, rows


def write_conllu(sentences: Iterable[tuple[list[str], list[list[str]]]], path: str | Path) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        for comments, rows in sentences:
            for c in comments:
                f.write(c + "\n")
            for r in rows:
                f.write("\t".join(r) + "\n")
            f.write("\n")
            n += 1
    return n


def convert_file(src: str | Path, dst: str | Path) -> Counter:
    """Convert a file; returns a Counter of (old, new) relation changes."""
    changes: Counter = Counter()
    sents = []
    for comments, rows in read_conllu(src):
        new = convert_sentence(rows)
        for a, b in zip(rows, new):
            if a[7] != b[7]:
                changes[(a[7], b[7])] += 1
            if a[3] != b[3]:
                changes[(a[3], b[3])] += 1
        sents.append((comments, new))
    write_conllu(sents, dst)
    return changes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("src")
    ap.add_argument("dst")
    args = ap.parse_args(argv)
    Path(args.dst).parent.mkdir(parents=True, exist_ok=True)
    changes = convert_file(args.src, args.dst)
    for (a, b), n in sorted(changes.items(), key=lambda x: -x[1]):
        print(f"{a:>12} -> {b:<12} {n}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
