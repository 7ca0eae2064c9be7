// closures: calls of closures that capture variables. Four closures of one type func(int) int sit in a slice: one
// captures a constant offset, one two coefficients, one main's counter, which it increments (a capture by
// reference), one a limit it clamps to; a fifth closure, emit, adds into main's sum (also by reference). Each step
// i calls every closure of the slice on i and hands each result to emit: eight closure calls per step, none of
// them to a function known at the call site. Follows no Benchmarks Game program; closures.c does the same with a
// function pointer plus an environment struct.
//
// Argument: the number of steps (last command-line argument; default 10000).
// Output: one line, "<sum> <counter>", integers; the sum is kept modulo 1000000007 after every step.
//
// bench size: 80000000
package main

import (
	"fmt"
	"os"
	"strconv"
)

const modulus = 1000000007

// offset returns a closure adding k to its argument.
func offset(k int) func(int) int {
	return func(x int) int { return x + k }
}

// affine returns a closure computing a*x + b.
func affine(a, b int) func(int) int {
	return func(x int) int { return a*x + b }
}

// clamp returns a closure limiting its argument to lim.
func clamp(lim int) func(int) int {
	return func(x int) int {
		if x > lim {
			return lim
		}
		return x
	}
}

// run makes n steps over fs, handing every result to emit.
func run(fs []func(int) int, emit func(int), n int) {
	for i := 0; i < n; i++ {
		for _, f := range fs {
			emit(f(i))
		}
	}
}

// size returns the last command-line argument as an integer, or def when there is none.
func size(def int) int {
	if len(os.Args) < 2 {
		return def
	}
	n, err := strconv.Atoi(os.Args[len(os.Args)-1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "usage: closures [steps]")
		os.Exit(2)
	}
	return n
}

func main() {
	n := size(10000)
	calls := 0
	count := func(x int) int {
		calls++
		return x + calls
	}
	fs := []func(int) int{offset(3), affine(5, 1), count, clamp(1000)}
	sum, emitted := 0, 0
	emit := func(v int) {
		sum += v
		emitted++
		if emitted == len(fs) {
			sum %= modulus
			emitted = 0
		}
	}
	run(fs, emit, n)
	fmt.Printf("%d %d\n", sum, calls)
}
