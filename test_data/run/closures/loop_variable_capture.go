// golden: by hand — LANGUAGE.md gives `for` loops Go 1.22's per-iteration variables, so each closure sees its own
// i and s; Go 1.19 (the oracle elsewhere) prints `3 3 3` and `b b` for the first and last lines.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i }) // Go 1.22 (LANGUAGE.md): a fresh i per iteration
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fs = nil
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() string
	for _, s := range []string{"a", "b"} {
		gs = append(gs, func() string { return s })
	}
	fmt.Println(gs[0](), gs[1]())
}
