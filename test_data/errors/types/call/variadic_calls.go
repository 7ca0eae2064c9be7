// Variadic calls: arguments that map to the ... parameter, a slice passed with xs..., a multi-value call spread
// over the parameters, and the misuses of ... that gc reports.
package main

func sum(xs ...int) int           { return len(xs) }
func pair(s string, xs ...int) int { return len(s) + len(xs) }
func fixed(a, b int) int          { return a + b }
func two() (int, int)             { return 1, 2 }
func three() (int, int, int)      { return 1, 2, 3 }

func main() {
	xs := []int{1, 2}
	_ = sum()
	_ = sum(1, 2, 3)
	_ = sum(xs...)
	_ = sum(two())
	_ = sum(three())
	_ = pair("a")
	_ = pair("a", 1, 2)
	_ = pair("a", xs...)
	_ = fixed(two())
	_ = sum(nil...)

	_ = sum(1, xs...)    // ERROR "^too many arguments in call to sum\n\thave \(number, \[\]int\.\.\.\)\n\twant \(\.\.\.int\)$"
	_ = sum(three()...)  // ERROR "^cannot use \.\.\. with 3-valued three\(\)$"
	_ = fixed(two()...)  // ERROR "^cannot use \.\.\. in call to non-variadic fixed$"
	_ = fixed(1, xs...)  // ERROR "^cannot use \.\.\. in call to non-variadic fixed$"
	_ = pair(xs...)      // ERROR "^not enough arguments in call to pair\n\thave \(\[\]int\.\.\.\)\n\twant \(string, \.\.\.int\)$"
	_ = pair()           // ERROR "^not enough arguments in call to pair\n\thave \(\)\n\twant \(string, \.\.\.int\)$"
	_ = sum("a")         // ERROR "^cannot use .a. \(untyped string constant\) as int value in argument to sum$"
	_ = sum(1, 2, 1.5)   // ERROR "^cannot use 1\.5 \(untyped float constant\) as int value in argument to sum \(truncated\)$"
	_ = pair("a", "b"...) // ERROR "^cannot use .b. \(untyped string constant\) as \[\]int value in argument to pair$"
}
