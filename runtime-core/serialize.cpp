// The `.voc` encoder and decoder (serialize.h). The decoder bounds-checks every read and caps every count by the
// bytes that remain, so hostile input costs at most linear time and memory.
#include "runtime-core/serialize.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <unordered_map>

#include "runtime-core/verify.h"

namespace vo::rt {

namespace {

constexpr uint32_t kNullRef = UINT32_MAX;

// "open x.voc: no such file or directory": the system's message in lower case, as Go prints it.
std::string systemError(const std::string& what, const std::string& path) {
  std::string msg = std::strerror(errno);
  if (!msg.empty()) msg[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(msg[0])));
  return what + " " + path + ": " + msg;
}

uint32_t crc32Of(const uint8_t* data, size_t n) {
  return static_cast<uint32_t>(crc32_z(crc32_z(0, nullptr, 0), data, n));
}

// ---- writing -------------------------------------------------------------------------------------------------

class Writer {
 public:
  explicit Writer(const Module& m) : m_(m) {
    for (size_t i = 0; i < m.types.size(); ++i) {
      if (m.types[i] != nullptr) index_.emplace(m.types[i].get(), static_cast<uint32_t>(i));
    }
  }

  std::vector<uint8_t> run() {
    writePayload();
    std::vector<uint8_t> out(kVocHeaderSize);
    std::memcpy(out.data(), kVocMagic, 4);
    putAt(out, 4, Module::kFormatVersion);
    putAt(out, 8, static_cast<uint32_t>(buf_.size()));
    putAt(out, 12, crc32Of(buf_.data(), buf_.size()));
    out.insert(out.end(), buf_.begin(), buf_.end());
    return out;
  }

 private:
  static void putAt(std::vector<uint8_t>& v, size_t at, uint32_t x) {
    for (int i = 0; i < 4; ++i) v[at + i] = static_cast<uint8_t>(x >> (8 * i));
  }
  void put(uint64_t x, int bytes) {
    for (int i = 0; i < bytes; ++i) buf_.push_back(static_cast<uint8_t>(x >> (8 * i)));
  }
  void u8(uint8_t x) { put(x, 1); }
  void u16(uint16_t x) { put(x, 2); }
  void u32(uint32_t x) { put(x, 4); }
  void u64(uint64_t x) { put(x, 8); }
  void i32(int32_t x) { put(static_cast<uint32_t>(x), 4); }
  void i64(int64_t x) { put(static_cast<uint64_t>(x), 8); }
  void f64(double x) {
    uint64_t bits;
    std::memcpy(&bits, &x, 8);
    u64(bits);
  }
  void str(const std::string& s) {
    u32(static_cast<uint32_t>(s.size()));
    buf_.insert(buf_.end(), s.begin(), s.end());
  }
  void count(size_t n) { u32(static_cast<uint32_t>(n)); }
  void ref(const TypeDesc* t) {
    auto it = t == nullptr ? index_.end() : index_.find(t);
    u32(it == index_.end() ? kNullRef : it->second);
  }

  void writePayload() {
    count(m_.files.size());
    for (const std::string& f : m_.files) str(f);
    count(m_.constants.size());
    for (const Constant& k : m_.constants) {
      u8(static_cast<uint8_t>(k.kind));
      if (k.kind == Constant::Kind::Int)
        i64(k.i);
      else if (k.kind == Constant::Kind::Float)
        f64(k.f);
      else
        str(k.s);
    }
    count(m_.types.size());
    for (const auto& t : m_.types) writeType(t != nullptr ? *t : TypeDesc{});
    count(m_.funcs.size());
    for (const FuncInfo& f : m_.funcs) writeFunc(f);
    ref(m_.globalsType);
    u32(m_.entry);
    i32(m_.runtimeErrorType);
    i32(m_.plainErrorType);
    i32(m_.boundsErrorType);
    i32(m_.typeAssertionErrorType);
  }

