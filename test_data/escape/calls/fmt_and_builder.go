// Two standard-library idioms: fmt.Sprintf copies its format into a new string (the format does not escape, even
// when built by concatenation or conversion), and strings.Builder keeps only its buffer (a local Builder stays in
// the frame; a *Builder parameter leaks only its content). Go 1.19's -m -l output with Go's own fmt and strings.
package main

import (
	"fmt"
	"strings"
)

var sink string

func format(prefix string, n int) { // ERROR "prefix does not escape$"
	sink = fmt.Sprintf(prefix+"%d", n) // ERROR "prefix \+ .%d. does not escape$" "... argument does not escape$" "n escapes to heap$"
}

func formatChar(c rune) {
	sink = fmt.Sprintf(string(c)) // ERROR "string\(c\) does not escape$"
}

type T struct {
	msgs []string
}

func (t *T) Errorf(format string, args ...any) { // ERROR "leaking param content: t$" "format does not escape$" "leaking param content: args$"
	t.msgs = append(t.msgs, fmt.Sprintf(format, args...))
}

func builder() string {
	var b strings.Builder
	b.WriteString("x")
	return b.String()
}

func builderParam(b *strings.Builder) { // ERROR "leaking param content: b$"
	b.WriteString("y")
}

func main() {
	format("a", 1)
	check(sink == "a1")
	formatChar('x')
	check(sink == "x")
	t := &T{}         // ERROR "&T{} does not escape$"
	t.Errorf("%d", 1) // ERROR "... argument does not escape$" "1 escapes to heap$"
	check(t.msgs[0] == "1")
	check(builder() == "x")
	var b strings.Builder
	builderParam(&b)
	check(b.String() == "y")
}

func check(ok bool) {
	if !ok {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}
