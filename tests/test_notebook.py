"""notebooks/explore.ipynb is stored without outputs and runs top to bottom (repository root as cwd)."""
import pytest

from conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"
nbformat = pytest.importorskip("nbformat", reason="the notebook test needs the test extra: pip install -e '.[test]'")


def test_notebook_is_committed_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert len(code) >= 10
    for c in code:
        assert c.get("outputs") == [] and c.get("execution_count") is None, (
            f"cell {c.get('id')} has outputs: clear them before committing "
            "(jupyter nbconvert --clear-output --inplace notebooks/explore.ipynb)")
    source = "\n".join(c.source for c in nb.cells)
    for api in ("Extractor()", ".annotate(", "doc.spans", ".pipe(", "to_frames(", "document_fragment(", "plt."):
        assert api in source, api


def test_notebook_runs_top_to_bottom(monkeypatch):
    pytest.importorskip("nbclient", reason="needs the test extra: pip install -e '.[test]'")
    pytest.importorskip("ipykernel", reason="needs the test extra: pip install -e '.[test]'")
    pytest.importorskip("matplotlib", reason="needs the test extra: pip install -e '.[test]'")
    from nbclient import NotebookClient

    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    monkeypatch.setenv("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(nb, timeout=600, kernel_name="python3", allow_errors=False,
                            resources={"metadata": {"path": str(ROOT)}})
    client.execute()  # the kernel's working directory is resources["metadata"]["path"]: the repository root

    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 3  # counts per type, the timeline, people by organisation and role
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any('class="hx hx-person"' in h and "सुनील बंसल" in h for h in html)
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "2018-09-15 dateline" in text
    assert f"samples: {len(list((ROOT / 'samples').glob('*.txt')))}" in text
