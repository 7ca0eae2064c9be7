// Internal declarations of the bytecode generator (not a public header; the entry point is compile.h): the
// module-level Generator, the per-function FuncBuilder (slots, code, labels, lines) and FuncGen (lowering of one
// function body). runtime-core/opcodes.def is the contract with the executors.
//
// Invariants
//  - A value of type T lives in numSlots(T) consecutive register slots (Val). Every slot has one SlotKind for the
//    function's whole life; freed slots are reused only for the same kinds (FuncBuilder::alloc, first fit).
//  - Call windows are allocated above every live slot (FuncBuilder::allocWindow) as [results, params]; arguments
//    are evaluated straight into the window, so nested calls put their windows above it (Lua-style). After the
//    call the result slots stay live and become the value of the call (often adopted as variables: `x := f()`).
//  - Places (Place) describe where an operand lives: register slots, memory (pointer slot + byte offset), an
//    element of a register-held array with a dynamic index, a slice element (address computed and bounds-checked
//    only when used, Go's assignment order), or a map entry; loads and stores go through them.
//  - Variables: register slots, or a heap box (escape::Result, plus the variables whose address the generated
//    code needs: analysis.h) reached through a Ptr slot, or a frame object reached the same way (escape::Result's
//    frameVars; gen_frame.cpp); package variables are fields of Module::globalsType. Closures capture boxes (or
//    copies of the variables escape analysis captures by value); 3-clause loops copy captured loop variables into
//    a fresh box per iteration.
//  - Frame objects (gen_frame.cpp): variables and allocation sites escape analysis keeps in the frame live in
//    Go-layout slots reserved in the prologue, below every call window, addressed through FrameAddr.
//  - Functions are generated on demand from the entry (package inits, main.main) through a work list; natives
//    (bodiless stdlib functions) only get a FuncInfo with their window shape. Interface-pair variants of methods
//    (Method::ifaceFunc) are generated at the end, to a fixpoint, for the concrete types converted to interfaces
//    and the method names some interface type of the Module declares.
//
// Example: `func add(a, b int) int { return a + b }` gets slots [0]=result, [1]=a, [2]=b and the code
// `add 0 1 2; ret`. In `y := 41; x := add(y, 1)`, y takes slot 0 and the call's window starts at slot 1 (the
// first slot above everything live): `ldi 0 41; mov1 2 0; ldi 3 1; call 1 add`; slot 1, the result, then is x.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/basic/diagnostics.h"
#include "compiler/codegen/type_table.h"
#include "compiler/syntax/ast.h"
#include "compiler/types/check.h"
#include "compiler/types/universe.h"
#include "escape/escape.h"
#include "runtime-core/module.h"

namespace vo::codegen {

namespace ty = vo::types;
namespace sx = vo::syntax;
using rt::Opcode;
using rt::SlotKind;

/// One checked package with the facts the generator needs about it.
struct PkgInfo {
  ty::Package* pkg = nullptr;
  std::vector<const sx::File*> files;
  const ty::Info* info = nullptr;
  escape::Result esc;
  std::unordered_set<const ty::Var*> heapVars;  ///< escape's decisions plus captured / address-taken variables
  uint32_t initFunc = UINT32_MAX;               ///< the package's init function, when it has work
};

/// A value in register slots [slot, slot + n); `temp` when the generator must release it after use.
struct Val {
  int slot = 0;
  int n = 0;
  bool temp = false;
};

/// Where an operand lives.
struct Place {
  enum class Kind { Blank, Reg, RegIdx, Mem, MapEntry, SliceElem };
  Kind kind = Kind::Blank;
  const ty::Type* type = nullptr;
  int slot = 0;          ///< Reg: first slot; RegIdx: the array's first slot; Mem: pointer slot; MapEntry: map slot;
                         ///< SliceElem: the slice's slots (the element's address is computed, and bounds-checked,
                         ///< only when the place is used: Go's assignment order)
  uint64_t off = 0;      ///< Mem, SliceElem: byte offset; RegIdx: slot offset inside the element
  int idx = 0;           ///< RegIdx, SliceElem: index slot
  uint32_t elemSize = 0; ///< SliceElem: element size in bytes
  bool idxUnsigned = false;  ///< SliceElem: the index has type uint, uint64 or uintptr (IndexAddr's e flag)
  bool deref = false;    ///< Mem: the pointer came from a dereference (taking the address must nil-check)
  Pos pos;               ///< RegIdx, SliceElem: the index expression (where a bounds failure is reported)
  int elemSlots = 0;     ///< RegIdx: slots per element
  int64_t len = 0;       ///< RegIdx: array length
  const ty::Type* elemType = nullptr;  ///< RegIdx: element type
  Val key;               ///< MapEntry: the key
  const ty::Type* mapType = nullptr;   ///< MapEntry
  std::vector<Val> owned;  ///< temporaries to release with the place
};

/// Slot allocation, code emission, labels and line table of one function.
class FuncBuilder {
 public:
  rt::FuncInfo fi;
  std::vector<uint8_t> live;
  uint32_t curLine = 0;
  bool tooManySlots = false;

