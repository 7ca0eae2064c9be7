// How Go 1.19's compiler prints expressions, types and parameter names in `-m` escape messages ("X escapes to
// heap", "X does not escape", "leaking param: p to result ~r0 level=0"), so that `vo check -m` speaks Go's words.
//
// Go prints an IR node, not source text (cmd/compile/internal/ir/fmt.go exprFmt, types/fmt.go tconv), and the IR
// differs from the source in ways that show in the messages. The printer reproduces them from our typed AST:
//  - parentheses are not kept: they are re-inserted from Go's precedence table (OpPrec): `(x + 1) * 2`,
//    `- (-x)`, `*(*pp)`, `(*pt).n`, `(func literal)()`, `(&T{}).n`; string concatenation is one node of precedence
//    0, so `(s + t) == u` and `s + (t + u)` prints as `s + t + u`;
//  - constant expressions print their source text with the outer parentheses removed (Go's OrigConst keeps
//    `syntax.String(expr)`): `0x10`, `c + 1`, `'a'`, `1 << 30`, `x + c * 2` for `x + (c * 2)`;
//  - composite literals print their type and `{...}` or `{}`: `&T{...}`, `[]int{...}`, `[2]int{...}` for
//    `[...]int{1, 2}`, `&T{}` for an elided `{}` element of `[]*T`; function literals print `func literal`;
//  - conversions print `T(x)` when T has a name and `(T)(x)` otherwise: `string(b)`, `([]byte)(s)`,
//    `(interface {})(x)`, `any(x)`; `new(T)` and `make(T, args)` print the type as Go does;
//  - promoted fields and methods print the embedded path (`o.T.n`, `o.T.M`); calls of methods with a static
//    receiver print as method-expression calls (`T.M(o.T)`, `(*T).N(t)`, `(*bytes.Buffer).String(b)`); calls
//    of variadic functions without `...` print the implicit slice (`f(x, ... argument...)`, `f(nil...)`);
//  - implicit conversions, address-of and dereference are invisible: the caller passes the operand of an
//    implicit conversion to interface and gets `x`, `*p`, `a[i]`, `s.f`, `f(x)`, `"abc"`;
//  - a constant string converted to a rune slice is Go's slice literal (`[]rune{...}`, `[]rune{}`), and
//    `f(g())` with a multi-value g prints as written.
// Types: named types are qualified by their package name unless they belong to the package being compiled
// (`T`, `bytes.Buffer`, `error`, `any`), literal types are spelled as Go spells them (`interface {}`,
// `struct { a int; T }`, `func(int, ...string) (int, error)`, `chan (<-chan int)`).
//
// Every form is checked against real `go tool compile -m -l` output in tests/expr_string_test.cpp.
// Not reproduced: temporaries Go introduces (`.autotmp_N` for a call result used as a method receiver or called
// function, `fs.FileMode.Perm(.autotmp_3)` for `fi.Mode().Perm()`, `.autotmp_1(3)` for `adder(1)(2)(3)`, and for
// the values of a multi-value argument), which print as the source expression instead; interface calls Go
// devirtualizes (`T.M(i.(T))` where the source says `i.M()`), which print as interface calls; and the quoted package
// path Go uses when two imported packages share a name.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "compiler/syntax/ast.h"
#include "compiler/types/check.h"

namespace vo::escape {

/// Go's text for the implicit slice built for the `...` parameter of a variadic call without `...`
/// (ir/fmt.go: an implicit OCOMPLIT): "... argument escapes to heap".
inline constexpr std::string_view kGoDotsArgument = "... argument";

/// Go's text for a function literal (ir/fmt.go OCLOSURE): "func literal does not escape".
inline constexpr std::string_view kGoFuncLiteral = "func literal";

/// The expression `e` of a checked package as Go 1.19 prints the corresponding IR node in `-m` messages (see the
/// file comment). `e` must belong to the files `info` describes; nullptr prints `<nil>`. `local` is the package
/// being compiled (its types and objects print unqualified); nullptr means the package that declared the
/// objects in `info.defs`. For an implicit conversion to interface pass the operand; for the allocation of a
/// `&T{...}` pass the UnaryExpr, for `new`/`make`/conversions the CallExpr, for a method value the
/// SelectorExpr.
std::string goExprString(const syntax::Expr* e, const types::Info& info, const types::Package* local = nullptr);

/// The position Go 1.19 reports for the node `e` becomes (cmd/compile/internal/syntax positions, kept by the IR):
/// a call or conversion (`new`, `make`, `string(b)`, `f(x, ... argument...)`) at its `(`, a composite literal at
/// its `{`, `&T{...}` at the `&`, a func literal at `func`, a binary expression (`s + t`) at its operator, a
/// selector or method value (`t.M`) and a type assertion at the `.`, an index or slice expression at its `[`;
/// anything else at its first token. Parentheses around `e` are skipped. `sources`, when given, holds `e`'s file:
/// the `.` is found in the text; without it the `.` is taken to be the byte before the selected name (wrong only
/// when white space separates them, as in a selector continued on the next line).
///
/// Implicit conversions to interface are reported where their context puts them, not by their operand (checked
/// with go tool compile -m -l): an assignment statement's (`sink = x`, `i = y`) at the statement's first token; a
/// `var i I = x`'s, a return's and a composite literal element's at the operand (goExprPos of the operand); a
/// call's argument conversions and its `... argument` at the call's `(` (goExprPos of the CallExpr), even when
/// the argument is on a later line.
Pos goExprPos(const syntax::Expr* e, const SourceManager* sources = nullptr);

/// The assignment statement `s` as Go 1.19 prints it in "ignoring self-assignment in S" (ir/fmt.go stmtFmt: OAS,
/// OAS2, OASOP): `b.buf = b.buf[:n]`, `s[i], s[j] = s[j], s[i]`, `x := y`, `x += y`; each side's expressions as
/// goExprString prints them, comma-separated.
std::string goAssignString(const syntax::AssignStmt* s, const types::Info& info, const types::Package* local = nullptr);

/// The type `t` as Go 1.19 prints it in `-m` messages (types/fmt.go, fmtGo mode): `*T`, `[]*T`, `map[string]int`,
/// `struct { a int }`, `interface {}`, `any`, `func(int) string`, `bytes.Buffer`. Types of `local` (may be nullptr)
/// and predeclared types print unqualified; other named types as `pkgname.T`.
std::string goTypeString(const types::Type* t, const types::Package* local);

/// The name Go gives result `i` (0-based) of `results` in "leaking param: p to result R level=N": its declared
/// name, `~r<i>` when unnamed, `~b<i>` when blank (noder/object.go).
std::string goResultName(const types::Tuple& results, size_t i);

/// Whether Go prints messages ("leaking param: p", "p does not escape") for the parameter or receiver `param`:
/// only named, non-blank ones (unnamed and `_` parameters get no message).
bool goReportsParam(const types::Var& param);

}  // namespace vo::escape
