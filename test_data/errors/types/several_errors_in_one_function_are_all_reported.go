// Checking goes on after an error: every error of a function is reported, each at its own line.

package main

import "fmt"

func pair() (int, string) { return 1, "a" }

func main() {
	var n int = "one" // ERROR "^cannot use .one. \(untyped string constant\) as int value in variable declaration$"
	s := "text"
	n = s // ERROR "^cannot use s \(variable of type string\) as int value in assignment$"
	fmt.Println(undefinedThing) // ERROR "^undefined: undefinedThing$"
	a := pair() // ERROR "^assignment mismatch: 1 variable but pair returns 2 values$"
	_ = n + s // ERROR "^invalid operation: n \+ s \(mismatched types int and string\)$"
	n + 1 // ERROR "^n \+ 1 \(value of type int\) is not used$"
	if n { // ERROR "^non-boolean condition in if statement$"
	}
	for i := 0; i < 3; i++ {
		break
	}
	continue // ERROR "^continue is not in a loop$"
	fmt.Println(a)
}
