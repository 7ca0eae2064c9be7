package main

import (
	"fmt"
	"sync"
)

func main() {
	gate := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	woken := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, ok := <-gate
			mu.Lock()
			if !ok {
				woken++
			}
			mu.Unlock()
		}()
	}
	close(gate)
	wg.Wait()
	fmt.Println("woken:", woken)

	// a nil channel in a select is never ready
	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel not ready")
	}
}
