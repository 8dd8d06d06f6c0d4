#!/usr/bin/env bash
# The main job: install what is needed, build dist/, and serve the examples gallery on 127.0.0.1.
# `blocklite serve` sends the cross-origin isolation headers, so Stop can interrupt a running
# handler (docs/reliability.md); add --no-isolate to see a plain static host's behaviour.
set -euo pipefail
. "$(dirname "$0")/setup.sh"
setup_python
setup_npm
build
exec python3 -m blocklite.cli serve . --host 127.0.0.1 --port "${PORT:-8000}" --open examples
