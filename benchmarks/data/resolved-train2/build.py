"""Draw the 40 PolNeAR train articles of resolved-train2 and copy their docs verbatim.

Rule: among PolNeAR *train* articles that are not in resolved-train and have 3 to 12 gold
quotes, shuffle each outlet's ids (sorted first) with one ``random.Random(2026)``, outlets in
sorted order, then take one article per outlet in turn until 40 are drawn. The upper bound of
12 quotes keeps the hand annotation of 40 articles within one sitting; it is a stated bias
towards shorter articles.

Writes ``docs.jsonl`` and, when ``gold.jsonl`` does not exist yet, the unresolved PolNeAR gold
(``gold.unresolved.jsonl``) as the annotation worksheet. The resolved fields in ``gold.jsonl``
were added by hand.

The draw itself is the shared ``../draw_polnear.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from draw_polnear import build  # noqa: E402

TAKEN = (HERE.parent / "resolved-train" / "docs.jsonl",)

if __name__ == "__main__":
    build(HERE, TAKEN, min_quotes=3, max_quotes=12, seed=2026)
