// The bytecode verifier (verify.h): module-level checks first (types, function headers), then every instruction
// of every bytecode function, its operands checked by their OperandKind from opcodes.def.
#include "runtime-core/verify.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <unordered_map>
#include <utility>

#include "runtime-core/operands.h"
#include "runtime-core/runtime.h"

namespace vo::rt {

namespace {

using OK = OperandKind;

std::string str(int64_t v) { return std::to_string(v); }

std::string slotRange(int64_t base, int64_t count) {
  return count == 1 ? "slot " + str(base) : "slots " + str(base) + ".." + str(base + count - 1);
}

bool isPow2Align(uint8_t a) { return a == 1 || a == 2 || a == 4 || a == 8; }

// Types flattening into more slots than any frame holds (frames have uint16 sizes) keep an empty slot list
// (the code generator's TypeTable::kMaxMaterialisedSlots).
constexpr uint64_t kMaxFlatSlots = 1u << 16;
// Arrays and structs nest at most this deep (values, not pointers); deeper chains are rejected.
constexpr int kMaxTypeDepth = 1000;

bool isTerminator(Opcode op) {
  return op == Opcode::Ret || op == Opcode::Ret1 || op == Opcode::Jmp || op == Opcode::Panic;
}

class Verifier {
 public:
  Verifier(const Module& m, size_t maxErrors) : m_(m), max_(maxErrors == 0 ? 1 : maxErrors) {}

  std::vector<std::string> run() {
    checkModuleParts();
    // Instructions read types and callee headers: only look at them when those are sound.
    if (problems_ == 0) {
      for (size_t i = 0; i < m_.funcs.size() && !full(); ++i) checkCode(m_.funcs[i]);
    }
    if (truncated_) errors_.push_back("(more errors omitted)");
    return std::move(errors_);
  }

 private:
  bool full() const { return truncated_; }

  void error(std::string msg) {
    ++problems_;
    if (errors_.size() >= max_) {
      truncated_ = true;
      return;
    }
    errors_.push_back(std::move(msg));
  }

  // ---- module parts ------------------------------------------------------------------------------------------

  void checkModuleParts() {
    for (size_t i = 0; i < m_.types.size(); ++i) {
      if (m_.types[i] != nullptr) typeIndex_.emplace(m_.types[i].get(), static_cast<uint32_t>(i));
    }
    for (size_t i = 0; i < m_.types.size() && !full(); ++i) checkType(i);
    for (size_t i = 0; i < m_.constants.size(); ++i) {
      if (static_cast<uint8_t>(m_.constants[i].kind) > static_cast<uint8_t>(Constant::Kind::String)) {
        error("constant " + str(static_cast<int64_t>(i)) + ": invalid kind " +
              str(static_cast<uint8_t>(m_.constants[i].kind)));
      }
    }
    if (m_.globalsType != nullptr) {
      if (!typeIndex_.count(m_.globalsType)) {
        error("globals type does not belong to the module");
      } else if (m_.globalsType->kind != Kind::Struct) {
        error("globals type " + m_.globalsType->name + " is not a struct");
      }
    }
    for (size_t i = 0; i < m_.funcs.size() && !full(); ++i) checkFuncHeader(m_.funcs[i], i);
    if (m_.entry >= m_.funcs.size()) {
      error("entry function " + str(m_.entry) + " out of range (module has " + str(m_.funcs.size()) + " functions)");
    } else {
      const FuncInfo& e = m_.funcs[m_.entry];
      if (e.isNative() || e.numResultSlots != 0 || e.numParamSlots != 0) {
        error("entry function " + e.name + " must be a bytecode function without params and results");
      }
    }
    checkRuntimeErrorTypes();
    for (const auto& t : m_.types) {
      if (t != nullptr && t->kind == Kind::Interface && t->imethods.size() > maxMethods_) {
        maxMethods_ = t->imethods.size();
      }
    }
  }

  bool inModule(const TypeDesc* t) const { return t != nullptr && typeIndex_.count(t) != 0; }

