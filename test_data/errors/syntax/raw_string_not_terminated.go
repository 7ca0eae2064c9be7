// A raw string literal that is still open at the end of the file. The parser reports nothing more at EOF
// after an error, as gc does.
package main

func main() {
	s := `abc // ERROR "^string not terminated$"
	_ = s
}
