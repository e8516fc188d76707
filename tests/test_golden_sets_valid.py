"""The blind golden sets heldout3 ... heldout59 pass their shared self-check (benchmarks/golden_validate.py)."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GAZ = ROOT.parent / "shared" / "data" / "gazetteer_hi"


@pytest.mark.parametrize("name", ["heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10",
                                  "heldout11", "heldout12", "heldout13", "heldout14",
                                  "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20",
                                  "heldout21", "heldout22", "heldout27", "heldout28", "heldout29", "heldout30", "heldout23", "heldout24", "heldout25", "heldout26", "heldout31", "heldout32",
                                  "heldout33", "heldout34", "heldout35", "heldout36", "heldout37", "heldout38",
                                  "heldout39", "heldout40", "heldout41", "heldout42",
                                  "heldout43", "heldout44", "heldout45",
                                  "heldout46", "heldout47", "heldout48", "heldout49", "heldout50", "heldout51",
                                  "heldout52", "heldout53", "heldout54", "heldout55", "heldout56",
                                  "heldout57", "heldout58", "heldout59", "heldout60", "heldout61",
                                  "heldout62", "heldout63", "heldout64", "heldout65", "heldout66",
                                  "heldout67", "heldout68"])
def test_golden_set_validates(name):
    if not (GAZ / "districts.csv").exists():
        pytest.skip("reference gazetteer ../shared/data/gazetteer_hi not available")
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / name / "validate.py"), str(GAZ)],
                          capture_output=True, text=True, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    assert proc.returncode == 0, proc.stdout[-2000:]
    assert "FAIL" not in proc.stdout and "TOTAL" in proc.stdout
