// runtime/debug's setters return the previous setting, starting from Go's defaults.
package main

import (
	"fmt"
	"math"
	"runtime/debug"
)

func main() {
	fmt.Println("SetGCPercent", debug.SetGCPercent(50), debug.SetGCPercent(-5), debug.SetGCPercent(100))
	fmt.Println("SetMaxStack", debug.SetMaxStack(1<<20), debug.SetMaxStack(1000000000))
	fmt.Println("SetMaxThreads", debug.SetMaxThreads(500), debug.SetMaxThreads(10000))
	fmt.Println("SetPanicOnFault", debug.SetPanicOnFault(true), debug.SetPanicOnFault(false))
	fmt.Println("SetMemoryLimit", debug.SetMemoryLimit(-1) == math.MaxInt64, debug.SetMemoryLimit(1<<30) == math.MaxInt64,
		debug.SetMemoryLimit(-1), debug.SetMemoryLimit(math.MaxInt64))
	debug.SetTraceback("all")
	debug.FreeOSMemory()
	fmt.Println("done")
}
