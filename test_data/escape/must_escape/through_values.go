// Addresses that outlive their frame hidden inside values: returned structs, arrays and slices, closures, method
// values, interfaces, variadic slices, copies. Each one must escape: a "does not escape" here would leave a pointer
// into a dead frame.
package main

import "runtime"

type Box struct {
	p    *int
	arr  [2]*int
	next *Box
}

type Getter interface{ Get() int }

type Ref struct{ p *int }

func (r Ref) Get() int   { return *r.p } // ERROR "r does not escape$"
func (r *Ref) Set(v int) { *r.p = v }    // ERROR "r does not escape$"

var sinkBox Box
var sinkSlice []*int
var sinkFunc func() int
var sinkGetter Getter
var sinkBytes []byte
var sinkAny any

func returnStruct() Box {
	x := 1 // ERROR "moved to heap: x$"
	return Box{p: &x}
}

func returnArray() [2]*int {
	x, y := 1, 2 // ERROR "moved to heap: x$" "moved to heap: y$"
	return [2]*int{&x, &y}
}

func returnSliceOfLocalArray() []int {
	var a [4]int // ERROR "moved to heap: a$"
	return a[:]
}

func returnClosure() func() *int {
	x := 1                           // ERROR "moved to heap: x$"
	return func() *int { return &x } // ERROR "func literal escapes to heap$"
}

func closureResultStored() {
	x := 1                         // ERROR "moved to heap: x$"
	f := func() *int { return &x } // ERROR "func literal does not escape$"
	sinkBox.p = f()
}

func methodValueEscapes() {
	x := 1 // ERROR "moved to heap: x$"
	r := Ref{&x}
	sinkFunc = r.Get // ERROR "r.Get escapes to heap$"
}

func pointerMethodValueEscapes() func(int) {
	x := 1       // ERROR "moved to heap: x$"
	r := Ref{&x} // ERROR "moved to heap: r$"
	return r.Set // ERROR "r.Set escapes to heap$"
}

func interfaceEscapes() {
	x := 1 // ERROR "moved to heap: x$"
	sinkGetter = Ref{&x}
}

func assertedBack() {
	x := 1 // ERROR "moved to heap: x$"
	var i any = &x
	p := i.(*int)
	sinkBox.p = p
}

func variadicKept(xs ...*int) { // ERROR "leaking param: xs$"
	sinkSlice = xs
}

func callVariadicKept() {
	a, b := 1, 2         // ERROR "moved to heap: a$" "moved to heap: b$"
	variadicKept(&a, &b) // ERROR "... argument escapes to heap$"
}

func copiedIntoGlobal() {
	x := 1            // ERROR "moved to heap: x$"
	src := []*int{&x} // ERROR "\[\]\*int{...} does not escape$"
	copy(sinkSlice, src)
}

func appendedToGlobal() {
	x := 1              // ERROR "moved to heap: x$"
	local := []*int{&x} // ERROR "\[\]\*int{...} does not escape$"
	sinkSlice = append(sinkSlice, local...)
}

func nestedField() {
	x := 1 // ERROR "moved to heap: x$"
	var b Box
	b.next = &Box{} // ERROR "&Box{} escapes to heap$"
	b.next.arr[1] = &x
	sinkBox = b
}

func conversions(s string) { // ERROR "s does not escape$"
	sinkBytes = []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap$"
	var arr [3]byte       // ERROR "moved to heap: arr$"
	sinkBytes = arr[:]
}

func panicked() {
	x := 1 // ERROR "moved to heap: x$"
	panic(&x)
}

func recovered() (r any) {
	defer func() { r = recover() }() // ERROR "func literal does not escape$"
	panicked()
	return nil
}

// clobber overwrites the stack below its caller with other values and runs the garbage collector, so that a
// pointer into a dead frame (a wrong "does not escape") reads garbage or crashes instead of the right value.
func clobber(depth int) int {
	var pad [64]int
	for i := range pad {
		pad[i] = -depth - i
	}
	runtime.GC()
	if depth == 0 {
		return pad[3]
	}
	return clobber(depth-1) + pad[5]
}

func check(ok bool, what string) { // ERROR "what does not escape$"
	if !ok {
		panic("wrong value through an escaped pointer: " + what) // ERROR ".wrong value through an escaped pointer: . \+ what escapes to heap$"
	}
}

func main() {
	b := returnStruct()
	arr := returnArray()
	s := returnSliceOfLocalArray()
	s[1] = 7
	pf := returnClosure()
	closureResultStored()
	methodValueEscapes()
	set := pointerMethodValueEscapes()
	interfaceEscapes()
	assertedBack()
	callVariadicKept()
	_ = clobber(8)
	check(*b.p == 1, "returned struct")
	check(*arr[0] == 1 && *arr[1] == 2, "returned array")
	check(s[1] == 7 && len(s) == 4, "slice of a local array")
	check(*pf() == 1, "closure result")
	check(*sinkBox.p == 1, "closure result stored")
	check(sinkFunc() == 1, "method value")
	set(5)
	_ = clobber(8)
	check(sinkGetter.Get() == 1, "interface")
	check(*sinkSlice[0] == 1 && *sinkSlice[1] == 2, "variadic slice")
	copiedIntoGlobal()
	check(*sinkSlice[0] == 1, "copied pointer")
	appendedToGlobal()
	nestedField()
	_ = clobber(8)
	check(*sinkSlice[len(sinkSlice)-1] == 1, "appended pointer")
	check(*sinkBox.next.arr[1] == 1, "nested field")
	conversions("x")
	check(len(sinkBytes) == 3, "sliced array")
	sinkAny = recovered()
	_ = clobber(8)
	check(*sinkAny.(*int) == 1, "panic value")
}