  /// First run of free slots whose kinds equal `kinds` (or that do not exist yet); marks it live.
  int alloc(const std::vector<SlotKind>& kinds);
  int alloc1(SlotKind k) { return alloc(std::vector<SlotKind>{k}); }
  /// A run above every live slot (a call window); marks it live.
  int allocWindow(const std::vector<SlotKind>& kinds);
  /// Marks [base, base + n) free.
  void release(int base, int n);
  /// True when each slot of [base, base + kinds.size()) does not exist yet or has the kind `kinds[i]` (and, with
  /// `needFree`, is not live).
  bool fitsAt(int base, const std::vector<SlotKind>& kinds, bool needFree) const;
  /// Marks [base, base + kinds.size()) live, creating the slots past the frame's end; returns `base`, or 0 with
  /// tooManySlots set when the frame would exceed the slot limit.
  int claim(int base, const std::vector<SlotKind>& kinds);
  void release(const Val& v) {
    if (v.temp) release(v.slot, v.n);
  }
  SlotKind kindOf(int slot) const { return fi.slotKinds[slot]; }

  size_t emit(Opcode op, int a = 0, int b = 0, int c = 0, int32_t d = 0, int32_t e = 0);
  int pc() const { return static_cast<int>(fi.code.size()); }
  int newLabel();
  void bind(int label);
  /// Emits a branch to `label` (operand d is patched when the label is bound).
  void jump(Opcode op, int label, int a = 0, int b = 0, int32_t e = 0);
  /// A jump with three register operands a, b, c (the JmpSum forms).
  void jump3(Opcode op, int label, int a, int b, int c);
  /// Turns a last instruction `mov1 r0, x` that no label points past into `ret1 x`; false: nothing changed.
  bool retOfLastMov1();
  /// Resolves branches; returns false if a label was never bound.
  bool finish();
  void setLine(uint32_t line) { if (line) curLine = line; }

 private:
  std::vector<int> labelPc_;
  std::vector<std::pair<size_t, int>> fixups_;
};

class Generator;

/// A function whose calls the generator inlines (gen_inline.cpp: Generator::inlineBody decides).
struct InlineBody {
  const sx::FuncDecl* decl = nullptr;
  PkgInfo* pkg = nullptr;                       ///< the callee's package (its escape decisions and types::Info)
  std::unordered_set<const ty::Var*> assigned;  ///< parameters the body writes (never shared with caller variables)
  /// Pointer parameters (the receiver included) the body uses only to reach the pointee's value — `p.f` and `*p`
  /// read or assigned, never the pointer itself, never an address inside the pointee: an argument `&x` (x a
  /// non-escaping local) or `&T{...}` (a non-escaping literal) needs no memory, p's uses become x's registers.
  std::unordered_set<const ty::Var*> derefOnly;
  uint32_t file = 0;                            ///< Module::files index of the body's file
};

/// The location of a variable inside the function being generated.
struct VarLoc {
  enum class Kind { Reg, Heap, Global } kind = Kind::Reg;
  int slot = 0;      ///< Reg: first slot; Heap: slot of the box pointer
  uint32_t off = 0;  ///< Global: offset in the globals block
};

/// What a statement of a loop/switch offers to break and continue.
struct BranchTarget {
  const sx::Stmt* stmt = nullptr;
  std::string_view label;
  int brk = -1;
  int cont = -1;
};

/// Lowers one function body (a FuncDecl, a FuncLit, a package init, or a synthesized wrapper).
class FuncGen {
 public:
  FuncGen(Generator& g, PkgInfo* pkg, std::string name);
  Generator& g;
  PkgInfo* pkg;
  FuncBuilder b;
  std::string name;
  int litCounter = 0;
  bool isClosure = false;
  const ty::Signature* sig = nullptr;
  std::unordered_map<const ty::Var*, VarLoc> vars;
  std::vector<const ty::Var*> resultVars;  ///< named results (may be empty)
  std::vector<int> resultOffsets;          ///< slot offset of each result
  int numResultSlots = 0;
  bool hasDefer = false;
  int epilogue = -1;
  std::vector<BranchTarget> targets;
  std::unordered_map<std::string_view, int> gotoLabels;
  int fallthroughTarget = -1;
  /// Set while building the places of a tuple assignment: index operands that alias variables are copied, since
  /// earlier stores of the same statement may change those variables.
  bool stablePlaces = false;
  /// With stablePlaces: the register variables the statement's targets assign (a target `v`, `v.f`, `v[i]` with v
  /// a struct or array in registers); stableAll: unknown (every variable counts as assigned).
  std::unordered_set<const ty::Var*> stableAssigned;
  bool stableAll = false;
  /// With stablePlaces: whether the value of operand `e` (a place's base or index) must be copied because a
  /// store of the statement may change it (false for a variable no target assigns).
  bool needsStableCopy(const sx::Expr* e) const;
  void collectAssignedVars(const sx::Expr* target);
  std::vector<std::vector<const ty::Var*>> scopes;  ///< variables declared per open block
  void pushScope() { scopes.emplace_back(); }
  void popScope();
  const ty::Var* defVar(const sx::Ident* id) const;  ///< the Var an identifier declares, or nullptr
  void emitCompareVals(sx::TokenKind op, const ty::Type* ot, int x, int y, int dst, Pos pos);
  void genDeferBuiltin(const sx::CallExpr* call, ty::BuiltinId id);
  /// Boxes the values in `region` (laid out as fieldTypes; released) and defers, or with goMode starts, a hidden
  /// thunk closure over the box; `body(tg, box, st)` emits the thunk's work, reading the values from the box
  /// (slot `box` of tg, a pointer to a struct of type st with one field per fieldTypes entry).
  void deferThunk(const std::vector<const ty::Type*>& fieldTypes, int region, Pos pos,
                  const std::function<void(FuncGen& tg, int box, const ty::Struct* st)>& body);
  /// Loads every field of the box `box` (struct type st) into new slots and returns the first.
  int loadBox(int box, const ty::Struct* st);
  /// `defer a~>m(args)`, `go a~>(args)` (gen_dyn.cpp): the base (or the chain's pair) and the arguments are
  /// evaluated now; the thunk calls dyn.CallMethod / dyn.Call unless the chain failed, and drops the results.
  void genDeferDyn(const sx::DynAccessExpr* e);

