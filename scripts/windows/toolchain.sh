#!/usr/bin/env bash
# Builds everything a Windows build of Hookscribe needs, with Debian's MinGW-w64 cross
# compiler, from Debian's source packages where the archive serves them and from a folder
# of Qt's upstream source tarballs otherwise:
#
#   SQLite 3.40.1     Debian bookworm's sqlite3 source package (the amalgamation made here)
#   Qt 6.4.2 base     Debian bookworm's qt6-base source package (Debian's patches applied)
#   Qt Svg, WebSockets, HttpServer 6.4.2
#                     Debian's qt6-svg / qt6-websockets / qt6-httpserver source packages when
#                     the archive serves them, else HOOKSCRIBE_WIN_QT_SRC (../shared/qt-src)
#   QtKeychain 0.15.0 the upstream tarball of Debian trixie's qtkeychain source package
#   Qt's catalogues   copied from Debian's binary qt6-translations-l10n (the same files on
#                     every platform)
#
# Qt 6.4.2 because its host tools (moc, rcc, uic, lrelease) are then the build machine's own
# Qt from bookworm; nothing else has to be built for the host.
#
#   sudo scripts/windows/toolchain.sh          # once: about an hour on 2 cores; then instant
#
# The result is cached outside the repository and reused: each piece is rebuilt only when
# its stamp is missing. Environment:
#   HOOKSCRIBE_WIN_ROOT    cache (default /var/cache/hookscribe-win): src/, build/, prefix/
#   HOOKSCRIBE_WIN_QT_SRC  folder with qt*-everywhere-src-6.4.2.tar.xz (default ../shared/qt-src
#                          beside the checkout)
#   HOOKSCRIBE_WIN_JOBS    build jobs (default: the number of cores)
# Prints the prefix on its last line.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
root=$(realpath -m "${HOOKSCRIBE_WIN_ROOT:-/var/cache/hookscribe-win}")
qtsrc=$(realpath -m "${HOOKSCRIBE_WIN_QT_SRC:-$repo/../shared/qt-src}")
jobs=${HOOKSCRIBE_WIN_JOBS:-$(nproc)}
qt_version=6.4.2
keychain_version=0.15.0
prefix=$root/prefix
toolchain=$repo/cmake/toolchains/mingw-w64-x86_64.cmake

if [[ $(id -u) -ne 0 ]]; then
    exec sudo --preserve-env=HOOKSCRIBE_WIN_ROOT,HOOKSCRIBE_WIN_QT_SRC,HOOKSCRIBE_WIN_JOBS "$0" "$@" </dev/null
fi
exec </dev/null
export DEBIAN_FRONTEND=noninteractive
started=$SECONDS
log() { printf '== [%4ds] %s\n' $((SECONDS - started)) "$*" >&2; }
die() { echo "toolchain.sh: $*" >&2; exit 1; }

mkdir -p "$root"/{src,build,stamps} "$prefix"
exec 9>"$root/.lock"
flock -n 9 || die "another toolchain.sh run holds $root/.lock"

# 1. The build machine's tools. The host Qt (moc, rcc, uic, lrelease, lupdate) must be the
#    same version as the Qt built here.
host_packages=(g++-mingw-w64-x86-64-posix cmake ninja-build dpkg-dev xz-utils tcl make gcc patch
    qt6-base-dev qt6-base-dev-tools qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
    qt6-websockets-dev qt6-httpserver-dev qt6-svg-dev qt6-translations-l10n)
missing=()
for p in "${host_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    log "Installing host packages: ${missing[*]}"
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
host_qt=$(dpkg-query -W -f='${Version}' qt6-base-dev)
[[ $host_qt == "$qt_version"* ]] || die "host Qt is $host_qt; this toolchain needs the host's Qt $qt_version"

# 2. Sources. apt runs with lists of its own (deb-src of bookworm and trixie), so the
#    machine's apt configuration is not touched.
apt_dir=$root/apt
mkdir -p "$apt_dir/lists/partial"
cat >"$apt_dir/sources.list" <<'EOF'
deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm main
deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main
EOF
apt_opts=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o Dir::Etc::SourceParts=-
    -o "Dir::State::Lists=$apt_dir/lists" -o APT::Sandbox::User=root)
apt_src_update() { # once per run, also from the subshells of $(...)
    [[ -e $apt_dir/updated.$$ ]] && return
    log "apt-get update (deb-src lists of our own in $apt_dir)"
    rm -f "$apt_dir"/updated.*
    apt-get "${apt_opts[@]}" update -qq
    touch "$apt_dir/updated.$$"
}

