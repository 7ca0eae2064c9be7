// The operand-level logic of Go 1.19's fmt/print.go: printArg, printValue, handleMethods (Error/String), bad
// verbs, and the Print/Println/Printf drivers. Map keys are sorted as internal/fmtsort does (map_sort.cpp).
#include <cstring>
#include <memory>
#include <vector>

#include "runtime-core/panic.h"
#include "runtime-core/runtime.h"
#include "stdlib/fmt/printer.h"
#include "stdlib/text/utf8.h"

namespace vo::stdlib::fmt {

using rt::Kind;
using rt::TypeDesc;

namespace {

const char kLDigits[] = "0123456789abcdefx";
const char kUDigits[] = "0123456789ABCDEFX";
constexpr int kMaxDepth = 2500;

void writeRune(std::string& b, char32_t r) { utf8::appendRune(b, static_cast<int64_t>(r)); }

int64_t readInt(const Value& v) {
  switch (v.type->size) {
    case 1: { int8_t x; std::memcpy(&x, v.ptr, 1); return x; }
    case 2: { int16_t x; std::memcpy(&x, v.ptr, 2); return x; }
    case 4: { int32_t x; std::memcpy(&x, v.ptr, 4); return x; }
    default: { int64_t x; std::memcpy(&x, v.ptr, 8); return x; }
  }
}

uint64_t readUint(const Value& v) {
  switch (v.type->size) {
    case 1: { uint8_t x; std::memcpy(&x, v.ptr, 1); return x; }
    case 2: { uint16_t x; std::memcpy(&x, v.ptr, 2); return x; }
    case 4: { uint32_t x; std::memcpy(&x, v.ptr, 4); return x; }
    default: { uint64_t x; std::memcpy(&x, v.ptr, 8); return x; }
  }
}

double readFloat(const Value& v) {
  if (v.type->kind == Kind::Float32) {
    float x;
    std::memcpy(&x, v.ptr, 4);
    return x;
  }
  double x;
  std::memcpy(&x, v.ptr, 8);
  return x;
}

const void* readPtr(const Value& v) {
  const void* p;
  std::memcpy(&p, v.ptr, sizeof p);
  return p;
}

bool isIntKind(Kind k) { return k >= Kind::Int && k <= Kind::Int64; }

/// The types print.go's printArg formats without handleMethods: bool, the numeric types, string and []byte,
/// unnamed (a defined type such as `type T int` takes the general path).
bool isDefinedType(const TypeDesc* t) { return (t->flags & rt::kTypeNamed) && !t->pkgPath.empty(); }

bool isFastPathType(const TypeDesc* t) {
  if (isDefinedType(t)) return false;
  if (t->kind >= Kind::Bool && t->kind <= Kind::Complex128) return true;
  if (t->kind == Kind::String) return true;
  return t->kind == Kind::Slice && t->elem != nullptr && t->elem->kind == Kind::Uint8 && !isDefinedType(t->elem);
}
bool isUintKind(Kind k) { return k >= Kind::Uint && k <= Kind::Uintptr; }

}  // namespace

Value interfaceElem(const TypeDesc* ifaceType, const void* iface, bool readOnly) {
  rt::Iface i;
  std::memcpy(&i, iface, sizeof i);
  if (i.tab == nullptr) return Value{};
  (void)ifaceType;  // the type word's DescTag tells a TypeDesc* from an Itab*
  const TypeDesc* dyn = rt::typeOfTypeWord(i.tab);
  const void* p = dyn->direct() ? static_cast<const char*>(iface) + offsetof(rt::Iface, data) : i.data;
  return Value{dyn, p, readOnly};
}

std::string typeString(const TypeDesc* t) { return t ? t->name : "<nil>"; }

rt::String Printer::newFlagString(const std::string& flags) {
  // Flag strings are tiny and few: keep one static copy of each combination (non-heap memory is a valid string).
  static thread_local std::vector<std::unique_ptr<std::string>> kept;
  for (const auto& k : kept) {
    if (*k == flags) return rt::String{reinterpret_cast<const uint8_t*>(k->data()), static_cast<int64_t>(k->size())};
  }
  kept.push_back(std::make_unique<std::string>(flags));
  return rt::String{reinterpret_cast<const uint8_t*>(kept.back()->data()), static_cast<int64_t>(kept.back()->size())};
}

const rt::Method* findFormatMethod(const TypeDesc* t) {
  if (t == nullptr) return nullptr;
  for (const rt::Method& m : t->methods) {
    if (m.name == "Format" && m.pkgPath.empty() && m.signature == "func(fmt.State, int32)") return &m;
  }
  return nullptr;
}

const rt::Method* findStringMethod(const TypeDesc* t, std::string_view name) {
  if (t == nullptr) return nullptr;
  for (const rt::Method& m : t->methods) {
    if (m.name == name && m.pkgPath.empty() && m.signature == "func() string" && m.ifaceFunc != rt::kNoFunc)
      return &m;
  }
  return nullptr;
}

// ---- print.go: operands -----------------------------------------------------------------------------------

void Printer::badVerb(char32_t verb, Value v) {
  erroring_ = true;
  buf += "%!";
  writeRune(buf, verb);
  buf += '(';
  if (v.type != nullptr) {
    buf += typeString(v.type);
    buf += '=';
    printArg(v, 'v');
  } else {
    buf += "<nil>";
  }
  buf += ')';
  erroring_ = false;
}

void Printer::fmtBool(bool v, char32_t verb, Value orig) {
  if (verb == 't' || verb == 'v') {
    fmtBoolean(v);
  } else {
    badVerb(verb, orig);
  }
}

void Printer::fmt0x64(uint64_t v, bool leading0x) {
  bool sharp = f_.sharp;
  f_.sharp = leading0x;
  fmtInteger(v, 16, false, 'v', kLDigits);
  f_.sharp = sharp;
}

void Printer::fmtIntegerVerb(uint64_t v, bool isSigned, char32_t verb, Value orig) {
  switch (verb) {
    case 'v':
      if (f_.sharpV && !isSigned) {
        fmt0x64(v, true);
      } else {
        fmtInteger(v, 10, isSigned, verb, kLDigits);
      }
      break;
    case 'd': fmtInteger(v, 10, isSigned, verb, kLDigits); break;
    case 'b': fmtInteger(v, 2, isSigned, verb, kLDigits); break;
    case 'o':
    case 'O': fmtInteger(v, 8, isSigned, verb, kLDigits); break;
    case 'x': fmtInteger(v, 16, isSigned, verb, kLDigits); break;
    case 'X': fmtInteger(v, 16, isSigned, verb, kUDigits); break;
    case 'c': fmtC(v); break;
    case 'q': fmtQc(v); break;
    case 'U': fmtUnicode(v); break;
    default: badVerb(verb, orig);
  }
}

void Printer::fmtFloatVerb(double v, int size, char32_t verb, Value orig) {
  switch (verb) {
    case 'v': fmtFloat(v, size, 'g', -1); break;
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X': fmtFloat(v, size, verb, -1); break;
    case 'f':
    case 'e':
    case 'E': fmtFloat(v, size, verb, 6); break;
    case 'F': fmtFloat(v, size, 'f', 6); break;
    default: badVerb(verb, orig);
  }
}

void Printer::fmtStringVerb(std::string_view v, char32_t verb, Value orig) {
  switch (verb) {
    case 'v':
      if (f_.sharpV) {
        fmtQ(v);
      } else {
        fmtS(v);
      }
      break;
    case 's': fmtS(v); break;
    case 'x': fmtSbx(v, kLDigits); break;
    case 'X': fmtSbx(v, kUDigits); break;
    case 'q': fmtQ(v); break;
    default: badVerb(verb, orig);
  }
}

void Printer::fmtBytes(std::string_view v, bool isNil, char32_t verb, const std::string& typeStr, Value orig) {
  switch (verb) {
    case 'v':
    case 'd':
      if (f_.sharpV) {
        buf += typeStr;
        if (isNil) {
          buf += "(nil)";
          return;
        }
        buf += '{';
        for (size_t i = 0; i < v.size(); ++i) {
          if (i > 0) buf += ", ";
          fmt0x64(static_cast<uint8_t>(v[i]), true);
        }
        buf += '}';
      } else {
        buf += '[';
        for (size_t i = 0; i < v.size(); ++i) {
          if (i > 0) buf += ' ';
          fmtInteger(static_cast<uint8_t>(v[i]), 10, false, verb, kLDigits);
        }
        buf += ']';
      }
      break;
    case 's': fmtS(v); break;  // fmtBs: truncate by runes, then pad
    case 'x': fmtSbx(v, kLDigits); break;
    case 'X': fmtSbx(v, kUDigits); break;
    case 'q': fmtQ(v); break;
    default: printValue(orig, verb, 0);
  }
}

void Printer::fmtPointer(Value v, char32_t verb) {
  uint64_t u;
  switch (v.type->kind) {
    case Kind::Chan:
    case Kind::Func:
    case Kind::Map:
    case Kind::Pointer:
    case Kind::Slice:
    case Kind::UnsafePointer:
      u = reinterpret_cast<uint64_t>(readPtr(v));
      break;
    default:
      badVerb(verb, v);
      return;
  }
  switch (verb) {
    case 'v':
      if (f_.sharpV) {
        buf += '(';
        buf += typeString(v.type);
        buf += ")(";
        if (u == 0) {
          buf += "nil";
        } else {
          fmt0x64(u, true);
        }
        buf += ')';
      } else if (u == 0) {
        pad("<nil>");
      } else {
        fmt0x64(u, !f_.sharp);
      }
      break;
    case 'p': fmt0x64(u, !f_.sharp); break;
    case 'b':
    case 'o':
    case 'd':
    case 'x':
    case 'X': fmtIntegerVerb(u, false, verb, v); break;
    default: badVerb(verb, v);
  }
}

bool Printer::callStringMethod(Value v, const rt::Method& m, char32_t verb, const char* what) {
  uint64_t window[4] = {0, 0, reinterpret_cast<uint64_t>(v.type), 0};
  if (v.type->direct()) {
    std::memcpy(&window[3], v.ptr, v.type->size < 8 ? v.type->size : 8);
  } else {
    window[3] = reinterpret_cast<uint64_t>(v.ptr);
  }
  return invokeStringResult(v, m.ifaceFunc, window, 4, verb, what, /*formatResult=*/true);
}

bool Printer::invokeStringResult(Value v, uint32_t func, uint64_t* window, size_t n, char32_t verb, const char* what,
                                 bool formatResult) {
  auto recovered = [&](auto&& printPanicValue) {
    if (v.type->kind == Kind::Pointer && readPtr(v) == nullptr) {
      buf += "<nil>";
      return;
    }
    FmtFlags oldFlags = f_;
    f_ = FmtFlags{};
    buf += "%!";
    writeRune(buf, verb);
    buf += "(PANIC=";
    buf += what;
    buf += " method: ";
    panicking_ = true;
    printPanicValue();
    panicking_ = false;
    buf += ')';
    f_ = oldFlags;
  };
  try {
    ctx_->callFunc(func, window, n);
  } catch (const rt::PanicException& e) {
    if (panicking_ && !(v.type->kind == Kind::Pointer && readPtr(v) == nullptr)) throw;
    rt::Iface value = e.value;
    rt::GcRoot pin(&value.data);  // printing the value may call methods, which may collect
    recovered([&] {
      const TypeDesc* t = rt::typeOfTypeWord(value.tab);
      if (t == nullptr) {
        printArg(Value{}, 'v');
      } else {
        printArg(Value{t, t->direct() ? static_cast<const void*>(&value.data) : value.data, false}, 'v');
      }
    });
    return true;
  } catch (const rt::RuntimeError& e) {
    if (panicking_ && !(v.type->kind == Kind::Pointer && readPtr(v) == nullptr)) throw;
    // The Error() text of the value the executor would box (runtime.errorString, plainError or boundsError).
    std::string msg = rt::runtimeErrorText(e);
    recovered([&] { buf += msg; });
    return true;
  }
  rt::String s{reinterpret_cast<const uint8_t*>(window[0]), static_cast<int64_t>(window[1])};
  std::string copy(s.view());  // copied at once: later calls may collect the result
  if (formatResult) {
    if (std::strcmp(what, "GoString") == 0) {
      fmtS(copy);  // print.go: p.fmt.fmtS(stringer.GoString())
    } else {
      fmtStringVerb(copy, verb, v);
    }
  } else {
    buf += copy;  // Format wrote the final text
  }
  return true;
}

/// The program's fmt.callFormat and fmt.Formatter (fmt_impl.vo), found once per Module.
struct FormatHook {
  const rt::Module* module = nullptr;
  uint32_t func = rt::kNoFunc;
  const TypeDesc* formatter = nullptr;
};

static const FormatHook& formatHook(const rt::Module& m) {
  static thread_local FormatHook hook;
  if (hook.module != &m) {
    hook = FormatHook{&m, rt::kNoFunc, nullptr};
    for (uint32_t i = 0; i < m.funcs.size(); ++i) {
      if (m.funcs[i].name == "fmt.callFormat") {
        hook.func = i;
        break;
      }
    }
    for (const auto& t : m.types) {
      if (t->kind == Kind::Interface && t->name == "fmt.Formatter") {
        hook.formatter = t.get();
        break;
      }
    }
  }
  return hook;
}

bool Printer::callFormatMethod(Value v, char32_t verb) {
  const FormatHook& hook = formatHook(ctx_->module());
  if (hook.func == rt::kNoFunc || hook.formatter == nullptr) return false;
  const rt::Itab* itab = rt::getItab(hook.formatter, v.type);
  if (itab == nullptr) return false;
  std::string flags;
  if (f_.minus) flags += '-';
  if (f_.plus || f_.plusV) flags += '+';
  if (f_.sharp || f_.sharpV) flags += '#';
  if (f_.space) flags += ' ';
  if (f_.zero) flags += '0';
  rt::String flagStr = newFlagString(flags);
  // [result string (2)] [f Formatter (2)] [wid] [prec] [widOK] [precOK] [flags (2)] [verb]
  uint64_t window[11] = {0, 0, reinterpret_cast<uint64_t>(itab), 0, static_cast<uint64_t>(wid_),
                         static_cast<uint64_t>(prec_), f_.widPresent, f_.precPresent,
                         reinterpret_cast<uint64_t>(flagStr.ptr), static_cast<uint64_t>(flagStr.len), verb};
  if (v.type->direct()) {
    std::memcpy(&window[3], v.ptr, v.type->size < 8 ? v.type->size : 8);
  } else {
    window[3] = reinterpret_cast<uint64_t>(v.ptr);
  }
  return invokeStringResult(v, hook.func, window, 11, verb, "Format", /*formatResult=*/false);
}

bool Printer::handleMethods(Value v, char32_t verb) {
  if (erroring_) return false;
  const rt::Method* errorMethod = findStringMethod(v.type, "Error");
  if (verb == 'w') {
    if (errorMethod == nullptr || !wrapErrs_ || wrappedArg_ >= 0) {
      wrappedArg_ = -1;
      wrapErrs_ = false;
      badVerb(verb, v);
      return true;
    }
    wrappedArg_ = currentArg_;
    verb = 'v';
  }
  if (ctx_ == nullptr) return false;
  if (findFormatMethod(v.type) && callFormatMethod(v, verb)) return true;
  if (f_.sharpV) {
    if (const rt::Method* m = findStringMethod(v.type, "GoString")) return callStringMethod(v, *m, verb, "GoString");
    return false;
  }
  switch (verb) {
    case 'v':
    case 's':
    case 'x':
    case 'X':
    case 'q':
      if (errorMethod != nullptr) return callStringMethod(v, *errorMethod, verb, "Error");
      if (const rt::Method* m = findStringMethod(v.type, "String")) return callStringMethod(v, *m, verb, "String");
  }
  return false;
}

void Printer::printArg(Value arg, char32_t verb) {
  if (arg.type == nullptr) {
    if (verb == 'T' || verb == 'v') {
      pad("<nil>");
    } else {
      badVerb(verb, arg);
    }
    return;
  }
  if (verb == 'T') {
    fmtS(typeString(arg.type));
    return;
  }
  if (verb == 'p') {
    fmtPointer(arg, 'p');
    return;
  }
  // Go's type switch handles the unnamed basic types and []byte directly; every other type goes through
  // handleMethods first (which also rejects %w on a non-error).
  if (!isFastPathType(arg.type)) {
    if (handleMethods(arg, verb)) return;
  } else if (arg.type->kind == Kind::Slice) {
    // print.go's `case []byte: p.fmtBytes(f, verb, "[]byte")`: the unnamed []byte operand is "[]byte" under %#v,
    // where the same slice reached through reflection (nested, or a defined type) is its Type.String, "[]uint8".
    rt::Slice s;
    std::memcpy(&s, arg.ptr, sizeof s);
    fmtBytes(std::string_view(static_cast<const char*>(s.ptr), static_cast<size_t>(s.len)), s.ptr == nullptr, verb,
             "[]byte", arg);
    return;
  }
  printValue(arg, verb, 0);
}

void Printer::printValue(Value v, char32_t verb, int depth) {
  // A value nested this deeply is almost surely cyclic ([]any holding itself); Go would exhaust the goroutine
  // stack, and so do we, with a fatal error instead of overflowing the native stack.
  if (depth > kMaxDepth) throw rt::FatalError{"stack overflow"};
  // Go calls handleMethods for every interfaceable nested value; it can only act on types with methods, and on
  // %w, which it rejects for any non-error.
  if (depth > 0 && v.type != nullptr && !v.readOnly && (!v.type->methods.empty() || verb == 'w')) {
    if (handleMethods(v, verb)) return;
  }
  if (v.type == nullptr) {
    if (depth == 0) {
      buf += "<invalid reflect.Value>";
    } else if (verb == 'v') {
      buf += "<nil>";
    } else {
      badVerb(verb, v);
    }
    return;
  }
  const TypeDesc* t = v.type;
  Kind k = t->kind;
  if (k == Kind::Bool) {
    bool b;
    std::memcpy(&b, v.ptr, 1);
    fmtBool(b, verb, v);
  } else if (isIntKind(k)) {
    fmtIntegerVerb(static_cast<uint64_t>(readInt(v)), true, verb, v);
  } else if (isUintKind(k)) {
    fmtIntegerVerb(readUint(v), false, verb, v);
  } else if (k == Kind::Float32 || k == Kind::Float64) {
    fmtFloatVerb(readFloat(v), k == Kind::Float32 ? 32 : 64, verb, v);
  } else if (k == Kind::Complex64 || k == Kind::Complex128) {
    switch (verb) {
      case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e': case 'E': {
        int size = k == Kind::Complex64 ? 32 : 64;
        double re, im;
        if (size == 32) {
          float parts[2];
          std::memcpy(parts, v.ptr, 8);
          re = parts[0];
          im = parts[1];
        } else {
          double parts[2];
          std::memcpy(parts, v.ptr, 16);
          re = parts[0];
          im = parts[1];
        }
        bool oldPlus = f_.plus;
        buf += '(';
        fmtFloatVerb(re, size, verb, v);
        f_.plus = true;
        fmtFloatVerb(im, size, verb, v);
        buf += "i)";
        f_.plus = oldPlus;
        break;
      }
      default:
        badVerb(verb, v);
    }
  } else if (k == Kind::String) {
    rt::String s;
    std::memcpy(&s, v.ptr, sizeof s);
    fmtStringVerb(s.view(), verb, v);
  } else if (k == Kind::Map) {
    printMap(v, verb, depth);
  } else if (k == Kind::Struct) {
    if (f_.sharpV) buf += typeString(t);
    buf += '{';
    for (size_t i = 0; i < t->fields.size(); ++i) {
      const rt::StructField& field = t->fields[i];
      if (i > 0) buf += f_.sharpV ? ", " : " ";
      if (f_.plusV || f_.sharpV) {
        buf += field.name;
        buf += ':';
      }
      Value fv{field.type, static_cast<const char*>(v.ptr) + field.offset, v.readOnly || !field.exported};
      if (field.type->kind == Kind::Interface) {
        Value elem = interfaceElem(field.type, fv.ptr, fv.readOnly);
        if (elem.type != nullptr) fv = elem;
      }
      printValue(fv, verb, depth + 1);
    }
    buf += '}';
  } else if (k == Kind::Interface) {
    Value elem = interfaceElem(t, v.ptr, v.readOnly);
    if (elem.type == nullptr) {
      if (f_.sharpV) {
        buf += typeString(t);
        buf += "(nil)";
      } else {
        buf += "<nil>";
      }
    } else {
      printValue(elem, verb, depth + 1);
    }
  } else if (k == Kind::Array || k == Kind::Slice) {
    const char* base;
    int64_t len;
    bool isNil = false;
    if (k == Kind::Slice) {
      rt::Slice s;
      std::memcpy(&s, v.ptr, sizeof s);
      base = static_cast<const char*>(s.ptr);
      len = s.len;
      isNil = s.ptr == nullptr;
    } else {
      base = static_cast<const char*>(v.ptr);
      len = t->len;
    }
    const TypeDesc* elem = t->elem;
    if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && elem->kind == Kind::Uint8) {
      fmtBytes(std::string_view(base, static_cast<size_t>(len)), isNil, verb, typeString(t), v);
      return;
    }
    if (f_.sharpV) {
      buf += typeString(t);
      if (k == Kind::Slice && isNil) {
        buf += "(nil)";
        return;
      }
      buf += '{';
      for (int64_t i = 0; i < len; ++i) {
        if (i > 0) buf += ", ";
        printValue(Value{elem, base + i * elem->size, v.readOnly}, verb, depth + 1);
      }
      buf += '}';
    } else {
      buf += '[';
      for (int64_t i = 0; i < len; ++i) {
        if (i > 0) buf += ' ';
        printValue(Value{elem, base + i * elem->size, v.readOnly}, verb, depth + 1);
      }
      buf += ']';
    }
  } else if (k == Kind::Pointer) {
    const void* target = readPtr(v);
    if (depth == 0 && target != nullptr) {
      Kind ek = t->elem->kind;
      if (ek == Kind::Array || ek == Kind::Slice || ek == Kind::Struct || ek == Kind::Map) {
        buf += '&';
        printValue(Value{t->elem, target, v.readOnly}, verb, depth + 1);
        return;
      }
    }
    fmtPointer(v, verb);
  } else if (k == Kind::Chan || k == Kind::Func || k == Kind::UnsafePointer) {
    fmtPointer(v, verb);
  } else {
    buf += '?';
    buf += typeString(t);
    buf += '?';
  }
}

