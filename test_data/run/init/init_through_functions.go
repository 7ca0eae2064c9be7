package main

import "fmt"

var total = sum()

var values = []int{1, 2, 3}

func sum() int {
	t := 0
	for _, v := range values { // values is initialised first: sum depends on it
		t += v
	}
	return t
}

var greeting = makeGreeting()

func makeGreeting() string { return prefix + "world" }

var prefix = "hello, "

func main() {
	fmt.Println(total, greeting)
}
