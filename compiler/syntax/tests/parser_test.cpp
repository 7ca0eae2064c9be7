// Parser: AST shapes for every statement and expression form, the Vo forms, gc's error wording, generics
// rejection and the nesting limit.
#include "compiler/syntax/parser.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace vo::syntax {
namespace {

struct Parsed {
  SourceManager sources;
  DiagnosticEngine diags{sources};
  AstContext ctx;
  File* file = nullptr;

  std::string errors() const {
    std::ostringstream out;
    diags.print(out);
    return out.str();
  }
};

// Parses `src` as a file named `path` (the extension chooses the dialect).
std::unique_ptr<Parsed> parse(const std::string& src, const std::string& path = "x.go",
                              ParseLimits limits = {}) {
  auto p = std::make_unique<Parsed>();
  FileId id = p->sources.addFile(path, src);
  p->file = parseFile(p->ctx, p->sources, id, p->diags, dialectOfPath(path), limits);
  return p;
}

// The statements of the body of the first function declaration.
std::span<Stmt*> bodyOf(const File* f) {
  for (Decl* d : f->decls)
    if (auto* fd = dyn_cast<FuncDecl>(d)) return fd->body->stmts;
  return {};
}

// Parses `expr` as the initialiser of a package-level variable and prints it back.
std::string roundTrip(const std::string& expr) {
  auto p = parse("package p\nvar _ = " + expr + "\n");
  EXPECT_EQ(p->errors(), "") << expr;
  if (!p->file || p->file->decls.empty()) return "<no file>";
  auto* spec = cast<ValueSpec>(cast<GenDecl>(p->file->decls[0])->specs[0]);
  return exprString(spec->values[0]);
}

TEST(ParserTest, DeclarationsOfEveryKind) {
  auto p = parse(R"(package main

import (
	"fmt"
	str "strings"
	. "math"
	_ "os"
)

const (
	A = iota
	B
	C, D = 1, 2
)

type (
	Point struct {
		X, Y int `json:"x"`
		*Embedded
		pkg.Other
	}
	Alias = map[string][]int
	Arr [N * 2]byte
	Fn func(a, b int, rest ...string) (n int, err error)
	Ch <-chan chan<- int
	Iface interface {
		fmt.Stringer
		Len() int
	}
)

var x, y int = 1, 2

func (p *Point) Move(dx int) {}

func external(int) string
)" ")\n");
  ASSERT_NE(p->file, nullptr);
  // the stray ")" at the end is reported, everything before it parses
  EXPECT_EQ(p->errors(), "x.go:37:1: syntax error: non-declaration statement outside function body\n");
  EXPECT_EQ(p->file->packageName->name, "main");
  ASSERT_EQ(p->file->imports.size(), 4u);
  EXPECT_EQ(p->file->imports[1]->name->name, "str");
  EXPECT_EQ(p->file->imports[2]->name->name, ".");
  EXPECT_EQ(p->file->imports[0]->path->value, "\"fmt\"");

  auto* consts = cast<GenDecl>(p->file->decls[1]);
  ASSERT_EQ(consts->specs.size(), 3u);
  EXPECT_EQ(cast<ValueSpec>(consts->specs[1])->iota, 1u);
  EXPECT_TRUE(cast<ValueSpec>(consts->specs[1])->values.empty());
  EXPECT_EQ(cast<ValueSpec>(consts->specs[2])->names.size(), 2u);

  auto* types = cast<GenDecl>(p->file->decls[2]);
  ASSERT_EQ(types->specs.size(), 6u);
  auto* point = cast<StructType>(cast<TypeSpec>(types->specs[0])->type);
  ASSERT_EQ(point->fields.size(), 4u);  // X, Y share one type node; two embedded fields
  EXPECT_EQ(point->fields[0]->type, point->fields[1]->type);
  EXPECT_EQ(point->fields[1]->tag->value, "`json:\"x\"`");
  EXPECT_EQ(point->fields[2]->name, nullptr);
  EXPECT_TRUE(isa<StarExpr>(point->fields[2]->type));
  EXPECT_TRUE(cast<TypeSpec>(types->specs[1])->isAlias());
  EXPECT_EQ(exprString(cast<TypeSpec>(types->specs[2])->type), "[N * 2]byte");
  EXPECT_EQ(exprString(cast<TypeSpec>(types->specs[3])->type),
            "func(a, b int, rest ...string) (n int, err error)");
  EXPECT_EQ(exprString(cast<TypeSpec>(types->specs[4])->type), "<-chan chan<- int");
  EXPECT_EQ(exprString(cast<TypeSpec>(types->specs[5])->type), "interface{fmt.Stringer; Len() int}");