  // Module::runtimeErrorType and friends: executors write run-time error values into these types' memory.
  const TypeDesc* runtimeErrorTypeAt(const char* what, int32_t index) {
    if (index == -1) return nullptr;
    if (index < 0 || static_cast<size_t>(index) >= m_.types.size() || m_.types[static_cast<size_t>(index)] == nullptr) {
      error(std::string(what) + " " + str(index) + " out of range (module has " +
            str(static_cast<int64_t>(m_.types.size())) + " types)");
      return nullptr;
    }
    return m_.types[static_cast<size_t>(index)].get();
  }
  static bool isOneString(const TypeDesc* t) {
    return t != nullptr && t->size == 16 && t->slots.size() == 2 && t->slots[0].kind == SlotKind::Ptr &&
           t->slots[0].offset == 0 && t->slots[1].kind == SlotKind::Scalar && t->slots[1].offset == 8;
  }
  // A struct whose fields have exactly these kinds at these offsets.
  static bool isStructOf(const TypeDesc* t, std::initializer_list<std::pair<Kind, uint32_t>> fields) {
    if (t == nullptr || t->kind != Kind::Struct || t->fields.size() != fields.size()) return false;
    size_t i = 0;
    for (const auto& [kind, offset] : fields) {
      const StructField& f = t->fields[i++];
      if (f.type == nullptr || f.type->kind != kind || f.offset != offset) return false;
    }
    return true;
  }
  void checkRuntimeErrorTypes() {
    for (auto [what, index] : {std::pair{"runtime error type", m_.runtimeErrorType},
                               std::pair{"plain error type", m_.plainErrorType}}) {
      const TypeDesc* t = runtimeErrorTypeAt(what, index);
      if (t != nullptr && !isOneString(t)) error(std::string(what) + " " + t->name + " is not exactly one string");
    }
    if (const TypeDesc* t = runtimeErrorTypeAt("bounds error type", m_.boundsErrorType)) {
      if (t->size != 24 ||
          !isStructOf(t, {{Kind::Int64, 0}, {Kind::Int, 8}, {Kind::Bool, 16}, {Kind::Uint8, 17}}))
        error("bounds error type " + t->name + " is not struct {x int64; y int; signed bool; code uint8}");
    }
    if (const TypeDesc* t = runtimeErrorTypeAt("type assertion error type", m_.typeAssertionErrorType)) {
      const TypeDesc* e = t->kind == Kind::Pointer ? t->elem : nullptr;
      bool ok = isStructOf(e, {{Kind::Pointer, 0}, {Kind::Pointer, 8}, {Kind::Pointer, 16}, {Kind::String, 24}});
      for (size_t i = 0; ok && i < 3; ++i) {
        const TypeDesc* rtype = e->fields[i].type->elem;
        ok = rtype == e->fields[0].type->elem && isStructOf(rtype, {{Kind::String, 0}, {Kind::String, 16}});
      }
      if (!ok)
        error("type assertion error type " + t->name +
              " is not a pointer to struct {_interface, concrete, asserted *struct {string; string}; string}");
    }
  }

  void checkTypeRef(const std::string& where, const char* what, const TypeDesc* t, bool required) {
    if (t == nullptr) {
      if (required) error(where + what + " type missing");
      return;
    }
    if (!inModule(t)) error(where + what + " type does not belong to the module");
  }

  void checkType(size_t i) {
    const TypeDesc* t = m_.types[i].get();
    std::string where = "type " + str(static_cast<int64_t>(i));
    if (t == nullptr) {
      error(where + ": null");
      return;
    }
    where += " (" + t->name + "): ";
    const size_t before = problems_;
    if (t->index != i) error(where + "index field is " + str(t->index));
    if (t->tag != DescTag::TypeDesc) error(where + "tag is not DescTag::TypeDesc");
    if (static_cast<uint8_t>(t->kind) > static_cast<uint8_t>(Kind::UnsafePointer) || t->kind == Kind::Invalid) {
      error(where + "invalid kind " + str(static_cast<uint8_t>(t->kind)));
      return;
    }
    if (!isPow2Align(t->align))
      error(where + "alignment " + str(t->align) + " is not 1, 2, 4 or 8");
    else if (t->size % t->align != 0)
      error(where + "size " + str(static_cast<int64_t>(t->size)) + " is not a multiple of alignment " + str(t->align));
    const bool needsElem = t->kind == Kind::Pointer || t->kind == Kind::Slice || t->kind == Kind::Array ||
                           t->kind == Kind::Chan || t->kind == Kind::Map;
    checkTypeRef(where, "elem", t->elem, needsElem);
    checkTypeRef(where, "key", t->key, t->kind == Kind::Map);
    for (const TypeDesc* p : t->params) checkTypeRef(where, "param", p, true);
    for (const TypeDesc* r : t->results) checkTypeRef(where, "result", r, true);
    for (const StructField& f : t->fields) checkTypeRef(where + "field " + f.name + ": ", "field", f.type, true);
    if (t->chanDir > 2) error(where + "invalid channel direction " + str(t->chanDir));
    for (const Method& mt : t->methods) {
      if (mt.ifaceFunc != kNoFunc && mt.ifaceFunc >= m_.funcs.size()) {
        error(where + "method " + mt.name + ": function index " + str(mt.ifaceFunc) + " out of range");
      }
      checkTypeRef(where + "method " + mt.name + ": ", "method", mt.type, false);
      if (mt.type != nullptr && inModule(mt.type) && mt.type->kind != Kind::Func) {
        error(where + "method " + mt.name + ": type " + mt.type->name + " is not a func type");
      }
    }
    if (problems_ != before) return;  // the parts below read the referenced types
    checkSlots(t, where);
  }

