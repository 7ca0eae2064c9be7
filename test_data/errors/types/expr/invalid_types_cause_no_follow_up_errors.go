// Errors whose message mentions an invalid type or operand are not reported after another error (types2 drops
// them as follow-on errors): assignments, arguments, conversions and failed interface satisfaction.
package main

type Foo struct{}

func (f *Foo) Call(cb func(*Foo)) { cb(f) }

type I interface{ m() int }

type T int

func (T) m(buf []byte) (a int, b xxxx) { // ERROR "^undefined: xxxx$"
	return 0, nil
}

var _ I = T(0)

var mult [3][...]byte = [3][5]byte{} // ERROR "^invalid use of \[\.\.\.\] array \(outside a composite literal\)$"

func pair() (U, U) { // ERROR "^undefined: U$"
	return 0, 0
}

func main() {
	f := &Foo{}
	f.Call(func(f) {}) // ERROR "^f is not a type$"
	var x, y int
	x, y = pair()
	_, _ = x, y
	_ = []int(func(f) {}) // ERROR "^f is not a type$"
}
