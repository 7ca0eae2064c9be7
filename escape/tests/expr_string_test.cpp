// goExprString and goExprPos against Go 1.19: each program below was compiled with `go tool compile -p=p -m -l`,
// and every "X escapes to heap" / "X does not escape" message it printed is a Want (messages about parameters,
// `... argument` and Go's temporaries `.autotmp_N` left out). Kinds:
//  - kRhs: the implicit conversion to interface of the whole right-hand side of `sink = EXPR` (Go reports it at
//    the statement): goExprString(EXPR) must equal the text exactly;
//  - kAt: an allocation site (literal, new, make, conversion, concatenation, method value): some expression must
//    print as the text and have goExprPos at Go's line and column;
//  - kOnLine: an implicit conversion inside the line (reported where its context puts it): some expression on
//    that line must print as the text.
#include "escape/expr_string.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <regex>
#include <set>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/syntax/parser.h"
#include "compiler/syntax/tests/errorcheck.h"
#include "compiler/syntax/tests/go_suite.h"
#include "compiler/types/check.h"

namespace vo::escape {
namespace {

enum WantKind { kRhs, kAt, kOnLine };

/// One message of Go's -m output: at 1-based `line` and `column`, Go printed `text` as the X of "X escapes to heap".
struct Want {
  unsigned line;
  unsigned column;
  WantKind kind;
  std::string_view text;
};

/// One program parsed and checked as package path "p" (like Go's test runner's -p=p).
class Checked {
 public:
  explicit Checked(std::string_view text) {
    FileId id = sources_.addFile("p.go", std::string(text));
    file_ = syntax::parseFile(ast_, sources_, id, diags_, syntax::DialectKind::Go);
    importer_ = std::make_unique<types::StdlibImporter>(ctx_, sources_, diags_);
    if (file_) {
      const syntax::File* files[] = {file_};
      pkg_ = types::checkPackage(ctx_, *importer_, "p", files, diags_, info_);
    }
    std::ostringstream errs;
    diags_.print(errs);
    errors = errs.str();
  }

  std::string errors;  ///< parse and type errors (the programs must have none)

  /// goExprString of every checked expression that starts on `line`.
  std::vector<std::string> printedOnLine(unsigned line) const {
    std::vector<std::string> out;
    for (const auto& [e, tv] : info_.types) {
      if (sources_.lineColumn(e->pos()).line == line) out.push_back(goExprString(e, info_));
    }
    return out;
  }

  /// Whether some checked expression prints as `text` with goExprPos at `line`:`column`.
  bool printedAt(std::string_view text, unsigned line, unsigned column) const {
    for (const auto& [e, tv] : info_.types) {
      LineColumn lc = sources_.lineColumn(goExprPos(e, &sources_));
      if (lc.line == line && lc.column == column && goExprString(e, info_) == text) return true;
    }
    return false;
  }

  /// goExprString of every checked expression and the name of every declared identifier, by the lines Go could
  /// report them on (the expression's first line and the line of its goExprPos).
  std::map<unsigned, std::set<std::string>> printedByLine() const {
    std::map<unsigned, std::set<std::string>> out;
    for (const auto& [e, tv] : info_.types) {
      std::string text = goExprString(e, info_);
      out[sources_.lineColumn(e->pos()).line].insert(text);
      out[sources_.lineColumn(goExprPos(e, &sources_)).line].insert(text);
    }
    for (const auto& [id, obj] : info_.defs) out[sources_.lineColumn(id->pos()).line].insert(std::string(id->name));
    return out;
  }

  /// The assignment statement on `line` at the top level of a function body, or nullptr.
  const syntax::AssignStmt* assignOn(unsigned line) const {
    for (const syntax::Decl* d : file_->decls) {
      auto* fn = syntax::dyn_cast<syntax::FuncDecl>(d);
      if (!fn || !fn->body) continue;
      for (const syntax::Stmt* s : fn->body->stmts) {
        auto* as = syntax::dyn_cast<syntax::AssignStmt>(s);
        if (as && sources_.lineColumn(as->pos()).line == line && !as->rhs.empty()) return as;
      }
    }
    return nullptr;
  }

  /// The right-hand side of the assignment statement on `line` at the top level of a function body, or nullptr.
  const syntax::Expr* rhsOn(unsigned line) const {
    const syntax::AssignStmt* as = assignOn(line);
    return as ? as->rhs[0] : nullptr;
  }

  /// How many checked expressions goExprPos places differently with and without the source text.
  size_t positionsNeedingText() const {
    size_t n = 0;
    for (const auto& [e, tv] : info_.types) n += goExprPos(e, &sources_) != goExprPos(e);
    return n;
  }

  const types::Info& info() const { return info_; }
  const types::Package* pkg() const { return pkg_; }

