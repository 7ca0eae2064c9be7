# Compiler flags shared by every target: warnings, -Werror in CI, ccache, the ASan+UBSan build type.

find_program(VO_CCACHE ccache)
if(VO_CCACHE)
  set(CMAKE_CXX_COMPILER_LAUNCHER "${VO_CCACHE}")
  set(CMAKE_C_COMPILER_LAUNCHER "${VO_CCACHE}")
endif()

add_compile_options(-Wall -Wextra)
if(DEFINED ENV{CI} AND NOT "$ENV{CI}" STREQUAL "" AND NOT "$ENV{CI}" STREQUAL "false")
  add_compile_options(-Werror)
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
