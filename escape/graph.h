// The escape analysis data-flow graph (Go 1.19 cmd/compile/internal/escape graph.go, solve.go, leaks.go): locations,
// holes, edges with dereference counts, per-parameter leak summaries, and the solver (walkAll / walkOne). The design
// comment of the whole analysis is at the top of escape.cpp.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <deque>
#include <initializer_list>
#include <string>
#include <vector>

#include "compiler/syntax/ast.h"
#include "compiler/types/object.h"
#include "escape/escape.h"

namespace vo::escape {

/// What an allocation site location prints as and which node codegen knows it by.
enum class SiteKind : uint8_t {
  Expr,          ///< an expression printed by goExprString (`&T{...}`, `new(T)`, `x` converted to an interface)
  FuncLit,       ///< "func literal"
  DotDotDot,     ///< "... argument": the implicit slice of a variadic call (node: the CallExpr)
};

struct FuncInfo;

struct Location;

/// An assignment edge `dst = *...*src` (derefs >= 0) or `dst = &src` (derefs == -1), stored at dst.
struct Edge {
  Location* src = nullptr;
  int derefs = 0;
};

/// Go's location: a variable, an allocation site, a temporary, the heap or the blank sink.
struct Location {
  const types::Var* var = nullptr;    ///< the variable it represents, or nullptr
  const syntax::Node* node = nullptr; ///< the allocation site it represents, or nullptr (temporaries, variables)
  SiteKind site = SiteKind::Expr;
  Pos pos;                            ///< where Go reports the allocation site
  bool silent = false;                ///< no message (Go's statically initialised package variables)
  FuncInfo* curfn = nullptr;          ///< enclosing function
  std::vector<Edge> edges;            ///< incoming edges
  int loopDepth = 0;                  ///< loop depth at the declaration
  int resultIndex = 0;                ///< 1 + index for result parameters, else 0
  bool isParam = false;               ///< a parameter or receiver (Go's PPARAM)

  // walkOne state
  int derefs = 0;
  uint32_t walkgen = 0;
  bool queued = false;

  bool escapes = false;    ///< its address outlives it: heap allocated ("moved to heap", "escapes to heap")
  bool transient = false;  ///< an allocation only used by the current statement (Go's transient)
  Leaks paramEsc;          ///< for parameters: where the value leaks

  bool captured = false;    ///< a closure captures this variable
  bool reassigned = false;  ///< assigned after its declaration
  bool addrtaken = false;   ///< its address flowed somewhere
  bool heapForced = false;  ///< escapes for a reason outside the data flow (size, non-constant make)
};

/// Go's hole: a place values flow into, with the dereferences applied on the way (-1: the address is taken).
struct Hole {
  Location* dst = nullptr;
  int derefs = 0;
  bool addrtaken = false;

  Hole shift(int delta) const {
    Hole k = *this;
    k.derefs += delta;
    k.addrtaken = delta < 0;
    return k;
  }
  Hole deref() const { return shift(1); }
  Hole addr() const { return shift(-1); }
};

/// One function being analysed: a FuncDecl with a body, a FuncLit, or the package's variable initialisers.
struct FuncInfo {
  const syntax::Node* node = nullptr;       ///< FuncDecl, FuncLit or nullptr (package initialisers)
  const types::Func* obj = nullptr;         ///< the declared function of a FuncDecl
  const types::Signature* sig = nullptr;    ///< nullptr after a type error / for package initialisers
  FuncInfo* outer = nullptr;                ///< enclosing function of a closure
  std::vector<Location*> params;            ///< receiver then parameters (nullptr for unnamed and blank ones)
  std::vector<Location*> results;           ///< result locations
  std::vector<const syntax::Ident*> paramIdents;  ///< declaring identifiers of `params` (nullptr when unnamed)
  bool closureCalled = false;               ///< a FuncLit called where it is written
  bool tagged = false;                      ///< its batch is finished: calls use its summary
  bool packageInit = false;                 ///< package variable initialisers (decisions forced to the heap)
  std::string name;                         ///< Go's name: `f`, `(*T).M`, `T.M`, `f.func1`, `f.func1.1`, `glob..func1`
  int closureCount = 0;                     ///< closures named after this function so far
  bool contains(const FuncInfo* c) const {  ///< Go's containsClosure: c is a closure nested in this function
    for (const FuncInfo* f = c ? c->outer : nullptr; f; f = f->outer)
      if (f == this) return true;
    return false;
  }
};

/// The locations of one batch of functions and the solver (Go's batch).
class Graph {
 public:
  Graph();
  Graph(const Graph&) = delete;
  Graph& operator=(const Graph&) = delete;

  Location* newLoc(FuncInfo* fn, int loopDepth, bool transient);
  Hole heapHole() { return Hole{&heap_}; }
  Hole discardHole() { return Hole{&blank_}; }
  Location* heapLoc() { return &heap_; }

  /// Records `dst = src` with k's dereferences (Go's batch.flow): the address of src flowing to the heap marks
  /// src escaping at once; flows to the blank location are dropped.
  void flow(Hole k, Location* src);
  /// A temporary every hole of `ks` receives from (derefs must be >= 0); the discard hole for none.
  Hole teeHole(FuncInfo* fn, int loopDepth, std::initializer_list<Hole> ks);
  Hole teeHole(FuncInfo* fn, int loopDepth, const std::vector<Hole>& ks);
  /// A non-transient temporary flowing to k (Go's later: the value lives until the function returns).
  Hole later(FuncInfo* fn, int loopDepth, Hole k);

  /// Solves the graph (Go's walkAll): marks escaping locations and records parameter leaks.
  void walkAll();

  const std::deque<Location>& locations() const { return locs_; }
  std::deque<Location>& locations() { return locs_; }

 private:
  void walkOne(Location* root, uint32_t walkgen, std::vector<Location*>& todo);
  bool outlives(const Location* l, const Location* other) const;
  void leakTo(Location* param, const Location* sink, int derefs);

  std::deque<Location> locs_;
  Location heap_;
  Location blank_;
};

}  // namespace vo::escape
