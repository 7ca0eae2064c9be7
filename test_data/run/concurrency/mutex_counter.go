package main

import (
	"fmt"
	"runtime"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v := c.n[k]
	runtime.Gosched() // another goroutine runs here: without the lock, updates would be lost
	c.n[k] = v + 1
}

func main() {
	c := counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.inc([]string{"a", "b"}[j%2])
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.n)

	var rw sync.RWMutex
	total := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg2.Add(2)
		go func() {
			defer wg2.Done()
			rw.Lock()
			total++
			rw.Unlock()
		}()
		go func() {
			defer wg2.Done()
			rw.RLock()
			_ = total
			rw.RUnlock()
		}()
	}
	wg2.Wait()
	fmt.Println("total", total, "goroutines", runtime.NumGoroutine())
}
