// Elided `&T` in composite literals of pointers (`[]*T{{1}, {2}}`, `[2]*T{{1}}`, `map[string]*T{"a": {1}}`): each
// element is an `&T{...}` allocation that flows into the literal, so it escapes only if the literal's contents do.
package main

type R struct{ num int }

var sink []*R

func sum(rs []*R) int { // ERROR "rs does not escape$"
	n := 0
	for _, r := range rs {
		n += r.num
	}
	return n
}

func sliceLocal() int {
	return sum([]*R{{0}, {1}}) // ERROR "\[\]\*R{...} does not escape$" "&R{...} does not escape$"
}

func sliceExplicit() int {
	return sum([]*R{&R{0}, &R{1}}) // ERROR "\[\]\*R{...} does not escape$" "&R{...} does not escape$"
}

func sliceKept() {
	sink = []*R{{2}} // ERROR "\[\]\*R{...} escapes to heap$" "&R{...} escapes to heap$"
}

func arrayLocal() int {
	arr := [2]*R{{3}, {4}} // ERROR "&R{...} does not escape$"
	return arr[0].num + arr[1].num
}

func mapValues() int {
	m := map[string]*R{"a": {5}} // ERROR "map\[string\]\*R{...} does not escape$" "&R{...} escapes to heap$"
	return m["a"].num
}

func main() {
	check(sliceLocal(), 1)
	check(sliceExplicit(), 1)
	sliceKept()
	check(arrayLocal(), 7)
	check(mapValues(), 5)
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}
