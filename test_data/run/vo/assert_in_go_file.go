// golden: by hand — assert is a builtin in .go files too (LANGUAGE.md: `?`, `~>` and assert work in both
// dialects); Go has no assert, so there is no oracle.
package main

import "fmt"

func divide(a, b int) (q int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("divide:", r)
			q = 0
		}
	}()
	assert(b != 0, "divide", a, "by zero")
	return a / b
}

func main() {
	fmt.Println(divide(7, 2))
	fmt.Println(divide(7, 0))
}
