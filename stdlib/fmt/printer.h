// The fmt formatting engine: Go 1.19's fmt/print.go and fmt/format.go over run-time values described by TypeDescs
// (the role reflect plays in Go). It formats into a C++ string; the natives (natives_fmt.cpp) turn that into a Vo
// string or write it out. Formatter values are formatted by calling the Vo function fmt.callFormat (fmt_impl.vo),
// which hands Format a *fmt.pp. Scanning is not here: it is Go's scan.go in Vo (scan_impl.vo).
//
// Values are read in Go's memory layout (type_desc.h): an argument `any` is an rt::Iface whose type word is a
// TypeDesc* (nil interface: null) and whose data word holds a Direct value itself or points to its box. String()
// and Error() methods are called through NativeContext::callFunc on the method's interface-pair variant
// (Method::ifaceFunc) with the window [result string (2 slots), type word, data word]; a panic in the method is
// printed as Go prints it ("%!v(PANIC=String method: boom)", "<nil>" for a nil pointer receiver).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime-core/native.h"
#include "runtime-core/type_desc.h"
#include "runtime-core/value.h"

namespace vo::stdlib::fmt {

/// A value to print: its type and the address of its memory. `type == nullptr` is the invalid value (what a nil
/// interface holds). `readOnly` is reflect's flagRO: the value was reached through an unexported struct field, so
/// its String/Error methods are not called (Go's Value.CanInterface).
struct Value {
  const rt::TypeDesc* type = nullptr;
  const void* ptr = nullptr;
  bool readOnly = false;
};

/// The dynamic value held by an interface value stored at `iface` whose static type is `ifaceType` (an empty
/// interface's type word is a TypeDesc*, another interface's an Itab*). Invalid for a nil interface.
Value interfaceElem(const rt::TypeDesc* ifaceType, const void* iface, bool readOnly);

/// The flags and width/precision of one verb (fmt/format.go fmtFlags).
struct FmtFlags {
  bool widPresent = false, precPresent = false, minus = false, plus = false, sharp = false, space = false,
       zero = false, plusV = false, sharpV = false;
};

/// One printer (fmt's pp + fmt): accumulates output in `buf`.
class Printer {
 public:
  /// `ctx` calls String/Error methods; without one (unit tests) methods are not called.
  explicit Printer(rt::NativeContext* ctx) : ctx_(ctx) {}

  /// fmt.Sprint's operand handling: spaces between operands when neither is a string.
  void doPrint(const rt::Iface* args, int64_t n);
  /// fmt.Sprintln's: spaces between all operands and a newline.
  void doPrintln(const rt::Iface* args, int64_t n);
  /// fmt.Sprintf's.
  void doPrintf(std::string_view format, const rt::Iface* args, int64_t n);
  /// Enables %w (fmt.Errorf); after doPrintf, wrappedArg() is the index of the argument %w wrapped, or -1.
  void enableWrapErrors() { wrapErrs_ = true; }
  int64_t wrappedArg() const { return wrappedArg_; }

  std::string buf;

 private:
  // print.go
  void printArg(Value arg, char32_t verb);
  void printValue(Value v, char32_t verb, int depth);
  bool handleMethods(Value v, char32_t verb);
  void badVerb(char32_t verb, Value v);
  void fmtBool(bool v, char32_t verb, Value orig);
  void fmtIntegerVerb(uint64_t v, bool isSigned, char32_t verb, Value orig);
  void fmtFloatVerb(double v, int size, char32_t verb, Value orig);
  void fmtStringVerb(std::string_view v, char32_t verb, Value orig);
  void fmtBytes(std::string_view v, bool isNil, char32_t verb, const std::string& typeString, Value orig);
  void fmtPointer(Value v, char32_t verb);
  void fmt0x64(uint64_t v, bool leading0x);
  void printMap(Value v, char32_t verb, int depth);
  bool callStringMethod(Value v, const rt::Method& m, char32_t verb, const char* what);
  bool callFormatMethod(Value v, char32_t verb);
  bool invokeStringResult(Value v, uint32_t func, uint64_t* window, size_t n, char32_t verb, const char* what,
                          bool formatResult);
  static rt::String newFlagString(const std::string& flags);
  void printArgs(const rt::Iface* args, int64_t n);

  // format.go
  void writePadding(int64_t n);
  void pad(std::string_view s);
  void fmtBoolean(bool v);
  void fmtUnicode(uint64_t u);
  void fmtInteger(uint64_t u, int base, bool isSigned, char32_t verb, const char* digits);
  std::string_view truncate(std::string_view s) const;
  void fmtS(std::string_view s);
  void fmtSbx(std::string_view s, const char* digits);
  void fmtQ(std::string_view s);
  void fmtC(uint64_t c);
  void fmtQc(uint64_t c);
  void fmtFloat(double v, int size, char32_t verb, int prec);

  rt::NativeContext* ctx_;
  FmtFlags f_;
  int64_t wid_ = 0, prec_ = 0;
  bool erroring_ = false, panicking_ = false, wrapErrs_ = false;
  int64_t wrappedArg_ = -1, currentArg_ = -1;
  bool reordered_ = false, goodArgNum_ = true;
};

/// reflect's Type.String() of `t` ("<nil>" for null).
std::string typeString(const rt::TypeDesc* t);

/// The Format(fmt.State, rune) method of t's method set (fmt.Formatter), or nullptr.
const rt::Method* findFormatMethod(const rt::TypeDesc* t);

/// Finds `name` with signature "func() string" (exported) in t's method set, or nullptr.
const rt::Method* findStringMethod(const rt::TypeDesc* t, std::string_view name);

}  // namespace vo::stdlib::fmt
