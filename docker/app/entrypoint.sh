#!/bin/sh
# Reads credentials from Docker secrets when given as files (ES_PASSWORD_FILE, ES_API_KEY_FILE), so they need not sit
# in the container's environment, then runs the app's sub-command (default: serve).
set -eu
for var in ES_PASSWORD ES_API_KEY; do
  eval "file=\${${var}_FILE:-}"
  if [ -n "$file" ]; then
    if [ ! -r "$file" ]; then
      echo "policy-search: ${var}_FILE points to '$file', which cannot be read" >&2
      exit 1
    fi
    eval "export $var=\"\$(cat \"\$file\")\""
  fi
done
# shellcheck disable=SC2086
exec java $JAVA_OPTS -Dpolicysearch.project.dir=/app -cp "/app/classes:/app/lib/*" jp.policysearch.cli.Main "$@"
