# vo_add_library / vo_add_unittest: one place that declares a module library or a unit test with its explicit
# dependencies (model: Hermes add_hermes_library).

# vo_add_library(NAME SOURCES a.cpp b.cpp DEPS dep1 dep2)
# A static library whose includes are rooted at the repository root.
function(vo_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(${name} PUBLIC ${ARG_DEPS})
endfunction()

# vo_add_unittest(NAME SOURCES a_test.cpp DEPS lib1 lib2)
# A GoogleTest executable registered with CTest, one CTest test per TEST().
function(vo_add_unittest name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gtest_main)
  gtest_discover_tests(${name} WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} DISCOVERY_TIMEOUT 60)
endfunction()
