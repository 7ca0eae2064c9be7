// Only append accepts ... on its last argument; the other built-ins report it.
package main

func bad(args ...int) {
	print(1, 2, args...)   // ERROR "^invalid operation: invalid use of \.\.\. with built-in print$"
	println(args...)       // ERROR "^invalid operation: invalid use of \.\.\. with built-in println$"
	ch := make(chan int)
	close(ch...)           // ERROR "^invalid operation: invalid use of \.\.\. with built-in close$"
	_ = len(args...)       // ERROR "^invalid operation: invalid use of \.\.\. with built-in len$"
	_ = new(int...)        // ERROR "^invalid operation: invalid use of \.\.\. with built-in new$"
	n := 10
	_ = make([]byte, n...) // ERROR "^invalid operation: invalid use of \.\.\. with built-in make$"
	_ = append(args, args...)
}

func main() { bad() }
