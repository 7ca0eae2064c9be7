// The runtime's basic queries and controls: GOOS/GOARCH/Compiler, GOMAXPROCS (the setting is kept and
// returned), NumGoroutine as goroutines start and end, Gosched, GC with ReadMemStats counters, KeepAlive,
// SetFinalizer running after GC, Goexit running deferred calls, NumCgoCall.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type resource struct{ id int }

func main() {
	fmt.Println(runtime.GOOS, runtime.GOARCH, runtime.Compiler)
	n := runtime.NumCPU()
	fmt.Println("NumCPU positive:", n > 0)
	fmt.Println("GOMAXPROCS(0) == NumCPU:", runtime.GOMAXPROCS(0) == n)
	prev := runtime.GOMAXPROCS(3)
	fmt.Println("previous returned:", prev == n, "now:", runtime.GOMAXPROCS(0), "set back, got:", runtime.GOMAXPROCS(prev))
	fmt.Println("GOMAXPROCS(-1) reports:", runtime.GOMAXPROCS(-1) == prev)
	fmt.Println("NumCgoCall:", runtime.NumCgoCall())

	fmt.Println("goroutines at start:", runtime.NumGoroutine())
	release := make(chan struct{})
	var started, ended sync.WaitGroup
	for i := 0; i < 5; i++ {
		started.Add(1)
		ended.Add(1)
		go func() {
			defer ended.Done()
			started.Done()
			<-release
		}()
	}
	started.Wait()
	fmt.Println("goroutines while 5 wait:", runtime.NumGoroutine())
	close(release)
	ended.Wait()
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("goroutines after they end:", runtime.NumGoroutine())

	runtime.Gosched()
	fmt.Println("Gosched returned")

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var keep [][]byte
	for i := 0; i < 100; i++ {
		keep = append(keep, make([]byte, 1024))
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("NumGC grew:", after.NumGC > before.NumGC, "forced:", after.NumForcedGC > before.NumForcedGC)
	fmt.Println("Mallocs grew:", after.Mallocs > before.Mallocs, "TotalAlloc grew:", after.TotalAlloc > before.TotalAlloc)
	fmt.Println("HeapAlloc > 100 KiB while kept:", after.HeapAlloc > 100*1024, "Alloc == HeapAlloc:", after.Alloc == after.HeapAlloc)
	fmt.Println("Sys >= HeapAlloc:", after.Sys >= after.HeapAlloc, "EnableGC:", after.EnableGC)
	runtime.KeepAlive(keep)

	finalized := make(chan int, 1)
	func() {
		r := &resource{id: 7}
		runtime.SetFinalizer(r, func(r *resource) { finalized <- r.id })
	}()
	for i := 0; i < 10 && len(finalized) == 0; i++ {
		runtime.GC()
		runtime.Gosched()
	}
	select {
	case id := <-finalized:
		fmt.Println("finalizer ran for", id)
	default:
		fmt.Println("finalizer did not run")
	}

	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		defer fmt.Println("deferred call runs on Goexit")
		runtime.Goexit()
		fmt.Println("not reached")
	}()
	<-done
}