 private:
  SourceManager sources_;
  DiagnosticEngine diags_{sources_};
  syntax::AstContext ast_;
  types::CheckContext ctx_;
  types::Info info_;
  std::unique_ptr<types::StdlibImporter> importer_;
  const syntax::File* file_ = nullptr;
  types::Package* pkg_ = nullptr;
};

void expectGoMessages(std::string_view source, std::span<const Want> wants) {
  Checked c(source);
  ASSERT_EQ(c.errors, "");
  ASSERT_FALSE(wants.empty());
  for (const Want& w : wants) {
    if (w.kind == kRhs) {
      const syntax::Expr* rhs = c.rhsOn(w.line);
      ASSERT_NE(rhs, nullptr) << "line " << w.line;
      EXPECT_EQ(goExprString(rhs, c.info(), c.pkg()), w.text) << "line " << w.line;
      // Without the package, goExprString finds it from info.defs.
      EXPECT_EQ(goExprString(rhs, c.info()), w.text) << "line " << w.line;
      continue;
    }
    if (w.kind == kAt) {
      EXPECT_TRUE(c.printedAt(w.text, w.line, w.column)) << w.line << ":" << w.column << ": no " << w.text;
      continue;
    }
    std::vector<std::string> printed = c.printedOnLine(w.line);
    bool found = std::find(printed.begin(), printed.end(), w.text) != printed.end();
    std::string all;
    for (const std::string& p : printed) all += "\n  " + p;
    EXPECT_TRUE(found) << "line " << w.line << ": no expression prints as " << w.text << "; printed:" << all;
  }
}

// go tool compile -p=p -m -l operands.go (Go 1.19)
constexpr std::string_view kOperandsSource = R"go(package p

type T struct{ a, b int; p *int }
type S struct{ t T }
type I interface{ M() }

func (t T) M()   {}
func (t *T) N()  {}

var sink interface{}
var psink *T
var isink I

func f1(x int, p *int, s []int, m map[string]int, t T, pt *T, b []byte, str string, r []rune) {
	sink = x
	sink = *p
	sink = s[1]
	sink = m["k"]
	sink = t.a
	sink = pt.a
	sink = f2(x)
	sink = "abc"
	sink = 42
	sink = x + 1
	sink = -x
	sink = t
	sink = &T{}
	sink = &T{a: 1}
	sink = T{a: 1}
	sink = []int{1, 2}
	sink = []int{}
	sink = map[string]int{"a": 1}
	sink = new(int)
	sink = make([]int, x)
	sink = make([]int, 10, x)
	sink = make(map[string]int)
	sink = make(map[string]int, x)
	sink = make(map[string]int, 10)
	sink = make(chan int)
	sink = make(chan int, 3)
	sink = func() {}
	sink = string(b)
	sink = []byte(str)
	sink = []rune(str)
	sink = string(r)
	sink = string(rune(x))
	sink = str + str
	sink = str + str + "x"
	sink = t.M
	sink = pt.N
	sink = interface{}(x)
	sink = I(t)
	sink = [3]int{1, 2, 3}
	sink = s[1:2]
	sink = str[1:]
	sink = s[:x:x]
	sink = (x + 1) * 2
	sink = x * (x + 1)
	sink = *pt
	sink = &x
	sink = [](*T){pt}
	sink = []*T{pt}
	sink = struct{ a int }{1}
	sink = struct{}{}
	sink = map[string]interface{}{}
	sink = []interface{}{}
	sink = [][]int{s}
	sink = (*int)(p)
	sink = (<-chan int)(nil)
	sink = &[]int{1}
	sink = &S{}
	sink = &[2]int{}
	sink = x == 1
	sink = !(x == 1)
	sink = pt.p
	sink = *pt.p
	sink = &pt.a
	sink = S{}.t
	sink, _ = f3()
	sink = pt
	sink = float64(x)
	sink = uint8(x)
	sink = T(t)
	sink = 'a'
	sink = 1.5
	sink = true
	sink = psink
}

func f2(x int) int { return x }
func f3() (int, int) { return 1, 2 }
)go";
const Want kOperandsWants[] = {
    {15, 2, kRhs, "x"},
    {16, 2, kRhs, "*p"},
    {17, 2, kRhs, "s[1]"},
    {18, 2, kRhs, "m[\"k\"]"},
    {19, 2, kRhs, "t.a"},
    {20, 2, kRhs, "pt.a"},
    {21, 2, kRhs, "f2(x)"},
    {22, 2, kRhs, "\"abc\""},
    {23, 2, kRhs, "42"},
    {24, 2, kRhs, "x + 1"},
    {25, 2, kRhs, "-x"},
    {26, 2, kRhs, "t"},
    {27, 9, kAt, "&T{}"},
    {28, 9, kAt, "&T{...}"},
    {29, 2, kRhs, "T{...}"},
    {30, 2, kRhs, "[]int{...}"},
    {30, 14, kAt, "[]int{...}"},
    {31, 2, kRhs, "[]int{}"},
    {31, 14, kAt, "[]int{}"},
    {32, 23, kAt, "map[string]int{...}"},
    {33, 12, kAt, "new(int)"},
    {34, 2, kRhs, "make([]int, x)"},
    {34, 13, kAt, "make([]int, x)"},
    {35, 2, kRhs, "make([]int, 10, x)"},
    {35, 13, kAt, "make([]int, 10, x)"},
    {36, 13, kAt, "make(map[string]int)"},
    {37, 13, kAt, "make(map[string]int, x)"},
    {38, 13, kAt, "make(map[string]int, 10)"},
    {41, 9, kAt, "func literal"},
    {42, 2, kRhs, "string(b)"},
    {42, 15, kAt, "string(b)"},
    {43, 2, kRhs, "([]byte)(str)"},
    {43, 15, kAt, "([]byte)(str)"},
    {44, 2, kRhs, "([]rune)(str)"},
    {44, 15, kAt, "([]rune)(str)"},
    {45, 2, kRhs, "string(r)"},
    {45, 15, kAt, "string(r)"},
    {46, 2, kRhs, "string(rune(x))"},
    {46, 15, kAt, "string(rune(x))"},
    {47, 2, kRhs, "str + str"},
    {47, 13, kAt, "str + str"},
    {48, 2, kRhs, "str + str + \"x\""},
    {48, 19, kAt, "str + str + \"x\""},
    {49, 10, kAt, "t.M"},
    {50, 11, kAt, "pt.N"},
    {51, 20, kAt, "(interface {})(x)"},
    {52, 10, kOnLine, "I(t)"},
    {53, 2, kRhs, "[3]int{...}"},
    {54, 2, kRhs, "s[1:2]"},
    {55, 2, kRhs, "str[1:]"},
    {56, 2, kRhs, "s[:x:x]"},
    {57, 2, kRhs, "(x + 1) * 2"},
    {58, 2, kRhs, "x * (x + 1)"},
    {59, 2, kRhs, "*pt"},
    {61, 2, kRhs, "[]*T{...}"},
    {61, 15, kAt, "[]*T{...}"},
    {62, 2, kRhs, "[]*T{...}"},
    {62, 13, kAt, "[]*T{...}"},
    {63, 2, kRhs, "struct { a int }{...}"},
    {64, 2, kRhs, "struct {}{}"},
    {65, 31, kAt, "map[string]interface {}{}"},
    {66, 2, kRhs, "[]interface {}{}"},
    {66, 22, kAt, "[]interface {}{}"},
    {67, 2, kRhs, "[][]int{...}"},
    {67, 16, kAt, "[][]int{...}"},
    {70, 9, kAt, "&[]int{...}"},
    {70, 15, kAt, "[]int{...}"},
    {71, 9, kAt, "&S{}"},
    {72, 9, kAt, "&[2]int{}"},
    {73, 2, kRhs, "x == 1"},
    {74, 2, kRhs, "!(x == 1)"},
    {76, 2, kRhs, "*pt.p"},
    {78, 2, kRhs, "S{}.t"},
    {81, 2, kRhs, "float64(x)"},
    {82, 2, kRhs, "uint8(x)"},
    {83, 2, kRhs, "T(t)"},
    {84, 2, kRhs, "'a'"},
    {85, 2, kRhs, "1.5"},
    {86, 2, kRhs, "true"},
};

// go tool compile -p=p -m -l types.go (Go 1.19)
constexpr std::string_view kTypesSource = R"go(package p

import (
	"bytes"
	"strings"
	"errors"
)

type T struct{ a, b int; p *int }
type I interface{ M() }
type J interface{ m(); N(int) string }
type F func(int) string
type Sl []int

func (t T) M()   {}
func (t *T) N()  {}

var sink interface{}

const c = 10
const cs = "const"

func g(x int, s []int, ch chan int, i interface{}, m map[int]string, a [4]int, f func() int, pt *T, str string, fl float64, cx complex128) {
	sink = &bytes.Buffer{}
	sink = bytes.Buffer{}
	sink = []bytes.Buffer{}
	sink = []error{}
	sink = []any{}
	sink = []byte{1}
	sink = []rune{1}
	sink = []uint8{1}
	sink = []func(int) string{}
	sink = []func(int, ...string) (int, error){}
	sink = []F{}
	sink = []I{}
	sink = []J{}
	sink = []interface{ M() }{}
	sink = []interface{ m(); N(int) string }{}
	sink = []chan int{}
	sink = []<-chan int{}
	sink = []chan<- int{}
	sink = []chan (<-chan int){}
	sink = []map[T]*T{}
	sink = []struct{ T; a int; B string }{}
	sink = [][4]int{}
	sink = [...]int{1, 2}
	sink = Sl{1}
	sink = Sl(s)
	sink = c
	sink = c + 1
	sink = x + c
	sink = cs
	sink = cs + "x"
	sink = str + cs
	sink = len(s)
	sink = cap(s)
	sink = append(s, 1)
	sink = append(s, s...)
	sink = copy(s, s)
	sink = real(cx)
	sink = complex(fl, fl)
	sink = recover()
	sink = strings.Repeat(str, 2)
	sink = <-ch
	sink = i.(int)
	sink = i.(T)
	sink = ^x
	sink = +x
	sink = - -x
	sink = f()
	sink = func() int { return 1 }()
	sink = a[1]
	sink = a
	sink = m[1]
	sink = T.M
	sink = (*T).N
	sink = errors.New("x")
	sink = x << 2
	sink = x &^ 3
	sink = x % 3 / 2
	sink = fl
	sink = x > 1 && x < 3 || x == 5
	sink = (x)
	sink = ((x + 1))
	sink = s[x]
	sink = a[:]
	sink = T{1, 2, nil}
	sink = pt.M
	sink = struct{ p *int; q, r string }{}
	sink = []interface{ M(); String() string }{}
	sink = []func(){}
	sink = []func() (a int){}
	sink = [0]int{}
	sink = map[string]int{}
	sink = map[*T][]int{}
	sink = x
}
)go";
const Want kTypesWants[] = {
    {24, 9, kAt, "&bytes.Buffer{}"},
    {25, 2, kRhs, "bytes.Buffer{}"},
    {26, 2, kRhs, "[]bytes.Buffer{}"},
    {26, 23, kAt, "[]bytes.Buffer{}"},
    {27, 2, kRhs, "[]error{}"},
    {27, 16, kAt, "[]error{}"},
    {28, 2, kRhs, "[]any{}"},
    {28, 14, kAt, "[]any{}"},
    {29, 2, kRhs, "[]byte{...}"},
    {29, 15, kAt, "[]byte{...}"},
    {30, 2, kRhs, "[]rune{...}"},
    {30, 15, kAt, "[]rune{...}"},
    {31, 2, kRhs, "[]uint8{...}"},
    {31, 16, kAt, "[]uint8{...}"},
    {32, 2, kRhs, "[]func(int) string{}"},
    {32, 27, kAt, "[]func(int) string{}"},
    {33, 2, kRhs, "[]func(int, ...string) (int, error){}"},
    {33, 44, kAt, "[]func(int, ...string) (int, error){}"},
    {34, 2, kRhs, "[]F{}"},
    {34, 12, kAt, "[]F{}"},
    {35, 2, kRhs, "[]I{}"},
    {35, 12, kAt, "[]I{}"},
    {36, 2, kRhs, "[]J{}"},
    {36, 12, kAt, "[]J{}"},
    {37, 2, kRhs, "[]interface { M() }{}"},
    {37, 27, kAt, "[]interface { M() }{}"},
    {38, 2, kRhs, "[]interface { N(int) string; p.m() }{}"},
    {38, 42, kAt, "[]interface { N(int) string; p.m() }{}"},
    {39, 2, kRhs, "[]chan int{}"},
    {39, 19, kAt, "[]chan int{}"},
    {40, 2, kRhs, "[]<-chan int{}"},
    {40, 21, kAt, "[]<-chan int{}"},
    {41, 2, kRhs, "[]chan<- int{}"},
    {41, 21, kAt, "[]chan<- int{}"},
    {42, 2, kRhs, "[]chan (<-chan int){}"},
    {42, 28, kAt, "[]chan (<-chan int){}"},
    {43, 2, kRhs, "[]map[T]*T{}"},
    {43, 19, kAt, "[]map[T]*T{}"},
    {44, 2, kRhs, "[]struct { T; a int; B string }{}"},
    {44, 39, kAt, "[]struct { T; a int; B string }{}"},
    {45, 2, kRhs, "[][4]int{}"},
    {45, 17, kAt, "[][4]int{}"},
    {46, 2, kRhs, "[2]int{...}"},
    {47, 2, kRhs, "Sl{...}"},
    {47, 11, kAt, "Sl{...}"},
    {48, 2, kRhs, "Sl(s)"},
    {49, 2, kRhs, "c"},
    {50, 2, kRhs, "c + 1"},
    {51, 2, kRhs, "x + c"},
    {52, 2, kRhs, "cs"},
    {53, 2, kRhs, "cs + \"x\""},
    {54, 2, kRhs, "str + cs"},
    {54, 13, kAt, "str + cs"},
    {55, 2, kRhs, "len(s)"},
    {56, 2, kRhs, "cap(s)"},
    {57, 2, kRhs, "append(s, 1)"},
    {58, 2, kRhs, "append(s, s...)"},
    {59, 2, kRhs, "copy(s, s)"},
    {60, 2, kRhs, "real(cx)"},
    {61, 2, kRhs, "complex(fl, fl)"},
    {63, 2, kRhs, "strings.Repeat(str, 2)"},
    {64, 2, kRhs, "<-ch"},
    {65, 2, kRhs, "i.(int)"},
    {66, 2, kRhs, "i.(T)"},
    {67, 2, kRhs, "^x"},
    {68, 2, kRhs, "+x"},
    {69, 2, kRhs, "- (-x)"},
    {70, 2, kRhs, "f()"},
    {71, 2, kRhs, "(func literal)()"},
    {71, 9, kAt, "func literal"},
    {72, 2, kRhs, "a[1]"},
    {73, 2, kRhs, "a"},
    {74, 2, kRhs, "m[1]"},
    {78, 2, kRhs, "x << 2"},
    {79, 2, kRhs, "x &^ 3"},
    {80, 2, kRhs, "x % 3 / 2"},
    {81, 2, kRhs, "fl"},
    {82, 2, kRhs, "x > 1 && x < 3 || x == 5"},
    {83, 2, kRhs, "x"},
    {84, 2, kRhs, "x + 1"},
    {85, 2, kRhs, "s[x]"},
    {86, 2, kRhs, "a[:]"},
    {87, 2, kRhs, "T{...}"},
    {88, 11, kAt, "pt.M"},
    {89, 2, kRhs, "struct { p *int; q string; r string }{}"},
    {90, 2, kRhs, "[]interface { M(); String() string }{}"},
    {90, 44, kAt, "[]interface { M(); String() string }{}"},
    {91, 2, kRhs, "[]func(){}"},
    {91, 17, kAt, "[]func(){}"},
    {92, 2, kRhs, "[]func() int{}"},
    {92, 25, kAt, "[]func() int{}"},
    {93, 2, kRhs, "[0]int{}"},
    {94, 23, kAt, "map[string]int{}"},
    {95, 21, kAt, "map[*T][]int{}"},
    {96, 2, kRhs, "x"},
};

