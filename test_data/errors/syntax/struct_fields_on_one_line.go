// Struct fields are separated by semicolons or newlines; gc names the separator `semicolon or newline`.
package main

type point struct {
	x int y int // ERROR "^syntax error: unexpected name y in struct type; possibly missing semicolon or newline or }$"
}

func main() { _ = point{} }
