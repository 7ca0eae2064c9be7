package main

import "fmt"

func down(n int) {
	if n == 0 {
		fmt.Println("bottom")
		return
	}
	defer fmt.Println("unwind", n)
	down(n - 1)
}

func main() {
	down(3)
	defer fmt.Println("main deferred")
}
