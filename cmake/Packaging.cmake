# Installing and packaging Hookscribe (included last by the top-level CMakeLists.txt, after
# the hookscribe and hookscribe-cli targets exist).
#
#   Linux:   cpack -G DEB / TGZ. Qt comes from the distribution (the .deb depends on it).
#   Windows: cpack -G NSIS / ZIP, with Qt deployed next to the executables (windeployqt, or
#            cmake/DeployWindows.cmake for a build cross-compiled with MinGW on Linux).
#   macOS:   cpack -G DragNDrop: Hookscribe.app in a DMG, Qt deployed into it (macdeployqt).
#
# The version is PROJECT_VERSION from project() in the top-level CMakeLists.txt. It reaches
# the code (HOOKSCRIBE_VERSION), the packages, the AppStream release, Info.plist and the
# Windows version resource from there; nothing here states a version of its own.

include(GNUInstallDirs)

set(HOOKSCRIBE_APP_ID org.hookscribe.Hookscribe)
set(HOOKSCRIBE_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)
# The file types Hookscribe opens (core/jobs/AudioFiles.cpp has the same list).
set(HOOKSCRIBE_AUDIO_EXTENSIONS aac aif aiff amr asf flac m4a mp3 mp4 ogg wav webm)

# --- Platform details of the executables --------------------------------------------------

if(WIN32)
    # Icon, version resource and manifest (long paths, UTF-8), one per executable.
    foreach(target hookscribe hookscribe-cli)
        set(HOOKSCRIBE_RC_FILENAME ${target}.exe)
        if(target STREQUAL "hookscribe")
            set(HOOKSCRIBE_RC_DESCRIPTION "Hookscribe")
            file(TO_CMAKE_PATH "${HOOKSCRIBE_PACKAGING_DIR}/windows/hookscribe.ico" ico)
            set(HOOKSCRIBE_RC_ICON "IDI_ICON1 ICON \"${ico}\"")
        else()
            set(HOOKSCRIBE_RC_DESCRIPTION "Hookscribe command line")
            set(HOOKSCRIBE_RC_ICON "")
        endif()
        set(HOOKSCRIBE_RC_NAME ${target})
        set(HOOKSCRIBE_RC_MANIFEST ${PROJECT_BINARY_DIR}/packaging/${target}.manifest)
        configure_file(${HOOKSCRIBE_PACKAGING_DIR}/windows/hookscribe.manifest.in
                       ${HOOKSCRIBE_RC_MANIFEST} @ONLY)
        if(MSVC)
            # The MSVC linker merges .manifest sources into the one it writes itself.
            target_sources(${target} PRIVATE ${HOOKSCRIBE_RC_MANIFEST})
            set(HOOKSCRIBE_RC_MANIFEST_LINE "")
        else()
            # CREATEPROCESS_MANIFEST_RESOURCE_ID (1), RT_MANIFEST (24)
            set(HOOKSCRIBE_RC_MANIFEST_LINE "1 24 \"${HOOKSCRIBE_RC_MANIFEST}\"")
        endif()
        configure_file(${HOOKSCRIBE_PACKAGING_DIR}/windows/version.rc.in
                       ${PROJECT_BINARY_DIR}/packaging/${target}.rc @ONLY)
        target_sources(${target} PRIVATE ${PROJECT_BINARY_DIR}/packaging/${target}.rc)
    endforeach()
endif()

