// mapint: a map with int keys, hashing and probing bound: insert, lookup (hits and misses), delete, re-insert,
// update in place and range, in the manner of the hash-table micro-benchmarks (no single Benchmarks Game program
// follows it; k-nucleotide is the nearest). Keys are key(j) = j·48271 mod (2³¹−1) for j ≥ 1 (Park–Miller's
// multiplier: distinct, scattered over 31 bits, exact in double arithmetic so that LuaJIT computes the same).
// With N keys:
//   - insert key(j) → j for j in 1..N into an empty map (no size hint: growth is part of the work);
//   - look up key(j) for j in 1..2N (half hit, half miss), summing the values found;
//   - delete key(j) for the odd j in 1..N, then insert key(j) → j for j in N+1..N+N/2;
//   - add 1 to the value of key(j) for j in 1..N step 3 (a missing key starts from 0);
//   - look up key(j) for j in 1..2N again;
//   - range over the map summing (k mod 1000)·v.
//
// Sums are reduced modulo 1000000007; prints the length after each phase and the sums.
//
// bench size: 1500000
package main

import (
	"fmt"
	"os"
	"strconv"
)

const modulus = 1000000007

func key(j int) int { return j * 48271 % 2147483647 }

func main() {
	n := 20000
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[len(os.Args)-1])
		if err != nil {
			fmt.Fprintln(os.Stderr, "usage: mapint [N]")
			os.Exit(2)
		}
		n = v
	}
	m := make(map[int]int)
	for j := 1; j <= n; j++ {
		m[key(j)] = j
	}
	fmt.Printf("inserted %d\n", len(m))

	hits, sum := 0, 0
	for j := 1; j <= 2*n; j++ {
		if v, ok := m[key(j)]; ok {
			hits++
			sum = (sum + v) % modulus
		}
	}
	fmt.Printf("lookup hits %d sum %d\n", hits, sum)

	for j := 1; j <= n; j += 2 {
		delete(m, key(j))
	}
	fmt.Printf("after delete %d\n", len(m))
	for j := n + 1; j <= n+n/2; j++ {
		m[key(j)] = j
	}
	for j := 1; j <= n; j += 3 {
		m[key(j)]++
	}
	fmt.Printf("after insert and update %d\n", len(m))

	hits, sum = 0, 0
	for j := 1; j <= 2*n; j++ {
		if v, ok := m[key(j)]; ok {
			hits++
			sum = (sum + v) % modulus
		}
	}
	fmt.Printf("lookup hits %d sum %d\n", hits, sum)

	sum = 0
	for k, v := range m {
		sum = (sum + k%1000*v) % modulus
	}
	fmt.Printf("range %d\n", sum)
}
