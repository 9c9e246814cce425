#!/usr/bin/env bash
# Installs what ScaleScope needs on Debian 12 (only what is missing), fetches
# the pinned AWS icons and builds. Used by the README's two commands and CI.
#   ./setup.sh            set up and build (Release-with-debug-info in build/)
set -euo pipefail
cd "$(dirname "$0")"

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev libqt6svg6 qt6-qpa-plugins libgl-dev
  libqcustomplot-dev libqcustomplot2.1-qt6 libboost-graph-dev libbenchmark-dev
  xvfb xauth fonts-dejavu-core librsvg2-bin poppler-utils
  libyaml-cpp-dev libgraphviz-dev
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js may come from elsewhere than Debian (then npm is no Debian package): ask for the command.
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The official AWS Architecture Icons, pinned in resources/aws-icons/package.json.
if [ ! -f resources/aws-icons/node_modules/aws-icons/package.json ]; then
  npm ci --no-audit --no-fund --prefix resources/aws-icons
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --parallel "$(nproc)"
