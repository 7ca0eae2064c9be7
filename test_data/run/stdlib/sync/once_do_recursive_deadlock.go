// A Once.Do calling Do on the same Once waits for itself: every goroutine is asleep, Go's deadlock error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	fmt.Println("recursive Do")
	once.Do(func() { once.Do(func() {}) })
}
