// A type expression must denote a type: undefined names, values and packages are reported once.
package main

import (
	"strconv"
	"strings"
)

var v int

func f() {}

var t1 undefinedType // ERROR "^undefined: undefinedType$"
var t2 v             // ERROR "v .*is not a type$"
var t3 f             // ERROR "f .*is not a type$"
var t4 []undefinedElem // ERROR "^undefined: undefinedElem$"
var t5 strings.NoSuchType // ERROR "^undefined: strings.NoSuchType$"
var t6 strconv.intSize    // ERROR "^name intSize not exported by package strconv$" "intSize .*is not a type$"

func main() {
	_, _, _, _, _, _ = t1, t2, t3, t4, t5, t6
}