  // ---- func_gen.cpp: prologue, epilogue, variables, loads and stores
  void setupSignature(const ty::Signature* s, bool withReceiver, const std::vector<const ty::Var*>& captures);
  void genBody(const sx::BlockStmt* body);
  void finishFunc(uint32_t index, Pos pos, uint8_t flags);
  /// Allocates a variable: register slots (zeroed unless the caller stores a value right away) or a new box.
  VarLoc declareVar(const ty::Var* v, bool zeroInit = true);
  void releaseVar(const ty::Var* v);
  int varBox(const ty::Var* v, bool needZero);
  std::unordered_set<int> keptBoxes;  ///< box slots reserved for the whole function (varBox)
  int zeroPtr = -1;                   ///< a Ptr slot never written (nil): varBox's first-execution test, x == nil
  /// zeroPtr, created on first use.
  int nilSlot();
  /// Code indices where the enclosing for/range statements start (outermost first), and of the first bound label
  /// (a goto target): varBox reuses a box only if no call in the code that can run again before its next
  /// execution has a window (and so a callee frame) below the box's slot.
  std::vector<size_t> loopStarts;
  size_t firstLabelPc = SIZE_MAX;
  bool isHeapVar(const ty::Var* v) const;
  Place varPlace(const ty::Var* v);
  void load(const Place& p, int dst);
  Val loadVal(const Place& p);
  void store(const Place& p, int src);
  void releasePlace(Place& p);
  Place resolveSliceElem(const Place& p);  ///< a Mem place for a SliceElem (emits the bounds-checked IndexAddr)
  void loadMem(const ty::Type* t, int dst, int ptr, uint64_t off);
  void storeMem(const ty::Type* t, int ptr, uint64_t off, int src);
  void mov(int dst, int src, int n);
  /// `off` if it fits an instruction's offset field; otherwise records a diagnostic ("too large") and returns 0.
  uint64_t checkedOffset(uint64_t off) {
    if (off > static_cast<uint64_t>(INT32_MAX)) {
      tooLarge = true;
      return 0;
    }
    return off;
  }
  bool tooLarge = false;
  void zero(int dst, int n);
  Val temp(const ty::Type* t);
  void line(Pos p);
  void error(Pos p, const std::string& msg);
  int newBox(const ty::Type* t, int src = -1);  ///< Ptr temp holding a new box (initialised from src if >= 0)

  // ---- gen_expr.cpp
  const ty::TypeAndValue* tv(const sx::Expr* e) const;
  const ty::Type* typeOf(const sx::Expr* e) const;
  Val eval(const sx::Expr* e);
  void gen(const sx::Expr* e, int dst);
  void genConst(const ty::Type* t, const constant::Value& v, int dst, Pos pos);
  Val evalAs(const sx::Expr* e, const ty::Type* target);
  /// Whether index expression `e` has type uint, uint64 or uintptr: its value may exceed MaxInt64, and a failed
  /// bounds check reports it unsigned (Go's panicIndexU; IndexS/IndexAddr's e flag).
  bool unsignedIndex(const sx::Expr* e) const;
  void genAs(const sx::Expr* e, const ty::Type* target, int dst);
  void convertVal(int src, const ty::Type* from, const ty::Type* to, int dst, Pos pos);
  void genBinary(const sx::BinaryExpr* e, int dst);
  bool tryImmArith(sx::TokenKind op, const ty::Type* t, int dst, const sx::Expr* xe, const sx::Expr* ye);
  /// Float arithmetic with one constant operand: the K-operand instructions (AddFK ... DivKF); false: nothing emitted.
  bool tryFloatConstArith(sx::TokenKind op, const ty::Type* t, int dst, const sx::Expr* xe, const sx::Expr* ye);
  /// float64 arithmetic with a field in memory as an operand: AddFM / SubFM / MulFM; false: nothing emitted.
  bool tryFloatMemArith(sx::TokenKind op, const ty::Type* t, int dst, const sx::Expr* xe, const sx::Expr* ye, Pos pos);
  /// float64 `(x op1 y) op2 z` and `z op2 (x op1 y)` with op1, op2 among + - * and no constant operand: one
  /// two-operation instruction (AddAddF ... RSubMulF); false: nothing emitted.
  bool tryFloatFused(sx::TokenKind op, const ty::Type* t, int dst, const sx::Expr* xe, const sx::Expr* ye, Pos pos);
  template <typename Accept>
  const sx::BinaryExpr* fusableInner(const sx::Expr* e, const ty::Type* t, Accept accept) const;
  /// The operands of a fused three-register instruction (evalFused3), released by releaseFused3.
  struct Fused3 {
    Val x, y, z;
    bool innerLeft = true;
  };
  Fused3 evalFused3(const sx::BinaryExpr* in, const sx::Expr* other, bool innerLeft, const ty::Type* t);
  void releaseFused3(const Fused3& f);
  /// `p.f` or `*p` of type float64 (a place that may be in memory).
  bool isFloat64Field(const sx::Expr* e) const;
  /// An operand whose evaluation calls nothing and can fail only by a nil dereference: identifiers, constants,
  /// fields, `*p`, unary +/- and float + - * / of such operands (evaluation order against them is unobservable).
  bool isQuietOperand(const sx::Expr* e) const;
  void genArith(sx::TokenKind op, const ty::Type* t, int dst, int x, int y, Pos pos);
  void genComplexArith(sx::TokenKind op, const ty::Type* u, int dst, int x, int y, Pos pos);
  void genCompare(sx::TokenKind op, const ty::Type* xt, const ty::Type* yt, const sx::Expr* xe,
                  const sx::Expr* ye, int dst);
  void genUnary(const sx::UnaryExpr* e, int dst);
  void genCond(const sx::Expr* e, bool jumpIfTrue, int label);
  /// A float64 compare-and-branch with a sum as one side: the JmpSum forms; false: nothing emitted.
  bool tryJumpOnSum(Opcode o, bool swapped, const ty::Type* ot, const sx::Expr* xe, const sx::Expr* ye, int label);
  void normalize(const ty::Type* t, int slot);
  void genConversion(const sx::CallExpr* call, int dst);
  void genIndex(const sx::IndexExpr* e, int dst);
  void genSliceExpr(const sx::SliceExpr* e, int dst);
  void genTypeAssert(const sx::TypeAssertExpr* e, int dst, int okSlot);
  void genSelector(const sx::SelectorExpr* e, int dst);
  Place place(const sx::Expr* e);
  Place placeOfVal(const sx::Expr* e);
  void addrOf(const sx::Expr* operand, int dst);
  void addrOfPlace(Place& p, int dst, Pos pos);
  Place fieldPlace(Place base, const std::vector<int>& path, size_t n, Pos pos);
  void genCommaOk(const sx::Expr* e, int dst, int okSlot);

