#!/usr/bin/env python3
"""Build the place gazetteer shipped in ``extract/data/gazetteer/``.

    python3 tools/build_gazetteer.py --gazetteer-hi ../shared/data/gazetteer_hi \
        --lgd ../shared/data/gazetteer_lgd --out extract/data/gazetteer

Inputs (read-only reference data, see their SOURCE.md):

* ``gazetteer_hi/``: Hindi names of the 36 states/UTs and 734 LGD districts with aliases
  and news short forms, plus the post-2021 districts (no LGD code);
* ``gazetteer_lgd/``: LGD sub-districts, blocks (kind ``subdistrict``) and urban local
  bodies (only rows whose "In Local" name is Devanagari are used; Maharashtra's are Marathi
  and get a Hindi spelling derived by rule, the Marathi form kept as an alias);
* the same LGD files for the Latin index ``latin_places.tsv``: sub-districts, blocks and urban local
  bodies of all states and UTs (:data:`LATIN_STATES`) that LGD names in English only,
  with the phonetic skeleton of the English name (:func:`extract.gazetteer.latin_skeleton`) as key; the
  build prints how often the skeleton of a Devanagari name equals that of its English name on the LGD and
  ``gazetteer_hi`` rows that have both (recall) and how many places share a skeleton (collisions);
* optionally NER corpora (``--corpus``, IOB2 ``token<TAB>tag``) used only to flag
  single-word names that are mostly ordinary words or personal names (default: IL-NER
  train/dev and HiNER validation; the IL-NER *test* file is an evaluation set and is not read).

District short forms: besides the hand-listed ones (:data:`EXTRA_DISTRICT_ALIASES`), a district
named ``<X> <qualifier>`` with a regional qualifier of :data:`SHORT_FORM_QUALIFIERS` gets ``<X>`` as an
alias (``टिहरी गढ़वाल`` -> ``टिहरी``) unless ``<X>`` names another place. Spacing and vowel-length
variants (``ऊधमसिंह नगर``) are not listed: :mod:`extract.gazetteer` matches them through loose keys.

Outputs (TSV, header row, NFC, ``|`` for multi-values): ``states.tsv``,
``districts.tsv``, ``places.tsv``, ``latin_places.tsv`` and ``words.tsv`` (single-word names that are also
ordinary words or personal names, and generic words that are never places). ``extras.tsv`` (hand-written, same folder) is
not generated: it is read and checked against the generated files.
"""
from __future__ import annotations

import argparse
import collections
import csv
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.gazetteer import latin_skeleton, skeletons  # noqa: E402
from extract.text import normalize_key  # noqa: E402

DEV = re.compile("[\u0900-\u097F]")
ZW = re.compile("[\u200b\u200c\u200d\u00ad\ufeff\u2060]")

#: News short forms / common spellings of states not in gazetteer_hi (editor's list).
EXTRA_STATE_ALIASES: dict[str, list[str]] = {
    "9": ["यू.पी.", "यू० पी०", "उ.प्र", "उत्तर-प्रदेश"],
    "23": ["एम.पी.", "एम० पी०", "मध्य-प्रदेश"],
    "22": ["छ० ग०", "छत्तीसगढ"],
    "2": ["हि० प्र०", "हिमाचल-प्रदेश"],
    "19": ["पश्चिमी बंगाल", "पं. बंगाल", "वेस्ट बंगाल"],
    "28": ["आंध्रा"],
    "36": ["तेलांगना", "तेलगांना"],
    "33": ["तमिलनाडू"],
    "29": ["कर्णाटक"],
    "32": ["केरला"],
    "30": ["गोआ"],
    "12": ["अरूणाचल प्रदेश", "अरूणाचल"],
    "6": ["हरियाना"],
    "34": ["पुद्दुचेरी", "पुद्दूचेरी"],
    "35": ["अंडमान"],
    "7": ["दिल्ली एनसीआर", "दिल्ली-एनसीआर", "एनसीटी दिल्ली"],
    "1": ["जम्मू-काश्मीर", "जम्मू & कश्मीर"],
    "5": ["उत्तराखण्ड"],
    "38": ["दादरा नगर हवेली और दमन-दीव", "दादरा नगर हवेली एवं दमन-दीव", "दादरा नगर हवेली और दमन दीव"],
}

#: Source aliases of districts that name the headquarters city, which ``extras.tsv`` lists as a city of its own
#: (गंगटोक: the state capital, in news the city far more often than East Sikkim district).
CITY_NOT_DISTRICT_ALIAS = {"225": ["गंगटोक"]}

#: Extra aliases of districts (LGD code -> forms), mostly the city / old names used in news.
EXTRA_DISTRICT_ALIASES: dict[str, list[str]] = {
    "465": ["दादरा नगर हवेली"],  # DADRA AND NAGAR HAVELI (written without और)
    "187": ["बनारस", "काशी"],  # VARANASI
    "159": ["लखीमपुर", "लखीमपुर-खीरी"],  # KHERI (also Lakhimpur, Assam: homonym)
    "162": [],  # LUCKNOW
    "140": ["फ़ैज़ाबाद"],  # AYODHYA
    "120": ["इलाहबाद"],  # PRAYAGRAJ
    "179": ["संत रविदास नगर भदोही"],
    "144": ["गौतमबुद्धनगर", "जीबी नगर"],
    "62": ["गुड़गांव", "गुरुग्राम"],
    "315": ["कलकत्ता"],
    "568": ["मद्रास"],
    "482": ["बंबई", "बम्बई", "मुम्बई", "बॉम्बे"],
    "490": ["पूना"],
    "23": ["सिमला"],
    "21": ["लाहौल-स्पीति", "लाहौल स्पीति", "लाहुल-स्पीति"],
    "341": ["सरायकेला"],  # SARAIKELA KHARSAWAN
    "667": ["आगर"],  # AGAR MALWA
    "687": ["भूपालपल्ली"],  # JAYASHANKAR BHUPALAPALLY
    "690": ["कोठागुडेम"],  # BHADRADRI KOTHAGUDEM
    "683": ["सिरसिल्ला"],  # RAJANNA SIRCILLA
}

