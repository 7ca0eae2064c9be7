// Mutex, RWMutex and WaitGroup coordinating goroutines: counters under a lock, readers and writers, TryLock
// results, and WaitGroup.Wait returning after every Done.
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

func main() {
	c := counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				c.inc([]string{"even", "odd"}[g%2])
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(c.n)

	var rw sync.RWMutex
	fmt.Println("RLock twice:", rw.TryRLock(), rw.TryRLock())
	fmt.Println("TryLock while read-locked:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock when free:", rw.TryLock())
	fmt.Println("TryRLock while locked:", rw.TryRLock())
	rw.Unlock()

	shared := 0
	var wg2 sync.WaitGroup
	results := make([]int, 4)
	for i := 0; i < 4; i++ {
		wg2.Add(2)
		go func() {
			defer wg2.Done()
			rw.Lock()
			shared += 10
			rw.Unlock()
		}()
		go func(i int) {
			defer wg2.Done()
			rw.RLock()
			results[i] = shared % 10
			rw.RUnlock()
		}(i)
	}
	wg2.Wait()
	fmt.Println("shared:", shared, "reads saw whole writes:", results)

	l := rw.RLocker()
	l.Lock()
	fmt.Println("RLocker holds a read lock:", rw.TryLock() == false, rw.TryRLock())
	rw.RUnlock()
	l.Unlock()
	fmt.Println("free again:", rw.TryLock())
	rw.Unlock()

	var m sync.Mutex
	var locker sync.Locker = &m
	locker.Lock()
	fmt.Println("TryLock on locked:", m.TryLock())
	locker.Unlock()
}
