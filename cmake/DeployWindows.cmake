# Deploys Qt and every DLL the programs need next to them, for a Windows build made on Linux
# with MinGW-w64 (scripts/check-windows.sh). windeployqt does not exist for such a cross
# build, so the install step does its work with CMake's own tools:
#
#   bin/hookscribe.exe, bin/hookscribe-cli.exe
#   bin/*.dll                   Qt, QtKeychain, SQLite, the MinGW runtime: whatever the
#                               programs and plugins import, found by file(GET_RUNTIME_DEPENDENCIES)
#                               reading their PE import tables with MinGW's objdump
#   bin/plugins/<type>/*.dll    the Qt plugins Hookscribe loads at run time
#   bin/translations/qtbase_*.qm  Qt's own catalogues for the languages Hookscribe has
#   bin/qt.conf                 tells Qt where those are, relative to the executables
#
# Included by cmake/Packaging.cmake when cross-compiling for Windows.

# The plugins Hookscribe loads: the platform and its native style, the SQLite driver, SVG
# icons, TLS through Schannel, the network-reachability backend, and the offscreen platform
# (used by the tests and by a user's automation).
set(hookscribe_plugins
    Qt6::QWindowsIntegrationPlugin Qt6::QOffscreenIntegrationPlugin
    Qt6::QWindowsVistaStylePlugin Qt6::QSQLiteDriverPlugin
    Qt6::QSvgIconPlugin Qt6::QSvgPlugin Qt6::QICOPlugin
    Qt6::QSchannelBackendPlugin Qt6::QTlsBackendCertOnlyPlugin Qt6::QCertonlyBackendPlugin
    Qt6::QNLMNIPlugin)
set(hookscribe_plugin_files "")
foreach(plugin IN LISTS hookscribe_plugins)
    if(NOT TARGET ${plugin})
        message(STATUS "Windows deployment: ${plugin} is not in this Qt; not deployed")
        continue()
    endif()
    get_target_property(type ${plugin} QT_PLUGIN_TYPE)
    install(IMPORTED_RUNTIME_ARTIFACTS ${plugin}
            LIBRARY DESTINATION ${CMAKE_INSTALL_BINDIR}/plugins/${type}
            RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}/plugins/${type})
    get_target_property(location ${plugin} IMPORTED_LOCATION_RELEASE)
    if(NOT location)
        get_target_property(location ${plugin} IMPORTED_LOCATION)
    endif()
    get_filename_component(name ${location} NAME)
    list(APPEND hookscribe_plugin_files "${CMAKE_INSTALL_BINDIR}/plugins/${type}/${name}")
endforeach()

# Qt's catalogues for the languages of translations/ (the dialogs' standard buttons).
get_target_property(hookscribe_qt_core_dll Qt6::Core IMPORTED_LOCATION_RELEASE)
get_filename_component(hookscribe_qt_prefix "${hookscribe_qt_core_dll}/../.." ABSOLUTE)
file(GLOB hookscribe_our_ts RELATIVE ${PROJECT_SOURCE_DIR}/translations
     ${PROJECT_SOURCE_DIR}/translations/hookscribe_*.ts)
foreach(ts IN LISTS hookscribe_our_ts)
    string(REGEX REPLACE "^hookscribe_(.*)\\.ts$" "\\1" lang ${ts})
    set(qm ${hookscribe_qt_prefix}/translations/qtbase_${lang}.qm)
    if(EXISTS ${qm})
        install(FILES ${qm} DESTINATION ${CMAKE_INSTALL_BINDIR}/translations)
    endif()
endforeach()

file(WRITE ${PROJECT_BINARY_DIR}/packaging/qt.conf
     "[Paths]\nPrefix = .\nPlugins = plugins\nTranslations = translations\n")
install(FILES ${PROJECT_BINARY_DIR}/packaging/qt.conf DESTINATION ${CMAKE_INSTALL_BINDIR})

# Where the imported DLLs are: Qt's and its companions' bin/, and the MinGW runtime.
set(hookscribe_dll_dirs ${hookscribe_qt_prefix}/bin)
foreach(runtime libstdc++-6.dll libwinpthread-1.dll libgcc_s_seh-1.dll)
    execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${runtime}
                    OUTPUT_VARIABLE path OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(EXISTS "${path}")
        get_filename_component(dir "${path}" DIRECTORY)
        get_filename_component(dir "${dir}" ABSOLUTE)
        list(APPEND hookscribe_dll_dirs ${dir})
    endif()
