// Expression statements: calls and receives may stand alone; other values and some built-ins may not.

package main

func f() int { return 1 }

func main() {
	var n int
	var s string
	ch := make(chan int, 1)
	f()
	<-ch
	(f())
	copy([]int{}, []int{})
	n      // ERROR "^n \(variable of type int\) is not used$"
	len(s) // ERROR "^len\(s\) \(value of type int\) is not used$"
	n + 1  // ERROR "^n \+ 1 \(value of type int\) is not used$"
	int(n) // ERROR "^int\(n\) \(value of type int\) is not used$"
	len    // ERROR "^len \(built-in\) must be called$"
	ch <- 1
	n++
	s++ // ERROR "^invalid operation: s\+\+ \(non-numeric type string\)$"
	var r <-chan int = ch
	r <- 1 // ERROR "^invalid operation: cannot send to receive-only channel r \(variable of type <-chan int\)$"
	n <- 1 // ERROR "^invalid operation: cannot send to non-channel n \(variable of type int\)$"
}