sources_used=()
# fetch_debian <source package> <suite>: downloads the files of that suite's version of the
# source package into src/ and prints the .dsc's name, or returns 1 when the archive does not
# serve the whole package (asked in an empty folder: apt leaves out files the folder has).
# apt-helper checks each file against the hash the index states.
print_uris() { (mkdir -p "$apt_dir/empty" && cd "$apt_dir/empty" && apt-get "${apt_opts[@]}" source --print-uris "$1/$2" 2>/dev/null | grep "^'"); }
download() { # download <print-uris line>: the file into src/ unless it is there already
    local url file size sha
    url=$(sed -E "s/^'([^']*)'.*/\1/" <<<"$1")
    read -r file size sha <<<"$(sed -E "s/^'[^']*' //" <<<"$1")"
    [[ -s "$root/src/$file" ]] && return
    /usr/lib/apt/apt-helper download-file "$url" "$root/src/$file" "$sha" >/dev/null 2>&1 \
        || { rm -f "$root/src/$file"; return 1; }
}
fetch_debian() {
    local uris line ok=1
    apt_src_update
    uris=$(print_uris "$1" "$2") || return 1
    while read -r line; do download "$line" || ok=0; done <<<"$uris"
    ((ok)) || return 1
    awk '$2 ~ /\.dsc$/ { print $2; exit }' <<<"$uris"
}
# fetch_orig <source package> <suite>: just the upstream tarball of a source package (for a
# package whose Debian files the archive does not serve). Prints its path.
fetch_orig() {
    local line
    apt_src_update
    line=$(print_uris "$1" "$2" | grep "\.orig\.tar\." | head -n 1) || return 1
    download "$line" || return 1
    echo "$root/src/$(sed -E "s/^'[^']*' ([^ ]*) .*/\1/" <<<"$line")"
}
# unpack_dsc <dsc> <dir>: the Debian source tree with Debian's patches applied.
unpack_dsc() {
    [[ -d $2 ]] && return
    (cd "$root/src" && dpkg-source --no-check -x "$1" "$2" >/dev/null)
}
unpack_tar() { # unpack_tar <tarball> <dir>
    [[ -d $2 ]] && return
    mkdir -p "$2.tmp"
    tar -xf "$1" -C "$2.tmp" --strip-components=1
    mv "$2.tmp" "$2"
}
done_stamp() { [[ -e "$root/stamps/$1" ]]; }
stamp() { printf '%s\n' "$2" >"$root/stamps/$1"; }

# The cross CMake configuration every Qt module shares.
cross_cmake=(-G Ninja -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DHOOKSCRIBE_WIN_PREFIX="$prefix"
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_PREFIX_PATH="$prefix"
    -DQT_BUILD_TESTS=OFF -DQT_BUILD_EXAMPLES=OFF)
build_install() { # build_install <build dir> <log name>
    nice cmake --build "$1" -j"$jobs" >"$root/build/$2.build.log" 2>&1 \
        || { tail -n 40 "$root/build/$2.build.log" >&2; die "$2 failed to build (log: $root/build/$2.build.log)"; }
    cmake --install "$1" >"$root/build/$2.install.log" 2>&1 || die "$2 failed to install"
}

# 3. SQLite: Debian's source tree, the amalgamation made with the build machine's tclsh and
#    cc, then compiled into sqlite3.dll with an import library and a header in the prefix.
if ! done_stamp sqlite; then
    dsc=$(fetch_debian sqlite3 bookworm) || die "the archive serves no bookworm sqlite3 source"
    unpack_dsc "$dsc" "$root/src/sqlite3"
    log "SQLite: the amalgamation (native), then sqlite3.dll (MinGW)"
    b=$root/build/sqlite-native
    mkdir -p "$b"
    (cd "$b" && { [[ -e Makefile ]] || "$root/src/sqlite3/configure" --disable-tcl >/dev/null; } \
        && make -j"$jobs" sqlite3.c >"$root/build/sqlite.build.log" 2>&1) || die "SQLite amalgamation failed"
    mkdir -p "$prefix"/{bin,lib,include}
    x86_64-w64-mingw32-gcc-posix -O2 -shared -o "$prefix/bin/sqlite3.dll" "$b/sqlite3.c" \
        -DSQLITE_API='__declspec(dllexport)' -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_JSON1 \
        -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_UNLOCK_NOTIFY -DSQLITE_THREADSAFE=1 \
        -DSQLITE_ENABLE_RTREE -Wl,--out-implib,"$prefix/lib/libsqlite3.dll.a" \
        || die "sqlite3.dll failed to build"
    cp "$b/sqlite3.h" "$root/src/sqlite3/sqlite3ext.h" "$prefix/include/" 2>/dev/null \
        || cp "$b/sqlite3.h" "$prefix/include/"
    stamp sqlite "Debian source package sqlite3 ($(basename "$dsc" .dsc))"
fi