#: Trailing regional qualifiers of district names that news reports leave out (टिहरी गढ़वाल -> टिहरी).
SHORT_FORM_QUALIFIERS = ("गढ़वाल",)

#: Single-word names that are also ordinary Hindi words, personal names or surnames,
#: rivers or common nouns: matching them needs context (see extract/components/places.py).
WORD_NAMES = """
गया मऊ सागर धार पन्ना मंडी मण्डी बस्ती सीधी पाली कोटा आनंद आणंद पुरी सूरत गुना दमन तापी नर्मदा
कृष्णा वैशाली निर्मल दुर्ग कोरिया भंडारा विश्वनाथ सेनापति चंदेल हसन हासन सेलम सलेम माहे फेक मोन
बक्सा गोमती गजपति प्रकाशम खूंटी बूंदी अरावली महिसागर नदिया नादिया बांका एनटीआर वाईएसआर
सकती सक्ती नगर मूल बाढ़ बाढ संदेश पूर्ण पूर्णा हटा कल्याण मान मेधा लोहा ताला भोर कोठरी रानी राजा
देव रामा बेन चोपड़ा चोपडा चांद चाँद हवेली बाली महुआ सदर शहर टाउन कस्बा चौकी बाजार बाज़ार
राय यादव मिश्रा मिश्र शर्मा वर्मा सिंह गुप्ता पांडेय पाण्डेय तिवारी दुबे चौबे शुक्ला त्रिपाठी चौहान राठौड़
राठौर ठाकुर कुमार जैन अग्रवाल बंसल गोयल मित्तल पटेल शाह मालवीय सक्सेना श्रीवास्तव निगम कपूर खन्ना
मेहता जोशी नायर रेड्डी राव नायडू दास घोष बोस सेन पाल मलिक खान अली अहमद हुसैन अंसारी सिद्दीकी भाटी
सोलंकी परमार तोमर गौड़ बघेल कुशवाहा मौर्य निषाद पासवान मांझी राम प्रसाद लाल चंद नाथ गिरी भारती आर्य
त्यागी चौधरी गुर्जर मीणा सैनी रावत नेगी बिष्ट पंत अमर विजय अजय मोहन सोहन कमल राधा सीता गीता पूजा
प्रिया अंजलि नेहा ज्योति किरण आशा उषा शांति लक्ष्मी सरस्वती पार्वती दुर्गा गंगा यमुना कावेरी गोदावरी
सोन सूरज रवि शिव गणेश हनुमान कृष्ण बलराम लक्ष्मण भरत अर्जुन करण विक्रम गोपाल गोविंद श्याम
सरोज संगम सुंदर मधुबन कमला विमला नंदन चंदन हीरा मोती पन्ना मणि रत्न सोना चांदी हरि ओम शक्ति
भवानी काली महादेव केशव माधव मुरली बंशी सुदामा जनता सेवा सहारा मंगल बुध गुरु शुक्र शनि सोम
पारा दल बल जल थल घाट धाम कुंड ताल झील बाग वन टोला पुर गढ़ कोट खेड़ा डीह
दही नाला बहिन बास राई दहिना बारा कटरा चक्की दावत नगरा डंडा कोठी पाटी कारी तला पेठ वाडा वाडी भूम पेन
वाई जत डग मौ रोह गोह बिन्द कोथ मरो गन्दी गंदी नगरी छुरा बगीचा करही चंडी बीना बहरी कहरा मानसी रमना बिरसा
तिसरी सरिया नावा वैर सांभर बाडी बाड़ी बहल भुना मोहना साहा दूनी कसबा कस्बा टेकरी पठारी बसना नगीना बादली
बेलगाम कन्नड बयाना बिछुआ ठीकरी जाले कांटी भोरे कुंदा अवध काशी हाट पलासी आमला गोला
"""

#: Generic words that are never a place on their own (rows with such a name are dropped).
STOP_NAMES = """
प्रदेश क्षेत्र जिला जिले जनपद मंडल मण्डल नगर शहर गांव गाँव ग्राम राज्य देश तहसील ब्लॉक प्रखंड प्रखण्ड कस्बा
पंचायत सदर टाउन बाजार बाज़ार शहरी ग्रामीण उत्तर दक्षिण पूर्व पश्चिम पूर्वी पश्चिमी मध्य केंद्र नगरीय
गंगा यमुना गंडक घाघरा बेतवा शिप्रा क्षिप्रा ताप्ती महानदी गोदावरी कावेरी ब्रह्मपुत्र
सतलुज ब्यास रावी झेलम चिनाब अलकनंदा भागीरथी मंदाकिनी बागमती सुवर्णरेखा फल्गु राप्ती
"""
# (the last two lines: rivers, which the golden guidelines record as no places: a river by itself is never one)