// go tool compile -p=p -m -l consts.go (Go 1.19)
constexpr std::string_view kConstsSource = R"go(package p

var sink interface{}
var gp *int

type T struct{ p *int }

func h1(*int) {}
func h2(_ *int) { }
func h3(p *int, _ *int, q *int) { gp = p; gp = q }
func h4(*int, *int) {}
func h5(p *int) (*int, *int) { return p, p }
func h6(p *int) (r *int) { return p }
func h7(p **int) *int { return *p }
func h8(p *int) (_ *int) { return p }
func h9(a ...interface{}) {}
func (t *T) h10() *int { return t.p }
func (*T) h11(x *int) {}
func (_ *T) h12() {}
func h13(p *int) (int, *int) { return 0, p }
func h14(_ *int, x *int) (_ *int, r *int) { return x, x }

func k(x int, s string) {
	h9(x, s, 1)
	h9()
	h9(nil...)
	sink = 0x10
	sink = 1e3
	sink = "a" + "b"
	sink = '\n'
	sink = "\x41"
	sink = `raw`
	sink = 1 << 3
	sink = (1 + 2)
	sink = x + (c * 2)
	sink = float64(1)
	sink = -1
	sink = len("abc")
	sink = int64(x)
	sink = 1.0
	sink = 'x' + 1
	sink = 100000000000
	sink = 1.5e-7
	sink = 2i
	sink = c
	sink = cf
	sink = cr
	sink = cb
	sink = !cb
	sink = 3 == 3
	sink = c > 1
}

