// A variable declaration needs a type or an initial value.
package main

var x // ERROR "^syntax error: unexpected newline, expected type$"

func main() {}
