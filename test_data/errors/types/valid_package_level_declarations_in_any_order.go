// Package-level declarations may refer to each other in any order; the initialisation order follows the
// dependencies (Go spec "Package initialization"). Must type-check with zero diagnostics.

package main

import "fmt"

var a = b + c
var b = f()
var c = len(names)

var names = []string{"x", "y", "z"}

type List struct {
	head *Node
}

type Node struct {
	value int
	next  *Node
	owner *List
}

type Tree struct {
	children []Tree
	byName   map[string]*Tree
	visit    func(Tree) Tree
}

const limit = size * 2
const size = len(arr)

var arr [4]int

type Celsius float64

func (c Celsius) Fahrenheit() Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type Fahrenheit float64

func f() int { return g() + 1 }
func g() int { return limit }

func main() {
	l := &List{}
	l.head = &Node{value: a, owner: l}
	var t Tree
	t.byName = map[string]*Tree{"root": &t}
	fmt.Println(a, b, c, l.head.value, len(t.children), Celsius(100).Fahrenheit())
}