const c = 10
const cf = 1.5
const cr = 'r'
const cb = true
)go";
const Want kConstsWants[] = {
    {24, 4, kOnLine, "x"},         {24, 4, kOnLine, "s"},
    {24, 11, kOnLine, "1"},        {27, 2, kRhs, "0x10"},
    {28, 2, kRhs, "1e3"},          {29, 2, kRhs, "\"a\" + \"b\""},
    {30, 2, kRhs, "'\\n'"},        {31, 2, kRhs, "\"\\x41\""},
    {32, 2, kRhs, "`raw`"},        {33, 2, kRhs, "1 << 3"},
    {34, 2, kRhs, "1 + 2"},        {35, 2, kRhs, "x + c * 2"},
    {36, 2, kRhs, "float64(1)"},   {37, 2, kRhs, "-1"},
    {38, 2, kRhs, "len(\"abc\")"}, {39, 2, kRhs, "int64(x)"},
    {40, 2, kRhs, "1.0"},          {41, 2, kRhs, "'x' + 1"},
    {42, 2, kRhs, "100000000000"}, {43, 2, kRhs, "1.5e-7"},
    {44, 2, kRhs, "2i"},           {45, 2, kRhs, "c"},
    {46, 2, kRhs, "cf"},           {47, 2, kRhs, "cr"},
    {48, 2, kRhs, "cb"},           {49, 2, kRhs, "!cb"},
    {50, 2, kRhs, "3 == 3"},       {51, 2, kRhs, "c > 1"},
};

// go tool compile -p=p -m -l embedded.go (Go 1.19)
constexpr std::string_view kEmbeddedSource = R"go(package p

type T struct{ n int; q *int }
func (t T) M() int { return t.n }
func (t *T) N() int { return t.n }
type O struct{ T; k int }
type OP struct{ *T }
type I interface{ M() int }
type II interface{ I }

var sink interface{}

