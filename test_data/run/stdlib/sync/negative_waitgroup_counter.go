// A WaitGroup counter below zero panics with Go's message; the panic can be recovered.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	func() {
		defer func() { r := recover(); fmt.Printf("recovered %T: %v\n", r, r) }()
		wg.Add(1)
		wg.Done()
		wg.Done()
	}()
	var wg2 sync.WaitGroup
	wg2.Add(-1)
}
