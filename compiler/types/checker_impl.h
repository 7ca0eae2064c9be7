// The Checker class shared by the type checker's source files. Private to compiler/types.
//
// Structure and names follow cmd/compile/internal/types2 so that its design documentation applies:
//   checker.cpp      entry point, error reporting, recording into Info, delayed actions
//   resolver.cpp     collecting package-level objects and imports (resolver.go)
//   decl.cpp         declarations of constants, variables, types and functions; cycles; init order (decl.go,
//                    initorder.go)
//   typexpr.cpp      type expressions: structs, interfaces, signatures, arrays (typexpr.go, struct.go,
//                    interface.go, signature.go)
//   lookup.cpp       field and method lookup, method sets, implements/missing method (lookup.go, methodset.go)
//   operand.cpp      operand printing, assignability, untyped conversion (operand.go, assignments.go, expr.go's
//                    implicitTypeAndValue)
//   expr.cpp         expressions (expr.go, index.go), conversions (conversions.go)
//   call.cpp         calls, arguments, selectors (call.go)
//   builtins.cpp     built-in functions incl. Vo's assert (builtins.go)
//   stmt.cpp         statements, assignments, range, switches, select, labels, terminating statements
//                    (stmt.go, assignments.go, labels.go, return.go)
//   vo_ext.cpp       the Vo extensions: `?`, `fail`, `errdefer`, `~>` (LANGUAGE.md)
// Each file may add members ONLY in its own marked section at the end of the class.
#pragma once

#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/types/check.h"
#include "compiler/types/universe.h"

namespace vo::types {

/// An operand: an expression with its mode, type and, for constants, value (types2 operand).
struct Operand {
  OperandMode mode = OperandMode::Invalid;
  const syntax::Expr* expr = nullptr;
  Type* type = nullptr;
  constant::Value val;
  BuiltinId builtin = BuiltinId::Append;  ///< valid when mode == Builtin

  bool isInvalid() const { return mode == OperandMode::Invalid; }
  bool isConstant() const { return mode == OperandMode::Constant; }
  /// An untyped nil.
  bool isNil() const;
};

/// The state of one package-level object while it is being declared (types2 color/objPath): cycles are found
/// by meeting a Grey object again.
enum class ObjColor : uint8_t { White, Grey, Black };

/// What the checker keeps about a package-level declaration until the object is type-checked.
struct DeclInfo {
  Scope* fileScope = nullptr;
  const syntax::ValueSpec* valueSpec = nullptr;  ///< const or var
  const syntax::TypeSpec* typeSpec = nullptr;
  const syntax::FuncDecl* funcDecl = nullptr;
  const syntax::File* file = nullptr;   ///< the file of the declaration (dialect)
  std::vector<Var*> lhs;                ///< var x, y = f(): all variables initialised by one call
  const syntax::Expr* vtyp = nullptr;   ///< const/var: the type expression, or nullptr
  const syntax::Expr* init = nullptr;   ///< const/var: the initialisation expression, or nullptr
  bool inherited = false;               ///< const: vtyp and init repeat an earlier spec's (Go spec "Iota")
  std::unordered_set<Object*> deps;     ///< package-level objects this declaration refers to (init order)
};

/// The context of the function body being checked.
struct FuncContext {
  Func* func = nullptr;           ///< nullptr for function literals
  Signature* sig = nullptr;
  Scope* scope = nullptr;         ///< the function's outermost scope
  bool isVo = false;              ///< declared in a `.vo` file (dialect rules)
  bool hasDefer = false;
  bool hasLabels = false;
};

class Checker {
 public:
  Checker(CheckContext& ctx, Importer& importer, Package* pkg, DiagnosticEngine& diags, Info& info);

  /// Checks the package's files: collect objects, declare them, check function bodies, then report unused
  /// imports and compute the initialisation order.
  void checkFiles(std::span<const syntax::File* const> files);

  // ---- shared state -------------------------------------------------------------------------------------------
  CheckContext& ctx;
  Importer& importer;
  Package* pkg;
  DiagnosticEngine& diags;
  Info& info;
  const Universe& universe = Universe::get();

