// Expressions checked on their own (operand.cpp, expr.cpp, index.cpp): a package scope with a few variables
// declared here, expressions parsed from `var _ = EXPR` and checked with expr + assignment, and the diagnostics
// compared with types2's wording.
#include <gtest/gtest.h>

#include "compiler/types/tests/no_imports.h"

#include "compiler/syntax/parser.h"
#include "compiler/types/checker_impl.h"

namespace vo::types {
namespace {

class ExprTest : public ::testing::Test {
 protected:
  SourceManager sources;
  DiagnosticEngine diags{sources};
  syntax::AstContext ast;
  CheckContext ctx;
  Info info;
  NoImports importer;
  const Universe& u = Universe::get();
  Package* pkg = ctx.objects.makePackage("p", "p");
  Checker check{ctx, importer, pkg, diags, info};

  void SetUp() override {
    pkg->scope->parent = u.scope();
    check.scope = pkg->scope;
    Type* intT = u.basic(BasicKind::Int);
    declareVar("x", intT);
    declareVar("y", intT);
    declareVar("f", u.basic(BasicKind::Float64));
    declareVar("b", u.byteType());
    declareVar("ok", u.basic(BasicKind::Bool));
    declareVar("s", u.basic(BasicKind::String));
    declareVar("u", u.basic(BasicKind::Uint));
    declareVar("sl", ctx.types.make<Slice>(intT));
    declareVar("arr", ctx.types.make<Array>(intT, 3));
    declareVar("parr", ctx.types.make<Pointer>(ctx.types.make<Array>(intT, 3)));
    declareVar("m", ctx.types.make<Map>(u.basic(BasicKind::String), intT));
    declareVar("p", ctx.types.make<Pointer>(intT));
    declareVar("sendc", ctx.types.make<Chan>(ChanDir::SendOnly, intT));
    declareVar("c", ctx.types.make<Chan>(ChanDir::SendRecv, intT));
    declareVar("e", u.anyType());
    declareConst("big", u.basic(BasicKind::Uint8), constant::makeInt64(255));
  }

  void declareVar(std::string_view name, Type* t) {
    pkg->scope->insert(ctx.objects.makeObject<Var>(name, t, pkg, Pos{}));
  }
  void declareConst(std::string_view name, Type* t, constant::Value v) {
    pkg->scope->insert(ctx.objects.makeObject<Const>(name, t, pkg, Pos{}, v));
  }

  const syntax::Expr* parse(const std::string& expr) {
    FileId id = sources.addFile("x.go", "package p\nvar _ = " + expr + "\n");
    syntax::File* f = syntax::parseFile(ast, sources, id, diags, syntax::DialectKind::Go);
    auto* decl = syntax::cast<syntax::GenDecl>(f->decls[0]);
    return syntax::cast<syntax::ValueSpec>(decl->specs[0])->values[0];
  }

  // Checks `expr` assigned to a variable of type `target` (nullptr: the blank identifier) and returns the
  // diagnostics, one per line.
  std::string errors(const std::string& expr, Type* target = nullptr) {
    size_t before = diags.diagnostics().size();
    Operand x;
    check.expr(x, parse(expr));
    check.assignment(x, target, "assignment");
    std::string out;
    for (size_t i = before; i < diags.diagnostics().size(); ++i) {
      if (!out.empty()) out += '\n';
      out += diags.diagnostics()[i].message;
    }
    return out;
  }

  // The operand description of a checked expression.
  std::string describe(const std::string& expr) {
    Operand x;
    check.rawExpr(x, parse(expr), nullptr, false);
    return check.operandString(x);
  }

