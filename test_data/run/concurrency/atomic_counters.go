package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var hits atomic.Int32
	var flag atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				atomic.AddInt64(&n, 1)
				hits.Add(1)
			}
			if i == 3 {
				flag.Store(true)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n), hits.Load(), flag.Load())

	var u uint32 = 5
	fmt.Println(atomic.CompareAndSwapUint32(&u, 5, 7), u, atomic.CompareAndSwapUint32(&u, 5, 9), u)
	fmt.Println(atomic.SwapUint32(&u, 1), u)

	var v atomic.Value
	fmt.Println(v.Load())
	v.Store("hello")
	fmt.Println(v.Load())
	defer func() { fmt.Println("recovered:", recover()) }()
	v.Store(nil)
}