  // The register flattening must agree with the kind, the size and the parts (opcodes.def "Register
  // conventions"): executors copy slots to memory by these offsets and the GC trusts their kinds.
  void checkSlots(const TypeDesc* t, const std::string& where) {
    bool pointerSlot = false;
    for (size_t s = 0; s < t->slots.size(); ++s) {
      const SlotLayout& l = t->slots[s];
      auto at = [&] { return where + "slot " + str(static_cast<int64_t>(s)) + ": "; };
      if (!isValidSlotKind(l.kind)) {
        error(at() + "invalid slot kind " + str(static_cast<uint8_t>(l.kind)));
        return;
      }
      if (l.width != 1 && l.width != 2 && l.width != 4 && l.width != 8) {
        error(at() + "width " + str(l.width) + " is not 1, 2, 4 or 8");
        return;
      }
      if (static_cast<uint64_t>(l.offset) + l.width > t->size) {
        error(at() + "offset " + str(l.offset) + " + width " + str(l.width) + " beyond size " +
              str(static_cast<int64_t>(t->size)));
        return;
      }
      if (l.kind != SlotKind::Scalar && l.kind != SlotKind::Float && l.width != 8) {
        error(at() + std::string(slotKindName(l.kind)) + " slot must be 8 bytes wide");
        return;
      }
      if (l.kind == SlotKind::Float && l.width != 8 && !(l.width == 4 && l.isFloat32)) {
        error(at() + "Float slot of width " + str(l.width) + " must be a float32 of width 4 or a float64");
        return;
      }
      if (l.isFloat32 && (l.kind != SlotKind::Float || l.width != 4)) {
        error(at() + "float32 flag on a slot that is not a 4-byte Float");
        return;
      }
      pointerSlot |= l.kind == SlotKind::Ptr || l.kind == SlotKind::IfaceType || l.kind == SlotKind::IfaceData;
    }
    if (pointerSlot && !t->hasPointers()) error(where + "has pointer slots but not the has-pointers flag");
    if (t->direct() && t->size > 8) {
      error(where + "direct (held in an interface's data word) but " + str(static_cast<int64_t>(t->size)) + " bytes");
    }

    auto expectShape = [&](std::initializer_list<SlotKind> kinds, uint64_t size) {
      if (t->size != size) {
        error(where + std::string(kindName(t->kind)) + " must have size " + str(static_cast<int64_t>(size)) + ", has " +
              str(static_cast<int64_t>(t->size)));
        return;
      }
      bool ok = t->slots.size() == kinds.size();
      size_t s = 0;
      for (SlotKind k : kinds) {
        if (!ok) break;
        ok = t->slots[s].kind == k && t->slots[s].offset == 8 * s && t->slots[s].width == 8;
        ++s;
      }
      if (!ok) error(where + "slots do not match its kind " + std::string(kindName(t->kind)));
    };

    switch (t->kind) {
      case Kind::Bool:
      case Kind::Int:
      case Kind::Int8:
      case Kind::Int16:
      case Kind::Int32:
      case Kind::Int64:
      case Kind::Uint:
      case Kind::Uint8:
      case Kind::Uint16:
      case Kind::Uint32:
      case Kind::Uint64:
      case Kind::Uintptr:
        if (t->slots.size() != 1 || t->slots[0].kind != SlotKind::Scalar || t->slots[0].offset != 0 ||
            t->slots[0].width != t->size) {
          error(where + "must be one Scalar slot as wide as its size");
        }
        break;
      case Kind::Float32:
      case Kind::Float64:
        if (t->slots.size() != 1 || t->slots[0].kind != SlotKind::Float || t->slots[0].offset != 0 ||
            t->slots[0].width != t->size) {
          error(where + "must be one Float slot as wide as its size");
        }
        break;
      case Kind::Complex64:
      case Kind::Complex128:
        for (const SlotLayout& l : t->slots) {
          if (l.kind != SlotKind::Float) error(where + "complex slots must be Float");
        }
        break;
      case Kind::String:
        expectShape({SlotKind::Ptr, SlotKind::Scalar}, 16);
        break;
      case Kind::Slice:
        expectShape({SlotKind::Ptr, SlotKind::Scalar, SlotKind::Scalar}, 24);
        break;
      case Kind::Interface:
        expectShape({SlotKind::IfaceType, SlotKind::IfaceData}, 16);
        break;
      case Kind::Pointer:
      case Kind::Map:
      case Kind::Chan:
      case Kind::Func:
      case Kind::UnsafePointer:
        expectShape({SlotKind::Ptr}, 8);
        break;
      case Kind::Array:
        checkArraySlots(t, where);
        break;
      case Kind::Struct:
        checkStructSlots(t, where);
        break;
      case Kind::Invalid:
        break;
    }
  }

