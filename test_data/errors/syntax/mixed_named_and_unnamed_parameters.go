// Either every parameter of a list has a name or none has.
package main

func f(a int, string) {} // ERROR "^syntax error: mixed named and unnamed parameters$"

func main() {}
