// NewZipf (valid and invalid parameters) and the panics of Intn, Int31n, Int63n, Perm and Shuffle on bad
// arguments, with Go's messages.
package main

import (
	"fmt"
	"math/rand"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	r := rand.New(rand.NewSource(3))
	z := rand.NewZipf(r, 1.5, 2, 100)
	for i := 0; i < 10; i++ {
		fmt.Print(z.Uint64(), " ")
	}
	fmt.Println()
	z = rand.NewZipf(r, 3, 1, 1<<20)
	for i := 0; i < 10; i++ {
		fmt.Print(z.Uint64(), " ")
	}
	fmt.Println()
	fmt.Println(rand.NewZipf(r, 1, 1, 10) == nil, rand.NewZipf(r, 2, 0.5, 10) == nil)
	try("Intn(0)", func() { r.Intn(0) })
	try("Int31n(-1)", func() { r.Int31n(-1) })
	try("Int63n(0)", func() { r.Int63n(0) })
	try("Perm(-1)", func() { r.Perm(-1) })
	try("Shuffle(-1)", func() { r.Shuffle(-1, func(i, j int) {}) })
	try("global Intn(-5)", func() { rand.Intn(-5) })
	fmt.Println(r.Intn(1), r.Int63n(1), r.Int31n(1))
}