  /// Package-level objects and what declares them.
  std::unordered_map<Object*, DeclInfo> objMap;
  /// Colour of package-level objects during declaration; missing means White.
  std::unordered_map<Object*, ObjColor> colors;
  /// The path of objects being declared, for cycle reports (`invalid recursive type`, `initialization cycle`).
  std::vector<Object*> objPath;
  /// The package-level declaration currently being checked (receives dependencies), or nullptr.
  DeclInfo* currentDecl = nullptr;
  /// The function body being checked, or nullptr at package level.
  FuncContext* fctx = nullptr;
  /// The value of `iota` while checking a constant spec; Unknown outside.
  constant::Value iota;
  /// Actions run after all package-level declarations (function bodies, deferred checks), in order.
  std::vector<std::function<void()>> delayed;

  // ---- checker.cpp: errors, recording, helpers ----------------------------------------------------------------
  /// Reports an error at `pos` with gc's wording (no trailing period, lowercase).
  void error(Pos pos, std::string msg);
  /// Reports an error at an expression's position (gc's position for that expression kind).
  void errorAt(const syntax::Node* at, std::string msg);
  /// `declared and not used` and `imported and not used`: an error in Go files, a warning in Vo files.
  void unusedError(Pos pos, std::string msg, bool isVoFile);
  void later(std::function<void()> action) { delayed.push_back(std::move(action)); }
  void recordTypeAndValue(const syntax::Expr* e, OperandMode mode, Type* type, const constant::Value& val);
  void recordDef(const syntax::Ident* id, Object* obj);
  void recordUse(const syntax::Ident* id, Object* obj);
  void recordImplicit(const syntax::Node* node, Object* obj);
  void recordSelection(const syntax::SelectorExpr* x, Selection sel);
  void recordScope(const syntax::Node* node, Scope* scope);
  /// Declares `obj` in `scope`, reporting `x redeclared in this block` (with the previous position) on conflict;
  /// records the definition when `id` is given.
  void declare(Scope* scope, const syntax::Ident* id, Object* obj);
  Scope* newScope(Scope* parent, const syntax::Node* node, std::string_view comment);
  /// Printing of types relative to this package (names of this package unqualified).
  std::string typeStr(const Type* t) const { return typeString(t, Qualifier{pkg}); }
  Type* invalidType() const { return universe.basic(BasicKind::Invalid); }
  Basic* basic(BasicKind kind) const { return universe.basic(kind); }

  // ---- resolver.cpp / decl.cpp --------------------------------------------------------------------------------
  void collectObjects(std::span<const syntax::File* const> files);
  void packageObjects();
  /// Type-checks the declaration of package-level `obj` if not done yet (follows dependencies; reports cycles).
  void objDecl(Object* obj);
  /// `inherited`: init repeats an earlier spec's expression, so its errors are reported at obj (types2 errpos).
  void constDecl(Const* obj, const syntax::Expr* typ, const syntax::Expr* init, bool inherited);
  void varDecl(Var* obj, std::span<Var* const> lhs, const syntax::Expr* typ, const syntax::Expr* init);
  void typeDecl(TypeName* obj, const syntax::TypeSpec* spec);
  void funcDecl(Func* obj, const DeclInfo& decl);
  /// Local const, type and var declarations (inside function bodies).
  void declStmt(const syntax::GenDecl* decl);
  /// Checks the body of a function once package-level declarations are done.
  void funcBody(const std::string& name, Signature* sig, const syntax::BlockStmt* body, Func* func, bool isVo);
  void initOrder();
  void unusedImports();

