// Return statements: result counts with have/want lines, naked returns with shadowed results, missing return.

package main

func pair() (int, string) { return 1, "" }

func notEnough() (int, error) {
	return 1 // ERROR "^not enough return values\n\thave \(number\)\n\twant \(int, error\)$"
}

func tooMany() int {
	return 1, 2 // ERROR "^too many return values\n\thave \(number, number\)\n\twant \(int\)$"
}

func none() {
	return 1 // ERROR "^too many return values\n\thave \(number\)\n\twant \(\)$"
}

func forwarded() (int, string) { return pair() }

func shadowed() (x int, err error) {
	{
		x := 2
		_ = x
		return // ERROR "^result parameter x not in scope at return\n\t.*: inner declaration of var x int$"
	}
}

func missing(b bool) int {
	if b {
		return 1
	}
} // ERROR "^missing return$"

func terminating(b bool) int {
	for {
	}
}

func terminatingSwitch(n int) int {
	switch n {
	case 1:
		return 1
	default:
		panic("no")
	}
}

func breakMakesLoopNonTerminating() int {
	for {
		break
	}
} // ERROR "^missing return$"

func main() {}
