// golden: by hand — Go 1.22 per-iteration loop variables (LANGUAGE.md); Go 1.19 shares one variable per loop.
package main

import "fmt"

func main() {
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var fs []func() string
	for k, v := range map[string]int{"only": 1} {
		fs = append(fs, func() string { return fmt.Sprint(k, v) })
	}
	for i, s := range []string{"x", "y"} {
		fs = append(fs, func() string { return fmt.Sprint(i, s) })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	// The increment sees the copy made for the next iteration: changing i in the body still counts.
	for i := 0; i < 5; i++ {
		defer func() { fmt.Print(i, " ") }()
		i++
	}
}