  // ---- typexpr.cpp --------------------------------------------------------------------------------------------
  /// The type denoted by a type expression; reports `x is not a type` etc. and returns the invalid type on error.
  Type* typ(const syntax::Expr* e);
  /// Like typ, for the right side of `type T ...`: `def` is the Named being defined (for recursive types).
  Type* definedType(const syntax::Expr* e, Named* def);
  Type* varType(const syntax::Expr* e);
  Signature* funcType(Var* recv, const syntax::FuncType* ftype, Scope* scope, bool isVo);
  Struct* structType(const syntax::StructType* e);
  Interface* interfaceType(const syntax::InterfaceType* e, Named* def);
  /// Computes `allMethods` of an interface (and of embedded ones first); reports duplicate methods.
  void completeInterface(Pos pos, Interface* it);
  /// The length of an array type; -1 after reporting an error.
  int64_t arrayLength(const syntax::Expr* e);

  // ---- lookup.cpp ---------------------------------------------------------------------------------------------
  /// Field or method `name` of type T (Go spec "Selectors", depth rules): the object, the index path and whether
  /// a pointer was dereferenced; nullptr with `ambiguous` set when several exist at the shallowest depth.
  Object* lookupFieldOrMethod(Type* T, bool addressable, Package* pkg, std::string_view name, std::vector<int>& index,
                              bool& indirect, bool& ambiguous);
  /// A method of interface `iface` that `T` lacks (or has with the wrong signature / pointer receiver); nullptr
  /// when T implements it. `wrongType` is set when T has a method of that name with another signature.
  Func* missingMethod(Type* T, Interface* iface, bool isStatic, Func*& wrongType, bool& ptrRecv);
  /// True when T implements interface `iface`; otherwise sets `cause` to gc's explanation, e.g.
  /// `T does not implement I (missing method M)`.
  bool implements(Type* T, Type* iface, std::string& cause);

  // ---- operand.cpp --------------------------------------------------------------------------------------------
  /// gc's description of an operand: `x (variable of type int)`, `1.5 (untyped float constant)`, `f() (no value)`.
  std::string operandString(const Operand& x) const;
  /// Assignability (Go spec "Assignability"); `cause` explains a failure.
  bool assignableTo(Operand& x, Type* T, std::string& cause);
  /// Checks that x can be assigned to a variable of type T (converting untyped x), reporting
  /// `cannot use x (...) as T value in <context>`; x becomes invalid on error.
  void assignment(Operand& x, Type* T, std::string_view context);
  /// Converts an untyped operand to `target` (or its default type when target is nullptr), reporting errors.
  void convertUntyped(Operand& x, Type* target);
  /// Gives x (an untyped operand) the type and, when known, the value implicitTypeAndValue computed for it, and
  /// updates what was recorded for its expression.
  void setImplicitTypeAndValue(Operand& x, Type* newType, const constant::Value& val);
  /// Updates the recorded type of an untyped expression once its final type is known.
  void updateExprType(const syntax::Expr* e, Type* t, bool isFinal);
  /// Checks that constant x is representable in T, rounding it; reports `cannot use ... (truncated)` or
  /// `constant 300 overflows byte` and invalidates x on failure.
  void representable(Operand& x, Basic* T);

  // ---- expr.cpp / call.cpp / builtins.cpp ---------------------------------------------------------------------
  /// Checks an expression that must be a single value; `hint` is the expected type for untyped composite
  /// literal elements (may be nullptr).
  void expr(Operand& x, const syntax::Expr* e, Type* hint = nullptr);
  /// Like expr, but a multi-value (call) result is allowed: x.type is then a Tuple.
  void multiExpr(Operand& x, const syntax::Expr* e);
  /// An expression that may also be a type (x.mode == TypeExpr then).
  void exprOrType(Operand& x, const syntax::Expr* e);
  void rawExpr(Operand& x, const syntax::Expr* e, Type* hint, bool allowGeneric);
  void unary(Operand& x, const syntax::UnaryExpr* e);
  void binary(Operand& x, const syntax::Expr* e, const syntax::Expr* lhs, const syntax::Expr* rhs, syntax::TokenKind op,
              Pos opPos);
  void conversion(Operand& x, Type* T);
  void callExpr(Operand& x, const syntax::CallExpr* call);
  void selector(Operand& x, const syntax::SelectorExpr* e);
  void builtin(Operand& x, const syntax::CallExpr* call, BuiltinId id);
  void compositeLit(Operand& x, const syntax::CompositeLit* e, Type* hint);
  void indexExpr(Operand& x, const syntax::IndexExpr* e);
  void sliceExpr(Operand& x, const syntax::SliceExpr* e);
  void typeAssertion(Operand& x, const syntax::TypeAssertExpr* e);
  void funcLit(Operand& x, const syntax::FuncLit* e);
  /// Uses of identifiers: looks up the object, records the use, marks variables used, reports `undefined: x`.
  void ident(Operand& x, const syntax::Ident* e, bool wantType);

