"""Exact-span tests of ``extract.text.split_sentences`` on the abbreviation stress examples.

Includes regression tests for the bugs the benchmark found (benchmarks/RESULTS_sentences.md).
"""
from __future__ import annotations

import pytest

from extract.text import split_sentences


def expected_spans(text: str, sentences: list[str]) -> list[tuple[int, int]]:
    """Spans of ``sentences`` found in order in ``text`` (each must occur; gaps are whitespace)."""
    spans, pos = [], 0
    for s in sentences:
        start = text.index(s, pos)
        assert text[pos:start].strip() == "", f"unexpected text before {s!r}: {text[pos:start]!r}"
        spans.append((start, start + len(s)))
        pos = start + len(s)
    assert text[pos:].strip() == ""
    return spans


def check(sentences: list[str], sep: str = " ") -> None:
    text = sep.join(sentences)
    assert split_sentences(text) == expected_spans(text, sentences)


# --- abbreviations, initials, numbers: never a boundary --------------------------------------

ABBREVIATION_SENTENCES = [
    "डॉ. ए. के. वालिया ने बुधवार को जिला अस्पताल का निरीक्षण किया।",
    "डॉ० वालिया के साथ प्रो. शर्मा भी मौजूद थे।",
    "श्री ए.के. सिंह ने बताया कि उ०प्र० में इस वर्ष स्वास्थ्य बजट 5.5 प्रतिशत बढ़ा है।",
    "नया आदेश 15.09.2018 से पूरे प्रदेश में लागू होगा।",
    "उ० प्र० सरकार ने डॉ. वालिया को सम्मानित करने की घोषणा की॥",
    "स्व. पं. दीनदयाल उपाध्याय की जयंती 25.09.2018 को मनाई जाएगी।",
    "कार्यक्रम में मा. मुख्यमंत्री भी शामिल होंगे!",
    "क्या डॉ. गुप्ता भी इसमें भाग लेंगे?",
    "आईटी० विभाग उ० प्र० की योजना बैठक 16.09.2018 को भाजपा प्रदेश मुख्यालय पर हुई।",
    "बैठक की संचालन प्रो. आर.के. मिश्र ने किया।",
    "Dr. Sharma और Prof. Verma ने U.P. सरकार को पत्र लिखा।",
    "जी.डी.पी. की वृद्धि दर 6.5 प्रतिशत रहने का अनुमान है.",
    "पत्र में लिखा था, 'बजट में 2.5 प्रतिशत की कटौती न की जाए।'",
    "बी. सी. में पुलिस ने कहा कि उसके पास जवाब से ज्यादा सवाल हैं।",
]


@pytest.mark.parametrize("sentence", ABBREVIATION_SENTENCES, ids=lambda s: s.split()[0])
def test_abbreviation_sentence_is_one_span(sentence):
    assert split_sentences(sentence) == [(0, len(sentence))]


def test_abbreviation_sentences_in_running_text():
    check(ABBREVIATION_SENTENCES)


def test_exact_offsets_abbreviation_then_danda():
    text = "डॉ. ए. के. वालिया आए। उ०प्र० में 5.5 प्रतिशत।"
    assert split_sentences(text) == [(0, 21), (22, 45)]
    assert text[0:21] == "डॉ. ए. के. वालिया आए।"
    assert text[22:45] == "उ०प्र० में 5.5 प्रतिशत।"


@pytest.mark.parametrize("sentence", [
    "डॉ० वालिया के साथ प्रो. आर. के. शर्मा भी मौजूद थे।",
    "लखनऊ में डॉ० एस. पी. गुप्ता ने प्रेस वार्ता की।",
    "राष्ट्रपति जार्ज डब्ल्यू. बुश ने मंगलवार को कहा।",
    "जस्टिस एम. एस. लिब्रहान ने रिपोर्ट सौंपी।",
], ids=["aar", "es", "dablyu", "em-es"])
def test_latin_letter_name_initials_not_split(sentence):
    assert split_sentences(sentence) == [(0, len(sentence))]


def test_initial_ji_not_split():
    s = "फर्स्ट क्लास मजिस्ट्रेट जी. उत्तमराजा ने आदेश दिया।"
    assert split_sentences(s) == [(0, len(s))]


def test_unit_abbreviation_not_split():
    s = "गाँव जिला मुख्यालय से 15 किमी. दूर है।"
    assert split_sentences(s) == [(0, len(s))]


# --- full stop as a terminator ------------------------------------------------------------------

