// Package dyn's call natives: callNative (a func value) and callMethodNative (an exported method, through its
// interface-pair variant Method::ifaceFunc, the way fmt calls String()). Arguments are checked against the func
// type's parameters and flattened into a call window in C++ memory (pinned for the GC); results come back in the
// same window and are boxed into a []any, a final `error` result passed on as it is. A panic in the called code
// propagates out of the native as a Go panic.
#include <cstring>
#include <string>

#include "runtime-core/chan.h"
#include "runtime-core/panic.h"
#include "stdlib/dyn/values.h"
#include "stdlib/native_table.h"

namespace vo::stdlib::dyn {
namespace {

using rt::Kind;
using rt::TypeDesc;

Failure fail(ErrKind k, std::string detail) { return Failure{k, std::move(detail)}; }

std::string plural(size_t n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

/// What a call invokes: a func value or a method's interface-pair variant with its receiver.
struct Callee {
  const TypeDesc* type = nullptr;        ///< the func type (without receiver)
  const rt::Closure* closure = nullptr;  ///< a func value's closure, or nullptr for a method
  uint32_t func = 0;                     ///< funcs index of what runs
  bool method = false;
  rt::Iface receiver;  ///< a method's receiver (type word: its TypeDesc)
  std::string name;    ///< for details: "func(int) int", "(*main.T).Add"
};

size_t slotCount(const TypeDesc* t) { return t->kind == Kind::Interface ? 2 : t->numSlots(); }

/// The parameter type argument `i` of `n` is passed as (the element type for variadic extras).
const TypeDesc* paramFor(const TypeDesc* ft, size_t i) {
  size_t fixed = ft->params.size() - (ft->variadic ? 1 : 0);
  return i < fixed ? ft->params[i] : ft->params.back()->elem;
}

Failure checkArgs(const Callee& c, const rt::Iface* args, size_t n) {
  const TypeDesc* ft = c.type;
  size_t np = ft->params.size();
  if (ft->variadic ? n < np - 1 : n != np) {
    return fail(ErrKind::SigMismatch, "signature mismatch: " + c.name + " called with " + plural(n, "argument") +
                                          ", want " +
                                          (ft->variadic ? "at least " + std::to_string(np - 1) : std::to_string(np)));
  }
  for (size_t i = 0; i < n; ++i) {
    AnyValue a{rt::typeOfTypeWord(args[i].tab), args[i]};
    const TypeDesc* pt = paramFor(ft, i);
    uint64_t scratch[3];
    const void* mem = nullptr;
    if (!convertTo(pt, a, scratch, &mem)) {
      return fail(ErrKind::SigMismatch, "signature mismatch: argument " + std::to_string(i + 1) + " of " + c.name +
                                            " has type " + typeName(a.type) + ", want " + pt->name);
    }
  }
  return {};
}

/// Calls `c` with the checked `args` and writes the native's results (values []any, err error, kind, detail)
/// at slots[0..8).
void invoke(rt::NativeContext& ctx, uint64_t* slots, const Callee& c, rt::Slice argSlice) {
  const TypeDesc* ft = c.type;
  const rt::FuncInfo& fi = ctx.module().funcs[c.func];
  size_t resultSlots = 0, paramSlots = c.method ? 2 : 0;
  for (const TypeDesc* r : ft->results) resultSlots += slotCount(r);
  for (const TypeDesc* p : ft->params) paramSlots += slotCount(p);
  if (fi.numResultSlots != resultSlots || fi.numParamSlots != paramSlots) {
    throw rt::FatalError{"dyn: " + fi.name + " does not match its type " + ft->name};
  }
  PinnedWords window(resultSlots + paramSlots);
  uint64_t* w = window.words.data() + resultSlots;
  if (c.method) {
    *w++ = reinterpret_cast<uint64_t>(c.receiver.tab);
    *w++ = reinterpret_cast<uint64_t>(c.receiver.data);
  }
  const auto* args = static_cast<const rt::Iface*>(argSlice.ptr);
  size_t n = static_cast<size_t>(argSlice.len);
  size_t fixed = ft->params.size() - (ft->variadic ? 1 : 0);
  void* extras = nullptr;
  rt::GcRoot pinExtras(&extras);
  if (ft->variadic && n > fixed) {
    const TypeDesc* elem = ft->params.back()->elem;
    extras = rt::gcAllocArray(elem, n - fixed);  // may collect: the args are the caller's (rooted)
    for (size_t i = fixed; i < n; ++i) {
      uint64_t scratch[3];
      const void* mem = nullptr;
      convertTo(elem, AnyValue{rt::typeOfTypeWord(args[i].tab), args[i]}, scratch, &mem);
      rt::typedmemmove(elem, static_cast<uint8_t*>(extras) + (i - fixed) * elem->size, mem);
    }
  }
  for (size_t i = 0; i < fixed; ++i) {
    uint64_t scratch[3];
    const void* mem = nullptr;
    convertTo(ft->params[i], AnyValue{rt::typeOfTypeWord(args[i].tab), args[i]}, scratch, &mem);
    rt::loadSlots(ft->params[i], mem, w);
    w += slotCount(ft->params[i]);
  }
  if (ft->variadic) {
    int64_t k = n > fixed ? static_cast<int64_t>(n - fixed) : 0;
    setSlice(w, rt::Slice{extras, k, k});  // no extras: a nil slice, as Go passes
  }
  if (c.closure != nullptr) {
    ctx.callClosure(c.closure, window.words.data(), window.words.size());
  } else {
    ctx.callFunc(c.func, window.words.data(), window.words.size());
  }

  // Results: the window stays pinned while they are boxed.
  size_t nr = ft->results.size();
  bool hasErr = nr > 0 && isErrorType(ft->results.back());
  size_t nv = nr - (hasErr ? 1 : 0);
  void* values = nullptr;
  rt::GcRoot pinValues(&values);
  if (nv > 0) values = rt::gcAllocArray(emptyInterfaceType(ctx.module()), nv);
  const uint64_t* r = window.words.data();
  for (size_t i = 0; i < nv; ++i) {
    const TypeDesc* t = ft->results[i];
    std::vector<uint64_t> mem(t->size / 8 + 1, 0);
    rt::storeSlots(t, mem.data(), r);
    rt::Iface boxed = boxValue(t, mem.data());  // mem's pointers are also in the pinned window
    auto* e = static_cast<rt::Iface*>(values) + i;
    e->tab = boxed.tab;
    rt::writeBarrier(&e->data, boxed.data);
    r += slotCount(t);
  }
  setSlice(slots, rt::Slice{values, static_cast<int64_t>(nv), static_cast<int64_t>(nv)});
  slots[3] = hasErr ? r[0] : 0;
  slots[4] = hasErr ? r[1] : 0;
  slots[5] = 0;
  setString(slots + 6, rt::String{});
}

/// Writes a failure as the native's results (values []any, err error, kind, detail).
void setCallFailure(uint64_t* slots, const Failure& f) {
  setSlice(slots, rt::Slice{});
  slots[3] = slots[4] = 0;
  slots[5] = static_cast<uint64_t>(f.kind);
  setString(slots + 6, newString(f.detail));
}

/// Go's name of method `name` of `t`: "main.T.M", "(*main.T).M".
std::string methodName(const TypeDesc* t, const std::string& name) {
  if (t->kind == Kind::Pointer) return "(" + t->name + ")." + name;
  return t->name + "." + name;
}

/// When `t` lacks method `name` but *t has it: the hint for the detail.
std::string pointerHint(const rt::Module& m, const TypeDesc* t, const std::string& name) {
  if (t->kind == Kind::Pointer) return "";
  for (const auto& p : m.types) {
    if (p->kind != Kind::Pointer || p->elem != t) continue;
    for (const rt::Method& mt : p->methods) {
      if (mt.name == name && mt.pkgPath.empty()) return " (the method has a pointer receiver: use a " + p->name + ")";
    }
  }
  return "";
}

}  // namespace

// func callNative(fn any, args []any) (values []any, err error, kind int, detail string):
// slots values(3) err(2) kind detail(2) | fn(2) args(3)
void callNative(rt::NativeContext& ctx, uint64_t* slots) {
  AnyValue fn = anyAt(slots + 8);
  rt::Slice args = slotSlice(slots + 10);
  const TypeDesc* t = fn.type;
  Failure f;
  if (t == nullptr) {
    f = fail(ErrKind::NilBase, "nil base: cannot call nil");
  } else if (t->kind != Kind::Func) {
    f = fail(ErrKind::BadCall, "cannot call a value of type " + t->name + " (not a func)");
  } else if (fn.iface.data == nullptr) {
    f = fail(ErrKind::NilBase, "nil base: cannot call a nil " + t->name);
  } else {
    Callee c;
    c.type = t;
    c.closure = static_cast<const rt::Closure*>(fn.iface.data);  // funcs are pointer-shaped
    c.func = c.closure->func;
    c.name = t->name;
    f = checkArgs(c, static_cast<const rt::Iface*>(args.ptr), static_cast<size_t>(args.len));
    if (!f) {
      invoke(ctx, slots, c, args);
      return;
    }
  }
  setCallFailure(slots, f);
}

// func callMethodNative(base any, name string, args []any) (values []any, err error, kind int, detail string):
// slots values(3) err(2) kind detail(2) | base(2) name(2) args(3)
void callMethodNative(rt::NativeContext& ctx, uint64_t* slots) {
  AnyValue base = anyAt(slots + 8);
  std::string name(slotString(slots + 10).view());
  rt::Slice args = slotSlice(slots + 12);
  const TypeDesc* t = base.type;
  Failure f;
  const rt::Method* m = nullptr;
  if (t != nullptr) {
    for (const rt::Method& mt : t->methods) {
      if (mt.name == name && mt.pkgPath.empty()) m = &mt;
    }
  }
  if (t == nullptr) {
    f = fail(ErrKind::NilBase, "nil base: cannot call method " + quoted(name) + " of nil");
  } else if (m == nullptr) {
    f = fail(ErrKind::NoMethod,
             "no method or field " + quoted(name) + " in " + t->name + pointerHint(ctx.module(), t, name));
  } else if (m->ifaceFunc == rt::kNoFunc || m->type == nullptr) {
    f = fail(ErrKind::BadCall, "cannot call " + methodName(t, name) +
                                   " dynamically: the program was built without its interface-call variant");
  } else {
    Callee c;
    c.type = m->type;
    c.func = m->ifaceFunc;
    c.method = true;
    c.receiver = rt::Iface{t, base.iface.data};
    c.name = methodName(t, name) + " " + m->type->name;
    f = checkArgs(c, static_cast<const rt::Iface*>(args.ptr), static_cast<size_t>(args.len));
    if (!f) {
      invoke(ctx, slots, c, args);
      return;
    }
  }
  setCallFailure(slots, f);
}

}  // namespace vo::stdlib::dyn
