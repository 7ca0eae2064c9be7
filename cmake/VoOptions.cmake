# Compiler flags shared by every target: warnings, -Werror in CI, ccache, the ASan+UBSan build type.

find_program(VO_CCACHE ccache)
if(VO_CCACHE)
  set(CMAKE_CXX_COMPILER_LAUNCHER "${VO_CCACHE}")
  set(CMAKE_C_COMPILER_LAUNCHER "${VO_CCACHE}")
endif()

add_compile_options(-Wall -Wextra)
# One section per function, so that the linker's symbol order for `vo` (compiler/driver/startup.order) moves the
# functions a cached `vo run` executes, not the whole objects that hold them (start-up memory).
add_compile_options(-ffunction-sections)
# -Werror is on when the first configure ran with CI set (and not "false"); the choice is cached, so a reconfigure
# that ninja starts later, without CI in its environment, keeps it. -DVO_WERROR=ON|OFF overrides it.
if(DEFINED ENV{CI} AND NOT "$ENV{CI}" STREQUAL "" AND NOT "$ENV{CI}" STREQUAL "false")
  set(vo_werror_default ON)
else()
  set(vo_werror_default OFF)
endif()
set(VO_WERROR ${vo_werror_default} CACHE BOOL "compile with -Werror (default: on when CI is set at the first configure)")
if(VO_WERROR)
  add_compile_options(-Werror)
endif()
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  # GCC 12 at -O3 (the Release build) reports false -Wrestrict / -Wstringop-overread / -Wstringop-overflow inside
  # libstdc++'s own string code (GCC PR 105329, PR 105651), e.g. for `"x" + std::to_string(n)`: keep the warnings,
  # never fail on them.
  add_compile_options(-Wno-error=restrict -Wno-error=stringop-overread -Wno-error=stringop-overflow)
endif()
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  # clang 19 with libstdc++ 12 warns that std::stable_sort's own helper uses the deprecated
  # std::get_temporary_buffer (a libstdc++ issue, not ours): keep the warning, never fail on it.
  add_compile_options(-Wno-error=deprecated-declarations)
endif()

# Link with lld when available: GNU ld takes seconds on the statically linked LLVM (TOOLCHAIN.md).
include(CheckLinkerFlag)
check_linker_flag(CXX "-fuse-ld=lld" VO_HAS_LLD)
if(VO_HAS_LLD)
  add_link_options(-fuse-ld=lld)
endif()

# Build type "Asan": AddressSanitizer + UndefinedBehaviorSanitizer for development.
set(CMAKE_CXX_FLAGS_ASAN "-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined"
    CACHE STRING "C++ flags for the Asan build type")
set(CMAKE_C_FLAGS_ASAN "${CMAKE_CXX_FLAGS_ASAN}" CACHE STRING "C flags for the Asan build type")
set(CMAKE_EXE_LINKER_FLAGS_ASAN "-fsanitize=address,undefined" CACHE STRING "Linker flags for the Asan build type")
set(CMAKE_SHARED_LINKER_FLAGS_ASAN "-fsanitize=address,undefined" CACHE STRING "Linker flags for the Asan build type")

# VO_FUZZ: a clang build with libFuzzer coverage plus ASan+UBSan on every target, and the fuzz targets
# (compiler/syntax/fuzz/). Used by scripts/fuzz in build-fuzz/; the normal build does not need clang.
option(VO_FUZZ "Build the libFuzzer targets (requires clang)" OFF)
if(VO_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "VO_FUZZ=ON needs clang (configure with CC=clang-19 CXX=clang++-19)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