def test_full_stop_after_kaha_splits():
    check(["निरीक्षण के बाद उन्होंने व्यवस्था पर संतोष जताया और कहा.", "फिर वे वार्ड में भर्ती मरीजों से मिले।"])
    text = "उन्होंने कहा. फिर वे गए।"
    assert split_sentences(text) == [(0, 13), (14, 24)]


def test_full_stop_after_final_words_and_numbers():
    check(["उन्होंने बताया कि विकास दर 7.5 प्रतिशत रही.", "इसके बाद श्री ए.के. सिंह ने धन्यवाद दिया.",
           "यह नियम वर्ष 2018.", "वे ही हैं.", "फिर बैठक हुई।"])


@pytest.mark.parametrize("first", [
    "बैठक में सभी महिला पार्षद भी मौजूद थीं.",
    "मैं पूरी तरह तैयार हूँ.",
    "कृपया ध्यान दें.",
    "उन्होंने पद की शपथ ली.",
], ids=["thin", "hun", "den", "li"])
def test_full_stop_after_single_akshara_verb_splits(first):
    check([first, "फिर प्रो. शर्मा ने धन्यवाद प्रस्ताव रखा।"])


# --- danda, double danda, ? !, newline ------------------------------------------------------------

def test_danda_double_danda_question_exclamation():
    check(["डॉ. वालिया आए।", "फिर गए॥", "क्या यह सही है?", "हाँ!", "ठीक है।।", "अंतिम वाक्य"])


def test_repeated_terminators_stay_together():
    text = "क्या?! सच में!!! हाँ।"
    assert split_sentences(text) == [(0, 6), (7, 16), (17, 21)]


def test_ascii_pipe_as_danda():
    text = "बैठक हुई| फिर सब गए|"
    assert split_sentences(text) == [(0, 9), (10, 20)]


def test_devanagari_digits_before_danda():
    check(["लखनऊ १५ सितम्बर २०१८।", "बैठक हुई।"])


def test_newline_splits_without_terminator():
    text = "लखनऊ 15 सितम्बर 2018\nभाजपा की बैठक डॉ. वालिया की अध्यक्षता में हुई।\n\n  उ०प्र० में"
    assert split_sentences(text) == expected_spans(
        text, ["लखनऊ 15 सितम्बर 2018", "भाजपा की बैठक डॉ. वालिया की अध्यक्षता में हुई।", "उ०प्र० में"])


def test_whitespace_trimmed_and_empty():
    assert split_sentences("") == []
    assert split_sentences("  \n ") == []
    assert split_sentences("  शुरू। \n") == [(2, 7)]


# --- quotes and brackets ----------------------------------------------------------------------------

def test_closing_quotes_stay_with_their_sentence():
    check(["प्रो. शर्मा ने कहा, “हम पूरी तरह तैयार हैं।”", "उ० प्र० सरकार ने घोषणा की।",
           "पत्र में लिखा था, 'कटौती न की जाए।'", "उसने कहा, \"हम तैयार हैं।\"", "(देखें पृष्ठ 5।)", "अगला वाक्य।"])


def test_closing_quote_after_question_mark():
    text = "उसने पूछा, ‘क्या आप आएँगे?’ फिर वह चला गया।"
    assert split_sentences(text) == [(0, 27), (28, len(text))]
    assert text[:27].endswith("?’")


@pytest.mark.parametrize("sep", [" ", "\n"], ids=["space", "newline"])
def test_opening_ascii_quote_starts_next_sentence(sep):
    check(["डॉ. वालिया ने पत्रकारों से कहा।", '"अस्पताल में दवाइयों की कोई कमी नहीं है।"'], sep=sep)


def test_glued_ellipsis_is_not_a_boundary():
    s = 'सेट पर "लोगों का एक बड़ा समूह...जो खुद को अधिकारी बता रहे थे" पहुंचा।'
    assert split_sentences(s) == [(0, len(s))]


# --- invariants -------------------------------------------------------------------------------------

def test_spans_are_ordered_trimmed_and_cover_all_text():
    text = ("  डॉ. ए. के. वालिया ने कहा. फिर वे गए।\n“ठीक है।” उ०प्र० में 5.5 प्रतिशत? हाँ! "
            "श्री ए.के. सिंह 15.09.2018 को आए॥ अंत")
    spans = split_sentences(text)
    assert spans, "no sentences"
    prev_end = 0
    for start, end in spans:
        assert prev_end <= start < end <= len(text)
        assert text[prev_end:start].strip() == ""
        assert text[start:end] == text[start:end].strip()
        prev_end = end
    assert text[prev_end:].strip() == ""
