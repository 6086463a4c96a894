# Shared by ./run and ./test: create .venv and install the project once per change of pyproject.toml.
ensure_venv() {
  local extras="${1:-}"
  local python="${PYTHON:-python3}"
  if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
  fi
  local stamp=".venv/.installed${extras:+-$extras}"
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    if [ -n "$extras" ]; then
      .venv/bin/python -m pip install --quiet -e ".[$extras]"
    else
      .venv/bin/python -m pip install --quiet -e .
    fi
    touch "$stamp"
  fi
}

# The Debian packages named, missing from this machine, installed with apt-get (as root, or with sudo).
install_packages() {
  [ $# -gt 0 ] || return 0
  local sudo=""
  [ "$(id -u)" = "0" ] || sudo="sudo"
  if command -v apt-get >/dev/null; then
    ($sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -qq --no-install-recommends "$@" >/dev/null) \
      || echo "Không cài được: $*" >&2
  fi
}

# The browser libraries of package-lock.json (Chart.js, flatpickr, Tom Select), once per change of the lock file.
ensure_assets() {
  local stamp="node_modules/.installed"
  if [ -f "$stamp" ] && [ ! package-lock.json -nt "$stamp" ]; then
    return
  fi
  if ! command -v npm >/dev/null; then
    echo "Không có npm: biểu đồ chỉ hiện dạng bảng, ô ngày không có lịch, danh sách dài không tìm được (cài nodejs và npm rồi chạy lại)." >&2
    return
  fi
  npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null && touch "$stamp"
}
