// make with a constant size small enough stays in the frame when the slice does not escape; a non-constant size
// always allocates ("non-constant size"). append may reallocate: the appended values flow to the heap, and the
// slice's backing array flows to the result.
package main

var sink []int
var sinkP []*int

func constMake() int {
	s := make([]int, 10) // ERROR "make\(\[\]int, 10\) does not escape$"
	s[3] = 1
	return s[3]
}

func varMake(n int) int {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
	return len(s)
}

func escapingMake() {
	s := make([]int, 4) // ERROR "make\(\[\]int, 4\) escapes to heap$"
	sink = s
}

func literal() int {
	s := []int{1, 2, 3} // ERROR "\[\]int{...} does not escape$"
	return s[0] + len(s)
}

func literalEscaping() {
	sink = []int{4, 5} // ERROR "\[\]int{...} escapes to heap$"
}

func appendValues() int {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i)
	}
	return len(s)
}

func appendPointers() int {
	x := 1 // ERROR "moved to heap: x$"
	var s []*int
	s = append(s, &x)
	return *s[0]
}

func appendEscaping() {
	y := 2 // ERROR "moved to heap: y$"
	sinkP = append(sinkP, &y)
}

func appendSlices(a, b []int) []int { // ERROR "leaking param: a to result ~r0 level=0$" "b does not escape$"
	return append(a, b...)
}

func copying(dst, src []int) int { // ERROR "dst does not escape$" "src does not escape$"
	return copy(dst, src)
}

func reslice(s []int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return s[1:]
}

func stringConversions(s string, b []byte) int { // ERROR "s does not escape$" "b does not escape$"
	bs := []byte(s)  // ERROR "\(\[\]byte\)\(s\) does not escape$"
	str := string(b) // ERROR "string\(b\) does not escape$"
	rs := []rune(s)  // ERROR "\(\[\]rune\)\(s\) does not escape$"
	return len(bs) + len(str) + len(rs)
}

func concat(a, b string) string { // ERROR "a does not escape$" "b does not escape$"
	return a + b // ERROR "a \+ b escapes to heap$"
}

func main() {
	check(constMake(), 1)
	check(varMake(3), 3)
	escapingMake()
	check(literal(), 4)
	literalEscaping()
	check(appendValues(), 10)
	check(appendPointers(), 1)
	appendEscaping()
	_ = appendSlices(nil, nil)
	check(copying(nil, nil), 0)
	_ = reslice([]int{1, 2}) // ERROR "\[\]int{...} does not escape$"
	check(stringConversions("x", nil), 2)
	_ = concat("a", "b")
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}
