// Where Go reports a composite literal whose type spans several lines: at the `{` that opens its elements. Go
// 1.19's -m -l output.
package main

func sum(xs []struct { // ERROR "xs does not escape$"
	a, b int
}) int {
	n := 0
	for _, x := range xs {
		n += x.a + x.b
	}
	return n
}

func multiLineType() int {
	return sum([]struct {
		a, b int
	}{ // ERROR "\[\]struct { a int; b int }{...} does not escape$"
		{1, 2},
		{3, 4},
	})
}

func tests() int {
	n := 0
	for _, t := range []struct {
		name string
		f    func() int
	}{ // ERROR "\[\]struct { name string; f func\(\) int }{...} does not escape$"
		{"one", func() int { return 1 }}, // ERROR "func literal does not escape$"
	} {
		n += t.f()
	}
	return n
}

func main() {
	check(multiLineType(), 10)
	check(tests(), 1)
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}
