// Writes the hand-built test modules (runtime-core/tests/module_builder.h) as `.voc` files into the directory
// given as the only argument: seeds for the voc fuzzer that always match the current format version.
#include <cstdio>
#include <string>

#include "runtime-core/serialize.h"
#include "runtime-core/tests/module_builder.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: vo_voc_seeds DIR\n");
    return 2;
  }
  const std::string dir = argv[1];
  std::string error;
  if (!vo::rt::writeModuleFile(*vo::rt::testing::makeSampleModule(), dir + "/sample.voc", error) ||
      !vo::rt::writeModuleFile(*vo::rt::testing::makeUnusualModule(), dir + "/unusual.voc", error)) {
    std::fprintf(stderr, "vo_voc_seeds: %s\n", error.c_str());
    return 1;
  }
  return 0;
}
