// WaitGroup.Wait with a counter nothing will decrement: Go's deadlock error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	fmt.Println("wait forever")
	wg.Wait()
}
