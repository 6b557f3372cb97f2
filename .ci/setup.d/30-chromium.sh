# Debian's Chromium for the review page's browser test (review/browser_test.go).
# Sourced by .ci/run; idempotent: installs only when missing.
if ! command -v chromium >/dev/null 2>&1; then
  echo "installing chromium (Debian package)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi
if command -v chromium >/dev/null 2>&1; then
  RACEX_CHROMIUM="$(command -v chromium)"
  export RACEX_CHROMIUM
  echo "RACEX_CHROMIUM=$RACEX_CHROMIUM ($("$RACEX_CHROMIUM" --version 2>/dev/null || echo 'version unknown'))"
fi
