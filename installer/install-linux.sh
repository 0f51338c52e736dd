#!/usr/bin/env bash
# Install the eidroster bundle for the current user (no root needed):
#   ./install-linux.sh            copy this folder to ~/.local/lib/eidroster, add the menu entry
#   ./install-linux.sh --remove   remove the program (the data in ~/.local/share/eidroster stays)
# Run it from the bundle folder (dist/eidroster or the unpacked archive).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${XDG_DATA_HOME:-$HOME/.local/share}"
LIBDIR="$HOME/.local/lib/eidroster"
BINDIR="$HOME/.local/bin"
APPS="$PREFIX/applications"
ICONS="$PREFIX/icons/hicolor"

if [ "${1:-}" = "--remove" ]; then
  rm -rf "$LIBDIR"
  rm -f "$BINDIR/eidroster" "$APPS/eidroster.desktop"
  for s in 16 24 32 48 64 128 256 512; do rm -f "$ICONS/${s}x${s}/apps/eidroster.png"; done
  echo "Đã gỡ eidroster. Dữ liệu (CSDL, bản sao lưu) vẫn giữ nguyên trong $PREFIX/eidroster."
  exit 0
fi

if [ ! -x "$HERE/eidroster" ] || [ ! -d "$HERE/_internal" ]; then
  echo "Hãy chạy tệp này từ thư mục chương trình (có tệp eidroster và thư mục _internal)." >&2
  exit 1
fi
if [ "$HERE" != "$LIBDIR" ]; then
  rm -rf "$LIBDIR.new"
  mkdir -p "$(dirname "$LIBDIR")"
  cp -a "$HERE" "$LIBDIR.new"
  rm -rf "$LIBDIR"
  mv "$LIBDIR.new" "$LIBDIR"
fi
mkdir -p "$BINDIR" "$APPS"
ln -sfn "$LIBDIR/eidroster" "$BINDIR/eidroster"
for s in 16 24 32 48 64 128 256 512; do
  src="$LIBDIR/_internal/resources/icons/eidroster-$s.png"
  if [ -f "$src" ]; then
    mkdir -p "$ICONS/${s}x${s}/apps"
    cp "$src" "$ICONS/${s}x${s}/apps/eidroster.png"
  fi
done
sed -e "s|^Exec=.*|Exec=$LIBDIR/eidroster|" -e "s|^TryExec=.*|TryExec=$LIBDIR/eidroster|" \
  "$LIBDIR/eidroster.desktop" > "$APPS/eidroster.desktop"
chmod 644 "$APPS/eidroster.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$APPS" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$ICONS" || true
echo "Đã cài eidroster vào $LIBDIR; mở từ menu ứng dụng (Văn phòng) hoặc lệnh: $BINDIR/eidroster"
