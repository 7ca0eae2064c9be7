// Once (also when f panics), Cond with Signal and Broadcast, Pool with New, and Map's operations.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var once sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		once.Do(func() { panic("first call panics") })
	}()
	once.Do(func() { fmt.Println("not called: Do already ran") })
	fmt.Println("once done")

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := 0
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			ready++
			cond.Wait()
			ready--
			mu.Unlock()
		}()
	}
	for {
		mu.Lock()
		if ready == 3 {
			mu.Unlock()
			break
		}
		mu.Unlock()
		sync.NewCond(&sync.Mutex{}).Signal() // no waiters: a no-op
		wg.Add(0)
		waitABit()
	}
	mu.Lock()
	cond.Signal()
	mu.Unlock()
	mu.Lock()
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("all woke, ready =", ready)

	made := 0
	pool := sync.Pool{New: func() any { made++; return fmt.Sprintf("new-%d", made) }}
	a := pool.Get()
	pool.Put("reused")
	b := pool.Get()
	fmt.Println(a, b, made)
	var empty sync.Pool
	fmt.Println("empty pool:", empty.Get())
	empty.Put(nil)
	fmt.Println("after Put(nil):", empty.Get())

	var m sync.Map
	m.Store("b", 2)
	m.Store("a", 1)
	m.Store(3, "three")
	v, ok := m.Load("a")
	fmt.Println("Load a:", v, ok)
	v, ok = m.Load("zzz")
	fmt.Println("Load zzz:", v, ok)
	actual, loaded := m.LoadOrStore("a", 100)
	fmt.Println("LoadOrStore a:", actual, loaded)
	actual, loaded = m.LoadOrStore("c", 3)
	fmt.Println("LoadOrStore c:", actual, loaded)
	v, loaded = m.LoadAndDelete("b")
	fmt.Println("LoadAndDelete b:", v, loaded)
	v, loaded = m.LoadAndDelete("b")
	fmt.Println("LoadAndDelete b again:", v, loaded)
	m.Delete(3)
	m.Delete("never")
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println("Range:", keys)
	n := 0
	m.Range(func(k, v any) bool { n++; return false })
	fmt.Println("Range stops after false:", n)
}

func waitABit() {
	ch := make(chan int)
	go func() { ch <- 1 }()
	<-ch
}
