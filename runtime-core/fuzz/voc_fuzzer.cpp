// libFuzzer target for the `.voc` loader (DESIGN.md invariant 2): decodes arbitrary bytes with the checksum check
// off (so mutated payloads reach the decoder instead of stopping at the CRC), verifies and disassembles whatever
// decodes, and checks that the encoding is canonical: a decoded payload re-encodes to exactly the same bytes.
// Any crash, sanitizer report, hang or abort is a bug. Built only with VO_FUZZ=ON (scripts/fuzz --target=voc).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <span>
#include <string>
#include <vector>

#include "runtime-core/disasm.h"
#include "runtime-core/serialize.h"
#include "runtime-core/verify.h"

namespace {

[[noreturn]] void bug(const char* what) {
  std::fprintf(stderr, "voc_fuzzer: %s\n", what);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::span<const uint8_t> bytes(data, size);
  std::string error;
  // The real loader's path: header, size and checksum first.
  if (vo::rt::deserializeModule(bytes, error) == nullptr && error.empty()) bug("failure without a message");

  vo::rt::DeserializeOptions lax;
  lax.checkChecksum = false;
  error.clear();
  std::unique_ptr<vo::rt::Module> m = vo::rt::deserializeModule(bytes, error, lax);
  if (m == nullptr) {
    if (error.empty()) bug("failure without a message");
    return 0;
  }
  const std::vector<std::string> errors = vo::rt::verifyModuleErrors(*m);
  const std::string text = vo::rt::disassembleModule(*m);
  (void)text;

  const std::vector<uint8_t> again = vo::rt::serializeModule(*m);
  if (again.size() != size || std::memcmp(again.data() + vo::rt::kVocHeaderSize, data + vo::rt::kVocHeaderSize,
                                          size - vo::rt::kVocHeaderSize) != 0) {
    bug("re-encoding a decoded module changed its payload");
  }
  std::unique_ptr<vo::rt::Module> m2 = vo::rt::deserializeModule(again, error);
  if (m2 == nullptr) bug("a re-encoded module does not decode");
  if (vo::rt::verifyModuleErrors(*m2) != errors) bug("verification differs after a round trip");
  return 0;
}