func k(o O, op OP, po *O, pa *[4]int, i I, ii II, t T, x int, fs []func() int, ch chan *T) {
	sink = o.n
	sink = op.n
	sink = po.n
	sink = o.M
	sink = op.M
	sink = o.N
	sink = po.M
	sink = o.M()
	sink = o.N()
	sink = i.M()
	sink = ii.M
	sink = i.M
	sink = pa[1]
	sink = (*pa)[1]
	sink = t.N()
	sink = fs[0]()
	sink = fs[x]
	sink = (<-ch).n
	sink = *<-ch
	sink = O{}.T
	sink = o.T
	sink = op.T
	sink = -(x + 1)
	sink = x - (x - 1)
	sink = x - x - 1
	sink = -(-x)
	sink = ^(-x)
	sink = *(&x)
	sink = *op.T
	sink = op.T.n
	sink = [2]T{}[1]
	sink = x != 0 == true
	sink = (x > 0) == (x < 3)
	sink = "s"[0]
	sink = T{q: &x}
}
)go";
const Want kEmbeddedWants[] = {
    {14, 2, kRhs, "o.T.n"},
    {15, 2, kRhs, "op.T.n"},
    {16, 2, kRhs, "po.T.n"},
    {17, 10, kAt, "o.T.M"},
    {18, 11, kAt, "op.T.M"},
    {19, 10, kAt, "o.T.N"},
    {20, 11, kAt, "po.T.M"},
    {21, 2, kRhs, "T.M(o.T)"},
    {22, 2, kRhs, "(*T).N(o.T)"},
    {23, 2, kRhs, "i.M()"},
    {24, 11, kAt, "ii.M"},
    {25, 10, kAt, "i.M"},
    {26, 2, kRhs, "pa[1]"},
    {27, 2, kRhs, "(*pa)[1]"},
    {28, 2, kRhs, "(*T).N(t)"},
    {29, 2, kRhs, "fs[0]()"},
    {31, 2, kRhs, "(<-ch).n"},
    {32, 2, kRhs, "*(<-ch)"},
    {33, 2, kRhs, "O{}.T"},
    {34, 2, kRhs, "o.T"},
    {36, 2, kRhs, "-(x + 1)"},
    {37, 2, kRhs, "x - (x - 1)"},
    {38, 2, kRhs, "x - x - 1"},
    {39, 2, kRhs, "- (-x)"},
    {40, 2, kRhs, "^(-x)"},
    {41, 2, kRhs, "*(&x)"},
    {42, 2, kRhs, "*op.T"},
    {43, 2, kRhs, "op.T.n"},
    {44, 2, kRhs, "[2]T{}[1]"},
    {45, 2, kRhs, "x != 0 == true"},
    {46, 2, kRhs, "x > 0 == (x < 3)"},
    {47, 2, kRhs, "\"s\"[0]"},
    {48, 2, kRhs, "T{...}"},
};

// go tool compile -p=p -m -l calls.go (Go 1.19)
constexpr std::string_view kCallsSource = R"go(package p

import "bytes"

type T struct{ n int; f func(int) int; s []int }
func (t T) M() int { return t.n }
func (t *T) N() int { return t.n }
type OP struct{ *T }

var sink interface{}

func v9(a ...interface{}) int { return 0 }
func v10(x int, a ...int) T { return T{} }
func g() func() T { return nil }
func g2() T { return T{} }

func k(pt *T, op OP, x int, e error, b *bytes.Buffer, s, t, u string, pp **T, m map[interface{}]int, n int64, ps *[]int) {
	sink = v9(x, s)
	sink = v9()
	sink = v10(x, 1, 2)
	sink = v10(x)
	sink = v10(x, []int{1}...)
	sink = pt.M()
	sink = op.M()
	sink = op.N()
	sink = b.String()
	sink = b.Len()
	sink = any(x)
	sink = error(e)
	sink = interface{}(x)
	sink = []*T{{n: 1}, {}}
	sink = []T{{n: 1}}
	sink = map[string]*T{"a": {}}
	sink = [][]int{{1}}
	sink = *&x
	sink = **pp
	sink = s + (t + u)
	sink = (s + t) + u
	sink = m["foo"]
	sink = g()()
	sink = g2().n
	sink = pt.f(x)
	sink = (*pt).n
	sink = (*pt).N()
	sink = new(bytes.Buffer)
	sink = make([]int, n)
	sink = "héllo"
	sink = *ps
	sink = (*ps)[0]
	sink = len(*ps)
	sink = pt.s[1:]
	sink = func() int { return x }
	sink = -x * 2
	sink = x * -2
	sink = uint(x) >> 1
	sink = m
	sink = e
}
)go";
const Want kCallsWants[] = {
    {18, 2, kRhs, "v9(... argument...)"},
    {18, 11, kOnLine, "x"},
    {18, 11, kOnLine, "s"},
    {19, 2, kRhs, "v9(nil...)"},
    {20, 2, kRhs, "v10(x, ... argument...)"},
    {21, 2, kRhs, "v10(x, nil...)"},
    {22, 2, kRhs, "v10(x, []int{...}...)"},
    {22, 21, kAt, "[]int{...}"},
    {23, 2, kRhs, "T.M(pt)"},
    {24, 2, kRhs, "T.M(op.T)"},
    {25, 2, kRhs, "(*T).N(op.T)"},
    {26, 2, kRhs, "(*bytes.Buffer).String(b)"},
    {27, 2, kRhs, "(*bytes.Buffer).Len(b)"},
    {28, 12, kOnLine, "any(x)"},
    {30, 20, kAt, "(interface {})(x)"},
    {31, 2, kRhs, "[]*T{...}"},
    {31, 13, kAt, "[]*T{...}"},
    {31, 14, kAt, "&T{...}"},
    {31, 22, kAt, "&T{}"},
    {32, 2, kRhs, "[]T{...}"},
    {32, 12, kAt, "[]T{...}"},
    {33, 22, kAt, "map[string]*T{...}"},
    {33, 28, kAt, "&T{}"},
    {34, 2, kRhs, "[][]int{...}"},
    {34, 16, kAt, "[][]int{...}"},
    {34, 17, kAt, "[]int{...}"},
    {35, 2, kRhs, "*(&x)"},
    {36, 2, kRhs, "*(*pp)"},
    {37, 2, kRhs, "s + t + u"},
    {37, 11, kAt, "s + t + u"},
    {38, 2, kRhs, "s + t + u"},
    {38, 17, kAt, "s + t + u"},
    {39, 2, kRhs, "m[\"foo\"]"},
    {39, 9, kOnLine, "\"foo\""},
    {41, 2, kRhs, "g2().n"},
    {42, 2, kRhs, "pt.f(x)"},
    {43, 2, kRhs, "(*pt).n"},
    {44, 2, kRhs, "(*T).N(*pt)"},
    {45, 12, kAt, "new(bytes.Buffer)"},
    {46, 2, kRhs, "make([]int, n)"},
    {46, 13, kAt, "make([]int, n)"},
    {47, 2, kRhs, "\"héllo\""},
    {48, 2, kRhs, "*ps"},
    {49, 2, kRhs, "(*ps)[0]"},
    {50, 2, kRhs, "len(*ps)"},
    {51, 2, kRhs, "pt.s[1:]"},
    {52, 9, kAt, "func literal"},
    {53, 2, kRhs, "-x * 2"},
    {54, 2, kRhs, "x * -2"},
    {55, 2, kRhs, "uint(x) >> 1"},
};

