// Maps: a map's storage is always on the heap in Go's analysis terms (keys and values stored into a map flow to
// the heap), but a map literal or make(map) whose map does not escape is itself a local allocation.
package main

var sink map[string]*int

func localMap() int {
	m := map[string]int{"a": 1} // ERROR "map\[string\]int{...} does not escape$"
	m["b"] = 2
	n := make(map[int]int) // ERROR "make\(map\[int\]int\) does not escape$"
	n[1] = len(m)
	return n[1]
}

func escapingMap() {
	m := make(map[string]*int) // ERROR "make\(map\[string\]\*int\) escapes to heap$"
	sink = m
}

func pointerValues() int {
	x := 1                 // ERROR "moved to heap: x$"
	m := map[string]*int{} // ERROR "map\[string\]\*int{} does not escape$"
	m["x"] = &x
	return *m["x"]
}

func pointerKeys() int {
	y := 2                       // ERROR "moved to heap: y$"
	m := map[*int]bool{&y: true} // ERROR "map\[\*int\]bool{...} does not escape$"
	return len(m)
}

func lookups(m map[string]*int, k string) *int { // ERROR "m does not escape$" "k does not escape$"
	return m[k]
}

func ranging(m map[string]*int) int { // ERROR "m does not escape$"
	n := 0
	for _, v := range m {
		n += *v
	}
	return n
}

func deleting(m map[string]int) { // ERROR "m does not escape$"
	delete(m, "a")
}

func main() {
	check(localMap(), 2)
	escapingMap()
	check(pointerValues(), 1)
	check(pointerKeys(), 1)
	_ = lookups(nil, "")
	check(ranging(nil), 0)
	deleting(nil)
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}
