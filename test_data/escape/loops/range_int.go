// vo: whole file hand-annotated. Go 1.22 features that Go 1.19 cannot compile: `for i := range n` over an integer
// (a fresh i per iteration, at the loop body's depth) and the builtins min, max and clear. The range loops'
// expectations are Go 1.19's `-m -l` output for the same loops written `for i0 := 0; i0 < n; i0++ { i := i0; ... }`;
// min and max follow Go 1.21's escape analysis (call.go: every argument flows to the result), clear Go 1.21's
// (its operand is only mutated: a parameter passed to clear does not escape).
package main

func rangeIntStoredOutside() int {
	var p *int
	for i := range 3 { // ERROR "moved to heap: i$"
		p = &i
	}
	return *p
}

func rangeIntUsedInside() int {
	s := 0
	for i := range 3 {
		q := &i
		s += *q
	}
	return s
}

func rangeIntCaptured() int {
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i }) // ERROR "func literal escapes to heap$"
	}
	return fs[2]()
}

func minString(a, b string) string { // ERROR "leaking param: a to result ~r0 level=0$" "leaking param: b to result ~r0 level=0$"
	return min(a, b)
}

func maxInt(a, b int) int {
	return max(a, b)
}

func clearing(xs []*int, m map[string]*int) { // ERROR "xs does not escape$" "m does not escape$"
	clear(xs)
	clear(m)
}

func main() {
	_ = rangeIntStoredOutside()
	_ = rangeIntUsedInside()
	_ = rangeIntCaptured()
	_ = minString("a", "b")
	_ = maxInt(1, 2)
	clearing(nil, nil)
}
