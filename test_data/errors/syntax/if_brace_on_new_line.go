// The block of an if statement must start on the line of its condition.
package main

func main() {
	x := true
	if x // ERROR "^syntax error: unexpected newline, expected { after if clause$"
	{
		println("yes")
	}
}
