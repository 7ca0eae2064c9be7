// The init statement of a for loop is a simple statement: a short variable declaration, not `var`.
package main

func main() {
	for var i = 0; i < 3; i++ { // ERROR "^syntax error: var declaration not allowed in for initializer$"
		println(i)
	}
}