endforeach()
list(REMOVE_DUPLICATES hookscribe_dll_dirs)
string(REGEX REPLACE "gcc(-posix)?$" "objdump" hookscribe_objdump "${CMAKE_C_COMPILER}")
string(REGEX REPLACE "g\\+\\+(-posix)?$" "objdump" hookscribe_objdump_cxx "${CMAKE_CXX_COMPILER}")
find_program(HOOKSCRIBE_OBJDUMP NAMES ${hookscribe_objdump} ${hookscribe_objdump_cxx}
             x86_64-w64-mingw32-objdump REQUIRED)
string(REGEX REPLACE "objdump$" "strip" hookscribe_strip "${HOOKSCRIBE_OBJDUMP}")
find_program(HOOKSCRIBE_STRIP NAMES ${hookscribe_strip} x86_64-w64-mingw32-strip)

# At install time: resolve the imports of the installed programs and plugins, copy what
# was found into bin/, and fail on anything that is neither found nor part of Windows.
install(CODE "
set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM windows+pe)
set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL objdump)
set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND [[${HOOKSCRIBE_OBJDUMP}]])
set(bin \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
set(modules \"\")
foreach(p IN ITEMS ${hookscribe_plugin_files})
    list(APPEND modules \"\${CMAKE_INSTALL_PREFIX}/\${p}\")
endforeach()
# CMake looks the imports up by lowercased name (qt6core.dll), and this filesystem minds
# case: a folder of lowercase links to the DLLs lets it find them; the real files go in.
set(lowercase \"${PROJECT_BINARY_DIR}/deploy-lowercase-dlls\")
file(REMOVE_RECURSE \"\${lowercase}\")
file(MAKE_DIRECTORY \"\${lowercase}\")
foreach(dir IN ITEMS ${hookscribe_dll_dirs})
    file(GLOB dlls \"\${dir}/*.dll\")
    foreach(dll IN LISTS dlls)
        get_filename_component(name \"\${dll}\" NAME)
        string(TOLOWER \"\${name}\" lower)
        if(NOT EXISTS \"\${lowercase}/\${lower}\")
            file(CREATE_LINK \"\${dll}\" \"\${lowercase}/\${lower}\" SYMBOLIC)
        endif()
    endforeach()
endforeach()
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES \"\${bin}/hookscribe.exe\" \"\${bin}/hookscribe-cli.exe\"
    MODULES \${modules}
    DIRECTORIES \"\${lowercase}\" ${hookscribe_dll_dirs}
    PRE_EXCLUDE_REGEXES [[^api-ms-]] [[^ext-ms-]]
    RESOLVED_DEPENDENCIES_VAR found
    UNRESOLVED_DEPENDENCIES_VAR unresolved)
set(files \"\")
foreach(dll IN LISTS found)
    file(REAL_PATH \"\${dll}\" real)
    list(APPEND files \"\${real}\")
endforeach()
list(REMOVE_DUPLICATES files)
file(INSTALL \${files} DESTINATION \"\${bin}\")
# The MinGW runtime and the DLLs built here carry their symbols (libstdc++-6.dll is 23 MB
# with them, 2 MB without): the copies that ship do not.
if(EXISTS [[${HOOKSCRIBE_STRIP}]])
    foreach(dll IN LISTS files)
        get_filename_component(name \"\${dll}\" NAME)
        execute_process(COMMAND [[${HOOKSCRIBE_STRIP}]] --strip-unneeded \"\${bin}/\${name}\"
                        RESULT_VARIABLE stripped)
        if(NOT stripped EQUAL 0)
            message(WARNING \"Windows deployment: could not strip \${name}\")
        endif()
    endforeach()
endif()
# Windows' own DLLs are not shipped (and are not in the folders searched above).
set(system advapi32 bcrypt comdlg32 crypt32 d3d11 d3d12 d3d9 dwmapi dwrite dxgi gdi32
    imm32 iphlpapi kernel32 mpr msvcrt netapi32 ntdll ole32 oleaut32 opengl32 secur32
    setupapi shell32 shcore shlwapi user32 userenv uxtheme version winmm winspool ws2_32
    wtsapi32 authz d2d1 dnsapi ncrypt normaliz rpcrt4 usp10 wininet winhttp credui
    propsys dcomp)
foreach(dll IN LISTS unresolved)
    string(TOLOWER \"\${dll}\" lower)
    string(REGEX REPLACE [[\\.dll$]] \"\" stem \"\${lower}\")
    # list(FIND), not IN_LIST: an install script runs without the project's policies.
    list(FIND system \"\${stem}\" known)
    if(known EQUAL -1)
        message(FATAL_ERROR \"Windows deployment: \${dll} is needed but was not found in ${hookscribe_dll_dirs}\")
    endif()
endforeach()
list(LENGTH found count)
message(STATUS \"Windows deployment: \${count} DLLs copied next to the programs\")
")