  static bool sameLayout(const SlotLayout& a, const SlotLayout& b, uint64_t shift) {
    return a.kind == b.kind && a.width == b.width && a.isSigned == b.isSigned && a.isFloat32 == b.isFloat32 &&
           static_cast<uint64_t>(a.offset) == b.offset + shift;
  }

  void checkArraySlots(const TypeDesc* t, const std::string& where) {
    const TypeDesc* e = t->elem;
    if (t->len < 0) {
      error(where + "negative array length " + str(t->len));
      return;
    }
    const uint64_t len = static_cast<uint64_t>(t->len);
    if (e->size != 0 && len > UINT64_MAX / e->size) {
      error(where + "array size overflows");
      return;
    }
    if (t->size != len * e->size) {
      error(where + "size " + str(static_cast<int64_t>(t->size)) + " is not length " + str(t->len) +
            " times element size " + str(static_cast<int64_t>(e->size)));
      return;
    }
    const uint64_t per = flatSlots(e);
    if (per != 0 && len > kMaxFlatSlots / per) {
      if (!t->slots.empty()) error(where + "more than " + str(kMaxFlatSlots) + " slots must not be materialised");
      return;
    }
    if (len * per > kMaxFlatSlots) {
      if (!t->slots.empty()) error(where + "more than " + str(kMaxFlatSlots) + " slots must not be materialised");
      return;
    }
    if (len * per != t->slots.size()) {
      error(where + "has " + str(static_cast<int64_t>(t->slots.size())) + " slots, expected length " + str(t->len) +
            " times " + str(static_cast<int64_t>(per)));
      return;
    }
    for (uint64_t i = 0; i < len && per != 0; ++i) {
      for (uint64_t s = 0; s < per; ++s) {
        if (!sameLayout(t->slots[i * per + s], e->slots[s], i * e->size)) {
          error(where + "slot " + str(static_cast<int64_t>(i * per + s)) + " does not match element " +
                str(static_cast<int64_t>(i)) + "'s slot " + str(static_cast<int64_t>(s)));
          return;
        }
      }
    }
  }

  void checkStructSlots(const TypeDesc* t, const std::string& where) {
    const uint64_t flat = flatSlots(t);
    if (flat > kMaxFlatSlots) {
      if (!t->slots.empty()) error(where + "more than " + str(kMaxFlatSlots) + " slots must not be materialised");
      return;
    }
    size_t next = 0;
    for (const StructField& f : t->fields) {
      const std::string at = where + "field " + f.name + ": ";
      if (static_cast<uint64_t>(f.offset) + f.type->size > t->size) {
        error(at + "offset " + str(f.offset) + " + size " + str(static_cast<int64_t>(f.type->size)) +
              " beyond struct size " + str(static_cast<int64_t>(t->size)));
        return;
      }
      if (f.firstSlot != next) {
        error(at + "first slot is " + str(f.firstSlot) + ", expected " + str(static_cast<int64_t>(next)));
        return;
      }
      if (f.type->slots.size() > t->slots.size() - next) {
        error(at + "its slots run past the struct's " + str(static_cast<int64_t>(t->slots.size())) + " slots");
        return;
      }
      for (size_t s = 0; s < f.type->slots.size(); ++s) {
        if (!sameLayout(t->slots[next + s], f.type->slots[s], f.offset)) {
          error(at + "struct slot " + str(static_cast<int64_t>(next + s)) + " does not match the field's slot " +
                str(static_cast<int64_t>(s)));
          return;
        }
      }
      next += f.type->slots.size();
    }
    if (next != t->slots.size()) {
      error(where + "has " + str(static_cast<int64_t>(t->slots.size())) + " slots, its fields " +
            str(static_cast<int64_t>(next)));
    }
  }

