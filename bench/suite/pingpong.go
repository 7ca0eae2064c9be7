// pingpong: two goroutines hand a value back and forth over two unbuffered channels, so every message is a
// rendezvous: the sender parks or hands off directly to a parked receiver, and the scheduler switches goroutines
// on every send. main sends on ping and waits on pong; the echo goroutine applies a small step to each value and
// sends it back; closing ping ends the echo goroutine, which reports its count on a third channel. Follows the
// classic ping-pong / thread-ring style of message-passing benchmark (the Benchmarks Game's retired thread-ring);
// Go only.
//
// Argument: the number of round trips (last command-line argument; default 10000).
// Output: one line, "<value> <round trips seen by the echo goroutine>", integers; the value is kept modulo
// 1000000007.
//
// bench size: 4000000
package main

import (
	"fmt"
	"os"
	"strconv"
)

const modulus = 1000000007

// echo answers every value received on in with a step of it on out, then reports how many it answered.
func echo(in <-chan int, out chan<- int, done chan<- int) {
	n := 0
	for v := range in {
		out <- (v*3 + 1) % modulus
		n++
	}
	done <- n
}

// size returns the last command-line argument as an integer, or def when there is none.
func size(def int) int {
	if len(os.Args) < 2 {
		return def
	}
	n, err := strconv.Atoi(os.Args[len(os.Args)-1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "usage: pingpong [round trips]")
		os.Exit(2)
	}
	return n
}

func main() {
	n := size(10000)
	ping, pong, done := make(chan int), make(chan int), make(chan int)
	go echo(ping, pong, done)
	v := 1
	for i := 0; i < n; i++ {
		ping <- v + i
		v = <-pong
	}
	close(ping)
	fmt.Printf("%d %d\n", v, <-done)
}
