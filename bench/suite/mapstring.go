// mapstring: a map with string keys, string hashing, comparison and key building bound: mapint's phases with
// keys made by strconv, "k" + strconv.Itoa(key(j)) where key(j) = j·48271 mod (2³¹−1) (so every access also
// builds its key string, as a program looking up words would). With N keys:
//   - insert key(j) → j for j in 1..N into an empty map (no size hint);
//   - look up key(j) for j in 1..2N (half hit, half miss), summing the values found;
//   - delete key(j) for the odd j in 1..N, then insert key(j) → j for j in N+1..N+N/2;
//   - add 1 to the value of key(j) for j in 1..N step 3 (a missing key starts from 0);
//   - look up key(j) for j in 1..2N again;
//   - range over the map summing len(k)·v + the key's last byte.
//
// Sums are reduced modulo 1000000007; prints the length after each phase and the sums.
//
// bench size: 700000
package main

import (
	"fmt"
	"os"
	"strconv"
)

const modulus = 1000000007

func key(j int) string { return "k" + strconv.Itoa(j*48271%2147483647) }

func main() {
	n := 10000
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[len(os.Args)-1])
		if err != nil {
			fmt.Fprintln(os.Stderr, "usage: mapstring [N]")
			os.Exit(2)
		}
		n = v
	}
	m := make(map[string]int)
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
		sum = (sum + len(k)*v + int(k[len(k)-1])) % modulus
	}
	fmt.Printf("range %d\n", sum)
}