  // ---- gen_order.cpp: gc's order of evaluation inside a statement
  /// One expression of a statement for OrderScope, in evaluation order: a value, or an assignment target (whose
  /// address operands are evaluated but which is not read).
  struct OrderRoot {
    enum class How { Value, Target };
    const sx::Expr* e = nullptr;
    How how = How::Value;
  };
  struct OrderWalk;
  /// Opened around the generation of one statement's expressions (`roots`, in evaluation order). When some
  /// operand that a call could change or that could panic is read before a call, receive or && / ||, evaluates
  /// every call, receive and && / || of the statement first, left to right, into temporaries (`ordered`), as gc's
  /// order pass does (cmd/compile/internal/walk/order.go; the spec leaves the order open, §Order of evaluation).
  /// The destructor releases the temporaries.
  class OrderScope {
   public:
    OrderScope(FuncGen& fg, std::span<const OrderRoot> roots) : fg(fg) { init(roots); }
    OrderScope(FuncGen& fg, const sx::Expr* e) : fg(fg) {
      OrderRoot r{e};
      init(std::span<const OrderRoot>(&r, 1));
    }
    ~OrderScope();
    OrderScope(const OrderScope&) = delete;
    OrderScope& operator=(const OrderScope&) = delete;

   private:
    void init(std::span<const OrderRoot> roots);
    FuncGen& fg;
    std::vector<const sx::Expr*> hoisted;
  };
  /// The statement's expressions for an OrderScope: an assignment's targets and values, a return's results, ...
  std::vector<OrderRoot> orderRoots(const sx::Stmt* s) const;
  /// The values an OrderScope evaluated ahead, by expression; gen, eval, genCall and genCond use them.
  std::unordered_map<const sx::Expr*, Val> ordered;
  /// The temporary holding `e`'s value when an OrderScope evaluated it ahead, else nullptr.
  const Val* orderedVal(const sx::Expr* e) const;
  /// gen / genCond of an expression that is a statement's whole expression or an operand of && / ||, in gc's order.
  void genOrdered(const sx::Expr* e, int dst);
  void genCondOrdered(const sx::Expr* e, bool jumpIfTrue, int label);
  bool orderQuietVar(const ty::Var* v) const;  ///< a variable in registers: no call can change it
  /// Whether the statement at `p` is in a `.go` file (gc's order) rather than a `.vo` file (left to right).
  bool followsGcOrder(Pos p);
  FileId orderFile = Pos::kNoFile;     ///< followsGcOrder's last answer, for this file
  bool orderGc = true;
  void orderWalk(const sx::Expr* e, OrderWalk& w);
  void orderWalkAddr(const sx::Expr* e, OrderWalk& w);
  void orderWalkAs(const sx::Expr* e, const ty::Type* target, OrderWalk& w);
  bool orderCopiedForIface(const sx::Expr* e);
  template <typename F>
  void orderUnit(const sx::Expr* e, OrderWalk& w, bool hoistInner, bool effect, F inner);