  // The number of register slots a value of `t` flattens into, computed from its parts (capped at
  // kMaxFlatSlots + 1: types that big keep an empty slot list, as no frame can hold them). Memoised; a cycle
  // through values (a struct containing itself) is impossible in Go and counts as too big.
  uint64_t flatSlots(const TypeDesc* t) {
    auto it = flat_.find(t);
    if (it != flat_.end()) return it->second;
    if (depth_ >= kMaxTypeDepth) {
      if (!tooDeep_) error("type " + t->name + ": values nested more than " + str(kMaxTypeDepth) + " types deep");
      tooDeep_ = true;
      return kMaxFlatSlots + 1;
    }
    flat_[t] = kMaxFlatSlots + 1;  // in progress
    ++depth_;
    uint64_t n = 0;
    if (t->kind == Kind::Array) {
      const uint64_t per = t->elem == nullptr || !inModule(t->elem) ? 0 : flatSlots(t->elem);
      const uint64_t len = t->len < 0 ? 0 : static_cast<uint64_t>(t->len);
      n = per == 0 ? 0 : (len > (kMaxFlatSlots + 1) / per ? kMaxFlatSlots + 1 : len * per);
    } else if (t->kind == Kind::Struct) {
      for (const StructField& f : t->fields) {
        if (f.type != nullptr && inModule(f.type)) n += flatSlots(f.type);
        if (n > kMaxFlatSlots) n = kMaxFlatSlots + 1;
      }
    } else {
      n = t->slots.size();
    }
    --depth_;
    flat_[t] = n;
    return n;
  }

  std::string funcName(const FuncInfo& f, size_t i) const {
    return f.name.empty() ? "func #" + str(static_cast<int64_t>(i)) : f.name;
  }

  void checkFuncHeader(const FuncInfo& f, size_t i) {
    const std::string where = funcName(f, i) + ": ";
    if (f.slotKinds.size() != f.frameSize) {
      error(where + "has " + str(static_cast<int64_t>(f.slotKinds.size())) + " slot kinds for a frame of " +
            str(f.frameSize) + " slots");
    }
    for (size_t s = 0; s < f.slotKinds.size(); ++s) {
      if (!isValidSlotKind(f.slotKinds[s])) {
        error(where + "slot " + str(static_cast<int64_t>(s)) + " has invalid kind " +
              str(static_cast<uint8_t>(f.slotKinds[s])));
        break;
      }
    }
    if (static_cast<uint32_t>(f.numResultSlots) + f.numParamSlots > f.frameSize) {
      error(where + str(f.numResultSlots) + " result + " + str(f.numParamSlots) + " param slots exceed the frame of " +
            str(f.frameSize) + " slots");
    }
    if (!(f.file < m_.files.size() || (m_.files.empty() && f.file == 0))) {
      error(where + "file index " + str(f.file) + " out of range (module has " +
            str(static_cast<int64_t>(m_.files.size())) + " files)");
    }
    if (f.flags & ~(kFuncNative | kFuncHidden | kFuncHasDefer | kFuncIfaceForward))
      error(where + "unknown flags " + str(f.flags));
    if (f.isNative()) {
      if (!f.code.empty()) error(where + "native function has code");
      if (f.recoverPc != -1) error(where + "native function has a recover pc");
      return;
    }
    if (f.code.empty()) {
      error(where + "bytecode function without code");
      return;
    }
    const Instr& last = f.code.back();
    if (static_cast<size_t>(last.op) >= kNumOpcodes || !isTerminator(last.op)) {
      error(where + "last instruction (pc " + str(static_cast<int64_t>(f.code.size() - 1)) +
            ") must be ret, jmp or panic");
    }
    if (f.recoverPc != -1 && (f.recoverPc < 0 || static_cast<size_t>(f.recoverPc) >= f.code.size())) {
      error(where + "recover pc " + str(f.recoverPc) + " out of range (function has " +
            str(static_cast<int64_t>(f.code.size())) + " instructions)");
    }
    for (size_t k = 0; k < f.lines.size(); ++k) {
      if (f.lines[k].pc > f.code.size() || (k > 0 && f.lines[k].pc < f.lines[k - 1].pc)) {
        error(where + "line table entry " + str(static_cast<int64_t>(k)) + " (pc " + str(f.lines[k].pc) +
              ") is out of order or past the code");
        break;
      }
    }
    // The inline tree: one level of disjoint, ordered pc ranges inside the code, each naming its callee and a file.
    for (size_t k = 0; k < f.inlined.size(); ++k) {
      const InlinedCall& c = f.inlined[k];
      const std::string at = where + "inlined call " + str(static_cast<int64_t>(k)) + " (" + c.name + "): ";
      if (c.name.empty()) error(at + "has no function name");
      if (!(c.startPc < c.endPc && c.endPc <= f.code.size())) {
        error(at + "pc range [" + str(c.startPc) + ", " + str(c.endPc) + ") is empty or past the code");
        break;
      }
      if (k > 0 && c.startPc < f.inlined[k - 1].endPc) {
        error(at + "pc range starts at " + str(c.startPc) + ", inside or before the previous one");
        break;
      }
      if (!(c.file < m_.files.size() || (m_.files.empty() && c.file == 0)))
        error(at + "file index " + str(c.file) + " out of range");
    }
  }

