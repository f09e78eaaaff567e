# One place that sets warnings and sanitizers for every Lantern target.
function(lantern_configure_target target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wno-sign-conversion -Wnon-virtual-dtor)
  if(LANTERN_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(LANTERN_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()

# A doctest executable for one module, registered with ctest test by test.
# USES_GL: the suite opens windows or GL contexts. Mesa and X keep memory until exit in modules
# they unload, which LeakSanitizer cannot attribute, so leak checking is off there (ASan's other
# checks stay on); other suites check leaks with tests/lsan.supp for system libraries.
function(lantern_add_test_suite name)
  cmake_parse_arguments(ARG "USES_GL" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${CMAKE_SOURCE_DIR}/tests/TestMain.cpp ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE doctest::doctest ${ARG_LIBS})
  target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/tests)
  target_compile_definitions(${name} PRIVATE
    LANTERN_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
    LANTERN_INTEROP_DIR="${CMAKE_SOURCE_DIR}/../shared/interop")
  lantern_configure_target(${name})
  if(ARG_USES_GL)
    set(env "ASAN_OPTIONS=detect_leaks=0")
  else()
    set(env "LSAN_OPTIONS=suppressions=${CMAKE_SOURCE_DIR}/tests/lsan.supp:print_suppressions=0")
  endif()
  doctest_discover_tests(${name} ADD_LABELS 1 PROPERTIES ENVIRONMENT "${env}")
endfunction()

# A Lantern library: a folder of src/ with one purpose. PUBLIC lists what its headers expose to
# users; PRIVATE what only its .cpp files use (so that, say, FreeType or libcsv never leaks into
# a library that does not need it). Every library includes from src/ ("core/model/Content.hpp").
function(lantern_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC;PRIVATE" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${CMAKE_SOURCE_DIR}/src)
  target_link_libraries(${name} PUBLIC ${ARG_PUBLIC} PRIVATE ${ARG_PRIVATE})
  lantern_configure_target(${name})
endfunction()
