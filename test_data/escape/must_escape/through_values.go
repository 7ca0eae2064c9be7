// Addresses that outlive their frame hidden inside values: returned structs, arrays and slices, closures, method
// values, interfaces, variadic slices, copies. Each one must escape: a "does not escape" here would leave a pointer
// into a dead frame.
package main

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

func main() {
	_ = returnStruct()
	_ = returnArray()
	_ = returnSliceOfLocalArray()
	_ = returnClosure()
	closureResultStored()
	methodValueEscapes()
	_ = pointerMethodValueEscapes()
	interfaceEscapes()
	assertedBack()
	callVariadicKept()
	copiedIntoGlobal()
	appendedToGlobal()
	nestedField()
	conversions("x")
	sinkAny = recovered()
}
