// The walk that builds the escape graph of one batch of functions from the typed AST (Go 1.19 escape/stmt.go,
// expr.go, call.go, assign.go). Every statement and expression kind is translated into flows between holes and
// locations; an expression kind the walk does not model sends its operands to the heap (the safe default).
#pragma once

#include <deque>
#include <string_view>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/types/check.h"
#include "escape/escape.h"
#include "escape/graph.h"

namespace vo::escape {

/// A closure met during the walk: the hole its value flows to and the variables it captures (Go's batch.closures
/// and ClosureVars), resolved by flowClosures once the whole batch is walked.
struct ClosureUse {
  Hole k;
  Location* site = nullptr;  ///< the closure's allocation site
  FuncInfo* fn = nullptr;
  std::vector<const types::Var*> captured;
};

/// The static callee of a call (Go's call.go: fn), or none for calls through function values and interfaces.
struct Callee {
  const types::Func* func = nullptr;  ///< the declared function or method, when known
  FuncInfo* info = nullptr;           ///< its FuncInfo when it is analysed in this package (or a called FuncLit)
  bool isStatic() const { return func != nullptr || info != nullptr; }
};

/// `interface{}`: the type values passed to panic, Vo's assert and Vo's dynamic access are converted to.
const types::Type* emptyInterface();

/// Package-wide state shared by the batches: the FuncInfos of declared functions and closures, the summaries.
struct PackageState {
  const types::Package* pkg;
  const types::Info& info;
  Summaries& summaries;
  std::unordered_map<const types::Func*, FuncInfo*> decls;  ///< functions with bodies declared in this package
  std::deque<FuncInfo> funcs;                               ///< owns every FuncInfo
  FuncInfo* newFunc() { return &funcs.emplace_back(); }
};

/// Walks the functions of one batch into a Graph (Go's escape struct; one instance per batch, with the current
/// function and loop depth as state that closures save and restore).
class Walker {
 public:
  Walker(PackageState& pkg, Graph& graph) : pkg_(pkg), info_(pkg.info), g_(graph) {}

  /// Creates the parameter and result locations of a declared function (Go's initFunc).
  void initFunc(FuncInfo* fn, const syntax::FuncDecl* decl);
  /// Walks a declared function's body.
  void walkFunc(FuncInfo* fn, const syntax::FuncDecl* decl);
  /// Walks the package-level variable initialisers (assignments to globals: the heap) as function `fn`.
  void walkPackageInit(FuncInfo* fn, std::span<const syntax::File* const> files);
  /// Adds the flows of every closure's captured variables (Go's flowClosure) and decides capture by value.
  void flowClosures();
  /// Adds Go's HeapAllocReason flows (too large for the stack, make with a non-constant size).
  void heapAllocReasons();

  /// Variables captured by value, after flowClosures.
  const std::unordered_set<const types::Var*>& byValue() const { return byval_; }
  /// Variables captured by reference, after flowClosures.
  const std::unordered_set<const types::Var*>& byReference() const { return byref_; }
  /// Every variable location created in this batch.
  const std::unordered_map<const types::Var*, Location*>& vars() const { return vars_; }
  /// Messages of the walk itself (Go's "ignoring self-assignment").
  const std::vector<Explanation>& messages() const { return messages_; }
  /// The closures of the batch (their FuncInfo, for parameter messages).
  const std::vector<ClosureUse>& closures() const { return closures_; }

 private:
  // ---- helpers (walk_expr.cpp) ----
  const types::Type* typeOf(const syntax::Expr* e) const;
  bool isTypeExpr(const syntax::Expr* e) const;
  bool isConstant(const syntax::Expr* e) const;
  const types::Object* objectOf(const syntax::Ident* id) const;
  Location* varLoc(const types::Var* v) const;
  Location* declare(const types::Object* o);
  Location* declareIdent(const syntax::Ident* id);
  Location* newLoc(bool transient) { return g_.newLoc(curfn_, loopDepth_, transient); }
  /// A new allocation site for `n` whose address flows to k, reported at `at` (default: Go's position of n).
  Hole spill(Hole k, const syntax::Node* n, SiteKind site = SiteKind::Expr, Pos at = Pos{});
  Hole tee(const std::vector<Hole>& ks) { return g_.teeHole(curfn_, loopDepth_, ks); }
  void flow(Hole k, Location* src) { g_.flow(k, src); }

  // ---- statements (walk_stmt.cpp) ----
  void stmt(const syntax::Stmt* s);
  void stmts(std::span<syntax::Stmt* const> list);
  void block(std::span<syntax::Stmt* const> list);
  void genDecl(const syntax::GenDecl* gd, bool global);
  void genValueSpec(const syntax::ValueSpec* vs, bool global);
  /// The parts of a package variable's initialiser Go lays out as static data (composite literals, &T{...} of
  /// them, constants in them): no code, no messages.
  void staticData(const syntax::Expr* e, std::unordered_set<const syntax::Node*>& out) const;
  void assignStmt(const syntax::AssignStmt* as);
  void rangeStmt(const syntax::RangeStmt* rs);
  void typeSwitch(const syntax::TypeSwitchStmt* ts);
  void returnValues(std::span<syntax::Expr* const> results);
  void goDefer(const syntax::Expr* call, bool isGo);
  void scanLabels(const syntax::Node* body);
  /// Go's addr: the hole an assignment to `lhs` stores into (a variable's location, or the heap).
  Hole addr(const syntax::Expr* lhs);
  /// Assigns srcs[i] (converted to the type of dsts[i]) to dst holes; a single multi-value src is a call.
  void assignList(const std::vector<Hole>& ks, const std::vector<const types::Type*>& dstTypes,
                  std::span<syntax::Expr* const> srcs, Pos at = Pos{});
  void markReassigned(const std::vector<Hole>& ks);
  /// The value of a constant boolean condition (Go's deadcode pass drops the branch it never takes).
  std::optional<bool> constantBool(const syntax::Expr* e) const;

