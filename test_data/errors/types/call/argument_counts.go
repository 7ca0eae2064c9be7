// Argument counts of ordinary calls: gc's have/want lines (untyped numbers print as "number"), reported at the
// first extra argument, the last argument, or the call when there is none.
package main

func f(a int, b string) int { return a + len(b) }
func g() (int, string)      { return 1, "a" }
func h()                    {}

func main() {
	_ = f(g())
	_ = f(1, "a")

	_ = f(1)          // ERROR "^not enough arguments in call to f\n\thave \(number\)\n\twant \(int, string\)$"
	_ = f(1, "a", 3)  // ERROR "^too many arguments in call to f\n\thave \(number, string, number\)\n\twant \(int, string\)$"
	_ = f()           // ERROR "^not enough arguments in call to f\n\thave \(\)\n\twant \(int, string\)$"
	_ = f(1.5, true)  // ERROR "^cannot use 1\.5 \(untyped float constant\) as int value in argument to f \(truncated\)$" "^cannot use true \(untyped bool constant\) as string value in argument to f$"
	h(1)              // ERROR "^too many arguments in call to h\n\thave \(number\)\n\twant \(\)$"
	h(g())            // ERROR "^too many arguments in call to h\n\thave \(int, string\)\n\twant \(\)$"
	_ = f(g(), 1)     // ERROR "^multiple-value g\(\) \(value of type \(int, string\)\) in single-value context$"
}
