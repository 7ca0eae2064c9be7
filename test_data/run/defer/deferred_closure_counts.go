package main

import "fmt"

func run(n int) (calls int) {
	for i := 0; i < n; i++ {
		defer func() { calls++ }()
	}
	return 0
}

func main() {
	fmt.Println(run(0), run(1), run(10))
}
