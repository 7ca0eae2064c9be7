// fmt's natives: Print, Println, Printf (standard output), Sprint, Sprintln, Sprintf, and the helper behind the
// Vo-written Errorf (fmt_impl.vo). Fprint*/Append* and Errorf are written in Vo on top of these.
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

// func Print(a ...any) (n int, err error): slots n, err(2), a(3)
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

// func Printf(format string, a ...any) (n int, err error): slots n, err(2), format(2), a(3)
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

const NativeEntry kFmtNatives[] = {
    {"fmt.Print", print},       {"fmt.Println", println},   {"fmt.Printf", printf},
    {"fmt.Sprint", sprint},     {"fmt.Sprintln", sprintln}, {"fmt.Sprintf", sprintf},
    {"fmt.sprintfWrapped", sprintfWrapped},
};

}  // namespace

std::span<const NativeEntry> fmtNatives() { return kFmtNatives; }

}  // namespace vo::stdlib
