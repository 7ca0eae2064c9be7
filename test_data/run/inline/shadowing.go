// Names inside inlined bodies are the callee's: parameters and locals named like the caller's variables, package
// variables read and written by the callee, and a callee's local shadowing a package variable.
package main

import "fmt"

var counter = 100

func bump(x int) int {
	counter += x
	return counter
}

func shadow(counter int) int {
	counter *= 2
	return counter
}

func local(x int) int {
	y := x + 1
	{
		y := y * 10
		x = y
	}
	return x + y
}

func twice(x, y int) int { return x*2 + y }

func main() {
	x, y := 1, 2
	counter := 7
	fmt.Println(twice(y, x), x, y)
	fmt.Println(bump(counter), counter)
	fmt.Println(shadow(counter), counter)
	fmt.Println(local(x), x)
	y = local(y)
	fmt.Println(y)
	fmt.Println(bump(1), bump(2))
}
