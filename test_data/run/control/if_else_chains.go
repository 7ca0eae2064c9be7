package main

import "fmt"

func sign(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else {
		return "positive"
	}
}

func main() {
	for _, n := range []int{-5, 0, 7} {
		fmt.Println(n, sign(n))
	}
	if v, ok := map[string]int{"a": 1}["a"]; ok && v > 0 {
		fmt.Println("found", v)
	} else {
		fmt.Println("missing", v)
	}
	a, b := true, false
	if a && !b || b {
		fmt.Println("logic")
	}
}
