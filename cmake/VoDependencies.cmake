# Third-party dependencies, each found through its own CMake package (README "Dependencies").
# LLVM is wrapped in the interface target `vo_llvm`, which only jit/ and aot/ may link (DESIGN.md).

# zlib is linked statically (ZLIB_USE_STATIC_LIBS, CMake 3.24+; set before LLVM's package finds it first): only the
# parts used are linked in, and `vo run` maps one shared library less at start-up.
set(ZLIB_USE_STATIC_LIBS ON)

# GoogleTest: unit tests, one CTest test per TEST() (vo_add_unittest).
find_package(GTest REQUIRED)
include(GoogleTest)

# CLI11: the `vo` command line.
find_package(CLI11 REQUIRED)

# LLVM 19.1 (Debian llvm-19-dev), static component libraries. The version must be given as major.minor: the
# package's version file rejects a bare `19` (TOOLCHAIN.md).
find_package(LLVM 19.1 REQUIRED CONFIG)
message(STATUS "Found LLVM ${LLVM_PACKAGE_VERSION} in ${LLVM_DIR}")
llvm_map_components_to_libnames(VO_LLVM_LIBS core orcjit native passes object target mc support)
separate_arguments(VO_LLVM_DEFINITIONS NATIVE_COMMAND "${LLVM_DEFINITIONS}")
add_library(vo_llvm INTERFACE)
# SYSTEM: LLVM's headers are not -Wall -Wextra clean.
target_include_directories(vo_llvm SYSTEM INTERFACE ${LLVM_INCLUDE_DIRS})
target_compile_options(vo_llvm INTERFACE ${VO_LLVM_DEFINITIONS})
target_link_libraries(vo_llvm INTERFACE ${VO_LLVM_LIBS})
if(NOT LLVM_ENABLE_RTTI)
  target_compile_options(vo_llvm INTERFACE -fno-rtti)
endif()

# lld 19 for linking AOT executables. gcc 12 rejects `-fuse-ld=<path>`, so aot/ passes `-B<dir> -fuse-ld=lld`
# with the directory that holds LLVM's own `ld.lld` (TOOLCHAIN.md pitfalls).
find_program(VO_LLD_EXECUTABLE ld.lld PATHS ${LLVM_TOOLS_BINARY_DIR} NO_DEFAULT_PATH)
if(NOT VO_LLD_EXECUTABLE)
  message(FATAL_ERROR "ld.lld not found in ${LLVM_TOOLS_BINARY_DIR}: install lld-19 (scripts/setup does)")
endif()
get_filename_component(VO_LLD_DIR "${VO_LLD_EXECUTABLE}" DIRECTORY)

# Boost.Context (static): the fibers goroutines run on.
set(Boost_USE_STATIC_LIBS ON)
find_package(Boost 1.74 REQUIRED COMPONENTS context)

# mimalloc (Debian ships only the shared library): the allocator for everything that is not GC heap. Linking the
# `mimalloc` target also replaces malloc/free in the executable.
find_package(mimalloc CONFIG REQUIRED)

# xxHash (header-only use): the keys of `vo run`'s build cache (compiler/driver/build_cache.cpp).
find_path(XXHASH_INCLUDE_DIR xxhash.h REQUIRED)

# zlib: the CRC-32 checksum of `.voc` bytecode files (runtime-core/serialize.cpp).
find_package(ZLIB REQUIRED)
