// EncodeRune into a buffer too short for the encoding panics with Go's run-time error: a runtime.boundsError
// whose index is the encoding's last byte (p[0], p[1], p[2] or p[3]) against the buffer's length.
package main

import (
	"fmt"
	"runtime"
	"unicode/utf8"
)

func try(n int, r rune) {
	defer func() {
		e := recover()
		_, isRuntimeError := e.(runtime.Error)
		fmt.Printf("len %d, %U: %T %v (runtime.Error: %v)\n", n, r, e, e, isRuntimeError)
	}()
	p := make([]byte, n)
	fmt.Printf("len %d, %U: wrote %d bytes % x\n", n, r, utf8.EncodeRune(p, r), p)
}

func main() {
	for _, r := range []rune{'a', 'é', '€', '😀', 0xD800, utf8.MaxRune + 1} {
		for n := 0; n <= 4; n++ {
			try(n, r)
		}
	}
}
