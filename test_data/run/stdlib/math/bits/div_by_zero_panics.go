// An unrecovered bits.Div64 by zero ends the program with Go's run-time error text and exit status 2.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	q, r := bits.Div64(0, 10, 3)
	fmt.Println(q, r)
	var zero uint64
	q, r = bits.Div64(0, 10, zero)
	fmt.Println(q, r)
}