  // ---- instructions ------------------------------------------------------------------------------------------

  void checkCode(const FuncInfo& f) {
    if (f.isNative()) return;
    frameObjectsEnd_ = 0;
    lowestWindow_ = INT64_MAX;
    for (size_t pc = 0; pc < f.code.size() && !full(); ++pc) checkInstr(f, pc);
    // A callee's frame begins at its call window and the caller's GC scan stops there: frame objects (which stay
    // live for the whole activation) must lie below every window of the function.
    if (frameObjectsEnd_ > lowestWindow_ && !full()) {
      cur_ = &f;
      curPc_ = lowestWindowPc_;
      curMnemonic_ = opInfo(f.code[lowestWindowPc_].op).mnemonic;
      instrError(-1, "call window at slot " + str(lowestWindow_) + " is below the end of a frame object (slot " +
                         str(frameObjectsEnd_) + ")");
    }
  }

  void checkInstr(const FuncInfo& f, size_t pc) {
    const Instr& in = f.code[pc];
    cur_ = &f;
    curPc_ = pc;
    if (static_cast<size_t>(in.op) >= kNumOpcodes) {
      error(f.name + " pc " + str(static_cast<int64_t>(pc)) + ": invalid opcode " + str(static_cast<uint16_t>(in.op)));
      return;
    }
    curMnemonic_ = opInfo(in.op).mnemonic;
    const size_t before = problems_;
    for (int field = 0; field < 5; ++field) checkScalarOperand(f, pc, in, field);
    if (in.op == Opcode::Ret1 && f.numResultSlots != 1)
      instrError(-1, "in a function with " + str(f.numResultSlots) + " result slots (must be 1)");
    if (problems_ != before) return;  // register runs read the index operands

    RegRuns runs;
    std::string runError;
    if (!computeRegRuns(m_, in, runs, runError)) {
      instrError(-1, runError);
      return;
    }
    bool inRange = true;
    for (size_t r = 0; r < runs.size; ++r) inRange &= checkRunRange(f, runs.runs[r]);
    if (!inRange) return;
    for (size_t r = 0; r < runs.size; ++r) {
      const RegRun& run = runs.runs[r];
      checkRunKinds(f, runs, run);
      if (run.rule == RunKindRule::FrameObject) frameObjectsEnd_ = std::max(frameObjectsEnd_, run.base + run.count);
      if (run.window && run.base < lowestWindow_) {
        lowestWindow_ = run.base;
        lowestWindowPc_ = pc;
      }
    }
  }

  // Reports a problem of the current instruction: "main.f pc 12 (add): operand b: ..." (no operand when field < 0).
  // The prefix is built only here, so valid code costs no string work.
  void instrError(int field, const std::string& msg) {
    std::string s = cur_->name + " pc " + str(static_cast<int64_t>(curPc_)) + " (" + std::string(curMnemonic_) + "): ";
    if (field >= 0) s += std::string("operand ") + operandFieldName(field) + ": ";
    error(s + msg);
  }

