// A newline ends an element of a multi-line composite literal unless a comma precedes it.
package main

func main() {
	x := []int{
		1,
		2 // ERROR "^syntax error: unexpected newline in composite literal; possibly missing comma or }$"
	}
	_ = x
}