#: States and UTs whose English-only LGD units go to ``latin_places.tsv`` (LGD codes): all of them. First
#: the Hindi-speaking ones (Uttar Pradesh, Uttarakhand, Haryana, Rajasthan, Himachal Pradesh, Delhi,
#: Punjab, Chandigarh, Madhya Pradesh, Bihar, Jharkhand, Chhattisgarh, Gujarat, Jammu and Kashmir), then
#: the rest, which Hindi papers report on too (West Bengal's मयूरेश्वर, Odisha, Maharashtra's units that
#: LGD names in English only, the south and the north-east).
LATIN_STATES = ("9", "5", "6", "8", "2", "7", "3", "4", "23", "10", "20", "22", "24", "1",
                "19", "21", "27", "18", "28", "36", "29", "33", "32", "30", "11", "12", "13", "14", "15", "16",
                "17", "31", "34", "35", "37", "38")
#: Generic words of English LGD names, removed wherever they stand (local-body types, unit words, LGD
#: markers: ST = sub-tehsil, HQ = headquarters, "(PART)").
EN_GENERIC = re.compile(
    r"\b(?:nagar\s+palika\s+parishad|nagar\s+palika|nagar\s+panchayat|nagar\s+parishad|nagar\s+nigam|"
    r"municipal\s+corporation|municipal\s+council|municipal\s+committee|municipal\s+board|"
    r"municipal\s+co\s*-?\s*operation|municipality|town\s+council|town\s+panchayat|"
    r"circle|adc|eac|sdo|btc|taluka?|c\s*\.\s*d\b\.?|"  # Arunachal's circles and sub-divisions, CD blocks
    r"notified\s+area\s+(?:committee|council)|town\s+area(?:\s+committee)?|cantonment\s+board|"
    r"sub[\s-]*tehsil|tehsil|tahsil|block|st|hq|part)\b", re.I)
#: Zone words: ``<district> East`` / ``Ambala-II`` / ``Patiala Rural`` are parts of a district town.
EN_ZONE = re.compile(r"(?:\s*-?\s*\b(?:i{1,3}|iv|v|\d+|east|west|north|south|central|rural|urban|city|sadar|"
                     r"dehat|nagar)\b)+$", re.I)

ULB_AFFIXES = re.compile(
    r"^(?:नगर\s*पालिका\s*परिषद|नगर\s*पालिकापरिषद|नगर\s*पंचायत|नगर\s*परिषद|नगर\s*निगम)\s+"
    r"|\s+(?:नगर\s*पंचायत|नगर\s*पंचयात|नगरपंचायत|नगर\s*परिषद|नगरपरिषद|नगरीय|नगर\s*निगम)$"
)
CITY_ZONE = re.compile(r"-(?:उत्तर|दक्षिण|पूर्व|पश्चिम)$|^(?:ग्रेटर|मोठे)\s|हैरिटे+ज$")


def clean(name: str) -> str:
    """NFC, no zero-width characters, no parenthetical parts, single spaces, no stray punctuation."""
    name = unicodedata.normalize("NFC", ZW.sub("", name))
    name = re.sub(r"\(.*?\)|\(.*$", " ", name)
    name = name.replace("*", " ").replace("..", " ")
    name = re.sub(r"\s*-\s*", "-", name)
    name = re.sub(r"\s+", " ", name).strip(" -,")
    return name


def key(name: str) -> str:
    """Lookup key: the project's normalize_key, nukta dropped, hyphens as spaces (as at run time)."""
    k = normalize_key(name).replace("\u093c", "").replace("-", " ")
    return re.sub(r"\s+", " ", k).strip()


PUR_LONG = re.compile(r"पूर(?=$|[\s-])")


def hindi_from_marathi(name: str) -> str:
    """A Hindi spelling of a Marathi (LGD Maharashtra) place name: ळ->ल, -पूर->-पुर, -गाव->-गांव."""
    out = name.replace("ळ", "ल")
    out = re.sub(r"पूर(?=$|[\s-])", "पुर", out)
    out = re.sub(r"गाव(?=$|[\s-])", "गांव", out)
    out = out.replace("रेल्वे", "रेलवे")
    return out