// go tool compile -p=p -m -l quirks.go (Go 1.19)
constexpr std::string_view kQuirksSource = R"go(package p

import (
	str "strings"
	"fmt"
)

type T struct{ n int }
type J interface{ m(); N(int) string }
type PT *T

var sink interface{}

func k(s, t, u string, b bool, cc chan chan T, x int, j J) {
	type L struct{ a int }
	sink = s + t == u
	sink = (s + t)[0]
	sink = &(T{})
	sink = (&T{}).n
	sink = !!b
	sink = <-<-cc
	sink = len(s + t)
	sink = str.Repeat(s, 2)
	sink = []struct{ a int "tag"; b string `x:"y"` }{}
	sink = L{}
	sink = []L{}
	sink = []J{}
	sink = []interface{ m(); N(int) string }{}
	sink = []PT{{}}
	sink = []func(a int, b ...string) (c int){}
	sink = []struct{ *T }{}
	sink = []*[]int{}
	sink = []chan<- chan int{}
	sink = []<-chan <-chan int{}
	sink = []interface{ fmt.Stringer }{}
	sink = x + 2 - x*3
	sink = (x + 2) % (x - 3)
	sink = x << (x + 1)
	sink = [1]map[string]bool{}
	sink = s != t && s != u
	sink = s < t
	fmt.Println(x, s, &T{}, j)
	fmt.Printf("%d", x)
	sink = str.Builder{}
	sink = []error{fmt.Errorf("x")}
}
)go";
const Want kQuirksWants[] = {
    {16, 2, kRhs, "(s + t) == u"},
    {16, 11, kAt, "s + t"},
    {17, 2, kRhs, "(s + t)[0]"},
    {17, 12, kAt, "s + t"},
    {18, 9, kAt, "&T{}"},
    {19, 2, kRhs, "(&T{}).n"},
    {19, 10, kAt, "&T{}"},
    {20, 2, kRhs, "! (!b)"},
    {21, 2, kRhs, "<- (<-cc)"},
    {22, 2, kRhs, "len(s + t)"},
    {22, 15, kAt, "s + t"},
    {23, 2, kRhs, "strings.Repeat(s, 2)"},
    {24, 2, kRhs, "[]struct { a int \"tag\"; b string \"x:\\\"y\\\"\" }{}"},
    {24, 50, kAt, "[]struct { a int \"tag\"; b string \"x:\\\"y\\\"\" }{}"},
    {25, 2, kRhs, "L{}"},
    {26, 2, kRhs, "[]L{}"},
    {26, 12, kAt, "[]L{}"},
    {27, 2, kRhs, "[]J{}"},
    {27, 12, kAt, "[]J{}"},
    {28, 2, kRhs, "[]interface { N(int) string; p.m() }{}"},
    {28, 42, kAt, "[]interface { N(int) string; p.m() }{}"},
    {29, 2, kRhs, "[]PT{...}"},
    {29, 13, kAt, "[]PT{...}"},
    {29, 14, kAt, "&T{}"},
    {30, 2, kRhs, "[]func(int, ...string) int{}"},
    {30, 43, kAt, "[]func(int, ...string) int{}"},
    {31, 2, kRhs, "[]struct { *T }{}"},
    {31, 23, kAt, "[]struct { *T }{}"},
    {32, 2, kRhs, "[]*[]int{}"},
    {32, 17, kAt, "[]*[]int{}"},
    {33, 2, kRhs, "[]chan<- chan int{}"},
    {33, 26, kAt, "[]chan<- chan int{}"},
    {34, 2, kRhs, "[]<-chan <-chan int{}"},
    {34, 28, kAt, "[]<-chan <-chan int{}"},
    {35, 2, kRhs, "[]interface { String() string }{}"},
    {35, 36, kAt, "[]interface { String() string }{}"},
    {36, 2, kRhs, "x + 2 - x * 3"},
    {37, 2, kRhs, "(x + 2) % (x - 3)"},
    {38, 2, kRhs, "x << (x + 1)"},
    {40, 2, kRhs, "s != t && s != u"},
    {41, 2, kRhs, "s < t"},
    {42, 13, kOnLine, "x"},
    {42, 13, kOnLine, "s"},
    {42, 20, kAt, "&T{}"},
    {43, 13, kOnLine, "x"},
    {44, 2, kRhs, "strings.Builder{}"},
    {45, 2, kRhs, "[]error{...}"},
    {45, 16, kAt, "[]error{...}"},
};

// go tool compile -p=p -m -l runes.go (Go 1.19)
constexpr std::string_view kRunesSource = R"go(package p

type R []rune
type B []byte

var sink interface{}

const cs = "abc"

func pair() (int, string) { return 1, "" }
func show(a ...interface{}) int { return 0 }
func two(a, b interface{}) int { return 0 }

