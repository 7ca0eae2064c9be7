// Two expressions in a row: the second starts nothing that can follow the first.
package main

func main() {
	x := 1 2 // ERROR "^syntax error: unexpected literal 2 at end of statement$"
	_ = x
}
