package main

import "fmt"

func level(n int) {
	defer fmt.Println("leaving level", n)
	if n == 3 {
		panic(fmt.Sprintf("deep at %d", n))
	}
	level(n + 1)
}

func main() {
	defer fmt.Println("main deferred")
	level(1)
}
