# Third-party dependencies, each found through its own CMake package (README "Dependencies").

find_package(GTest REQUIRED)
include(GoogleTest)
find_package(CLI11 REQUIRED)
