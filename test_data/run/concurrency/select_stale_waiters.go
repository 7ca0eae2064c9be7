// A select parked on several channels leaves its waiters queued on the channels that did not fire until its
// goroutine runs again. Operations in between must skip those leftovers: a send or a select finds the live
// waiter behind one, and a channel whose only waiter is a leftover has no partner (the default case runs).
package main

import (
	"fmt"
	"sort"
	"time"
)

func recvWaiter(a, b chan int, out chan string) {
	select {
	case v := <-a:
		out <- fmt.Sprintf("a got %d", v)
	case v := <-b:
		out <- fmt.Sprintf("b got %d", v)
	}
}

func sendWaiter(id int, a, b chan int, out chan string) {
	select {
	case a <- id:
		out <- "sent on a"
	case b <- id:
		out <- "sent on b"
	}
}

func collect(out chan string, n int) {
	var got []string
	for i := 0; i < n; i++ {
		got = append(got, <-out)
	}
	sort.Strings(got)
	for _, s := range got {
		fmt.Println(" ", s)
	}
}

func main() {
	out := make(chan string, 4)

	// Two receivers selecting on a and b: one takes the value sent on a, the other is still waiting on b.
	a, b := make(chan int), make(chan int)
	go recvWaiter(a, b, out)
	go recvWaiter(a, b, out)
	time.Sleep(20 * time.Millisecond)
	a <- 1
	select {
	case b <- 2:
		fmt.Println("receivers: sent on b")
	default:
		fmt.Println("receivers: no receiver on b")
	}
	collect(out, 2)

	// One receiver: after it won on c, its waiter on d is a leftover, not a receiver.
	c, d := make(chan int), make(chan int)
	go recvWaiter(c, d, out)
	time.Sleep(20 * time.Millisecond)
	c <- 5
	select {
	case d <- 6:
		fmt.Println("one receiver: sent on d")
	default:
		fmt.Println("one receiver: no receiver on d")
	}
	collect(out, 1)

	// The same with senders: two senders selecting on e and f.
	e, f := make(chan int), make(chan int)
	go sendWaiter(1, e, f, out)
	go sendWaiter(2, e, f, out)
	time.Sleep(20 * time.Millisecond)
	x := <-e
	var y int
	select {
	case y = <-f:
		fmt.Println("senders: received on f, sum", x+y)
	default:
		fmt.Println("senders: no sender on f")
	}
	collect(out, 2)

	// One sender: its waiter on h is a leftover once it sent on g; a select over h and a nil channel defaults.
	g, h := make(chan int), make(chan int)
	var nilc chan int
	go sendWaiter(7, g, h, out)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("one sender: got", <-g)
	select {
	case v := <-h:
		fmt.Println("one sender: received on h", v)
	case v := <-nilc:
		fmt.Println("nil channel", v)
	default:
		fmt.Println("one sender: no sender on h")
	}
	collect(out, 1)

	// A closed channel is ready for receiving; a ready buffered channel competes with it.
	closed := make(chan int)
	close(closed)
	buf := make(chan int, 1)
	counts := map[string]int{}
	for i := 0; i < 2000; i++ {
		buf <- i
		select {
		case _, ok := <-closed:
			counts[fmt.Sprint("closed ok=", ok)]++
			<-buf
		case <-buf:
			counts["buf"]++
		}
	}
	fmt.Println("closed vs buffered: both chosen:", counts["closed ok=false"] > 700 && counts["buf"] > 700)
}
