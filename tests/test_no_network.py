"""Everything runs offline: with sockets blocked (and every attempt recorded), the extractor, the batch
command line (one and two workers, every output format, the review page) work on the seed.

The only socket anything asks for is urllib3's import-time probe for IPv6 support (``_has_ipv6``: it
binds a socket to ``::1``, the loopback, and treats a failure as "no IPv6"); urllib3 comes with spaCy's
dependencies. It is blocked like the rest and allowed in the check; any other attempt fails the test."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from conftest import ROOT, SAMPLES, SEED

GUARD = textwrap.dedent('''
    import socket, sys

    ATTEMPTS = []

    def _refuse(what):
        caller = sys._getframe(2)
        ATTEMPTS.append("%s from %s.%s" % (what, caller.f_globals.get("__name__"), caller.f_code.co_name))
        raise OSError("network access is blocked in this test: %s" % what)

    _Socket = socket.socket

    class GuardedSocket(_Socket):
        def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
            if fileno is None and family in (-1, socket.AF_INET, socket.AF_INET6):
                _refuse("socket(%s)" % getattr(family, "name", family))
            super().__init__(family, type, proto, fileno)

        def connect(self, address):
            if self.family != socket.AF_UNIX:
                _refuse("connect(%r)" % (address,))
            return super().connect(address)

    socket.socket = GuardedSocket
    socket.create_connection = lambda *a, **k: _refuse("create_connection(%r)" % (a[:1],))
    socket.getaddrinfo = lambda *a, **k: _refuse("getaddrinfo(%r)" % (a[:1],))
    socket.gethostbyname = lambda *a, **k: _refuse("gethostbyname(%r)" % (a[:1],))
''')

SCRIPT = GUARD + textwrap.dedent('''
    import json, os, socket, sys
    from pathlib import Path

    try:  # the guard works
        socket.create_connection(("example.org", 80))
        raise SystemExit("the socket guard did not work")
    except OSError:
        ATTEMPTS.clear()

    seed, samples, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    from extract import Extractor, to_frames
    text = seed.read_text(encoding="utf-8")
    for model in (None, "blank"):
        rec = Extractor(model=model)(text, doc_id="seed")
        assert rec.doc_date.value == "2018-09-15", rec.doc_date
    to_frames([rec])

    from extract.cli import cli
    runs = [
        [str(seed), "-o", str(out / "seed.json"), "-q"],
        [str(samples), "-o", str(out / "all.jsonl"), "-q", "--jobs", "2", "--html", str(out / "review.html")],
        [str(samples), "-o", str(out / "resumed.jsonl"), "-q", "--resume", "--model", "blank"],
        [str(seed), "-o", str(out / "facts.csv"), "-q"],
        [str(seed), "-o", str(out / "parquet") + "/", "--format", "parquet", "-q"],
        [str(seed), "-o", str(out / "r.sqlite"), "-q"],
    ]
    codes = []
    for args in runs:
        try:
            cli.main(args, prog_name="hindi-extract", standalone_mode=False)
            codes.append(0)
        except SystemExit as exc:
            codes.append(exc.code)
    print(json.dumps({"codes": codes, "attempts": ATTEMPTS}))
''')


def test_extractor_and_cli_work_with_the_network_blocked(tmp_path):
    res = subprocess.run([sys.executable, "-c", SCRIPT, str(SEED), str(SAMPLES), str(tmp_path)], cwd=ROOT,
                         capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr[-3000:]
    report = json.loads(res.stdout.strip().splitlines()[-1])
    assert report["codes"] == [0, 0, 0, 0, 0, 0]
    assert set(report["attempts"]) <= {"socket(AF_INET6) from urllib3.util.connection._has_ipv6"}, report["attempts"]
    assert json.loads((tmp_path / "seed.json").read_text(encoding="utf-8"))[0]["doc_date"]["value"] == "2018-09-15"
    n = len(list(SAMPLES.glob("*.txt")))
    assert len((tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()) == n
    assert len((tmp_path / "resumed.jsonl").read_text(encoding="utf-8").splitlines()) == n
    assert (tmp_path / "review.html").stat().st_size > 0
    assert (tmp_path / "parquet" / "people.parquet").exists() and (tmp_path / "r.sqlite").exists()


def test_the_spacy_backend_never_loads_torch():
    """thinc imports torch whenever it is installed (the [stanza] extra installs it): ~1.3 s and ~180 MB per
    process. extract hides it from thinc, so a spaCy-only run never loads torch, and torch stays importable."""
    import subprocess
    import sys

    code = ("import sys, extract; from extract import Extractor; "
            "r = Extractor()('लखनऊ, 15 सितम्बर 2018। बैठक हुई।'); assert r.doc_date.value == '2018-09-15'; "
            "print('torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False", out.stderr
