"""The text layer: offset-preserving normalisation, tokenisation and sentence boundaries."""
from .normalize import NormalizedText, normalize, normalize_key
from .tokenizer import HindiTokenizer, token_spans
from .sentences import split_sentences

__all__ = ["NormalizedText", "normalize", "normalize_key", "HindiTokenizer", "token_spans", "split_sentences"]
