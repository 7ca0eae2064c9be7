// Only the final parameter of a signature may be variadic; its type is a slice.
package main

func ok(format string, args ...interface{}) {}

func f(a ...int, b int)  {} // ERROR "^can only use \.\.\. with final parameter in list$"
func g() (r ...int)      { return } // ERROR "^can only use \.\.\. with final parameter in list$"
func h(a, b int, a string) {} // ERROR "^a redeclared in this block"

type F func(...int, string) // ERROR "^can only use \.\.\. with final parameter in list$"

func main() {
	ok("x", 1, "two")
	var s []int
	_ = s
}
