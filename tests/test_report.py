"""The HTML review page: escaping, overlapping spans, counts against the record, and the real page
in headless Chromium (DOM and a screenshot)."""
import os
import re
import shutil
import subprocess
from collections import Counter, defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.cli import cli
from extract.report import (ENTITY_TYPES, ReportSpan, document_fragment, render_report, render_text,
                            report_spans, write_report)

from conftest import SEED

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
XSS = "<script>alert(1)</script>"
XSS_TEXT = f"लखनऊ, 15 सितंबर 2018। {XSS} श्री संजय राय ने बैठक की & \"quoted\" <b>bold</b>।"


class Tree(HTMLParser):
    """Checks well-formedness and collects, per ``data-k``, the pieces and the text inside them."""

    VOID = {"meta", "br", "input", "link", "img"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.text = defaultdict(str)      # data-k -> text covered
        self.pieces = Counter()           # data-k -> number of elements
        self.ids = Counter()              # element ids
        self.anchored = Counter()         # (tag, class) of elements carrying an id and data-k
        self.plain = []                   # all text
        self.scripts = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids[a["id"]] += 1
        if "data-k" in a and tag in ("mark", "span"):
            self.pieces[a["data-k"]] += 1
            if "id" in a:
                self.anchored[a.get("data-t")] += 1
        if tag == "script":
            self.scripts.append(a)
        if tag not in self.VOID:
            self.stack.append((tag, a))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]} : not well nested"
        self.stack.pop()

    def handle_data(self, data):
        self.plain.append(data)
        for tag, a in self.stack:
            if "data-k" in a and tag in ("mark", "span"):
                self.text[a["data-k"]] += data


def parse(html):
    t = Tree()
    t.feed(html)
    t.close()
    assert not [x for x in t.stack if x[0] not in ("html", "body", "head")], t.stack
    return t


def S(type_, start, end, key=None):
    return ReportSpan(type_, start, end, key or f"{type_}-{start}-{end}", title=f'{type_} "x" <y>')


# -- unit ---------------------------------------------------------------------------------------

def test_text_is_escaped():
    out = render_text(XSS + " & ok", [S("person", 0, 8)])
    assert "<script>" not in out and "alert(1)&lt;/script&gt; &amp; ok" in out
    assert ">&lt;script&gt;</mark>" in out and "".join(parse(out).plain) == XSS + " & ok"
    assert 'title="person &quot;x&quot; &lt;y&gt;"' in out


def test_nested_spans_are_not_split():
    text = "बैठक 15 सितंबर को लखनऊ में होगी।"
    dec, date, place = S("decision", 0, len(text)), S("date", 5, 14), S("place", 18, 22)
    t = parse(render_text(text, [date, dec, place]))
    assert t.pieces == Counter({dec.key: 1, date.key: 1, place.key: 1})
    assert t.text[date.key] == "15 सितंबर" and t.text[place.key] == "लखनऊ" and t.text[dec.key] == text
    assert "".join(t.plain) == text


def test_crossing_spans_are_split_into_well_nested_pieces():
    text = "abcdefghijklmnopqrst"
    a, b = S("decision", 0, 10), S("date", 5, 15)
    out = render_text(text, [a, b])
    t = parse(out)
    assert t.text[a.key] == text[0:10] and t.text[b.key] == text[5:15]
    assert sorted(t.pieces.values()) == [1, 2]
    assert t.ids[a.key] == 1 and t.ids[b.key] == 1  # only the first piece is the anchor
    assert out.count('data-part="1"') == 1


def test_same_offsets_different_types_and_out_of_range():
    text = "भाजपा प्रदेश अध्यक्ष"
    spans = [S("organization", 0, 5), S("role", 0, 5, "r"), S("person", 0, 0), S("place", 3, 99)]
    t = parse(render_text(text, spans))
    assert t.text["organization-0-5"] == "भाजपा" and t.text["r"] == "भाजपा"
    assert "person-0-0" not in t.pieces and "place-3-99" not in t.pieces


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="अकख <&>\"'\n", min_size=1, max_size=40), st.data())
def test_any_overlap_renders_every_span_exactly(text, data):
    n = len(text)
    types = list(ENTITY_TYPES) + ["decision"]
    spans = []
    for i in range(data.draw(st.integers(0, 8))):
        s = data.draw(st.integers(0, n - 1))
        e = data.draw(st.integers(s + 1, n))
        spans.append(S(data.draw(st.sampled_from(types)), s, e, f"k{i}"))
    t = parse(render_text(text, spans))
    assert "".join(t.plain) == text
    for s in spans:
        assert t.text[s.key] == text[s.start:s.end]
        assert t.ids[s.key] == 1


# -- the seed ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed(extractor):
    text = SEED.read_text(encoding="utf-8")
    return extractor(text, doc_id=SEED.stem, source=f"samples/{SEED.name}"), text


def expected_counts(rec):
    return {
        "person": sum(len(p.mentions) for p in rec.people),
        "role": len({(r.start, r.end) for p in rec.people for r in p.roles}),
        "place": sum(len(p.mentions) for p in rec.places),
        "organization": sum(len(o.mentions) for o in rec.organizations),
        "date": len(rec.dates), "quantity": len(rec.quantities), "event": len(rec.events),
        "decision": len(rec.decisions),
    }


