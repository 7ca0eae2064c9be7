// An unrecovered bits.Div32 quotient overflow ends the program with "runtime error: integer overflow".
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.Div32(1, 2, 3))
	fmt.Println(bits.Div32(3, 2, 3))
}
