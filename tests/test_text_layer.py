"""The text layer: normalisation with an exact offset map, the tokenizer, sentence rules."""
import re

import pytest
import spacy
from hypothesis import given, settings, strategies as st

from extract.text import normalize, normalize_key, split_sentences
from extract.text.tokenizer import HindiTokenizer


@pytest.fixture(scope="module")
def tok():
    return HindiTokenizer(spacy.blank("hi").vocab)


@pytest.mark.parametrize("original, expected", [
    ("१५ सितम्बर २०१८", "15 सितंबर 2018"),
    ("उ० प्र०", "उ. प्र."),
    ("उ०प्र०", "उ.प्र."),
    ("डॉ० राम", "डो. राम"),
    ("आईटी० विभाग", "आईटी. विभाग"),
    ("राम ¨सह", "राम सिंह"),
    ("सम्बन्ध पाण्डेय", "संबंध पांडेय"),
    ("संपन्न सम्मेलन", "संपन्न सम्मेलन"),  # strict mode keeps a nasal before a nasal
    ("क\u093cानून", "क\u093cानून"),
    ("\u0958ानून", "क\u093cानून"),  # precomposed nukta letter decomposed
    ("राम\u00a0श्याम", "राम श्याम"),
    ("रा\u200dम", "राम"),
    ("कहा|", "कहा।"),
    ("2०18", "2018"),
])
def test_normalize(original, expected):
    assert normalize(original).text == expected


def test_offset_map_points_into_original():
    original = "लखनऊ १५ सितम्बर २०१८, आईटी० विभाग उ०प्र० डॉ० राम ¨सह सम्बन्ध रा\u200dम"
    nt = normalize(original)
    pieces = {m.group(): nt.original_text(m.start(), m.end()) for m in re.finditer(r"\S+", nt.text)}
    assert pieces["15"] == "१५"
    assert pieces["2018,"] == "२०१८,"
    assert pieces["उ.प्र."] == "उ०प्र०"
    assert pieces["सिंह"] == "¨सह"
    assert pieces["संबंध"] == "सम्बन्ध"
    assert pieces["राम"] in ("राम", "रा\u200dम")
    assert nt.original_text(0, len(nt.text)) == original


def test_normalize_key_unifies_abbreviations():
    assert normalize_key("उ० प्र०") == normalize_key("उ.प्र.") == normalize_key("उ. प्र.") == normalize_key("उप्र")
    assert normalize_key("सितम्बर") == normalize_key("सितंबर")
    assert normalize_key("  भारतीय   जनता  ") == "भारतीय जनता"


def test_tokens_index_the_original(tok):
    text = "लखनऊ १५ सितम्बर २०१८, डॉ. ए. के. वालिया ने उ०प्र० में कहा।\nफिर  राम ¨सह आए॥"
    doc = tok(text)
    assert doc.text == text
    words = [(t.text, t.norm_) for t in doc if not t.is_space]
    assert words[:5] == [("लखनऊ", "लखनऊ"), ("१५", "15"), ("सितम्बर", "सितंबर"), ("२०१८", "2018"), (",", ",")]
    assert ("डॉ.", "डो.") in words and ("ए.", "ए.") in words and ("के.", "के.") in words
    assert ("उ०", "उ.") in words and ("प्र०", "प्र.") in words
    assert ("¨सह", "सिंह") in words
    assert ("॥", "॥") in words
    for t in doc:
        assert text[t.idx:t.idx + len(t.text)] == t.text


def test_tokenizer_numbers_and_punct(tok):
    doc = tok("दिनांक 15.09.2018 को 15/09/18 व 5,000 रुपये, शाम 5:30 बजे (संगठन) 15-16 सितंबर")
    assert [t.text for t in doc] == ["दिनांक", "15.09.2018", "को", "15/09/18", "व", "5,000", "रुपये", ",", "शाम",
                                     "5:30", "बजे", "(", "संगठन", ")", "15", "-", "16", "सितंबर"]


