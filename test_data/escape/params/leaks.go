// Parameter summaries (Go's leaks): a pointer parameter that is only dereferenced does not escape; one stored in
// a global leaks; one returned leaks to the result (level = derefs from the parameter to what is returned);
// storing what it points to leaks its content. Parameters without pointers get no message.
package main

type T struct {
	p    *int
	next *T
}

var sink *int
var sinkT *T

func reads(p *int) int { return *p } // ERROR "p does not escape$"

func writes(p *int) { *p = 1 } // ERROR "p does not escape$"

func stores(p *int) { sink = p } // ERROR "leaking param: p$"

func returns(p *int) *int { return p } // ERROR "leaking param: p to result ~r0 level=0$"

func returnsContent(pp **int) *int { return *pp } // ERROR "leaking param: pp to result ~r0 level=1$"

func returnsField(t *T) *int { return t.p } // ERROR "leaking param: t to result ~r0 level=1$"

func storesContent(t *T) { sink = t.p } // ERROR "leaking param content: t$"

func storesDeep(t *T) { sinkT = t.next.next } // ERROR "leaking param content: t$"

func twoResults(a, b *int) (*int, *int) { return b, a } // ERROR "leaking param: a to result ~r1 level=0$" "leaking param: b to result ~r0 level=0$"

func namedResult(p *int) (r *int) { // ERROR "leaking param: p to result r level=0$"
	r = p
	return
}

func noPointers(a int, s string) int { return a + len(s) } // ERROR "s does not escape$"

func sliceParam(s []int) int { return s[0] } // ERROR "s does not escape$"

func sliceStored(s []*int) { sink = s[0] } // ERROR "leaking param content: s$"

func variadic(xs ...*int) int { return *xs[0] } // ERROR "xs does not escape$"

func variadicLeak(xs ...*int) { sink = xs[1] } // ERROR "leaking param content: xs$"

func structByValue(t T) *int { return t.p } // ERROR "leaking param: t to result ~r0 level=0$"

func useAll() {
	a, b := 1, 2
	_ = reads(&a)
	writes(&b)
	c := 3 // ERROR "moved to heap: c$"
	stores(&c)
	d := 4
	_ = returns(&d)
	e := 5 // ERROR "moved to heap: e$"
	sink = returns(&e)
	_ = variadic(&a, &b) // ERROR "... argument does not escape$"
}

func main() {
	useAll()
	n := 1 // ERROR "moved to heap: n$"
	p := &n
	_ = returnsContent(&p)
	t := &T{p: p, next: &T{next: &T{}}} // ERROR "&T{...} does not escape$" "&T{...} escapes to heap$" "&T{} escapes to heap$"
	_ = returnsField(t)
	storesContent(t)
	storesDeep(t)
	_, _ = twoResults(nil, nil)
	_ = namedResult(nil)
	check(noPointers(1, ""), 1)
	check(sliceParam([]int{1}), 1) // ERROR "\[\]int{...} does not escape$"
	sliceStored([]*int{p})         // ERROR "\[\]\*int{...} does not escape$"
	variadicLeak(nil, nil)         // ERROR "... argument does not escape$"
	_ = structByValue(T{})
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}
