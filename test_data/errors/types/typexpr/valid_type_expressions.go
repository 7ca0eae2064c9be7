// Every kind of type expression, recursive types through pointers, slices, maps, channels and functions, and
// types declared after their use.
package main

import (
	"fmt"
	"strings"
)

type List struct {
	next *List
	val  int
}

type Tree struct {
	children []Tree
	byName   map[string]*Tree
	parent   *Tree
}

type Fn func(Fn) Fn
type Ch chan Ch
type Later [size]Elem

const size = 2 * 3

type Elem struct{ s string }

type (
	Matrix   [3][3]float64
	Handlers map[string]func(w *strings.Builder, args ...string) error
	Recv     <-chan int
	Send     chan<- []byte
	Both     chan (<-chan int)
	Pair     struct{ a, b int }
	Tagged   struct {
		Name string `json:"name"`
		Age  int    `json:"age,omitempty"`
	}
	Anon   = struct{ x int }
	Empty  interface{}
	Str    interface{ String() string }
	Nested interface {
		Str
		fmt.Stringer
		Len() int
	}
	Paren (int)
	Ptr   *[]map[string]int
)

func variadic(prefix string, xs ...int) (n int, err error) { return len(xs), nil }

func (l *List) Len() int {
	n := 0
	for ; l != nil; l = l.next {
		n++
	}
	return n
}

func main() {
	var l List
	var t Tree
	var m Matrix
	var h Handlers
	var later Later
	var a Anon
	var n Nested
	var p Paren
	var q Ptr
	_, _, _, _, _, _, _, _, _ = l, t, m, h, later, a, n, p, q
	_, _ = variadic("x", 1, 2, 3)
	fmt.Println(l.Len(), len(later), size)
}
