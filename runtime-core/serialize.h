// The `.voc` bytecode file format: a versioned, checksummed encoding of a whole Module (module.h).
//
// Layout (all integers little-endian):
//   header (16 bytes): magic "VOC\0" | u32 format version (Module::kFormatVersion) | u32 payload size in bytes |
//                      u32 CRC-32 (zlib's crc32) of the payload
//   payload: files, constants, types, funcs, globals type, entry, runtime error type, in that order.
//            Counts are u32 and strings u32 length + bytes; type pointers are u32 indices into Module::types
//            (0xFFFFFFFF for null); an instruction is u16 op, u16 a, b, c, i32 d, e (16 bytes); floats are their
//            IEEE bit patterns (NaN payloads survive).
// Reading checks the header, the size and the checksum first, then bounds-checks every read and never allocates
// more than the remaining bytes can describe, so a truncated, corrupted or hostile file gets an error naming what
// is wrong, never a crash. Deserialising does not verify the bytecode: loadModuleFile does both (DESIGN.md
// invariant 2).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "runtime-core/module.h"

namespace vo::rt {

/// The first four bytes of every `.voc` file.
inline constexpr uint8_t kVocMagic[4] = {'V', 'O', 'C', 0};
/// Size of the `.voc` header in bytes (magic, version, payload size, checksum).
inline constexpr size_t kVocHeaderSize = 16;

/// Encodes `m`, which should be verified: a TypeDesc pointer that does not point into `m.types` is written as
/// null. Deterministic: equal modules give equal bytes.
std::vector<uint8_t> serializeModule(const Module& m);

/// Options of deserializeModule.
struct DeserializeOptions {
  /// Compare the payload's CRC-32 with the header's. Only the fuzz target turns this off, to reach the parser
  /// with mutated payloads.
  bool checkChecksum = true;
};

/// Decodes a `.voc` image. Returns nullptr and sets `error` (one line, no trailing period) on any problem:
/// `truncated file: expected 16 bytes of header, got 3`, `not a vo bytecode file (bad magic)`,
/// `bytecode format version 7, this vo reads version 1`, `checksum mismatch (file corrupted)`,
/// `type 12: elem index 99 out of range (module has 20 types)`. The result is NOT verified (verify.h).
std::unique_ptr<Module> deserializeModule(std::span<const uint8_t> bytes, std::string& error,
                                          const DeserializeOptions& options = {});

/// Reads and deserialises the `.voc` file at `path` WITHOUT verifying it (for `vo disasm`, which shows invalid
/// files too). Errors start with the path, as loadModuleFile's.
std::unique_ptr<Module> readModuleFile(const std::string& path, std::string& error);

/// Reads, deserialises and verifies the `.voc` file at `path`: the one way executors load bytecode files
/// (`vo run x.voc`, `vo disasm x.voc`). On failure returns nullptr and sets `error` to a message that starts with
/// the path (`x.voc: checksum mismatch (file corrupted)`; verifier errors follow `x.voc: invalid bytecode:` one
/// per line).
std::unique_ptr<Module> loadModuleFile(const std::string& path, std::string& error);

/// Writes serializeModule(m) to `path` (replacing it). Returns false and sets `error` (`open x.voc: ...`) when the
/// file cannot be written.
bool writeModuleFile(const Module& m, const std::string& path, std::string& error);

}  // namespace vo::rt
