// Qualified identifiers pkg.Name: functions, types, constants and variables of imported packages; a name the
// package does not declare.
package main

import (
	"fmt"
	"math"
	"os"
	"strings"
)

func main() {
	var b strings.Builder
	b.WriteString("x")
	fmt.Println(b.String(), math.Pi, math.MaxInt8)
	const big = math.MaxInt64
	var f *os.File = os.Stdout
	_ = f
	_ = strings.ToUpper

	_ = fmt.Foo      // ERROR "^undefined: fmt\.Foo$"
	var _ strings.Nope // ERROR "^undefined: strings\.Nope$"
}
