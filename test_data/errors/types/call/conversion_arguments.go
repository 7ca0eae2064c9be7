// A call of a type is a conversion with exactly one argument.
package main

type Celsius float64

func main() {
	_ = Celsius(1.5)
	_ = []byte("abc")
	_ = (*int)(nil)

	_ = int()                // ERROR "^missing argument in conversion to int$"
	_ = Celsius(1, 2)        // ERROR "^too many arguments in conversion to Celsius$"
	_ = string([]byte{}...)  // ERROR "^invalid use of \.\.\. in conversion to string$"
}
