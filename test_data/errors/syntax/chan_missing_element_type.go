// A channel type needs an element type.
package main

func f(c chan) {} // ERROR "^syntax error: missing channel element type$"

func main() {}
