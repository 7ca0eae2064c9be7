// selectloop: one consumer selecting over three channels fed by three producer goroutines. Two producers send on
// unbuffered channels, the third on a channel with a buffer of 16; each closes its channel when done and the
// consumer sets a closed channel to nil (a nil channel's case never fires), so the loop ends when all three are
// drained. Every iteration is a three-case select that either takes a ready value or parks the consumer on all
// three channels. The values are sums per channel, which do not depend on the order select picks. Follows the
// fan-in pattern of "Go Concurrency Patterns" (bench/concurrency/select2.go is its two-channel ancestor); Go only.
//
// Argument: the number of messages per producer (last command-line argument; default 10000).
// Output: one line, "<messages received> <sum a> <sum b> <sum c>", integers; the sums are kept modulo 1000000007.
//
// bench size: 2000000
package main

import (
	"fmt"
	"os"
	"strconv"
)

const modulus = 1000000007

// produce sends n values derived from seed on ch, then closes it.
func produce(ch chan<- int, seed, n int) {
	v := seed
	for i := 0; i < n; i++ {
		v = (v*7 + i) % modulus
		ch <- v
	}
	close(ch)
}

// size returns the last command-line argument as an integer, or def when there is none.
func size(def int) int {
	if len(os.Args) < 2 {
		return def
	}
	n, err := strconv.Atoi(os.Args[len(os.Args)-1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "usage: selectloop [messages per producer]")
		os.Exit(2)
	}
	return n
}

func main() {
	n := size(10000)
	a, b, c := make(chan int), make(chan int), make(chan int, 16)
	go produce(a, 1, n)
	go produce(b, 2, n)
	go produce(c, 3, n)
	got, sumA, sumB, sumC := 0, 0, 0, 0
	for a != nil || b != nil || c != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sumA = (sumA + v) % modulus
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sumB = (sumB + v) % modulus
		case v, ok := <-c:
			if !ok {
				c = nil
				continue
			}
			sumC = (sumC + v) % modulus
		}
		got++
	}
	fmt.Printf("%d %d %d %d\n", got, sumA, sumB, sumC)
}
