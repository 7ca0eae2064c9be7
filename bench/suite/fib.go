// fib: the cost of calls — doubly recursive fib(n), no memoisation (the classic call benchmark used by the
// Lua, Python and Go interpreter comparisons). Checksum: fib(n) itself.
//
// Usage: fib [N]   (N from the last argument; default 25)
// bench size: 41
// (Go binary: about 0.55 s)
package main

import (
	"fmt"
	"os"
	"strconv"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	n := 25
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[len(os.Args)-1]); err == nil {
			n = v
		}
	}
	fmt.Printf("fib(%d) = %d\n", n, fib(n))
}
