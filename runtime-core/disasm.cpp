// The disassembler (disasm.h): operands printed by their OperandKind from opcodes.def, register runs from
// operands.h, every index range-checked.
#include "runtime-core/disasm.h"

#include <charconv>
#include <cstdio>

#include "runtime-core/operands.h"

namespace vo::rt {

namespace {

using OK = OperandKind;

std::string str(int64_t v) { return std::to_string(v); }

std::string quote(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (c < 0x20 || c >= 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string formatFloat(double f) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, f);
  std::string s(buf, r.ptr);
  if (s.find_first_of(".eni") == std::string::npos) s += ".0";  // keep floats recognisable: 2.0, not 2
  return s;
}

std::string constantText(const Constant& k) {
  switch (k.kind) {
    case Constant::Kind::Int:
      return str(k.i);
    case Constant::Kind::Float:
      return formatFloat(k.f);
    case Constant::Kind::String:
      return quote(k.s);
  }
  return "?";
}

std::string typeName(const Module&, const TypeDesc* t) {
  if (t == nullptr) return "-";
  return t->name.empty() ? "t" + str(t->index) : t->name;
}

std::string typeAt(const Module& m, int64_t i) {
  if (i < 0 || static_cast<uint64_t>(i) >= m.types.size() || m.types[static_cast<size_t>(i)] == nullptr) {
    return "t" + str(i) + "?";
  }
  return typeName(m, m.types[static_cast<size_t>(i)].get());
}

std::string funcAt(const Module& m, int64_t i) {
  if (i < 0 || static_cast<uint64_t>(i) >= m.funcs.size()) return "f" + str(i) + "?";
  const std::string& n = m.funcs[static_cast<size_t>(i)].name;
  return n.empty() ? "f" + str(i) : n;
}

std::string globalAt(const Module& m, int64_t off) {
  const TypeDesc* g = m.globalsType;
  if (g != nullptr) {
    for (const StructField& f : g->fields) {
      const uint64_t size = f.type != nullptr ? f.type->size : 0;
      if (off >= 0 && static_cast<uint64_t>(off) >= f.offset &&
          (static_cast<uint64_t>(off) < f.offset + size || static_cast<uint64_t>(off) == f.offset)) {
        const int64_t rest = off - f.offset;
        return rest == 0 ? f.name : f.name + "+" + str(rest);
      }
    }
  }
  return "globals+" + str(off);
}

std::string runText(const RegRun& r) {
  if (r.window && r.callee == nullptr) return "r" + str(r.base) + "..";
  if (r.count == 1) return "r" + str(r.base);
  if (r.count == 0) return "r" + str(r.base) + "[]";
  return "r" + str(r.base) + "..r" + str(r.base + r.count - 1);
}

std::string slotText(const SlotLayout& s) {
  std::string t(1, slotKindLetter(s.kind));
  t += "@" + str(s.offset);
  if (s.width != 8) t += "." + str(s.width);
  if (s.isSigned) t += "s";
  return t;
}

std::string flagsText(uint16_t flags) {
  std::string out;
  auto add = [&](uint16_t bit, const char* name) {
    if (flags & bit) out += out.empty() ? name : std::string(",") + name;
  };
  add(kTypeDirect, "direct");
  add(kTypeHasPointers, "pointers");
  add(kTypeComparable, "comparable");
  add(kTypeNamed, "named");
  return out.empty() ? "-" : out;
}

std::string typeLine(const Module& m, size_t i) {
  const TypeDesc* t = m.types[i].get();
  std::string s = "  t" + str(static_cast<int64_t>(i)) + " ";
  if (t == nullptr) return s + "null\n";
  s += typeName(m, t) + ": kind=" + std::string(kindName(t->kind)) + " size=" + str(static_cast<int64_t>(t->size)) +
       " align=" + str(t->align) + " flags=" + flagsText(t->flags);
  if (!t->pkgPath.empty()) s += " pkg=" + t->pkgPath;
  if (t->key != nullptr) s += " key=" + typeName(m, t->key);
  if (t->elem != nullptr) s += " elem=" + typeName(m, t->elem);
  if (t->kind == Kind::Array) s += " len=" + str(t->len);
  if (t->kind == Kind::Chan) s += " dir=" + str(t->chanDir);
  if (t->kind == Kind::Func) {
    s += " params=[";
    for (size_t k = 0; k < t->params.size(); ++k) s += (k ? ", " : "") + typeName(m, t->params[k]);
    s += std::string(t->variadic ? " ...]" : "]") + " results=[";
    for (size_t k = 0; k < t->results.size(); ++k) s += (k ? ", " : "") + typeName(m, t->results[k]);
    s += "]";
  }
  if (!t->fields.empty()) {
    s += " fields=[";
    for (size_t k = 0; k < t->fields.size(); ++k) {
      const StructField& f = t->fields[k];
      s += (k ? "; " : "") + f.name + " " + typeName(m, f.type) + " @" + str(f.offset);
      if (f.embedded) s += " embedded";
      if (!f.tag.empty()) s += " " + quote(f.tag);
    }
    s += "]";
  }
  if (!t->imethods.empty()) {
    s += " imethods=[";
    for (size_t k = 0; k < t->imethods.size(); ++k) {
      s += (k ? "; " : "") + str(static_cast<int64_t>(k)) + ":" + t->imethods[k].name + " " + t->imethods[k].signature;
    }
    s += "]";
  }
  if (!t->methods.empty()) {
    s += " methods=[";
    for (size_t k = 0; k < t->methods.size(); ++k) {
      const Method& mt = t->methods[k];
      s += (k ? "; " : "") + mt.name + " " + mt.signature;
      if (mt.ifaceFunc != kNoFunc) s += " -> " + funcAt(m, mt.ifaceFunc);
    }
    s += "]";
  }
  s += " slots=[";
  for (size_t k = 0; k < t->slots.size(); ++k) s += (k ? " " : "") + slotText(t->slots[k]);
  return s + "]\n";
}

std::string funcFlagsText(uint8_t flags) {
  std::string out;
  if (flags & kFuncNative) out += " native";
  if (flags & kFuncHidden) out += " hidden";
  if (flags & kFuncHasDefer) out += " defer";
  if (flags & kFuncIfaceForward) out += " forward";
  return out;
}

std::string slotsRange(uint32_t from, uint32_t n) {
  if (n == 0) return "none";
  if (n == 1) return "r" + str(from);
  return "r" + str(from) + "..r" + str(from + n - 1);
}

}  // namespace

std::string formatInstr(const Module& m, const FuncInfo& f, size_t pc) {
  if (pc >= f.code.size()) return "<pc out of range>";
  const Instr& in = f.code[pc];
  if (static_cast<size_t>(in.op) >= kNumOpcodes) return "<invalid opcode " + str(static_cast<uint16_t>(in.op)) + ">";
  const OpInfo& info = opInfo(in.op);
  RegRuns runs;
  std::string ignored;
  const bool haveRuns = computeRegRuns(m, in, runs, ignored);

  std::string out(info.mnemonic);
  bool first = true;
  for (int field = 0; field < 5; ++field) {
    const OK kind = info.operands[static_cast<size_t>(field)];
    if (kind == OK::None) continue;
    const int64_t v = operandValue(in, field);
    std::string text;
    switch (kind) {
      case OK::RegS:
      case OK::RegF:
      case OK::RegP:
      case OK::RegI:
      case OK::RegStr:
      case OK::RegSlice:
      case OK::RegX:
      case OK::Window:
      case OK::OptReg: {
        const bool absent = kind == OK::OptReg && (field < 3 ? v == kNoReg16 : v == kNoReg32);
        if (absent) {
          text = "-";
          break;
        }
        text = "r" + str(v) + (kind == OK::RegX || kind == OK::Window ? "?" : "");
        for (size_t r = 0; haveRuns && r < runs.size; ++r) {
          if (runs.runs[r].field == field) text = runText(runs.runs[r]);
        }
        break;
      }
      case OK::Count:
      case OK::Imm:
        text = str(v);
        break;
      case OK::Const:
        if (v >= 0 && static_cast<uint64_t>(v) < m.constants.size()) {
          text = "k" + str(v) + "(" + constantText(m.constants[static_cast<size_t>(v)]) + ")";
        } else {
          text = "k" + str(v) + "?";
        }
        break;
      case OK::Func:
        text = funcAt(m, v);
        break;
      case OK::Type:
        text = (in.op == Opcode::IfaceIs && v == -1) ? "nil" : typeAt(m, v);
        break;
      case OK::Jump:
        text = "->" + str(static_cast<int64_t>(pc) + v);
        break;
      case OK::Offset:
        text = "+" + str(v);
        break;
      case OK::Global:
        text = globalAt(m, v);
        break;
      case OK::MethodIndex:
        text = "m" + str(v);
        break;
      case OK::None:
        break;
    }
    out += first ? std::string(std::max<size_t>(1, 10 - out.size()), ' ') : std::string(", ");
    out += text;
    first = false;
  }
  return out;
}

std::string disassembleFunction(const Module& m, size_t func) {
  const FuncInfo& f = m.funcs[func];
  std::string s = "func " + funcAt(m, static_cast<int64_t>(func)) + "  ";
  s += (f.file < m.files.size() ? m.files[f.file] : "?") + ":" + str(f.line) + funcFlagsText(f.flags) + "\n";
  s += "  results " + slotsRange(0, f.numResultSlots) + ", params " + slotsRange(f.numResultSlots, f.numParamSlots) +
       ", frame " + str(f.frameSize) + " slots" + (f.slotKinds.empty() ? "" : ":");
  for (size_t i = 0; i < f.slotKinds.size(); ++i)
    s += (i % 16 == 0 && i ? "\n   " : " ") + std::string(1, slotKindLetter(f.slotKinds[i]));
  s += "\n";
  if (f.recoverPc != -1) s += "  recover at pc " + str(f.recoverPc) + "\n";
  for (const InlinedCall& c : f.inlined)
    s += "  inlined " + c.name + " (" + (c.file < m.files.size() ? m.files[c.file] : "?") + ") at pcs " +
         str(c.startPc) + ".." + str(c.endPc) + ", called at line " + str(c.callLine) + "\n";
  for (size_t pc = 0; pc < f.code.size(); ++pc) {
    char prefix[32];
    std::snprintf(prefix, sizeof prefix, "  %5zu %5u  ", pc, f.lineAt(static_cast<uint32_t>(pc)));
    s += prefix + formatInstr(m, f, pc) + "\n";
  }
  return s;
}

std::string disassembleModule(const Module& m) {
  std::string s = "; vo bytecode module: " + str(static_cast<int64_t>(m.files.size())) + " files, " +
                  str(static_cast<int64_t>(m.constants.size())) + " constants, " +
                  str(static_cast<int64_t>(m.types.size())) + " types, " + str(static_cast<int64_t>(m.funcs.size())) +
                  " functions, entry " + funcAt(m, m.entry) + "\n";
  if (m.runtimeErrorType != -1) s += "runtime error type: " + typeAt(m, m.runtimeErrorType) + "\n";
  if (m.plainErrorType != -1) s += "plain error type: " + typeAt(m, m.plainErrorType) + "\n";
  if (m.boundsErrorType != -1) s += "bounds error type: " + typeAt(m, m.boundsErrorType) + "\n";
  if (m.typeAssertionErrorType != -1)
    s += "type assertion error type: " + typeAt(m, m.typeAssertionErrorType) + "\n";
  s += "files:\n";
  for (size_t i = 0; i < m.files.size(); ++i) s += "  " + str(static_cast<int64_t>(i)) + " " + m.files[i] + "\n";
  s += "constants:\n";
  for (size_t i = 0; i < m.constants.size(); ++i) {
    static constexpr const char* kKinds[] = {"int", "float", "string"};
    const auto kind = static_cast<size_t>(m.constants[i].kind);
    s += "  k" + str(static_cast<int64_t>(i)) + " " + (kind < 3 ? kKinds[kind] : "?") + " " +
         constantText(m.constants[i]) + "\n";
  }
  s += "types:\n";
  for (size_t i = 0; i < m.types.size(); ++i) s += typeLine(m, i);
  if (m.globalsType != nullptr) {
    s += "globals: t" + str(m.globalsType->index) + ", " + str(static_cast<int64_t>(m.globalsType->size)) + " bytes\n";
    for (const StructField& f : m.globalsType->fields) {
      s += "  +" + str(f.offset) + " " + f.name + " " + typeName(m, f.type) + "\n";
    }
  }
  for (size_t i = 0; i < m.funcs.size(); ++i) s += "\n" + disassembleFunction(m, i);
  return s;
}

}  // namespace vo::rt