  // Operands that are not registers: indices, jumps, offsets, unused fields.
  void checkScalarOperand(const FuncInfo& f, size_t pc, const Instr& in, int field) {
    const int64_t v = operandValue(in, field);
    switch (opInfo(in.op).operands[static_cast<size_t>(field)]) {
      case OK::None:
        if (v != 0) instrError(field, "unused field is " + str(v) + " (must be 0)");
        break;
      case OK::Count:
      case OK::Offset:
        if (v < 0)
          instrError(field,
                     std::string("negative ") +
                         (opInfo(in.op).operands[static_cast<size_t>(field)] == OK::Count ? "count " : "offset ") +
                         str(v));
        break;
      case OK::Imm:
        if (in.op == Opcode::LoadCapture && v < 0) instrError(field, "negative capture index " + str(v));
        if ((in.op == Opcode::DivImm || in.op == Opcode::RemImm) && field == 3 && (v == 0 || v == -1))
          instrError(field, "divisor " + str(v) + " (must not be 0 or -1)");
        if ((in.op == Opcode::DivImm || in.op == Opcode::RemImm) && field == 4 && v != 0 &&
            !(v > 0 && v < 31 && in.d == (int32_t{1} << v)))
          instrError(field, "shift " + str(v) + " but the divisor is " + str(in.d) + " (must be 1 << shift)");
        break;
      case OK::Const:
        if (v < 0 || static_cast<uint64_t>(v) >= m_.constants.size()) {
          instrError(field, "constant index " + str(v) + " out of range (module has " +
                                str(static_cast<int64_t>(m_.constants.size())) + " constants)");
        } else if (in.op == Opcode::LoadStr && m_.constants[static_cast<size_t>(v)].kind != Constant::Kind::String) {
          instrError(field, "constant " + str(v) + " is not a string");
        } else if (in.op != Opcode::LoadConst && in.op != Opcode::LoadStr &&
                   m_.constants[static_cast<size_t>(v)].kind != Constant::Kind::Float) {
          instrError(field, "constant " + str(v) + " is not a float");  // the K operand of float arithmetic
        }
        break;
      case OK::Func:
        if (v < 0 || static_cast<uint64_t>(v) >= m_.funcs.size()) {
          instrError(field, "function index " + str(v) + " out of range (module has " +
                                str(static_cast<int64_t>(m_.funcs.size())) + " functions)");
        }
        break;
      case OK::Type:
        checkTypeOperand(in, field, v);
        break;
      case OK::Jump: {
        const int64_t target = static_cast<int64_t>(pc) + v;
        if (target < 0 || static_cast<uint64_t>(target) >= f.code.size()) {
          instrError(field, "jump target " + str(target) + " outside the function (" +
                                str(static_cast<int64_t>(f.code.size())) + " instructions)");
        }
        break;
      }
      case OK::Global:
        if (m_.globalsType == nullptr) {
          instrError(field, "global offset " + str(v) + " but the module has no globals");
        } else if (v < 0 || static_cast<uint64_t>(v) > m_.globalsType->size) {
          instrError(field, "global offset " + str(v) + " out of range (globals are " +
                                str(static_cast<int64_t>(m_.globalsType->size)) + " bytes)");
        }
        break;
      case OK::MethodIndex:
        if (static_cast<uint64_t>(v) >= maxMethods_) {
          instrError(field,
                     "method index " + str(v) + " out of range (no interface of the module has that many methods)");
        }
        break;
      default:
        break;  // registers: checked as runs
    }
  }

  void checkTypeOperand(const Instr& in, int field, int64_t v) {
    if (in.op == Opcode::IfaceIs && field == 3 && v == -1) return;  // "b is nil"
    if (v < 0 || static_cast<uint64_t>(v) >= m_.types.size()) {
      instrError(field, "type index " + str(v) + " out of range (module has " +
                            str(static_cast<int64_t>(m_.types.size())) + " types)");
      return;
    }
    const TypeDesc* t = m_.types[static_cast<size_t>(v)].get();
    Kind want = Kind::Invalid;
    switch (in.op) {
      case Opcode::MakeMap:
      case Opcode::MapGet:
      case Opcode::MapSet:
      case Opcode::MapAddr:
      case Opcode::MapDelete:
      case Opcode::MapClear:
      case Opcode::MapIter:
      case Opcode::MapNext:
        want = Kind::Map;
        break;
      case Opcode::MakeIface:
      case Opcode::AssertType:
        if (field == 4) want = Kind::Interface;
        break;
      case Opcode::IfaceToIface:
      case Opcode::AssertIface:
      case Opcode::IfaceImpl:
        want = Kind::Interface;
        break;
      default:
        break;
    }
    if (want != Kind::Invalid && t->kind != want) {
      instrError(field, "type " + t->name + " is not " + (want == Kind::Map ? "a map type" : "an interface type"));
    }
  }

