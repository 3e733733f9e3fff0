# Starts Orca (Debian's /usr/bin/orca, run in this process) with one fix to speech-dispatcher's
# Python client, for tests whose "voice" writes each utterance to a file and so finishes at once.
#
# The client registers a message's callback only after the server has answered SPEAK, and drops any
# event that arrives before (its own TODO in speechd/client.py says so). With an instant voice the
# "end" event usually wins that race, Orca never hears that an utterance finished, and say-all stops
# after its first line. Here such early events are held and replayed when the callback arrives.
#
# Orca is not started as `orca --replace`: that kills every process of the user named orca.
import runpy
import sys
import threading

import speechd.client as client

_Original = client._CallbackHandler


class _HoldEarlyEvents(_Original):
    def __init__(self, client_id):
        super().__init__(client_id)
        self._early = {}
        self._early_lock = threading.Lock()

    def __call__(self, msg_id, client_id, type, **kwargs):
        with self._early_lock:
            with self._lock:
                known = msg_id in self._callbacks
            if not known:
                self._early.setdefault(msg_id, []).append((client_id, type, kwargs))
                return
        super().__call__(msg_id, client_id, type, **kwargs)

    def add_callback(self, msg_id, callback, event_types):
        with self._early_lock:
            super().add_callback(msg_id, callback, event_types)
            early = self._early.pop(msg_id, [])
        for client_id, type, kwargs in early:
            super().__call__(msg_id, client_id, type, **kwargs)


client._CallbackHandler = _HoldEarlyEvents

sys.argv = ["orca", *sys.argv[1:]]
runpy.run_path("/usr/bin/orca", run_name="__main__")
