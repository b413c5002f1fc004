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
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.httpserver*=false")
endfunction()