  // ---- stmt.cpp -----------------------------------------------------------------------------------------------
  /// The statements of a function body (funcBody calls it with fctx set): checks them in fctx->scope, with
  /// `scope` saved and restored around it. Then funcBody calls labels(body) (always: it also reports misplaced
  /// unlabelled break/continue), isTerminating(body, "") for `missing return`, and usage(fctx->scope).
  void stmtList(std::span<syntax::Stmt* const> list);
  void stmt(const syntax::Stmt* s) { stmt(0, s); }
  void assignStmt(const syntax::AssignStmt* s);
  void shortVarDecl(const syntax::AssignStmt* s);
  void returnStmt(const syntax::ReturnStmt* s);
  /// Labels and branch statements of one function body (labels.go).
  void labels(const syntax::BlockStmt* body);
  /// Terminating statements (Go spec "Terminating statements"), for `missing return`.
  bool isTerminating(const syntax::Stmt* s, std::string_view label);
  /// Reports `declared and not used: x` for the unused variables of a function's scopes.
  void usage(Scope* scope);

  // ---- vo_ext.cpp ---------------------------------------------------------------------------------------------
  void tryExpr(Operand& x, const syntax::TryExpr* e);
  void dynAccess(Operand& x, const syntax::DynAccessExpr* e);
  void failStmt(const syntax::FailStmt* s);

  // ---- section: checker.cpp ----
  // ---- section: resolver.cpp / decl.cpp ----
  /// The scope identifiers are looked up in: the file scope of the package-level declaration being checked, or
  /// the innermost block scope of the function body being checked (types2 environment.scope).
  Scope* scope = nullptr;
  /// Dot-imported objects of each file scope and the import that declared them, so that a use marks the import
  /// used (types2 dotImportMap); ident() sets `used` on the PkgName found here.
  std::map<std::pair<const Scope*, std::string_view>, PkgName*> dotImportMap;
  /// Every import of the package's files in source order, for `"fmt" imported and not used`.
  std::vector<PkgName*> imports;
  /// Packages that could not be imported (`could not import x`): lookups in them report nothing further.
  std::unordered_set<const Package*> fakeImports;
  /// The file of each file scope.
  std::unordered_map<const Scope*, const syntax::File*> scopeFiles;
  /// Methods by receiver base type name, until the type's declaration attaches them (collectMethods).
  std::unordered_map<TypeName*, std::vector<Func*>> methods;
  /// The type on the right side of each defined type's declaration (types2 Named.fromRHS), for validType and
  /// for resolving `type T U` chains.
  std::unordered_map<Named*, Type*> namedRHS;
  /// Defined types whose underlying type waits for a type currently being declared (`type T U` inside U's
  /// declaration); resolved as soon as possible.
  std::vector<Named*> pendingNamed;
  /// Functions without body in a program (not the standard library, whose are natives): gc reports `missing
  /// function body` only when type checking found no error, so they wait until the end (initOrder).
  std::vector<Pos> missingBodies;
  /// The number of errors when checking started, to tell whether this package had any.
  size_t errorsAtStart = 0;
  /// While an inherited constant initialiser is evaluated, the position of the constant's name: every error is
  /// reported there instead of in the repeated expression (types2 errpos; error() and errorAt() use it).
  Pos errpos;
  /// validType's verdicts per defined type (0 unknown, 1 being checked, 2 valid, 3 invalid).
  std::unordered_map<const Named*, uint8_t> validTypeInfo;