if(APPLE)
    # The bundle is Hookscribe.app with the command line tool beside the app's executable.
    set(HOOKSCRIBE_BUNDLE_EXECUTABLE Hookscribe)
    set(HOOKSCRIBE_PLIST_EXTENSIONS "")
    foreach(ext IN LISTS HOOKSCRIBE_AUDIO_EXTENSIONS)
        string(APPEND HOOKSCRIBE_PLIST_EXTENSIONS "                <string>${ext}</string>\n")
    endforeach()
    # LSMinimumSystemVersion: the deployment target, else Qt 6.8's minimum.
    set(HOOKSCRIBE_MACOS_MINIMUM ${CMAKE_OSX_DEPLOYMENT_TARGET})
    if(NOT HOOKSCRIBE_MACOS_MINIMUM)
        set(HOOKSCRIBE_MACOS_MINIMUM 12.0)
    endif()
    configure_file(${HOOKSCRIBE_PACKAGING_DIR}/macos/Info.plist.in
                   ${PROJECT_BINARY_DIR}/packaging/Info.plist @ONLY)
    set(icns ${HOOKSCRIBE_PACKAGING_DIR}/macos/hookscribe.icns)
    # Source file properties are per directory: set them where the target lives.
    set_source_files_properties(${icns} TARGET_DIRECTORY hookscribe
                                PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    target_sources(hookscribe PRIVATE ${icns})
    set_target_properties(hookscribe PROPERTIES
        OUTPUT_NAME ${HOOKSCRIBE_BUNDLE_EXECUTABLE}
        MACOSX_BUNDLE_INFO_PLIST ${PROJECT_BINARY_DIR}/packaging/Info.plist)
    # Both executables sit in Contents/MacOS and find the deployed frameworks beside it.
    set_target_properties(hookscribe hookscribe-cli PROPERTIES
        INSTALL_RPATH "@executable_path/../Frameworks")
endif()

if(UNIX AND NOT APPLE)
    # No $ORIGIN search path (qt_standard_project_setup adds one) in binaries under /usr/bin:
    # the system's library path finds a distribution's Qt; a Qt elsewhere (e.g. /opt) is
    # found through its link directory.
    set_target_properties(hookscribe hookscribe-cli PROPERTIES
        INSTALL_RPATH ""
        INSTALL_RPATH_USE_LINK_PATH ON)
endif()

# --- Install rules --------------------------------------------------------------------------

if(APPLE)
    install(TARGETS hookscribe BUNDLE DESTINATION .)
    install(TARGETS hookscribe-cli RUNTIME DESTINATION Hookscribe.app/Contents/MacOS)
else()
    install(TARGETS hookscribe hookscribe-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

# QtKeychain as a shared library (a Windows/macOS build of it that is not static) must travel
# with the executables; windeployqt only copies Qt's own libraries.
if(WIN32 AND NOT CMAKE_CROSSCOMPILING AND TARGET qt6keychain)
    get_target_property(keychain_type qt6keychain TYPE)
    if(keychain_type STREQUAL "SHARED_LIBRARY")
        install(IMPORTED_RUNTIME_ARTIFACTS qt6keychain RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
endif()

if(UNIX AND NOT APPLE)
    # Desktop integration: the launcher with its file types, AppStream metadata, icons.
    install(FILES ${HOOKSCRIBE_PACKAGING_DIR}/linux/${HOOKSCRIBE_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)

    # The newest release in the metainfo must be this version.
    file(READ ${HOOKSCRIBE_PACKAGING_DIR}/linux/${HOOKSCRIBE_APP_ID}.metainfo.xml metainfo)
    string(REGEX MATCH "<release version=\"([^\"]+)\"" _ "${metainfo}")
    if(NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
        message(FATAL_ERROR
            "packaging/linux/${HOOKSCRIBE_APP_ID}.metainfo.xml: the newest <release> is "
            "'${CMAKE_MATCH_1}' but the project's version is '${PROJECT_VERSION}'. "
            "Add a <release version=\"${PROJECT_VERSION}\"> with its notes at the top.")
    endif()
    install(FILES ${HOOKSCRIBE_PACKAGING_DIR}/linux/${HOOKSCRIBE_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

    install(FILES ${PROJECT_SOURCE_DIR}/resources/hookscribe.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME ${HOOKSCRIBE_APP_ID}.svg)
    install(DIRECTORY ${HOOKSCRIBE_PACKAGING_DIR}/linux/icons/hicolor
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons
            FILES_MATCHING PATTERN "*.png")

    # Debian's place for the licence.
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/hookscribe RENAME copyright)
elseif(APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION .)
else()
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/hookscribe)
endif()

# Qt itself: deployed on Windows and macOS (Qt 6.3+), taken from the distribution on Linux.
# A Windows build cross-compiled on Linux has no windeployqt: cmake/DeployWindows.cmake.
if(WIN32 AND CMAKE_CROSSCOMPILING)
    include(${PROJECT_SOURCE_DIR}/cmake/DeployWindows.cmake)
elseif((WIN32 OR APPLE) AND COMMAND qt_generate_deploy_app_script)
    if(APPLE AND COMMAND qt_generate_deploy_script)
        # Qt 6.5+: deploy for the app and the command line tool inside the bundle.
        qt_generate_deploy_script(TARGET hookscribe OUTPUT_SCRIPT hookscribe_deploy_script
            CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE \"Hookscribe.app\"
    ADDITIONAL_EXECUTABLES \"Hookscribe.app/Contents/MacOS/hookscribe-cli\"
    GENERATE_QT_CONF)")
    elseif(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET hookscribe OUTPUT_SCRIPT hookscribe_deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET hookscribe FILENAME_VARIABLE hookscribe_deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT ${hookscribe_deploy_script})
endif()

# macOS: an ad-hoc signature over the finished bundle (after macdeployqt changed it). Apple
# silicon runs no unsigned code at all; without a Developer ID, Gatekeeper still asks the
# person to confirm the first start (README: "macOS").
if(APPLE)
    install(CODE [[
        execute_process(COMMAND codesign --force --deep --sign - --timestamp=none
                                "${CMAKE_INSTALL_PREFIX}/Hookscribe.app"
                        RESULT_VARIABLE signed)
        if(NOT signed EQUAL 0)
            message(FATAL_ERROR "codesign (ad hoc) failed: ${signed}")
        endif()
        execute_process(COMMAND codesign --verify --deep --strict
                                "${CMAKE_INSTALL_PREFIX}/Hookscribe.app"
                        RESULT_VARIABLE verified)
        if(NOT verified EQUAL 0)
            message(FATAL_ERROR "codesign --verify failed on the ad-hoc signed bundle")
        endif()
    ]])
endif()

# --- CPack ----------------------------------------------------------------------------------

set(CPACK_PACKAGE_NAME hookscribe)
set(CPACK_PACKAGE_VENDOR "The Hookscribe contributors")
set(CPACK_PACKAGE_CONTACT "Hookscribe maintainers <maintainers@hookscribe.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Hookscribe turns audio files into transcripts with the Soniox speech-to-text API: it "
    "uploads dropped files, follows each transcription through webhooks (through a tunnel to "
    "its built-in receiver) or polling, keeps the transcripts and exports them as text, SRT, "
    "WebVTT or JSON. hookscribe-cli does the same from a terminal.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Hookscribe)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)
string(TOLOWER "${CMAKE_SYSTEM_NAME}" system)
set(CPACK_PACKAGE_FILE_NAME "hookscribe-${PROJECT_VERSION}-${system}-${CMAKE_SYSTEM_PROCESSOR}")
# Start-menu entry (NSIS) for the app.
set(CPACK_PACKAGE_EXECUTABLES hookscribe Hookscribe)

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB TGZ)
endif()

# Debian: libraries by shlibdeps; what is loaded at run time (and shlibdeps cannot see) by
# name: libsecret for QtKeychain's Secret Service backend, Qt's SQLite driver, its platform
# plugins, and libqt6svg6 for the SVG icon engine (the icons are SVG; the linker drops the
# unused direct link to QtSvg, so shlibdeps does not see it either).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring")
set(CPACK_DEBIAN_PACKAGE_SECTION sound)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Description: CPACK_PACKAGE_DESCRIPTION_SUMMARY, then CPACK_PACKAGE_DESCRIPTION.

# Windows: NSIS installer with icon, start-menu entry and "Open with" file associations.
set(CPACK_NSIS_PACKAGE_NAME Hookscribe)
set(CPACK_NSIS_DISPLAY_NAME Hookscribe)
set(CPACK_NSIS_MUI_ICON ${HOOKSCRIBE_PACKAGING_DIR}/windows/hookscribe.ico)
set(CPACK_NSIS_MUI_UNIICON ${HOOKSCRIBE_PACKAGING_DIR}/windows/hookscribe.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\hookscribe.exe)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# A page that offers to put bin\ (hookscribe-cli.exe) on PATH; a silent install does not.
set(CPACK_NSIS_MODIFY_PATH ON)
# A 64-bit program belongs in "Program Files", not "Program Files (x86)".
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN hookscribe.exe)
# A 64-bit installer where makensis has the amd64 stubs (Debian's nsis does): the program
# is 64-bit only, and a 32-bit installer needs 32-bit Windows support (WoW64; under Wine a
# 32-bit Wine) just to unpack it. NSIS's own Windows download has x86 stubs only.
if(CMAKE_CROSSCOMPILING AND EXISTS /usr/share/nsis/Stubs/lzma-amd64-unicode)
    set(CPACK_NSIS_DEFINES "Target amd64-unicode")
endif()
if(WIN32)
    set(HOOKSCRIBE_NSIS_REGISTER "")
    set(HOOKSCRIBE_NSIS_UNREGISTER "")
    foreach(ext IN LISTS HOOKSCRIBE_AUDIO_EXTENSIONS)
        string(APPEND HOOKSCRIBE_NSIS_REGISTER
            "  WriteRegStr SHCTX \"Software\\Classes\\.${ext}\\OpenWithProgids\" \"Hookscribe.AudioFile\" \"\"\n"
            "  WriteRegStr SHCTX \"Software\\Classes\\Applications\\hookscribe.exe\\SupportedTypes\" \".${ext}\" \"\"\n")
        string(APPEND HOOKSCRIBE_NSIS_UNREGISTER
            "  DeleteRegValue SHCTX \"Software\\Classes\\.${ext}\\OpenWithProgids\" \"Hookscribe.AudioFile\"\n")
    endforeach()
    configure_file(${HOOKSCRIBE_PACKAGING_DIR}/windows/associations.nsh.in
                   ${PROJECT_BINARY_DIR}/packaging/associations.nsh @ONLY)
    file(TO_CMAKE_PATH "${PROJECT_BINARY_DIR}/packaging/associations.nsh" nsh)
    set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
        "!include '${nsh}'\n!insertmacro HookscribeRegisterTypes")
    set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
        "!include '${nsh}'\n!insertmacro HookscribeUnregisterTypes")
endif()

# macOS: the DMG shows the app and a link to /Applications (CPack's default).
set(CPACK_DMG_VOLUME_NAME Hookscribe)
if(APPLE)
    set(CPACK_PACKAGE_ICON ${HOOKSCRIBE_PACKAGING_DIR}/macos/hookscribe.icns)
endif()
set(CPACK_DMG_FORMAT UDZO)

include(CPack)
