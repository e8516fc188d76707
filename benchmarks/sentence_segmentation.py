"""Sentence-boundary benchmark: our splitter vs indic-nlp-library vs spaCy's sentencizer.

Run from the repository root::

    python3 benchmarks/sentence_segmentation.py

Corpora (one run evaluates all three):

* ``hdtb``   - UD Hindi-HDTB v1.2 test. It has no ``# text`` lines and no SpaceAfter, so each
  sentence is rebuilt from its surface tokens joined by single spaces (a multiword-token
  range ``n-m`` contributes its own form and hides the words ``n..m``; empty nodes ``n.m``
  are skipped).
* ``pud``    - UD Hindi-PUD; each sentence is its ``# text`` line.
* ``stress`` - a hand-written abbreviation stress set (:data:`STRESS_DOCS` below).

Sentences are joined by ONE space into running-text documents (no newlines), so a segmenter
has to find every boundary inside running text. A document is ``--block-size`` consecutive
sentences (default 20); ``--grouping newdoc`` uses ``# newdoc`` markers instead where the
file has them (HDTB v1.2 has none; PUD's documents average 2.5 sentences, which would make
40% of its gold ends free document ends).

Gold boundaries are the character offsets where sentences end in that text. A segmenter's
predicted boundary is the end offset of each predicted sentence after stripping trailing
whitespace; it is correct if it equals a gold end offset. indic-nlp returns strings, which
are mapped back to offsets by a sequential search (whitespace-insensitive, since it re-joins
merged pieces with a single space). ``P/R/F1`` count every sentence end, including the
(trivial) end of each document; ``F1 int`` counts only document-internal boundaries.

``abbr FS`` = false splits at abbreviations: predicted boundaries that are not gold ends and
sit right after a word token ending in ``.`` (or in the abbreviation mark ``०``/``॰``), i.e.
the character before the boundary is the mark and the one before that a letter.

``sent/s`` = gold sentences of the corpus / wall-clock seconds to segment all its documents
(one pass, after loading and one warm-up call).
"""
from __future__ import annotations

import argparse
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_HDTB = ROOT / "../shared/data/ud_hindi_hdtb_v1.2_devtest/hi-ud-test.conllu"
DEFAULT_PUD = ROOT / "../shared/data/ud_hindi_pud/hi_pud-ud-test.conllu"

