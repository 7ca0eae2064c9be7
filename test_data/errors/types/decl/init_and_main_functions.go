// init and main must be functions without parameters and results; init functions are not declared (there may
// be several, and they cannot be referred to).

package main

var init = 1 // ERROR "^cannot declare init - must be func$"

func init(x int) {} // ERROR "^func init must have no arguments and no return values$"

func init() {}

func init() {}

func main() int { // ERROR "^func main must have no arguments and no return values$"
	return 0
}
