// An argument list that runs into a newline without its closing parenthesis.
package main

func f(a, b int) {}

func main() {
	f(1, 2 // ERROR "^syntax error: unexpected newline in argument list; possibly missing comma or \)$"
}