# ---------------------------------------------------------------------------------------------
# Abbreviation stress set: documents as lists of gold sentences (joined by one space).
# Every abbreviation/initial/decimal/date below must NOT end a sentence; every sentence here
# ends with a real terminator (। ॥ ? ! or a full stop used as a terminator, e.g. "कहा. फिर").
# ---------------------------------------------------------------------------------------------
STRESS_DOCS: list[list[str]] = [
    [
        "डॉ. ए. के. वालिया ने बुधवार को जिला अस्पताल का निरीक्षण किया।",
        "निरीक्षण के बाद उन्होंने व्यवस्था पर संतोष जताया और कहा.",
        "फिर वे वार्ड में भर्ती मरीजों से मिले।",
        "डॉ० वालिया के साथ प्रो. आर. के. शर्मा भी मौजूद थे।",
        "श्री ए.के. सिंह ने बताया कि उ०प्र० में इस वर्ष स्वास्थ्य बजट 5.5 प्रतिशत बढ़ा है।",
        "नया आदेश 15.09.2018 से पूरे प्रदेश में लागू होगा।",
        "क्या यह आदेश निजी अस्पतालों पर भी लागू होगा?",
        "हाँ!",
        "प्रो. शर्मा ने कहा, “हम इसके लिए पूरी तरह तैयार हैं।”",
        "उ० प्र० सरकार ने डॉ. वालिया को सम्मानित करने की घोषणा की॥",
    ],
    [
        "लखनऊ में डॉ० एस. पी. गुप्ता ने बृहस्पतिवार को प्रेस वार्ता की।",
        "उन्होंने बताया कि प्रदेश की विकास दर 7.5 प्रतिशत रही.",
        "इसके बाद श्री ए.के. सिंह ने सभी पत्रकारों को धन्यवाद दिया.",
        "स्व. पं. दीनदयाल उपाध्याय की जयंती 25.09.2018 को मनाई जाएगी।",
        "कार्यक्रम में मा. मुख्यमंत्री भी शामिल होंगे!",
        "क्या डॉ. गुप्ता भी इसमें भाग लेंगे?",
        "सचिव ने कुछ भी तय न होने की बात कहकर कहा.",
        "फिर बैठक समाप्त हो गई।",
    ],
    [
        "आईटी० विभाग उ० प्र० की योजना बैठक 16.09.2018 को भाजपा प्रदेश मुख्यालय पर हुई।",
        "बैठक की अध्यक्षता श्री ए.के. सिंह ने की और संचालन प्रो. आर.के. मिश्र ने किया।",
        "Dr. Sharma और Prof. Verma ने U.P. सरकार को पत्र लिखा।",
        "पत्र में लिखा था, 'बजट में 2.5 प्रतिशत की कटौती न की जाए।'",
        "उ०प्र० के मंत्री ने इस पर विचार करने की बात कही और कहा.",
        "फिर उन्होंने डॉ० शर्मा से फोन पर बात की।",
        "जी.डी.पी. की वृद्धि दर 6.5 प्रतिशत रहने का अनुमान है.",
        "क्या यह अनुमान सही है?",
        "विशेषज्ञों के अनुसार हाँ!",
    ],
    [
        "श्री ए.के. सिंह का गाँव जिला मुख्यालय से 15 किमी. दूर है।",
        "डॉ. वालिया ने पत्रकारों से कहा।",
        '"अस्पताल में दवाइयों की कोई कमी नहीं है।"',
        "बैठक में सभी महिला पार्षद भी मौजूद थीं.",
        "फिर प्रो. शर्मा ने धन्यवाद प्रस्ताव रखा।",
    ],
]


# ---------------------------------------------------------------------------------------------
# Corpora
# ---------------------------------------------------------------------------------------------
@dataclass
class Sentence:
    text: str
    newdoc: str | None = None  # id from a preceding "# newdoc" line (None if no marker)
    has_newdoc: bool = False


@dataclass
class Document:
    text: str
    gold_ends: list[int]
    sentences: int = field(init=False)

    def __post_init__(self) -> None:
        self.sentences = len(self.gold_ends)


def surface_forms(token_lines: Sequence[list[str]]) -> list[str]:
    """Surface tokens of one sentence: a range ``n-m`` replaces words n..m; ``n.m`` skipped."""
    forms: list[str] = []
    skip_until = 0
    for cols in token_lines:
        tid = cols[0]
        if "." in tid:  # empty node
            continue
        if "-" in tid:
            first, last = (int(x) for x in tid.split("-"))
            forms.append(cols[1])
            skip_until = last
            continue
        if int(tid) <= skip_until:
            continue
        forms.append(cols[1])
    return forms


def read_conllu(path: Path, use_text: bool) -> list[Sentence]:
    """Sentences of a CoNLL-U file: ``# text`` if ``use_text``, else tokens joined by spaces."""
    sentences: list[Sentence] = []
    comments: dict[str, str] = {}
    newdoc: tuple[bool, str | None] = (False, None)
    tokens: list[list[str]] = []

    def flush() -> None:
        nonlocal comments, tokens, newdoc
        if tokens:
            if use_text:
                if "text" not in comments:
                    raise ValueError(f"{path}: sentence without '# text' (use token reconstruction)")
                text = comments["text"]
            else:
                text = " ".join(surface_forms(tokens))
            text = " ".join(text.split())  # one line, single spaces
            sentences.append(Sentence(text, newdoc=newdoc[1], has_newdoc=newdoc[0]))
        comments, tokens, newdoc = {}, [], (False, None)

    with path.open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip():
                flush()
            elif line.startswith("#"):
                m = re.match(r"#\s*newdoc\b(?:\s+id\s*=\s*(.*))?", line)
                if m:
                    newdoc = (True, (m.group(1) or "").strip() or None)
                    continue
                m = re.match(r"#\s*([\w.:-]+)\s*=\s?(.*)$", line)
                if m:
                    comments[m.group(1)] = m.group(2)
            else:
                tokens.append(line.split("\t"))
    flush()
    return sentences