def test_sentence_end_full_stop_vs_initial(tok):
    doc = tok("उन्होंने कहा. फिर वह है. ठीक")
    assert [t.text for t in doc] == ["उन्होंने", "कहा", ".", "फिर", "वह", "है", ".", "ठीक"]


def _sents(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_sentences_never_split_at_abbreviations():
    text = "डॉ० महेन्द्रनाथ पाण्डेय ने उ०प्र० में कहा। श्री ए. के. वालिया आए॥ प्रो. राम ने पूछा? हाँ! अंत"
    assert _sents(text) == ["डॉ० महेन्द्रनाथ पाण्डेय ने उ०प्र० में कहा।", "श्री ए. के. वालिया आए॥",
                            "प्रो. राम ने पूछा?", "हाँ!", "अंत"]


def test_sentences_double_danda_quotes_and_lines():
    text = 'नई दिल्ली।। उन्होंने कहा, "काम होगा।" फिर बैठक हुई\nदूसरी पंक्ति।।'
    assert _sents(text) == ["नई दिल्ली।।", 'उन्होंने कहा, "काम होगा।"', "फिर बैठक हुई", "दूसरी पंक्ति।।"]


def test_seed_sentences(seed_text):
    sents = _sents(seed_text)
    assert len(sents) == 14
    assert sents[0].startswith("लखनऊ 15 सितम्बर 2018,") and sents[0].endswith("संपन्न हुई।")
    assert "बैठक में यह भी निर्णय लिया गया कि प्रत्येक जिलों एवं क्षेत्र में आईटी के जिला प्रभारी को नमो एप का प्रभार सौंपा जायेगा जो प्रशिक्षण अभियान को विधिवत संचालित करने में सहयोह करेंगे।" in sents


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("कखगघचजटडतदनपबमयरलवसहािीुूेैोौंँ़्०१२३४५६७८९ .,।॥|¨\u200d\u00a0\nabcAB0123:/-()\"")), max_size=80))
def test_offsets_always_valid(text):
    nt = normalize(text)
    assert len(nt.starts) == len(nt.text) == len(nt.ends)
    for i in range(len(nt.text)):
        s, e = nt.to_original(i, i + 1)
        assert 0 <= s <= e <= len(text)
    doc = HindiTokenizer(spacy.blank("hi").vocab)(text)
    assert doc.text == text
    for s, e in split_sentences(text):
        assert 0 <= s < e <= len(text) and text[s:e].strip() == text[s:e]


def test_normalize_text_equals_the_offset_mapped_normalisation():
    import glob
    from pathlib import Path

    from extract.text.normalize import normalize, normalize_text

    root = Path(__file__).resolve().parents[1]
    texts = ["उ0प्र0 डॉ0 मा0 2020 क0 ¨सह", "a|b\u00a0c\u200d", "१२३ उ०प्र०", ""]
    for f in sorted(glob.glob(str(root / "samples" / "*.txt"))):
        texts.extend(Path(f).read_text(encoding="utf-8").split("\n"))
    assert all(normalize(t).text == normalize_text(t) for t in texts)


def test_form_keys_fast_path_equals_the_tokenizer_on_every_lexicon_form():
    from extract.names import form_keys, form_keys_tokenized
    from extract.resources import read_tsv, split_multi

    forms = set()
    for name, cols in (("organizations.tsv", ("name", "aliases", "ambiguous", "context")),
                       ("organization_bodies.tsv", ("name", "aliases")),
                       ("designation_titles.tsv", ("form",)), ("designation_levels.tsv", ("form",)),
                       ("designation_portfolios.tsv", ("form",)), ("honorifics.tsv", ("form",))):
        for row in read_tsv(name):
            for c in cols:
                forms.update(split_multi(row.get(c) or ""))
    assert len(forms) > 3000
    assert [f for f in forms if form_keys(f) != form_keys_tokenized(f)] == []
