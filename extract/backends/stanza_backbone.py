"""The stanza backbone: a spaCy component that runs a stanza Hindi pipeline (pos, lemma, depparse,
ner) on the project's own tokens and sentences and writes the annotations onto the spaCy ``Doc``.

The project tokenizer and ``hindi_sentences`` run first, as with the spaCy backbone, so every offset
still points into the original text and every rule component runs unchanged. stanza gets each
sentence's tokens with ``tokenize_pretokenized`` (their original text by default, as in the corpora the
models were trained on: on HDTB-test that scores higher than the normalised form, e.g. lemma 96.1 vs
93.9; ``form="norm"`` gives ``token.norm_`` instead);
whitespace tokens are not shown to stanza (they get ``SPACE`` / ``_SP`` and hang on a neighbour, as
spaCy's parser does). Optionally (``stanza_tokenize=True``) stanza's own trained tokenizer and sentence
splitter run on each of our sentences instead; its tokens are then aligned back to ours by characters.

stanza is loaded offline only (``download_method=None``, explicit model paths). Models: ``model`` (a
folder holding the files of :data:`MODEL_FILES`), else ``$HINDI_EXTRACT_STANZA_MODEL``, else the shipped
``models/hi_stanza``. A missing package or file raises :class:`~extract.backends.BackendError` saying what
is missing and how to install or train it.
"""
from __future__ import annotations

import importlib
import importlib.util
import os
from pathlib import Path
from typing import Any, Iterable, Iterator

import numpy as np
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, minibatch

from . import BackendError

__all__ = ["DEFAULT_STANZA_MODEL", "STANZA_MODEL_ENV", "MODEL_FILES", "FACTORY", "resolve_model_dir",
           "check_installed", "load_stanza", "StanzaBackbone", "build_stanza_pipeline"]

#: The shipped stanza models (trained by models/train_stanza.sh).
DEFAULT_STANZA_MODEL = Path(__file__).resolve().parents[2] / "models" / "hi_stanza"
#: Environment variable naming another folder of stanza models.
STANZA_MODEL_ENV = "HINDI_EXTRACT_STANZA_MODEL"
#: stanza processor -> file name in the model folder.
MODEL_FILES: dict[str, str] = {"tokenize": "tokenize.pt", "pos": "pos.pt", "lemma": "lemma.pt",
                               "depparse": "depparse.pt", "ner": "ner.pt"}
FACTORY = "hindi_stanza_backbone"
#: An empty resources index: stanza wants one, and must not read a downloaded one (its defaults would mix in).
RESOURCES_JSON = Path(__file__).resolve().parent / "stanza_resources.json"
INSTALL_HINT = 'pip install -e ".[stanza]"  (stanza and torch==2.13.0, the CPU build)'
TRAIN_HINT = ("train them with `make -C models stanza` (models/train_stanza.sh, see models/hi_stanza/README.md), "
              f"or point {STANZA_MODEL_ENV} / Extractor(backend='stanza', model=PATH) at a folder that has them")


def resolve_model_dir(model: str | Path | None = None) -> Path:
    """``model``, else ``$HINDI_EXTRACT_STANZA_MODEL``, else the shipped ``models/hi_stanza``."""
    return Path(model if model is not None else os.environ.get(STANZA_MODEL_ENV) or DEFAULT_STANZA_MODEL)


def check_installed() -> None:
    """Raise :class:`BackendError` if stanza or torch cannot be imported."""
    missing = [m for m in ("torch", "stanza") if importlib.util.find_spec(m) is None]
    if missing:
        raise BackendError(f"the stanza backend needs the Python package(s) {', '.join(missing)}, which are not "
                           f"installed: {INSTALL_HINT}")


def model_paths(model_dir: Path, processors: Iterable[str]) -> dict[str, Path]:
    """The model file of each processor; :class:`BackendError` naming every missing one."""
    if not model_dir.is_dir():
        raise BackendError(f"stanza model folder not found: {model_dir} (it should hold "
                           f"{', '.join(MODEL_FILES.values())}); {TRAIN_HINT}")
    paths = {p: model_dir / MODEL_FILES[p] for p in processors}
    missing = [str(f) for f in paths.values() if not f.is_file()]
    if missing:
        raise BackendError(f"stanza model file(s) missing: {', '.join(missing)}; {TRAIN_HINT}")
    return paths


