// make(T, n[, m]) for slices, maps and channels with integer, non-negative sizes; new(T) for any type.
package main

func main() {
	var n int
	var f float32
	_ = make([]int, 10)
	_ = make([]int, 5, 10.0)
	_ = make([]int, n, n+1)
	_ = make(map[string]int)
	_ = make(map[string]int, 10)
	_ = make(chan int)
	_ = make(chan int, int64(n))
	_ = make(<-chan float64, 1.0)
	var p *int = new(int)
	q := new(struct{ a, b int })
	_ = *p + q.a
	_ = new(*float64)

	_ = make()              // ERROR "^invalid operation: not enough arguments for make\(\) \(expected 1, found 0\)$"
	_ = make([]int)         // ERROR "^invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1$"
	_ = make([]int, 2, 3, 4) // ERROR "^invalid operation: make\(\[\]int, 2, 3, 4\) expects 2 or 3 arguments; found 4$"
	_ = make(map[int]int, 1, 2) // ERROR "^invalid operation: make\(map\[int\]int, 1, 2\) expects 1 or 2 arguments; found 3$"
	_ = make(int)           // ERROR "^invalid argument: cannot make int: type must be slice, map, or channel$"
	_ = make([]int, -1)     // ERROR "^invalid argument: index -1 \(constant of type int\) must not be negative$"
	_ = make([]int, 10, 9)  // ERROR "^invalid argument: length and capacity swapped$"
	_ = make([]int, f)      // ERROR "^invalid argument: index f \(variable of type float32\) must be integer$"
	_ = make([]int, 1<<100) // ERROR "overflows int"
	_ = make(1)             // ERROR "^1 is not a type$"
	_ = new()               // ERROR "^invalid operation: not enough arguments for new\(\) \(expected 1, found 0\)$"
	_ = new(int, 2)         // ERROR "^invalid operation: too many arguments for new\(int, 2\) \(expected 1, found 2\)$"
	_ = new(1)              // ERROR "^1 is not a type$"
}
