// The values a select sends and receives pass through per-case buffers that the code generator keeps in the
// frame (one per case, reused by every execution): values of every shape (ints, strings, structs with
// pointers, interfaces) must arrive intact when the select runs in a loop, parks, runs in several goroutines at
// once, recurses, nests, and receives from a closed channel (the zero value).
package main

import (
	"fmt"
	"runtime"
)

type item struct {
	name string
	next *item
	n    int
}

func relay(in <-chan item, out chan<- item, quit <-chan bool) {
	for {
		select {
		case it := <-in:
			it.n *= 2
			out <- it
		case <-quit:
			return
		}
	}
}

func depth(n int, c chan int) int {
	if n == 0 {
		return 0
	}
	var got int
	select {
	case c <- n:
		got = <-c
	case v := <-c:
		got = v
	}
	return got + depth(n-1, c)
}

func main() {
	in, out, quit := make(chan item), make(chan item), make(chan bool)
	for w := 0; w < 3; w++ {
		go relay(in, out, quit)
	}
	go func() {
		var prev *item
		for i := 0; i < 30; i++ {
			it := item{fmt.Sprint("item", i), prev, i}
			prev = &it
			in <- it
		}
	}()
	sum, names, links := 0, 0, 0
	for i := 0; i < 30; i++ {
		it := <-out
		runtime.GC()
		sum += it.n
		names += len(it.name)
		if it.next != nil && it.next.n == it.n/2-1 {
			links++
		}
	}
	close(quit)
	fmt.Println("relayed:", sum, names, links)

	ch := make(chan int, 1)
	fmt.Println("recursive:", depth(10, ch))

	strs := make(chan string, 2)
	ifaces := make(chan interface{}, 2)
	done := make(chan struct{}) // never ready
	var log []string
	for i := 0; i < 6; i++ {
		select {
		case strs <- fmt.Sprint("s", i):
			log = append(log, "sent")
		case v, ok := <-ifaces:
			log = append(log, fmt.Sprint("iface ", v, ok))
		}
		if i == 1 { // strs is full from now on: the receives proceed, the last ones from a closed channel
			ifaces <- []int{i}
			close(ifaces)
		}
	}
	a, b := <-strs, <-strs
	fmt.Println("mixed:", len(log), a, b)
	for _, l := range log {
		if l != "sent" {
			fmt.Println(" ", l)
		}
	}

	outer, inner := make(chan int, 1), make(chan int, 1)
	outer <- 1
	inner <- 2
	select {
	case x := <-outer:
		select {
		case y := <-inner:
			fmt.Println("nested:", x, y)
		default:
			fmt.Println("nested: inner empty")
		}
	case <-done:
		fmt.Println("nested: done first")
	}
}
