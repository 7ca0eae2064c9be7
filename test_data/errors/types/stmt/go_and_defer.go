// go and defer need a function call whose result may be discarded.

package main

func f() int { return 1 }

func main() {
	var s []int
	defer f()
	go f()
	defer close(make(chan int))
	defer len(s)    // ERROR "^defer discards result of len\(s\) \(value of type int\)$"
	go append(s, 1) // ERROR "^go discards result of append\(s, 1\) \(value of type \[\]int\)$"
	defer int(1)    // ERROR "^defer requires function call, not conversion int\(1\) \(constant 1 of type int\)$"
	defer recover()
	defer func() {}()
}
