// Redeclarations in one block are reported at the second declaration; the first one stays in effect.

package main

import "fmt"

var x int

var x string // ERROR "^x redeclared in this block"

func f() {}

func f() {} // ERROR "^f redeclared in this block"

type T struct{}

func (T) M() {}

func (T) M() {} // ERROR "^method T.M already declared"

func main() {
	a := 1
	var a int // ERROR "^a redeclared in this block"
	a, b := 2, 3
	a, b := 4, 5 // ERROR "^no new variables on left side of :="
	{
		a := "shadowing is fine"
		fmt.Println(a)
	}
	fmt.Println(x+1, a, b)
	f()
}