func k(s string) {
	sink = []rune("é")
	sink = []rune("")
	sink = R("xy")
	sink = []rune(cs)
	sink = []byte("abc")
	sink = B("abc")
	sink = []byte("")
	sink = string([]rune("ab"))
	sink = show(pair())
	sink = two(pair())
	sink = len([]rune("héllo"))
	sink = []rune(cs + s)
}
)go";
const Want kRunesWants[] = {
    {15, 2, kRhs, "[]rune{...}"},
    {15, 15, kAt, "[]rune{...}"},
    {16, 2, kRhs, "[]rune{}"},
    {16, 15, kAt, "[]rune{}"},
    {17, 2, kRhs, "R{...}"},
    {17, 10, kAt, "R{...}"},
    {18, 2, kRhs, "[]rune{...}"},
    {18, 15, kAt, "[]rune{...}"},
    {19, 2, kRhs, "([]byte)(\"abc\")"},
    {19, 15, kAt, "([]byte)(\"abc\")"},
    {20, 2, kRhs, "B(\"abc\")"},
    {20, 10, kOnLine, "B(\"abc\")"},
    {21, 2, kRhs, "([]byte)(\"\")"},
    {21, 15, kAt, "([]byte)(\"\")"},
    {22, 2, kRhs, "string([]rune{...})"},
    {22, 15, kAt, "string([]rune{...})"},
    {22, 22, kAt, "[]rune{...}"},
    {23, 2, kRhs, "show(pair())"},
    {24, 2, kRhs, "two(pair())"},
    {25, 2, kRhs, "len([]rune{...})"},
    {25, 19, kAt, "[]rune{...}"},
    {26, 2, kRhs, "([]rune)(cs + s)"},
    {26, 15, kAt, "([]rune)(cs + s)"},
    {26, 19, kAt, "cs + s"},
};

// go tool compile -p=p -m -l positions.go (Go 1.19)
constexpr std::string_view kPositionsSource = R"go(package p

type T struct{ n int }

func (t T) M() {}

var sink interface{}

func k(x int, s string, b []byte, i interface{}) {
	sink = &T{
		n: 1,
	}
	sink = []int{
		1,
	}
	sink = s +
		s
	sink = T{}.
		M
	sink = string(
		b)
	sink = new(
		int)
	sink = func() {
	}
	sink = map[int]int{
		1: 2,
	}
	sink = i.(T)
	sink = i.
		(T)
	println(x, s)
	sink = []interface{}{x,
		s}
}
)go";
const Want kPositionsWants[] = {
    {10, 9, kAt, "&T{...}"},
    {13, 2, kRhs, "[]int{...}"},
    {13, 14, kAt, "[]int{...}"},
    {16, 2, kRhs, "s + s"},
    {16, 11, kAt, "s + s"},
    {18, 12, kAt, "T{}.M"},
    {20, 2, kRhs, "string(b)"},
    {20, 15, kAt, "string(b)"},
    {22, 12, kAt, "new(int)"},
    {24, 9, kAt, "func literal"},
    {26, 20, kAt, "map[int]int{...}"},
    {29, 2, kRhs, "i.(T)"},
    {30, 2, kRhs, "i.(T)"},
    {33, 2, kRhs, "[]interface {}{...}"},
    {33, 22, kAt, "[]interface {}{...}"},
    {33, 23, kOnLine, "x"},
    {34, 3, kOnLine, "s"},
};

// The result and parameter names of consts.go's h-functions in Go's messages there: "leaking param: p to result
// ~r0 level=0" and "~r1" (h5), "r" (h6), "~b0" (h8, blank), "~r1" (h13, second unnamed), "~b0" and "r" (h14);
// no message at all for the unnamed and blank parameters of h1, h2, h3 and h14.
TEST(GoExprStringTest, ResultNamesAndReportedParamsFollowGo) {
  Checked c(kConstsSource);
  ASSERT_EQ(c.errors, "");
  auto signature = [&](std::string_view name) {
    const types::Object* f = c.pkg()->scope->lookup(name);
    return f ? types::dyn_cast<types::Signature>(f->type) : nullptr;
  };
  auto resultNames = [&](std::string_view name) {
    std::vector<std::string> out;
    const types::Signature* sig = signature(name);
    for (size_t i = 0; sig && i < sig->results->size(); ++i) out.push_back(goResultName(*sig->results, i));
    return out;
  };
  EXPECT_EQ(resultNames("h5"), (std::vector<std::string>{"~r0", "~r1"}));
  EXPECT_EQ(resultNames("h6"), (std::vector<std::string>{"r"}));
  EXPECT_EQ(resultNames("h8"), (std::vector<std::string>{"~b0"}));
  EXPECT_EQ(resultNames("h13"), (std::vector<std::string>{"~r0", "~r1"}));
  EXPECT_EQ(resultNames("h14"), (std::vector<std::string>{"~b0", "r"}));
  auto reported = [&](std::string_view name) {
    std::vector<bool> out;
    const types::Signature* sig = signature(name);
    for (size_t i = 0; sig && i < sig->params->size(); ++i) out.push_back(goReportsParam(*sig->params->vars[i]));
    return out;
  };
  EXPECT_EQ(reported("h1"), (std::vector<bool>{false}));
  EXPECT_EQ(reported("h2"), (std::vector<bool>{false}));
  EXPECT_EQ(reported("h3"), (std::vector<bool>{true, false, true}));
  EXPECT_EQ(reported("h14"), (std::vector<bool>{false, true}));
}

// Types of another package print with its package name, types of the local package without; predeclared types
// and the universe's `any` and `error` never qualified.
TEST(GoExprStringTest, TypeStringsQualifyOtherPackagesOnly) {
  Checked c(kTypesSource);
  ASSERT_EQ(c.errors, "");
  const types::Object* t = c.pkg()->scope->lookup("T");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(goTypeString(t->type, c.pkg()), "T");
  EXPECT_EQ(goTypeString(t->type, nullptr), "p.T");
  const types::Object* f = c.pkg()->scope->lookup("F");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(goTypeString(types::underlying(f->type), c.pkg()), "func(int) string");
  const types::Object* sink = c.pkg()->scope->lookup("sink");
  ASSERT_NE(sink, nullptr);
  EXPECT_EQ(goTypeString(sink->type, c.pkg()), "interface {}");
}

// go tool compile -p=p -m -l selfassign.go (Go 1.19) prints "F ignoring self-assignment in S" at the `=`, once per
// pair with the whole statement as S.
constexpr std::string_view kSelfAssignSource = R"go(package p

type Buf struct {
	buf  []byte
	a, b *int
	arr  [4]*int
}

