// goExprString against Go 1.19: each program below was compiled with `go tool compile -p=p -m -l`, and every
// "X escapes to heap" / "X does not escape" message it printed is a Want on its line (messages about parameters,
// `... argument` and Go's temporaries `.autotmp_N` left out). A Want of kind kRhs is an implicit conversion to
// interface of the whole right-hand side of `sink = EXPR` (Go reports it at the statement): goExprString(EXPR)
// must equal it exactly. A Want of kind kOnLine is an allocation inside the line: some expression on that line
// must print as it.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/syntax/parser.h"
#include "compiler/types/check.h"
#include "escape/expr_string.h"

namespace vo::escape {
namespace {

enum WantKind { kRhs, kOnLine };

/// One message of Go's -m output: on 1-based `line`, Go printed `text` as the X of "X escapes to heap".
struct Want {
  unsigned line;
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

  /// The right-hand side of the assignment statement on `line` at the top level of a function body, or nullptr.
  const syntax::Expr* rhsOn(unsigned line) const {
    for (const syntax::Decl* d : file_->decls) {
      auto* fn = syntax::dyn_cast<syntax::FuncDecl>(d);
      if (!fn || !fn->body) continue;
      for (const syntax::Stmt* s : fn->body->stmts) {
        auto* as = syntax::dyn_cast<syntax::AssignStmt>(s);
        if (as && sources_.lineColumn(as->pos()).line == line && !as->rhs.empty()) return as->rhs[0];
      }
    }
    return nullptr;
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
    {15, kRhs, "x"},
    {16, kRhs, "*p"},
    {17, kRhs, "s[1]"},
    {18, kRhs, "m[\"k\"]"},
    {19, kRhs, "t.a"},
    {20, kRhs, "pt.a"},
    {21, kRhs, "f2(x)"},
    {22, kRhs, "\"abc\""},
    {23, kRhs, "42"},
    {24, kRhs, "x + 1"},
    {25, kRhs, "-x"},
    {26, kRhs, "t"},
    {27, kOnLine, "&T{}"},
    {28, kOnLine, "&T{...}"},
    {29, kRhs, "T{...}"},
    {30, kRhs, "[]int{...}"},
    {30, kOnLine, "[]int{...}"},
    {31, kRhs, "[]int{}"},
    {31, kOnLine, "[]int{}"},
    {32, kOnLine, "map[string]int{...}"},
    {33, kOnLine, "new(int)"},
    {34, kRhs, "make([]int, x)"},
    {34, kOnLine, "make([]int, x)"},
    {35, kRhs, "make([]int, 10, x)"},
    {35, kOnLine, "make([]int, 10, x)"},
    {36, kOnLine, "make(map[string]int)"},
    {37, kOnLine, "make(map[string]int, x)"},
    {38, kOnLine, "make(map[string]int, 10)"},
    {41, kOnLine, "func literal"},
    {42, kRhs, "string(b)"},
    {42, kOnLine, "string(b)"},
    {43, kRhs, "([]byte)(str)"},
    {43, kOnLine, "([]byte)(str)"},
    {44, kRhs, "([]rune)(str)"},
    {44, kOnLine, "([]rune)(str)"},
    {45, kRhs, "string(r)"},
    {45, kOnLine, "string(r)"},
    {46, kRhs, "string(rune(x))"},
    {46, kOnLine, "string(rune(x))"},
    {47, kRhs, "str + str"},
    {47, kOnLine, "str + str"},
    {48, kRhs, "str + str + \"x\""},
    {48, kOnLine, "str + str + \"x\""},
    {49, kOnLine, "t.M"},
    {50, kOnLine, "pt.N"},
    {51, kOnLine, "(interface {})(x)"},
    {52, kOnLine, "I(t)"},
    {53, kRhs, "[3]int{...}"},
    {54, kRhs, "s[1:2]"},
    {55, kRhs, "str[1:]"},
    {56, kRhs, "s[:x:x]"},
    {57, kRhs, "(x + 1) * 2"},
    {58, kRhs, "x * (x + 1)"},
    {59, kRhs, "*pt"},
    {61, kRhs, "[]*T{...}"},
    {61, kOnLine, "[]*T{...}"},
    {62, kRhs, "[]*T{...}"},
    {62, kOnLine, "[]*T{...}"},
    {63, kRhs, "struct { a int }{...}"},
    {64, kRhs, "struct {}{}"},
    {65, kOnLine, "map[string]interface {}{}"},
    {66, kRhs, "[]interface {}{}"},
    {66, kOnLine, "[]interface {}{}"},
    {67, kRhs, "[][]int{...}"},
    {67, kOnLine, "[][]int{...}"},
    {70, kOnLine, "&[]int{...}"},
    {70, kOnLine, "[]int{...}"},
    {71, kOnLine, "&S{}"},
    {72, kOnLine, "&[2]int{}"},
    {73, kRhs, "x == 1"},
    {74, kRhs, "!(x == 1)"},
    {76, kRhs, "*pt.p"},
    {78, kRhs, "S{}.t"},
    {81, kRhs, "float64(x)"},
    {82, kRhs, "uint8(x)"},
    {83, kRhs, "T(t)"},
    {84, kRhs, "'a'"},
    {85, kRhs, "1.5"},
    {86, kRhs, "true"},
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
    {24, kOnLine, "&bytes.Buffer{}"},
    {25, kRhs, "bytes.Buffer{}"},
    {26, kRhs, "[]bytes.Buffer{}"},
    {26, kOnLine, "[]bytes.Buffer{}"},
    {27, kRhs, "[]error{}"},
    {27, kOnLine, "[]error{}"},
    {28, kRhs, "[]any{}"},
    {28, kOnLine, "[]any{}"},
    {29, kRhs, "[]byte{...}"},
    {29, kOnLine, "[]byte{...}"},
    {30, kRhs, "[]rune{...}"},
    {30, kOnLine, "[]rune{...}"},
    {31, kRhs, "[]uint8{...}"},
    {31, kOnLine, "[]uint8{...}"},
    {32, kRhs, "[]func(int) string{}"},
    {32, kOnLine, "[]func(int) string{}"},
    {33, kRhs, "[]func(int, ...string) (int, error){}"},
    {33, kOnLine, "[]func(int, ...string) (int, error){}"},
    {34, kRhs, "[]F{}"},
    {34, kOnLine, "[]F{}"},
    {35, kRhs, "[]I{}"},
    {35, kOnLine, "[]I{}"},
    {36, kRhs, "[]J{}"},
    {36, kOnLine, "[]J{}"},
    {37, kRhs, "[]interface { M() }{}"},
    {37, kOnLine, "[]interface { M() }{}"},
    {38, kRhs, "[]interface { N(int) string; p.m() }{}"},
    {38, kOnLine, "[]interface { N(int) string; p.m() }{}"},
    {39, kRhs, "[]chan int{}"},
    {39, kOnLine, "[]chan int{}"},
    {40, kRhs, "[]<-chan int{}"},
    {40, kOnLine, "[]<-chan int{}"},
    {41, kRhs, "[]chan<- int{}"},
    {41, kOnLine, "[]chan<- int{}"},
    {42, kRhs, "[]chan (<-chan int){}"},
    {42, kOnLine, "[]chan (<-chan int){}"},
    {43, kRhs, "[]map[T]*T{}"},
    {43, kOnLine, "[]map[T]*T{}"},
    {44, kRhs, "[]struct { T; a int; B string }{}"},
    {44, kOnLine, "[]struct { T; a int; B string }{}"},
    {45, kRhs, "[][4]int{}"},
    {45, kOnLine, "[][4]int{}"},
    {46, kRhs, "[2]int{...}"},
    {47, kRhs, "Sl{...}"},
    {47, kOnLine, "Sl{...}"},
    {48, kRhs, "Sl(s)"},
    {49, kRhs, "c"},
    {50, kRhs, "c + 1"},
    {51, kRhs, "x + c"},
    {52, kRhs, "cs"},
    {53, kRhs, "cs + \"x\""},
    {54, kRhs, "str + cs"},
    {54, kOnLine, "str + cs"},
    {55, kRhs, "len(s)"},
    {56, kRhs, "cap(s)"},
    {57, kRhs, "append(s, 1)"},
    {58, kRhs, "append(s, s...)"},
    {59, kRhs, "copy(s, s)"},
    {60, kRhs, "real(cx)"},
    {61, kRhs, "complex(fl, fl)"},
    {63, kRhs, "strings.Repeat(str, 2)"},
    {64, kRhs, "<-ch"},
    {65, kRhs, "i.(int)"},
    {66, kRhs, "i.(T)"},
    {67, kRhs, "^x"},
    {68, kRhs, "+x"},
    {69, kRhs, "- (-x)"},
    {70, kRhs, "f()"},
    {71, kRhs, "(func literal)()"},
    {71, kOnLine, "func literal"},
    {72, kRhs, "a[1]"},
    {73, kRhs, "a"},
    {74, kRhs, "m[1]"},
    {78, kRhs, "x << 2"},
    {79, kRhs, "x &^ 3"},
    {80, kRhs, "x % 3 / 2"},
    {81, kRhs, "fl"},
    {82, kRhs, "x > 1 && x < 3 || x == 5"},
    {83, kRhs, "x"},
    {84, kRhs, "x + 1"},
    {85, kRhs, "s[x]"},
    {86, kRhs, "a[:]"},
    {87, kRhs, "T{...}"},
    {88, kOnLine, "pt.M"},
    {89, kRhs, "struct { p *int; q string; r string }{}"},
    {90, kRhs, "[]interface { M(); String() string }{}"},
    {90, kOnLine, "[]interface { M(); String() string }{}"},
    {91, kRhs, "[]func(){}"},
    {91, kOnLine, "[]func(){}"},
    {92, kRhs, "[]func() int{}"},
    {92, kOnLine, "[]func() int{}"},
    {93, kRhs, "[0]int{}"},
    {94, kOnLine, "map[string]int{}"},
    {95, kOnLine, "map[*T][]int{}"},
    {96, kRhs, "x"},
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
    {24, kOnLine, "x"},
    {24, kOnLine, "s"},
    {24, kOnLine, "1"},
    {27, kRhs, "0x10"},
    {28, kRhs, "1e3"},
    {29, kRhs, "\"a\" + \"b\""},
    {30, kRhs, "'\\n'"},
    {31, kRhs, "\"\\x41\""},
    {32, kRhs, "`raw`"},
    {33, kRhs, "1 << 3"},
    {34, kRhs, "1 + 2"},
    {35, kRhs, "x + c * 2"},
    {36, kRhs, "float64(1)"},
    {37, kRhs, "-1"},
    {38, kRhs, "len(\"abc\")"},
    {39, kRhs, "int64(x)"},
    {40, kRhs, "1.0"},
    {41, kRhs, "'x' + 1"},
    {42, kRhs, "100000000000"},
    {43, kRhs, "1.5e-7"},
    {44, kRhs, "2i"},
    {45, kRhs, "c"},
    {46, kRhs, "cf"},
    {47, kRhs, "cr"},
    {48, kRhs, "cb"},
    {49, kRhs, "!cb"},
    {50, kRhs, "3 == 3"},
    {51, kRhs, "c > 1"},
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
    {14, kRhs, "o.T.n"},
    {15, kRhs, "op.T.n"},
    {16, kRhs, "po.T.n"},
    {17, kOnLine, "o.T.M"},
    {18, kOnLine, "op.T.M"},
    {19, kOnLine, "o.T.N"},
    {20, kOnLine, "po.T.M"},
    {21, kRhs, "T.M(o.T)"},
    {22, kRhs, "(*T).N(o.T)"},
    {23, kRhs, "i.M()"},
    {24, kOnLine, "ii.M"},
    {25, kOnLine, "i.M"},
    {26, kRhs, "pa[1]"},
    {27, kRhs, "(*pa)[1]"},
    {28, kRhs, "(*T).N(t)"},
    {29, kRhs, "fs[0]()"},
    {31, kRhs, "(<-ch).n"},
    {32, kRhs, "*(<-ch)"},
    {33, kRhs, "O{}.T"},
    {34, kRhs, "o.T"},
    {36, kRhs, "-(x + 1)"},
    {37, kRhs, "x - (x - 1)"},
    {38, kRhs, "x - x - 1"},
    {39, kRhs, "- (-x)"},
    {40, kRhs, "^(-x)"},
    {41, kRhs, "*(&x)"},
    {42, kRhs, "*op.T"},
    {43, kRhs, "op.T.n"},
    {44, kRhs, "[2]T{}[1]"},
    {45, kRhs, "x != 0 == true"},
    {46, kRhs, "x > 0 == (x < 3)"},
    {47, kRhs, "\"s\"[0]"},
    {48, kRhs, "T{...}"},
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
    {18, kRhs, "v9(... argument...)"},
    {18, kOnLine, "x"},
    {18, kOnLine, "s"},
    {19, kRhs, "v9(nil...)"},
    {20, kRhs, "v10(x, ... argument...)"},
    {21, kRhs, "v10(x, nil...)"},
    {22, kRhs, "v10(x, []int{...}...)"},
    {22, kOnLine, "[]int{...}"},
    {23, kRhs, "T.M(pt)"},
    {24, kRhs, "T.M(op.T)"},
    {25, kRhs, "(*T).N(op.T)"},
    {26, kRhs, "(*bytes.Buffer).String(b)"},
    {27, kRhs, "(*bytes.Buffer).Len(b)"},
    {28, kOnLine, "any(x)"},
    {30, kOnLine, "(interface {})(x)"},
    {31, kRhs, "[]*T{...}"},
    {31, kOnLine, "[]*T{...}"},
    {31, kOnLine, "&T{...}"},
    {31, kOnLine, "&T{}"},
    {32, kRhs, "[]T{...}"},
    {32, kOnLine, "[]T{...}"},
    {33, kOnLine, "map[string]*T{...}"},
    {33, kOnLine, "&T{}"},
    {34, kRhs, "[][]int{...}"},
    {34, kOnLine, "[][]int{...}"},
    {34, kOnLine, "[]int{...}"},
    {35, kRhs, "*(&x)"},
    {36, kRhs, "*(*pp)"},
    {37, kRhs, "s + t + u"},
    {37, kOnLine, "s + t + u"},
    {38, kRhs, "s + t + u"},
    {38, kOnLine, "s + t + u"},
    {39, kRhs, "m[\"foo\"]"},
    {39, kOnLine, "\"foo\""},
    {41, kRhs, "g2().n"},
    {42, kRhs, "pt.f(x)"},
    {43, kRhs, "(*pt).n"},
    {44, kRhs, "(*T).N(*pt)"},
    {45, kOnLine, "new(bytes.Buffer)"},
    {46, kRhs, "make([]int, n)"},
    {46, kOnLine, "make([]int, n)"},
    {47, kRhs, "\"héllo\""},
    {48, kRhs, "*ps"},
    {49, kRhs, "(*ps)[0]"},
    {50, kRhs, "len(*ps)"},
    {51, kRhs, "pt.s[1:]"},
    {52, kOnLine, "func literal"},
    {53, kRhs, "-x * 2"},
    {54, kRhs, "x * -2"},
    {55, kRhs, "uint(x) >> 1"},
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
    {16, kRhs, "(s + t) == u"},
    {16, kOnLine, "s + t"},
    {17, kRhs, "(s + t)[0]"},
    {17, kOnLine, "s + t"},
    {18, kOnLine, "&T{}"},
    {19, kRhs, "(&T{}).n"},
    {19, kOnLine, "&T{}"},
    {20, kRhs, "! (!b)"},
    {21, kRhs, "<- (<-cc)"},
    {22, kRhs, "len(s + t)"},
    {22, kOnLine, "s + t"},
    {23, kRhs, "strings.Repeat(s, 2)"},
    {24, kRhs, "[]struct { a int \"tag\"; b string \"x:\\\"y\\\"\" }{}"},
    {24, kOnLine, "[]struct { a int \"tag\"; b string \"x:\\\"y\\\"\" }{}"},
    {25, kRhs, "L{}"},
    {26, kRhs, "[]L{}"},
    {26, kOnLine, "[]L{}"},
    {27, kRhs, "[]J{}"},
    {27, kOnLine, "[]J{}"},
    {28, kRhs, "[]interface { N(int) string; p.m() }{}"},
    {28, kOnLine, "[]interface { N(int) string; p.m() }{}"},
    {29, kRhs, "[]PT{...}"},
    {29, kOnLine, "[]PT{...}"},
    {29, kOnLine, "&T{}"},
    {30, kRhs, "[]func(int, ...string) int{}"},
    {30, kOnLine, "[]func(int, ...string) int{}"},
    {31, kRhs, "[]struct { *T }{}"},
    {31, kOnLine, "[]struct { *T }{}"},
    {32, kRhs, "[]*[]int{}"},
    {32, kOnLine, "[]*[]int{}"},
    {33, kRhs, "[]chan<- chan int{}"},
    {33, kOnLine, "[]chan<- chan int{}"},
    {34, kRhs, "[]<-chan <-chan int{}"},
    {34, kOnLine, "[]<-chan <-chan int{}"},
    {35, kRhs, "[]interface { String() string }{}"},
    {35, kOnLine, "[]interface { String() string }{}"},
    {36, kRhs, "x + 2 - x * 3"},
    {37, kRhs, "(x + 2) % (x - 3)"},
    {38, kRhs, "x << (x + 1)"},
    {40, kRhs, "s != t && s != u"},
    {41, kRhs, "s < t"},
    {42, kOnLine, "x"},
    {42, kOnLine, "s"},
    {42, kOnLine, "&T{}"},
    {43, kOnLine, "x"},
    {44, kRhs, "strings.Builder{}"},
    {45, kRhs, "[]error{...}"},
    {45, kOnLine, "[]error{...}"},
};


TEST(GoExprStringTest, OperandsLiteralsAndConversionsPrintAsGo) { expectGoMessages(kOperandsSource, kOperandsWants); }
TEST(GoExprStringTest, TypesPrintAsGo) { expectGoMessages(kTypesSource, kTypesWants); }
TEST(GoExprStringTest, ConstantsKeepTheirSourceText) { expectGoMessages(kConstsSource, kConstsWants); }
TEST(GoExprStringTest, PromotedSelectorsAndMethodCallsShowGoIR) { expectGoMessages(kEmbeddedSource, kEmbeddedWants); }
TEST(GoExprStringTest, CallsPrintAsGo) { expectGoMessages(kCallsSource, kCallsWants); }
TEST(GoExprStringTest, PrecedenceQuirksOfGo) { expectGoMessages(kQuirksSource, kQuirksWants); }

}  // namespace
}  // namespace vo::escape
