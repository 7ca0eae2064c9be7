// The newline after `}` ends the if statement, so an `else` on the next line starts nothing.
package main

func main() {
	x := 1
	if x > 0 {
		println("positive")
	}
	else { // ERROR "^syntax error: unexpected keyword else, expected }$"
		println("not positive")
	}
}
