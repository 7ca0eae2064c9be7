// Map keys must be comparable (Go spec "Map types"); the check waits until the key type is complete.
package main

type Key struct {
	name string
	tags []string
}

type Ok struct{ a, b int }

type Rec struct {
	m map[Later]int // the key type is declared further down: checked once it is complete
	n int
}

type Later struct{ a, b string }

var m1 map[[]int]string    // ERROR "^invalid map key type \[\]int$"
var m2 map[func()]int      // ERROR "^invalid map key type func\(\)$"
var m3 map[map[int]int]int // ERROR "^invalid map key type map\[int\]int$"
var m4 map[Key]int         // ERROR "^invalid map key type Key$"
var m5 map[[2][]int]bool   // ERROR "^invalid map key type \[2\]\[\]int$"
var ok1 map[Ok]int
var ok2 map[interface{}]int
var ok3 map[*Key]int
var ok4 map[[2]string]int
var ok5 map[chan int]bool

func main() {
	_, _, _, _, _ = m1, m2, m3, m4, m5
	_, _, _, _, _ = ok1, ok2, ok3, ok4, ok5
	_ = Rec{}
}
