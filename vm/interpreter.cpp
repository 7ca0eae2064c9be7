// The interpreter loop: computed-goto dispatch over one handler body per opcode (the handlers live in
// vm/handlers_*.inc, grouped by area). Slow paths (error texts, panics, printing, native calls) are out of line in
// the other files of this folder. See interpreter.h for the design.
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <new>
#include <type_traits>

#include "runtime-core/chan.h"
#include "runtime-core/sched.h"
#include "vm/interp_impl.h"
#include "vm/ops.h"
#include "vm/slot_access.h"

// Labels as values (`&&label`, `goto *p`) are a GNU extension; this file is the only user.
#pragma GCC diagnostic ignored "-Wpedantic"

namespace vo::vm {

using rt::Instr;
using rt::Opcode;

namespace {

template <class T>
inline T loadMem(const uint8_t* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
template <class T>
inline void storeMem(uint8_t* p, T v) {
  std::memcpy(p, &v, sizeof v);
}

/// Go's min/max on floats: NaN wins; -0 < +0.
inline double goMinF(double x, double y) {
  if (x != x || y != y) return std::numeric_limits<double>::quiet_NaN();
  if (x == 0 && y == 0) return std::signbit(x) ? x : y;
  return x < y ? x : y;
}
inline double goMaxF(double x, double y) {
  if (x != x || y != y) return std::numeric_limits<double>::quiet_NaN();
  if (x == 0 && y == 0) return std::signbit(x) ? y : x;
  return x > y ? x : y;
}
/// Go's float → int64 on amd64 (CVTTSD2SQ): truncation, and 1<<63 ("integer indefinite") for NaN and values out
/// of range. With bits32, float → int32/int16/int8/uint16/uint8 (CVTTSD2SL, then truncated by the caller).
inline int64_t floatToInt(double v, bool bits32) {
  if (bits32) {
    if (!(v > -2147483649.0 && v < 2147483648.0)) return std::numeric_limits<int32_t>::min();
    return static_cast<int32_t>(v);
  }
  if (!(v >= -9223372036854775808.0 && v < 9223372036854775808.0)) return std::numeric_limits<int64_t>::min();
  return static_cast<int64_t>(v);
}
/// Go's float → uint64 on amd64 (ssagen float64ToUint64): x < 2^63 ? int64(x) : int64(x - 2^63) | 1<<63, each
/// int64 conversion as CVTTSD2SQ (so NaN and out-of-range values give 1<<63, negative ones wrap).
inline uint64_t floatToUint(double v) {
  constexpr double kCutoff = 9223372036854775808.0;
  if (v < kCutoff) return static_cast<uint64_t>(floatToInt(v, false));
  return static_cast<uint64_t>(floatToInt(v - kCutoff, false)) | (uint64_t{1} << 63);
}

}  // namespace

void Interpreter::interpret() {
  // The label table, generated from the opcode table: an opcode without a handler label does not compile.
  static void* const kLabels[] = {
#define OP(Name, mnem, A, B, C, D, E) &&L_##Name,
#include "runtime-core/opcodes.def"
#undef OP
  };
  static_assert(sizeof kLabels / sizeof kLabels[0] == rt::kNumOpcodes);

  Frame* const root = fp_;
  const Instr* pc = fp_->pc;
  uint64_t* regs = fp_->base;
  const uint64_t* const constBits = constBits_.data();  // Float constants of the K-operand instructions
  // The label table's address in a register for the whole loop: GCC would otherwise rematerialise it with a
  // RIP-relative lea in every handler (one more instruction per dispatch); the empty asm hides where the value
  // comes from, so it cannot.
  void* const* labels = kLabels;
  __asm__("" : "+r"(labels));

// Dispatch.
#define HANDLER(Name) L_##Name:
#define DISPATCH() goto* labels[static_cast<uint16_t>(pc->op)]
#define NEXT()  \
  do {          \
    ++pc;       \
    DISPATCH(); \
  } while (0)
#define JUMP(off)   \
  do {              \
    pc += (off);    \
    DISPATCH();     \
  } while (0)
// One tick of the goroutine preemption budget (loop back-edges and calls); may switch fibers.
#define PREEMPT()                                        \
  do {                                                   \
    if (--rt::tlsPreemptBudget < 0) [[unlikely]] {       \
      fp_->pc = pc;                                      \
      rt::preemptSlow();                                 \
    }                                                    \
  } while (0)
#define BRANCH(cond) \
  do {               \
    if (cond) {      \
      if (pc->d < 0) PREEMPT(); \
      JUMP(pc->d);   \
    }                \
    NEXT();          \
  } while (0)
// Enters the bytecode function `F` (a FuncRt) at slot pointer `NB` with closure `CL` (Interpreter::enterFrame);
// the caller's resume pc must already be saved in fp_->pc.
#define ENTER(F, NB, CL)                                         \
  do {                                                           \
    const FuncRt& f_ = (F);                                      \
    uint64_t* nb_ = (NB);                                        \
    enterFrame(f_, nb_, (CL), FrameKind::Normal);                \
    regs = nb_;                                                  \
    pc = f_.code;                                                \
  } while (0)

  for (;;) {
    try {
      DISPATCH();
#include "vm/handlers_arith.inc"
#include "vm/handlers_control.inc"
#include "vm/handlers_memory.inc"
#include "vm/handlers_strings.inc"
#include "vm/handlers_maps_ifaces.inc"
#include "vm/handlers_chan.inc"
    } catch (const rt::RuntimeError& e) {
      fp_->pc = pc;
      bool nil = e.message == "invalid memory address or nil pointer dereference";
      if (!beginPanic(runtimeErrorValue(e), nil, root)) goto propagate;
    } catch (const rt::PanicException& e) {
      fp_->pc = pc;
      if (!beginPanic(e.value, false, root)) goto propagate;
    }
    regs = fp_->base;
    pc = fp_->pc;
  }

propagate:
  propagatePanic(root);

#undef HANDLER
#undef DISPATCH
#undef NEXT
#undef JUMP
#undef BRANCH
#undef PREEMPT
#undef ENTER
}

}  // namespace vo::vm
