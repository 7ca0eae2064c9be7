// go statements: the function value and its arguments flow to the heap (the goroutine outlives the frame).
// defer at the top level of a function runs before the frame ends: its closure and arguments do not escape;
// a defer inside a loop is heap-allocated (it is not known how many there are).
package main

type T struct{ n int }

func work(t *T) { t.n++ } // ERROR "t does not escape$"

func goArgs() {
	t := T{1} // ERROR "moved to heap: t$"
	go work(&t)
	u := T{2}   // ERROR "moved to heap: u$"
	go func() { // ERROR "func literal escapes to heap$"
		u.n++
	}()
}

func deferTop() int {
	t := T{1}
	defer work(&t)
	u := T{2}
	defer func() { // ERROR "func literal does not escape$"
		u.n++
	}()
	return t.n + u.n
}

func deferInLoop() {
	for i := 0; i < 3; i++ {
		t := T{i} // ERROR "moved to heap: t$"
		defer work(&t)
		defer func() { // ERROR "func literal escapes to heap$"
			t.n++
		}()
	}
}

func recovering() (err error) {
	defer func() { // ERROR "func literal does not escape$"
		if r := recover(); r != nil {
			err = nil
		}
	}()
	return nil
}

func main() {
	goArgs()
	check(deferTop(), 3)
	deferInLoop()
	_ = recovering()
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}
