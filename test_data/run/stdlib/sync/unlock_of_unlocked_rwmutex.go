// Unlock of an RWMutex that is not write-locked is a fatal error with Go's text (exit status 2).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	fmt.Println("unlock never locked")
	rw.Unlock()
}
