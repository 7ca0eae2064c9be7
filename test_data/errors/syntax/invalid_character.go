// A character that starts no token; the lexer skips it and goes on.
package main

var x = 1 @ // ERROR "^invalid character U\+0040 '@'$"

func main() { _ = x }
