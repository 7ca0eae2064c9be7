// The abstract syntax tree of one source file, as produced by the parser.
//
// Shapes follow the Go specification's productions (and go/ast's names where the spec has none). Nodes are
// allocated in an AstContext arena and never freed one by one: every node is trivially destructible, holds
// pointers to other nodes, std::span lists allocated in the same arena, and string_views into the source text.
// Types are expressions, as in Go's grammar. Positions are the position of the node's first token unless a field
// says otherwise. Absent optional children are nullptr; absent positions are invalid Pos values.
#pragma once

#include <cstdint>
#include <memory_resource>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "compiler/basic/source_manager.h"
#include "compiler/syntax/token.h"

namespace vo::syntax {

/// Every concrete node class, one enumerator per row of ast_nodes.def, in table order.
enum class NodeKind : uint8_t {
#define NODE(Name) Name,
#include "compiler/syntax/ast_nodes.def"  // expands to: one enumerator per node class
};

/// The class name of a node kind (`"CallExpr"`), for dumps and assertions.
std::string_view nodeKindName(NodeKind kind);

/// Base of every node: its kind and its position.
class Node {
 public:
  NodeKind kind() const { return kind_; }
  Pos pos() const { return pos_; }

 protected:
  Node(NodeKind kind, Pos pos) : kind_(kind), pos_(pos) {}

 private:
  NodeKind kind_;
  Pos pos_;
};

// LLVM-style RTTI over NodeKind: isa<T>(n), cast<T>(n) (asserts), dyn_cast<T>(n) (nullptr on mismatch; n may be
// nullptr for dyn_cast_or_null).
template <class T>
bool isa(const Node* n) {
  return T::classof(n);
}
template <class T>
T* cast(Node* n) {
  return static_cast<T*>(n);
}
template <class T>
const T* cast(const Node* n) {
  return static_cast<const T*>(n);
}
template <class T>
T* dyn_cast(Node* n) {
  return n && T::classof(n) ? static_cast<T*>(n) : nullptr;
}
template <class T>
const T* dyn_cast(const Node* n) {
  return n && T::classof(n) ? static_cast<const T*>(n) : nullptr;
}

#define VO_NODE_RANGE(First, Last)                                                     \
  static bool classof(const Node* n) {                                                 \
    return n->kind() >= NodeKind::First && n->kind() <= NodeKind::Last;                \
  }
#define VO_NODE_CLASS(Name)                                                            \
  static bool classof(const Node* n) { return n->kind() == NodeKind::Name; }           \
  static constexpr NodeKind kKind = NodeKind::Name;

/// An expression or a type (Go spec "Expressions", "Types").
class Expr : public Node {
 public:
  VO_NODE_RANGE(BadExpr, EllipsisType)

 protected:
  using Node::Node;
};

/// A statement (Go spec "Statements").
class Stmt : public Node {
 public:
  VO_NODE_RANGE(BadStmt, RangeStmt)

 protected:
  using Node::Node;
};

/// One spec of a GenDecl: ImportSpec, ValueSpec or TypeSpec.
class Spec : public Node {
 public:
  VO_NODE_RANGE(ImportSpec, TypeSpec)

 protected:
  using Node::Node;
};

/// A top-level declaration (Go spec "Declarations and scope").
class Decl : public Node {
 public:
  VO_NODE_RANGE(BadDecl, FuncDecl)

