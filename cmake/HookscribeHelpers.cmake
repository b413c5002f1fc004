# hookscribe_add_test(<name> SOURCES <files...> [LIBRARIES <targets...>] [GUI] [TIMEOUT <s>]
#                     [LABELS <labels...>])
#
# One Qt Test executable per class under test, registered with CTest. Every test runs on
# the offscreen platform with QStandardPaths in test mode (set by the tests themselves)
# and a bounded timeout. Core tests (no GUI flag) cannot link Widgets or Gui.
function(hookscribe_add_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    qt_add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_link_libraries(${name} PRIVATE hookscribe_options Qt6::Test ${ARG_LIBRARIES})
    if(ARG_GUI)
        target_link_libraries(${name} PRIVATE Qt6::Widgets)
    endif()
    hookscribe_end_like_our_programs(${name})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.httpserver*=false")
endfunction()

# hookscribe_end_like_our_programs(<target>)
#
# A test or test helper program ends on Windows as our programs do (core/app/ProcessEnd.h):
# its own main is compiled as hookscribe_test_main, and tests/support/WindowsTestMain.cpp's
# main calls it, then ends the process without MinGW-w64's DLL detach, which can hang under
# Wine after the work is done. Elsewhere: nothing.
function(hookscribe_end_like_our_programs target)
    if(WIN32)
        target_compile_definitions(${target} PRIVATE main=hookscribe_test_main)
        target_link_libraries(${target} PRIVATE hookscribe_windows_test_main hookscribe_core)
    endif()
endfunction()
