// debug.Stack returns the calling goroutine's trace: it starts with the goroutine header and names the
// functions on the stack, including one that is panicking while a deferred call runs.
package main

import (
	"fmt"
	"runtime/debug"
	"strings"
)

//go:noinline
func inner() string { return string(debug.Stack()) }

//go:noinline
func outer() string { return inner() }

//go:noinline
func crash(s []int, i int) int { return s[i] }

func main() {
	st := outer()
	fmt.Println("header:", strings.HasPrefix(st, "goroutine 1 [running]:\n"))
	fmt.Println("has debug.Stack:", strings.Contains(st, "runtime/debug.Stack()"))
	fmt.Println("has main.inner:", strings.Contains(st, "main.inner()"))
	fmt.Println("has main.outer:", strings.Contains(st, "main.outer()"))
	fmt.Println("has main.main:", strings.Contains(st, "main.main()"))
	fmt.Println("inner before outer:", strings.Index(st, "main.inner()") < strings.Index(st, "main.outer()"))
	fmt.Println("names the file:", strings.Contains(st, "stack_trace.go:"))

	func() {
		defer func() {
			r := recover()
			st := string(debug.Stack())
			fmt.Println("recovered:", r)
			fmt.Println("panicking frame on the stack:", strings.Contains(st, "main.crash("))
		}()
		crash([]int{1}, 3)
	}()
}