def load_stanza(model_dir: Path, ner: bool = True, tokenize: bool = False, device: str = "cpu",
                threads: int = 1) -> Any:
    """A ``stanza.Pipeline`` for Hindi from the files in ``model_dir``, offline: no download, and an empty
    resources index (:data:`RESOURCES_JSON`), so no installed stanza Hindi model's defaults (a pretrain
    file, a charlm) are mixed in; every processor gets its model path explicitly.

    ``threads``: torch's intra-op threads for this process (``torch.set_num_threads``; 0 leaves torch's
    default). The default, 1, is the project's one-thread-per-process model, and it is what makes forked
    batch workers (``--jobs N``) safe: a process whose torch thread pool already has several threads
    deadlocks in its forked children."""
    check_installed()
    if threads > 0:
        importlib.import_module("torch").set_num_threads(threads)
    procs = ["tokenize", "pos", "lemma", "depparse"] + (["ner"] if ner else [])
    paths = model_paths(model_dir, procs if tokenize else procs[1:])
    stanza = importlib.import_module("stanza")
    kwargs = {f"{p}_model_path": str(f) for p, f in paths.items()}
    if not tokenize:
        kwargs["tokenize_pretokenized"] = True
    try:
        return stanza.Pipeline(lang="hi", dir=str(model_dir), resources_filepath=str(RESOURCES_JSON),
                               processors=",".join(procs), download_method=None,
                               use_gpu=device != "cpu", logging_level="ERROR", allow_unknown_language=True,
                               **kwargs)
    except Exception as exc:  # a corrupt / incompatible file: say which folder and how to rebuild
        raise BackendError(f"stanza could not load the models in {model_dir}: {type(exc).__name__}: {exc}; "
                           f"{TRAIN_HINT}") from exc


