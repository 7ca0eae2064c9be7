// Go 1.22 loop variables (LANGUAGE.md): each iteration of a `for` loop with a `:=` clause, and of a `range` loop,
// has fresh variables, declared at the loop body's depth. Hand-annotated: where this changes Go 1.19's decisions,
// the expectations are Go 1.19's `-m -l` output for the program rewritten the way Go 1.22 reads it
// (`for i0 := 0; i0 < n; i0++ { i := i0; ... }`, the post statement applied to the new iteration's copy), and a
// `// vo:` comment says what Go 1.19 reports for the program as written. The other lines are Go 1.19's output.
package main

func addressStoredOutside() int {
	var p *int
	// vo: Go 1.19 reports nothing on the next line (one i for the whole loop, at the function's depth).
	for i := 0; i < 3; i++ { // ERROR "moved to heap: i$"
		p = &i
	}
	return *p
}

func addressUsedInside() int {
	sum := 0
	for i := 0; i < 3; i++ {
		p := &i
		sum += *p
	}
	return sum
}

func rangeAddressStoredOutside(xs []int) int { // ERROR "xs does not escape$"
	var p *int
	// vo: Go 1.19 reports nothing on the next line.
	for _, v := range xs { // ERROR "moved to heap: v$"
		p = &v
	}
	return *p
}

// vo: Go 1.19 reports "leaking param content: xs" on the next line: its single v, reassigned by every iteration,
// is captured by reference, so the elements of xs flow to the heap through it.
func rangeCapturedByValue(xs []int) int { // ERROR "xs does not escape$"
	var fs []func() int
	// vo: the per-iteration v is never reassigned, so the closures capture it by value; Go 1.19 reports
	// "moved to heap: v" on the next line.
	for _, v := range xs {
		fs = append(fs, func() int { return v }) // ERROR "func literal escapes to heap$"
	}
	return fs[0]()
}

func counterCapturedByValue() int {
	var fs []func() int
	// vo: the post statement increments the next iteration's copy before the body captures it (Go's escape
	// analysis ignores reassignments that precede the first capture at the same loop depth), so the closures
	// capture i by value; Go 1.19 reports "moved to heap: i" on the next line.
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i }) // ERROR "func literal escapes to heap$"
	}
	return fs[0]()
}

func counterModifiedAfterCapture() int {
	var fs []func() int
	for i := 0; i < 3; i++ { // ERROR "moved to heap: i$"
		fs = append(fs, func() int { return i }) // ERROR "func literal escapes to heap$"
		i++
	}
	return fs[0]()
}

type T struct{ a, b int }

// The post statement allocates the next iteration's value from the current one: the init's object stays in the
// frame, the post's escapes (it is carried to the next iteration through the loop's outer location).
func postReallocates() int {
	n := 0
	for p := (&T{a: 1}); p.a < 5; p = (&T{a: p.a + 1, b: p.a}) { // ERROR "&T{...} does not escape$" "&T{...} escapes to heap$"
		n += p.b
	}
	return n
}

// Every iteration's i is kept: with Go 1.22's fresh i per iteration they hold 0, 1 and 2 (Go 1.19: 3, 3, 3).
func addressesKept() int {
	var keep []*int
	for i := 0; i < 3; i++ { // ERROR "moved to heap: i$"
		keep = append(keep, &i)
	}
	return *keep[0] + *keep[2]
}

// The results under Go 1.22 semantics (Go 1.19 gives 3, 6, 3, 4 and 6 for the five loops where they differ): a run
// that panics shows a loop variable shared between iterations or captured at the wrong time.
func main() {
	check(addressStoredOutside(), 2)
	check(addressUsedInside(), 3)
	check(rangeAddressStoredOutside([]int{1, 2}), 2) // ERROR "\[\]int{...} does not escape$"
	check(rangeCapturedByValue([]int{5, 6}), 5)      // ERROR "\[\]int{...} does not escape$"
	check(counterCapturedByValue(), 0)
	check(counterModifiedAfterCapture(), 1)
	check(postReallocates(), 6)
	check(addressesKept(), 2)
}

func check(got, want int) {
	if got != want {
		panic("wrong loop variable semantics") // ERROR ".wrong loop variable semantics. escapes to heap$"
	}
}
