# One INTERFACE target carries the language level, the warnings and Qt's strictness
# defines. Every target of the project links it, so no target can quietly drop them.
add_library(hookscribe_options INTERFACE)
target_compile_features(hookscribe_options INTERFACE cxx_std_17)
target_compile_definitions(hookscribe_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    HOOKSCRIBE_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(hookscribe_options INTERFACE /W4 /permissive- /utf-8)
    if(HOOKSCRIBE_WERROR)
        target_compile_options(hookscribe_options INTERFACE /WX)
    endif()
else()
    target_compile_options(hookscribe_options INTERFACE -Wall -Wextra -Wpedantic)
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        # Qt 6.4's qCDebug(category) << ... leaves the macro's "..." empty, which clang's
        # -Wpedantic reports for every categorized log line.
        target_compile_options(hookscribe_options INTERFACE -Wno-gnu-zero-variadic-macro-arguments)
    endif()
    if(HOOKSCRIBE_WERROR)
        target_compile_options(hookscribe_options INTERFACE -Werror)
    endif()
endif()

# Sanitizer builds (the asan preset) add their flags to every target through here too.
set(HOOKSCRIBE_SANITIZE "" CACHE STRING "Comma-separated -fsanitize= list, e.g. address,undefined")
if(HOOKSCRIBE_SANITIZE)
    target_compile_options(hookscribe_options INTERFACE
        -fsanitize=${HOOKSCRIBE_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(hookscribe_options INTERFACE -fsanitize=${HOOKSCRIBE_SANITIZE})
    # Under AddressSanitizer the resident size counts its quarantine of freed memory (up to
    # 256 MB) and shadow memory, not what the code keeps: memory tests skip their bounds.
    if(HOOKSCRIBE_SANITIZE MATCHES "address")
        target_compile_definitions(hookscribe_options INTERFACE HOOKSCRIBE_UNDER_ASAN=1)
    endif()
endif()
