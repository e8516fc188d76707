"""Self-check for the heldout68 golden files (standard library only).

python3 benchmarks/heldout68/validate.py [GAZETTEER_DIR]

Runs the checks of ``benchmarks/golden_validate.py`` (listed in its docstring) on this folder.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from golden_validate import main  # noqa: E402

if __name__ == '__main__':
    main(HERE, sys.argv[1] if len(sys.argv) > 1 else None)
