import atexit
import os
import shutil
import tempfile

# Qt tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The scorer's compiled-pattern cache (platformdirs' user cache folder) goes to a folder of this run, not the
# home folder: every run starts cold, and tests never depend on what an earlier run left.
_cache = tempfile.mkdtemp(prefix="complaint-sim-test-cache-")
os.environ["XDG_CACHE_HOME"] = _cache
atexit.register(shutil.rmtree, _cache, True)
