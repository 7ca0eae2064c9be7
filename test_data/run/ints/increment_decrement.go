package main

import "fmt"

type counter struct{ n int }

func main() {
	i := 0
	i++
	i++
	i--
	fmt.Println(i)
	arr := [3]int{}
	arr[1]++
	arr[2]--
	fmt.Println(arr)
	m := map[string]int{}
	m["a"]++
	m["a"]++
	m["b"]--
	fmt.Println(m)
	c := &counter{}
	c.n++
	p := &c.n
	*p++
	fmt.Println(c.n)
}
