// gc evaluates the calls, receives and && / || of a statement first, left to right, and reads variables, fields,
// elements and dereferences afterwards (cmd/compile/internal/walk/order.go; the spec leaves this open). Each line
// below prints what `go run` prints: the operand read after a call sees the call's change.
package main

import "fmt"

type T struct{ f int }

func (t T) Val() int { return t.f }

var x T
var i int
var arr = []int{1, 2, 3}
var m = map[string]int{"a": 1}
var buf = []byte("abc")

func g() int { x.f = 10; i = 2; arr[0] = 100; m["a"] = 50; buf[0] = 'z'; return 1 }

func two(a, b int) int { return a*100 + b }

func results() (int, int) {
	x.f = 1
	return x.f, g()
}

func main() {
	x.f = 1
	fmt.Println("field + call:", x.f+g())
	a := 3
	k := func() int { a = 7; return 1 }
	fmt.Println("captured + call:", a+k())
	i = 0
	fmt.Println("element + call:", arr[i]+g())
	a = 3
	fmt.Println("arguments:", two(a, k()))
	a = 3
	var p, q int
	p, q = a, k()
	fmt.Println("tuple assignment:", p, q)
	fmt.Println("return list:")
	fmt.Println(results())
	x.f = 1
	fmt.Println("print arguments:", x.f, g())
	m["a"] = 1
	fmt.Println("map element + call:", m["a"]+g())
	a = 3
	fmt.Println("array literal:", [3]int{a, k(), a})
	a = 3
	fmt.Println("slice literal:", []int{a, k(), a})
	a = 3
	fmt.Println("struct literal:", struct{ u, v int }{a, k()})
	a = 3
	fmt.Println("unary and parentheses:", -a+k(), a*(k()+1))
	s := "x"
	ks := func() string { s = "yy"; return "z" }
	fmt.Println("string concatenation:", s+ks())
	a = 3
	fmt.Println("calls in order:", fmt.Sprint(a)+fmt.Sprint(k()))
	x.f = 1
	fmt.Println("method call first:", x.Val()+g(), g()+x.Val())
	x.f = 1
	z1, z2 := x.f, g()
	fmt.Println("short variable declaration:", z1, z2)
	x.f = 1
	var y = x.f + g()
	fmt.Println("var with one value:", y)
	x.f = 1
	var v1, v2 = x.f, g()
	fmt.Println("var with several values (one by one):", v1, v2)
	buf[0] = 'a'
	fmt.Println("conversion of a byte slice:", string(buf)+fmt.Sprint(g()))
	x.f = 1
	pa := &x
	fmt.Println("through a pointer:", pa.f*2+g())
	x.f = 1
	cs := []int{}
	cs = append(cs, x.f, g())
	fmt.Println("append:", cs)
	x.f = 1
	a2, b2 := x.f+g(), x.f
	fmt.Println("two values:", a2, b2)
	x.f = 1
	fn := func() int { return x.f }
	fmt.Println("closure call first:", fn()+g())
}