// ---- print.go: drivers -----------------------------------------------------------------------------------------

namespace {

Value argValue(const rt::Iface& a) {
  const TypeDesc* t = rt::typeOfTypeWord(a.tab);
  if (t == nullptr) return Value{};
  return Value{t, t->direct() ? static_cast<const void*>(&a.data) : a.data, false};
}

bool tooLarge(int64_t x) { return x > 1000000 || x < -1000000; }

/// parsenum: the number at s[start:end) and the index after it.
bool parsenum(std::string_view s, size_t start, size_t end, int64_t* num, size_t* newi) {
  *num = 0;
  bool isnum = false;
  size_t i = start;
  if (start >= end) {
    *newi = end;
    return false;
  }
  for (; i < end && s[i] >= '0' && s[i] <= '9'; ++i) {
    if (tooLarge(*num)) {
      *num = 0;
      *newi = end;
      return false;
    }
    *num = *num * 10 + (s[i] - '0');
    isnum = true;
  }
  *newi = i;
  return isnum;
}

/// intFromArg: a width or precision taken from args[argNum] (`*`).
bool intFromArg(const rt::Iface* a, int64_t n, int64_t* argNum, int64_t* num) {
  *num = 0;
  bool isInt = false;
  if (*argNum < n) {
    Value v = argValue(a[*argNum]);
    if (v.type != nullptr) {
      if (isIntKind(v.type->kind)) {
        *num = readInt(v);
        isInt = true;
      } else if (isUintKind(v.type->kind)) {
        uint64_t u = readUint(v);
        if (static_cast<int64_t>(u) >= 0) {
          *num = static_cast<int64_t>(u);
          isInt = true;
        }
      }
    }
    ++*argNum;
    if (tooLarge(*num)) {
      *num = 0;
      isInt = false;
    }
  }
  return isInt;
}

/// parseArgNumber: "[n]" at the start of format → (n-1, consumed bytes, ok).
bool parseArgNumber(std::string_view format, int64_t* index, size_t* wid) {
  if (format.size() < 3) {
    *index = 0;
    *wid = 1;
    return false;
  }
  for (size_t i = 1; i < format.size(); ++i) {
    if (format[i] == ']') {
      int64_t width;
      size_t newi;
      bool ok = parsenum(format, 1, i, &width, &newi);
      if (!ok || newi != i) {
        *index = 0;
        *wid = i + 1;
        return false;
      }
      *index = width - 1;
      *wid = i + 1;
      return true;
    }
  }
  *index = 0;
  *wid = 1;
  return false;
}

}  // namespace

