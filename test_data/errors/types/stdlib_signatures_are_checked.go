// Calls into the standard library are checked against its declared API like any other call.

package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	strings.Repeat(1, "a") // ERROR "^cannot use 1 \(untyped int constant\) as string value in argument to strings.Repeat$" "^cannot use .a. \(untyped string constant\) as int value in argument to strings.Repeat$"
	n := fmt.Println() // ERROR "^assignment mismatch: 1 variable but fmt.Println returns 2 values$"
	s := strconv.Itoa("3") // ERROR "^cannot use .3. \(untyped string constant\) as int value in argument to strconv.Itoa$"
	os.Exit() // ERROR "^not enough arguments in call to os.Exit"
	v, err := strconv.Atoi("12")
	var t string = v // ERROR "^cannot use v \(variable of type int\) as string value in variable declaration$"
	fmt.Println(strings.NoSuchThing) // ERROR "^undefined: strings.NoSuchThing$"
	fmt.Println(n, s, err, t, strings.ToUpper("ok"))
}
