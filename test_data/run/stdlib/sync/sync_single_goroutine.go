package main

import (
	"fmt"
	"sync"
)

type cache struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *cache) get(k string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[k]
}

func main() {
	c := &cache{m: map[string]int{"a": 1}}
	fmt.Println(c.get("a"), c.mu.TryLock(), c.mu.TryLock())
	c.mu.Unlock()
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	var wg sync.WaitGroup
	wg.Add(2)
	wg.Done()
	wg.Done()
	wg.Wait()
	var m sync.Map
	m.Store("x", 1)
	v, ok := m.Load("x")
	act, loaded := m.LoadOrStore("x", 2)
	fmt.Println(v, ok, act, loaded)
	p := sync.Pool{New: func() any { return "new" }}
	fmt.Println(p.Get())
	p.Put("reused")
	fmt.Println(p.Get())
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println(rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock())
}
