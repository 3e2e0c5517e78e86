"""The runnable example of doc/python.md runs and prints what its comments say."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from conftest import BINDING_ROOT, REPO_ROOT


def test_doc_example_runs(tmp_path):
    text = (REPO_ROOT / "doc" / "python.md").read_text(encoding="utf-8")
    match = re.search(r"```python\n(.*?)```", text, re.S)
    assert match is not None
    script = tmp_path / "plants.py"
    script.write_text(match.group(1), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(BINDING_ROOT / "src"))
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:9] == [
        "quiver 0.10.0",
        "[3, 6]",
        "[None, 'ACME']",
        "[{'vector_index': 0, 'cost': 1.0, 'year': 2024}, {'vector_index': 1, 'cost': 2.0, 'year': 2025}]",
        "2024-01-15 10:30:00+00:00",
        "['down', None]",
        "1",
        "2",
        "sep=,",
    ]
    assert lines[-1] == "Element not found: 99 in collection 'Plant'"