  bool checkRunRange(const FuncInfo& f, const RegRun& r) {
    if (r.count == 0) {
      if (r.base > f.frameSize) {
        instrError(r.field, (r.window ? "call window at slot " : "empty run at slot ") + str(r.base) +
                                " beyond the frame (" + str(f.frameSize) + " slots)");
        return false;
      }
      return true;
    }
    if (r.base < 0 || r.count < 0 || r.base + r.count > f.frameSize) {
      instrError(r.field, slotRange(r.base, r.count) + " out of range (frame has " + str(f.frameSize) + " slots)");
      return false;
    }
    return true;
  }

  void checkRunKinds(const FuncInfo& f, const RegRuns& runs, const RegRun& r) {
    for (int64_t i = 0; i < r.count; ++i) {
      const int64_t slot = r.base + i;
      const SlotKind have = f.slotKinds[static_cast<size_t>(slot)];
      bool ok = true;
      SlotKind want = have;
      const RegRun* other = nullptr;
      switch (r.rule) {
        case RunKindRule::Exact:
          want = expectedKind(r, i);
          ok = have == want;
          break;
        case RunKindRule::Any:
          break;
        case RunKindRule::PtrOrScalar:
          ok = have == SlotKind::Ptr || have == SlotKind::Scalar;
          break;
        case RunKindRule::AllPtr:
          ok = have == SlotKind::Ptr;
          break;
        case RunKindRule::FrameObject:
          want = frameObjectSlotKind(r.type, static_cast<uint64_t>(i));
          ok = have == want;
          break;
        case RunKindRule::SameAs:
          other = &runs.runs[static_cast<size_t>(r.other)];
          if (other->count == 0) break;
          want = f.slotKinds[static_cast<size_t>(other->base + i % other->count)];
          ok = have == want;
          break;
      }
      if (ok) continue;
      std::string expected = std::string(slotKindName(want));
      if (r.rule == RunKindRule::PtrOrScalar) expected = "Ptr or Scalar";
      if (r.rule == RunKindRule::AllPtr) expected = "Ptr";
      if (other != nullptr) expected += std::string(" like operand ") + operandFieldName(other->field);
      std::string what = "slot " + str(slot) + " is " + std::string(slotKindName(have)) + ", expected " + expected;
      if (r.type != nullptr)
        what += (r.rule == RunKindRule::FrameObject ? " (frame object of type " : " (value of type ") + r.type->name + ")";
      if (r.callee != nullptr) what += " (call window of " + r.callee->name + ")";
      instrError(r.field, what);
      return;
    }
  }

  const Module& m_;
  size_t max_;
  const FuncInfo* cur_ = nullptr;  // the instruction being checked (instrError)
  int64_t frameObjectsEnd_ = 0;     // checkCode: end of the highest frame object run so far
  int64_t lowestWindow_ = 0;        // checkCode: base of the lowest call window so far, and its pc
  size_t lowestWindowPc_ = 0;
  size_t curPc_ = 0;
  std::string_view curMnemonic_;
  bool truncated_ = false;
  size_t problems_ = 0;  // every error reported, including those beyond max_
  std::vector<std::string> errors_;
  std::unordered_map<const TypeDesc*, uint32_t> typeIndex_;
  size_t maxMethods_ = 0;
  std::unordered_map<const TypeDesc*, uint64_t> flat_;
  int depth_ = 0;  // flatSlots recursion: bounded so that hostile type chains cannot exhaust the stack
  bool tooDeep_ = false;
};

}  // namespace

std::vector<std::string> verifyModuleErrors(const Module& m, size_t maxErrors) { return Verifier(m, maxErrors).run(); }

bool verifyModule(const Module& m, std::string& error) {
  std::vector<std::string> errors = verifyModuleErrors(m);
  error.clear();
  for (size_t i = 0; i < errors.size(); ++i) {
    if (i > 0) error += '\n';
    error += errors[i];
  }
  return errors.empty();
}

}  // namespace vo::rt