  // ---- gen_call.cpp
  /// Generates a call; results land in a window whose result slots stay live and are returned (n = all result
  /// slots). For a call without results n == 0.
  /// `dst`: slots the call's value goes to (gen); when they are the highest live slots, hold the result kinds and
  /// no variable is in them (argument slots of an enclosing call: genArgs sets callDstHint), the window starts at
  /// `dst` and the results arrive in place (Lua's trick for f(g(x))).
  Val genCall(const sx::CallExpr* call, int dst = -1);
  /// The window for a call with result kinds rk + param kinds pk: at `dst` when allowed (genCall), else above every
  /// live slot.
  int callWindow(int dst, const std::vector<SlotKind>& rk, const std::vector<SlotKind>& kinds);
  int callDstHint = -1;  ///< genArgs: the argument slot being generated (gen passes it to genCall)
  Val genBuiltin(const sx::CallExpr* call, ty::BuiltinId id);
  /// `call` of `f` as one instruction (math.Sqrt → SqrtF) into a temp; false: nothing emitted.
  bool genIntrinsic(const sx::CallExpr* call, const ty::Func* f, Val& out);
  void genArgs(const sx::CallExpr* call, const ty::Signature* s, int paramBase, size_t firstParam);
  Val callStatic(uint32_t func, const ty::Signature* s, const std::function<void(int)>& args);
  int recvArg(const sx::SelectorExpr* sel, const ty::Selection& selection, const ty::Func* m, int dst);
  void genMethodValue(const sx::SelectorExpr* e, const ty::Selection& s, int dst);
  void genMethodExpr(const sx::SelectorExpr* e, const ty::Selection& s, int dst);
  Val genAppend(const sx::CallExpr* call);
  void genPrint(const sx::CallExpr* call, bool ln);
  /// Vo's assert(cond, args...) (LANGUAGE.md "Vo extensions"): jumps over the failure path when cond holds, so
  /// the arguments are evaluated (left to right) only when it does not. A multi-value argument assert(f()) too.
  void genAssert(const sx::CallExpr* call);
  /// The failure path of an assert with n arguments: a []any of them (put(i, dst) writes argument i as an `any`
  /// into the two slots at dst), runtime.assertionFailed (stdlib/runtime/assert_impl.vo) turns it into the panic
  /// value, and the Panic runs in this function at `pos`'s line, so the trace's top frame is the assert.
  void genAssertFailure(int n, const std::function<void(int, int)>& put, Pos pos);

  // ---- gen_stmt.cpp
  void genStmt(const sx::Stmt* s);
  /// Generates a statement that `break` (and, for loops, `continue`) can target, under `label` ("" when
  /// unlabeled): for, range, switch, type switch, select. Returns false for any other statement.
  bool genBreakable(const sx::Stmt* s, std::string_view label);
  void genBlock(std::span<sx::Stmt* const> stmts);
  void genIf(const sx::IfStmt* s);
  void genFor(const sx::ForStmt* s, std::string_view label);
  /// A counted loop `for ...; i < n (or i <= n); i++ (or i += c, i += d)`: returns i's slot and sets the limit
  /// slot, the constant step or the step's register (stepReg, else -1) and `le`; -1 when the loop is not one.
  int countedLoop(const sx::ForStmt* s, int& limit, int& step, int& stepReg, bool& le, Val& limitTemp);
  void genRange(const sx::RangeStmt* s, std::string_view label);
  void genSwitch(const sx::SwitchStmt* s, std::string_view label);
  void genTypeSwitch(const sx::TypeSwitchStmt* s, std::string_view label);
  void genReturn(const sx::ReturnStmt* s);
  /// `return a, b`: evaluates every operand, then stores each into its result (gen_stmt.cpp).
  void storeResultsAfterAll(const sx::ReturnStmt* s, bool named);
  void genBranch(const sx::BranchStmt* s);
  /// The label a break, continue, goto or fallthrough jumps to (it runs nothing else on the way), or -1.
  int branchTarget(const sx::BranchStmt* s);
  void genDefer(const sx::DeferStmt* s);
  void genDeferCall(const sx::Expr* callExpr, const sx::Stmt* s);
  bool goMode = false;  ///< genDeferCall starts a goroutine (Go) instead of deferring (Defer)
  /// Set while genDeferCall evaluates the arguments of a go or defer call: they live until the call runs, so its
  /// `...` slice is never a frame object (Go builds it inside the deferred wrapper, where it does not escape; here
  /// it is built now, and a goroutine or a later iteration of a loop would see the storage reused or gone).
  bool deferredArgs = false;

  // ---- gen_chan.cpp: go statements, channel operations, select
  void genGo(const sx::GoStmt* s);
  void genSend(const sx::SendStmt* s);
  /// `<-ch` (UnaryExpr Arrow) into dst; okSlot >= 0: also the comma-ok result.
  void genRecv(const sx::UnaryExpr* e, int dst, int okSlot);
  void genSelect(const sx::SelectStmt* s, std::string_view label);
  /// While the comm statement of a chosen select receive case is generated: its `<-ch` reads the value the
  /// select stored in the box in slot selBox (and the comma-ok from slot selOk) instead of receiving again.
  const sx::UnaryExpr* selRecv = nullptr;
  int selBox = -1, selOk = -1;
  void genDeclStmt(const sx::DeclStmt* s);
  void emitReturn();
  int gotoLabel(std::string_view name);

  // ---- gen_assign.cpp
  void genAssign(const sx::AssignStmt* s);
  void genDefine(std::span<sx::Expr* const> lhs, std::span<sx::Expr* const> rhs, Pos pos);
  void genIncDec(const sx::IncDecStmt* s);
  /// `m[k] op= y`, `m[k]++`: turns a map entry place into the entry's value slot (MapAddr) when that is safe.
  void mapEntryInPlace(Place& p, sx::TokenKind op, const sx::Expr* y);
  void genVarSpec(const sx::ValueSpec* spec);
  /// Assigns the values of `rhs` (one multi-value call or one comma-ok form, or one expression per target) to
  /// places built by `lhs`.
  void assignList(std::vector<Place>& lhs, const std::vector<const ty::Type*>& lhsTypes,
                  std::span<sx::Expr* const> rhs);
  void storeConverted(Place& p, const ty::Type* pt, int src, const ty::Type* st, Pos pos);