  Type* t(BasicKind k) { return u.basic(k); }
};

TEST_F(ExprTest, OperandStrings) {
  EXPECT_EQ(describe("x"), "x (variable of type int)");
  EXPECT_EQ(describe("1"), "1 (untyped int constant)");
  EXPECT_EQ(describe("\"a\""), "\"a\" (untyped string constant)");
  EXPECT_EQ(describe("1 + 2"), "1 + 2 (untyped int constant 3)");
  EXPECT_EQ(describe("m[\"k\"]"), "m[\"k\"] (map index expression of type int)");
  EXPECT_EQ(describe("nil"), "nil");
  EXPECT_EQ(describe("int"), "int (type)");
  EXPECT_EQ(describe("len"), "len (built-in)");
  EXPECT_EQ(describe("big"), "big (constant 255 of type uint8)");
  EXPECT_EQ(describe("x == y"), "x == y (untyped bool value)");
  EXPECT_EQ(describe("s[0]"), "s[0] (value of type byte)");
}

TEST_F(ExprTest, ConstantsAndRepresentability) {
  EXPECT_EQ(errors("300", u.byteType()),
            "cannot use 300 (untyped int constant) as byte value in assignment (overflows)");
  EXPECT_EQ(errors("1.5", t(BasicKind::Int)),
            "cannot use 1.5 (untyped float constant) as int value in assignment (truncated)");
  EXPECT_EQ(errors("\"a\"", t(BasicKind::Int)),
            "cannot use \"a\" (untyped string constant) as int value in assignment");
  EXPECT_EQ(errors("big + 1"), "big + 1 (constant 256 of type uint8) overflows uint8");
  EXPECT_EQ(errors("1 << 600"), "constant shift overflow");
  EXPECT_EQ(errors("1 << 600 >> 599"), "constant shift overflow");
  EXPECT_EQ(errors("1 << 500 >> 499"), "");
  EXPECT_EQ(errors("1e1000 * 1e-1000", t(BasicKind::Float64)), "");
  EXPECT_EQ(errors("x / 0"), "invalid operation: division by zero");
  EXPECT_EQ(errors("1.0 / 0"), "invalid operation: division by zero");
  EXPECT_EQ(errors("x / 0.0"), "invalid operation: division by zero");
  EXPECT_EQ(errors("-big"), "-big (constant -255 of type uint8) overflows uint8");
  EXPECT_EQ(errors("^big"), "");
  EXPECT_EQ(errors("nil"), "use of untyped nil in assignment");
  EXPECT_EQ(errors("'a' * 2.5", t(BasicKind::Float64)), "");
}

TEST_F(ExprTest, BinaryOperations) {
  EXPECT_EQ(errors("x + s"), "invalid operation: x + s (mismatched types int and string)");
  EXPECT_EQ(errors("x + \"a\""), "invalid operation: x + \"a\" (mismatched types int and untyped string)");
  EXPECT_EQ(errors("x + 1.5"), "1.5 (untyped float constant) truncated to int");
  EXPECT_EQ(errors("ok + ok"), "invalid operation: operator + not defined on ok (variable of type bool)");
  EXPECT_EQ(errors("ok < ok"), "invalid operation: ok < ok (operator < not defined on bool)");
  EXPECT_EQ(errors("x == s"), "invalid operation: x == s (mismatched types int and string)");
  EXPECT_EQ(errors("sl == sl"), "invalid operation: sl == sl (slice can only be compared to nil)");
  EXPECT_EQ(errors("sl == nil"), "");
  EXPECT_EQ(errors("x == 1"), "");
  EXPECT_EQ(errors("s + \"a\" + s"), "");
  EXPECT_EQ(errors("ok && x"), "invalid operation: ok && x (mismatched types bool and int)");
}

TEST_F(ExprTest, Shifts) {
  EXPECT_EQ(errors("1 << x"), "");
  EXPECT_EQ(errors("1.5 << 2"), "invalid operation: shifted operand 1.5 (untyped float constant) must be integer");
  EXPECT_EQ(errors("1 << -1"), "invalid operation: negative shift count -1 (untyped int constant)");
  EXPECT_EQ(errors("1 << 2000"), "invalid operation: invalid shift count 2000 (untyped int constant)");
  EXPECT_EQ(errors("x << s"), "invalid operation: shift count s (variable of type string) must be integer");
  EXPECT_EQ(errors("1 << x", t(BasicKind::Float64)),
            "invalid operation: shifted operand 1 (type float64) must be integer");
  EXPECT_EQ(errors("2.0 << 3", t(BasicKind::Int)), "");
  EXPECT_EQ(errors("f << 1"), "invalid operation: shifted operand f (variable of type float64) must be integer");
}

TEST_F(ExprTest, UnaryAndIndexing) {
  EXPECT_EQ(errors("&x"), "");
  EXPECT_EQ(errors("&1"), "invalid operation: cannot take address of 1 (untyped int constant)");
  EXPECT_EQ(errors("*x"), "invalid operation: cannot indirect x (variable of type int)");
  EXPECT_EQ(errors("*p", t(BasicKind::Int)), "");
  EXPECT_EQ(errors("<-sendc"),
            "invalid operation: cannot receive from send-only channel sendc (variable of type chan<- int)");
  EXPECT_EQ(errors("<-c", t(BasicKind::Int)), "");
  EXPECT_EQ(errors("!x"), "invalid operation: operator ! not defined on x (variable of type int)");
  EXPECT_EQ(errors("arr[5]"), "invalid argument: index 5 out of bounds [0:3]");
  EXPECT_EQ(errors("arr[-1]"), "invalid argument: index -1 (constant of type int) must not be negative");
  EXPECT_EQ(errors("parr[2]", t(BasicKind::Int)), "");
  EXPECT_EQ(errors("sl[1.5]"), "1.5 (untyped float constant) truncated to int");
  EXPECT_EQ(errors("\"abc\"[3]"), "invalid argument: index 3 out of bounds [0:3]");
  EXPECT_EQ(errors("x[1]"), "invalid operation: cannot index x (variable of type int)");
  EXPECT_EQ(errors("m[1]"), "cannot use 1 (untyped int constant) as string value in map index");
  EXPECT_EQ(errors("arr[1:2]"), "");
  EXPECT_EQ(errors("sl[2:1]"), "invalid slice indices: 1 < 2");
  EXPECT_EQ(errors("s[1:2:3]"), "invalid operation: 3-index slice of string");
  EXPECT_EQ(errors("arr[:4]"), "invalid argument: index 4 out of bounds [0:4]");
  EXPECT_EQ(errors("x.(int)"), "invalid operation: x (variable of type int) is not an interface");
  EXPECT_EQ(errors("undefinedName"), "undefined: undefinedName");
  EXPECT_EQ(errors("_"), "cannot use _ as value");
  EXPECT_EQ(errors("iota"), "cannot use iota outside constant declaration");
  EXPECT_EQ(errors("int"), "int (type) is not an expression");
  EXPECT_EQ(errors("len"), "len (built-in) must be called");
}

TEST_F(ExprTest, UntypedExpressionsGetTheirFinalTypes) {
  const syntax::Expr* e = parse("x == y");
  Operand x;
  check.expr(x, e);
  check.assignment(x, nullptr, "assignment");
  EXPECT_EQ(info.types[e].type, t(BasicKind::Bool));
  const syntax::Expr* shift = parse("1 << x");
  check.expr(x, shift);
  check.assignment(x, t(BasicKind::Int64), "assignment");
  auto* lhs = syntax::cast<syntax::BinaryExpr>(shift)->x;
  EXPECT_EQ(info.types[lhs].type, t(BasicKind::Int64));
  const syntax::Expr* c = parse("1 + 2");
  check.expr(x, c);
  check.assignment(x, t(BasicKind::Float64), "assignment");
  EXPECT_EQ(info.types[c].type, t(BasicKind::Float64));
  check.recordUntyped();
  EXPECT_EQ(info.types[syntax::cast<syntax::BinaryExpr>(c)->x].type, t(BasicKind::UntypedInt));
}

}  // namespace
}  // namespace vo::types