  auto* method = cast<FuncDecl>(p->file->decls[4]);
  ASSERT_NE(method->recv, nullptr);
  EXPECT_EQ(method->recv->name->name, "p");
  EXPECT_EQ(exprString(method->recv->type), "*Point");
  EXPECT_EQ(cast<FuncDecl>(p->file->decls[5])->body, nullptr);
}

TEST(ParserTest, StatementsOfEveryKind) {
  auto p = parse(R"(package main
func f() {
	x := 1
	x, y = y, x
	x += 2
	x++
	ch <- x
	<-ch
	var z int
	go g()
	defer h(1)
L:
	for i := 0; i < 10; i++ {
		if i == 2 {
			continue L
		} else if i == 3 {
			break
		} else {
			goto L
		}
	}
	for k, v := range m {
	}
	for range 10 {
	}
	for x < 3 {
	}
	switch t := v.(type) {
	case int, string:
	case nil:
	default:
	}
	switch {
	case x > 1:
		fallthrough
	default:
	}
	select {
	case v, ok := <-ch:
	case ch <- 1:
	default:
	}
	{
	}
	return
}
)");
  ASSERT_NE(p->file, nullptr);
  EXPECT_EQ(p->errors(), "");
  std::vector<NodeKind> kinds;
  for (Stmt* s : bodyOf(p->file)) kinds.push_back(s->kind());
  std::vector<NodeKind> want = {
      NodeKind::AssignStmt,     NodeKind::AssignStmt, NodeKind::AssignStmt, NodeKind::IncDecStmt,
      NodeKind::SendStmt,       NodeKind::ExprStmt,   NodeKind::DeclStmt,   NodeKind::GoStmt,
      NodeKind::DeferStmt,      NodeKind::LabeledStmt, NodeKind::RangeStmt, NodeKind::RangeStmt,
      NodeKind::ForStmt,        NodeKind::TypeSwitchStmt, NodeKind::SwitchStmt, NodeKind::SelectStmt,
      NodeKind::BlockStmt,      NodeKind::ReturnStmt};
  EXPECT_EQ(kinds, want);

  std::span<Stmt*> body = bodyOf(p->file);
  auto* range = cast<RangeStmt>(body[10]);
  EXPECT_EQ(range->tok, TokenKind::Define);
  EXPECT_EQ(exprString(range->value), "v");
  auto* rangeInt = cast<RangeStmt>(body[11]);
  EXPECT_EQ(rangeInt->key, nullptr);
  EXPECT_EQ(rangeInt->tok, TokenKind::Illegal);
  auto* ts = cast<TypeSwitchStmt>(body[13]);
  EXPECT_EQ(ts->binding->name, "t");
  EXPECT_EQ(exprString(ts->x), "v");
  ASSERT_EQ(ts->clauses.size(), 3u);
  EXPECT_EQ(ts->clauses[0]->list.size(), 2u);
  EXPECT_TRUE(ts->clauses[2]->isDefault);
  auto* sel = cast<SelectStmt>(body[15]);
  ASSERT_EQ(sel->clauses.size(), 3u);
  EXPECT_TRUE(isa<AssignStmt>(sel->clauses[0]->comm));
  EXPECT_TRUE(isa<SendStmt>(sel->clauses[1]->comm));
  EXPECT_EQ(sel->clauses[2]->comm, nullptr);
}

TEST(ParserTest, ExpressionsPrintBackAsGoWritesThem) {
  EXPECT_EQ(roundTrip("a + b*c - d"), "a + b * c - d");
  EXPECT_EQ(roundTrip("f(x, y...)"), "f(x, y...)");
  EXPECT_EQ(roundTrip("s[1:2:3]"), "s[1:2:3]");
  EXPECT_EQ(roundTrip("s[:]"), "s[:]");
  EXPECT_EQ(roundTrip("x.(T).y[0]"), "x.(T).y[0]");
  EXPECT_EQ(roundTrip("[]int{1, 2}"), "[]int{…}");
  EXPECT_EQ(roundTrip("&T{X: 1}"), "&T{…}");
  EXPECT_EQ(roundTrip("map[string]int(nil)"), "map[string]int(nil)");
  EXPECT_EQ(roundTrip("(*T).Method"), "(*T).Method");
  EXPECT_EQ(roundTrip("<-ch"), "<-ch");
  EXPECT_EQ(roundTrip("(<-chan int)(c)"), "(<-chan int)(c)");
  EXPECT_EQ(roundTrip("func(x int) bool { return x > 0 }"), "func(x int) bool {…}");
  EXPECT_EQ(roundTrip("[...]string{\"a\"}"), "[...]string{…}");
  EXPECT_EQ(roundTrip("a || b && !c"), "a || b && !c");
}