  // ---- gen_complit.cpp
  void genCompositeLit(const sx::CompositeLit* e, int dst);
  void genCompositeLitAs(const sx::CompositeLit* e, const ty::Type* t, int dst);
  /// Writes literal `e` of type `t` into memory at ptr + off. `zeroed`: the memory is zero already, so zero
  /// constants need no store (with false, every given element is stored; see initialisesAll).
  void genCompositeInto(const sx::CompositeLit* e, const ty::Type* t, int ptr, uint64_t off, bool zeroed = true);

  // ---- gen_frame.cpp: frame objects (escape::Result frameVars and frameAllocs)
  /// A frame object reserved for an allocation site: the Ptr slot holding its address and its type.
  struct FrameAlloc {
    int ptr = -1;
    const ty::Type* type = nullptr;
    /// A func literal's frame closure: the frame boxes of its by-value captures (same order as freeVars; -1 for a
    /// capture by reference). A method value's: the box of its receiver (of type `type`).
    std::vector<int> byValueBoxes;
  };
  std::unordered_map<const ty::Var*, int> frameVarPtr;            ///< frame variable → Ptr slot of its storage
  std::unordered_map<const sx::Node*, FrameAlloc> frameAllocPtr;  ///< allocation site → its frame object
  uint64_t frameObjectSlots = 0;                                  ///< slots reserved so far (the budget)
  /// True when the code emitted now runs at most once per activation (not in a loop, no goto label bound yet).
  bool runsOnce() const;
  /// Reserves a frame object of type `t` below every later call window and emits its FrameAddr; the Ptr slot, or
  /// -1 when the budget or the frame's slot limit does not allow it.
  int reserveFrameObject(const ty::Type* t);
  /// Reserves the storage of `v` when escape analysis keeps it in the frame (frameVars).
  void reserveFrameVar(const ty::Var* v);
  /// The Ptr slot of frame variable `v`'s storage, or -1 (a register or heap variable).
  int frameVar(const ty::Var* v) const;
  /// Pre-scan of a body: reserves the frame variables it declares and its frameAllocs sites (not inside function
  /// literals).
  void reserveFrameObjects(const sx::Node* root);
  /// Pre-scan of a select statement: frame objects for its cases' value buffers (gen_chan.cpp).
  void reserveSelectBuffers(const sx::SelectStmt* s);
  /// The type of the object an allocation site creates, when codegen can place it in the frame: `&T{...}` and an
  /// elided `&T{...}` (T), a slice literal ([n]E), `new(T)` (T), `make([]E, len[, cap])` with constant sizes
  /// ([cap]E); nullptr otherwise.
  const ty::Type* frameAllocType(const sx::Node* n);
  /// The frame object of allocation site `site`, or nullptr (the site allocates on the heap).
  const FrameAlloc* frameAlloc(const sx::Node* site) const;
  /// Writes a closure of funcs[func] capturing `boxes` into the frame object at Ptr slot `ptr` (rt::Closure's
  /// layout) and its address into dst.
  void frameClosure(int ptr, uint32_t func, const std::vector<int>& boxes, int dst);
  /// Zeroes a frame object again unless this is its first use in the activation (runsOnce).
  void rezeroFrameObject(int ptr, const ty::Type* t);
  /// True when genCompositeInto(e, t, ...) writes every byte-carrying field and element of the value (every
  /// field or element given, recursively for nested literals), so the target needs no zeroing first.
  bool initialisesAll(const sx::CompositeLit* e, const ty::Type* t);
  /// `&T{...}` at `site` in its frame object: writes the literal there and its address into dst; false when the
  /// site has no frame object.
  bool genFrameCompositeAddr(const sx::Node* site, const sx::CompositeLit* cl, const ty::Type* t, int dst);
  /// Length of a slice literal: the largest index + 1.
  int64_t sliceLitLen(const sx::CompositeLit* e) const;
  /// The frame layout of a closure with `n` captures: struct { header uint64 (func, numCaptures: rt::Closure);
  /// c0 ... cn-1 unsafe.Pointer }.
  const ty::Type* closureLayout(size_t n);
  /// The number of arguments a call passes in its implicit `...` slice, or -1 (not variadic, or `...` given).
  int64_t variadicCount(const sx::CallExpr* call);

  // ---- gen_inline.cpp: calls of small leaf functions generated in place
  /// The inlined body being generated: where its returns go.
  struct InlineFrame {
    int endLabel = -1;
    const sx::Stmt* last = nullptr;  ///< the body's last statement (a return there needs no jump)
  };
  const InlineFrame* inl = nullptr;  ///< set while an inlined body is generated
  /// Inside an inlined body: derefOnly parameters bound to the registers of their pointee (`p.f`, `*p` → place).
  std::unordered_map<const ty::Var*, Place> inlineAliases;
  /// Locals of this function whose address is only ever passed to derefOnly parameters of inlined calls, and
  /// that escape analysis keeps in the frame: they live in registers (computeInlineRegVars, before the prologue's
  /// pre-scan; isHeapVar and reserveFrameVar honour it).
  std::unordered_set<const ty::Var*> inlineRegVars;
  void computeInlineRegVars(const sx::BlockStmt* body);
  /// The place `e` denotes when it is `p.f...` or `*p` with p in inlineAliases.
  std::optional<Place> inlineAliasPlace(const sx::Expr* e);

