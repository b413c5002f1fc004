# Cross-compiling for 64-bit Windows with Debian's MinGW-w64 (g++-mingw-w64-x86-64-posix:
# the POSIX thread model, which std::thread and Qt need). Used by scripts/windows/toolchain.sh
# for Qt and its companions, and by the windows-mingw preset for Hookscribe itself.
#
# HOOKSCRIBE_WIN_PREFIX: where the toolchain script installed Qt, QtKeychain and SQLite
# (default: /var/cache/hookscribe-win/prefix).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(_triple x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${_triple}-gcc-posix)
set(CMAKE_CXX_COMPILER ${_triple}-g++-posix)
set(CMAKE_RC_COMPILER ${_triple}-windres)

if(NOT DEFINED HOOKSCRIBE_WIN_PREFIX)
    if(DEFINED ENV{HOOKSCRIBE_WIN_PREFIX})
        set(HOOKSCRIBE_WIN_PREFIX "$ENV{HOOKSCRIBE_WIN_PREFIX}")
    else()
        set(HOOKSCRIBE_WIN_PREFIX /var/cache/hookscribe-win/prefix)
    endif()
endif()
# try_compile projects get the variable too.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES HOOKSCRIBE_WIN_PREFIX)

set(CMAKE_FIND_ROOT_PATH /usr/${_triple} "${HOOKSCRIBE_WIN_PREFIX}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)

# Qt's host tools (moc, rcc, uic, lrelease) are the build machine's own Qt 6.
set(QT_HOST_PATH /usr CACHE PATH "Host Qt")
set(QT_HOST_PATH_CMAKE_DIR /usr/lib/x86_64-linux-gnu/cmake CACHE PATH "Host Qt's CMake packages")