def make_documents(groups: Iterable[Sequence[str]]) -> list[Document]:
    docs = []
    for sents in groups:
        parts, ends, pos = [], [], 0
        for s in sents:
            if parts:
                pos += 1  # the joining space
            parts.append(s)
            pos += len(s)
            ends.append(pos)
        docs.append(Document(" ".join(parts), ends))
    return docs


def group_sentences(sentences: list[Sentence], grouping: str, block_size: int) -> list[list[str]]:
    if grouping == "newdoc" and any(s.has_newdoc for s in sentences):
        groups: list[list[str]] = []
        for s in sentences:
            if s.has_newdoc or not groups:
                groups.append([])
            groups[-1].append(s.text)
        return groups
    texts = [s.text for s in sentences]
    return [texts[i : i + block_size] for i in range(0, len(texts), block_size)]


# ---------------------------------------------------------------------------------------------
# Segmenters: each maps a text to sorted predicted end offsets (trailing whitespace stripped)
# ---------------------------------------------------------------------------------------------
def _rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def ours() -> Callable[[str], list[int]]:
    from extract.text import split_sentences

    def seg(text: str) -> list[int]:
        return [_rstrip_end(text, s, e) for s, e in split_sentences(text) if e > s]

    return seg


class MappingError(RuntimeError):
    pass


def map_strings_to_ends(text: str, pieces: Iterable[str]) -> list[int]:
    """End offsets of ``pieces`` found in order in ``text`` (whitespace-insensitive search)."""
    ends: list[int] = []
    pos = 0
    for piece in pieces:
        words = piece.split()
        if not words:
            continue
        pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
        m = pattern.search(text, pos)
        if m is None:
            raise MappingError(f"segment not found at/after offset {pos}: {piece[:60]!r}")
        ends.append(m.end())
        pos = m.end()
    return ends


def indic_nlp() -> Callable[[str], list[int]]:
    from indicnlp.tokenize.sentence_tokenize import sentence_split

    def seg(text: str) -> list[int]:
        return map_strings_to_ends(text, sentence_split(text, lang="hi"))

    return seg


def spacy_sentencizer() -> Callable[[str], list[int]]:
    import spacy

    nlp = spacy.blank("hi")
    nlp.add_pipe("sentencizer")

    def seg(text: str) -> list[int]:
        doc = nlp(text)
        ends = []
        for sent in doc.sents:
            end = _rstrip_end(text, sent.start_char, sent.end_char)
            if end > sent.start_char:
                ends.append(end)
        return ends

    return seg


SEGMENTERS: dict[str, Callable[[], Callable[[str], list[int]]]] = {
    "extract.split_sentences": ours,
    "indic_nlp.sentence_split": indic_nlp,
    "spacy sentencizer": spacy_sentencizer,
}


# ---------------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------------
_ABBR_MARKS = ".०॰"


def is_abbreviation_split(text: str, boundary: int) -> bool:
    """The boundary follows a word token that ends in an abbreviation mark (``डॉ.``, ``के.``, ``उ०``)."""
    if boundary < 2 or text[boundary - 1] not in _ABBR_MARKS:
        return False
    prev = text[boundary - 2]
    return prev.isalpha() or unicodedata.category(prev) in ("Mn", "Mc")  # letter or vowel sign


@dataclass
class Score:
    gold: int = 0
    pred: int = 0
    tp: int = 0
    gold_int: int = 0
    pred_int: int = 0
    tp_int: int = 0
    abbr_fs: int = 0
    seconds: float = 0.0
    errors: list[tuple[str, int, str]] = field(default_factory=list)  # (kind, offset, context)

    @staticmethod
    def prf(tp: int, gold: int, pred: int) -> tuple[float, float, float]:
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def _context(text: str, offset: int, width: int = 30) -> str:
    return (text[max(0, offset - width) : offset] + "‖" + text[offset : offset + width]).replace("\n", "⏎")


