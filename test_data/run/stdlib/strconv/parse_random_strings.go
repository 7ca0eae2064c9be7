// ParseFloat (64 and 32 bits), ParseInt and ParseUint with base 0, and ParseComplex on pseudo-random strings
// built from the characters of numeric syntax, so every branch of Go's scanners meets odd combinations.
package main

import (
	"fmt"
	"strconv"
)

var state uint64 = 0x853c49e6748fea9b

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func main() {
	const alphabet = "0123456789012345678901234567890.._+-eEpPxXbBoOiInNfFaA"
	pieces := []string{"0x", "1e", "e-", "p+", "inf", "nan", "Infinity", "9999999999", "0.000000001", "_", "i", "+"}
	for n := 0; n < 1500; n++ {
		var b []byte
		length := int(next() % 12)
		for i := 0; i < length; i++ {
			if next()%4 == 0 {
				b = append(b, pieces[next()%uint64(len(pieces))]...)
			} else {
				b = append(b, alphabet[next()%uint64(len(alphabet))])
			}
		}
		s := string(b)
		f, err := strconv.ParseFloat(s, 64)
		g, err32 := strconv.ParseFloat(s, 32)
		i, ierr := strconv.ParseInt(s, 0, 64)
		u, uerr := strconv.ParseUint(s, 0, 32)
		c, cerr := strconv.ParseComplex(s, 128)
		if err == nil || err32 == nil || ierr == nil || uerr == nil || cerr == nil || n%50 == 0 {
			fmt.Printf("%q: %b %v | %v %v | %d %v | %d %v | %v %v\n", s, f, err, float32(g), err32, i, ierr, u, uerr, c, cerr)
		}
	}
}
