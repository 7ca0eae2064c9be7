// go and defer with method calls: the receiver is an argument like the others (to the heap for go, for a defer in
// a loop; kept for a defer at the function's top level).
package main

type Counter struct{ n int }

func (c *Counter) Add(k int) { c.n += k } // ERROR "c does not escape$"

func (c Counter) Report(done chan int) { done <- c.n } // ERROR "done does not escape$"

func goMethod(done chan int) { // ERROR "leaking param: done$"
	var c Counter
	go c.Report(done)
	var d Counter // ERROR "moved to heap: d$"
	go d.Add(1)
}

func deferMethod() int {
	var c Counter
	defer c.Add(1)
	return c.n
}

func deferMethodInLoop() {
	for i := 0; i < 2; i++ {
		var c Counter // ERROR "moved to heap: c$"
		defer c.Add(i)
	}
}

func deferMethodValue() int {
	var c Counter
	f := c.Add // ERROR "c.Add does not escape$"
	defer f(2)
	return c.n
}

func main() {
	done := make(chan int, 1)
	goMethod(done)
	<-done
	check(deferMethod(), 0)
	deferMethodInLoop()
	check(deferMethodValue(), 0)
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}
