package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0, n > 100:
		return "even or large"
	default:
		return "odd"
	}
}

func main() {
	for i := -1; i < 4; i++ {
		fmt.Println(i, classify(i))
	}
	switch x := 5; x {
	case 1, 2, 3:
		fmt.Println("small")
	case 4, 5:
		fmt.Println("medium")
		fallthrough
	case 6:
		fmt.Println("and then six")
		break
	default:
	}
	switch x := 3; {
	case x > 2:
		fmt.Println("x > 2")
	}
	switch {
	}
}
