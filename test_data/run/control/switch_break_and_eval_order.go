package main

import "fmt"

func val(s string, v int) int {
	fmt.Println("eval", s)
	return v
}

func main() {
	switch val("tag", 2) {
	case val("a", 1), val("b", 2), val("c", 3):
		fmt.Println("matched")
		if true {
			break
		}
		fmt.Println("not printed")
	case val("d", 2):
		fmt.Println("never")
	}
	x := 7
	switch {
	case x > 5 && x < 10:
		fmt.Println("between")
	}
}