def _bioes_spans(tags: list[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, label) word spans from stanza's BIOES (or BIO) tags."""
    start, label = None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, typ = tag.partition("-")
        if start is not None and (prefix in ("O", "B", "S") or typ != label):
            yield start, i, label  # an unterminated span ends here
            start = None
        if prefix in ("B", "S") or (prefix in ("I", "E") and start is None):
            start, label = i, typ
        if prefix in ("E", "S") and start is not None:
            yield start, i + 1, label
            start = None


class StanzaBackbone:
    """spaCy component: stanza annotations on the project's tokens (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, model: str | None = None, ner: bool = True,
                 stanza_tokenize: bool = False, batch_size: int = 64, form: str = "text", threads: int = 1):
        if form not in ("text", "norm"):
            raise ValueError(f"form must be 'text' or 'norm', got {form!r}")
        self.name = name
        self.form = form
        self.model_dir = resolve_model_dir(model)
        self.ner = ner
        self.stanza_tokenize = stanza_tokenize
        self.batch_size = batch_size
        self.stanza = load_stanza(self.model_dir, ner=ner, tokenize=stanza_tokenize, threads=threads)

    # -- spaCy component protocol
    def __call__(self, doc: Doc) -> Doc:
        self._annotate([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size or self.batch_size):
            self._annotate(batch)
            yield from batch

    # -- the work
    def _sentences(self, doc: Doc) -> list[list[int]]:
        """Indices of the non-space tokens of each sentence (``hindi_sentences`` set the boundaries)."""
        sents = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
        out = []
        for s in sents:
            idx = [t.i for t in s if not t.is_space]
            if idx:
                out.append(idx)
        return out

    def _run(self, groups: list[list[list[str]]]) -> list[list[Any]]:
        """stanza sentences for each group of token lists (pretokenized), in one stanza call."""
        flat = [words for g in groups for words in g]
        if not flat:
            return [[] for _ in groups]
        sents = self.stanza(flat).sentences
        out, k = [], 0
        for g in groups:
            out.append(sents[k:k + len(g)])
            k += len(g)
        return out

    def _form(self, tok) -> str:
        """What stanza sees of a token: one non-empty word without spaces."""
        w = (tok.norm_ if self.form == "norm" else tok.text).strip() or tok.text.strip() or "_"
        return w.replace(" ", "_")

    def _annotate(self, docs: list[Doc]) -> None:
        if self.stanza_tokenize:
            for doc in docs:
                self._annotate_retokenized(doc)
            return
        plans = [self._sentences(doc) for doc in docs]
        groups = [[[self._form(doc[i]) for i in s] for s in plan] for doc, plan in zip(docs, plans)]
        results = self._run(groups)
        for doc, plan, sents in zip(docs, plans, results):
            self._write(doc, [[(idx, w) for idx, w in zip(s, st.words)] for s, st in zip(plan, sents)])

    def _annotate_retokenized(self, doc: Doc) -> None:
        """stanza's own tokenizer on each of our sentences; its words mapped to our tokens by the
        character offsets (the first stanza word overlapping a token annotates it)."""
        pairs_per_sent, ents = [], []
        for s in self._sentences(doc):
            start, end = doc[s[0]].idx, doc[s[-1]].idx + len(doc[s[-1]])
            sdoc = self.stanza(doc.text[start:end])
            if self.ner:
                for e in sdoc.ents:
                    span = doc.char_span(start + e.start_char, start + e.end_char, label=e.type, alignment_mode="expand")
                    if span is not None:
                        ents.append(span)
            words = [w for st in sdoc.sentences for w in st.words]
            pairs, j = [], 0
            for i in s:
                t0, t1 = doc[i].idx - start, doc[i].idx + len(doc[i]) - start
                while j < len(words) and words[j].end_char is not None and words[j].end_char <= t0:
                    j += 1
                pairs.append((i, words[min(j, len(words) - 1)]) if words else (i, None))
            pairs_per_sent.append(pairs)
        self._write(doc, pairs_per_sent, retokenized=True, ents=ents)

    def _write(self, doc: Doc, sentences: list[list[tuple[int, Any]]], retokenized: bool = False,
               ents: list[Span] | None = None) -> None:
        n = len(doc)
        if n == 0:
            return
        heads = np.arange(n, dtype="int64")  # absolute head index per token
        deps = ["dep"] * n
        ents = list(ents or [])
        for pairs in sentences:
            first_of = {}  # stanza word -> our first token annotated by it
            for i, w in pairs:
                if w is None:
                    continue
                tok = doc[i]
                tok.pos_ = w.upos or ""
                tok.tag_ = w.xpos or ""
                tok.set_morph(w.feats or "")
                tok.lemma_ = w.lemma or tok.text
                first_of.setdefault((id(w.sent), w.id), i)
            roots = [i for i, w in pairs if w is not None and not w.head and first_of[(id(w.sent), w.id)] == i]
            root = roots[0] if roots else pairs[0][0]
            for i, w in pairs:
                if w is None or i == root:
                    heads[i], deps[i] = root, "root" if i == root else "dep"
                    continue
                first = first_of[(id(w.sent), w.id)]
                if first != i:  # a second token of one stanza word (stanza_tokenize=True)
                    heads[i], deps[i] = first, "dep"
                elif not w.head:  # the root of another stanza sentence inside ours
                    heads[i], deps[i] = root, "dep"
                else:
                    heads[i], deps[i] = first_of.get((id(w.sent), w.head), root), w.deprel or "dep"
            if self.ner and not retokenized:
                tags = [getattr(w.parent, "ner", None) or "O" for _, w in pairs]
                for a, b, label in _bioes_spans(tags):
                    ents.append(Span(doc, pairs[a][0], pairs[b - 1][0] + 1, label=label))
        # whitespace tokens: SPACE, hung on the previous token of their sentence (or the next)
        sent_of = np.full(n, -1, dtype="int64")
        for k, pairs in enumerate(sentences):
            for i, _ in pairs:
                sent_of[i] = k
        for tok in doc:
            if sent_of[tok.i] >= 0:
                continue
            tok.pos_, tok.tag_ = "SPACE", "_SP"
            tok.lemma_ = tok.text
            anchor = self._space_anchor(doc, tok.i, sent_of)
            heads[tok.i] = anchor
            deps[tok.i] = "dep" if anchor != tok.i else "root"
        arr = np.zeros((n, 2), dtype="uint64")
        arr[:, 0] = (heads - np.arange(n)).astype("int64").view("uint64")
        arr[:, 1] = [doc.vocab.strings.add(d) for d in deps]
        starts = [t.is_sent_start for t in doc]
        doc.from_array([HEAD, DEP], arr)
        for tok, st in zip(doc, starts):  # keep hindi_sentences' boundaries (the trees lie inside them)
            if st is not None and tok.is_sent_start != st:
                tok.is_sent_start = st
        if self.ner:
            doc.ents = filter_spans(ents)

    @staticmethod
    def _space_anchor(doc: Doc, i: int, sent_of: np.ndarray) -> int:
        """A non-space token of the same sentence next to whitespace token ``i`` (itself if none)."""
        sent = doc[i].sent if doc.has_annotation("SENT_START") else doc[:]
        for j in list(range(i - 1, sent.start - 1, -1)) + list(range(i + 1, sent.end)):
            if sent_of[j] >= 0:
                return j
        return i


@Language.factory(FACTORY, default_config={"model": None, "ner": True, "stanza_tokenize": False, "batch_size": 64,
                                           "form": "text", "threads": 1},
                  assigns=["token.pos", "token.tag", "token.morph", "token.lemma", "token.dep", "token.head",
                           "doc.ents"])
def make_stanza_backbone(nlp: Language, name: str, model: str | None, ner: bool, stanza_tokenize: bool,
                         batch_size: int, form: str, threads: int) -> StanzaBackbone:
    return StanzaBackbone(nlp, name, model=model, ner=ner, stanza_tokenize=stanza_tokenize, batch_size=batch_size,
                          form=form, threads=threads)


def build_stanza_pipeline(model: str | Path | None = None, stanza_tokenize: bool = False) -> Language:
    """The full extraction pipeline on the stanza backbone: the project tokenizer, ``hindi_sentences``,
    the stanza backbone, then the project's components configured as on the spaCy backbone."""
    from ..pipeline import BACKBONE_CONFIG, COMPONENTS, make_nlp

    check_installed()
    model_dir = resolve_model_dir(model)
    model_paths(model_dir, ["pos", "lemma", "depparse", "ner"] + (["tokenize"] if stanza_tokenize else []))
    nlp = make_nlp()
    nlp.add_pipe(FACTORY, config={"model": str(model_dir), "stanza_tokenize": stanza_tokenize})
    for name in COMPONENTS:
        importlib.import_module(COMPONENTS[name])
        nlp.add_pipe(name, config=BACKBONE_CONFIG.get(name, {}))
    return nlp
