"""A separate process that writes answers: `python writer_process.py URL DATA_DIR SESSION N START [crash]`.

Waits until the wall-clock time START so that several writers overlap, saves N answers
and prints their ids. With "crash" it saves one answer, prints its id and kills itself
(SIGKILL: no clean-up, no atexit, no flush of anything not already committed).
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path
from uuid import UUID

from trainer.domain.result import Ladder, PrincipleScore, Result
from trainer.storage.answers import save_scored_answer
from trainer.storage.engine import open_database


def result(n: int) -> Result:
    principles = tuple(
        PrincipleScore(p, "partly", 50 + n % 50, 1.0, "Lý do", "", ()) for p in ("facts", "empathy", "action")
    )
    return Result(50 + n % 50, principles, (), (), Ladder(1, "knows", ""), f"Trả lời số {n}.", "vi")


def main() -> int:
    url, data_dir, session, count, start = sys.argv[1:6]
    crash = len(sys.argv) > 6 and sys.argv[6] == "crash"
    db = open_database(url, data_dir=Path(data_dir))
    time.sleep(max(0.0, float(start) - time.time()))
    for n in range(int(count)):
        saved = save_scored_answer(
            db, UUID(session), question_id=f"q{n}", question_text="Câu hỏi?", result=result(n), duration_ms=1000
        )
        print(saved.id, flush=True)
        if crash:
            os.kill(os.getpid(), signal.SIGKILL)
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