 protected:
  using Node::Node;
};

class BlockStmt;
class FuncType;
class Ident;
class BasicLit;

// ---------------------------------------------------------------------------------------------------------------
// Expressions

/// A placeholder for an expression with a syntax error (already reported).
class BadExpr : public Expr {
 public:
  VO_NODE_CLASS(BadExpr)
  explicit BadExpr(Pos pos) : Expr(kKind, pos) {}
};

/// identifier (Go spec "Identifiers"); `_` is the blank identifier.
class Ident : public Expr {
 public:
  VO_NODE_CLASS(Ident)
  Ident(Pos pos, std::string_view name) : Expr(kKind, pos), name(name) {}
  std::string_view name;  ///< the identifier's bytes (UTF-8)
};

/// int_lit | float_lit | imaginary_lit | rune_lit | string_lit; `value` is the undecoded source text.
class BasicLit : public Expr {
 public:
  VO_NODE_CLASS(BasicLit)
  BasicLit(Pos pos, TokenKind litKind, std::string_view value, bool bad)
      : Expr(kKind, pos), litKind(litKind), value(value), bad(bad) {}
  TokenKind litKind;       ///< IntLit, FloatLit, ImagLit, RuneLit or StringLit
  std::string_view value;  ///< source text, quotes and prefixes included
  bool bad;                ///< the lexer reported an error in this literal
};

/// CompositeLit = LiteralType LiteralValue. `type` is nullptr for an elided type inside another literal.
class CompositeLit : public Expr {
 public:
  VO_NODE_CLASS(CompositeLit)
  CompositeLit(Pos pos, Expr* type, std::span<Expr*> elts, Pos lbrace, Pos rbrace)
      : Expr(kKind, pos), type(type), elts(elts), lbrace(lbrace), rbrace(rbrace) {}
  Expr* type;
  std::span<Expr*> elts;  ///< elements; keyed ones are KeyValueExpr
  Pos lbrace, rbrace;
};

/// `Key : Value` inside a composite literal. pos() is the key's position.
class KeyValueExpr : public Expr {
 public:
  VO_NODE_CLASS(KeyValueExpr)
  KeyValueExpr(Pos pos, Expr* key, Expr* value, Pos colon) : Expr(kKind, pos), key(key), value(value), colon(colon) {}
  Expr* key;
  Expr* value;
  Pos colon;
};

/// FunctionLit = "func" Signature FunctionBody.
class FuncLit : public Expr {
 public:
  VO_NODE_CLASS(FuncLit)
  FuncLit(Pos pos, FuncType* type, BlockStmt* body) : Expr(kKind, pos), type(type), body(body) {}
  FuncType* type;
  BlockStmt* body;
};

/// `( X )`.
class ParenExpr : public Expr {
 public:
  VO_NODE_CLASS(ParenExpr)
  ParenExpr(Pos pos, Expr* x, Pos rparen) : Expr(kKind, pos), x(x), rparen(rparen) {}
  Expr* x;
  Pos rparen;
};

/// Selector `X.Sel` (also a qualified identifier `pkg.Name`). pos() is X's position.
class SelectorExpr : public Expr {
 public:
  VO_NODE_CLASS(SelectorExpr)
  SelectorExpr(Pos pos, Expr* x, Ident* sel) : Expr(kKind, pos), x(x), sel(sel) {}
  Expr* x;
  Ident* sel;
};

/// Index expression `X[Index]`. pos() is X's position.
class IndexExpr : public Expr {
 public:
  VO_NODE_CLASS(IndexExpr)
  IndexExpr(Pos pos, Expr* x, Expr* index, Pos lbrack, Pos rbrack)
      : Expr(kKind, pos), x(x), index(index), lbrack(lbrack), rbrack(rbrack) {}
  Expr* x;
  Expr* index;
  Pos lbrack, rbrack;
};

/// Slice expression `X[Low : High]` or `X[Low : High : Max]`; absent bounds are nullptr. pos() is X's position.
class SliceExpr : public Expr {
 public:
  VO_NODE_CLASS(SliceExpr)
  SliceExpr(Pos pos, Expr* x, Expr* low, Expr* high, Expr* max, bool slice3, Pos lbrack, Pos rbrack)
      : Expr(kKind, pos), x(x), low(low), high(high), max(max), slice3(slice3), lbrack(lbrack), rbrack(rbrack) {}
  Expr* x;
  Expr* low;
  Expr* high;
  Expr* max;
  bool slice3;  ///< the full slice expression form with two colons
  Pos lbrack, rbrack;
};

/// Type assertion `X.(Type)`; `type` is nullptr for `X.(type)` in a type switch guard. pos() is X's position.
class TypeAssertExpr : public Expr {
 public:
  VO_NODE_CLASS(TypeAssertExpr)
  TypeAssertExpr(Pos pos, Expr* x, Expr* type, Pos lparen, Pos rparen)
      : Expr(kKind, pos), x(x), type(type), lparen(lparen), rparen(rparen) {}
  Expr* x;
  Expr* type;
  Pos lparen, rparen;
};

/// Call `Fun(Args)` or conversion `T(x)`; `ellipsis` is valid when the final argument is followed by `...`.
/// pos() is Fun's position.
class CallExpr : public Expr {
 public:
  VO_NODE_CLASS(CallExpr)
  CallExpr(Pos pos, Expr* fun, std::span<Expr*> args, Pos lparen, Pos rparen, Pos ellipsis)
      : Expr(kKind, pos), fun(fun), args(args), lparen(lparen), rparen(rparen), ellipsis(ellipsis) {}
  Expr* fun;
  std::span<Expr*> args;
  Pos lparen, rparen;
  Pos ellipsis;
  bool hasEllipsis() const { return ellipsis.isValid(); }
};

/// `*X`: a pointer type or a pointer indirection, decided by the type checker.
class StarExpr : public Expr {
 public:
  VO_NODE_CLASS(StarExpr)
  StarExpr(Pos pos, Expr* x) : Expr(kKind, pos), x(x) {}
  Expr* x;
};

/// unary_op UnaryExpr with op one of `+ - ! ^ & <-` (and `~`, which only constraints may use).
class UnaryExpr : public Expr {
 public:
  VO_NODE_CLASS(UnaryExpr)
  UnaryExpr(Pos pos, TokenKind op, Expr* x) : Expr(kKind, pos), op(op), x(x) {}
  TokenKind op;
  Expr* x;
};

/// Expression binary_op Expression. pos() is the position of X (gc reports errors at the operator: `opPos`).
class BinaryExpr : public Expr {
 public:
  VO_NODE_CLASS(BinaryExpr)
  BinaryExpr(Pos pos, TokenKind op, Expr* x, Expr* y, Pos opPos)
      : Expr(kKind, pos), op(op), x(x), y(y), opPos(opPos) {}
  TokenKind op;
  Expr* x;
  Expr* y;
  Pos opPos;
};

/// Vo `X?` (LANGUAGE.md): yields X's results but the last error, or returns that error. pos() is X's position.
class TryExpr : public Expr {
 public:
  VO_NODE_CLASS(TryExpr)
  TryExpr(Pos pos, Expr* x, Pos question) : Expr(kKind, pos), x(x), question(question) {}
  Expr* x;
  Pos question;
};

/// The four forms of Vo dynamic access.
enum class DynAccessKind : uint8_t {
  Attr,        ///< `a~>name`
  Index,       ///< `a~>[key]`
  Call,        ///< `a~>(args)`
  MethodCall,  ///< `a~>name(args)`
};

/// Vo dynamic access on an interface value (LANGUAGE.md); yields (any, error). pos() is X's position.
class DynAccessExpr : public Expr {
 public:
  VO_NODE_CLASS(DynAccessExpr)
  DynAccessExpr(Pos pos, Expr* x, DynAccessKind access, Ident* name, Expr* index, std::span<Expr*> args,
                Pos arrow, Pos ellipsis)
      : Expr(kKind, pos), x(x), access(access), name(name), index(index), args(args), arrow(arrow),
        ellipsis(ellipsis) {}
  Expr* x;
  DynAccessKind access;
  Ident* name;            ///< Attr and MethodCall
  Expr* index;            ///< Index
  std::span<Expr*> args;  ///< Call and MethodCall
  Pos arrow;              ///< position of `~>`
  Pos ellipsis;           ///< valid when the final argument is followed by `...`
};

// ---------------------------------------------------------------------------------------------------------------
// Types

/// ArrayType = "[" ArrayLength "]" ElementType; `len` is nullptr for `[...]T` in a composite literal.
class ArrayType : public Expr {
 public:
  VO_NODE_CLASS(ArrayType)
  ArrayType(Pos pos, Expr* len, Expr* elem) : Expr(kKind, pos), len(len), elem(elem) {}
  Expr* len;
  Expr* elem;
};

/// SliceType = "[" "]" ElementType.
class SliceType : public Expr {
 public:
  VO_NODE_CLASS(SliceType)
  SliceType(Pos pos, Expr* elem) : Expr(kKind, pos), elem(elem) {}
  Expr* elem;
};

/// One field of a struct, one parameter or result, one method or embedded element of an interface, or a
/// receiver. As in cmd/compile's syntax package, a declaration of several names (`a, b int`) becomes one Field per
/// name, all sharing the same `type` node.
///  - struct: `name` is nullptr for an embedded field (type is T, *T, pkg.T or *pkg.T); `tag` is optional.
///  - parameters/results: `name` is nullptr in an unnamed list; `type` may be an EllipsisType for the last one.
///  - interface: a method has a name and a FuncType; an embedded element has no name.
/// pos() is the name's position, or the type's.
class Field : public Node {
 public:
  VO_NODE_CLASS(Field)
  Field(Pos pos, Ident* name, Expr* type, BasicLit* tag) : Node(kKind, pos), name(name), type(type), tag(tag) {}
  Ident* name;
  Expr* type;
  BasicLit* tag;
};

/// StructType = "struct" "{" { FieldDecl ";" } "}".
class StructType : public Expr {
 public:
  VO_NODE_CLASS(StructType)
  StructType(Pos pos, std::span<Field*> fields, Pos lbrace, Pos rbrace)
      : Expr(kKind, pos), fields(fields), lbrace(lbrace), rbrace(rbrace) {}
  std::span<Field*> fields;
  Pos lbrace, rbrace;
};

/// FunctionType = "func" Signature. For a FuncDecl or a method in an interface, pos() is the position of the
/// parameter list's `(` (there is no `func` token of its own).
class FuncType : public Expr {
 public:
  VO_NODE_CLASS(FuncType)
  FuncType(Pos pos, std::span<Field*> params, std::span<Field*> results)
      : Expr(kKind, pos), params(params), results(results) {}
  std::span<Field*> params;
  std::span<Field*> results;  ///< empty when there is no result; a single unnamed result is one Field
};

/// InterfaceType = "interface" "{" { InterfaceElem ";" } "}" (methods and embedded interfaces).
class InterfaceType : public Expr {
 public:
  VO_NODE_CLASS(InterfaceType)
  InterfaceType(Pos pos, std::span<Field*> elems, Pos lbrace, Pos rbrace)
      : Expr(kKind, pos), elems(elems), lbrace(lbrace), rbrace(rbrace) {}
  std::span<Field*> elems;
  Pos lbrace, rbrace;
};

/// MapType = "map" "[" KeyType "]" ElementType.
class MapType : public Expr {
 public:
  VO_NODE_CLASS(MapType)
  MapType(Pos pos, Expr* key, Expr* value) : Expr(kKind, pos), key(key), value(value) {}
  Expr* key;
  Expr* value;
};

/// Channel direction of a ChanType.
enum class ChanDirKind : uint8_t { Both, Send, Recv };

/// ChannelType = ( "chan" | "chan" "<-" | "<-" "chan" ) ElementType.
class ChanType : public Expr {
 public:
  VO_NODE_CLASS(ChanType)
  ChanType(Pos pos, ChanDirKind dir, Expr* elem) : Expr(kKind, pos), dir(dir), elem(elem) {}
  ChanDirKind dir;
  Expr* elem;
};

/// `...T`, the type of a variadic final parameter.
class EllipsisType : public Expr {
 public:
  VO_NODE_CLASS(EllipsisType)
  EllipsisType(Pos pos, Expr* elem) : Expr(kKind, pos), elem(elem) {}
  Expr* elem;
};

// ---------------------------------------------------------------------------------------------------------------
// Statements

class GenDecl;

/// A placeholder for a statement with a syntax error (already reported).
class BadStmt : public Stmt {
 public:
  VO_NODE_CLASS(BadStmt)
  explicit BadStmt(Pos pos) : Stmt(kKind, pos) {}
};

/// A const, type or var declaration inside a function.
class DeclStmt : public Stmt {
 public:
  VO_NODE_CLASS(DeclStmt)
  DeclStmt(Pos pos, GenDecl* decl) : Stmt(kKind, pos), decl(decl) {}
  GenDecl* decl;
};

/// The empty statement (an explicit `;` or nothing before a `}`).
class EmptyStmt : public Stmt {
 public:
  VO_NODE_CLASS(EmptyStmt)
  explicit EmptyStmt(Pos pos) : Stmt(kKind, pos) {}
};

/// LabeledStmt = Label ":" Statement. `stmt` is an EmptyStmt for a label just before `}`.
class LabeledStmt : public Stmt {
 public:
  VO_NODE_CLASS(LabeledStmt)
  LabeledStmt(Pos pos, Ident* label, Stmt* stmt) : Stmt(kKind, pos), label(label), stmt(stmt) {}
  Ident* label;
  Stmt* stmt;
};

/// ExpressionStmt.
class ExprStmt : public Stmt {
 public:
  VO_NODE_CLASS(ExprStmt)
  ExprStmt(Pos pos, Expr* x) : Stmt(kKind, pos), x(x) {}
  Expr* x;
};

/// SendStmt = Channel "<-" Expression.
class SendStmt : public Stmt {
 public:
  VO_NODE_CLASS(SendStmt)
  SendStmt(Pos pos, Expr* chan, Expr* value, Pos arrow) : Stmt(kKind, pos), chan(chan), value(value), arrow(arrow) {}
  Expr* chan;
  Expr* value;
  Pos arrow;
};

/// IncDecStmt = Expression ( "++" | "--" ); `tok` is Inc or Dec.
class IncDecStmt : public Stmt {
 public:
  VO_NODE_CLASS(IncDecStmt)
  IncDecStmt(Pos pos, Expr* x, TokenKind tok, Pos tokPos) : Stmt(kKind, pos), x(x), tok(tok), tokPos(tokPos) {}
  Expr* x;
  TokenKind tok;
  Pos tokPos;
};

/// Assignment `lhs = rhs`, `lhs op= rhs` (`tok` is the op-assign token) or ShortVarDecl `lhs := rhs` (`tok` is
/// Define). pos() is the first lhs expression's position; `tokPos` the operator's.
class AssignStmt : public Stmt {
 public:
  VO_NODE_CLASS(AssignStmt)
  AssignStmt(Pos pos, std::span<Expr*> lhs, TokenKind tok, std::span<Expr*> rhs, Pos tokPos)
      : Stmt(kKind, pos), lhs(lhs), tok(tok), rhs(rhs), tokPos(tokPos) {}
  std::span<Expr*> lhs;
  TokenKind tok;
  std::span<Expr*> rhs;
  Pos tokPos;
};

/// GoStmt = "go" Expression. `call` is whatever followed `go` (the parser has reported it when not a call).
class GoStmt : public Stmt {
 public:
  VO_NODE_CLASS(GoStmt)
  GoStmt(Pos pos, Expr* call) : Stmt(kKind, pos), call(call) {}
  Expr* call;
};

/// DeferStmt = "defer" Expression, and the Vo `errdefer` Expression (runs only on error or panic).
class DeferStmt : public Stmt {
 public:
  VO_NODE_CLASS(DeferStmt)
  DeferStmt(Pos pos, Expr* call, bool errdefer) : Stmt(kKind, pos), call(call), errdefer(errdefer) {}
  Expr* call;
  bool errdefer;
};

/// Vo `fail Expression`: return with this error as the last result.
class FailStmt : public Stmt {
 public:
  VO_NODE_CLASS(FailStmt)
  FailStmt(Pos pos, Expr* err) : Stmt(kKind, pos), err(err) {}
  Expr* err;
};

/// ReturnStmt = "return" [ ExpressionList ].
class ReturnStmt : public Stmt {
 public:
  VO_NODE_CLASS(ReturnStmt)
  ReturnStmt(Pos pos, std::span<Expr*> results) : Stmt(kKind, pos), results(results) {}
  std::span<Expr*> results;
};

/// `break`, `continue`, `goto` (with optional/required label) and `fallthrough`; `tok` is the keyword.
class BranchStmt : public Stmt {
 public:
  VO_NODE_CLASS(BranchStmt)
  BranchStmt(Pos pos, TokenKind tok, Ident* label) : Stmt(kKind, pos), tok(tok), label(label) {}
  TokenKind tok;
  Ident* label;
};

/// Block = "{" StatementList "}".
class BlockStmt : public Stmt {
 public:
  VO_NODE_CLASS(BlockStmt)
  BlockStmt(Pos pos, std::span<Stmt*> stmts, Pos rbrace) : Stmt(kKind, pos), stmts(stmts), rbrace(rbrace) {}
  std::span<Stmt*> stmts;
  Pos rbrace;
};

/// IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ].
class IfStmt : public Stmt {
 public:
  VO_NODE_CLASS(IfStmt)
  IfStmt(Pos pos, Stmt* init, Expr* cond, BlockStmt* then, Stmt* els)
      : Stmt(kKind, pos), init(init), cond(cond), then(then), els(els) {}
  Stmt* init;
  Expr* cond;
  BlockStmt* then;
  Stmt* els;  ///< nullptr, an IfStmt or a BlockStmt
};

/// A case of an expression or type switch: `case list:` (or `default:` when `isDefault`) and its statements.
class CaseClause : public Stmt {
 public:
  VO_NODE_CLASS(CaseClause)
  CaseClause(Pos pos, std::span<Expr*> list, bool isDefault, std::span<Stmt*> body, Pos colon)
      : Stmt(kKind, pos), list(list), isDefault(isDefault), body(body), colon(colon) {}
  std::span<Expr*> list;  ///< expressions (expression switch) or types (type switch; `nil` is an Ident)
  bool isDefault;
  std::span<Stmt*> body;
  Pos colon;
};

/// ExprSwitchStmt = "switch" [ SimpleStmt ";" ] [ Expression ] "{" { ExprCaseClause } "}".
class SwitchStmt : public Stmt {
 public:
  VO_NODE_CLASS(SwitchStmt)
  SwitchStmt(Pos pos, Stmt* init, Expr* tag, std::span<CaseClause*> clauses, Pos rbrace)
      : Stmt(kKind, pos), init(init), tag(tag), clauses(clauses), rbrace(rbrace) {}
  Stmt* init;
  Expr* tag;  ///< nullptr for a tagless switch (`switch { ... }`, same as `switch true`)
  std::span<CaseClause*> clauses;
  Pos rbrace;
};

/// TypeSwitchStmt = "switch" [ SimpleStmt ";" ] TypeSwitchGuard "{" { TypeCaseClause } "}",
/// TypeSwitchGuard = [ identifier ":=" ] PrimaryExpr "." "(" "type" ")".
class TypeSwitchStmt : public Stmt {
 public:
  VO_NODE_CLASS(TypeSwitchStmt)
  TypeSwitchStmt(Pos pos, Stmt* init, Ident* binding, Expr* x, std::span<CaseClause*> clauses, Pos rbrace)
      : Stmt(kKind, pos), init(init), binding(binding), x(x), clauses(clauses), rbrace(rbrace) {}
  Stmt* init;
  Ident* binding;  ///< the `v` of `v := x.(type)`, or nullptr
  Expr* x;         ///< the operand whose dynamic type is switched on
  std::span<CaseClause*> clauses;
  Pos rbrace;
};

/// CommClause = CommCase ":" StatementList; `comm` is nullptr for `default`, else a SendStmt, an ExprStmt
/// holding a receive, or an AssignStmt whose single rhs is a receive.
class CommClause : public Stmt {
 public:
  VO_NODE_CLASS(CommClause)
  CommClause(Pos pos, Stmt* comm, std::span<Stmt*> body, Pos colon)
      : Stmt(kKind, pos), comm(comm), body(body), colon(colon) {}
  Stmt* comm;
  std::span<Stmt*> body;
  Pos colon;
};

/// SelectStmt = "select" "{" { CommClause } "}".
class SelectStmt : public Stmt {
 public:
  VO_NODE_CLASS(SelectStmt)
  SelectStmt(Pos pos, std::span<CommClause*> clauses, Pos rbrace) : Stmt(kKind, pos), clauses(clauses), rbrace(rbrace) {}
  std::span<CommClause*> clauses;
  Pos rbrace;
};

/// ForStmt with a ForClause or Condition, or none: `for init; cond; post {}`; any part may be nullptr.
class ForStmt : public Stmt {
 public:
  VO_NODE_CLASS(ForStmt)
  ForStmt(Pos pos, Stmt* init, Expr* cond, Stmt* post, BlockStmt* body)
      : Stmt(kKind, pos), init(init), cond(cond), post(post), body(body) {}
  Stmt* init;
  Expr* cond;
  Stmt* post;
  BlockStmt* body;
};

/// ForStmt with a RangeClause: `for [key [, value] (= | :=)] range x {}`. `tok` is Assign, Define, or Illegal when
/// there is no iteration variable.
class RangeStmt : public Stmt {
 public:
  VO_NODE_CLASS(RangeStmt)
  RangeStmt(Pos pos, Expr* key, Expr* value, TokenKind tok, Expr* x, BlockStmt* body)
      : Stmt(kKind, pos), key(key), value(value), tok(tok), x(x), body(body) {}
  Expr* key;
  Expr* value;
  TokenKind tok;
  Expr* x;
  BlockStmt* body;
};

// ---------------------------------------------------------------------------------------------------------------
// Declarations

/// ImportSpec = [ "." | PackageName ] ImportPath. `name` is nullptr, `.` or an identifier (`_` included).
class ImportSpec : public Spec {
 public:
  VO_NODE_CLASS(ImportSpec)
  ImportSpec(Pos pos, Ident* name, BasicLit* path) : Spec(kKind, pos), name(name), path(path) {}
  Ident* name;
  BasicLit* path;  ///< a StringLit, or nullptr after a reported error
};

/// ConstSpec or VarSpec: IdentifierList [ Type ] [ "=" ExpressionList ]. `iota` is the spec's index in its
/// declaration (Go spec "Iota").
class ValueSpec : public Spec {
 public:
  VO_NODE_CLASS(ValueSpec)
  ValueSpec(Pos pos, std::span<Ident*> names, Expr* type, std::span<Expr*> values, uint32_t iota)
      : Spec(kKind, pos), names(names), type(type), values(values), iota(iota) {}
  std::span<Ident*> names;
  Expr* type;
  std::span<Expr*> values;
  uint32_t iota;
};

/// TypeSpec = AliasDecl | TypeDef: `name = Type` (alias, `assign` valid) or `name Type`.
class TypeSpec : public Spec {
 public:
  VO_NODE_CLASS(TypeSpec)
  TypeSpec(Pos pos, Ident* name, Expr* type, Pos assign) : Spec(kKind, pos), name(name), type(type), assign(assign) {}
  Ident* name;
  Expr* type;
  Pos assign;
  bool isAlias() const { return assign.isValid(); }
};

/// A placeholder for a declaration with a syntax error (already reported).
class BadDecl : public Decl {
 public:
  VO_NODE_CLASS(BadDecl)
  explicit BadDecl(Pos pos) : Decl(kKind, pos) {}
};

/// An import, const, type or var declaration; `tok` is the keyword. `lparen` is valid for the grouped form.
class GenDecl : public Decl {
 public:
  VO_NODE_CLASS(GenDecl)
  GenDecl(Pos pos, TokenKind tok, std::span<Spec*> specs, Pos lparen, Pos rparen)
      : Decl(kKind, pos), tok(tok), specs(specs), lparen(lparen), rparen(rparen) {}
  TokenKind tok;
  std::span<Spec*> specs;
  Pos lparen, rparen;
};

/// FunctionDecl or MethodDecl. `recv` is nullptr for a function; `body` is nullptr for a declaration without
/// body (implemented elsewhere).
class FuncDecl : public Decl {
 public:
  VO_NODE_CLASS(FuncDecl)
  FuncDecl(Pos pos, Field* recv, Ident* name, FuncType* type, BlockStmt* body)
      : Decl(kKind, pos), recv(recv), name(name), type(type), body(body) {}
  Field* recv;
  Ident* name;
  FuncType* type;
  BlockStmt* body;
};

/// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" }. pos() is the `package` keyword's.
class File : public Node {
 public:
  VO_NODE_CLASS(File)
  File(Pos pos, Ident* packageName, std::span<Decl*> decls, std::span<ImportSpec*> imports, DialectKind dialect)
      : Node(kKind, pos), packageName(packageName), decls(decls), imports(imports), dialect(dialect) {}
  Ident* packageName;
  std::span<Decl*> decls;             ///< in source order, imports included
  std::span<ImportSpec*> imports;     ///< every ImportSpec of the file, in source order
  DialectKind dialect;
};

#undef VO_NODE_RANGE
#undef VO_NODE_CLASS

/// Go source text of an expression or type, as Go's compiler prints operands in messages: `a + b`, `f(x, y...)`,
/// `[]int`, `map[string]T`, `<-chan int`; composite literal and function bodies are abbreviated as `{…}`.
std::string exprString(const Expr* x);

/// The arena that owns every node of one or more files. Nodes live until the context is destroyed.
class AstContext {
 public:
  AstContext() = default;
  AstContext(const AstContext&) = delete;
  AstContext& operator=(const AstContext&) = delete;

  /// Allocates a node in the arena.
  template <class T, class... Args>
  T* make(Args&&... args) {
    static_assert(std::is_trivially_destructible_v<T>, "arena nodes are never destroyed");
    void* mem = arena_.allocate(sizeof(T), alignof(T));
    return new (mem) T(std::forward<Args>(args)...);
  }

  /// Copies a list into the arena; the span stays valid while the context lives.
  template <class T>
  std::span<T> copyList(const std::vector<T>& list) {
    if (list.empty()) return {};
    T* mem = static_cast<T*>(arena_.allocate(sizeof(T) * list.size(), alignof(T)));
    for (size_t i = 0; i < list.size(); ++i) new (mem + i) T(list[i]);
    return {mem, list.size()};
  }

 private:
  std::pmr::monotonic_buffer_resource arena_{64 * 1024};
};

}  // namespace vo::syntax
