// min and max of ordered operands of one type; constant when every operand is, with untyped constants taking
// the type of the typed operands.
package main

func main() {
	var x int
	var f float64
	var s string
	const mx = max(1, 2.5, 'a')
	const mn = min("b", "a", "c")
	const _ int8 = max(1, 2, 3)
	var _ int = min(x, 2)
	var _ float64 = max(f, 1, 2.5)
	_ = min(s, "z")
	_ = max(x)

	_ = max()         // ERROR "^invalid operation: not enough arguments for max\(\) \(expected 1, found 0\)$"
	_ = max([]int{})  // ERROR "^invalid argument: \[\]int\{.*\} \(value of type \[\]int\) cannot be ordered$"
	_ = min(x, f)     // ERROR "^invalid argument: mismatched types int \(previous argument\) and float64 \(type of f\)$"
	_ = min(1, "a")   // ERROR "^invalid argument: mismatched types untyped int \(previous argument\) and untyped string \(type of .a.\)$"
	_ = max(x, 1.5)   // ERROR "1\.5 \(untyped float constant\) truncated to int|cannot use 1\.5"
	_ = min(true)     // ERROR "^invalid argument: true \(untyped bool constant\) cannot be ordered$"
	const _ int8 = max(1, 300) // ERROR "overflows"
}
