// sync/atomic: the function forms on every integer width and the typed forms (Int32, Int64, Uint32, Uint64,
// Uintptr, Bool), including wrap-around and CompareAndSwap failures, and counters shared by goroutines.
package main

import (
	"fmt"
	"math"
	"sync"
	"sync/atomic"
)

func main() {
	var i32 int32 = math.MaxInt32
	fmt.Println(atomic.AddInt32(&i32, 1), atomic.LoadInt32(&i32))
	atomic.StoreInt32(&i32, 5)
	fmt.Println(atomic.SwapInt32(&i32, 6), atomic.CompareAndSwapInt32(&i32, 5, 7), atomic.CompareAndSwapInt32(&i32, 6, 7), i32)

	var i64 int64
	fmt.Println(atomic.AddInt64(&i64, -3), atomic.SwapInt64(&i64, math.MaxInt64), atomic.AddInt64(&i64, 1))
	fmt.Println(atomic.CompareAndSwapInt64(&i64, math.MinInt64, 0), atomic.LoadInt64(&i64))
	atomic.StoreInt64(&i64, 42)
	fmt.Println(i64)

	var u32 uint32
	fmt.Println(atomic.AddUint32(&u32, ^uint32(0)), atomic.AddUint32(&u32, 2))
	atomic.StoreUint32(&u32, 9)
	fmt.Println(atomic.SwapUint32(&u32, 10), atomic.CompareAndSwapUint32(&u32, 10, 11), atomic.LoadUint32(&u32))

	var u64 uint64 = 10
	fmt.Println(atomic.AddUint64(&u64, ^uint64(3-1)), atomic.LoadUint64(&u64))
	atomic.StoreUint64(&u64, math.MaxUint64)
	fmt.Println(atomic.SwapUint64(&u64, 1), atomic.CompareAndSwapUint64(&u64, 2, 3), atomic.CompareAndSwapUint64(&u64, 1, 3), u64)

	var up uintptr
	fmt.Println(atomic.AddUintptr(&up, 5), atomic.SwapUintptr(&up, 6), atomic.CompareAndSwapUintptr(&up, 6, 8), atomic.LoadUintptr(&up))
	atomic.StoreUintptr(&up, 1)
	fmt.Println(up)

	var a32 atomic.Int32
	var a64 atomic.Int64
	var au32 atomic.Uint32
	var au64 atomic.Uint64
	var aup atomic.Uintptr
	var ab atomic.Bool
	a32.Store(-1)
	fmt.Println(a32.Add(2), a32.Swap(7), a32.CompareAndSwap(1, 2), a32.CompareAndSwap(7, 8), a32.Load())
	a64.Store(1 << 40)
	fmt.Println(a64.Add(1), a64.Swap(0), a64.CompareAndSwap(0, -5), a64.Load())
	fmt.Println(au32.Add(3), au32.Swap(4), au32.CompareAndSwap(4, 5), au32.Load())
	au32.Store(0)
	fmt.Println(au32.Add(^uint32(0)))
	fmt.Println(au64.Add(7), au64.Swap(8), au64.CompareAndSwap(9, 1), au64.Load())
	au64.Store(2)
	fmt.Println(aup.Add(2), aup.Swap(3), aup.CompareAndSwap(3, 4), aup.Load(), au64.Load())
	aup.Store(0)
	fmt.Println(ab.Load(), ab.Swap(true), ab.CompareAndSwap(false, true), ab.CompareAndSwap(true, false), ab.Load())
	ab.Store(true)
	fmt.Println(ab.Load())

	var hits atomic.Int64
	var plain int64
	var wg sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				hits.Add(1)
				atomic.AddInt64(&plain, 2)
			}
		}()
	}
	wg.Wait()
	fmt.Println("hits:", hits.Load(), "plain:", atomic.LoadInt64(&plain))
}