  void writeType(const TypeDesc& t) {
    u8(static_cast<uint8_t>(t.kind));
    u8(t.align);
    u16(t.flags);
    u64(t.size);
    str(t.name);
    str(t.pkgPath);
    ref(t.elem);
    ref(t.key);
    i64(t.len);
    u8(t.chanDir);
    u8(t.variadic ? 1 : 0);
    count(t.params.size());
    for (const TypeDesc* p : t.params) ref(p);
    count(t.results.size());
    for (const TypeDesc* r : t.results) ref(r);
    count(t.fields.size());
    for (const StructField& f : t.fields) {
      str(f.name);
      ref(f.type);
      u32(f.offset);
      u32(f.firstSlot);
      u8(f.embedded ? 1 : 0);
      u8(f.exported ? 1 : 0);
      str(f.tag);
    }
    count(t.imethods.size());
    for (const IMethod& im : t.imethods) {
      str(im.name);
      str(im.pkgPath);
      str(im.signature);
    }
    count(t.methods.size());
    for (const Method& mt : t.methods) {
      str(mt.name);
      str(mt.pkgPath);
      str(mt.signature);
      u32(mt.ifaceFunc);
      ref(mt.type);
    }
    count(t.slots.size());
    for (const SlotLayout& s : t.slots) {
      u32(s.offset);
      u8(static_cast<uint8_t>(s.kind));
      u8(s.width);
      u8(s.isSigned ? 1 : 0);
      u8(s.isFloat32 ? 1 : 0);
    }
  }

  void writeFunc(const FuncInfo& f) {
    str(f.name);
    u32(f.file);
    u32(f.line);
    u8(f.flags);
    u16(f.numResultSlots);
    u16(f.numParamSlots);
    u16(f.frameSize);
    i32(f.recoverPc);
    count(f.slotKinds.size());
    for (SlotKind k : f.slotKinds) u8(static_cast<uint8_t>(k));
    count(f.code.size());
    for (const Instr& in : f.code) {
      u16(static_cast<uint16_t>(in.op));
      u16(in.a);
      u16(in.b);
      u16(in.c);
      i32(in.d);
      i32(in.e);
    }
    count(f.lines.size());
    for (const LineEntry& l : f.lines) {
      u32(l.pc);
      u32(l.line);
    }
    count(f.inlined.size());
    for (const InlinedCall& c : f.inlined) {
      str(c.name);
      u32(c.file);
      u32(c.callLine);
      u32(c.startPc);
      u32(c.endPc);
    }
  }

  const Module& m_;
  std::unordered_map<const TypeDesc*, uint32_t> index_;
  std::vector<uint8_t> buf_;
};

// ---- reading -------------------------------------------------------------------------------------------------

// Minimum encoded sizes, to cap counts before allocating.
constexpr size_t kMinTypeBytes = 62;
constexpr size_t kMinFuncBytes = 35;
constexpr size_t kMinConstBytes = 5;
constexpr size_t kMinFieldBytes = 22;
constexpr size_t kMinIMethodBytes = 12;
constexpr size_t kMinMethodBytes = 20;
constexpr size_t kMinSlotBytes = 8;
constexpr size_t kInstrBytes = 16;

class Reader {
 public:
  Reader(const uint8_t* p, size_t n, std::string& error) : p_(p), left_(n), error_(error) {}

  std::unique_ptr<Module> run() {
    auto m = std::make_unique<Module>();
    m_ = m.get();
    if (!readModule()) return nullptr;
    if (left_ != 0) return fail("corrupt file: " + std::to_string(left_) + " unused bytes at the end of the payload");
    return m;
  }

 private:
  std::nullptr_t fail(std::string msg) {
    if (ok_) error_ = std::move(msg);
    ok_ = false;
    return nullptr;
  }
  std::string where() const { return ctx_.empty() ? std::string() : ctx_ + ": "; }

