// In .go files an unused local variable is an error, worded as Go words it, at the variable's declaration.

package main

import "fmt"

func main() {
	x := 1 // ERROR "^declared and not used: x$"
	var y int // ERROR "^declared and not used: y$"
	z := 2 // ERROR "^declared and not used: z$"
	z = 3
	used := 4
	captured := 5
	func() { fmt.Println(captured) }()
	a, b := 6, 7 // ERROR "^declared and not used: b$"
	_ = a
	var v interface{} = used
	switch t := v.(type) { // ERROR "^declared and not used: t$"
	case int:
	}
}
