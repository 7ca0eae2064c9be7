// The .voc format: round trips of hand-built modules, and an error (never a crash) for every truncation,
// corruption, bad magic, wrong version and out-of-range index.
#include "runtime-core/serialize.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>

#include "runtime-core/disasm.h"
#include "runtime-core/tests/module_builder.h"
#include "runtime-core/verify.h"

namespace vo::rt {
namespace {

using testing::makeSampleModule;

// Field-by-field equality, with type pointers compared by index.
void expectSameType(const TypeDesc* a, const TypeDesc* b) {
  ASSERT_EQ(a == nullptr, b == nullptr);
  if (a != nullptr) {
    EXPECT_EQ(a->index, b->index);
  }
}

void expectEqualModules(const Module& a, const Module& b) {
  EXPECT_EQ(a.files, b.files);
  ASSERT_EQ(a.constants.size(), b.constants.size());
  for (size_t i = 0; i < a.constants.size(); ++i) {
    EXPECT_EQ(a.constants[i].kind, b.constants[i].kind);
    EXPECT_EQ(a.constants[i].i, b.constants[i].i);
    EXPECT_EQ(std::memcmp(&a.constants[i].f, &b.constants[i].f, 8), 0);
    EXPECT_EQ(a.constants[i].s, b.constants[i].s);
  }
  ASSERT_EQ(a.types.size(), b.types.size());
  for (size_t i = 0; i < a.types.size(); ++i) {
    const TypeDesc &x = *a.types[i], &y = *b.types[i];
    EXPECT_EQ(x.index, y.index);
    EXPECT_EQ(x.kind, y.kind);
    EXPECT_EQ(x.align, y.align);
    EXPECT_EQ(x.flags, y.flags);
    EXPECT_EQ(x.size, y.size);
    EXPECT_EQ(x.name, y.name);
    EXPECT_EQ(x.pkgPath, y.pkgPath);
    expectSameType(x.elem, y.elem);
    expectSameType(x.key, y.key);
    EXPECT_EQ(x.len, y.len);
    EXPECT_EQ(x.chanDir, y.chanDir);
    EXPECT_EQ(x.variadic, y.variadic);
    ASSERT_EQ(x.params.size(), y.params.size());
    for (size_t k = 0; k < x.params.size(); ++k) expectSameType(x.params[k], y.params[k]);
    ASSERT_EQ(x.results.size(), y.results.size());
    for (size_t k = 0; k < x.results.size(); ++k) expectSameType(x.results[k], y.results[k]);
    ASSERT_EQ(x.fields.size(), y.fields.size());
    for (size_t k = 0; k < x.fields.size(); ++k) {
      EXPECT_EQ(x.fields[k].name, y.fields[k].name);
      expectSameType(x.fields[k].type, y.fields[k].type);
      EXPECT_EQ(x.fields[k].offset, y.fields[k].offset);
      EXPECT_EQ(x.fields[k].firstSlot, y.fields[k].firstSlot);
      EXPECT_EQ(x.fields[k].embedded, y.fields[k].embedded);
      EXPECT_EQ(x.fields[k].exported, y.fields[k].exported);
      EXPECT_EQ(x.fields[k].tag, y.fields[k].tag);
    }
    ASSERT_EQ(x.imethods.size(), y.imethods.size());
    for (size_t k = 0; k < x.imethods.size(); ++k) {
      EXPECT_EQ(x.imethods[k].name, y.imethods[k].name);
      EXPECT_EQ(x.imethods[k].pkgPath, y.imethods[k].pkgPath);
      EXPECT_EQ(x.imethods[k].signature, y.imethods[k].signature);
    }
    ASSERT_EQ(x.methods.size(), y.methods.size());
    for (size_t k = 0; k < x.methods.size(); ++k) {
      EXPECT_EQ(x.methods[k].name, y.methods[k].name);
      EXPECT_EQ(x.methods[k].signature, y.methods[k].signature);
      EXPECT_EQ(x.methods[k].ifaceFunc, y.methods[k].ifaceFunc);
      expectSameType(x.methods[k].type, y.methods[k].type);
    }
    ASSERT_EQ(x.slots.size(), y.slots.size());
    for (size_t k = 0; k < x.slots.size(); ++k) {
      EXPECT_EQ(x.slots[k].offset, y.slots[k].offset);
      EXPECT_EQ(x.slots[k].kind, y.slots[k].kind);
      EXPECT_EQ(x.slots[k].width, y.slots[k].width);
      EXPECT_EQ(x.slots[k].isSigned, y.slots[k].isSigned);
      EXPECT_EQ(x.slots[k].isFloat32, y.slots[k].isFloat32);
    }
  }
  ASSERT_EQ(a.funcs.size(), b.funcs.size());
  for (size_t i = 0; i < a.funcs.size(); ++i) {
    const FuncInfo &f = a.funcs[i], &g = b.funcs[i];
    EXPECT_EQ(f.name, g.name);
    EXPECT_EQ(f.file, g.file);
    EXPECT_EQ(f.line, g.line);
    EXPECT_EQ(f.flags, g.flags);
    EXPECT_EQ(f.numResultSlots, g.numResultSlots);
    EXPECT_EQ(f.numParamSlots, g.numParamSlots);
    EXPECT_EQ(f.frameSize, g.frameSize);
    EXPECT_EQ(f.recoverPc, g.recoverPc);
    EXPECT_EQ(f.slotKinds, g.slotKinds);
    ASSERT_EQ(f.code.size(), g.code.size());
    if (!f.code.empty()) {
      EXPECT_EQ(std::memcmp(f.code.data(), g.code.data(), f.code.size() * sizeof(Instr)), 0);
    }
    ASSERT_EQ(f.lines.size(), g.lines.size());
    for (size_t k = 0; k < f.lines.size(); ++k) {
      EXPECT_EQ(f.lines[k].pc, g.lines[k].pc);
      EXPECT_EQ(f.lines[k].line, g.lines[k].line);
    }
  }
  expectSameType(a.globalsType, b.globalsType);
  EXPECT_EQ(a.entry, b.entry);
  EXPECT_EQ(a.runtimeErrorType, b.runtimeErrorType);
}

std::unique_ptr<Module> roundTrip(const Module& m) {
  std::string error;
  std::vector<uint8_t> bytes = serializeModule(m);
  std::unique_ptr<Module> back = deserializeModule(bytes, error);
  EXPECT_NE(back, nullptr) << error;
  return back;
}

TEST(Serialize, RoundTripOfTheSampleModule) {
  auto m = makeSampleModule();
  auto back = roundTrip(*m);
  ASSERT_NE(back, nullptr);
  expectEqualModules(*m, *back);
  std::string error;
  EXPECT_TRUE(verifyModule(*back, error)) << error;
  EXPECT_EQ(disassembleModule(*m), disassembleModule(*back));
  EXPECT_EQ(serializeModule(*m), serializeModule(*back));
}

TEST(Serialize, RoundTripKeepsUnusualValues) {
  auto m = testing::makeUnusualModule();
  auto back = roundTrip(*m);
  ASSERT_NE(back, nullptr);
  expectEqualModules(*m, *back);
  EXPECT_TRUE(std::signbit(back->constants[1].f));
  EXPECT_TRUE(std::isnan(back->constants[2].f));
  std::string error;
  EXPECT_TRUE(verifyModule(*back, error)) << error;
}

TEST(Serialize, EveryTruncationIsAnError) {
  std::vector<uint8_t> bytes = serializeModule(*makeSampleModule());
  for (size_t n = 0; n < bytes.size(); ++n) {
    std::string error;
    EXPECT_EQ(deserializeModule(std::span(bytes.data(), n), error), nullptr) << "at " << n;
    EXPECT_TRUE(error.starts_with("truncated file: ")) << "at " << n << ": " << error;
  }
  std::string error;
  EXPECT_EQ(deserializeModule(std::span(bytes.data(), 3), error), nullptr);
  EXPECT_EQ(error, "truncated file: expected 16 bytes of header, got 3");
  EXPECT_EQ(deserializeModule(std::span(bytes.data(), 20), error), nullptr);
  EXPECT_EQ(error, "truncated file: expected " + std::to_string(bytes.size() - 16) + " bytes of payload, got 4");
}

TEST(Serialize, EveryFlippedPayloadByteIsAChecksumMismatch) {
  const std::vector<uint8_t> good = serializeModule(*makeSampleModule());
  for (size_t i = kVocHeaderSize; i < good.size(); ++i) {
    std::vector<uint8_t> bad = good;
    bad[i] ^= 0x41;
    std::string error;
    EXPECT_EQ(deserializeModule(bad, error), nullptr) << "at " << i;
    EXPECT_EQ(error, "checksum mismatch (file corrupted)") << "at " << i;
  }
  std::vector<uint8_t> bad = good;
  bad[13] ^= 1;  // the checksum itself
  std::string error;
  EXPECT_EQ(deserializeModule(bad, error), nullptr);
  EXPECT_EQ(error, "checksum mismatch (file corrupted)");
}

TEST(Serialize, HeaderErrors) {
  const std::vector<uint8_t> good = serializeModule(*makeSampleModule());
  std::string error;
  std::vector<uint8_t> bad = good;
  bad[0] = 'X';
  EXPECT_EQ(deserializeModule(bad, error), nullptr);
  EXPECT_EQ(error, "not a vo bytecode file (bad magic)");
  const uint8_t text[] = {'p', 'a', 'c'};
  EXPECT_EQ(deserializeModule(text, error), nullptr);
  EXPECT_EQ(error, "not a vo bytecode file (bad magic)");
  bad = good;
  bad[4] = static_cast<uint8_t>(Module::kFormatVersion + 1);
  EXPECT_EQ(deserializeModule(bad, error), nullptr);
  EXPECT_EQ(error, "bytecode format version " + std::to_string(Module::kFormatVersion + 1) +
                       ", this vo reads version " + std::to_string(Module::kFormatVersion));
  bad = good;
  bad.push_back(0);
  EXPECT_EQ(deserializeModule(bad, error), nullptr);
  EXPECT_EQ(error, "corrupt file: 1 unexpected bytes after the payload");
}

// Rewrites the header's checksum so that a modified payload reaches the decoder.
void fixChecksum(std::vector<uint8_t>& bytes) {
  const uint32_t crc = static_cast<uint32_t>(
      crc32_z(crc32_z(0, nullptr, 0), bytes.data() + kVocHeaderSize, bytes.size() - kVocHeaderSize));
  for (int i = 0; i < 4; ++i) bytes[12 + i] = static_cast<uint8_t>(crc >> (8 * i));
}

size_t find(const std::vector<uint8_t>& bytes, std::string_view marker) {
  auto it = std::search(bytes.begin(), bytes.end(), marker.begin(), marker.end());
  EXPECT_NE(it, bytes.end()) << marker;
  return static_cast<size_t>(it - bytes.begin());
}

void put32(std::vector<uint8_t>& bytes, size_t at, uint32_t v) {
  for (int i = 0; i < 4; ++i) bytes[at + i] = static_cast<uint8_t>(v >> (8 * i));
}

TEST(Serialize, PayloadErrorsNameWhatIsWrong) {
  auto m = makeSampleModule();
  m->types[6]->name = "PTRMARK";
  const std::vector<uint8_t> good = serializeModule(*m);
  std::string error;

  // The elem index of type 6 follows its name and its (empty) package path.
  std::vector<uint8_t> bad = good;
  put32(bad, find(bad, "PTRMARK") + 7 + 4, 99);
  fixChecksum(bad);
  EXPECT_EQ(deserializeModule(bad, error), nullptr);
  EXPECT_EQ(error, "type 6 (PTRMARK): elem index 99 out of range (module has 9 types)");

  // A hostile count is capped by the bytes that remain instead of being allocated.
  bad = good;
  const size_t typeCount = find(bad, "PTRMARK");  // any later count works: use the name's length
  put32(bad, typeCount - 4, 0xFFFFFFF0u);
  fixChecksum(bad);
  EXPECT_EQ(deserializeModule(bad, error), nullptr);
  EXPECT_TRUE(error.starts_with("type 6: name of 4294967280 bytes runs past the end of the data")) << error;

  // An invalid opcode.
  bad = good;
  const size_t mainName = find(bad, "main.main");
  // name, file, line, flags, results, params, frame, recoverPc, slot kinds (count + 16), code count.
  const size_t firstOp = mainName + 9 + 4 + 4 + 1 + 2 + 2 + 2 + 4 + 4 + 16 + 4;
  bad[firstOp] = 0xFF;
  bad[firstOp + 1] = 0xFF;
  fixChecksum(bad);
  EXPECT_EQ(deserializeModule(bad, error), nullptr);
  EXPECT_EQ(error, "function 2 (main.main): pc 0: invalid opcode 65535");
}

// Every single-byte change of the payload, with a correct checksum, gives an error or a module that the verifier
// and the disassembler handle (a miniature of the fuzz target).
TEST(Serialize, CorruptPayloadsNeverCrash) {
  const std::vector<uint8_t> good = serializeModule(*makeSampleModule());
  size_t accepted = 0;
  for (size_t i = kVocHeaderSize; i < good.size(); ++i) {
    for (uint8_t x : {0x01, 0x80, 0xFF}) {
      std::vector<uint8_t> bad = good;
      bad[i] ^= x;
      fixChecksum(bad);
      std::string error;
      std::unique_ptr<Module> m = deserializeModule(bad, error);
      if (m == nullptr) {
        EXPECT_FALSE(error.empty());
        continue;
      }
      (void)verifyModuleErrors(*m);
      (void)disassembleModule(*m);
      ++accepted;
    }
  }
  EXPECT_GT(accepted, 0u);
}

TEST(Serialize, LoadModuleFile) {
  const std::string path = (std::filesystem::temp_directory_path() / "vo_serialize_test.voc").string();
  std::string error;
  ASSERT_TRUE(writeModuleFile(*makeSampleModule(), path, error)) << error;
  auto m = loadModuleFile(path, error);
  ASSERT_NE(m, nullptr) << error;
  EXPECT_EQ(m->funcs[testing::kSampleMain].name, "main.main");

  // A module that deserialises but does not verify.
  auto bad = makeSampleModule();
  bad->funcs[1].code[0].b = 40;
  ASSERT_TRUE(writeModuleFile(*bad, path, error)) << error;
  EXPECT_EQ(loadModuleFile(path, error), nullptr);
  EXPECT_EQ(error, path +
                       ": invalid bytecode:\nmain.add pc 0 (add): operand b: slot 40 out of range (frame has 3 "
                       "slots)");
  std::filesystem::remove(path);
  EXPECT_EQ(loadModuleFile(path, error), nullptr);
  EXPECT_EQ(error, "open " + path + ": no such file or directory");
}

}  // namespace
}  // namespace vo::rt
