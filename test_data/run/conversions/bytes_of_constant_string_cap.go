// []byte(constant string) has cap == len (gc allocates exactly [n]byte), while []byte(s) of a non-constant s
// that escapes has its capacity rounded up to the allocation size class; appending shows the difference.
package main

import "fmt"

const greeting = "preset"

type B []byte

var sink [][]byte

func main() {
	a := []byte("preset")
	b := []byte(greeting)
	c := B("hello, world")
	d := []byte("")
	sink = append(sink, a, b, c, d)
	fmt.Println(len(a), cap(a), len(b), cap(b), len(c), cap(c), len(d), cap(d), d != nil)

	s := "preset"
	for i := 0; i < 3; i++ {
		s += "!"
	}
	e := []byte(s)
	sink = append(sink, e)
	fmt.Println(len(e), cap(e))

	// Appending to a full slice reallocates, so the constant's copy is never shared.
	a2 := append(a, 'x')
	a2[0] = 'P'
	fmt.Println(string(a), string(a2), cap(a2))
}
