"""UD Hindi-HDTB v1.2 -> UD v2 converter (models/scripts/ud_convert_v1_to_v2.py)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_SPEC = importlib.util.spec_from_file_location("ud_convert_v1_to_v2", ROOT / "models" / "scripts" / "ud_convert_v1_to_v2.py")
conv = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(conv)


def _rows(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.strip("\n").split("\n")]


def _row(id_, form, lemma, upos, xpos, feats, head, rel):
    return [str(id_), form, lemma, upos, xpos, feats, str(head), rel, "_", "_"]


# राम ने किताब नहीं पढ़ी और सीता घर में सोई । (hand-made, HDTB v1 style)
SENT = [
    _row(1, "राम", "राम", "PROPN", "NNP", "Aspect=0|Case=O|Gender=M|Number=Sg|Person=3", 5, "nsubj"),
    _row(2, "ने", "ने", "ADP", "PSP", "_", 1, "case"),
    _row(3, "किताब", "किताब", "NOUN", "NN", "Aspect=0|Case=D|Gender=F|Number=Sg|Person=3", 5, "dobj"),
    _row(4, "नहीं", "नहीं", "PART", "NEG", "_", 5, "neg"),
    _row(5, "पढ़ी", "पढ़", "VERB", "VM", "Aspect=Ya|Gender=F|Number=Sg|Person=Any|Stype=Declarative|Voice=Active", 0, "root"),
    _row(6, "और", "और", "CONJ", "CC", "_", 5, "cc"),
    _row(7, "सीता", "सीता", "PROPN", "NNP", "Aspect=0|Case=D|Gender=F|Number=Sg|Person=3", 10, "nsubj"),
    _row(8, "घर", "घर", "NOUN", "NN", "Aspect=0|Case=O|Gender=M|Number=Sg|Person=3", 10, "nmod"),
    _row(9, "में", "में", "ADP", "PSP", "_", 8, "case"),
    _row(10, "सोई", "सो", "VERB", "VM", "Aspect=Ya|Gender=F|Number=Sg|Person=Any|Voice=Active", 5, "conj"),
    _row(11, "।", "।", "PUNCT", "SYM", "_", 5, "punct"),
]


def by_form(rows):
    return {r[1]: r for r in rows}


def test_relations_renamed():
    out = by_form(conv.convert_sentence(SENT))
    assert out["किताब"][7] == "obj"
    assert out["नहीं"][7] == "advmod"
    assert out["सीता"][7] == "nsubj"
    assert out["राम"][7] == "nsubj"


def test_passive_relations():
    rows = [
        _row(1, "फैसला", "फैसला", "NOUN", "NN", "Case=D|Gender=M|Number=Sg|Person=3", 2, "nsubjpass"),
        _row(2, "किया", "कर", "VERB", "VM", "Aspect=Ya|Gender=M|Number=Sg|Voice=Passive", 0, "root"),
        _row(3, "गया", "जा", "AUX", "VAUX", "Aspect=Ya1|Gender=M|Number=Sg|Person=Any", 2, "auxpass"),
    ]
    out = conv.convert_sentence(rows)
    assert [r[7] for r in out] == ["nsubj:pass", "root", "aux:pass"]
    assert "Voice=Pass" in out[1][5]
    assert "Aspect=Perf" in out[2][5] and "VerbForm=Part" in out[2][5]


def test_conj_upos_and_xpos_kept():
    out = by_form(conv.convert_sentence(SENT))
    assert out["और"][3] == "CCONJ"
    assert [r[4] for r in conv.convert_sentence(SENT)] == [r[4] for r in SENT]


def test_nmod_under_verb_becomes_obl_under_noun_stays():
    out = by_form(conv.convert_sentence(SENT))
    assert out["घर"][7] == "obl"
    rows = [
        _row(1, "राम", "राम", "PROPN", "NNP", "Case=O", 3, "nmod"),
        _row(2, "का", "का", "ADP", "PSP", "Case=D|Gender=M|Number=Sg", 1, "case"),
        _row(3, "घर", "घर", "NOUN", "NN", "Case=D", 0, "root"),
    ]
    assert conv.convert_sentence(rows)[0][7] == "nmod"


def test_nominal_predicate_with_copula():
    # उन के अनुसार इस स्थान का महत्व है: the अनुसार-phrase -> obl, the genitive stays nmod
    rows = [
        _row(1, "उन", "वह", "PRON", "PRP", "Case=O", 7, "nmod"),
        _row(2, "के", "के", "ADP", "PSP", "_", 1, "case"),
        _row(3, "अनुसार", "अनुसार", "ADP", "PSP", "_", 1, "case"),
        _row(4, "इस", "यह", "DET", "DEM", "Case=O", 5, "det"),
        _row(5, "स्थान", "स्थान", "NOUN", "NN", "Case=O", 7, "nmod"),
        _row(6, "का", "का", "ADP", "PSP", "Case=D", 5, "case"),
        _row(7, "महत्व", "महत्व", "NOUN", "NN", "Case=D", 0, "root"),
        _row(8, "है", "है", "VERB", "VM", "Aspect=He", 7, "cop"),
    ]
    out = conv.convert_sentence(rows)
    assert out[0][7] == "obl"
    assert out[4][7] == "nmod"


def test_dislocated_and_dep_kept():
    rows = [
        _row(1, "वह", "वह", "PRON", "PRP", "_", 3, "dislocated"),
        _row(2, "भी", "भी", "PART", "RP", "_", 1, "dep"),
        _row(3, "आया", "आ", "VERB", "VM", "Aspect=Ya", 0, "root"),
    ]
    assert [r[7] for r in conv.convert_sentence(rows)] == ["dislocated", "dep", "root"]


@pytest.mark.parametrize(
    "upos,xpos,feats,expected,misc",
    [
        ("NOUN", "NN", "Aspect=0|Case=D|Gender=M|Number=Sg|Person=3", "Case=Nom|Gender=Masc|Number=Sing|Person=3", {}),
        ("NOUN", "NN", "Case=O|Gender=F|Number=Pl", "Case=Acc|Gender=Fem|Number=Plur", {}),
        ("ADJ", "JJ", "Case=Any|Gender=Any|Number=Any", "_", {}),
        ("PRON", "PRP", "Aspect=Ka|Case=O|Number=Sg|Person=3H", "Case=Acc,Gen|Number=Sing|Person=3|Polite=Form|Poss=Yes|PronType=Prs", {"Tam": "Ka"}),
        ("VERB", "VM", "Aspect=He|Number=Sg|Person=3|Stype=Declarative|Voice=Active",
         "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin|Voice=Act", {"Tam": "He", "Stype": "Declarative"}),
        ("AUX", "VAUX", "Aspect=Ga|Gender=F|Number=Sg|Person=3", "Gender=Fem|Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin", {"Tam": "Ga"}),
        ("VERB", "VM", "Aspect=Na|Case=O|Gender=Any", "Case=Acc|VerbForm=Inf", {"Tam": "Na"}),
        ("VERB", "VM", "Aspect=Kara", "VerbForm=Conv", {"Tam": "Kara"}),
        ("ADP", "PSP", "Case=O|Gender=M|Number=Sg", "AdpType=Post|Case=Acc|Gender=Masc|Number=Sing", {}),
        ("PART", "NEG", "_", "Polarity=Neg", {}),
        ("NUM", "QC", "_", "NumType=Card", {}),
        ("DET", "DEM", "Case=O|Number=Sg|Person=3", "Case=Acc|Number=Sing|Person=3|PronType=Dem", {}),
    ],
)
def test_feats(upos, xpos, feats, expected, misc):
    got, got_misc = conv.convert_feats(upos, xpos, feats)
    assert got == expected
    assert got_misc == misc


def test_misc_and_roundtrip(tmp_path):
    src = tmp_path / "in.conllu"
    src.write_text("# sent_id = 1\n" + "\n".join("\t".join(r) for r in SENT) + "\n\n", encoding="utf-8")
    dst = tmp_path / "out.conllu"
    changes = conv.convert_file(src, dst)
    assert changes[("dobj", "obj")] == 1 and changes[("CONJ", "CCONJ")] == 1
    sents = list(conv.read_conllu(dst))
    assert len(sents) == 1 and sents[0][0] == ["# sent_id = 1"]
    rows = by_form(sents[0][1])
    assert rows["पढ़ी"][9] == "Tam=Ya|Stype=Declarative"
    assert all(len(r) == 10 for r in sents[0][1])


def test_idempotent_on_v2_relations():
    once = conv.convert_sentence(SENT)
    twice = conv.convert_sentence(once)
    assert [r[7] for r in once] == [r[7] for r in twice]
    assert [r[3] for r in once] == [r[3] for r in twice]


def test_ki_clause_object_becomes_ccomp_and_punct_lemma():
    rows = [
        _row(1, "उसने", "वह", "PRON", "PRP", "Aspect=Ne|Case=O", 2, "nsubj"),
        _row(2, "कहा", "कह", "VERB", "VM", "Aspect=Ya", 0, "root"),
        _row(3, ",", "COMMA", "PUNCT", "SYM", "_", 2, "punct"),
        _row(4, "कि", "कि", "SCONJ", "CC", "_", 6, "mark"),
        _row(5, "वह", "वह", "PRON", "PRP", "Case=D", 6, "nsubj"),
        _row(6, "आएगा", "आ", "VERB", "VM", "Aspect=Ga", 2, "dobj"),
    ]
    out = conv.convert_sentence(rows)
    assert out[5][7] == "ccomp"
    assert out[2][2] == ","
    assert out[0][5] == "Case=Acc,Erg|PronType=Prs"