TEST(ParserTest, BinaryOperatorsFollowGoPrecedence) {
  auto p = parse("package p\nvar _ = a || b && c == d + e * f\n");
  auto* spec = cast<ValueSpec>(cast<GenDecl>(p->file->decls[0])->specs[0]);
  auto* orExpr = cast<BinaryExpr>(spec->values[0]);
  EXPECT_EQ(orExpr->op, TokenKind::LOr);
  auto* andExpr = cast<BinaryExpr>(orExpr->y);
  EXPECT_EQ(andExpr->op, TokenKind::LAnd);
  auto* eq = cast<BinaryExpr>(andExpr->y);
  EXPECT_EQ(eq->op, TokenKind::Eql);
  auto* add = cast<BinaryExpr>(eq->y);
  EXPECT_EQ(add->op, TokenKind::Add);
  EXPECT_EQ(cast<BinaryExpr>(add->y)->op, TokenKind::Mul);
}

TEST(ParserTest, CompositeLiteralInStatementHeaderNeedsParentheses) {
  // `T{}` in an if header: `{` opens the block, as in Go
  auto p = parse("package p\nfunc f() {\n\tif x == (T{}) {\n\t}\n\tif x {\n\t}\n}\n");
  EXPECT_EQ(p->errors(), "");
  auto* ifs = cast<IfStmt>(bodyOf(p->file)[0]);
  EXPECT_EQ(exprString(ifs->cond), "x == (T{})");
}

TEST(ParserTest, VoDialectFormsAndKeywords) {
  auto p = parse(R"(package main
func load(name string) (n int, err error) {
	errdefer cleanup()
	f := open(name)?
	a := f~>size
	b := f~>[0]~>name
	c := f~>(1, 2)
	d := f~>call(x...)?
	if a == nil {
		fail errors.New("empty")
	}
	return
}
)",
                 "x.vo");
  ASSERT_NE(p->file, nullptr);
  EXPECT_EQ(p->errors(), "");
  EXPECT_EQ(p->file->dialect, DialectKind::Vo);
  std::span<Stmt*> body = bodyOf(p->file);
  auto* errdefer = cast<DeferStmt>(body[0]);
  EXPECT_TRUE(errdefer->errdefer);
  auto rhs = [&](size_t i) { return cast<AssignStmt>(body[i])->rhs[0]; };
  EXPECT_TRUE(isa<TryExpr>(rhs(1)));
  EXPECT_EQ(cast<DynAccessExpr>(rhs(2))->access, DynAccessKind::Attr);
  auto* chain = cast<DynAccessExpr>(rhs(3));
  EXPECT_EQ(chain->access, DynAccessKind::Attr);
  EXPECT_EQ(cast<DynAccessExpr>(chain->x)->access, DynAccessKind::Index);
  EXPECT_EQ(cast<DynAccessExpr>(rhs(4))->access, DynAccessKind::Call);
  auto* tried = cast<TryExpr>(rhs(5));
  EXPECT_EQ(cast<DynAccessExpr>(tried->x)->access, DynAccessKind::MethodCall);
  EXPECT_EQ(exprString(rhs(5)), "f~>call(x...)?");
  auto* ifs = cast<IfStmt>(body[6]);
  EXPECT_TRUE(isa<FailStmt>(ifs->then->stmts[0]));
}

TEST(ParserTest, FailAndErrdeferAreIdentifiersInGoFiles) {
  auto p = parse("package main\nfunc f() {\n\tfail := 1\n\terrdefer(fail)\n\tx := y?\n}\n", "x.go");
  EXPECT_EQ(p->errors(), "");
  std::span<Stmt*> body = bodyOf(p->file);
  EXPECT_TRUE(isa<AssignStmt>(body[0]));
  EXPECT_TRUE(isa<ExprStmt>(body[1]));
  EXPECT_TRUE(isa<TryExpr>(cast<AssignStmt>(body[2])->rhs[0]));  // `?` is available in .go files too
}

TEST(ParserTest, TypeParametersAreReportedAsUnsupported) {
  auto p = parse(R"(package p
func Map[T, U any](s []T, f func(T) U) []U { return nil }
type List[T any] struct {
	next *List[T]
}
type Arr [N]int
var _ = Map[int, string](nil, nil)
)");
  ASSERT_NE(p->file, nullptr);
  EXPECT_EQ(p->errors(),
            "x.go:2:9: generics are not supported (type parameters and instantiation)\n"
            "x.go:3:10: generics are not supported (type parameters and instantiation)\n"
            "x.go:4:12: generics are not supported (type parameters and instantiation)\n"
            "x.go:7:12: generics are not supported (type parameters and instantiation)\n");
  auto* arr = cast<TypeSpec>(cast<GenDecl>(p->file->decls[2])->specs[0]);
  EXPECT_TRUE(isa<ArrayType>(arr->type));
}

