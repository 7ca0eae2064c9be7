// Goroutines that end hand their records and stacks to later ones (the VM and the scheduler recycle them): the
// later goroutines must start clean (no deferred calls, panics or trace lines of an earlier one) and a trace
// must name the function and line that started the goroutine shown.
package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg *sync.WaitGroup, out chan<- int) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			out <- -id // the recovered ones count negatively
		}
	}()
	if id%7 == 0 {
		panic(fmt.Sprint("worker ", id))
	}
	out <- id
}

func blocker(ch chan int) {
	defer fmt.Println("never printed")
	ch <- 1
}

func start(ch chan int) {
	go blocker(ch)
}

func main() {
	var wg sync.WaitGroup
	out := make(chan int, 100)
	for round := 0; round < 3; round++ {
		wg.Add(30)
		for i := 0; i < 30; i++ {
			go worker(round*30+i, &wg, out)
		}
		wg.Wait()
		sum := 0
		for i := 0; i < 30; i++ {
			sum += <-out
		}
		fmt.Println("round", round, sum)
	}
	ch := make(chan int)
	start(ch)
	<-make(chan int)
}