  // ---- expressions (walk_expr.cpp) ----
  void expr(Hole k, const syntax::Expr* e);
  void discard(const syntax::Expr* e) { expr(g_.discardHole(), e); }
  /// A name of a variable of a function being analysed (Go reports its conversions at the context's position).
  bool isLocalName(const syntax::Expr* e) const;
  /// `e` converted to `target` (an implicit or explicit conversion to an interface spills a non-pointer value).
  /// `at`: where Go reports the conversion of a local variable (a call's `(`, an assignment's first token), or
  /// of any operand with `anyOperand` (a keyed composite literal element: its key); default the operand.
  void exprConv(Hole k, const syntax::Expr* e, const types::Type* target, Pos at = Pos{}, bool anyOperand = false);
  void selector(Hole k, const syntax::SelectorExpr* sel);
  void compositeLit(Hole k, const syntax::CompositeLit* cl);
  void funcLit(Hole k, const syntax::FuncLit* fl);
  void binary(Hole k, const syntax::BinaryExpr* be);
  /// The hole for the receiver operand `sel->x` of method `m` reached through selection path `index`.
  Hole receiverHole(Hole k, const syntax::SelectorExpr* sel, const types::Selection& s);

  // ---- calls (walk_call.cpp) ----
  /// A call whose results flow to ks (empty: results unused). `goDeferK`, when set, is the hole of a go or defer
  /// statement's implicit wrapper: every argument value also flows to it.
  void call(const std::vector<Hole>& ks, const syntax::CallExpr* c, const Hole* goDeferK = nullptr);
  bool builtinCall(const std::vector<Hole>& ks, const syntax::CallExpr* c, const Hole* goDeferK);
  bool conversion(const std::vector<Hole>& ks, const syntax::CallExpr* c, const Hole* goDeferK);
  Callee staticCallee(const syntax::CallExpr* c) const;
  /// Go's devirtualize: an interface method call whose receiver variable only ever holds values of one concrete
  /// type T is a call of T's method (walks the receiver into it); false when not devirtualizable.
  bool devirtualize(const std::vector<Hole>& ks, const syntax::SelectorExpr* sel, Callee& fn, const Hole* goDeferK);
  /// The concrete type an interface variable's single definition converts from, or nullptr.
  const types::Type* concreteDynamicType(const syntax::Expr* e) const;
  /// Go's ir.StaticValue: follows local variables that are only ever assigned their initial value.
  const syntax::Expr* staticValue(const syntax::Expr* e) const;
  /// Records the single-definition local variables of a function body (for staticValue).
  void scanStaticDefs(const syntax::Node* body);
  bool isSelfAssign(const syntax::Expr* dst, const syntax::Expr* src) const;
  bool sameSafeExpr(const syntax::Expr* a, const syntax::Expr* b) const;
  bool mayAffectMemory(const syntax::Expr* e) const;
  /// Go's tagHole: where argument `param` (0 = receiver for methods) of the callee flows.
  Hole tagHole(const std::vector<Hole>& ks, const Callee& fn, int param);
  /// Walks one argument into hole k, also into goDeferK when set.
  void argument(Hole k, const syntax::Expr* arg, const types::Type* target, const Hole* goDeferK, Pos at = Pos{});

  PackageState& pkg_;
  const types::Info& info_;
  Graph& g_;
  FuncInfo* curfn_ = nullptr;
  int loopDepth_ = 1;
  std::unordered_map<std::string_view, bool> labels_;  ///< label name → looping (a later goto targets it)
  std::unordered_map<const types::Var*, Location*> vars_;
  std::vector<ClosureUse> closures_;
  std::unordered_map<const syntax::FuncLit*, FuncInfo*> funcLits_;  ///< closures walked so far
  std::unordered_map<const types::Var*, const syntax::Expr*> staticDefs_;  ///< single-definition variables
  std::vector<Explanation> messages_;
  const Hole* sliceElemK_ = nullptr;
  bool anonymousConversions_ = false;  ///< conversions to interface box into unnamed temporaries (select cases)  ///< set while walking a slice literal argument of go/defer
  std::vector<std::pair<const types::Type*, Location*>> methodValues_;  ///< receiver type, site
  std::unordered_set<const types::Var*> byval_, byref_;
  std::vector<std::pair<const syntax::CallExpr*, Location*>> makes_;  ///< make([]T, ...) sites (heapAllocReasons)
  std::vector<std::pair<const types::Type*, Location*>> news_;  ///< new(T) and &T{...}: T and the site
};

}  // namespace vo::escape
