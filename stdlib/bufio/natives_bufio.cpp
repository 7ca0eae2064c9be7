// bufio's natives: Scanner.Scan's fast path for ScanLines (scan_impl.vo). It reads and writes a *Scanner in place,
// at the field offsets the program's own TypeDesc of bufio.Scanner gives (looked up once per Module), so it
// follows whatever layout the compiler chose; when anything it expects is missing it declines every call and Go's
// loop (Scanner.scan) does all the work.
#include <cstddef>
#include <cstring>
#include <string_view>

#include "runtime-core/module.h"
#include "runtime-core/runtime.h"
#include "stdlib/native_table.h"

namespace vo::stdlib {
namespace {

/// Where scanLine finds what it needs in the running Module; `ok` is false when something is missing. Cached per
/// thread for the Module at `module`.
struct ScannerLayout {
  const rt::Module* module = nullptr;
  bool ok = false;
  uint32_t scanLines = 0;  ///< funcs index of bufio.ScanLines
  uint32_t split = 0, token = 0, buf = 0, start = 0, end = 0, empties = 0, scanCalled = 0, done = 0;
};

/// The struct type `name` declared in the package with import path `pkgPath` (not a user package also named bufio).
const rt::TypeDesc* findStruct(const rt::Module& m, std::string_view pkgPath, std::string_view name) {
  for (const auto& t : m.types)
    if (t->kind == rt::Kind::Struct && t->name == name && t->pkgPath == pkgPath) return t.get();
  return nullptr;
}

/// The offset of field `name` of struct `t` when its type has kind `kind` and size `size`.
bool fieldOffset(const rt::TypeDesc* t, std::string_view name, rt::Kind kind, uint64_t size, uint32_t* out) {
  for (const auto& f : t->fields) {
    if (f.name == name) {
      if (f.type == nullptr || f.type->kind != kind || f.type->size != size) return false;
      *out = f.offset;
      return true;
    }
  }
  return false;
}

ScannerLayout lookUp(const rt::Module& m) {
  ScannerLayout l;
  l.module = &m;
  const rt::TypeDesc* t = findStruct(m, "bufio", "bufio.Scanner");
  if (t == nullptr) return l;
  bool found = false;
  for (uint32_t i = 0; i < m.funcs.size(); ++i) {
    if (m.funcs[i].name == "bufio.ScanLines") {
      l.scanLines = i;
      found = true;
      break;
    }
  }
  l.ok = found && fieldOffset(t, "split", rt::Kind::Func, 8, &l.split) &&
         fieldOffset(t, "token", rt::Kind::Slice, sizeof(rt::Slice), &l.token) &&
         fieldOffset(t, "buf", rt::Kind::Slice, sizeof(rt::Slice), &l.buf) &&
         fieldOffset(t, "start", rt::Kind::Int, 8, &l.start) && fieldOffset(t, "end", rt::Kind::Int, 8, &l.end) &&
         fieldOffset(t, "empties", rt::Kind::Int, 8, &l.empties) &&
         fieldOffset(t, "scanCalled", rt::Kind::Bool, 1, &l.scanCalled) &&
         fieldOffset(t, "done", rt::Kind::Bool, 1, &l.done);
  return l;
}

template <class T>
T load(const uint8_t* s, uint32_t off) {
  T v;
  std::memcpy(&v, s + off, sizeof v);
  return v;
}
template <class T>
void store(uint8_t* s, uint32_t off, T v) {
  std::memcpy(s + off, &v, sizeof v);
}

// func scanLine(s *Scanner) bool: slots ok, s. Go 1.19 scan.go, Scan's first loop iteration with ScanLines
// (see scan_impl.vo): `if s.done { return false }; s.scanCalled = true`, then with data = buf[start:end] holding
// a '\n' at i: advance i+1, token dropCR(data[0:i]), err nil; advance passes its checks; token != nil and
// advance > 0 reset empties; Scan returns true.
void scanLine(rt::NativeContext& ctx, uint64_t* slots) {
  slots[0] = 0;
  auto* s = reinterpret_cast<uint8_t*>(slots[1]);
  if (s == nullptr) return;  // Go's loop panics on the nil dereference
  thread_local ScannerLayout layout;
  const rt::Module& m = ctx.module();
  // Another Module may later sit at the same address (an embedder or a test running several programs): the
  // cached index of ScanLines must still name it. (Scanner's field offsets come from bufio's own source, the same
  // in every Module.) A layout that declined keeps declining, which only costs speed.
  if (layout.module != &m || (layout.ok && (layout.scanLines >= m.funcs.size() ||
                                            m.funcs[layout.scanLines].name != "bufio.ScanLines")))
    layout = lookUp(m);
  const ScannerLayout& l = layout;
  if (!l.ok || load<uint8_t>(s, l.done) != 0) return;
  auto* split = load<const rt::Closure*>(s, l.split);
  if (split == nullptr || split->func != l.scanLines) return;
  auto buf = load<rt::Slice>(s, l.buf);
  auto start = load<int64_t>(s, l.start);
  auto end = load<int64_t>(s, l.end);
  if (start < 0 || start >= end || end > buf.len) return;
  const auto* p = static_cast<const uint8_t*>(buf.ptr);
  const void* nl = std::memchr(p + start, '\n', static_cast<size_t>(end - start));
  if (nl == nullptr) return;
  int64_t i = static_cast<const uint8_t*>(nl) - p;           // the newline's index in buf
  int64_t tokEnd = i > start && p[i - 1] == '\r' ? i - 1 : i;  // dropCR
  store<uint8_t>(s, l.scanCalled, 1);
  // token = buf[start:tokEnd]: same array, capacity to the end of buf's capacity.
  auto* tok = reinterpret_cast<rt::Slice*>(s + l.token);
  rt::writeBarrier(&tok->ptr, const_cast<uint8_t*>(p) + start);
  store<int64_t>(s, l.token + offsetof(rt::Slice, len), tokEnd - start);
  store<int64_t>(s, l.token + offsetof(rt::Slice, cap), buf.cap - start);
  store<int64_t>(s, l.start, i + 1);
  store<int64_t>(s, l.empties, 0);
  slots[0] = 1;
}

const NativeEntry kBufioNatives[] = {
    {"bufio.scanLine", scanLine},
};

}  // namespace

std::span<const NativeEntry> bufioNatives() { return kBufioNatives; }

}  // namespace vo::stdlib
