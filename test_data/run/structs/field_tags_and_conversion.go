package main

import "fmt"

type A struct {
	N int `json:"n"`
	S string
}

type B struct {
	N int
	S string `x:"y"`
}

func main() {
	a := A{1, "a"}
	b := B(a) // tags are ignored by conversion
	b.N = 2
	fmt.Println(a, b)
}