  // ---- gen_scalar.cpp: constant arguments of inlined calls
  /// Inside an inlined body: uses of constant-bound parameters, seen as constants by tv().
  std::unordered_map<const sx::Expr*, ty::TypeAndValue> inlineConsts;
  /// When `param` of inlined body `ib` can take the constant `arg` without a register (every use an operand of
  /// wrapping integer arithmetic): records its uses in inlineConsts and returns true; false: nothing recorded.
  bool bindInlineConst(const InlineBody& ib, const ty::Var* param, const sx::Expr* arg);
  /// `x op= c` with x in memory (its value loaded into `cur`), c a small integer constant and op one of + - * &:
  /// computes with AddImm/MulImm/AndImm and stores into `p`; false: nothing emitted.
  bool storeImmArith(sx::TokenKind op, const ty::Type* t, const Place& p, const Val& cur, const sx::Expr* c);
  /// True when genInline will inline `call` (the same decision, without emitting anything).
  bool willInline(const sx::CallExpr* call);
  /// The function or concrete method a call statically names (`recv`: the method's selector), or nullptr.
  const ty::Func* staticCallee(const sx::CallExpr* call, const sx::SelectorExpr** recv) const;
  /// Generates `call` inline when its callee is inlinable (Generator::inlineBody); `out` receives the results as
  /// genCall returns them. False: nothing emitted.
  bool genInline(const sx::CallExpr* call, Val& out);
  /// Prologue pre-scan (reserveFrameObjects): the frame objects of `call`'s callee when it will be inlined.
  void reserveInlineFrameObjects(const sx::CallExpr* call);
  /// `return` inside an inlined body.
  void genInlineReturn(const sx::ReturnStmt* s);

  // ---- gen_loopconst.cpp: constants of loops in registers
  /// (slot kind, bits) → the slot holding that constant while the outermost loop being generated runs.
  std::map<std::pair<SlotKind, uint64_t>, int> constRegs;
  int loopDepth = 0;  ///< for/range statements being generated (hoisting happens at depth 0)
  /// Before an outermost loop: loads the constants the loop reads as operands on every iteration into new slots
  /// (constRegs); returns the slots for releaseLoopConsts after the loop.
  std::vector<int> hoistLoopConsts(const sx::Stmt* loop);
  void releaseLoopConsts(const std::vector<int>& slots);
  /// The slot holding constant `v` converted to `t` while a loop runs, or -1.
  int constReg(const ty::Type* t, const constant::Value& v) const;
  /// The slot kind and bits genConst writes for constant `v` of (typed) type `t`: bool, integers, floats.
  bool constBits(const ty::Type* t, const constant::Value& v, SlotKind& kind, uint64_t& bits) const;

  // ---- gen_dyn.cpp: Vo dynamic access
  /// True when `e` yields several values that eval() puts in consecutive slots (one Val of every result's slots,
  /// in order): a call (not a conversion), a DynAccessExpr, or a TryExpr with several results. The consumers of
  /// multi-value expressions (`a, b :=`, `a, b =`, var declarations) test this rather than "is a CallExpr".
  bool isMultiValue(const sx::Expr* e) const;
  /// `a~>name`, `a~>[k]`, `a~>(args)`, `a~>m(args)`: the (any, error) pair in four temp slots (value pair, error
  /// pair). A chain stops at the first error: (nil, that error), the next operation not called.
  Val genDynAccess(const sx::DynAccessExpr* e);
  /// The `...any` argument of dyn.Call / dyn.CallMethod for `e`'s arguments into the slice slots at dst.
  void genDynArgs(const sx::DynAccessExpr* e, const ty::Type* sliceT, int dst);

  // ---- gen_closure.cpp
  void genFuncLit(const sx::FuncLit* e, int dst);
  void makeClosure(uint32_t func, const std::vector<int>& boxes, int dst);
  /// Set while genDeferCall generates an `errdefer`: the func value is pushed with ErrDefer/ErrDeferP.
  bool errdeferMode = false;
  /// Pushes func value `fn` (slot) as a goroutine (goMode), an errdefer (errdeferMode: with the location of the
  /// error result, errdeferLocation) or a defer.
  void emitDeferOp(int fn);

