// fmt's natives: Print, Println, Printf to descriptor 1 (printStdout, ...: fmt_impl.vo calls them while os.Stdout
// is still descriptor 1), Sprint, Sprintln, Sprintf, the helper behind the Vo-written Errorf (fmt_impl.vo), and the
// stores of scanning into pointers to defined types (scan_impl.vo). Fprint*/Append* and Errorf are written in Vo.
#include <cstring>

#include "runtime-core/panic.h"
#include "runtime-core/runtime.h"
#include "stdlib/fmt/printer.h"
#include "stdlib/native_table.h"

namespace vo::stdlib {
namespace {

using fmt::Printer;

const rt::Iface* argsOf(const rt::Slice& s) { return static_cast<const rt::Iface*>(s.ptr); }

/// (n int, err error) results at slots[0..3): n bytes written, nil error.
void setWriteResult(uint64_t* slots, size_t n) {
  slots[0] = n;
  slots[1] = 0;
  slots[2] = 0;
}

// func printStdout(a []any) (n int, err error): slots n, err(2), a(3)
void print(rt::NativeContext& ctx, uint64_t* slots) {
  rt::Slice a = slotSlice(slots + 3);
  Printer p(&ctx);
  p.doPrint(argsOf(a), a.len);
  rt::writeStdout(p.buf);
  setWriteResult(slots, p.buf.size());
}

void println(rt::NativeContext& ctx, uint64_t* slots) {
  rt::Slice a = slotSlice(slots + 3);
  Printer p(&ctx);
  p.doPrintln(argsOf(a), a.len);
  rt::writeStdout(p.buf);
  setWriteResult(slots, p.buf.size());
}

// func printfStdout(format string, a []any) (n int, err error): slots n, err(2), format(2), a(3)
void printf(rt::NativeContext& ctx, uint64_t* slots) {
  rt::String format = slotString(slots + 3);
  rt::Slice a = slotSlice(slots + 5);
  Printer p(&ctx);
  p.doPrintf(format.view(), argsOf(a), a.len);
  rt::writeStdout(p.buf);
  setWriteResult(slots, p.buf.size());
}

// func Sprint(a ...any) string: slots result(2), a(3)
void sprint(rt::NativeContext& ctx, uint64_t* slots) {
  rt::Slice a = slotSlice(slots + 2);
  Printer p(&ctx);
  p.doPrint(argsOf(a), a.len);
  setString(slots, newString(p.buf));
}

void sprintln(rt::NativeContext& ctx, uint64_t* slots) {
  rt::Slice a = slotSlice(slots + 2);
  Printer p(&ctx);
  p.doPrintln(argsOf(a), a.len);
  setString(slots, newString(p.buf));
}

// func Sprintf(format string, a ...any) string: slots result(2), format(2), a(3)
void sprintf(rt::NativeContext& ctx, uint64_t* slots) {
  rt::String format = slotString(slots + 2);
  rt::Slice a = slotSlice(slots + 4);
  Printer p(&ctx);
  p.doPrintf(format.view(), argsOf(a), a.len);
  setString(slots, newString(p.buf));
}

// func sprintfWrapped(format string, a []any) (s string, wrapped int): Sprintf with %w enabled, and the index of
// the argument %w wrapped (-1 when none): slots s(2), wrapped, format(2), a(3)
void sprintfWrapped(rt::NativeContext& ctx, uint64_t* slots) {
  rt::String format = slotString(slots + 3);
  rt::Slice a = slotSlice(slots + 5);
  Printer p(&ctx);
  p.enableWrapErrors();
  p.doPrintf(format.view(), argsOf(a), a.len);
  rt::String s = newString(p.buf);
  setString(slots, s);
  slots[2] = static_cast<uint64_t>(p.wrappedArg());
}

// ---- scanning (scan_impl.vo) ---------------------------------------------------------------------------------

/// The element type and address of the pointer held by the `any` at slots[0..2), or nullptr.
const rt::TypeDesc* pointee(const uint64_t* any, void** addr) {
  const rt::TypeDesc* t = rt::typeOfTypeWord(reinterpret_cast<const void*>(any[0]));
  if (t == nullptr || t->kind != rt::Kind::Pointer) return nullptr;
  *addr = reinterpret_cast<void*>(any[1]);  // pointers are Direct: the data word is the pointer
  return t->elem;
}

// func scanTarget(p any) (kind int, bits int): slots kind, bits, p(2)
void scanTarget(rt::NativeContext&, uint64_t* slots) {
  void* addr;
  const rt::TypeDesc* t = rt::typeOfTypeWord(reinterpret_cast<const void*>(slots[2]));
  slots[1] = 0;
  if (t == nullptr || t->kind != rt::Kind::Pointer) {
    slots[0] = static_cast<uint64_t>(int64_t{-1});
    return;
  }
  const rt::TypeDesc* e = pointee(slots + 2, &addr);
  int64_t kind = 0;
  if (addr != nullptr) {
    rt::Kind k = e->kind;
    if (k == rt::Kind::Bool) kind = 1;
    else if (k >= rt::Kind::Int && k <= rt::Kind::Int64) kind = 2;
    else if (k >= rt::Kind::Uint && k <= rt::Kind::Uintptr) kind = 3;
    else if (k == rt::Kind::String) kind = 4;
    else if (k == rt::Kind::Float32 || k == rt::Kind::Float64) kind = 5;
    else if (k == rt::Kind::Complex64 || k == rt::Kind::Complex128) kind = 6;
    else if (k == rt::Kind::Slice && e->elem != nullptr && e->elem->kind == rt::Kind::Uint8) kind = 7;
  }
  slots[0] = static_cast<uint64_t>(kind);
  slots[1] = e->size * 8;
}

/// Stores the low `size` bytes of `v` at the pointer held by the `any` at slots[0..2).
void storeScalar(const uint64_t* any, uint64_t v) {
  void* addr;
  const rt::TypeDesc* e = pointee(any, &addr);
  if (e == nullptr || addr == nullptr) throw rt::RuntimeError{"invalid memory address or nil pointer dereference"};
  std::memcpy(addr, &v, e->size < 8 ? e->size : 8);
}

void storeBool(rt::NativeContext&, uint64_t* slots) { storeScalar(slots, slots[2] != 0); }  // p(2), v
void storeInt(rt::NativeContext&, uint64_t* slots) { storeScalar(slots, slots[2]); }
void storeUint(rt::NativeContext&, uint64_t* slots) { storeScalar(slots, slots[2]); }
void storeFloat(rt::NativeContext&, uint64_t* slots) {  // p(2), v (a double in a Float slot)
  void* addr;
  const rt::TypeDesc* e = pointee(slots, &addr);
  if (e == nullptr || addr == nullptr) throw rt::RuntimeError{"invalid memory address or nil pointer dereference"};
  double d;
  std::memcpy(&d, &slots[2], 8);
  if (e->kind == rt::Kind::Float32) {
    float f = static_cast<float>(d);
    std::memcpy(addr, &f, 4);
  } else {
    std::memcpy(addr, &d, 8);
  }
}
void storeString(rt::NativeContext&, uint64_t* slots) {  // p(2), v(2)
  void* addr;
  const rt::TypeDesc* e = pointee(slots, &addr);
  if (e == nullptr || addr == nullptr) throw rt::RuntimeError{"invalid memory address or nil pointer dereference"};
  auto* dst = static_cast<rt::String*>(addr);
  rt::writeBarrier(reinterpret_cast<void**>(const_cast<uint8_t**>(&dst->ptr)), reinterpret_cast<void*>(slots[2]));
  dst->len = static_cast<int64_t>(slots[3]);
}

void storeComplex(rt::NativeContext&, uint64_t* slots) {  // p(2), v (real, imaginary: doubles in Float slots)
  void* addr;
  const rt::TypeDesc* e = pointee(slots, &addr);
  if (e == nullptr || addr == nullptr) throw rt::RuntimeError{"invalid memory address or nil pointer dereference"};
  double parts[2];
  std::memcpy(parts, &slots[2], 16);
  if (e->kind == rt::Kind::Complex64) {
    float f[2] = {static_cast<float>(parts[0]), static_cast<float>(parts[1])};
    std::memcpy(addr, f, 8);
  } else {
    std::memcpy(addr, parts, 16);
  }
}
void storeBytes(rt::NativeContext&, uint64_t* slots) {  // p(2), v(3): a defined []byte type takes v's header
  void* addr;
  const rt::TypeDesc* e = pointee(slots, &addr);
  if (e == nullptr || addr == nullptr) throw rt::RuntimeError{"invalid memory address or nil pointer dereference"};
  auto* dst = static_cast<rt::Slice*>(addr);
  rt::writeBarrier(&dst->ptr, reinterpret_cast<void*>(slots[2]));
  dst->len = static_cast<int64_t>(slots[3]);
  dst->cap = static_cast<int64_t>(slots[4]);
}

const NativeEntry kFmtNatives[] = {
    {"fmt.scanTarget", scanTarget},
    {"fmt.storeBool", storeBool},
    {"fmt.storeBytes", storeBytes},
    {"fmt.storeComplex", storeComplex},
    {"fmt.storeFloat", storeFloat},
    {"fmt.storeInt", storeInt},
    {"fmt.storeString", storeString},
    {"fmt.storeUint", storeUint},
    {"fmt.Sprint", sprint},
    {"fmt.Sprintf", sprintf},
    {"fmt.Sprintln", sprintln},
    {"fmt.printStdout", print},
    {"fmt.printfStdout", printf},
    {"fmt.printlnStdout", println},
    {"fmt.sprintfWrapped", sprintfWrapped},
};

}  // namespace

std::span<const NativeEntry> fmtNatives() { return kFmtNatives; }

}  // namespace vo::stdlib
