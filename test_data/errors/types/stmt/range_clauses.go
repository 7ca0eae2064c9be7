// Range clauses: what can be ranged over and how many iteration variables each allows.

package main

func main() {
	arr := [3]string{}
	for i, v := range &arr {
		_, _ = i, v
	}
	for i, r := range "héllo" {
		var x rune = r
		_, _ = i, x
	}
	m := map[string]bool{}
	for k, v := range m {
		_, _ = k, v
	}
	for i := range 10 {
		var x int = i
		_ = x
	}
	var ch chan int
	for v := range ch {
		_ = v
	}
	for a, b := range ch { // ERROR "^range over ch \(variable of type chan int\) permits only one iteration variable$"
		_, _ = a, b
	}
	var send chan<- int
	for range send { // ERROR "^cannot range over send \(variable of type chan<- int\): receive from send-only channel$"
	}
	f := 1.5
	for range f { // ERROR "^cannot range over f \(variable of type float64\)$"
	}
	var i int
	for i = range arr {
	}
	for _, _ = range arr {
	}
	for _ = range m {
	}
	for _, x := range []int{} {
		x := x // ERROR "^declared and not used: x$"
	}
	unused := 1 // ERROR "^declared and not used: unused$"
	_ = i
}