void Printer::doPrint(const rt::Iface* args, int64_t n) {
  bool prevString = false;
  for (int64_t i = 0; i < n; ++i) {
    Value v = argValue(args[i]);
    bool isString = v.type != nullptr && v.type->kind == Kind::String;
    if (i > 0 && !isString && !prevString) buf += ' ';
    currentArg_ = i;
    printArg(v, 'v');
    prevString = isString;
  }
}

void Printer::doPrintln(const rt::Iface* args, int64_t n) {
  for (int64_t i = 0; i < n; ++i) {
    if (i > 0) buf += ' ';
    currentArg_ = i;
    printArg(argValue(args[i]), 'v');
  }
  buf += '\n';
}

void Printer::doPrintf(std::string_view format, const rt::Iface* a, int64_t n) {
  size_t end = format.size();
  int64_t argNum = 0;
  bool afterIndex = false;
  reordered_ = false;
  auto argNumber = [&](size_t i, size_t* newi) -> bool {  // p.argNumber; updates argNum
    if (format.size() <= i || format[i] != '[') {
      *newi = i;
      return false;
    }
    reordered_ = true;
    int64_t index;
    size_t wid;
    bool ok = parseArgNumber(format.substr(i), &index, &wid);
    *newi = i + wid;
    if (ok && 0 <= index && index < n) {
      argNum = index;
      return true;
    }
    goodArgNum_ = false;
    return ok;
  };
  size_t i = 0;
  while (i < end) {
    goodArgNum_ = true;
    size_t lasti = i;
    while (i < end && format[i] != '%') ++i;
    if (i > lasti) buf.append(format.substr(lasti, i - lasti));
    if (i >= end) break;
    ++i;  // skip %
    f_ = FmtFlags{};
    bool simpleDone = false;
    for (; i < end; ++i) {
      char c = format[i];
      if (c == '#') {
        f_.sharp = true;
      } else if (c == '0') {
        f_.zero = !f_.minus;
      } else if (c == '+') {
        f_.plus = true;
      } else if (c == '-') {
        f_.minus = true;
        f_.zero = false;
      } else if (c == ' ') {
        f_.space = true;
      } else {
        if (c >= 'a' && c <= 'z' && argNum < n) {
          if (c == 'v') {
            f_.sharpV = f_.sharp;
            f_.sharp = false;
            f_.plusV = f_.plus;
            f_.plus = false;
          }
          currentArg_ = argNum;
          printArg(argValue(a[argNum]), static_cast<char32_t>(c));
          ++argNum;
          ++i;
          simpleDone = true;
        }
        break;
      }
    }
    if (simpleDone) continue;

    afterIndex = argNumber(i, &i);
    if (i < end && format[i] == '*') {
      ++i;
      f_.widPresent = intFromArg(a, n, &argNum, &wid_);
      if (!f_.widPresent) buf += "%!(BADWIDTH)";
      if (wid_ < 0) {
        wid_ = -wid_;
        f_.minus = true;
        f_.zero = false;
      }
      afterIndex = false;
    } else {
      f_.widPresent = parsenum(format, i, end, &wid_, &i);
      if (afterIndex && f_.widPresent) goodArgNum_ = false;
    }
    if (i + 1 < end && format[i] == '.') {
      ++i;
      if (afterIndex) goodArgNum_ = false;
      afterIndex = argNumber(i, &i);
      if (i < end && format[i] == '*') {
        ++i;
        f_.precPresent = intFromArg(a, n, &argNum, &prec_);
        if (prec_ < 0) {
          prec_ = 0;
          f_.precPresent = false;
        }
        if (!f_.precPresent) buf += "%!(BADPREC)";
        afterIndex = false;
      } else {
        f_.precPresent = parsenum(format, i, end, &prec_, &i);
        if (!f_.precPresent) {
          prec_ = 0;
          f_.precPresent = true;
        }
      }
    }
    if (!afterIndex) afterIndex = argNumber(i, &i);
    if (i >= end) {
      buf += "%!(NOVERB)";
      break;
    }
    char32_t verb = static_cast<uint8_t>(format[i]);
    int size = 1;
    if (verb >= utf8::kRuneSelf) verb = static_cast<char32_t>(utf8::decodeRune(format, i, &size));
    i += static_cast<size_t>(size);
    if (verb == '%') {
      buf += '%';
    } else if (!goodArgNum_) {
      buf += "%!";
      writeRune(buf, verb);
      buf += "(BADINDEX)";
    } else if (argNum >= n) {
      buf += "%!";
      writeRune(buf, verb);
      buf += "(MISSING)";
    } else {
      if (verb == 'v') {
        f_.sharpV = f_.sharp;
        f_.sharp = false;
        f_.plusV = f_.plus;
        f_.plus = false;
      }
      currentArg_ = argNum;
      printArg(argValue(a[argNum]), verb);
      ++argNum;
    }
  }
  if (!reordered_ && argNum < n) {
    f_ = FmtFlags{};
    buf += "%!(EXTRA ";
    for (int64_t k = argNum; k < n; ++k) {
      if (k > argNum) buf += ", ";
      Value v = argValue(a[k]);
      if (v.type == nullptr) {
        buf += "<nil>";
      } else {
        buf += typeString(v.type);
        buf += '=';
        currentArg_ = k;
        printArg(v, 'v');
      }
    }
    buf += ')';
  }
}

}  // namespace vo::stdlib::fmt
