"""Check check-polnear: spans against the text, values against the closed sets (the shared
checker, ``../check_resolved.py``, on this folder).

Prints one line per problem and exits non-zero if there is any.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_resolved import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE))
