package main

import "fmt"

type K struct{ a int }

func main() {
	var a, b interface{}
	fmt.Println(a == b)
	a, b = 1, 1
	fmt.Println(a == b)
	a, b = 1, int64(1)
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b)
	a, b = K{1}, K{1}
	fmt.Println(a == b)
	var e1 error
	var s fmt.Stringer
	fmt.Println(e1 == nil, s == nil)
	var x interface{} = 3
	fmt.Println(x == 3, x != 4, x == "3")
}