# 4. Qt's base: Windows platform plugin, windowsvista style, Schannel TLS, SQLite driver.
#    The +dfsg tree has no wintab (no tablet events) and no bundled SQLite (ours above).
if ! done_stamp qtbase; then
    dsc=$(fetch_debian qt6-base bookworm) || die "the archive serves no bookworm qt6-base source"
    unpack_dsc "$dsc" "$root/src/qtbase"
    log "Qt $qt_version base: configure (log: $root/build/qtbase.configure.log)"
    cmake -S "$root/src/qtbase" -B "$root/build/qtbase" "${cross_cmake[@]}" \
        -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
        -DBUILD_SHARED_LIBS=ON -DQT_QMAKE_TARGET_MKSPEC=win32-g++ \
        -DFEATURE_tabletevent=OFF -DFEATURE_zstd=OFF -DFEATURE_dbus=OFF \
        -DFEATURE_openssl=OFF -DFEATURE_schannel=ON \
        -DFEATURE_sql=ON -DFEATURE_sql_sqlite=ON -DFEATURE_system_sqlite=ON \
        -DFEATURE_sql_odbc=OFF -DFEATURE_sql_psql=OFF -DFEATURE_sql_mysql=OFF \
        -DFEATURE_sql_ibase=OFF -DFEATURE_sql_oci=OFF -DFEATURE_sql_db2=OFF \
        -DFEATURE_system_zlib=OFF -DFEATURE_system_pcre2=OFF -DFEATURE_system_png=OFF \
        -DFEATURE_system_jpeg=OFF -DFEATURE_system_freetype=OFF -DFEATURE_system_harfbuzz=OFF \
        -DFEATURE_system_doubleconversion=OFF -DFEATURE_printsupport=ON \
        -DINPUT_opengl=dynamic \
        -DSQLite3_INCLUDE_DIR="$prefix/include" -DSQLite3_LIBRARY="$prefix/lib/libsqlite3.dll.a" \
        >"$root/build/qtbase.configure.log" 2>&1 \
        || { tail -n 40 "$root/build/qtbase.configure.log" >&2; die "qtbase configure failed"; }
    log "Qt $qt_version base: build (-j$jobs; about 40 minutes on 2 cores)"
    build_install "$root/build/qtbase" qtbase
    stamp qtbase "Debian source package qt6-base ($(basename "$dsc" .dsc))"
fi

# 5. The Qt modules the archive may not serve: Svg (the icons), WebSockets (HttpServer needs
#    it), HttpServer (the receiver and the fake Soniox).
for module in qtsvg qtwebsockets qthttpserver; do
    done_stamp "$module" && continue
    debian_name=qt6-${module#qt}
    if dsc=$(fetch_debian "$debian_name" bookworm); then
        unpack_dsc "$dsc" "$root/src/$module"
        origin="Debian source package $debian_name ($(basename "$dsc" .dsc))"
    else
        tarball=$qtsrc/$module-everywhere-src-$qt_version.tar.xz
        [[ -f $tarball ]] || die "the archive serves no $debian_name source and $tarball is missing"
        unpack_tar "$tarball" "$root/src/$module"
        origin="upstream tarball $tarball (the archive answered 404 for $debian_name)"
    fi
    log "Qt $module: configure and build"
    "$prefix/bin/qt-cmake" -S "$root/src/$module" -B "$root/build/$module" -G Ninja \
        -DCMAKE_BUILD_TYPE=Release -DQT_BUILD_TESTS=OFF -DQT_BUILD_EXAMPLES=OFF \
        >"$root/build/$module.configure.log" 2>&1 \
        || { tail -n 40 "$root/build/$module.configure.log" >&2; die "$module configure failed"; }
    build_install "$root/build/$module" "$module"
    stamp "$module" "$origin"
done

# 6. QtKeychain with its Windows Credential Store backend (the default on Windows).
if ! done_stamp qtkeychain; then
    tarball=$(fetch_orig qtkeychain trixie) || die "the archive serves no trixie qtkeychain tarball"
    if [[ ! -d $root/src/qtkeychain ]]; then
        unpack_tar "$tarball" "$root/src/qtkeychain"
        for p in "$here"/patches/qtkeychain-"$keychain_version"-*.patch; do
            log "QtKeychain: applying $(basename "$p")"
            patch -d "$root/src/qtkeychain" -p1 --forward <"$p" >/dev/null || die "patch $p failed"
        done
    fi
    log "QtKeychain $keychain_version: configure and build"
    cmake -S "$root/src/qtkeychain" -B "$root/build/qtkeychain" "${cross_cmake[@]}" \
        -DBUILD_WITH_QT6=ON -DBUILD_SHARED_LIBS=ON -DBUILD_TRANSLATIONS=OFF \
        -DBUILD_TEST_APPLICATION=OFF -DUSE_CREDENTIAL_STORE=ON \
        >"$root/build/qtkeychain.configure.log" 2>&1 \
        || { tail -n 40 "$root/build/qtkeychain.configure.log" >&2; die "qtkeychain configure failed"; }
    build_install "$root/build/qtkeychain" qtkeychain
    stamp qtkeychain "upstream tarball of Debian's qtkeychain source package ($(basename "$tarball")), with scripts/windows/patches/qtkeychain-*"
fi

# 7. Qt's own catalogues, from the binary package (they are not compiled per platform).
if ! done_stamp translations; then
    mkdir -p "$prefix/translations"
    cp /usr/share/qt6/translations/qt*_*.qm "$prefix/translations/"
    stamp translations "Debian binary package qt6-translations-l10n $(dpkg-query -W -f='${Version}' qt6-translations-l10n)"
fi

log "Done. Sources used:"
for piece in sqlite qtbase qtsvg qtwebsockets qthttpserver qtkeychain translations; do
    printf '  %-13s %s\n' "$piece" "$(cat "$root/stamps/$piece")" >&2
done
echo "$prefix"
