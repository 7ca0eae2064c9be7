// Small out-of-line pieces of the bytecode definitions (bytecode.h, module.h).
#include "runtime-core/bytecode.h"

#include <algorithm>

#include "runtime-core/module.h"

namespace vo::rt {

std::string_view operandKindName(OperandKind k) {
  switch (k) {
#define K(x) \
  case OperandKind::x: return #x;
    K(None) K(RegS) K(RegF) K(RegP) K(RegI) K(RegStr) K(RegSlice) K(RegX) K(Window) K(Count) K(Imm) K(Const) K(Func)
    K(Type) K(Jump) K(Offset) K(Global) K(MethodIndex) K(OptReg)
#undef K
  }
  return "?";
}

uint32_t FuncInfo::lineAt(uint32_t pc) const {
  auto it = std::upper_bound(lines.begin(), lines.end(), pc,
                             [](uint32_t p, const LineEntry& e) { return p < e.pc; });
  if (it == lines.begin()) return 0;
  return std::prev(it)->line;
}

const InlinedCall* FuncInfo::inlinedAt(uint32_t pc) const {
  auto it = std::upper_bound(inlined.begin(), inlined.end(), pc,
                             [](uint32_t p, const InlinedCall& c) { return p < c.startPc; });
  if (it == inlined.begin()) return nullptr;
  --it;
  return pc < it->endPc ? &*it : nullptr;
}

}  // namespace vo::rt