  // ---- gen_try.cpp: Vo's `?` and `fail`
  /// The early return of `?`, `fail` and the typed dynamic `?`: the error interface pair in slots errSlot and
  /// errSlot + 1 becomes the last result (named results keep their values, unnamed ones become zero), then the
  /// ordinary return path runs (deferred calls and errdefers, then Ret). Shared with gen_dyn.cpp.
  void genFailReturn(int errSlot, Pos pos);
  /// Jumps to the epilogue when the function has defers or heap-held named results, else emits Ret.
  void genReturnJump();
  /// Emits RunDefers at the current line, after a Nop when the previous instruction is a call (gen_try.cpp).
  void emitRunDefers();
  void genFail(const sx::FailStmt* s);
  /// `x?`: evaluates x (a call or a dynamic access yielding (T1..Tn, error)), returns early on a non-nil error and
  /// yields the slots of T1..Tn (n == 0: an empty Val).
  Val genTry(const sx::TryExpr* e);
  /// `v = a~>...?` with v of type `target` (types::Info::dynAssertTargets): the checked assertion of the value.
  Val genTypedDynTry(const sx::TryExpr* e, const ty::Type* target);
};

/// Builds the Module: functions on demand from main.main and the package inits, types, constants, globals.
class Generator {
 public:
  Generator(rt::Module& mod, SourceManager& sources, DiagnosticEngine& diags, std::vector<PkgInfo>& pkgs);
  rt::Module& mod;
  SourceManager& sources;
  DiagnosticEngine& diags;
  std::vector<PkgInfo>& pkgs;
  TypeTable tt;
  std::unordered_map<const ty::Func*, uint32_t> funcs;
  std::unordered_map<const ty::Var*, uint32_t> globals;
  std::unordered_map<const ty::Package*, PkgInfo*> pkgOf;
  std::unordered_map<std::string, uint32_t> strConsts;
  std::unordered_map<int64_t, uint32_t> intConsts;
  std::map<uint64_t, uint32_t> floatConsts;
  std::unordered_map<std::string, uint32_t> fileIndex;  ///< presumed file name → Module::files index
  std::unordered_set<const rt::TypeDesc*> ifaceMethodsDone;
  std::unordered_set<const rt::TypeDesc*> ifaceReachDone;  ///< types needIfaceMethods has walked
  std::unordered_set<std::string> ifaceMethodNames;
  /// The program contains package dyn: every exported method of a type converted to an interface gets its
  /// interface-pair variant (dyn.CallMethod finds methods by name at run time), not only ifaceMethodNames.
  bool allExportedIfaceMethods = false;
  std::vector<const ty::Type*> ifaceTypes;  ///< concrete types converted to interfaces, in first-use order
  bool generateIfaceMethods();
  std::unordered_map<std::string, uint32_t> wrappers;
  std::deque<std::function<void()>> work;
  std::unordered_map<const ty::Func*, const sx::FuncDecl*> decls;
  std::deque<std::string> names;  ///< storage for synthesized names
  ty::TypeContext synthTypes;
  ty::ObjectArena synthObjects;

  bool allFunctions = false;  ///< generate every function of every package (tests)
  bool inlining = true;       ///< inline calls of small leaf functions (CompileOptions::inlining, VO_INLINE=off)
  /// Inlining decisions per callee (nullopt: not inlinable).
  std::unordered_map<const ty::Func*, std::optional<InlineBody>> inlineBodies;
  /// The callee's body when calls of `f` may be inlined (gen_inline.cpp), else nullptr.
  const InlineBody* inlineBody(const ty::Func* f);
  /// Called on every package before generation (CompileOptions::adjustEscape).
  std::function<void(PkgInfo&)> escapeHook;
  void generate();
  uint32_t newFunc(std::string name);
  /// Function `name` of the loaded package with import path `path` (for example dyn.GetAttr, which generated
  /// code calls for `~>`), or nullptr when that package is not part of the program (gen_dyn.cpp).
  const ty::Func* pkgFunc(std::string_view path, std::string_view name) const;
  uint32_t funcIndex(const ty::Func* f);
  std::string funcName(const ty::Func* f) const;
  std::string pkgPrefix(const ty::Package* p) const;
  uint32_t constInt(int64_t v);
  uint32_t constFloat(double v);
  uint32_t constStr(const std::string& s);
  int32_t typeIndex(const ty::Type* t);
  uint32_t file(Pos p);
  uint32_t lineOf(Pos p) const;
  /// Generates the interface-pair variants of the method set of `t` and of every type reachable from it through
  /// pointer targets, elements, map keys and struct fields (once each) and records them in their TypeDescs.
  void needIfaceMethods(const ty::Type* t);
  /// A function wrapping method `m` reached through `ref` for receivers held in an interface pair.
  uint32_t ifaceWrapper(const ty::Type* t, const MethodRef& ref);
  /// A closure body for the method value `recvType.m` (capture 0: box holding the receiver).
  uint32_t methodValueWrapper(const ty::Type* recvType, const ty::Selection& sel, const ty::Func* m);
  /// A function value for the method expression `T.m` (receiver as first parameter).
  uint32_t methodExprWrapper(const ty::Type* recvType, const ty::Selection& sel, const ty::Func* m);
  const ty::Type* pointerTo(const ty::Type* t);
  const ty::Type* tupleOf(const std::vector<const ty::Type*>& ts);
  /// The array type [len]elem (synthesized; for frame objects holding backing arrays).
  const ty::Type* arrayOf(const ty::Type* elem, int64_t len);
  void compileFuncDecl(const sx::FuncDecl* d, const ty::Func* f, uint32_t index, PkgInfo* pkg);
  void computeHeapVars(PkgInfo& p);
  void buildGlobals();
  std::vector<uint32_t> buildPackageInit(PkgInfo& p);
  void buildEntry();
};

// ---- helpers (func_gen.cpp)
const ty::Type* under(const ty::Type* t);
const ty::Type* concreteType(const ty::Type* t);  ///< untyped → default type
bool isIface(const ty::Type* t);
bool isEmptyIface(const ty::Type* t);
const sx::Expr* unparen(const sx::Expr* e);
int sizedIntBits(const ty::Type* t);  ///< 8/16/32 for sized ints, 0 otherwise
/// The 64 bits a Scalar slot holds for the integer constant `v` of integer type `u` (an underlying type): its
/// two's-complement value, unsigned values above MaxInt64 included.
int64_t constIntBits(const constant::Value& v, const ty::Type* u);

}  // namespace vo::codegen
