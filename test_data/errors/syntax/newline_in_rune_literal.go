// A rune literal cannot span lines.
package main

func main() {
	r := 'a // ERROR "^newline in rune literal$"
	_ = r
}