  bool need(size_t n) {
    if (!ok_) return false;
    if (left_ < n) {
      fail(where() + "unexpected end of data (corrupt file)");
      return false;
    }
    return true;
  }
  uint64_t get(int bytes) {
    if (!need(static_cast<size_t>(bytes))) return 0;
    uint64_t x = 0;
    for (int i = 0; i < bytes; ++i) x |= static_cast<uint64_t>(p_[i]) << (8 * i);
    p_ += bytes;
    left_ -= static_cast<size_t>(bytes);
    return x;
  }
  uint8_t u8() { return static_cast<uint8_t>(get(1)); }
  uint16_t u16() { return static_cast<uint16_t>(get(2)); }
  uint32_t u32() { return static_cast<uint32_t>(get(4)); }
  uint64_t u64() { return get(8); }
  int32_t i32() { return static_cast<int32_t>(u32()); }
  int64_t i64() { return static_cast<int64_t>(u64()); }
  double f64() {
    uint64_t bits = u64();
    double d;
    std::memcpy(&d, &bits, 8);
    return d;
  }
  bool flag(const char* what) {
    uint8_t v = u8();
    if (v > 1) fail(where() + what + " flag is " + std::to_string(v) + " (must be 0 or 1)");
    return v == 1;
  }
  std::string str(const char* what) {
    uint32_t n = u32();
    if (!ok_) return {};
    if (n > left_) {
      fail(where() + what + " of " + std::to_string(n) + " bytes runs past the end of the data");
      return {};
    }
    std::string s(reinterpret_cast<const char*>(p_), n);
    p_ += n;
    left_ -= n;
    return s;
  }
  // A count of elements that take at least `minBytes` each.
  size_t count(size_t minBytes, const char* what) {
    uint32_t n = u32();
    if (!ok_) return 0;
    if (static_cast<uint64_t>(n) * minBytes > left_) {
      fail(where() + std::to_string(n) + " " + what + " cannot fit in the remaining " + std::to_string(left_) +
           " bytes");
      return 0;
    }
    return n;
  }
  const TypeDesc* ref(const char* what) {
    uint32_t i = u32();
    if (!ok_ || i == kNullRef) return nullptr;
    if (i >= m_->types.size()) {
      fail(where() + what + " index " + std::to_string(i) + " out of range (module has " +
           std::to_string(m_->types.size()) + " types)");
      return nullptr;
    }
    return m_->types[i].get();
  }

  bool readModule() {
    ctx_ = "files";
    size_t n = count(4, "files");
    for (size_t i = 0; i < n && ok_; ++i) m_->files.push_back(str("file name"));

    ctx_ = "constants";
    n = count(kMinConstBytes, "constants");
    m_->constants.resize(n);
    for (size_t i = 0; i < n && ok_; ++i) {
      ctx_ = "constant " + std::to_string(i);
      Constant& k = m_->constants[i];
      uint8_t kind = u8();
      if (kind > static_cast<uint8_t>(Constant::Kind::String)) {
        fail(where() + "invalid kind " + std::to_string(kind));
        return false;
      }
      k.kind = static_cast<Constant::Kind>(kind);
      if (k.kind == Constant::Kind::Int)
        k.i = i64();
      else if (k.kind == Constant::Kind::Float)
        k.f = f64();
      else
        k.s = str("string");
    }

    ctx_ = "types";
    n = count(kMinTypeBytes, "types");
    m_->types.reserve(n);
    for (size_t i = 0; i < n; ++i) {
      m_->types.push_back(std::make_unique<TypeDesc>());
      m_->types.back()->index = static_cast<uint32_t>(i);
    }
    for (size_t i = 0; i < n && ok_; ++i) readType(*m_->types[i]);

    ctx_ = "functions";
    n = count(kMinFuncBytes, "functions");
    m_->funcs.resize(n);
    for (size_t i = 0; i < n && ok_; ++i) readFunc(m_->funcs[i], i);

    ctx_ = "module";
    m_->globalsType = ref("globals type");
    m_->entry = u32();
    m_->runtimeErrorType = i32();
    m_->plainErrorType = i32();
    m_->boundsErrorType = i32();
    m_->typeAssertionErrorType = i32();
    return ok_;
  }

