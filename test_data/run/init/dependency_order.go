package main

import "fmt"

// Package variables are initialised in dependency order, not declaration order.
var a = b + c
var b = f("b", 1)
var c = f("c", 2)
var d = f("d", a*10)

func f(name string, v int) int {
	fmt.Println("init", name, v)
	return v
}

func main() {
	fmt.Println(a, b, c, d)
}