def test_seed_page_counts_and_links(seed):
    rec, text = seed
    page = render_report([(rec, text)])
    t = parse(page)
    want = expected_counts(rec)
    assert want["person"] >= 10 and want["decision"] >= 5 and want["date"] >= 5
    assert dict(t.anchored) == {k: v for k, v in want.items() if v}
    assert all(v == 1 for v in t.ids.values()), [k for k, v in t.ids.items() if v > 1]
    for s in report_spans(rec):  # every span shows exactly its evidence text
        assert t.text[s.key] == text[s.start:s.end]
    hrefs = re.findall(r'href="#([\w-]+)"', page)
    assert len(hrefs) > 50
    for href in hrefs:  # every table link has its target
        assert href in t.ids, href
    assert 'id="d0-row-P4"' in page and "सुनील बंसल" in page and "2018-09-15" in page


def test_page_is_self_contained(seed):
    page = render_report([seed])
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    assert '"Noto Sans Devanagari", "Mangal", "Lohit Devanagari"' in page
    assert "default-src 'none'" in page


def test_document_with_markup_shows_it_as_text(extractor):
    rec = extractor(XSS_TEXT, doc_id="<i>xss</i>")
    page = render_report([(rec, XSS_TEXT)])
    assert XSS not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<i>xss</i>" not in page and "&lt;i&gt;xss&lt;/i&gt;" in page
    t = parse(page)
    assert XSS in "".join(t.plain)
    assert all(s.get("type") in (None, "application/json") for s in t.scripts)


def test_changed_text_shows_records_only(seed):
    rec, text = seed
    page = render_report([(rec, text + " ")])
    assert "hx-text" not in page.split("<section", 1)[1] and "not available" in page
    assert "सुनील बंसल" in page


def test_fragment_for_notebooks(seed):
    frag = document_fragment(*seed, index=3)
    assert frag.startswith("<style>") and 'id="d3-P1-m0"' in frag and "<script>" in frag


def test_cli_writes_the_page_beside_the_output(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (notes / "xss.txt").write_text(XSS_TEXT, encoding="utf-8")
    (notes / "bad.txt").write_bytes(b"\xff\xfe\x00garbage\x00")
    out, page = tmp_path / "r.jsonl", tmp_path / "review.html"
    res = CliRunner().invoke(cli, [str(notes), "-o", str(out), "--html", str(page), "-q"])
    assert res.exit_code == 1  # bad.txt
    html = page.read_text(encoding="utf-8")
    assert html.count('<section class="hx-doc"') == 2
    assert "Not extracted (1)" in html and "bad.txt" in html
    assert XSS not in html and len(out.read_text(encoding="utf-8").splitlines()) == 2
    # only the page: stdout stays the main output
    res = CliRunner().invoke(cli, [str(notes / "seed.txt"), "--html", str(page), "-q"])
    assert res.exit_code == 0 and res.output.startswith("{")


# -- in a real browser ------------------------------------------------------------------------

def chromium(*args, tmp_path):
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
           f"--user-data-dir={tmp_path / 'chromium-profile'}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed (/usr/bin/chromium); "
                                             "apt-get install -y chromium fonts-noto-core")
def test_page_in_headless_chromium(seed, extractor, tmp_path):
    rec, text = seed
    xss = extractor(XSS_TEXT, doc_id="xss")
    page = write_report(tmp_path / "report.html", [(rec, text), (xss, XSS_TEXT)], title="seed review")
    url = page.resolve().as_uri()

    res = chromium("--dump-dom", url, tmp_path=tmp_path)
    assert res.returncode == 0, res.stderr[-2000:]
    dom = res.stdout
    assert 'data-ready="1"' in dom, "the inline script did not run"
    t = parse(dom)
    want = expected_counts(rec)
    seed_marks = Counter(re.findall(r'<(?:mark|span) id="d0-[^"]+" class="[^"]*" data-k="[^"]+" data-t="(\w+)"', dom))
    assert seed_marks == Counter({k: v for k, v in want.items() if v})
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom and XSS not in dom
    assert XSS in "".join(t.plain)
    assert '<a href="#d0">' in dom and '<a href="#d1">' in dom  # table of contents built by the script

    # a link to a span opens its details panel
    res = chromium("--dump-dom", url + "#d0-P4-m0", tmp_path=tmp_path)
    panel = re.search(r'<aside class="hx-panel hx-open"[^>]*>(.*?)</aside>', res.stdout, re.S)
    assert panel and "सुनील बंसल" in panel.group(1) and "0.85" in panel.group(1)

    save_dir = os.environ.get("HX_SCREENSHOT_DIR")
    shot = (Path(save_dir) if save_dir else tmp_path) / "report_seed.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    one = write_report(tmp_path / "seed.html", [(rec, text)], title="hindi-extract review: seed")
    res = chromium(f"--screenshot={shot}", "--window-size=1280,2000", one.resolve().as_uri(), tmp_path=tmp_path)
    assert res.returncode == 0, res.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 50_000