func (b *Buf) reset()      { b.buf = b.buf[:0] }
func (b *Buf) swap()       { b.a = b.b }
func (b *Buf) grow(n int)  { b.buf = b.buf[:n] }
func (b *Buf) grow3(n int) { b.buf = b.buf[1:n:n] }
func (b *Buf) arrs(i int)  { b.arr[i] = b.arr[i+1] }

type byN []*int

func (s byN) Swap(i, j int) { s[i], s[j] = s[j], s[i] }

type heap []*int

func (h *heap) Swap(i, j int) { (*h)[i], (*h)[j] = (*h)[j], (*h)[i] }

func defs(x int, y *int) {
	a, b := x, y
	a += x << 1
	_, _ = a, b
}
)go";

TEST(GoExprStringTest, AssignmentsPrintAsGoStmtFmt) {
  Checked c(kSelfAssignSource);
  ASSERT_EQ(c.errors, "");
  const std::pair<unsigned, std::string_view> wants[] = {
      {9, "b.buf = b.buf[:0]"},
      {10, "b.a = b.b"},
      {11, "b.buf = b.buf[:n]"},
      {12, "b.buf = b.buf[1:n:n]"},
      {13, "b.arr[i] = b.arr[i + 1]"},
      {17, "s[i], s[j] = s[j], s[i]"},
      {21, "(*h)[i], (*h)[j] = (*h)[j], (*h)[i]"},
      // Not self-assignments (no Go message): stmtFmt's OAS2 with Def and OASOP.
      {24, "a, b := x, y"},
      {25, "a += x << 1"},
  };
  for (const auto& [line, text] : wants) {
    const syntax::AssignStmt* as = c.assignOn(line);
    ASSERT_NE(as, nullptr) << "line " << line;
    EXPECT_EQ(goAssignString(as, c.info(), c.pkg()), text) << "line " << line;
  }
}

// Without the source text goExprPos takes the byte before a selected name for the `.`: the same position except
// for a selector or type assertion continued on the next line (positions.go has `T{}.` then `M`, and `i.` then
// `(T)`).
TEST(GoExprStringTest, ExprPosWithoutTextDiffersOnlyForSplitSelectors) {
  EXPECT_EQ(Checked(kOperandsSource).positionsNeedingText(), 0u);
  EXPECT_EQ(Checked(kCallsSource).positionsNeedingText(), 0u);
  EXPECT_EQ(Checked(kPositionsSource).positionsNeedingText(), 2u);
}

TEST(GoExprStringTest, OperandsLiteralsAndConversionsPrintAsGo) { expectGoMessages(kOperandsSource, kOperandsWants); }
TEST(GoExprStringTest, TypesPrintAsGo) { expectGoMessages(kTypesSource, kTypesWants); }
TEST(GoExprStringTest, ConstantsKeepTheirSourceText) { expectGoMessages(kConstsSource, kConstsWants); }
TEST(GoExprStringTest, PromotedSelectorsAndMethodCallsShowGoIR) { expectGoMessages(kEmbeddedSource, kEmbeddedWants); }
TEST(GoExprStringTest, CallsPrintAsGo) { expectGoMessages(kCallsSource, kCallsWants); }
TEST(GoExprStringTest, PrecedenceQuirksOfGo) { expectGoMessages(kQuirksSource, kQuirksWants); }
TEST(GoExprStringTest, RuneSlicesOfConstantsAndMultiValueArgumentsPrintAsGo) {
  expectGoMessages(kRunesSource, kRunesWants);
}
TEST(GoExprStringTest, MultiLineAllocationsAreReportedAtGoPositions) {
  expectGoMessages(kPositionsSource, kPositionsWants);
}

// Go's own escape tests (errorcheck with -m): every expectation "X escapes to heap" / "X does not escape" of the
// files that type-check must be matched (run.go's regexp search) by some printed expression or declared name on
// its line, or by `... argument` / `func literal`. This checks the printer only, not the decisions.
TEST(GoExprStringTest, GoEscapeTestExpectationsArePrintable) {
  namespace fs = std::filesystem;
  const std::string root = gosuite::goTestDir();
  ASSERT_TRUE(gosuite::haveCorpus(root)) << "Go's test suite was not found at " << root
                                         << ": run scripts/setup (it installs golang-1.19-src), or set VO_GO_TEST_DIR";
  const std::regex message("(.*) (escapes to heap|does not escape)\\$?");
  size_t files = 0, checked = 0;
  for (const auto& entry : fs::directory_iterator(root)) {
    std::string name = entry.path().filename().string();
    if (name.rfind("escape", 0) != 0 || entry.path().extension() != ".go") continue;
    std::string text = gosuite::readFile(entry.path().string());
    std::vector<std::string> recipe = gosuite::testRecipe(text);
    if (recipe.empty() || recipe[0] != "errorcheck" || std::find(recipe.begin(), recipe.end(), "-m") == recipe.end())
      continue;
    Checked c(text);
    if (!c.errors.empty()) continue;  // imports unsafe or another package vo does not have
    ++files;
    std::map<unsigned, std::set<std::string>> printed = c.printedByLine();
    for (const errorcheck::ExpectedError& w : errorcheck::parseExpectedErrors(text, name).errors) {
      std::smatch m;
      if (!std::regex_match(w.regexp, m, message)) continue;
      ++checked;
      std::regex re(errorcheck::toEcmaScriptRegexp(w.regexp));
      std::set<std::string> candidates = printed[w.line];
      candidates.insert(std::string(kGoDotsArgument));
      candidates.insert(std::string(kGoFuncLiteral));
      bool found = std::any_of(candidates.begin(), candidates.end(),
                               [&](const std::string& x) { return std::regex_search(x + " " + m[2].str(), re); });
      std::string all;
      for (const std::string& x : printed[w.line]) all += " [" + x + "]";
      EXPECT_TRUE(found) << name << ":" << w.line << ": nothing prints as \"" << w.regexp << "\"; printed:" << all;
    }
  }
  std::cout << "Go escape tests: " << checked << " expectations naming an expression, in " << files
            << " files that type-check, all printable\n";
  // Go 1.19 has 16 such files that need no unsafe, reflect or sync/atomic, with 224 expectations.
  EXPECT_GE(files, 14u);
  EXPECT_GE(checked, 200u);
}

}  // namespace
}  // namespace vo::escape
