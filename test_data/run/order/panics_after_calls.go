// A run-time error of an operand read after a call happens after the call, as in gc's order of evaluation: the
// index is out of range, the divisor zero, the pointer nil and the assertion wrong only once the call has run, and
// the call's output comes first.
package main

import "fmt"

type T struct{ f int }

var arr = []int{1, 2, 3}
var i, d int
var p = &T{1}
var e interface{} = 1

func h() int {
	fmt.Println("  h runs")
	i, d, p, e = 5, 0, nil, "s"
	return 1
}

func try(name string, f func() int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("  recovered:", r)
		}
	}()
	fmt.Println(name)
	fmt.Println("  result:", f())
}

func reset() { i, d, p, e = 0, 1, &T{1}, 1 }

func main() {
	reset()
	try("index", func() int { return arr[i] + h() })
	reset()
	try("division", func() int { return 10/d + h() })
	reset()
	try("nil dereference", func() int { return p.f + h() })
	reset()
	try("type assertion", func() int { return e.(int) + h() })
	reset()
	try("in order", func() int { return h() + arr[i] })
}
