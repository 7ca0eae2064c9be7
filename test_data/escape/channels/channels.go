// Channels: a value sent on a channel flows to the heap (another goroutine may receive it); a received value is
// loaded through the channel (its content); make(chan) always allocates.
package main

type T struct{ n int }

func send(ch chan *T) { // ERROR "ch does not escape$"
	t := T{1} // ERROR "moved to heap: t$"
	ch <- &t
}

func sendValue(ch chan T) { // ERROR "ch does not escape$"
	t := T{2}
	ch <- t
}

func receive(ch chan *T) *T { // ERROR "ch does not escape$"
	return <-ch
}

func receiveLocal(ch chan *T) int { // ERROR "ch does not escape$"
	p := <-ch
	return p.n
}

func selecting(a, b chan *T) int { // ERROR "a does not escape$" "b does not escape$"
	x := T{3} // ERROR "moved to heap: x$"
	select {
	case a <- &x:
		return 0
	case p := <-b:
		return p.n
	}
}

func localChannel() int {
	ch := make(chan int, 1)
	ch <- 1
	return <-ch
}

func main() {
	send(make(chan *T, 1))
	sendValue(make(chan T, 1))
	c := make(chan *T, 1)
	c <- &T{1} // ERROR "&T{...} escapes to heap$"
	_ = receive(c)
	c <- &T{2} // ERROR "&T{...} escapes to heap$"
	check(receiveLocal(c), 2)
	c <- &T{3} // ERROR "&T{...} escapes to heap$"
	check(selecting(make(chan *T), c), 3)
	check(localChannel(), 1)
}

// check panics when a function computed another value than with Go: a wrong escape decision that puts an object
// in a frame it outlives shows up here at run time.
func check(got, want int) {
	if got != want {
		panic("wrong result") // ERROR ".wrong result. escapes to heap$"
	}
}
