// Register runs of instructions (operands.h): the fixed shapes of RegS..RegSlice from the operand kind, and the
// per-opcode rules of RegX, OptReg and Window operands from opcodes.def's comments.
#include "runtime-core/operands.h"

#include <algorithm>

#include "runtime-core/runtime.h"

namespace vo::rt {

namespace {

using OK = OperandKind;

RegRun exactRun(int field, int64_t base, std::initializer_list<SlotKind> kinds) {
  RegRun r;
  r.field = field;
  r.base = base;
  r.rule = RunKindRule::Exact;
  r.count = static_cast<int64_t>(kinds.size());
  size_t i = 0;
  for (SlotKind k : kinds) r.kinds[i++] = k;
  return r;
}

RegRun typedRun(int field, int64_t base, const TypeDesc* t) {
  RegRun r;
  r.field = field;
  r.base = base;
  r.rule = RunKindRule::Exact;
  r.type = t;
  r.count = t->numSlots();
  return r;
}

RegRun ruleRun(int field, int64_t base, int64_t count, RunKindRule rule, int other = -1) {
  RegRun r;
  r.field = field;
  r.base = base;
  r.count = count;
  r.rule = rule;
  r.other = other;
  return r;
}

std::string fieldPrefix(int field) { return std::string("operand ") + operandFieldName(field) + ": "; }

// The TypeDesc named by Type operand `field`, or nullptr with `error` set.
const TypeDesc* typeOperand(const Module& m, const Instr& in, int field, std::string& error) {
  int64_t v = operandValue(in, field);
  if (v < 0 || static_cast<uint64_t>(v) >= m.types.size()) {
    error = fieldPrefix(field) + "type index " + std::to_string(v) + " out of range (module has " +
            std::to_string(m.types.size()) + " types)";
    return nullptr;
  }
  const TypeDesc* t = m.types[static_cast<size_t>(v)].get();
  if (t == nullptr) error = fieldPrefix(field) + "type " + std::to_string(v) + " is null";
  return t;
}

// The map type named by Type operand `field` with its key and value types, or false with `error` set.
bool mapOperand(const Module& m, const Instr& in, int field, const TypeDesc*& key, const TypeDesc*& elem,
                std::string& error) {
  const TypeDesc* t = typeOperand(m, in, field, error);
  if (t == nullptr) return false;
  if (t->kind != Kind::Map || t->key == nullptr || t->elem == nullptr) {
    error = fieldPrefix(field) + "type " + t->name + " is not a map type";
    return false;
  }
  key = t->key;
  elem = t->elem;
  return true;
}

bool isAbsentOptReg(const Instr& in, int field) {
  return field < 3 ? operandValue(in, field) == kNoReg16 : operandValue(in, field) == kNoReg32;
}

}  // namespace

std::string_view slotKindName(SlotKind k) {
  switch (k) {
    case SlotKind::Scalar:
      return "Scalar";
    case SlotKind::Float:
      return "Float";
    case SlotKind::Ptr:
      return "Ptr";
    case SlotKind::IfaceType:
      return "IfaceType";
    case SlotKind::IfaceData:
      return "IfaceData";
  }
  return "?";
}

char slotKindLetter(SlotKind k) {
  switch (k) {
    case SlotKind::Scalar:
      return 'S';
    case SlotKind::Float:
      return 'F';
    case SlotKind::Ptr:
      return 'P';
    case SlotKind::IfaceType:
      return 'T';
    case SlotKind::IfaceData:
      return 'D';
  }
  return '?';
}

std::string_view kindName(Kind k) {
  static constexpr std::string_view kNames[] = {
      "invalid", "bool",   "int",       "int8",    "int16",   "int32",   "int64",     "uint",       "uint8",
      "uint16",  "uint32", "uint64",    "uintptr", "float32", "float64", "complex64", "complex128", "array",
      "chan",    "func",   "interface", "map",     "ptr",     "slice",   "string",    "struct",     "unsafe.Pointer"};
  const auto i = static_cast<size_t>(k);
  return i < std::size(kNames) ? kNames[i] : std::string_view("?");
}

int64_t operandValue(const Instr& in, int field) {
  switch (field) {
    case 0:
      return in.a;
    case 1:
      return in.b;
    case 2:
      return in.c;
    case 3:
      return in.d;
    default:
      return in.e;
  }
}

SlotKind expectedKind(const RegRun& run, int64_t i) {
  if (run.type != nullptr) return run.type->slots[static_cast<size_t>(i)].kind;
  if (run.callee != nullptr) return run.callee->slotKinds[static_cast<size_t>(i)];
  return run.kinds[static_cast<size_t>(i)];
}

bool computeRegRuns(const Module& m, const Instr& in, RegRuns& out, std::string& error) {
  out.size = 0;
  const OpInfo& info = opInfo(in.op);
  auto add = [&](const RegRun& r) { out.runs[out.size++] = r; };

  // RegX, OptReg and Window operands: per-opcode rules (opcodes.def comments).
  switch (in.op) {
    case Opcode::Mov:
      add(ruleRun(1, in.b, in.c, RunKindRule::Any));
      add(ruleRun(0, in.a, in.c, RunKindRule::SameAs, 0));
      break;
    case Opcode::Mov1:
      add(ruleRun(1, in.b, 1, RunKindRule::Any));
      add(ruleRun(0, in.a, 1, RunKindRule::SameAs, 0));
      break;
    case Opcode::Ret1:  // the result slot 0 takes a's kind (a's run last: the disassembler shows the last run)
      add(ruleRun(0, 0, 1, RunKindRule::SameAs, 1));
      add(ruleRun(0, in.a, 1, RunKindRule::Any));
      break;
    case Opcode::Zero:
      add(ruleRun(0, in.a, in.c, RunKindRule::Any));
      break;
    case Opcode::LoadConst: {
      if (in.d < 0 || static_cast<uint64_t>(in.d) >= m.constants.size()) {
        error = "operand d: constant index " + std::to_string(in.d) + " out of range (module has " +
                std::to_string(m.constants.size()) + " constants)";
        return false;
      }
      const Constant& k = m.constants[static_cast<size_t>(in.d)];
      if (k.kind == Constant::Kind::Int) {
        add(exactRun(0, in.a, {SlotKind::Scalar}));
      } else if (k.kind == Constant::Kind::Float) {
        add(exactRun(0, in.a, {SlotKind::Float}));
      } else {
        error = "operand d: constant " + std::to_string(in.d) + " is a string (use lds)";
        return false;
      }
      break;
    }
    case Opcode::MakeClosure:
      add(ruleRun(1, in.b, in.c, RunKindRule::AllPtr));
      break;
    case Opcode::LdVal:
    case Opcode::StVal: {
      const TypeDesc* t = typeOperand(m, in, 4, error);
      if (t == nullptr) return false;
      add(typedRun(in.op == Opcode::LdVal ? 0 : 1, in.op == Opcode::LdVal ? in.a : in.b, t));
      break;
    }
    case Opcode::FrameAddr: {
      const TypeDesc* t = typeOperand(m, in, 3, error);
      if (t == nullptr) return false;
      RegRun r;
      r.field = 1;
      r.base = in.b;
      r.rule = RunKindRule::FrameObject;
      r.type = t;
      // Sizes beyond any frame are clamped (the range check rejects them) so that the count cannot overflow.
      r.count = static_cast<int64_t>(std::min<uint64_t>(frameObjectSlots(t), uint64_t{1} << 20));
      add(r);
      break;
    }
    case Opcode::LdSlotIdx:
    case Opcode::StSlotIdx: {
      if (in.d < 0 || in.e < 0) {
        error = "slots per element (d) and length (e) must be non-negative";
        return false;
      }
      const int64_t whole = static_cast<int64_t>(in.d) * in.e;
      const bool load = in.op == Opcode::LdSlotIdx;
      // The element run (d slots) has any kinds; the array run repeats them e times.
      add(ruleRun(load ? 0 : 1, load ? in.a : in.b, in.d, RunKindRule::Any));
      add(ruleRun(load ? 1 : 0, load ? in.b : in.a, whole, RunKindRule::SameAs, 0));
      break;
    }
    case Opcode::SliceS:
      add(exactRun(2, in.c, {SlotKind::Scalar, SlotKind::Scalar}));
      break;
    case Opcode::SliceSlice:
    case Opcode::SliceArr:
      add(exactRun(2, in.c, {SlotKind::Scalar, SlotKind::Scalar, SlotKind::Scalar}));
      break;
    case Opcode::Append: {
      const TypeDesc* t = typeOperand(m, in, 3, error);
      if (t == nullptr) return false;
      add(typedRun(2, in.c, t));
      break;
    }
    case Opcode::DecodeRune:
      add(exactRun(0, in.a, {SlotKind::Scalar, SlotKind::Scalar}));
      break;
    case Opcode::MapGet: {
      const TypeDesc *key, *elem;
      if (!mapOperand(m, in, 3, key, elem, error)) return false;
      add(typedRun(0, in.a, elem));
      add(typedRun(2, in.c, key));
      break;
    }
    case Opcode::MapSet: {
      const TypeDesc *key, *elem;
      if (!mapOperand(m, in, 3, key, elem, error)) return false;
      add(typedRun(1, in.b, key));
      add(typedRun(2, in.c, elem));
      break;
    }
    case Opcode::MapDelete: {
      const TypeDesc *key, *elem;
      if (!mapOperand(m, in, 3, key, elem, error)) return false;
      add(typedRun(1, in.b, key));
      break;
    }
    case Opcode::MapAddr: {
      const TypeDesc *key, *elem;
      if (!mapOperand(m, in, 3, key, elem, error)) return false;
      add(typedRun(2, in.c, key));
      break;
    }
    case Opcode::MapNext: {
      const TypeDesc *key, *elem;
      if (!mapOperand(m, in, 4, key, elem, error)) return false;
      if (in.b != kNoReg16) add(typedRun(1, in.b, key));
      if (in.c != kNoReg16) add(typedRun(2, in.c, elem));
      break;
    }
    case Opcode::MakeIface: {
      const TypeDesc* t = typeOperand(m, in, 3, error);
      if (t == nullptr) return false;
      add(typedRun(1, in.b, t));
      break;
    }
    case Opcode::AssertType: {
      const TypeDesc* t = typeOperand(m, in, 3, error);
      if (t == nullptr) return false;
      add(typedRun(0, in.a, t));
      break;
    }
    case Opcode::IfaceData:
      add(ruleRun(0, in.a, 1, RunKindRule::PtrOrScalar));
      break;
    case Opcode::EqVal: {
      const TypeDesc* t = typeOperand(m, in, 3, error);
      if (t == nullptr) return false;
      add(typedRun(1, in.b, t));
      add(typedRun(2, in.c, t));
      break;
    }
    case Opcode::Print: {
      const TypeDesc* t = typeOperand(m, in, 3, error);
      if (t == nullptr) return false;
      add(typedRun(0, in.a, t));
      break;
    }
    case Opcode::ChanSend:
    case Opcode::ChanRecv: {
      const TypeDesc* t = typeOperand(m, in, 3, error);
      if (t == nullptr) return false;
      add(typedRun(in.op == Opcode::ChanSend ? 1 : 0, in.op == Opcode::ChanSend ? in.b : in.a, t));
      break;
    }
    case Opcode::Select: {
      if (in.c > 4096) {
        error = "operand c: select case count " + std::to_string(in.c) + " out of range";
        return false;
      }
      if (in.c == 0) break;
      // Case 0 is {Ptr, Ptr, Scalar}; the table repeats its kinds.
      add(exactRun(1, in.b, {SlotKind::Ptr, SlotKind::Ptr, SlotKind::Scalar}));
      add(ruleRun(1, in.b, 3 * static_cast<int64_t>(in.c), RunKindRule::SameAs, 0));
      break;
    }
    case Opcode::Call: {
      if (in.d < 0 || static_cast<uint64_t>(in.d) >= m.funcs.size()) {
        error = "operand d: function index " + std::to_string(in.d) + " out of range (module has " +
                std::to_string(m.funcs.size()) + " functions)";
        return false;
      }
      const FuncInfo& callee = m.funcs[static_cast<size_t>(in.d)];
      RegRun r;
      r.field = 0;
      r.base = in.a;
      r.count = static_cast<int64_t>(callee.numResultSlots) + callee.numParamSlots;
      r.rule = RunKindRule::Exact;
      r.callee = &callee;
      r.window = true;
      add(r);
      break;
    }
    default:
      break;
  }

  // The fixed shapes, and every OptReg not handled above (one Scalar slot: a count, a capacity or an ok flag).
  for (int field = 0; field < 5; ++field) {
    const int64_t v = operandValue(in, field);
    switch (info.operands[static_cast<size_t>(field)]) {
      case OK::RegS:
        if (in.op != Opcode::DecodeRune || field != 0) add(exactRun(field, v, {SlotKind::Scalar}));
        break;
      case OK::RegF:
        add(exactRun(field, v, {SlotKind::Float}));
        break;
      case OK::RegP:
        add(exactRun(field, v, {SlotKind::Ptr}));
        break;
      case OK::RegI:
        add(exactRun(field, v, {SlotKind::IfaceType, SlotKind::IfaceData}));
        break;
      case OK::RegStr:
        add(exactRun(field, v, {SlotKind::Ptr, SlotKind::Scalar}));
        break;
      case OK::RegSlice:
        add(exactRun(field, v, {SlotKind::Ptr, SlotKind::Scalar, SlotKind::Scalar}));
        break;
      case OK::OptReg:
        if (in.op == Opcode::MapNext || isAbsentOptReg(in, field)) break;
        if (v < 0) {
          error = fieldPrefix(field) + "negative register " + std::to_string(v) + " (absent is -1)";
          return false;
        }
        add(exactRun(field, v, {SlotKind::Scalar}));
        break;
      case OK::Window:
        if (in.op != Opcode::Call) {
          RegRun r = ruleRun(field, v, 0, RunKindRule::Any);
          r.window = true;
          add(r);
        }
        break;
      default:
        break;
    }
  }
  return true;
}

}  // namespace vo::rt
