// Assignments: count mismatches, unassignable operands, := without new variables, comma-ok forms.

package main

func one() int           { return 1 }
func two() (int, error)  { return 0, nil }

func main() {
	a, b := two(), 1 // ERROR "^multiple-value two\(\) \(value of type \(int, error\)\) in single-value context$"
	c := two()       // ERROR "^assignment mismatch: 1 variable but two returns 2 values$"
	x, y := 1        // ERROR "^assignment mismatch: 2 variables but 1 value$"
	p, q := one()    // ERROR "^assignment mismatch: 2 variables but one returns 1 value$"
	var s string
	s[0] = 'a' // ERROR "^cannot assign to s\[0\] \(neither addressable nor a map index expression\)$"
	one() = 2  // ERROR "^cannot assign to one\(\) \(neither addressable nor a map index expression\)$"
	m := map[string]int{}
	v, ok := m["a"]
	v, ok := m["b"] // ERROR "^no new variables on left side of :=$"
	m["c"], ok = 3, true
	ch := make(chan int)
	r, ok := <-ch
	var i any = 1
	n, ok := i.(int)
	_, _ = i.(string)
	s[1:] := "x" // ERROR "^non-name s\[1:\] on left side of :=$"
	_ = ok
	_, _, _, _, _, _, _, _, _, _ = a, b, c, x, y, p, q, v, r, n
}
