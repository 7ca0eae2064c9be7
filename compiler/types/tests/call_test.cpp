// What calls and selectors record in Info (call.cpp, builtins.cpp): selections of fields, method values and
// method expressions, the types of calls (one value, a tuple, no value), constant built-in results and the
// signatures recorded for built-in function names. Checked on package-level declarations of one small file.
#include <gtest/gtest.h>

#include "compiler/types/tests/no_imports.h"

#include "compiler/syntax/parser.h"
#include "compiler/types/checker_impl.h"

namespace vo::types {
namespace {

constexpr std::string_view kProgram = R"(package p

type T struct{ n int }

func (t T) Get() int   { return t.n }
func (t *T) Set(n int) { t.n = n }

type Outer struct{ *T }

func two() (int, string) { return 1, "" }
func none()              {}

var _ = none

var t T
var o Outer
var s []int

var getter = t.Get
var setter = t.Set
var setExpr = (*T).Set
var getExpr = T.Get
var field = o.n
var length = len([3]int{1})
var appended = append(s, 1)
var a, b = two()
var c = (len)("abc")
)";

class CallTest : public ::testing::Test {
 protected:
  SourceManager sources;
  DiagnosticEngine diags{sources};
  syntax::AstContext ast;
  CheckContext ctx;
  Info info;
  NoImports importer;

  void SetUp() override {
    FileId id = sources.addFile("p.go", std::string(kProgram));
    const syntax::File* f = syntax::parseFile(ast, sources, id, diags, syntax::DialectKind::Go);
    ASSERT_NE(f, nullptr);
    std::vector<const syntax::File*> files{f};
    checkPackage(ctx, importer, "p", files, diags, info);
    // Function bodies belong to the statement part; only the declarations above are under test here.
    for (const Diagnostic& d : diags.diagnostics()) {
      if (d.message != "missing return") ADD_FAILURE() << d.message;
    }
  }

  // The selection recorded for the selector expression printed as `text`.
  const Selection* selection(std::string_view text) {
    for (const auto& [e, sel] : info.selections) {
      if (syntax::exprString(e) == text) return &sel;
    }
    return nullptr;
  }
  // The type and value recorded for the expression of kind `kind` printed as `text`.
  const TypeAndValue* recorded(std::string_view text, syntax::NodeKind kind) {
    for (const auto& [e, tv] : info.types) {
      if (e->kind() == kind && syntax::exprString(e) == text) return &tv;
    }
    return nullptr;
  }
};

TEST_F(CallTest, MethodValuesDropTheReceiver) {
  const Selection* get = selection("t.Get");
  ASSERT_NE(get, nullptr);
  EXPECT_EQ(get->kind, SelectionKind::MethodVal);
  EXPECT_EQ(get->obj->name, "Get");
  EXPECT_FALSE(get->indirect);
  const TypeAndValue* tv = recorded("t.Get", syntax::NodeKind::SelectorExpr);
  ASSERT_NE(tv, nullptr);
  EXPECT_EQ(tv->mode, OperandMode::Value);
  EXPECT_EQ(typeString(tv->type), "func() int");

  // t is addressable, so its pointer method is a method value of &t
  const Selection* set = selection("t.Set");
  ASSERT_NE(set, nullptr);
  EXPECT_EQ(set->kind, SelectionKind::MethodVal);
  EXPECT_EQ(typeString(recorded("t.Set", syntax::NodeKind::SelectorExpr)->type), "func(n int)");
}

TEST_F(CallTest, MethodExpressionsTakeTheReceiverFirst) {
  const Selection* set = selection("(*T).Set");
  ASSERT_NE(set, nullptr);
  EXPECT_EQ(set->kind, SelectionKind::MethodExpr);
  EXPECT_EQ(typeString(recorded("(*T).Set", syntax::NodeKind::SelectorExpr)->type, Qualifier{nullptr}),
            "func(t *p.T, n int)");
  const Selection* get = selection("T.Get");
  ASSERT_NE(get, nullptr);
  EXPECT_EQ(get->kind, SelectionKind::MethodExpr);
  // without named parameters the receiver parameter stays unnamed
  EXPECT_EQ(typeString(recorded("T.Get", syntax::NodeKind::SelectorExpr)->type, Qualifier{nullptr}),
            "func(p.T) int");
}

TEST_F(CallTest, PromotedFieldThroughAnEmbeddedPointerIsAVariable) {
  const Selection* f = selection("o.n");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->kind, SelectionKind::FieldVal);
  EXPECT_TRUE(f->indirect);
  EXPECT_EQ(f->index, (std::vector<int>{0, 0}));
  const TypeAndValue* tv = recorded("o.n", syntax::NodeKind::SelectorExpr);
  ASSERT_NE(tv, nullptr);
  EXPECT_EQ(tv->mode, OperandMode::Variable);
}

TEST_F(CallTest, CallsRecordTheirResults) {
  const TypeAndValue* tuple = recorded("two()", syntax::NodeKind::CallExpr);
  ASSERT_NE(tuple, nullptr);
  EXPECT_EQ(tuple->mode, OperandMode::Value);
  EXPECT_EQ(typeString(tuple->type), "(int, string)");

  const TypeAndValue* len = recorded("len([3]int{…})", syntax::NodeKind::CallExpr);
  ASSERT_NE(len, nullptr);
  EXPECT_EQ(len->mode, OperandMode::Constant);
  EXPECT_EQ(len->value.toString(), "3");

  const TypeAndValue* paren = recorded("(len)(\"abc\")", syntax::NodeKind::CallExpr);
  ASSERT_NE(paren, nullptr);
  EXPECT_EQ(paren->value.toString(), "3");
}

TEST_F(CallTest, BuiltinNamesRecordTheCallsSignature) {
  const TypeAndValue* fun = recorded("append", syntax::NodeKind::Ident);
  ASSERT_NE(fun, nullptr);
  EXPECT_EQ(fun->mode, OperandMode::Builtin);
  EXPECT_EQ(typeString(fun->type), "func([]int, ...int) []int");
  const TypeAndValue* result = recorded("append(s, 1)", syntax::NodeKind::CallExpr);
  ASSERT_NE(result, nullptr);
  EXPECT_EQ(result->mode, OperandMode::Value);
  EXPECT_EQ(typeString(result->type), "[]int");
}

TEST_F(CallTest, BuiltinStatementKinds) {
  EXPECT_TRUE(Checker::builtinIsStatement(BuiltinId::Copy));
  EXPECT_TRUE(Checker::builtinIsStatement(BuiltinId::Panic));
  EXPECT_TRUE(Checker::builtinIsStatement(BuiltinId::Assert));
  EXPECT_FALSE(Checker::builtinIsStatement(BuiltinId::Len));
  EXPECT_FALSE(Checker::builtinIsStatement(BuiltinId::Append));
}

}  // namespace
}  // namespace vo::types