  void readType(TypeDesc& t) {
    ctx_ = "type " + std::to_string(t.index);
    uint8_t kind = u8();
    if (kind > static_cast<uint8_t>(Kind::UnsafePointer)) {
      fail(where() + "invalid kind " + std::to_string(kind));
      return;
    }
    t.kind = static_cast<Kind>(kind);
    t.align = u8();
    t.flags = u16();
    t.size = u64();
    t.name = str("name");
    if (ok_) ctx_ += " (" + t.name + ")";
    t.pkgPath = str("package path");
    t.elem = ref("elem");
    t.key = ref("key");
    t.len = i64();
    t.chanDir = u8();
    t.variadic = flag("variadic");
    size_t n = count(4, "params");
    for (size_t i = 0; i < n && ok_; ++i) t.params.push_back(ref("param"));
    n = count(4, "results");
    for (size_t i = 0; i < n && ok_; ++i) t.results.push_back(ref("result"));
    n = count(kMinFieldBytes, "fields");
    t.fields.resize(n);
    for (size_t i = 0; i < n && ok_; ++i) {
      StructField& f = t.fields[i];
      f.name = str("field name");
      f.type = ref("field type");
      f.offset = u32();
      f.firstSlot = u32();
      f.embedded = flag("embedded");
      f.exported = flag("exported");
      f.tag = str("field tag");
    }
    n = count(kMinIMethodBytes, "interface methods");
    t.imethods.resize(n);
    for (size_t i = 0; i < n && ok_; ++i) {
      t.imethods[i].name = str("method name");
      t.imethods[i].pkgPath = str("method package path");
      t.imethods[i].signature = str("method signature");
    }
    n = count(kMinMethodBytes, "methods");
    t.methods.resize(n);
    for (size_t i = 0; i < n && ok_; ++i) {
      t.methods[i].name = str("method name");
      t.methods[i].pkgPath = str("method package path");
      t.methods[i].signature = str("method signature");
      t.methods[i].ifaceFunc = u32();
      t.methods[i].type = ref("method type");
    }
    n = count(kMinSlotBytes, "slots");
    t.slots.resize(n);
    for (size_t i = 0; i < n && ok_; ++i) {
      SlotLayout& s = t.slots[i];
      s.offset = u32();
      uint8_t k = u8();
      if (k > static_cast<uint8_t>(SlotKind::IfaceData)) {
        fail(where() + "slot " + std::to_string(i) + ": invalid slot kind " + std::to_string(k));
        return;
      }
      s.kind = static_cast<SlotKind>(k);
      s.width = u8();
      s.isSigned = flag("signed");
      s.isFloat32 = flag("float32");
    }
  }

  void readFunc(FuncInfo& f, size_t index) {
    ctx_ = "function " + std::to_string(index);
    f.name = str("name");
    if (ok_) ctx_ += " (" + f.name + ")";
    f.file = u32();
    f.line = u32();
    f.flags = u8();
    f.numResultSlots = u16();
    f.numParamSlots = u16();
    f.frameSize = u16();
    f.recoverPc = i32();
    size_t n = count(1, "slot kinds");
    f.slotKinds.resize(n);
    for (size_t i = 0; i < n && ok_; ++i) {
      uint8_t k = u8();
      if (k > static_cast<uint8_t>(SlotKind::IfaceData)) {
        fail(where() + "slot " + std::to_string(i) + ": invalid slot kind " + std::to_string(k));
        return;
      }
      f.slotKinds[i] = static_cast<SlotKind>(k);
    }
    n = count(kInstrBytes, "instructions");
    f.code.resize(n);
    for (size_t i = 0; i < n && ok_; ++i) {
      Instr& in = f.code[i];
      uint16_t op = u16();
      if (op >= kNumOpcodes) {
        fail(where() + "pc " + std::to_string(i) + ": invalid opcode " + std::to_string(op));
        return;
      }
      in.op = static_cast<Opcode>(op);
      in.a = u16();
      in.b = u16();
      in.c = u16();
      in.d = i32();
      in.e = i32();
    }
    n = count(8, "line entries");
    f.lines.resize(n);
    for (size_t i = 0; i < n && ok_; ++i) {
      f.lines[i].pc = u32();
      f.lines[i].line = u32();
    }
    n = count(20, "inlined calls");
    f.inlined.resize(n);
    for (size_t i = 0; i < n && ok_; ++i) {
      f.inlined[i].name = str("inlined function name");
      f.inlined[i].file = u32();
      f.inlined[i].callLine = u32();
      f.inlined[i].startPc = u32();
      f.inlined[i].endPc = u32();
    }
  }

