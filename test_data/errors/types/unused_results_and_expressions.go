// An expression statement must be a call or a receive; other values and unused results of some builtins are
// errors.

package main

func f() int { return 1 }

func main() {
	x := 1
	s := []int{1}
	ch := make(chan int, 1)
	ch <- 1
	f()
	<-ch
	x // ERROR "^x \(variable of type int\) is not used$"
	1 // ERROR "^1 \(untyped int constant\) is not used$"
	x == 2 // ERROR "^x == 2 \(untyped bool value\) is not used$"
	len(s) // ERROR "^len\(s\) \(value of type int\) is not used$"
	append(s, 2) // ERROR "^append\(s, 2\) \(value of type \[\]int\) is not used$"
	f // ERROR "^f \(value of type func\(\) int\) is not used$"
	len // ERROR "^len \(built-in\) must be called$"
	int // ERROR "^int \(type\) is not an expression$"
}