TEST(ParserTest, SyntaxErrorsUseGcWording) {
  struct Case {
    const char* src;
    const char* want;
  };
  const Case cases[] = {
      {"package p\nvar x = []int{\n\t1,\n\t2\n}\n",
       "x.go:4:3: syntax error: unexpected newline in composite literal; possibly missing comma or }\n"},
      {"package p\nfunc f() {\n\tg(1\n}\n",
       "x.go:3:5: syntax error: unexpected newline in argument list; possibly missing comma or )\n"},
      {"package p\nx := 1\n", "x.go:2:1: syntax error: non-declaration statement outside function body\n"},
      {"package p\nfunc f() {\n\tif x {\n\t}\n\telse {\n\t}\n}\n",
       "x.go:5:2: syntax error: unexpected keyword else, expected }\n"},
      {"package p\nfunc f() {\n\tif x = 1 {\n\t}\n}\n",
       "x.go:3:7: syntax error: cannot use assignment x = 1 as value\n"},
      {"package p\nfunc f() {\n\tfor i := 0; i < 3; j := 1 {\n\t}\n}\n",
       "x.go:3:23: syntax error: cannot declare in post statement of for loop\n"},
      {"package p\nfunc f()\n{\n}\n", "x.go:3:1: syntax error: unexpected semicolon or newline before {\n"},
      {"package p\nfunc f(a int, string) {}\n", "x.go:2:15: syntax error: mixed named and unnamed parameters\n"},
      {"package p\nvar x = s[1:]:\n", "x.go:2:14: syntax error: unexpected : after top level declaration\n"},
      {"package p\nfunc f() {\n\tdefer (g())\n}\n", "x.go:3:8: expression in defer must not be parenthesized\n"},
      {"package p\nfunc f() {\nL:\n}\n", ""},
      {"package p\nfunc () f() {}\n", "x.go:2:9: method has no receiver\n"},
      {"package p\ntype S struct {\n\ta int b int\n}\n",
       "x.go:3:8: syntax error: unexpected name b in struct type; possibly missing semicolon or newline or }\n"},
      {"package p\nvar _ = pkg.List[int]{}\n",
       "x.go:2:17: generics are not supported (type parameters and instantiation)\n"},
      {"package p\nimport 42\n", "x.go:2:8: syntax error: import path must be a string\n"},
      {"x := 1\n", "x.go:1:1: syntax error: package statement must be first\n"},
  };
  for (const Case& c : cases) {
    auto p = parse(c.src);
    EXPECT_EQ(p->errors(), c.want) << c.src;
  }
}

TEST(ParserTest, MissingPackageClauseGivesNoFile) {
  auto p = parse("func main() {}\n");
  EXPECT_EQ(p->file, nullptr);
  EXPECT_EQ(p->diags.errorCount(), 1u);
}

TEST(ParserTest, ErrorsInSeveralFunctionsAreAllReported) {
  auto p = parse("package p\nfunc f() {\n\tx := \n}\nfunc g() {\n\ty = = 2\n}\nfunc h() { return }\n");
  ASSERT_NE(p->file, nullptr);
  EXPECT_EQ(p->diags.errorCount(), 2u) << p->errors();
  EXPECT_EQ(p->file->decls.size(), 3u);
}

TEST(ParserTest, DeepNestingIsAnErrorNotACrash) {
  std::string deep = "package p\nvar x = " + std::string(100000, '(') + "1" + std::string(100000, ')') + "\n";
  auto p = parse(deep, "x.go", ParseLimits{200});
  EXPECT_NE(p->errors().find("syntax error: nesting too deep (limit 200)"), std::string::npos) << p->errors();
  EXPECT_EQ(p->diags.errorCount(), 1u);

  std::string blocks = "package p\nfunc f() {" + std::string(50000, '{') + std::string(50000, '}') + "}\n";
  auto q = parse(blocks);
  EXPECT_NE(q->errors().find("nesting too deep (limit 1000)"), std::string::npos);

  std::string fine = "package p\nvar x = " + std::string(100, '(') + "1" + std::string(100, ')') + "\n";
  EXPECT_EQ(parse(fine)->errors(), "");
}

TEST(ParserTest, ReceiveChannelTypesReassociate) {
  EXPECT_EQ(roundTrip("(<-chan <-chan int)(nil)"), "(<-chan <-chan int)(nil)");
  auto p = parse("package p\nvar _ = <-chan int(nil)\n");
  auto* spec = cast<ValueSpec>(cast<GenDecl>(p->file->decls[0])->specs[0]);
  // <-chan int(nil) is a receive from the conversion chan int(nil)
  auto* recv = cast<UnaryExpr>(spec->values[0]);
  EXPECT_EQ(recv->op, TokenKind::Arrow);
  EXPECT_TRUE(isa<CallExpr>(recv->x));
}

}  // namespace
}  // namespace vo::syntax