  const uint8_t* p_;
  size_t left_;
  std::string& error_;
  bool ok_ = true;
  Module* m_ = nullptr;
  std::string ctx_;
};

uint32_t headerWord(std::span<const uint8_t> b, size_t at) {
  return static_cast<uint32_t>(b[at]) | static_cast<uint32_t>(b[at + 1]) << 8 | static_cast<uint32_t>(b[at + 2]) << 16 |
         static_cast<uint32_t>(b[at + 3]) << 24;
}

}  // namespace

std::vector<uint8_t> serializeModule(const Module& m) { return Writer(m).run(); }

std::unique_ptr<Module> deserializeModule(std::span<const uint8_t> bytes, std::string& error,
                                          const DeserializeOptions& options) {
  const size_t magicLen = std::size(kVocMagic);
  if (!bytes.empty() && std::memcmp(bytes.data(), kVocMagic, std::min(bytes.size(), magicLen)) != 0) {
    error = "not a vo bytecode file (bad magic)";
    return nullptr;
  }
  if (bytes.size() < kVocHeaderSize) {
    error = "truncated file: expected " + std::to_string(kVocHeaderSize) + " bytes of header, got " +
            std::to_string(bytes.size());
    return nullptr;
  }
  const uint32_t version = headerWord(bytes, 4);
  if (version != Module::kFormatVersion) {
    error = "bytecode format version " + std::to_string(version) + ", this vo reads version " +
            std::to_string(Module::kFormatVersion);
    return nullptr;
  }
  const uint64_t payloadSize = headerWord(bytes, 8);
  const size_t have = bytes.size() - kVocHeaderSize;
  if (have < payloadSize) {
    error =
        "truncated file: expected " + std::to_string(payloadSize) + " bytes of payload, got " + std::to_string(have);
    return nullptr;
  }
  if (have > payloadSize) {
    error = "corrupt file: " + std::to_string(have - payloadSize) + " unexpected bytes after the payload";
    return nullptr;
  }
  const uint8_t* payload = bytes.data() + kVocHeaderSize;
  if (options.checkChecksum && crc32Of(payload, have) != headerWord(bytes, 12)) {
    error = "checksum mismatch (file corrupted)";
    return nullptr;
  }
  return Reader(payload, have, error).run();
}

std::unique_ptr<Module> readModuleFile(const std::string& path, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = systemError("open", path);
    return nullptr;
  }
  std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    error = systemError("read", path);
    return nullptr;
  }
  std::string why;
  std::unique_ptr<Module> m = deserializeModule(bytes, why);
  if (m == nullptr) error = path + ": " + why;
  return m;
}

std::unique_ptr<Module> loadModuleFile(const std::string& path, std::string& error) {
  std::unique_ptr<Module> m = readModuleFile(path, error);
  if (m == nullptr) return nullptr;
  std::string why;
  if (!verifyModule(*m, why)) {
    error = path + ": invalid bytecode:\n" + why;
    return nullptr;
  }
  return m;
}

bool writeModuleFile(const Module& m, const std::string& path, std::string& error) {
  const std::vector<uint8_t> bytes = serializeModule(m);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) {
    error = systemError("open", path);
    return false;
  }
  out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) {
    error = systemError("write", path);
    return false;
  }
  return true;
}

}  // namespace vo::rt
