#!/usr/bin/env bash
# Smoke test of a running compose stack through the proxy: routes, cache headers, security headers.
#   docker compose -f docker/compose.yaml up --build --wait
#   bash docker/smoke-test.sh            # or BASE_URL=http://host:port bash docker/smoke-test.sh
# Prints one line per check and a closing "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail

base="${BASE_URL:-http://localhost:8080}"
passed=0
failed=0

check() { # check NAME COMMAND...
  local name="$1"; shift
  if "$@"; then
    passed=$((passed + 1)); echo "ok   $name"
  else
    failed=$((failed + 1)); echo "FAIL $name"
  fi
}

status_is() { # status_is EXPECTED PATH
  local got
  got="$(curl -s -o /dev/null -w '%{http_code}' "$base$2")"
  [[ "$got" == "$1" ]] || { echo "     $2: expected $1, got $got" >&2; return 1; }
}

header_has() { # header_has PATH HEADER REGEX
  local value
  value="$(curl -s -o /dev/null -D - "$base$1" | tr -d '\r' | grep -i "^$2:" | head -n 1)"
  [[ "$value" =~ $3 ]] || { echo "     $1: header '$2' was '${value:-<absent>}', wanted /$3/" >&2; return 1; }
}

body_has() { # body_has PATH REGEX
  local body
  body="$(curl -s "$base$1")"
  [[ "$body" =~ $2 ]] || { echo "     $1: body does not match /$2/" >&2; return 1; }
}

# Proxy and shell
check "proxy /healthz"                       status_is 200 /healthz
check "shell index.html"                     status_is 200 /
check "shell index.html is no-cache"         header_has / Cache-Control 'no-cache'
check "shell SPA fallback on a deep link"    status_is 200 /ajanvaraus/omat-ajat
check "shell sends a CSP"                    header_has / Content-Security-Policy "default-src 'self'"
check "nosniff on every response"            header_has / X-Content-Type-Options 'nosniff'
check "Referrer-Policy"                      header_has / Referrer-Policy 'strict-origin-when-cross-origin'
check "X-Request-Id is returned"             header_has / X-Request-Id '[A-Za-z0-9]'
check "remotes.json is served"               body_has /remotes.json '"booking"'
check "remotes.json is no-cache"             header_has /remotes.json Cache-Control 'no-cache'

# Booking remote
check "booking mf-manifest.json"             status_is 200 /remotes/booking/mf-manifest.json
check "booking mf-manifest.json no-cache"    header_has /remotes/booking/mf-manifest.json Cache-Control 'no-cache'
check "booking remoteEntry.js"               status_is 200 /remotes/booking/remoteEntry.js
check "booking remoteEntry.js no-cache"      header_has /remotes/booking/remoteEntry.js Cache-Control 'no-cache'
check "booking unknown file is 404"          status_is 404 /remotes/booking/no-such-file.js
check "unknown remote is 404"                status_is 404 /remotes/no-such-module/remoteEntry.js

gzipped() { # gzipped PATH
  curl -s -o /dev/null -D - -H 'Accept-Encoding: gzip' "$base$1" | tr -d '\r' | grep -qi '^content-encoding: gzip'
}

mapfile -t assets < <(curl -s "$base/remotes/booking/mf-manifest.json" | grep -o 'assets/[^"]*\.js' | sort -u)
if [[ ${#assets[@]} -gt 0 ]]; then
  check "booking hashed asset is immutable"  header_has "/remotes/booking/${assets[0]}" Cache-Control 'max-age=31536000, immutable'
  # gzip applies from 1 KiB up: test it on the first asset larger than that.
  for a in "${assets[@]}"; do
    if (( $(curl -s -o /dev/null -w '%{size_download}' "$base/remotes/booking/$a") > 2048 )); then
      check "booking asset is gzip-compressed" gzipped "/remotes/booking/$a"
      break
    fi
  done
else
  check "booking manifest names an assets/*.js file" false
fi

# Booking service
check "booking-service /healthz"             status_is 200 /api/booking/healthz
check "booking-service /readyz (database)"   status_is 200 /api/booking/readyz
check "booking-service /metrics not public"  status_is 404 /api/booking/metrics
check "unknown API is 404"                   status_is 404 /api/no-such-module/healthz

echo "$passed passed, $failed failed"
[[ "$failed" -eq 0 ]]
