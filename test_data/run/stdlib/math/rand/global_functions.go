// The top-level functions use a shared source seeded with 1 in Go 1.19 (same values on every run), and
// rand.Seed restarts it.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println(rand.Int63(), rand.Uint32(), rand.Uint64(), rand.Int31(), rand.Int())
	fmt.Println(rand.Intn(100), rand.Int31n(100), rand.Int63n(100), rand.Float64(), rand.Float32())
	fmt.Println(rand.NormFloat64(), rand.ExpFloat64(), rand.Perm(5))
	x := []int{1, 2, 3, 4, 5, 6}
	rand.Shuffle(len(x), func(i, j int) { x[i], x[j] = x[j], x[i] })
	b := make([]byte, 5)
	rand.Read(b)
	fmt.Println(x, b)
	rand.Seed(1)
	fmt.Println(rand.Int63())
	rand.Seed(123)
	fmt.Println(rand.Intn(1000), rand.Intn(1000), rand.Float64())
}