  /// Whether the code being checked is in a `.vo` file: the function body's dialect, or at package level that of
  /// the file of the declaration being checked (its file scope).
  bool inVoFile() const;
  void declarePkgObj(const syntax::Ident* id, Object* obj, DeclInfo decl);
  void importSpec(const syntax::ImportSpec* s, Scope* fileScope);
  /// Reports `missing init expr for x` or `extra init expr e` when a const or var spec's names and values
  /// disagree (types2 arity). With one value for several variables nothing is said yet: it may be a call.
  void arity(const syntax::ValueSpec* s, std::span<syntax::Expr* const> inits, bool constDecl, bool inherited);
  /// Attaches the collected methods of a defined type to it (decl.go collectMethods).
  void collectMethods(TypeName* obj);
  /// Reports a cycle through `obj` when it is invalid; true when the cycle is permitted (decl.go validCycle).
  bool validCycle(Object* obj);
  /// `invalid recursive type T` / `invalid cycle in declaration of x` with the cycle's `refers to` lines.
  void cycleError(std::span<Object* const> cycle);
  /// `initialization cycle for x` with the `refers to` lines; `cycle` is a dependency path reversed.
  void reportInitCycle(std::span<Object* const> cycle);
  /// Sets the underlying type of a defined type from its right side, following `type T U` chains.
  void resolveUnderlying(Named* t);
  /// Reports types that contain themselves without indirection, as in `type T struct{ f T }` (validtype.go).
  void validType(Named* t);
  uint8_t validType0(Type* t, std::vector<Object*>& path);
  void initConst(Const* lhs, Operand& x);
  /// The local const/var specs of a declaration statement (declStmt's cases).
  void localConstSpec(const syntax::ValueSpec* s, const syntax::ValueSpec*& last);
  void localVarSpec(const syntax::ValueSpec* s);
  void localTypeSpec(const syntax::TypeSpec* s);
  // ---- section: typexpr.cpp / lookup.cpp ----
  /// typ/definedType without recording: dispatches on the type expression's form (types2 typInternal).
  Type* typInternal(const syntax::Expr* e, Named* def);
  /// The type of an operand that must denote a type (`x (variable of type int) is not a type` otherwise);
  /// leaves `result` unchanged unless x is a type.
  void typeExprOperand(const Operand& x, Type*& result);
  /// A qualified identifier `pkg.Name` (types2 selector's package case): returns false when `e.x` does not
  /// denote an imported package; otherwise marks the import used, reports `undefined: pkg.Name` or
  /// `name x not exported by package pkg`, records the uses and sets x (TypeExpr for a type name).
  bool qualifiedIdent(Operand& x, const syntax::SelectorExpr* e);
  /// Reports (at the end of checking) a variable of an interface type that contains type constraints.
  void validVarType(const syntax::Expr* e, Type* t);
  /// Fills the fields and tags of struct `st` from its literal (struct.go).
  void collectFields(Struct* st, const syntax::StructType* e);
  /// The parameters or results of a signature, declared in `scope`; `variadic` is set for a final `...T`, whose
  /// type becomes []T (signature.go collectParams).
  std::vector<Var*> collectParams(Scope* scope, std::span<syntax::Field* const> list, bool variadicOk,
                                  bool& variadic);
  /// Interfaces that embed a type constraint (a union, `~T` or a non-interface type): they are only valid as
  /// constraints, and Vo has no type parameters.
  std::unordered_set<const Interface*> constraintIfaces;
  /// Position of each embedded element of an interface literal (for errors of completeInterface).
  std::unordered_map<const Interface*, std::vector<Pos>> embedPositions;
  /// lookupFieldOrMethod without the special case of named pointer types; with `foldCase`, names match
  /// case-insensitively (for the `missing method M (have m)` hint). Returns nullptr when not found; then a
  /// non-empty `index` means ambiguous and `indirect` means a pointer receiver was required.
  Object* lookupFieldOrMethodImpl(Type* T, bool addressable, Package* pkg, std::string_view name, bool foldCase,
                                  std::vector<int>& index, bool& indirect);
  /// missingMethod with gc's explanation: returns the method of interface type T that V lacks (nullptr when V
  /// implements T) and sets `*cause` (if given) to `(missing method M)`, `(method M has pointer receiver)`,
  /// `(wrong type for method M)\n\t\thave M(int)\n\t\twant M(string)`, etc. `wrongType` is set when V has
  /// the method with another signature or on *V only. With !isStatic and an interface V, only methods present in
  /// both must agree (type assertions).
  Func* missingMethodCause(Type* V, Type* T, bool isStatic, std::string* cause, bool& wrongType);
  /// Whether a value of interface type V can have dynamic type T (types2 assertableTo): always when T is an
  /// interface; otherwise T must have V's methods. On failure `cause` is the parenthesised reason, for
  /// `impossible type assertion: x.(T)\n\tT does not implement V (missing method M)`.
  bool assertableTo(Type* V, Type* T, std::string& cause);
  /// `M(int) string`: a method's name and signature without parameter names, as gc prints it in `have`/`want`
  /// lines; with `pkgInfo`, types of every package are qualified.
  std::string funcString(const Func* f, bool pkgInfo) const;
  // ---- section: operand.cpp / expr.cpp / call.cpp / builtins.cpp ----
  // call.cpp
  /// Set while checking an expression once it contains a function call or a channel receive (types2
  /// hasCallOrRecv): `len(a)` of an array `a` is then not a constant. Users save, clear and restore it.
  bool hasCallOrRecv = false;
  /// Checks `args` against the parameters of `sig` for `call` (types2 arguments): `...` rules, counts with
  /// have/want lines, and assignability of each argument (`argument to f`).
  void arguments(const syntax::CallExpr* call, Signature* sig, std::vector<Operand>& args);
  /// Evaluates expressions whose value is not needed, after another error, so that their variables count as used
  /// and their own errors are reported (types2 use). Returns false if any was invalid.
  bool use(std::span<syntax::Expr* const> exprs);
  /// `(t1, t2, ...)` for have/want lines (types2 typesSummary): untyped numbers print as `number`, other
  /// untyped types without `untyped `; a variadic final slice prints as `...E`, a final argument with dots as `T...`.
  std::string typesSummary(std::span<Type* const> types, bool variadic, bool hasDots) const;
  /// The explanation of a failed lookup of `sel` in `T` (types2 lookupError): `type T has no field or method
  /// sel`, with `, but does have field Sel` when `alt` (a case-insensitive match, may be nullptr) exists;
  /// `structLit` selects the `unknown field sel in struct literal of type T` variants.
  std::string lookupError(Type* T, std::string_view sel, Object* alt, bool structLit) const;
  // builtins.cpp
  /// True for the built-ins whose calls may stand alone as statements (copy, delete, panic, print, ...); a call
  /// of another one (len, append, ...) as a statement is an unused value.
  static bool builtinIsStatement(BuiltinId id);
  // operand.cpp / expr.cpp (types2 check.untyped, const.go, expr.go helpers)
  /// Why an untyped value cannot take a type (types2 error codes of implicitTypeAndValue and representation).
  enum class ConvCode : uint8_t { Ok, TruncatedFloat, NumericOverflow, InvalidConstVal, InvalidUntypedConversion };
  /// An expression whose type is still untyped, recorded once its final type is known (types2 exprInfo).
  struct UntypedInfo {
    bool isLhs = false;  ///< the lhs of a non-constant shift: its final type must be an integer type
    OperandMode mode = OperandMode::Invalid;
    Basic* type = nullptr;
    constant::Value val;
  };
  std::unordered_map<const syntax::Expr*, UntypedInfo> untyped;
  /// Records the expressions still untyped at the end of checking (non-constants with their default type,
  /// constants with their untyped type and value). Call once after all function bodies were checked.
  void recordUntyped();
  /// Records x's type and value, or remembers it in `untyped` (types2 Checker.record).
  void recordOperand(const Operand& x);
  void updateExprVal(const syntax::Expr* e, const constant::Value& val);
  /// The type (and converted constant value) untyped x takes where `target` is expected; nullptr and a code when
  /// it cannot (types2 implicitTypeAndValue).
  Type* implicitTypeAndValue(Operand& x, Type* target, constant::Value& val, ConvCode& code);
  /// The value of constant x in basic type T, or a code (types2 representation).
  ConvCode representation(const Operand& x, Basic* T, constant::Value& val);
  void invalidConversion(ConvCode code, const Operand& x, Type* target);
  /// Checks that a constant result is representable by its type, or not too large when untyped (types2 overflow).
  void overflow(Operand& x, Pos opPos);
  /// Reports and invalidates x when its mode is excluded: NoValue, Builtin or TypeExpr (types2 exclude).
  void exclude(Operand& x, bool noValue, bool builtinMode, bool typeExpr);
  /// Reports `multiple-value f() (value of type (int, int)) in single-value context`.
  void singleValue(Operand& x);
  void exprWithHint(Operand& x, const syntax::Expr* e, Type* hint);
  /// Adds package-level `obj` to the dependencies of the declaration being checked (init order).
  void addDependency(Object* obj);
  void shift(Operand& x, Operand& y, const syntax::Expr* e, syntax::TokenKind op, Pos opPos);
  void comparison(Operand& x, Operand& y, syntax::TokenKind op, const syntax::Expr* e, bool switchCase);
  void matchTypes(Operand& x, Operand& y);
  std::string kindString(Type* t) const;
  std::string incomparableCause(Type* t) const;
  /// Checks an index operand; returns its constant value (>= 0), -1 when not constant, -2 on error. `max` >= 0
  /// is the exclusive upper bound for constant indices (types2 index).
  int64_t checkIndex(const syntax::Expr* index, int64_t max, Type** typ = nullptr);
  bool isValidIndex(Operand& x, std::string_view what, bool allowNegative);
  /// Elements of an array or slice literal; returns the literal's length (types2 indexedElts).
  int64_t indexedElts(std::span<syntax::Expr* const> elts, Type* elem, int64_t length);
  /// Conversion rules (Go spec "Conversions") for non-constant x; `cause` explains a failure.
  bool convertibleTo(Operand& x, Type* T, std::string& cause);
  /// Evaluates one expression whose value is not needed, after an error (types2 use, for one expression; the
  /// key of a KeyValueExpr is skipped).
  void useExpr(const syntax::Expr* e);
  /// Reports msg at `at` unless it is a follow-on error: one that mentions `invalid operand` or `invalid type`
  /// (not at its start) after an error was reported already (types2 error_.report).
  void errorUnlessFollowOn(const syntax::Node* at, std::string msg);
  // ---- section: stmt.cpp / vo_ext.cpp ----
  /// Which control-flow statements are permitted where a statement is checked (types2 stmtContext bits).
  using StmtContext = unsigned;
  static constexpr StmtContext kBreakOk = 1, kContinueOk = 2, kFallthroughOk = 4, kFinalSwitchCase = 8,
                               kInTypeSwitch = 16;
  void stmt(StmtContext ctxt, const syntax::Stmt* s);
  void stmtList(StmtContext ctxt, std::span<syntax::Stmt* const> list);
  void stmtBody(StmtContext ctxt, const syntax::Stmt* s);
  void rangeStmt(StmtContext ctxt, const syntax::RangeStmt* s);
  void switchStmt(StmtContext ctxt, const syntax::SwitchStmt* s);
  void typeSwitchStmt(StmtContext ctxt, const syntax::TypeSwitchStmt* s);
  void selectStmt(StmtContext ctxt, const syntax::SelectStmt* s);
  void openScope(const syntax::Node* node, std::string_view comment);
  void closeScope() { scope = scope->parent; }
  /// Runs the delayed actions added since `top` (function literal bodies) before the scope changes.
  void processDelayed(size_t top);
  /// `go f(x)`, `defer f(x)`, `errdefer f(x)`: the operand must be a call that may be a statement.
  void suspendedCall(std::string_view keyword, const syntax::Expr* call);
  /// Evaluates expressions only for their recordings after an error; true when none of them is invalid.
  bool useExprs(std::span<syntax::Expr* const> list);
  /// Like useExprs for the left side of an assignment: identifiers denoting variables are not marked used.
  bool useLHSExprs(std::span<syntax::Expr* const> list);
  /// The values of a multi-value or comma-ok capable expression, one operand per value; `commaOk` is set when
  /// a comma-ok expression was expanded to (value, bool).
  std::vector<Operand> unpackOperands(Operand& x, bool allowCommaOk, bool& commaOk);
  /// The operands of a return or mismatching assignment's right side: a single call expands to its results.
  std::vector<Operand> operandList(std::span<syntax::Expr* const> list);
  void recordCommaOkTypes(const syntax::Expr* e, const std::vector<Operand>& rhs);
  // assignments.go
  /// Checks `lhs = x` in a variable declaration; an untyped lhs takes x's (default) type.
  void initVariable(Var* lhs, Operand& x, std::string_view context);
  /// Checks `lhs... = rhs...` in a declaration (var, :=) or, when `returnStmt` is given, the implicit
  /// assignment of return values to the result variables. Used by varDecl/declStmt for `var a, b = f()`.
  void initVars(std::span<Var* const> lhs, std::span<syntax::Expr* const> rhs, const syntax::Stmt* returnStmt);
  /// The type of an assignment's left side (nullptr for `_`, the invalid type after an error); not a use.
  Type* lhsVar(const syntax::Expr* lhs);
  /// Marks the variable an assignment's left side names as used (after an error in that assignment).
  void markLHSUsed(const syntax::Expr* lhs);
  /// Checks `lhs = rhs` (x == nullptr) or `lhs = *x` (x is rhs's value).
  void assignVar(const syntax::Expr* lhs, const syntax::Expr* rhs, Operand* x, std::string_view context);
  void assignVars(std::span<syntax::Expr* const> lhs, std::span<syntax::Expr* const> rhs);
  void assignError(std::span<syntax::Expr* const> rhs, size_t l, size_t r);
  void returnError(const syntax::Node* at, std::span<Var* const> lhs, const std::vector<Operand>& rhs);
  std::string haveWantSummary(const std::vector<Type*>& list) const;
  // switches
  void caseValues(Operand& x, std::span<syntax::Expr* const> values,
                  std::vector<std::pair<Operand, Pos>>& seen);
  /// Checks the types (or `nil`: a nullptr entry in `seen`) of one type switch clause; returns the last type.
  Type* caseTypes(Operand* x, std::span<syntax::Expr* const> types, std::vector<std::pair<Type*, Pos>>& seen);
  /// The part of a type assertion check shared with type switches: reports `impossible type switch case`.
  void typeSwitchCase(const syntax::Expr* e, const Operand& x, Type* T);
  // return.go
  bool isTerminatingList(std::span<syntax::Stmt* const> list, std::string_view label);
  bool isTerminatingSwitch(std::span<syntax::CaseClause* const> body, std::string_view label);

  // Vo extensions
  /// True inside a function whose last result has type error (where `?`, `fail` and `errdefer` are legal);
  /// otherwise reports at `pos` `<what> used in function f without error result (the last result must have type
  /// error; f returns int)`, naming the function (or "func literal") and its results, or `<what> used outside
  /// function body`.
  bool checkErrorResult(Pos pos, std::string_view what);
  /// `v = dynExpr?` into a typed variable: records the target type in Info::dynAssertTargets when x is such a
  /// TryExpr and T (not nullptr) is not `any`; true when it did.
  bool dynTryConversion(Operand& x, Type* T);
  /// The Tuple (any, error) that dynamic access yields.
  Tuple* dynResultTuple();
  Tuple* dynResult_ = nullptr;
};

}  // namespace vo::types
