"""A separate process writing one session through SessionLog, for the crash and concurrency tests.

Usage: log_writer.py DB SESSION_ID TRAINEE TURNS. Prints "ready", waits for a line on stdin (so several
writers can start together), then records the session and prints "ack N" once turn N is recorded.
"""

import sys

from storage_samples import info, scorecard, turn

from simulator.storage.session_log import SessionLog

path, session_id, trainee, turns = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
log = SessionLog(path)
print("ready", flush=True)
sys.stdin.readline()
log.session_started(info(session_id, trainee=trainee))
for index in range(turns):
    log.turn_sent(session_id, turn(index))
    print(f"ack {index}", flush=True)
log.session_finished(session_id, "resolved", scorecard())
log.close()
print("done", flush=True)
