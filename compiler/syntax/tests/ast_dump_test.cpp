// dumpAst and nodeKindName: every node class is printed with its kind, position and attributes.
#include "compiler/syntax/ast_dump.h"

#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <string>

#include "compiler/basic/diagnostics.h"
#include "compiler/syntax/parser.h"

namespace vo::syntax {
namespace {

// A Go program that uses every Go node class that a correct program can contain.
const char* const kEveryGoNode = R"go(package main

import (
	"fmt"
	str "strings"
)

const (
	A = iota
	B
)

type (
	Alias = int
	S     struct {
		x, y int `tag`
		*fmt.Formatter
	}
	I interface {
		M(a int, b ...string) (n int, err error)
		fmt.Stringer
	}
	F   func(int) bool
	M   map[string][]int
	C   chan<- int
	R   <-chan int
	Arr [4]int
)

var v, w = 1, 2

func (s *S) Method() {}

func main() {
	var x int
	x++
	x += 2
	y := []int{1, 2}
	_ = y[1:2:2]
	_ = [...]int{1: 2}
	m := map[string]int{"a": 1}
	_ = m["a"]
	p := &x
	*p = -x + 1*2
	_ = (x)
	var e interface{} = x
	_, _ = e.(int)
	switch t := e.(type) {
	case int:
		_ = t
	default:
	}
	switch x {
	case 1, 2:
		fallthrough
	case 3:
	}
	ch := make(chan int, 1)
	ch <- 1
	select {
	case v := <-ch:
		_ = v
	default:
	}
	for i := 0; i < 3; i++ {
		if i == 1 {
			continue
		} else {
			break
		}
	}
	for k, v := range m {
		_, _ = k, v
	}
L:
	for {
		break L
	}
	goto End
End:
	go func() {}()
	defer fmt.Println(str.ToUpper("x"))
	f := func(args ...int) {}
	f(y...)
	;
	return
}
)go";

// The Vo forms.
const char* const kEveryVoNode = R"go(package main

func g() (int, error) { return 0, nil }

func h(a any) error {
	n := g()?
	_ = n
	errdefer println("cleanup")
	v := a~>name
	_ = a~>[0]
	_ = a~>(1)
	_ = a~>m(2)
	if v == nil {
		fail nil
	}
	return nil
}
)go";

// Parses `text` (which must be free of errors) and returns its dump.
std::string dump(const std::string& path, const std::string& text) {
  SourceManager sources;
  DiagnosticEngine diags(sources);
  AstContext ast;
  FileId id = sources.addFile(path, text);
  File* file = parseFile(ast, sources, id, diags, dialectOfPath(path));
  std::ostringstream errors;
  diags.print(errors);
  EXPECT_EQ(errors.str(), "") << path;
  if (file == nullptr) return "";
  std::ostringstream out;
  dumpAst(*file, sources, out);
  return out.str();
}

// The node kind named on each line of a dump (after the indentation and an optional `role: `).
std::set<std::string> kindsIn(const std::string& dumped) {
  std::set<std::string> kinds;
  std::istringstream in(dumped);
  std::string line;
  while (std::getline(in, line)) {
    size_t start = line.find_first_not_of(' ');
    size_t space = line.find(' ', start);
    std::string word = line.substr(start, space - start);
    if (!word.empty() && word.back() == ':') {
      start = space + 1;
      space = line.find(' ', start);
      word = line.substr(start, space - start);
    }
    kinds.insert(word);
  }
  return kinds;
}

TEST(AstDumpTest, NodeKindNamesFollowTheTable) {
  EXPECT_EQ(nodeKindName(NodeKind::CallExpr), "CallExpr");
  EXPECT_EQ(nodeKindName(NodeKind::File), "File");
  EXPECT_EQ(nodeKindName(NodeKind::DynAccessExpr), "DynAccessExpr");
}

TEST(AstDumpTest, EveryNodeClassOfACorrectProgramIsDumped) {
  std::set<std::string> kinds = kindsIn(dump("all.go", kEveryGoNode));
  std::set<std::string> voKinds = kindsIn(dump("vo.vo", kEveryVoNode));
  kinds.insert(voKinds.begin(), voKinds.end());
  // The Bad* placeholders only appear after a syntax error (see BadNodesAreDumped).
#define NODE(Name)                                                              \
  if (std::string_view(#Name).substr(0, 3) != "Bad") {                          \
    EXPECT_EQ(kinds.count(#Name), 1u) << #Name << " is missing from the dumps"; \
  }
#include "compiler/syntax/ast_nodes.def"  // expands to: one check per node kind
}

TEST(AstDumpTest, AttributesAndRolesArePrinted) {
  std::string d = dump("all.go", kEveryGoNode);
  for (const char* want : {
           "File 1:1 dialect=go\n  package: Ident 1:9 name=main\n",
           "  GenDecl 3:1 tok=import grouped\n",
           "      name: Ident 5:2 name=str\n      path: BasicLit 5:6 kind=StringLit value=\"strings\"\n",
           "    ValueSpec 10:2 iota=1\n",
           "    TypeSpec 14:2 alias\n",
           "          tag: BasicLit 16:12 kind=StringLit value=`tag`\n",
           "      type: ChanType 25:6 dir=send\n",
           "      type: ChanType 26:6 dir=recv\n",
           "  FuncDecl 32:1\n    recv: Field 32:7\n",
           "      IncDecStmt 36:2 tok=++\n",
           "      AssignStmt 37:2 tok=+=\n",
           "        rhs: SliceExpr 39:6 slice3\n",
           "        rhs: IndexExpr 42:6\n          Ident 42:6 name=m\n          index: BasicLit 42:8 kind=StringLit "
           "value=\"a\"\n",
           "        rhs: BinaryExpr 44:7 op=+\n          UnaryExpr 44:7 op=-\n",
           "      CaseClause 51:2 default\n",
           "      RangeStmt 72:2 tok=:=\n",
           "            BranchStmt 77:3 tok=break\n              label: Ident 77:9 name=L\n",
           "        CallExpr 84:2 ellipsis\n",
       }) {
    EXPECT_NE(d.find(want), std::string::npos) << "missing:\n" << want << "in:\n" << d;
  }
  std::string v = dump("vo.vo", kEveryVoNode);
  for (const char* want : {
           "File 1:1 dialect=vo\n",
           "        rhs: TryExpr 6:7\n",
           "      DeferStmt 8:2 errdefer\n",
           "        rhs: DynAccessExpr 9:7 access=Attr\n",
           "        rhs: DynAccessExpr 12:6 access=MethodCall\n",
           "          FailStmt 14:3\n",
       }) {
    EXPECT_NE(v.find(want), std::string::npos) << "missing:\n" << want << "in:\n" << v;
  }
}

TEST(AstDumpTest, BadNodesAreDumped) {
  SourceManager sources;
  DiagnosticEngine diags(sources);
  AstContext ast;
  FileId id = sources.addFile("bad.go", "package main\n\nvar x = )\n");
  File* file = parseFile(ast, sources, id, diags, DialectKind::Go);
  ASSERT_NE(file, nullptr);
  EXPECT_TRUE(diags.hasErrors());
  std::ostringstream out;
  dumpAst(*file, sources, out);
  EXPECT_NE(out.str().find("      value: BadExpr 3:9\n"), std::string::npos) << out.str();
}

}  // namespace
}  // namespace vo::syntax
