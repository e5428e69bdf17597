#!/usr/bin/env bash
# Installs every Debian 12 package SecureBase needs to build, run and test.
# Usage: sudo installer/install-deps.sh            (build + run + test)
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends \
  build-essential cmake pkg-config git ca-certificates file \
  libwxgtk3.2-dev libglib2.0-dev \
  libsqlcipher-dev sqlcipher \
  libsodium-dev libicu-dev \
  libhpdf-dev \
  catch2 \
  nlohmann-json3-dev \
  libcli11-dev \
  fonts-dejavu-core fonts-wqy-microhei \
  xvfb xauth dbus-x11 at-spi2-core \
  imagemagick poppler-utils qpdf \
  adwaita-icon-theme
