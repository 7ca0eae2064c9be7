// Unlocking an unlocked Mutex is a fatal error (not a panic: deferred calls do not run, recover sees nothing).
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer fmt.Println("deferred: not printed")
	defer func() { fmt.Println("recovered:", recover()) }()
	var m sync.Mutex
	m.Lock()
	m.Unlock()
	fmt.Println("unlocking again")
	m.Unlock()
}
