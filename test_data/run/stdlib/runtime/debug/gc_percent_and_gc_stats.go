// SetGCPercent changes how often the collector runs; ReadGCStats reports the collections (counts only: the
// pause times differ from run to run).
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"time"
)

type node struct {
	next *node
	buf  [64]byte
}

var keep *node

func churn(n int) {
	for i := 0; i < n; i++ {
		keep = &node{next: nil}
	}
}

func main() {
	var st debug.GCStats
	debug.ReadGCStats(&st)
	before := st.NumGC
	runtime.GC()
	runtime.GC()
	debug.ReadGCStats(&st)
	fmt.Println("two forced collections:", st.NumGC-before >= 2)
	fmt.Println("pauses recorded:", len(st.Pause) == len(st.PauseEnd), len(st.Pause) > 0)
	fmt.Println("last GC is recent:", time.Since(st.LastGC) < time.Minute)
	fmt.Println("pause total non-negative:", st.PauseTotal >= 0)

	st.PauseQuantiles = make([]time.Duration, 5)
	debug.ReadGCStats(&st)
	ordered := true
	for i := 1; i < len(st.PauseQuantiles); i++ {
		if st.PauseQuantiles[i] < st.PauseQuantiles[i-1] {
			ordered = false
		}
	}
	fmt.Println("quantiles ordered:", ordered)

	old := debug.SetGCPercent(-1)
	debug.ReadGCStats(&st)
	off := st.NumGC
	churn(20000)
	debug.ReadGCStats(&st)
	fmt.Println("GC off: no collection while allocating:", st.NumGC == off)

	debug.SetGCPercent(1)
	churn(20000)
	debug.ReadGCStats(&st)
	fmt.Println("GC at 1%: collections while allocating:", st.NumGC > off)
	debug.SetGCPercent(old)

	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("MemStats NumGC matches:", int64(ms.NumGC) == st.NumGC || int64(ms.NumGC) > st.NumGC)
	fmt.Println("HeapObjects = Mallocs - Frees:", ms.HeapObjects == ms.Mallocs-ms.Frees)
	fmt.Println("NumForcedGC >= 2:", ms.NumForcedGC >= 2)
	fmt.Println("EnableGC:", ms.EnableGC)
}
