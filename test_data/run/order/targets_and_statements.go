// Assignment targets, op-assignments, conditions, switch tags, channel operations and && / || in gc's order of
// evaluation (see calls_before_operands.go): index operands of a target are read after the right side's calls;
// an && / || is evaluated where it stands; go and defer evaluate their arguments left to right.
package main

import "fmt"

type T struct{ f int }

var x T
var i int
var arr [5]int
var sl = []int{0, 0, 0, 0, 0}
var ch = make(chan int, 10)

func g() int { x.f = 10; i = 3; return 1 }

func main() {
	i = 1
	arr[i] = g()
	fmt.Println("array element target:", arr)
	i = 1
	sl[i] = g()
	fmt.Println("slice element target:", sl)
	i = 0
	mm := map[int]int{}
	mm[i] = g()
	fmt.Println("map element target:", mm)
	x.f = 1
	x.f += g()
	fmt.Println("op-assignment:", x.f)
	x.f = 1
	ch <- 5
	fmt.Println("receive:", x.f+<-ch+g())
	x.f = 1
	fmt.Println("or:", x.f, x.f == 1 || g() == 1, g())
	x.f = 1
	switch x.f + g() {
	case 11:
		fmt.Println("switch tag: 11")
	default:
		fmt.Println("switch tag: other")
	}
	x.f = 1
	switch {
	case x.f+g() == 11:
		fmt.Println("switch case: 11")
	default:
		fmt.Println("switch case: other")
	}
	x.f = 1
	if x.f+g() == 11 {
		fmt.Println("if condition: 11")
	}
	x.f = 1
	n := 0
	for j := 0; x.f+g() == 2 && j < 1; j++ {
		n++
	}
	fmt.Println("for condition iterations:", n)
	x.f = 1
	if x.f == 1 && x.f+g() == 11 {
		fmt.Println("and operands: each in order")
	}
	x.f = 1
	ch <- x.f + g()
	fmt.Println("send:", <-ch)
	x.f = 1
	c := 0
	c += x.f + g()
	fmt.Println("op-assignment to a local:", c)
	x.f = 1
	i = 0
	arr[i]++
	fmt.Println("inc:", arr)
	done := make(chan bool)
	x.f = 1
	go func(a, b int) {
		fmt.Println("go arguments:", a, b)
		done <- true
	}(x.f, g())
	<-done
	x.f = 1
	defer fmt.Println("defer arguments:", x.f, g())
}
