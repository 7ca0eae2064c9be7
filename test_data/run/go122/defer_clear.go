// golden: by hand — clear is Go 1.21's builtin (LANGUAGE.md: builtins as in Go 1.22); deferred, its argument is
// evaluated at the defer statement and the map or slice is cleared when the deferred call runs.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	s := []int{1, 2, 3, 4}
	func() {
		defer clear(m)
		defer clear(s[1:3])
		fmt.Println(len(m), s)
	}()
	fmt.Println(len(m), s)
}
