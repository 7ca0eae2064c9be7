package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs before the crash")
	panic(42)
}
