// sieve: the sieve of Eratosthenes over a []bool, array-indexing and loop bound (the classic repeated sieve of
// the Byte magazine and "Great Computer Language Shootout" benchmarks, with a bigger table). Each of N passes
// marks the primes up to about 1,000,000 in the same 1,000,001-flag slice (the limit varies a little from pass
// to pass, so no pass repeats another's work): set every flag from 2 to the limit, then for each prime p still
// flagged strike p², p²+p, ... Prints the last pass's prime count and the sum of all passes' counts.
//
// bench size: 500
package main

import (
	"fmt"
	"os"
	"strconv"
)

const maxLimit = 1000000

func main() {
	passes := 2
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[len(os.Args)-1])
		if err != nil {
			fmt.Fprintln(os.Stderr, "usage: sieve [N]")
			os.Exit(2)
		}
		passes = v
	}
	flags := make([]bool, maxLimit+1)
	count, total := 0, 0
	for pass := 0; pass < passes; pass++ {
		limit := maxLimit - pass%64
		for i := 2; i <= limit; i++ {
			flags[i] = true
		}
		count = 0
		for i := 2; i <= limit; i++ {
			if flags[i] {
				count++
				for k := i * i; k <= limit; k += i {
					flags[k] = false
				}
			}
		}
		total += count
	}
	fmt.Printf("primes %d total %d\n", count, total)
}
