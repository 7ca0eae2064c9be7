// A call's value: nothing, one value of the result type, or a multi-value usable only where several values are
// expected (assignments, returns, and as all the arguments of another call).
package main

func none()              {}
func one() int           { return 1 }
func two() (int, string) { return 1, "a" }
func take(int, string)   {}
func give() (int, string) { return two() }

func main() {
	var a int = one()
	b, c := two()
	take(two())
	take(give())
	_, _, _ = a, b, c
	none()

	_ = none()   // ERROR "none\(\) \(no value\) used as value"
	_ = one() + two() // ERROR "^multiple-value two\(\) \(value of type \(int, string\)\) in single-value context$"
}
