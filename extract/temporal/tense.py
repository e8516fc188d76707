"""Tense of a clause from its verb group (Hindi is verb-final).

The cue words live in ``temporal_words.tsv`` (kinds ``tense``, ``tense_suffix``, ``tense_block``).
For a temporal expression the relevant verb group is the first one after it in the sentence
(``सोमवार को बैठक हुई`` -> past, ``अक्टूबर में सम्मेलन होगा`` -> future); if none follows, the
nearest one before it. A group is decided by priority: future (``होगा``, ``-एगा``, ``करेंगे``,
subjunctive ``जाएं``, ``होने वाली``) > past auxiliary (``था``) > ergative ``ने`` > perfective not
followed by a passive auxiliary (``किया गया`` past, ``किया जाता है`` present, ``किया जाना है`` future)
> progressive (``रहे`` past, ``रहा है`` present) > present (``है``).

Returns ``"past"``, ``"future"``, ``"present"`` or ``None``.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from .lexicon import fold, lexicon

__all__ = ["classify", "detect_tense", "governing_group", "sentence_tense", "tense_of"]

_PUNCT = frozenset({"।", "।।", "॥", "?", "!", ".", ",", ";", ":", "-", "(", ")", '"'})
_BEARING = frozenset({"past_aux", "perfective", "ergative", "future", "subjunctive", "present", "progressive"})
_GLUE = frozenset({"passive", "modal"})


@lru_cache(maxsize=1)
def _tables():
    lx = lexicon()
    words = {f: v for f, (v, _e, _c) in lx.kind("tense").items()}
    suffixes = sorted(((f, v) for f, (v, _e, _c) in lx.kind("tense_suffix").items()), key=lambda x: -len(x[0]))
    block = frozenset(lx.kind("tense_block"))
    return words, tuple(suffixes), block


@lru_cache(maxsize=1)
def _context():
    lx = lexicon()
    boundaries = _PUNCT | frozenset(lx.kind("clause_boundary"))
    participle_after = {f: c.split("=", 1)[1] for f, (v, _e, c) in lx.kind("tense").items()
                        if v == "participle" and c.startswith("after_suffix=")}
    infinitive = tuple(lx.kind("infinitive_suffix"))
    return boundaries, participle_after, infinitive


@lru_cache(maxsize=65536)
def classify(word: str) -> str | None:
    """Tense category of one folded word (before context rules), or None."""
    words, suffixes, block = _tables()
    if word in block:
        return None
    cat = words.get(word)
    if cat:
        return cat
    for suf, cat in suffixes:
        if word.endswith(suf) and len(word) > len(suf):
            return cat
    return None


def _cue_at(words: Sequence[str], i: int) -> str | None:
    cat = classify(words[i])
    if cat is None:
        return None
    boundaries, participle_after, _inf = _context()
    if cat == "ambiguous":  # की/ली/लिए: a verb only clause-finally or before an auxiliary
        j = i + 1
        if j >= len(words) or words[j] in boundaries:
            return "perfective"
        nxt = classify(words[j])
        if nxt in _BEARING or nxt in _GLUE:
            return "perfective"
        return None
    if cat == "participle":  # होने वाली, आने वाले: future
        suf = participle_after.get(words[i], "")
        if suf and i > 0 and words[i - 1].endswith(suf) and len(words[i - 1]) > len(suf) + 1:
            return "future"
        return None
    return cat


def _group(words: Sequence[str], i: int) -> list[tuple[str, str]]:
    group = []
    j = i
    while j < len(words):
        cat = _cue_at(words, j)
        if cat is None:
            break
        group.append((words[j], cat))
        j += 1
    return group


def _decide(group: list[tuple[str, str]], before: str = "") -> str | None:
    cats = [c for _w, c in group]
    if any(c in ("future", "subjunctive") for c in cats):
        return "future"
    if "past_aux" in cats or "ergative" in cats:
        return "past"
    for k, c in enumerate(cats):
        if c == "perfective" and (k + 1 >= len(cats) or cats[k + 1] != "passive"):
            return "past"
    inf = _context()[2]
    for k, (w, c) in enumerate(group):  # किया जाना है: obligation -> future
        prev = group[k - 1][0] if k > 0 else before
        if c == "present" and inf and prev.endswith(inf):
            return "future"
    for k, c in enumerate(cats):
        if c == "progressive":
            return "present" if "present" in cats[k + 1:] else "past"
    if "present" in cats:
        return "present"
    return None


def governing_group(words: Sequence[str], start: int = 0) -> tuple[str | None, list[tuple[str, str]]]:
    """(tense, verb group) governing position ``start``: the first decidable group after it, else the
    nearest one before it."""
    n = len(words)
    i = start
    while i < n:
        cat = _cue_at(words, i)
        if cat in _BEARING:
            group = _group(words, i)
            tense = _decide(group, words[i - 1] if i else "")
            if tense:
                return tense, group
            i += max(1, len(group))
            continue
        i += 1
    i = min(start, n) - 1
    while i >= 0:
        cat = _cue_at(words, i)
        if cat in _BEARING or cat in _GLUE:
            j = i
            while j > 0 and _cue_at(words, j - 1) is not None:
                j -= 1
            group = _group(words, j)
            tense = _decide(group, words[j - 1] if j else "")
            if tense:
                return tense, group
            i = j - 1
            continue
        i -= 1
    return None, []


def detect_tense(words: Sequence[str], start: int = 0) -> str | None:
    """Tense of the verb group governing position ``start`` of the folded ``words`` (one sentence)."""
    return governing_group(words, start)[0]


def sentence_tense(words: Sequence[str]) -> str | None:
    """Tense of a sentence: its last verb group."""
    return detect_tense(words, len(words))


def tense_of(sentence: str) -> str | None:
    """Convenience: tense of a raw Hindi sentence (whitespace/danda split)."""
    import re

    words = [fold(w) for w in re.findall(r"[^\s।॥?!,]+|[।॥?!,]", sentence)]
    return sentence_tense(words)
