// The type checker's public API: check one package's files and record what every expression and identifier
// means (Go spec, all of it except type parameters; LANGUAGE.md for the Vo extensions).
//
// Follows cmd/compile/internal/types2 (api.go, check.go): a Checker per package fills an Info with the type and
// value of every expression, the object of every identifier, selections, scopes and the package initialisation
// order. Errors go to the DiagnosticEngine with gc's wording and positions; checking continues after errors so
// that every error of the package is reported. Imported packages are checked on demand through an Importer.
#pragma once

#include <memory>
#include <span>
#include <unordered_map>
#include <vector>

#include "compiler/basic/diagnostics.h"
#include "compiler/constant/constant.h"
#include "compiler/syntax/ast.h"
#include "compiler/types/object.h"
#include "compiler/types/type.h"

namespace vo::types {

/// What an expression denotes (types2 operandMode); recorded for every checked expression.
enum class OperandMode : uint8_t {
  Invalid,   ///< an error was reported for it
  NoValue,   ///< a call of a function without results
  Builtin,   ///< a built-in function name (only callable)
  TypeExpr,  ///< a type
  Constant,  ///< a constant with a known value
  Variable,  ///< an addressable value
  MapIndex,  ///< a map index expression (assignable, not addressable; comma-ok capable)
  Value,     ///< any other computed value
  CommaOk,   ///< a value that may be used with comma-ok (type assertion, channel receive)
};

/// The type and, for constants, the value of an expression.
struct TypeAndValue {
  OperandMode mode = OperandMode::Invalid;
  Type* type = nullptr;
  constant::Value value;  ///< set when mode == Constant
};

/// What a selector `x.f` resolved to (types2 Selection).
enum class SelectionKind : uint8_t {
  FieldVal,    ///< x.f is a struct field (possibly promoted)
  MethodVal,   ///< x.m is a method value (possibly promoted)
  MethodExpr,  ///< T.m is a method expression
};

/// A resolved selector. `index` is the path of field indices through embedded fields to the field or method
/// (the last entry is the field index, or the method's index in its type's method list); `indirect` is true
/// when a pointer is dereferenced on the way.
struct Selection {
  SelectionKind kind = SelectionKind::FieldVal;
  Type* recv = nullptr;
  Object* obj = nullptr;
  std::vector<int> index;
  bool indirect = false;
};

/// One package-level variable initialisation, in execution order: `lhs = rhs`; several lhs when the rhs is one
/// call with several results.
struct Initializer {
  std::vector<Var*> lhs;
  const syntax::Expr* rhs = nullptr;
};

/// Everything the checker learned about a package, for the later stages. Keys are AST nodes of the checked files.
struct Info {
  std::unordered_map<const syntax::Expr*, TypeAndValue> types;     ///< every expression (types too)
  std::unordered_map<const syntax::Ident*, Object*> defs;          ///< declaring identifiers → declared object
  std::unordered_map<const syntax::Ident*, Object*> uses;          ///< using identifiers → denoted object
  std::unordered_map<const syntax::Node*, Object*> implicits;      ///< type switch clause vars, anonymous imports
  std::unordered_map<const syntax::SelectorExpr*, Selection> selections;
  std::unordered_map<const syntax::Node*, Scope*> scopes;          ///< File, FuncType, block-like statements
  std::vector<Initializer> initOrder;
  /// Vo: `v = dynExpr?` into a variable of type T other than `any` (Checker::dynTryConversion): the TryExpr → T. The
  /// code generator converts the `any` value with a checked type assertion (the TryExpr's recorded type is T).
  std::unordered_map<const syntax::TryExpr*, Type*> dynAssertTargets;
};

/// Supplies imported packages. Implementations check the package on first request and cache it.
class Importer {
 public:
  virtual ~Importer() = default;
  /// The package with import path `path`, or nullptr with `error` set (`package foo is not in std`).
  virtual Package* import(std::string_view path, std::string& error) = 0;
};

/// Owns everything a compilation's type checking creates: types, objects, scopes, packages, and the ASTs and
/// sources of imported packages. Lives as long as any later stage uses the results.
struct CheckContext {
  TypeContext types;
  ObjectArena objects;
};

/// Type-checks the files of one package (all `package` clauses must agree; the driver checks that first).
/// `path` is the package's import path ("main" for a program). Returns the package (never nullptr); errors are
/// reported to `diags` and `info` is filled as far as checking got.
Package* checkPackage(CheckContext& ctx, Importer& importer, std::string path,
                      std::span<const syntax::File* const> files, DiagnosticEngine& diags, Info& info);

/// An Importer for the standard library embedded in the binary (stdlib/sources.h): parses and checks each
/// package with `checkPackage` on first use, reporting errors in those sources to `diags` (they indicate a bug in
/// vo's stdlib, not in the user's program). Import cycles are reported as `import cycle not allowed`.
class StdlibImporter : public Importer {
 public:
  StdlibImporter(CheckContext& ctx, SourceManager& sources, DiagnosticEngine& diags);
  ~StdlibImporter() override;
  Package* import(std::string_view path, std::string& error) override;

  /// One package this importer checked: the package, its parsed files (owned by the importer) and its Info.
  struct CheckedPackage {
    Package* pkg = nullptr;
    std::vector<const syntax::File*> files;
    const Info* info = nullptr;
  };
  /// Every package checked so far, in dependency order (each package after all the packages it imports), for
  /// the later stages (escape analysis, code generation). Pointers stay valid while the importer lives.
  std::vector<CheckedPackage> checkedPackages() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vo::types