def evaluate(docs: list[Document], seg: Callable[[str], list[int]], keep_errors: int = 0) -> Score:
    score = Score()
    predictions = []
    t0 = time.perf_counter()
    for doc in docs:
        predictions.append(seg(doc.text))
    score.seconds = time.perf_counter() - t0
    for doc, pred_ends in zip(docs, predictions):
        gold = set(doc.gold_ends)
        pred = set(pred_ends)
        doc_end = len(doc.text)
        score.gold += len(gold)
        score.pred += len(pred)
        score.tp += len(gold & pred)
        gold_int, pred_int = gold - {doc_end}, pred - {doc_end}
        score.gold_int += len(gold_int)
        score.pred_int += len(pred_int)
        score.tp_int += len(gold_int & pred_int)
        for b in sorted(pred - gold):
            if is_abbreviation_split(doc.text, b):
                score.abbr_fs += 1
            if len(score.errors) < keep_errors:
                score.errors.append(("FP", b, _context(doc.text, b)))
        for b in sorted(gold - pred):
            if len(score.errors) < keep_errors:
                score.errors.append(("FN", b, _context(doc.text, b)))
    return score


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------
def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--hdtb", type=Path, default=DEFAULT_HDTB, help="UD Hindi-HDTB test .conllu")
    ap.add_argument("--pud", type=Path, default=DEFAULT_PUD, help="UD Hindi-PUD .conllu")
    ap.add_argument("--grouping", choices=("block", "newdoc"), default="block",
                    help="documents = blocks of --block-size sentences, or '# newdoc' groups if present")
    ap.add_argument("--block-size", type=int, default=20)
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="also print up to N false positives/negatives per corpus and segmenter")
    args = ap.parse_args(argv)

    corpora: dict[str, list[Document]] = {
        "hdtb": make_documents(group_sentences(read_conllu(args.hdtb.resolve(), use_text=False),
                                               args.grouping, args.block_size)),
        "pud": make_documents(group_sentences(read_conllu(args.pud.resolve(), use_text=True),
                                              args.grouping, args.block_size)),
        "stress": make_documents(STRESS_DOCS),
    }

    segmenters = {}
    for name, factory in SEGMENTERS.items():
        seg = factory()
        seg("डॉ. ए. के. वालिया ने कहा। फिर वे गए।")  # warm-up: load data files and models
        segmenters[name] = seg

    header = f"| {'corpus':<7}| {'segmenter':<25}| {'docs':>5}| {'gold':>5}| {'pred':>5}| {'P':>6}| {'R':>6}| {'F1':>6}| {'F1 int':>7}| {'abbr FS':>8}| {'sent/s':>8}|"
    rule = "|" + "|".join("-" * (len(c)) for c in header.split("|")[1:-1]) + "|"
    lines = [header, rule]
    error_report = []
    for cname, docs in corpora.items():
        for sname, seg in segmenters.items():
            sc = evaluate(docs, seg, keep_errors=args.errors)
            p, r, f = Score.prf(sc.tp, sc.gold, sc.pred)
            _, _, f_int = Score.prf(sc.tp_int, sc.gold_int, sc.pred_int)
            sps = sc.gold / sc.seconds if sc.seconds else float("inf")
            lines.append(
                f"| {cname:<7}| {sname:<25}| {len(docs):>5}| {sc.gold:>5}| {sc.pred:>5}| {p:>6.3f}| {r:>6.3f}| "
                f"{f:>6.3f}| {f_int:>7.3f}| {sc.abbr_fs:>8}| {sps:>8.0f}|"
            )
            for kind, off, ctx in sc.errors:
                error_report.append(f"{cname:<7} {sname:<25} {kind} @{off:<6} {ctx}")
    print("\n".join(lines))
    if error_report:
        print()
        print("\n".join(error_report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
