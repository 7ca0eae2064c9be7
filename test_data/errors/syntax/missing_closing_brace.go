// A function body that the file ends in before its closing brace.
package main

func main() {
	println("hi")
// ERROR "^syntax error: unexpected EOF, expected }$"