def en_names(name: str) -> tuple[list[str], str]:
    """The names in an English LGD name (``A alias B``, ``A/B``, ``A-cum-B``) without generic words, and
    its bracketed part (``Nawabganj(Bareilly)``: ``Bareilly``, often the district)."""
    name = unicodedata.normalize("NFC", ZW.sub("", name)).replace("*", " ")
    bracket = " ".join(re.findall(r"\((.*?)\)", name))
    name = re.sub(r"\(.*?\)|\(.*$", " ", name)
    out = []
    for part in re.split(r"\s+alias\s+|/|-cum-|\s+urf\s+", name, flags=re.I):
        part = EN_GENERIC.sub(" ", part)
        part = re.sub(r"\s*-?\s*\d+\s*$|\s*-\s*(?:I{1,3}|IV)\s*$", "", part, flags=re.I)  # AMBALA-II, VALTOHA-15
        part = re.sub(r"^\s*No\.?\s*\d+\s+", "", part, flags=re.I)  # Tamil Nadu's "No. 4 Veerapandi"
        part = re.sub(r"\s*-\s*", " ", part)
        part = title(re.sub(r"\s+", " ", part).strip(" ,.-"))
        if part and part not in out:
            out.append(part)
    return out, bracket.strip()


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [{(k or "").strip(): (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def split(cell: str) -> list[str]:
    return [v for v in (clean(x) for x in cell.split("|")) if v]


def uniq(values, exclude=()) -> list[str]:
    """Distinct spellings, order kept, minus those in ``exclude`` (forms sharing a lookup key are all
    kept: ``उ.प्र.`` and ``उ० प्र०`` are one key but both are shown)."""
    seen = set(exclude)
    out = []
    for v in values:
        if v and key(v) and v not in seen:
            seen.add(v)
            out.append(v)
    return out


def title(en: str) -> str:
    en = re.sub(r"\s+", " ", en).strip()
    return en.title() if en.isupper() or en.islower() else en


def corpus_counts(paths: list[Path], keys: set[str]) -> dict[str, collections.Counter]:
    """For single-word keys: how often each occurs as a location, a person, or outside names."""
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for path in paths:
        if not path.exists():
            print(f"warning: corpus {path} not found, skipped", file=sys.stderr)
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) != 2:
                    continue
                word, tag = parts
                if not DEV.search(word):
                    continue
                k = key(word)
                if k not in keys:
                    continue
                label = "O" if tag == "O" else tag[2:]
                label = {"NEL": "LOC", "LOCATION": "LOC", "NEP": "PER", "PERSON": "PER"}.get(label, "OTHER")
                counts[k][label] += 1
    return counts


def skeleton_counts(paths: list[Path], skeleton_keys: set[str]) -> dict[str, collections.Counter]:
    """For skeletons of the Latin index: how often a corpus word with that skeleton (any reading of
    :func:`extract.gazetteer.skeletons`) is a location, a person, or outside names."""
    types: dict[tuple[str, str], int] = collections.Counter()
    for path in paths:
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 2 and DEV.search(parts[0]):
                    label = "O" if parts[1] == "O" else parts[1][2:]
                    types[(parts[0], {"NEL": "LOC", "LOCATION": "LOC", "NEP": "PER", "PERSON": "PER"}.get(label, label))] += 1
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for (word, label), n in types.items():
        for sk in skeletons(word):
            if sk in skeleton_keys:
                counts[sk][label] += n
    return counts


def word_like(c: collections.Counter) -> bool:
    loc, per, other = c["LOC"], c["PER"], c["O"]
    return (other >= 3 and other >= 2 * loc) or (per >= 3 and per >= 2 * loc)


def write_tsv(path: Path, header: list[str], rows: list[list[str]], comment: str, key: str = "") -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(f"# {comment}\n")
        if key:
            fh.write(f"# key: {key}\n")
        fh.write("\t".join(header) + "\n")
        for row in rows:
            cells = [unicodedata.normalize("NFC", str(c)).strip() for c in row]
            assert all("\t" not in c and "\n" not in c for c in cells), row
            fh.write("\t".join(cells) + "\n")


def lgd_units(lgd: Path):
    """(source, code, English name, local name, kind, state code, district code, ULB type) of every LGD
    sub-district, block and urban local body."""
    for r in read_csv(lgd / "subdistricts.csv"):
        yield ("lgd-subdistrict", r["Sub-District Code"], r["Sub-District Name (In English)"],
               r["Sub-District Name(In Local)"], "subdistrict", r["State Code"], r["District Code"], "")
    with (lgd / "blocks.csv").open(encoding="utf-8", newline="") as fh:
        block_rows = list(csv.reader(fh))
    head = [h.strip() for h in block_rows[0]]
    for cells in block_rows[1:]:  # two columns are both headed "Block Name": English, then local
        r = dict(zip(head[:7], (c.strip() for c in cells[:7])))
        name_en, local = (cells[7].strip(), cells[8].strip()) if len(cells) >= 9 else (cells[7].strip(), "")
        yield ("lgd-block", r["Block Code"], name_en, local, "subdistrict", r["State Code"], r["District Code"], "")
    for r in read_csv(lgd / "urban_local_bodies.csv"):
        t = r["Localbody Type Code"]
        yield ("lgd-ulb", r["Local Body Code"], r["Local Body Name"], r["Local Body Name (In Local)"],
               "city" if t == "4" else "town", r["State Code"], "", t)


def build_latin(lgd: Path, states: dict, districts: list[dict], places: list[dict], extras: list[dict],
                stop_keys: set[str]) -> tuple[list[dict], collections.Counter]:
    """Rows of ``latin_places.tsv``: the English-only LGD units of :data:`LATIN_STATES` keyed by the
    skeleton of their English name; units named like a district, a state, a generic word or a place the
    Devanagari files already have (same skeleton, same state) are left out, and one row is kept per
    skeleton, kind (town/city or sub-district) and district (a sub-district before a block of the same
    name; a local body takes its district from its bracket, ``Nawabganj(Bareilly)``, or from same-named
    sub-districts of one district)."""
    dropped: collections.Counter = collections.Counter()
    district_codes = {d["code"] for d in districts if d["code"]}

    def sks_hi(names) -> set[str]:
        return {k for n in names for k in skeletons(n)}

    state_sk = sks_hi(n for st in states.values() for n in [st["name_hi"], *st["aliases"]]) | {
        latin_skeleton(st["name_en"]) for st in states.values()}
    stop_sk = sks_hi(stop_keys)
    district_sk: dict[str, set[str]] = collections.defaultdict(set)
    district_by_sk: dict[tuple[str, str], set[str]] = collections.defaultdict(set)
    for d in districts:
        forms = sks_hi([d["name_hi"], *d["aliases"]]) | {latin_skeleton(x) for x in en_names(d["name_en"])[0]}
        district_sk[d["state_code"]] |= forms
        if d["code"]:
            for k in forms:
                district_by_sk[(d["state_code"], k)].add(d["code"])
    known_sk: dict[str, set[str]] = collections.defaultdict(set)
    for p in places + extras:
        if p["state_code"]:
            known_sk[p["state_code"]] |= sks_hi([p["name_hi"], *p["aliases"]])
            if p.get("name_en"):
                known_sk[p["state_code"]] |= {latin_skeleton(x) for x in en_names(p["name_en"])[0]}

    units = []
    codes_seen: set[tuple[str, str]] = set()
    for source, code, name_en, local, kind, sc, dc, ulb_type in lgd_units(lgd):
        if sc not in LATIN_STATES or DEV.search(local) or not code:
            continue
        if (source, code) in codes_seen:  # a block LGD lists under two districts (Assam's Bilasipara)
            dropped["one code twice"] += 1
            continue
        codes_seen.add((source, code))
        if dc not in district_codes:  # blocks of districts created after the 2021 list: district unknown
            dc = ""
        if ulb_type == "8":  # cantonment boards: parts of a city of the same name
            dropped["cantonment"] += 1
            continue
        names, bracket = en_names(name_en)
        if source == "lgd-ulb" and bracket:
            ds = district_by_sk.get((sc, latin_skeleton(bracket)), set())
            dc = next(iter(ds)) if len(ds) == 1 else ""
        for name in names:
            k = latin_skeleton(name)
            stem = latin_skeleton(EN_ZONE.sub("", name))
            if len(k) < 3:
                dropped["short skeleton"] += 1
            elif k in stop_sk:
                dropped["generic word"] += 1
            elif k in state_sk:
                dropped["state name"] += 1
            elif k in district_sk[sc] or (stem and stem in district_sk[sc]):
                dropped["district of the same state"] += 1
            elif k in known_sk[sc]:
                dropped["in the Devanagari files"] += 1
            else:
                units.append({"code": code, "name_en": name, "kind": kind, "state_code": sc, "district_code": dc,
                              "key": k, "source": source})
    groups: dict[tuple[str, str], list[dict]] = collections.defaultdict(list)
    for u in units:
        groups[(u["state_code"], u["key"])].append(u)
    rows = []
    order = {"lgd-subdistrict": 0, "lgd-block": 1, "lgd-ulb": 2}
    for (sc, k), us in groups.items():
        sub_districts = {u["district_code"] for u in us if u["kind"] == "subdistrict"}
        for u in us:
            if u["kind"] != "subdistrict" and not u["district_code"]:
                # the district of the same-named sub-districts (spelt exactly alike when they lie in several)
                same = {x["district_code"] for x in us if x["kind"] == "subdistrict" and x["name_en"] == u["name_en"]}
                ds = sub_districts if len(sub_districts) == 1 else same
                if len(ds) == 1:
                    u["district_code"] = next(iter(ds))
        seen = set()
        for u in sorted(us, key=lambda u: (order[u["source"]], int(u["code"]))):
            slot = (u["kind"] == "subdistrict", u["district_code"])
            if slot in seen:
                dropped["duplicate"] += 1
                continue
            seen.add(slot)
            rows.append(u)
    rows.sort(key=lambda r: (int(r["state_code"]), r["key"], r["kind"], int(r["code"])))
    return rows, dropped


def skeleton_report(gaz_hi: Path, lgd: Path, rows: list[dict], corpora: list[Path]) -> dict[str, float]:
    """How well the skeleton works: recall on the names that LGD and ``gazetteer_hi`` give in both scripts
    (the share of pairs whose Devanagari and English skeletons agree), and collisions in the Latin index
    (places sharing a skeleton with another place: anywhere, in the same state; one district never has two
    places of one skeleton and kind: they are one row), and
    the share of frequent ordinary words (tagged O in the corpora) whose skeleton is in the index."""
    pairs: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    for source, code, name_en, local, kind, sc, dc, t in lgd_units(lgd):
        if not DEV.search(local) or t == "8":
            continue
        local = clean(ULB_AFFIXES.sub("", clean(local)))
        names = en_names(name_en)[0]
        if names and local:
            pairs["lgd-mr" if sc == "27" else "lgd"].append((names[0], re.split(r"\s+उर्फ\s+", local)[0]))
    for r in read_csv(lgd / "districts.csv"):
        if DEV.search(r["District Name(In Local)"]):
            pairs["lgd-mr" if r["State Code"] == "27" else "lgd"].append(
                (r["District Name (In English)"], clean(r["District Name(In Local)"])))
    for r in read_csv(gaz_hi / "districts.csv"):
        pairs["gazetteer_hi"].append((en_names(r["district_en"])[0][0], clean(r["district_hi"])))
    out: dict[str, float] = {}
    for group, ps in sorted(pairs.items()):
        ok = sum(latin_skeleton(en) in skeletons(hi) for en, hi in ps)
        out[f"recall {group}"] = round(ok / len(ps), 3)
        out[f"pairs {group}"] = len(ps)
    by_key: dict[str, set] = collections.defaultdict(set)
    for r in rows:
        by_key[r["key"]].add((r["state_code"], r["district_code"] or r["code"]))
    places = {(r["state_code"], r["district_code"] or r["code"], r["key"]) for r in rows}
    n = len(places)
    out["latin places"] = n
    out["collision any"] = round(sum(len(by_key[k]) > 1 for _, _, k in places) / n, 3)
    out["collision state"] = round(sum(len({p for p in by_key[k] if p[0] == s}) > 1 for s, _, k in places) / n, 3)
    words: collections.Counter = collections.Counter()
    for path in corpora:
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 2 and parts[1] == "O" and DEV.search(parts[0]) and len(parts[0]) >= 3:
                    words[key(parts[0])] += 1
    frequent = [w for w, c in words.items() if c >= 3]
    if frequent:
        keys = set(by_key)
        out["ordinary words hitting the index"] = round(
            sum(any(k in keys for k in skeletons(w)) for w in frequent) / len(frequent), 3)
        out["ordinary words"] = len(frequent)
    return out


def build(gaz_hi: Path, lgd: Path, out: Path, corpora: list[Path]) -> dict[str, int]:
    out.mkdir(parents=True, exist_ok=True)
    word_keys = {key(w) for w in WORD_NAMES.split()}
    stop_keys = {key(w) for w in STOP_NAMES.split()}

    # ---- states
    states: dict[str, dict] = {}
    for r in read_csv(gaz_hi / "states.csv"):
        code = r["state_lgd_code"]
        name = clean(r["state_hi"])
        aliases = uniq(split(r["state_hi_aliases"]) + EXTRA_STATE_ALIASES.get(code, []), exclude=[name])
        states[code] = {"code": code, "name_hi": name, "name_en": r["state_en"], "kind": r["kind"], "aliases": aliases}
    for r in read_csv(gaz_hi / "state_variants.csv"):  # every accepted form
        s = states[r["state_lgd_code"]]
        if r["status"] in ("primary", "alias"):
            s["aliases"] = uniq(s["aliases"] + [clean(r["form"])], exclude=[s["name_hi"]])
    state_keys = {key(s["name_hi"]) for s in states.values()} | {key(a) for s in states.values() for a in s["aliases"]}

    # ---- districts (LGD 2021 backbone + post-2021)
    districts: list[dict] = []
    for r in read_csv(gaz_hi / "districts.csv"):
        code = r["district_lgd_code"]
        name = clean(r["district_hi"])
        aliases = uniq(split(r["district_hi_aliases"]) + EXTRA_DISTRICT_ALIASES.get(code, []),
                       exclude=[name, *CITY_NOT_DISTRICT_ALIAS.get(code, [])])
        districts.append({"code": code, "name_hi": name, "name_en": title(r["district_en"]),
                          "state_code": r["state_lgd_code"], "aliases": aliases, "status": "lgd2021"})
    all_district_keys = {key(n) for d in districts for n in [d["name_hi"], *d["aliases"]]}
    for d in districts:  # short forms: "<X> <regional qualifier>" -> "<X>"
        words = d["name_hi"].split()
        if len(words) >= 2 and words[-1] in SHORT_FORM_QUALIFIERS:
            short = " ".join(words[:-1])
            if key(short) not in all_district_keys and key(short) not in state_keys:
                d["aliases"] = uniq(d["aliases"] + [short], exclude=[d["name_hi"]])
    known = {(d["state_code"], key(n)) for d in districts for n in [d["name_hi"], *d["aliases"]]}
    for r in read_csv(gaz_hi / "districts_post2021_unverified.csv"):
        name = clean(r["district_hi"])
        forms = [name, *split(r["district_hi_aliases"])]
        if any((r["state_lgd_code"], key(f)) in known for f in forms):
            continue  # a renamed unit already covered by an alias
        districts.append({"code": "", "name_hi": name, "name_en": r["district_en"], "state_code": r["state_lgd_code"],
                          "aliases": uniq(forms[1:], exclude=[name]), "status": "post2021"})
    by_key: dict[str, set[int]] = collections.defaultdict(set)
    for i, d in enumerate(districts):
        for n in [d["name_hi"], *d["aliases"]]:
            by_key[key(n)].add(i)
    district_keys_by_state = collections.defaultdict(set)
    for d in districts:
        for n in [d["name_hi"], *d["aliases"]]:
            district_keys_by_state[d["state_code"]].add(key(n))

    # ---- places: sub-districts and urban local bodies with a Devanagari name
    lgd_states = {r["State Code"] for r in read_csv(lgd / "states.csv")}
    district_codes = {d["code"] for d in districts if d["code"]}
    raw: list[dict] = []
    for r in read_csv(lgd / "subdistricts.csv"):
        local = r["Sub-District Name(In Local)"]
        if not DEV.search(local):
            continue
        raw.append({"code": r["Sub-District Code"], "local": local, "name_en": r["Sub-District Name (In English)"],
                    "kind": "subdistrict", "state_code": r["State Code"], "district_code": r["District Code"],
                    "source": "lgd-subdistrict"})
    # development blocks: grouped with the sub-districts (two columns are both headed "Block Name":
    # English, then local); a block whose LGD code is also a sub-district code is left out (codes are
    # unique per kind)
    sub_codes = {p["code"] for p in raw}
    with (lgd / "blocks.csv").open(encoding="utf-8", newline="") as fh:
        block_rows = list(csv.reader(fh))
    head = [h.strip() for h in block_rows[0]]
    for cells in block_rows[1:]:
        r = dict(zip(head[:7], (c.strip() for c in cells[:7])))
        name_en, local = (cells[7].strip(), cells[8].strip()) if len(cells) >= 9 else ("", "")
        if not DEV.search(local) or r["Block Code"] in sub_codes:
            continue
        raw.append({"code": r["Block Code"], "local": local, "name_en": name_en, "kind": "subdistrict",
                    "state_code": r["State Code"], "district_code": r["District Code"], "source": "lgd-block"})
    for r in read_csv(lgd / "urban_local_bodies.csv"):
        local = r["Local Body Name (In Local)"]
        if not DEV.search(local):
            continue
        raw.append({"code": r["Local Body Code"], "local": local, "name_en": r["Local Body Name"],
                    "kind": "city" if r["Localbody Type Code"] == "4" else "town", "state_code": r["State Code"],
                    "district_code": "", "source": "lgd-ulb"})
    groups: dict[tuple[str, str], list[dict]] = collections.defaultdict(list)
    dropped = collections.Counter()
    for p in raw:
        local = clean(ULB_AFFIXES.sub("", clean(p["local"])))
        if CITY_ZONE.search(local):
            dropped["city zone"] += 1
            continue
        names = [clean(x) for x in re.split(r"\s+उर्फ\s+", local) if clean(x)]
        if p["state_code"] == "27":  # Maharashtra: LGD local names are Marathi
            hi = [hindi_from_marathi(n) for n in names]
            names = uniq(hi + names)
            p["source"] += "-mr"
        elif any(PUR_LONG.search(n) for n in names):  # LGD's "-पूर" is "-पुर" in Hindi (शाह्पूर -> शाह्पुर)
            names = uniq([PUR_LONG.sub("पुर", n) for n in names] + names)
        name = names[0]
        k = key(name)
        sc = p["state_code"]
        stem = re.sub(r" (?:नगर|शहर|शहरी|ग्रामीण)$", "", k)
        if k in stop_keys or not k:
            dropped["generic name"] += 1
            continue
        if k in state_keys:
            dropped["state name"] += 1
            continue
        if k in district_keys_by_state[sc] or (stem != k and stem in district_keys_by_state[sc]):
            dropped["district of the same state"] += 1
            continue
        p["name_hi"], p["aliases"], p["name_en"] = name, names[1:], title(p["name_en"])
        groups[(sc, k)].append(p)
    places: list[dict] = []
    for (sc, k), rows in groups.items():
        subs = [r for r in rows if r["kind"] == "subdistrict"]
        ulbs = [r for r in rows if r["kind"] != "subdistrict"]
        sub_districts = {r["district_code"] for r in subs}
        for u in ulbs:  # a town gets its district from a same-named sub-district
            if len(sub_districts) == 1:
                u["district_code"] = next(iter(sub_districts))
                u["source"] += "+subdistrict"
        # keep the towns, and sub-districts whose district has no same-named town
        town_districts = {u["district_code"] for u in ulbs}
        kept = ulbs[:1] + [u for u in ulbs[1:] if u["district_code"] and u["district_code"] != ulbs[0]["district_code"]]
        seen_d = set(town_districts)
        for s in subs:
            if s["district_code"] not in seen_d:
                kept.append(s)
                seen_d.add(s["district_code"])
        dropped["duplicate"] += len(rows) - len(kept)
        for r in kept:
            r["aliases"] = uniq([a for x in rows for a in x["aliases"]], exclude=[r["name_hi"]])
            places.append(r)
    places.sort(key=lambda r: (int(r["state_code"]), r["kind"], r["name_hi"]))

    # ---- ambiguity flags
    place_keys = collections.Counter()
    for p in places:
        for n in [p["name_hi"], *p["aliases"]]:
            place_keys[key(n)] += 1
    single = {key(n) for e in districts + places for n in [e["name_hi"], *e["aliases"]] if " " not in key(n)}
    counts = corpus_counts(corpora, single)
    corpus_words = {k for k, c in counts.items() if word_like(c)}
    if corpora:
        print("flagged as ordinary words by the corpora:", " ".join(sorted(corpus_words - word_keys)), file=sys.stderr)
    word_keys |= corpus_words

    def flags(entry: dict, homonym: bool) -> str:
        f = []
        if homonym:
            f.append("homonym")
        if key(entry["name_hi"]) in word_keys:
            f.append("word")
        return "|".join(f)

    extras_keys = set()
    extras_rows: list[dict] = []
    if (out / "extras.tsv").exists():
        lines = [ln for ln in (out / "extras.tsv").read_text(encoding="utf-8").splitlines()
                 if ln.strip() and not ln.startswith("#")]
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            extras_rows.append({**row, "aliases": split(row["aliases"])})
            extras_keys |= {key(n) for n in [row["name_hi"], *split(row["aliases"])]}
            if "word" in row["ambiguous"].split("|"):  # a hand-listed place that is also a word (ब्रज, तराई)
                word_keys.add(key(row["name_hi"]))
    for i, d in enumerate(districts):
        forms = [key(n) for n in [d["name_hi"], *d["aliases"]]]
        d["ambiguous"] = flags(d, any(len(by_key[k] - {i}) or k in state_keys or k in place_keys or k in extras_keys
                                      for k in forms))
    for p in places:
        forms = [key(n) for n in [p["name_hi"], *p["aliases"]]]
        p["ambiguous"] = flags(p, any(place_keys[k] > 1 or k in by_key or k in extras_keys for k in forms))

    # ---- the Latin index: English-only LGD units of all states
    latin_rows, latin_dropped = build_latin(lgd, states, districts, places, extras_rows, stop_keys)
    # a skeleton that ordinary words or personal names have (बड़ी / बडी ~ Baddi, पहाड़ी ~ Pahari) is
    # flagged: such a place needs a strong cue (तहसील, कस्बा, the dateline, NER) at run time
    sk_counts = skeleton_counts(corpora, {r["key"] for r in latin_rows})
    for r in latin_rows:
        r["ambiguous"] = "word" if word_like(sk_counts.get(r["key"], collections.Counter())) else ""

    # ---- write
    write_tsv(out / "states.tsv", ["code", "name_hi", "name_en", "kind", "aliases"],
              [[s["code"], s["name_hi"], s["name_en"], s["kind"], "|".join(s["aliases"])]
               for s in sorted(states.values(), key=lambda s: int(s["code"]))],
              "generated by tools/build_gazetteer.py from gazetteer_hi (see SOURCE.md); do not edit")
    write_tsv(out / "districts.tsv", ["code", "name_hi", "name_en", "state_code", "aliases", "ambiguous", "status"],
              [[d["code"], d["name_hi"], d["name_en"], d["state_code"], "|".join(d["aliases"]), d["ambiguous"], d["status"]]
               for d in sorted(districts, key=lambda d: (int(d["state_code"]), d["status"], d["name_hi"]))],
              "generated by tools/build_gazetteer.py from gazetteer_hi (see SOURCE.md); do not edit",
              key="state_code,name_hi")
    write_tsv(out / "places.tsv",
              ["code", "name_hi", "name_en", "kind", "state_code", "district_code", "aliases", "ambiguous", "source"],
              [[p["code"], p["name_hi"], p["name_en"], p["kind"], p["state_code"], p["district_code"],
                "|".join(p["aliases"]), p["ambiguous"], p["source"]] for p in places],
              "generated by tools/build_gazetteer.py from gazetteer_lgd (GODL-India, see SOURCE.md); do not edit",
              key="kind,code")

    write_tsv(out / "latin_places.tsv",
              ["code", "name_en", "kind", "state_code", "district_code", "key", "ambiguous", "source"],
              [[r["code"], r["name_en"], r["kind"], r["state_code"], r["district_code"], r["key"], r["ambiguous"],
                r["source"]] for r in latin_rows],
              "generated by tools/build_gazetteer.py from gazetteer_lgd (GODL-India, see SOURCE.md): English-only "
              "LGD units, key = extract.gazetteer.latin_skeleton(name_en); do not edit",
              key="source,code,key")

    word_rows = sorted({(k, "stop", "editor") for k in stop_keys}
                       | {(k, "word", "editor") for k in word_keys - corpus_words - stop_keys}
                       | {(k, "word", "corpus") for k in corpus_words - stop_keys})
    write_tsv(out / "words.tsv", ["key", "kind", "source"], [list(r) for r in word_rows],
              "generated by tools/build_gazetteer.py: lookup keys (normalize_key, no nukta) that are ordinary words, "
              "names or surnames (word: a place only in context) or generic words (stop: never a place)")

    # ---- check the hand-written extras against what was generated
    extras_path = out / "extras.tsv"
    n_extras = 0
    if extras_path.exists():
        lines = [ln for ln in extras_path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            n_extras += 1
            sc, dc = row["state_code"], row["district_code"]
            if sc and sc not in states:
                print(f"extras: unknown state_code {sc} for {row['name_hi']}", file=sys.stderr)
            if dc and dc not in district_codes:
                print(f"extras: unknown district_code {dc} for {row['name_hi']}", file=sys.stderr)
            for n in [row["name_hi"], *split(row["aliases"])]:
                if sc and key(n) in district_keys_by_state[sc]:
                    print(f"extras: {n} duplicates a district of state {sc}", file=sys.stderr)
                if key(n) in state_keys:
                    print(f"extras: {n} duplicates a state name", file=sys.stderr)
                if sc and (sc, key(n)) in groups:
                    print(f"extras: {n} duplicates a place of state {sc} in places.tsv", file=sys.stderr)
    assert lgd_states >= set(states), "a state code of gazetteer_hi is not in LGD"
    stats = {"states": len(states), "districts": len(districts), "places": len(places), "extras": n_extras,
             "latin_places": len(latin_rows), "words": len(word_rows)}
    print("rows:", stats, "dropped places:", dict(dropped), file=sys.stderr)
    print("latin_places by state:", dict(collections.Counter(r["state_code"] for r in latin_rows)),
          "dropped:", dict(latin_dropped), file=sys.stderr)
    print("skeleton:", skeleton_report(gaz_hi, lgd, latin_rows, corpora), file=sys.stderr)
    return stats


def main(argv: list[str] | None = None) -> int:
    shared = ROOT.parent / "shared" / "data"
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gazetteer-hi", type=Path, default=shared / "gazetteer_hi")
    ap.add_argument("--lgd", type=Path, default=shared / "gazetteer_lgd")
    ap.add_argument("--out", type=Path, default=ROOT / "extract" / "data" / "gazetteer")
    ap.add_argument("--corpus", type=Path, action="append",
                    help="IOB2 NER file used to flag names that are mostly ordinary words (repeatable; "
                         "default: IL-NER Hindi train/dev and HiNER validation from the shared data; "
                         "never an evaluation set)")
    ap.add_argument("--no-corpus", action="store_true", help="flag ordinary words from the built-in list only")
    args = ap.parse_args(argv)
    corpora = [] if args.no_corpus else (args.corpus or [
        shared / "il_ner_hindi" / "Hindi-train.txt", shared / "il_ner_hindi" / "Hindi-dev.txt",
        shared / "hiner" / "validation.conll"])
    build(args.gazetteer_hi, args.lgd, args.out, corpora)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
