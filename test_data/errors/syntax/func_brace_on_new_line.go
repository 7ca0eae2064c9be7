// A function body must start on the line of its signature.
package main

func main()
{ // ERROR "^syntax error: unexpected semicolon or newline before {$"
	println("hi")
}
