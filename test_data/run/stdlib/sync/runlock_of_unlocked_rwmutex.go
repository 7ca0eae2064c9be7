// RUnlock of an RWMutex that is not read-locked is a fatal error with Go's text (exit status 2).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	fmt.Println("read unlock again")
	rw.RUnlock()
}
