// spawn: starting many short goroutines. The goroutines come in waves of 1,000: main starts a wave, each
// goroutine computes a small value from its number and sends it once on a shared unbuffered channel, and main
// receives the wave's 1,000 values before starting the next one, so at most one wave is alive at a time (memory
// stays flat whatever the count) and each goroutine is created, scheduled, parked on the send, handed to main and
// finished. A sync.WaitGroup per wave checks that every goroutine of the wave has returned before the next wave.
// Follows the "spawn N goroutines / threads" microbenchmarks (bench/concurrency/spawn100k.go is the
// single-wave ancestor); Go only.
//
// Argument: the number of goroutines (last command-line argument; default 10000), rounded up to whole waves.
// Output: one line, "<goroutines> <sum of their values>", integers; the sum is kept modulo 1000000007.
//
// bench size: 2500000
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

const (
	wave    = 1000
	modulus = 1000000007
)

// size returns the last command-line argument as an integer, or def when there is none.
func size(def int) int {
	if len(os.Args) < 2 {
		return def
	}
	n, err := strconv.Atoi(os.Args[len(os.Args)-1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "usage: spawn [goroutines]")
		os.Exit(2)
	}
	return n
}

func main() {
	n := size(10000)
	ch := make(chan int)
	var wg sync.WaitGroup
	started, sum := 0, 0
	for started < n {
		wg.Add(wave)
		for k := 0; k < wave; k++ {
			go func(id int) {
				defer wg.Done()
				ch <- id%1000 + id/1000
			}(started + k)
		}
		started += wave
		for k := 0; k < wave; k++ {
			sum += <-ch
		}
		sum %= modulus
		wg.Wait()
	}
	fmt.Printf("%d %d\n", started, sum)
}
