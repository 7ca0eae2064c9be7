package main

import "fmt"

func main() {
	arr := [3]string{"x", "y", "z"}
	for i := range arr {
		fmt.Print(i)
	}
	fmt.Println()
	for _, v := range arr {
		fmt.Print(v)
	}
	fmt.Println()
	var i int
	var v string
	for i, v = range arr { // assignment form reuses outer variables
	}
	fmt.Println(i, v)
	m := map[string]int{"only": 1}
	for k, v := range m {
		fmt.Println(k, v)
	}
	for range [5]struct{}{} {
		i++
	}
	fmt.Println(i)
	for i, c := range []byte("hi") {
		fmt.Println(i, c)
	}
}
