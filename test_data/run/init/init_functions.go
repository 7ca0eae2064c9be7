package main

import "fmt"

var order []string

var x = record("var x")

func record(s string) int {
	order = append(order, s)
	return len(order)
}

func init() {
	record("first init")
}

func init() {
	record("second init")
}

func main() {
	record("main")
	for i, s := range order {
		fmt.Println(i, s)
	}
	fmt.Println(x)
}
